"""The question of the day's pure parts: choosing through the bank's no-repeat cycle, and daily streaks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection, Sequence

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.daily.question import (
    DailyStreak,
    RevealSummary,
    RunningStreak,
    current_streak,
    extend_streak,
    pick_daily_question,
    streak_leaders,
)
from bot.domain.trivia.bank import QuestionBank


def test_the_daily_question_is_one_the_server_has_not_seen_this_cycle(real_bank: QuestionBank) -> None:
    seen: set[str] = set()
    rng = random.Random(3)
    for _ in range(30):
        picked = pick_daily_question(real_bank, seen, 0, rng)
        assert picked is not None
        question, cycle = picked
        assert cycle == 0 and question not in seen
        assert not real_bank.facts([question]) & real_bank.facts(seen)  # nor a fact it already met
        seen.add(question)


def test_once_the_bank_is_spent_the_next_cycle_begins(real_bank: QuestionBank) -> None:
    picked = pick_daily_question(real_bank, set(real_bank.questions), 4, random.Random(1))
    assert picked is not None and picked[1] == 5


def counted(question_days: Sequence[dt.date], right_days: Collection[dt.date]) -> DailyStreak:
    """The streak counted over all of a server's revealed question days at once, as a reference:
    right answers on consecutive question days; ``current`` is the run ending on the latest day."""
    run = best = 0
    for day in question_days:
        run = run + 1 if day in right_days else 0
        best = max(best, run)
    return DailyStreak(run, best)


def kept(question_days: Sequence[dt.date], right_days: Collection[dt.date]) -> DailyStreak:
    """The streak as the bot keeps it: extended at each right answer, read as of the latest day."""
    stored = None
    for n, day in enumerate(question_days):
        if day in right_days:
            stored = extend_streak(stored, day, question_days[n - 1] if n else None)
    return current_streak(stored, question_days[-1] if question_days else None)


def test_a_streak_counts_consecutive_revealed_question_days() -> None:
    # Question days two days apart: the days between (no question) neither break a run nor add to it.
    mon, wed, fri, mon2, wed2 = (dt.date(2026, 6, 1) + dt.timedelta(days=2 * n) for n in range(5))
    days = [mon, wed, fri, mon2, wed2]
    assert kept(days, {mon, wed, fri}) == DailyStreak(0, 3)
    assert kept(days, {wed, fri, mon2, wed2}) == DailyStreak(4, 4)
    assert kept(days, {mon, fri, wed2}) == DailyStreak(1, 1)
    assert kept([], {mon}) == DailyStreak(0, 0)


def _days(flags: list[bool]) -> tuple[list[dt.date], set[dt.date]]:
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=3 * n) for n in range(len(flags))]  # gaps between
    return days, {d for d, right in zip(days, flags, strict=True) if right}


@given(st.lists(st.booleans(), max_size=30))
def test_the_current_streak_never_exceeds_the_best(flags: list[bool]) -> None:
    streak = kept(*_days(flags))
    assert 0 <= streak.current <= streak.best <= sum(flags)


@given(st.lists(st.booleans(), max_size=30))
def test_streaks_kept_day_by_day_agree_with_counting_over_all_days(flags: list[bool]) -> None:
    days, right_days = _days(flags)
    assert kept(days, right_days) == counted(days, right_days)


def test_a_summary_reads_back_as_it_was_stored() -> None:
    summary = RevealSummary("gen:x", 5, 3, (RunningStreak("Ana", 4), RunningStreak("Bo", 2)))
    assert RevealSummary.from_json(summary.to_json()) == summary


def test_the_reveal_names_the_longest_running_streaks_of_two_days_or_more() -> None:
    streaks = [RunningStreak("b", 3), RunningStreak("a", 3), RunningStreak("c", 1), RunningStreak("d", 5)]
    assert streak_leaders(streaks) == [RunningStreak("d", 5), RunningStreak("a", 3), RunningStreak("b", 3)]
    assert streak_leaders([RunningStreak("solo", 1)]) == []
