"""The quote-of-the-day decisions, as pure functions of the time."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.daily.schedule import (
    MIN_GAP,
    DuePost,
    QuoteCycle,
    Schedule,
    choose_quotes,
    due_posts,
    may_claim,
    next_in_cycle,
    next_post,
    post_instant,
)
from bot.domain.daily.weekdays import parse_weekdays

UTC = dt.UTC


def at(text: str) -> dt.datetime:
    """An instant written in UTC: '2026-03-08 06:59'."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def simulate(
    schedule: Schedule, start: dt.datetime, end: dt.datetime, step: dt.timedelta
) -> list[dt.datetime]:
    """Run the scheduler every ``step`` from start to end; returns the instants it posted at."""
    done: dict[int, set[dt.date]] = {}
    posted = []
    now = start
    while now <= end:
        for due in due_posts(now, [schedule], done):
            done.setdefault(due.schedule.guild_id, set()).add(due.local_date)
            posted.append(now)
        now += step
    return posted


def test_due_at_or_after_the_local_time_once_per_local_day() -> None:
    paris = Schedule(1, 10, dt.time(9, 0), "Europe/Paris")
    assert due_posts(at("2026-06-01 06:59"), [paris], {}) == []
    assert due_posts(at("2026-06-01 07:00"), [paris], {}) == [DuePost(paris, dt.date(2026, 6, 1))]
    assert due_posts(at("2026-06-01 07:00"), [paris], {1: {dt.date(2026, 6, 1)}}) == []


def test_across_midnight_the_local_date_decides() -> None:
    # 23:30 in Los Angeles is already the next day in UTC: the post belongs to the local date.
    la = Schedule(1, 10, dt.time(23, 30), "America/Los_Angeles")
    [due] = due_posts(at("2026-06-02 06:30"), [la], {})
    assert due.local_date == dt.date(2026, 6, 1)
    tokyo = Schedule(2, 20, dt.time(0, 15), "Asia/Tokyo")
    [due] = due_posts(at("2026-06-01 15:15"), [tokyo], {})
    assert due.local_date == dt.date(2026, 6, 2)


def test_a_week_posts_exactly_once_a_day() -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "Europe/Paris")
    posted = simulate(schedule, at("2026-06-01 00:00"), at("2026-06-07 23:59"), dt.timedelta(minutes=1))
    assert [p.isoformat() for p in posted] == [f"2026-06-0{d}T07:00:00+00:00" for d in range(1, 8)]


@pytest.mark.parametrize(
    ("zone", "start", "end", "change"),
    [
        ("America/New_York", "2026-03-07 00:00", "2026-03-10 00:00", "2026-03-08"),  # clocks go forward
        ("America/New_York", "2026-10-31 00:00", "2026-11-03 00:00", "2026-11-01"),  # clocks go back
        ("Europe/Paris", "2026-03-28 00:00", "2026-03-31 00:00", "2026-03-29"),
        ("Europe/Paris", "2026-10-24 00:00", "2026-10-27 00:00", "2026-10-25"),
    ],
)
@pytest.mark.parametrize("post_time", [dt.time(9, 0), dt.time(2, 30), dt.time(1, 30), dt.time(0, 0)])
def test_daylight_saving_changes_neither_skip_nor_repeat_a_day(
    zone: str, start: str, end: str, change: str, post_time: dt.time
) -> None:
    schedule = Schedule(1, 10, post_time, zone)
    posted = simulate(schedule, at(start), at(end), dt.timedelta(minutes=5))
    local_days = [p.astimezone(schedule.zone).date() for p in posted]
    assert len(local_days) == len(set(local_days)), "a day was posted twice"
    first = local_days[0]
    assert local_days == [first + dt.timedelta(days=i) for i in range(len(local_days))], "a day was skipped"
    assert dt.date.fromisoformat(change) in local_days


