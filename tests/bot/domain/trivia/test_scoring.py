"""Scoring: faster right answers earn more, wrong answers earn nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.trivia.scoring import BASE_POINTS, MAX_POINTS, points

times = st.floats(min_value=-5, max_value=100, allow_nan=False)
limits = st.floats(min_value=1, max_value=60, allow_nan=False)


@given(elapsed=times, limit=limits)
def test_a_wrong_answer_earns_nothing(elapsed: float, limit: float) -> None:
    assert points(False, elapsed, limit) == 0


@given(elapsed=times, limit=limits)
def test_a_right_answer_earns_between_base_and_max(elapsed: float, limit: float) -> None:
    assert BASE_POINTS <= points(True, elapsed, limit) <= MAX_POINTS


@given(a=times, b=times, limit=limits)
def test_faster_never_earns_less(a: float, b: float, limit: float) -> None:
    fast, slow = sorted((a, b))
    assert points(True, fast, limit) >= points(True, slow, limit)


def test_the_ends_of_the_scale() -> None:
    assert points(True, 0, 20) == MAX_POINTS
    assert points(True, 10, 20) == 750
    assert points(True, 20, 20) == BASE_POINTS
