"""Who wrote this: evidence phrases asked across the publications that wrote on the soundtrack."""

from __future__ import annotations

from bot.domain.pack import Pack
from bot.domain.text import normalise
from bot.domain.trivia.generators import gaps, reviews, sayings
from bot.domain.trivia.generators.common import press, publication
from bot.ui.i18n import ENGLISH, catalogue


def test_every_phrase_is_its_sources_words_and_the_answer_is_its_publication(real_pack: Pack) -> None:
    questions = list(sayings.said_by(real_pack))
    assert len(questions) >= 50
    phrases = {s.phrase: s for s in sayings.sayings(real_pack)}
    for q in questions:
        phrase = q.prompt.split("\n> ", 1)[1]
        said = phrases[phrase]
        assert q.sources == (said.source,) and q.right == publication(real_pack, said.source), q.id
        # No option states the same value: it might have put it the same way.
        stating = {publication(real_pack, s) for s in said.claim.sources}
        assert not (set(q.options) - {q.right}) & stating, q.id
        # Every option is a publication that wrote on the soundtrack, and none is named by the phrase.
        assert set(q.options) <= {publication(real_pack, s) for s in press(real_pack)}, q.id
        assert not any(normalise(o) in normalise(phrase) for o in q.options), q.id
        assert q.about == (f"said:{said.source}:{q.id.rsplit(':', 1)[1]}",) and q.category == "reviews"


def test_a_phrase_two_publications_printed_is_not_asked(real_pack: Pack) -> None:
    # BUST and Consequence of Sound both write "LA artist Aska Matsumiya".
    asked = {s.phrase for s in sayings.sayings(real_pack)}
    assert "LA artist Aska Matsumiya" not in asked
    assert not any(
        q.prompt.split("\n> ")[1] == "LA artist Aska Matsumiya" for q in sayings.said_by(real_pack)
    )


def test_short_phrases_and_sources_outside_the_press_are_not_asked(real_pack: Pack) -> None:
    said = sayings.sayings(real_pack)
    assert all(len(s.phrase.split()) >= sayings.MIN_WORDS for s in said)
    assert all(s.source in press(real_pack) for s in said)
    assert "WP-FILM" not in {s.source for s in said}  # Wikipedia wrote no piece on the soundtrack


def test_a_phrase_gives_away_the_value_it_states(real_pack: Pack) -> None:
    [q] = [
        q
        for q in sayings.said_by(real_pack)
        if q.prompt.endswith("> due for release on October 5th via Chocolate Industries")
    ]
    assert q.right == "Consequence of Sound" and "album:label" in q.reveals


def test_a_phrase_inside_a_review_quote_and_the_quote_give_each_other_away(real_pack: Pack) -> None:
    """Prefix's "the songs in the movie organized on a CD" is inside a quote the bank shows under
    Prefix's name: a game that showed one never asks the other."""
    [said] = [
        q
        for q in sayings.said_by(real_pack)
        if q.prompt.endswith("> the songs in the movie organized on a CD")
    ]
    assert {"quote:prefix-hard-sell:source", "quote:prefix-hard-sell:words"} <= set(said.reveals)
    for q in (*gaps.quote_words(real_pack), *reviews.quote_publication(real_pack)):
        if q.id.split(":")[2] == "prefix-hard-sell":
            assert said.about[0] in q.reveals, q.id


def test_every_topic_a_phrase_can_be_on_is_worded_as_english_says_it(real_pack: Pack) -> None:
    """Each value's topic ("where Girls are from", "the film (Story)") has its message: formatted in
    English it says what the generator says, for topics no question of the real pack asks about too."""
    keys = set()
    for _claim, (text, topic), _facts in sayings._claims(real_pack):
        for name, lead in (("Exclaim!", "Exclaim!"), ("monsterfresh", "The site monsterfresh")):
            values = {"publication": name, "site": "yes" if lead != name else "no"}
            message = f"trivia-q-said-by-why-{topic.key}"
            shown = catalogue().format(ENGLISH, message, values | dict(topic.values))
            assert shown == f"{lead} wrote this, on {text}.", message
        keys.add(topic.key)
    assert {"album", "origin", "aliases", "members", "member", "artist", "track", "track-credit"} <= keys
    assert {"track-title", "track-original"} & keys
