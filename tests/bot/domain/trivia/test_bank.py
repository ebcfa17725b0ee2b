"""The question bank: every question is sound, a game never meets a fact twice, and a server meets every
fact before any comes round again. The properties run over the real bank."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.pack import Pack, Track
from bot.domain.text import normalise
from bot.domain.trivia.bank import (
    DEFAULT_GAME,
    NoQuestionsLeftError,
    QuestionBank,
    choose_questions,
    shuffled,
)
from bot.domain.trivia.generators import GENERATORS, generate
from bot.domain.trivia.generators.common import STAND_OUT, press, publication
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, TRUE_FALSE, Question, problems
from bot.domain.trivia.summary import bank_table, headline
from tests.bot.domain.trivia.conftest import SOUND

README = Path(__file__).resolve().parents[4] / "README.md"


@pytest.fixture
def bank(real_bank: QuestionBank) -> QuestionBank:
    return real_bank


def disputed_facts(pack: Pack) -> set[str]:
    facts = {f"album:{f.key}" for f in pack.facts if f.disputed}
    return facts | {f"track:{t.position}:credit" for t in pack.tracks if t.credits_disputed}


def test_every_question_in_the_bank_is_sound(bank: QuestionBank, real_pack: Pack) -> None:
    """Exactly one right option, fair options, known sources, and no disputed fact asked."""
    disputed = disputed_facts(real_pack)
    source_keys = {s.key for s in real_pack.sources}
    assert disputed, "the pack has disputed facts, so this test can tell"
    for q in bank.questions.values():
        assert problems(q) == [], q.id
        normalised = [normalise(o) for o in q.options]
        assert len(set(normalised)) == len(q.options), q.id  # distinct from each other and the answer
        assert normalised.count(normalise(q.right)) == 1, q.id  # exactly one right option
        assert 3 <= len(q.options) <= 4 or q.options == TRUE_FALSE, q.id  # never only one possible answer
        assert q.category in CATEGORIES and q.difficulty in DIFFICULTIES, q.id
        assert set(q.sources) <= source_keys and q.sources, q.id
        assert q.about and not set(q.about) & disputed, q.id


def test_no_option_stands_out_by_its_form(bank: QuestionBank) -> None:
    for q in bank.questions.values():
        if q.is_true_false or q.right.isdigit():
            continue
        wrong = [o for i, o in enumerate(q.options) if i != q.answer]
        for mark in ("&", '"', "“"):
            assert len({mark in o for o in q.options}) == 1, (q.id, mark, q.options)
        shouting = {o.isupper() for o in q.options}
        assert len(shouting) == 1, (q.id, q.options)
        longest, shortest = max(map(len, wrong)), min(map(len, wrong))
        assert len(q.right) < STAND_OUT * longest and len(q.right) * STAND_OUT > shortest, (q.id, q.options)


def test_performer_options_are_performers_on_the_album(bank: QuestionBank, real_pack: Pack) -> None:
    performing = {a.name for a in real_pack.artists if any(a.key in t.artists for t in real_pack.tracks)}
    director = real_pack.fact("director")
    assert director is not None
    for q in bank.questions.values():
        if q.kind == "performer":
            for option in q.options:
                assert set(option.split(" & ")) <= performing, (q.id, option)
            assert director.values[0].text not in q.options


def test_wording_reads_as_a_person_writes(bank: QuestionBank, real_pack: Pack) -> None:
    titles = [t.title for t in real_pack.tracks]
    for q in bank.questions.values():
        for text in (q.prompt, q.explanation):
            assert not re.search(r"\bof of\b", text, re.IGNORECASE), (q.id, text)
            assert text[0].isupper() or text[0] in "“*", (q.id, text)
            outside_quotes = re.sub(r"“[^”]*”|\"[^\"]*\"|\n> .*", "", text)
            assert not re.search(r"[.?] +[a-z]", outside_quotes), (q.id, text)  # "Exclaim!" is a name
            assert not re.search(r"\b(is|Is) (Girls|Sleigh Bells|Animal Collective)\b", text), (q.id, text)
        if q.id.startswith("gen:"):
            prose = q.prompt.split("\n> ")[0] + "\n" + q.explanation  # a quote keeps its own typography
            for title in titles:
                bare = re.search(rf"(?<![“\w]){re.escape(title)}(?![”\w])", prose)
                assert not bare or f"“{title}" in prose, (q.id, title, prose)
            assert f"*{real_pack.title}*" in prose or real_pack.title not in prose, q.id


def test_which_publication_is_asked_when_three_publications_wrote_on_the_soundtrack(
    bank: QuestionBank, real_pack: Pack
) -> None:
    written = {publication(real_pack, s) for s in (*(q.source for q in real_pack.quotes), *press(real_pack))}
    kinds = {q.kind for q in bank.questions.values()}
    assert len(written) >= 3 and {"quote-source", "said-by"} <= kinds
    assert {"quote-describes", "quote-gap"} <= kinds


def test_the_bank_has_every_kind_category_and_difficulty(bank: QuestionBank) -> None:
    kinds = Counter(q.kind for q in bank.questions.values() if q.id.startswith("gen:"))
    assert {"running-order", "odd-member", "quote-describes"} <= set(kinds)
    assert len(kinds) >= 15 and len(GENERATORS) >= 10
    assert {q.category for q in bank.questions.values()} == set(CATEGORIES)
    assert {q.difficulty for q in bank.questions.values()} == set(DIFFICULTIES)


def test_generated_questions_are_stable_across_runs(real_pack: Pack) -> None:
    assert generate(real_pack) == generate(real_pack)


def test_a_quote_gives_away_its_words_and_what_it_names(bank: QuestionBank) -> None:
    gap = bank.questions.get("gen:quote-track:prefix-heard-before:4")
    assert gap is not None and gap.about == ("quote:prefix-heard-before:words",)  # track 4: disputed credit
    assert {"track:5:credit", "track:6:credit"} <= set(gap.reveals)
    # Tracks 5 and 6 sit beside their artists' names in that quote: blanking either would be the
    # credit question again, with one option by the artist named.
    assert "gen:quote-track:prefix-heard-before:6" not in bank.questions
    # The sources disagree on the Lost Trees' line-up: no question asks who is in the band.
    assert not any(
        f.startswith("artist:the-lost-trees:member") for q in bank.questions.values() for f in q.about
    )


def test_the_readme_table_is_the_bank(bank: QuestionBank) -> None:
    readme = README.read_text(encoding="utf-8")
    assert bank_table(bank) in readme and f"**{headline(bank)}**" in readme


def test_filters_that_fill_a_default_game_have_enough_facts_for_one(bank: QuestionBank) -> None:
    for category in CATEGORIES:
        if bank.fills_a_default_game(category):
            assert len(bank.facts(bank.matching(category))) >= DEFAULT_GAME
    for difficulty in DIFFICULTIES:
        if bank.fills_a_default_game(None, difficulty):
            assert len(bank.facts(bank.matching(None, difficulty))) >= DEFAULT_GAME
    small = QuestionBank("p", [q for q in bank.questions.values() if q.category != "album"])
    assert not small.fills_a_default_game("album")


def test_duplicate_ids_are_refused() -> None:
    bank = QuestionBank("p", [SOUND, SOUND])
    with pytest.raises(ValueError, match="share the id"):
        len(bank)  # the bank is built when first used


# -- choosing a game's questions, over the real bank ----------------------------------------------------


def assert_fair_game(game: list[Question]) -> None:
    """No fact asked twice; no question whose fact an earlier question asked or gave away."""
    told: set[str] = set()
    for q in game:
        assert not set(q.about) & told, (q.id, set(q.about) & told)
        told |= q.touches


filters = st.tuples(st.sampled_from([None, *CATEGORIES]), st.sampled_from([None, *DIFFICULTIES]))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    games=st.lists(st.tuples(st.integers(min_value=1, max_value=20), filters), min_size=1, max_size=12),
    seed=st.integers(),
)
def test_any_sequence_of_games_meets_each_fact_once_per_cycle(
    bank: QuestionBank, games: list[tuple[int, tuple[str | None, str | None]]], seed: int
) -> None:
    rng = random.Random(seed)
    seen: set[str] = set()  # question ids of the server's current cycle, as the database keeps them
    for count, (category, difficulty) in games:
        try:
            selection = bank.choose(count, seen, category=category, difficulty=difficulty, rng=rng)
        except NoQuestionsLeftError:
            # Only when nothing matches, or everything that matches was met this cycle.
            pool = bank.matching(category, difficulty)
            assert not pool or all(set(bank.questions[q].about) & bank.facts(seen) for q in pool)
            continue
        game = [bank.questions[q] for q in selection.ids]
        assert 1 <= len(game) <= count
        assert len({q.id for q in game}) == len(game)
        assert all(category in (None, q.category) and difficulty in (None, q.difficulty) for q in game)
        assert_fair_game(game)
        met = bank.facts(seen)
        assert not bank.facts(selection.current) & met  # no fact again within the cycle
        if selection.fresh:
            # The cycle was complete: nothing in the bank asked about a fact the server hadn't met.
            met |= bank.facts(selection.current)
            assert all(set(q.about) & met for q in bank.questions.values())
            seen = set(selection.fresh)
        else:
            seen |= set(selection.current)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(min_value=1, max_value=20), category=filters, seed=st.integers())
def test_a_fresh_server_gets_a_full_fair_game(
    bank: QuestionBank, count: int, category: tuple[str | None, str | None], seed: int
) -> None:
    if not bank.matching(*category):
        with pytest.raises(NoQuestionsLeftError, match="No questions match"):
            bank.choose(count, set(), category=category[0], difficulty=category[1], rng=random.Random(seed))
        return
    selection = bank.choose(
        count, set(), category=category[0], difficulty=category[1], rng=random.Random(seed)
    )
    game = [bank.questions[q] for q in selection.ids]
    assert_fair_game(game)
    if category == (None, None):
        assert len(game) == count  # the whole bank always fills a game of up to 20
    if category[1] is None and count <= DEFAULT_GAME and bank.fills_a_default_game(category[0]):
        assert len(game) == count


def test_an_empty_filter_is_an_error() -> None:
    with pytest.raises(NoQuestionsLeftError, match="No questions match"):
        choose_questions([], [], set(), 1, rng=random.Random(0))


def test_the_real_pack_offers_every_category_and_difficulty(bank: QuestionBank) -> None:
    """/trivia start lists every category and difficulty as a choice: this holds that true for the
    real pack. If a pack ever falls short, the cog's choices must come from fills_a_default_game."""
    assert all(bank.fills_a_default_game(category) for category in CATEGORIES)
    assert all(bank.fills_a_default_game(None, difficulty) for difficulty in DIFFICULTIES)


