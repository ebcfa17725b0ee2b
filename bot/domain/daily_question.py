"""The question of the day: which question a server gets, and its daily streaks.

Pure: the bank, what the server has seen and the random source are arguments.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.domain.trivia.bank import NoQuestionsLeft, QuestionBank

log = logging.getLogger(__name__)

STREAK_LEADERS = 3
"""How many of the longest running streaks a reveal names."""
MIN_NAMED_STREAK = 2
"""A streak is named in the reveal from this many days on: one right answer is not yet a streak."""


def pick_daily_question(
    bank: QuestionBank, seen: Collection[str], cycle: int, rng: random.Random
) -> tuple[str, int] | None:
    """The day's question for one server, and the no-repeat cycle it counts in; None if the bank is
    empty. ``seen`` are the questions the server has seen in its current ``cycle`` (games and daily
    questions share it, so the daily question never repeats one a game asked this cycle).

    This is the one place the daily post meets the bank's choosing rule: a different rule (one
    aware of the facts a question asks about) replaces this body and nothing else.
    """
    try:
        chosen = bank.choose(1, seen, rng=rng)
    except NoQuestionsLeft:
        return None
    if chosen.current:
        return chosen.current[0], cycle
    if chosen.fresh:
        return chosen.fresh[0], cycle + 1
    return None


@dataclass(frozen=True)
class DailyStreak:
    current: int
    best: int


def daily_streak(question_days: Iterable[object], right_days: Collection[object]) -> DailyStreak:
    """Right answers on consecutive question days of a server. ``question_days`` are the days whose
    answer has been revealed, in order: days the server does not post on (or posts no question on)
    are not among them, so they neither break a streak nor add to it. ``current`` is the run ending on
    the latest of them."""
    run = best = 0
    for day in question_days:
        run = run + 1 if day in right_days else 0
        best = max(best, run)
    return DailyStreak(run, best)


@dataclass(frozen=True)
class RunningStreak:
    name: str
    days: int


def streak_leaders(streaks: Iterable[RunningStreak], limit: int = STREAK_LEADERS) -> list[RunningStreak]:
    """The longest running streaks worth naming, longest first (ties by name)."""
    named = [s for s in streaks if s.days >= MIN_NAMED_STREAK]
    return sorted(named, key=lambda s: (-s.days, s.name.casefold()))[:limit]
