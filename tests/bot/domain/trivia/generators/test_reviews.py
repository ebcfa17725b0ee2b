"""Review questions: the track a quote describes, the missing title, and who wrote it."""

from __future__ import annotations

import dataclasses

import pytest

from bot.domain.pack import Pack
from bot.domain.trivia.generators import common, reviews
from bot.domain.trivia.generators.common import publication
from bot.ui.i18n import speaking
from cogs.trivia import cards
from tests.trivia_words import assert_worded


def test_which_track_a_quote_describes_blanks_the_title(real_pack: Pack) -> None:
    q = next(q for q in reviews.quote_track(real_pack) if q.id == "gen:quote-track:prefix-curve-balls:4")
    assert q.kind == "quote-describes" and q.prompt.startswith(
        "Which track is Prefix Magazine describing here?"
    )
    assert "“_____”" in q.prompt and "Grotesque" not in q.prompt
    assert q.right == "The Past Is a Grotesque Animal" and q.sources == ("PREFIX",)


def test_which_publication_offers_the_press_on_the_soundtrack(real_pack: Pack) -> None:
    """Two publications are quoted, but more wrote on the soundtrack: they are the other options."""
    assert len({q.source for q in real_pack.quotes}) == 2
    questions = list(reviews.quote_publication(real_pack))
    press = {publication(real_pack, s) for s in common.press(real_pack)}
    assert {"Exclaim!", "The Independent", "Tiny Mix Tapes"} <= press
    assert len(questions) == sum(q.source == "PREFIX" for q in real_pack.quotes)
    for q in questions:
        assert q.right == "Prefix Magazine" and set(q.options) <= press
        assert q.about[0].endswith(":source") and any(r.endswith(":words") for r in q.reveals)
        # "BUST" is printed in capitals: it would stand out among the others, so it is never an option.
        assert "BUST" not in q.options


def test_no_which_publication_question_when_two_publications_wrote_on_the_soundtrack(real_pack: Pack) -> None:
    facts = tuple(f for f in real_pack.facts if f.key not in common.PRESS_FACTS)
    tracks = tuple(dataclasses.replace(t, credits=()) for t in real_pack.tracks)
    pack = dataclasses.replace(real_pack, facts=facts, tracks=tracks)
    assert list(reviews.quote_publication(pack)) == []


def test_a_quote_that_names_nothing_of_its_track_is_not_asked_which_track(real_pack: Pack) -> None:
    asked = {q.id for q in reviews.quote_track(real_pack) if q.kind == "quote-describes"}
    assert "gen:quote-track:bust-lost-trees:1" in asked  # names Aska, Flea, Nick Zinner
    assert "gen:quote-track:prefix-found-in-love:1" not in asked  # "one of those songs that glows"


def test_a_quote_on_both_versions_is_explained_as_about_both(real_pack: Pack) -> None:
    [q] = [q for q in reviews.quote_track(real_pack) if q.id == "gen:quote-track:prefix-two-versions:1"]
    assert "about track 1" not in q.explanation
    assert "both its versions" in q.explanation and "track 9" in q.explanation


def test_quote_questions_are_worded_in_every_language(
    real_pack: Pack, caplog: pytest.LogCaptureFixture
) -> None:
    questions = [*reviews.quote_track(real_pack), *reviews.quote_publication(real_pack)]
    assert {q.kind for q in questions} == {"quote-describes", "quote-gap", "quote-source"}
    assert_worded(questions, caplog)
    both = next(q for q in questions if q.id == "gen:quote-track:prefix-two-versions:1")
    with speaking("ja"):
        assert cards.prompt(both).startswith(
            "Prefix Magazineがここで評しているのはどの曲ですか？\n> Two versions"
        )
        assert "「There Are Many of Us」" in cards.explanation(both)
        assert "（1曲目と9曲目）" in cards.explanation(both)