def _track_sources(track: Track, what: str) -> set[str]:
    if what == "credit":
        return {s for c in track.credits for s in c.sources}
    if what == "position":
        return set(track.sources)
    if what == "version-of":
        return {*track.sources, *(s for n in track.notes[:1] for s in n.sources)}
    if what.startswith("original-") and track.original:
        return set(track.original.sources)
    return set()


def stated_by(pack: Pack, fact: str) -> set[str]:
    """The sources the pack cites for a generated fact id: the only ones its questions may cite."""
    kind, key, *rest = fact.split(":")
    if kind == "album":
        found = pack.fact(key)
        return {s for v in found.values for s in v.sources} if found else set()
    if kind == "quote":
        return {q.source for q in pack.quotes if q.key == key}
    if kind == "said":  # a phrase printed by this one source
        return {key}
    if kind == "track":
        return _track_sources(pack.tracks[int(key) - 1], rest[0])
    if kind == "artist":
        artist = next(a for a in pack.artists if a.key == key)
        what = rest[0]
        if what == "member":  # the explanation gives the line-up: every member's sources
            return {s for m in artist.members for s in m.sources}
        if what == "origin" and artist.origin:
            return set(artist.origin.sources)
        if what == "alias":
            return set(artist.aliases[int(rest[1])].sources)
    return set()


