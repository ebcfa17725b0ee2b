"""The question of the day: which question a server gets, and its daily streaks.

Pure: the bank, what the server has seen and the random source are arguments.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.domain.trivia.bank import NoQuestionsLeftError, QuestionBank

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
    except NoQuestionsLeftError:
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


@dataclass(frozen=True)
class StoredStreak:
    """A person's daily streak in a server as stored: the run ending on ``last_day`` (their latest
    right answer) and their best run."""

    current: int
    best: int
    last_day: dt.date


def extend_streak(
    old: StoredStreak | None, day: dt.date, previous_question_day: dt.date | None
) -> StoredStreak:
    """A right answer on the question of ``day``: the run goes on if the person was also right on the
    server's previous question day (days without a question are not question days), else it starts
    again at one. Days the server posts no question on neither break a run nor add to it."""
    goes_on = old is not None and previous_question_day is not None and old.last_day == previous_question_day
    current = old.current + 1 if old is not None and goes_on else 1
    return StoredStreak(current, max(current, old.best if old else 0), day)


def current_streak(stored: StoredStreak | None, latest_question_day: dt.date | None) -> DailyStreak:
    """The streak as /trivia stats shows it: a run still counts only if it ends on the server's latest
    revealed question day."""
    if stored is None:
        return DailyStreak(0, 0)
    return DailyStreak(stored.current if stored.last_day == latest_question_day else 0, stored.best)


@dataclass(frozen=True)
class RunningStreak:
    name: str
    days: int
    user_id: int | None = None
    """Whose streak it is: a person who asks to be forgotten is taken out of the reveals that name
    them (None in reveals stored before it was kept)."""


@dataclass(frozen=True)
class RevealSummary:
    """What a post reveals about the server's previous question, decided once when the answers
    close and stored with the day, so the post reads the same however often it is rendered."""

    question_id: str
    answers: int
    right: int
    streaks: tuple[RunningStreak, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "question": self.question_id,
                "answers": self.answers,
                "right": self.right,
                "streaks": [[s.name, s.days, s.user_id] for s in self.streaks],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> RevealSummary:
        data = json.loads(text)
        streaks = tuple(RunningStreak(*streak) for streak in data["streaks"])
        return cls(data["question"], data["answers"], data["right"], streaks)


def streak_leaders(streaks: Iterable[RunningStreak], limit: int = STREAK_LEADERS) -> list[RunningStreak]:
    """The longest running streaks worth naming, longest first (ties by name)."""
    named = [s for s in streaks if s.days >= MIN_NAMED_STREAK]
    return sorted(named, key=lambda s: (-s.days, s.name.casefold()))[:limit]