def test_a_week_posts_only_on_the_chosen_weekdays() -> None:
    # 1 June 2026 is a Monday.
    schedule = Schedule(1, 10, dt.time(9, 0), "Europe/Paris", weekdays=parse_weekdays("mon,wed,fri"))
    posted = simulate(schedule, at("2026-06-01 00:00"), at("2026-06-07 23:59"), dt.timedelta(minutes=1))
    assert [p.date().isoformat() for p in posted] == ["2026-06-01", "2026-06-03", "2026-06-05"]


@pytest.mark.parametrize(
    ("now", "done", "expected"),
    [
        ("2026-06-01 06:00", set(), "2026-06-01 07:00"),  # Monday, before the time: today
        ("2026-06-01 08:00", {dt.date(2026, 6, 1)}, "2026-06-03 07:00"),  # Monday done: Wednesday
        ("2026-06-05 08:00", {dt.date(2026, 6, 5)}, "2026-06-08 07:00"),  # Friday done: next Monday
        ("2026-06-06 12:00", set(), "2026-06-08 07:00"),  # a Saturday: Monday
    ],
)
def test_the_next_post_skips_days_the_server_does_not_post_on(now: str, done: set, expected: str) -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "Europe/Paris", weekdays=parse_weekdays("mon,wed,fri"))
    assert next_post(schedule, at(now), done) == at(expected)


def test_a_time_skipped_by_the_change_posts_just_after_it() -> None:
    # 02:30 does not exist in New York on 8 March 2026; the post comes at 03:30 EDT (07:30 UTC).
    schedule = Schedule(1, 10, dt.time(2, 30), "America/New_York")
    assert post_instant(dt.date(2026, 3, 8), schedule) == at("2026-03-08 07:30")


def test_a_restart_mid_day_does_not_post_again() -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "UTC")
    done = {1: {dt.date(2026, 6, 1)}}  # what the database remembers across the restart
    assert due_posts(at("2026-06-01 12:00"), [schedule], done) == []
    assert due_posts(at("2026-06-02 09:00"), [schedule], done)[0].local_date == dt.date(2026, 6, 2)


def test_down_at_post_time_posts_later_the_same_day_but_never_backfills() -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "UTC")
    [due] = due_posts(at("2026-06-01 17:45"), [schedule], {})
    assert due.local_date == dt.date(2026, 6, 1)
    # Back after a week away: only today's quote goes out.
    posted = simulate(schedule, at("2026-06-08 12:00"), at("2026-06-08 23:59"), dt.timedelta(minutes=1))
    assert len(posted) == 1


def test_paused_servers_are_never_due() -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "UTC", paused=True)
    assert due_posts(at("2026-06-01 10:00"), [schedule], {}) == []
    assert next_post(schedule, at("2026-06-01 10:00"), set()) is None


def test_next_post_is_today_until_posted_then_tomorrow() -> None:
    schedule = Schedule(1, 10, dt.time(9, 0), "Europe/Paris")
    assert next_post(schedule, at("2026-06-01 05:00"), set()) == at("2026-06-01 07:00")
    assert next_post(schedule, at("2026-06-01 08:00"), set()) == at("2026-06-01 08:00")
    assert next_post(schedule, at("2026-06-01 08:00"), {dt.date(2026, 6, 1)}) == at("2026-06-02 07:00")


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        due_posts(dt.datetime(2026, 6, 1, 9), [], {})  # noqa: DTZ001 - naive on purpose


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=0))
def test_no_quote_repeats_until_every_quote_was_shown(count: int, seed: int) -> None:
    quotes = [f"q{i}" for i in range(count)]
    rng = random.Random(seed)
    shown: list[tuple[str, int]] = []
    cycle, last = 0, None
    for _ in range(count * 3):
        this_cycle = {q for q, c in shown if c == cycle}
        quote, cycle = next_in_cycle(quotes, this_cycle, cycle, rng, last=last)
        shown.append((quote, cycle))
        last = quote
    for c in range(3):
        assert sorted(q for q, qc in shown if qc == c) == sorted(quotes)
    if count > 1:
        assert all(a[0] != b[0] for a, b in itertools.pairwise(shown))