def test_no_generated_question_cites_a_source_that_does_not_state_its_facts(
    bank: QuestionBank, real_pack: Pack
) -> None:
    """Issue 9: a question cites only sources the pack cites for what it asks and what it tells."""
    checked = 0
    for q in bank.questions.values():
        if q.id.startswith("hand:"):
            continue  # hand-written: trivia.toml's evidence phrases and review hold these
        allowed = set().union(*(stated_by(real_pack, f) for f in (*q.about, *q.reveals)))
        assert set(q.sources) <= allowed, (q.id, set(q.sources) - allowed)
        checked += 1
    assert checked > 50


def test_shuffled_gives_every_item_once_in_every_order_drawing_only_what_is_taken() -> None:
    orders = Counter(tuple(shuffled("abc", random.Random(seed))) for seed in range(600))
    assert set(orders) == set(itertools.permutations("abc"))  # each of the 6 orders, none other
    assert min(orders.values()) > 60  # about 100 each: no order favoured

    class Counting(random.Random):
        draws = 0

        def randrange(self, *args: Any, **kwargs: Any) -> int:
            self.draws += 1
            return super().randrange(*args, **kwargs)

    rng = Counting(1)
    first = next(shuffled(range(500), rng))
    assert rng.draws == 1 and 0 <= first < 500
