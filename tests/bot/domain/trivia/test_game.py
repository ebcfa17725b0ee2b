"""Game state: answering once, closing, who is playing, standings. Plain functions, clock passed in."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.trivia.game import AnswerStatus, Game, ranked
from bot.domain.trivia.questions import Question

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def question(n: int, answer: int = 1) -> Question:
    return Question(
        id=f"gen:test:{n}",
        kind="test",
        category="tracks",
        difficulty="easy",
        prompt=f"Q{n}?",
        options=("a", "b", "c", "d"),
        answer=answer,
        explanation="x",
        sources=("S",),
        about=(f"test:{n}",),
    )


def game(count: int = 3, starter: int = 1) -> Game:
    return Game(7, starter, tuple(question(i) for i in range(count)), time_limit=20)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_each_player_answers_once_and_faster_right_answers_earn_more() -> None:
    g = game()
    g.open_next(T0)
    fast = g.answer(2, 0, 1, at(1))
    slow = g.answer(3, 0, 1, at(15))
    wrong = g.answer(4, 0, 0, at(2))
    assert fast.status is AnswerStatus.LOCKED and fast.correct
    assert fast.points > slow.points > 0 and wrong.points == 0
    assert g.answer(2, 0, 2, at(3)).status is AnswerStatus.ALREADY
    reveal = g.close()
    assert reveal is not None
    assert [a.user_id for a in reveal.right] == [2, 3] and [a.user_id for a in reveal.wrong] == [4]
    assert g.answers[2].option == 1  # the second click changed nothing


def test_answers_after_the_deadline_or_for_another_question_are_closed() -> None:
    g = game()
    g.open_next(T0)
    assert g.answer(2, 0, 1, at(20.5)).status is AnswerStatus.CLOSED
    assert g.answer(2, 1, 1, at(1)).status is AnswerStatus.CLOSED
    assert g.close() is not None
    assert g.close() is None  # idempotent: the timer and an early close can't both reveal
    assert g.answer(2, 0, 1, at(2)).status is AnswerStatus.CLOSED


def test_the_first_question_runs_its_time_and_later_ones_close_when_every_player_answered() -> None:
    g = game(starter=1)
    g.open_next(T0)
    g.answer(1, 0, 1, at(1))
    g.answer(2, 0, 1, at(2))
    assert not g.everyone_answered()  # the channel still has time to join
    g.close()
    g.open_next(at(20))
    g.answer(2, 1, 0, at(21))
    assert not g.everyone_answered()  # the starter hasn't answered yet
    g.answer(1, 1, 0, at(22))
    assert g.everyone_answered()


def test_standings_add_up_and_rank_ties_together() -> None:
    g = game(count=2)
    g.open_next(T0)
    g.answer(2, 0, 1, at(0))
    g.answer(3, 0, 1, at(0))
    g.answer(4, 0, 3, at(0))
    g.close()
    rows = ranked(g.standings())
    assert [(rank, s.user_id, s.points) for rank, s in rows] == [(1, 2, 1000), (1, 3, 1000), (3, 4, 0)]


def test_withdraw_undoes_an_answer_that_could_not_be_stored() -> None:
    g = game()
    g.open_next(T0)
    g.answer(2, 0, 1, at(0))
    g.withdraw(2, 0)
    assert g.answers == {} and g.standings() == []
    assert g.answer(2, 0, 1, at(1)).status is AnswerStatus.LOCKED


def test_a_game_cannot_open_past_its_last_question_or_with_one_open() -> None:
    g = game(count=1)
    g.open_next(T0)
    with pytest.raises(RuntimeError):
        g.open_next(T0)
    g.close()
    assert not g.has_next
    with pytest.raises(RuntimeError):
        g.open_next(T0)


@given(
    clicks=st.lists(
        st.tuples(st.integers(1, 5), st.integers(0, 3), st.floats(0, 25, allow_nan=False)), max_size=30
    )
)
def test_totals_always_equal_the_sum_of_accepted_answers(clicks: list[tuple[int, int, float]]) -> None:
    g = game(count=1)
    g.open_next(T0)
    accepted: dict[int, int] = {}
    for user, option, t in clicks:
        result = g.answer(user, 0, option, at(t))
        if result.status is AnswerStatus.LOCKED:
            assert user not in accepted
            accepted[user] = result.points
    assert {s.user_id: s.points for s in g.standings()} == accepted
