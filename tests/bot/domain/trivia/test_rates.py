"""Difficulty from play: a question's difficulty follows its right-answer rate once it has enough
answers, and the filters /trivia start offers are those the bank, as it plays, can fill."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.trivia.bank import DEFAULT_GAME, QuestionBank
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES
from bot.domain.trivia.rates import (
    EASY_FROM,
    MEDIUM_FROM,
    RATED_FROM,
    Offers,
    PlayedBank,
    Rate,
    difficulty_of,
    played_difficulties,
)


@given(st.integers(0, 500).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))))
def test_the_difficulty_follows_the_rate_once_it_rests_on_enough_answers(counts: tuple[int, int]) -> None:
    answers, right = counts
    found = difficulty_of(Rate(answers, right))
    if answers < RATED_FROM:
        assert found is None
    elif right / answers >= EASY_FROM:
        assert found == "easy"
    elif right / answers >= MEDIUM_FROM:
        assert found == "medium"
    else:
        assert found == "hard"


def test_the_servers_own_rate_comes_before_everyones() -> None:
    here = {"a": Rate(20, 1), "b": Rate(19, 0)}
    everywhere = {"a": Rate(100, 100), "b": Rate(100, 100), "c": Rate(20, 10), "d": Rate(5, 0)}
    assert played_difficulties(here, everywhere) == {"a": "hard", "b": "easy", "c": "medium"}


def test_a_question_plays_and_filters_at_its_difficulty_by_play(real_bank: QuestionBank) -> None:
    easy = real_bank.matching("tracks", "easy")
    played = PlayedBank(real_bank, dict.fromkeys(easy, "hard"))
    assert played.pool("tracks", "easy") == []
    hard = {q.id for q in played.pool("tracks", "hard")}
    assert hard == {*easy, *real_bank.matching("tracks", "hard")}
    assert played.question(easy[0]).difficulty == "hard"
    assert real_bank.questions[easy[0]].difficulty == "easy"  # the bank itself is left as written
    assert "easy" not in played.difficulties("tracks")
    chosen = played.choose(DEFAULT_GAME, (), category="tracks", difficulty="hard", rng=random.Random(1))
    assert set(chosen.ids) <= hard


def test_every_offered_filter_fills_a_default_game_over_the_real_bank(real_bank: QuestionBank) -> None:
    """Whatever the bank holds today: every category x difficulty offered gives a fresh server a full
    default game, over many orders; a filter left out could not."""
    played = PlayedBank(real_bank, {})
    offered = [(c, d) for c in (None, *played.categories()) for d in (None, *played.difficulties(c))]
    assert (None, None) in offered
    for category, difficulty in offered:
        for seed in range(50):
            chosen = played.choose(
                DEFAULT_GAME, (), category=category, difficulty=difficulty, rng=random.Random(seed)
            )
            assert len(chosen.ids) == DEFAULT_GAME, (category, difficulty, seed)
    for category in CATEGORIES:
        for difficulty in DIFFICULTIES:
            if (category, difficulty) not in offered:
                assert not real_bank.fills_a_default_game(category, difficulty)


def test_offers_keep_one_played_bank_per_set_of_difficulties(real_bank: QuestionBank) -> None:
    offers = Offers(real_bank, kept=2)
    assert offers.played({}) is offers.played({})
    offers.played({"x": "hard"})
    offers.played({"y": "hard"})
    assert len(offers._banks) == 2
