"""Points for an answer: a right answer earns more the faster it comes; a wrong one earns nothing."""

from __future__ import annotations

BASE_POINTS = 500
SPEED_POINTS = 500
MAX_POINTS = BASE_POINTS + SPEED_POINTS


def points(correct: bool, elapsed: float, time_limit: float) -> int:
    """500 for a right answer, plus up to 500 more the sooner it came (all 500 at once, none at the end)."""
    if not correct:
        return 0
    if time_limit <= 0:
        return BASE_POINTS
    left = 1 - min(max(elapsed, 0.0), time_limit) / time_limit
    return BASE_POINTS + round(SPEED_POINTS * left)