@given(st.integers(min_value=2, max_value=12), st.integers(min_value=0))
def test_days_chosen_together_go_on_with_each_servers_cycle(count: int, seed: int) -> None:
    quotes = [f"q{i}" for i in range(count)]
    days = [dt.date(2026, 6, 1) + dt.timedelta(days=n) for n in range(count * 2)]
    # Server 1 is partway through cycle 4 (its latest quote q0); server 2 starts its first.
    cycles = {1: QuoteCycle(4, frozenset({"q0"}), "q0")}
    chosen = choose_quotes(quotes, [(g, d) for g in (1, 2) for d in days], cycles, random.Random(seed))
    first = [chosen[(1, d)] for d in days[: count - 1]]
    assert sorted(q for q, _ in first) == sorted(quotes[1:]) and {c for _, c in first} == {
        4
    }  # cycle 4's rest
    assert {c for _, c in (chosen[(1, d)] for d in days[count - 1 : 2 * count - 1])} == {5}
    second = [chosen[(2, d)] for d in days]
    assert sorted(q for q, c in second if c == 0) == sorted(quotes) and {c for _, c in second} <= {0, 1}
    assert chosen[(1, days[0])][0] != "q0"  # not the latest quote again


@pytest.mark.parametrize(
    ("status", "claimed_by", "may"),
    [
        ("chosen", None, True),  # not sent yet
        ("sending", 7, False),  # run 7 is still running: its day to send
        ("sending", 8, True),  # run 8 stopped mid-post: taken over, its channel checked first
        ("sending", None, True),
        ("posted", None, False),
        ("failed", None, False),
    ],
)
def test_a_day_is_claimed_unless_another_running_run_is_sending_it(
    status: str, claimed_by: int | None, may: bool
) -> None:
    assert may_claim(status, claimed_by, running={7}) is may


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Schedule(1, 10, dt.time(2, 15), "UTC"), Schedule(1, 10, dt.time(2, 15), "America/Los_Angeles")),
        (Schedule(1, 10, dt.time(0, 0), "UTC"), Schedule(1, 10, dt.time(0, 0), "Pacific/Kiritimati")),
        (Schedule(1, 10, dt.time(23, 0), "UTC"), Schedule(1, 10, dt.time(7, 0), "Asia/Tokyo")),
        (
            Schedule(1, 10, dt.time(0, 0), "Pacific/Kiritimati"),
            Schedule(1, 10, dt.time(0, 0), "Pacific/Pago_Pago"),
        ),
        (Schedule(1, 10, dt.time(9, 0), "Europe/Paris"), Schedule(1, 10, dt.time(8, 0), "Europe/Paris")),
    ],
)
def test_a_new_time_or_zone_never_brings_a_post_within_20_hours_nor_an_earlier_date(
    before: Schedule, after: Schedule
) -> None:
    """Posted under ``before``, then changed to ``after`` a minute later; ticking every minute for
    four days, each post is at least 20 hours after the one before, on a later local date, when
    next_post said."""
    start = post_instant(dt.date(2026, 6, 1), before)
    [due] = due_posts(start, [before], {})
    done = {due.local_date}
    posts = [start]
    now = start + dt.timedelta(minutes=1)
    promised = next_post(after, now, done, start)
    while now <= start + dt.timedelta(days=4):
        for due in due_posts(now, [after], {1: done}, {1: posts[-1]}):
            assert due.local_date > max(done)
            assert now - posts[-1] >= MIN_GAP
            if len(posts) == 1:
                assert now == promised
            done.add(due.local_date)
            posts.append(now)
        now += dt.timedelta(minutes=1)
    assert len(posts) >= 3  # the change delays the posts, it does not stop them
