"""The quote of the day: when each server is due, which quote it gets, and which run of the bot may
claim its post.

Pure logic: nothing here touches Discord or the database, and the time is always an argument, so
midnight, daylight-saving changes, restarts and outages are tested with plain values.

A server's day is its local calendar date in its time zone. It is due once its local time has
reached the post time on that date and that date has not been posted (or failed) yet. Keying
everything by local date is what makes a restart unable to post twice, an outage post late the
same day, and a daylight-saving change neither skip nor repeat a day.
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from bot.domain.daily.weekdays import EVERY_DAY, includes

DEFAULT_TIME = dt.time(9, 0)
DEFAULT_TIMEZONE = "UTC"
MAX_FAILURES = 3
"""Failed posts in a row after which a server's daily post pauses until a manager resumes it."""


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA time zone name this machine knows, sorted."""
    return tuple(sorted(zoneinfo.available_timezones()))


@dataclass(frozen=True)
class Schedule:
    """One server's daily post settings, as the scheduler needs them."""

    guild_id: int
    channel_id: int
    post_time: dt.time = DEFAULT_TIME
    timezone: str = DEFAULT_TIMEZONE
    role_id: int | None = None
    paused: bool = False
    weekdays: int = EVERY_DAY
    """The local days it posts on, as a mask (see :mod:`bot.domain.daily.weekdays`)."""
    question: bool = True
    thread: bool = False

    def posts_on(self, day: dt.date) -> bool:
        return includes(self.weekdays, day.weekday())

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


def local_date(now: dt.datetime, timezone: str) -> dt.date:
    """The calendar date it is in ``timezone`` at the instant ``now`` (an aware datetime)."""
    return now.astimezone(zoneinfo.ZoneInfo(timezone)).date()


def post_instant(day: dt.date, schedule: Schedule) -> dt.datetime:
    """The UTC instant of the post time on ``day``, local to the schedule's zone.

    A post time that does not exist that day (skipped by a daylight-saving change) falls at the
    same wall-clock reading after the jump; one that happens twice is the first of the two.
    """
    local = dt.datetime.combine(day, schedule.post_time, tzinfo=schedule.zone)
    # Round-trip through UTC to normalise a non-existent wall time to a real instant.
    return local.astimezone(dt.UTC)


MIN_GAP = dt.timedelta(hours=20)
"""The least time between two scheduled posts of a server. A day's post comes at its local post time,
so posts are a day apart (23 or 25 hours across a daylight-saving change); a new time or zone can
bring the next post time close to the last post, and then the next post waits until the gap is over."""


def due_date(
    schedule: Schedule, now: dt.datetime, done: set[dt.date], last: dt.datetime | None = None
) -> dt.date | None:
    """The local date to post for now, or None. ``done`` holds dates already posted or failed;
    ``last`` is when the server's latest post went out."""
    if schedule.paused:
        return None
    today = local_date(now, schedule.timezone)
    if not _may_post(schedule, today, done) or (last is not None and now < last + MIN_GAP):
        return None
    return today if now >= post_instant(today, schedule) else None


def _may_post(schedule: Schedule, day: dt.date, done: set[dt.date]) -> bool:
    """Whether ``day`` may still get a post: a day it posts on, not done, and after every day done
    (a new zone can make the local date one already passed: it never gets a post after a later day's,
    so posts, their questions and the history keep date order)."""
    return schedule.posts_on(day) and day not in done and all(day > d for d in done)


def next_post(
    schedule: Schedule, now: dt.datetime, done: set[dt.date], last: dt.datetime | None = None
) -> dt.datetime | None:
    """When the next post will happen (UTC), as the status shows it; None while paused. ``done``
    and ``last`` as :func:`due_date` takes them."""
    if schedule.paused:
        return None
    earliest = max(now, last + MIN_GAP) if last is not None else now
    day = local_date(now, schedule.timezone)
    # A week covers the days a schedule skips; two more, the local dates the gap moves past.
    for _ in range(10):
        if _may_post(schedule, day, done):
            at = max(earliest, post_instant(day, schedule))
            if local_date(at, schedule.timezone) == day:
                return at
        day += dt.timedelta(days=1)
    return None


@dataclass(frozen=True)
class DuePost:
    schedule: Schedule
    local_date: dt.date


def due_posts(
    now: dt.datetime,
    schedules: Iterable[Schedule],
    done: dict[int, set[dt.date]],
    last: Mapping[int, dt.datetime] | None = None,
) -> list[DuePost]:
    """The servers due to get their quote at ``now``. ``done`` maps a guild to its local dates
    already posted or failed; ``last``, to when its latest post went out."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    last = last or {}
    out = []
    for schedule in schedules:
        day = due_date(schedule, now, done.get(schedule.guild_id, set()), last.get(schedule.guild_id))
        if day is not None:
            out.append(DuePost(schedule, day))
    return out


def next_in_cycle(
    quotes: Sequence[str],
    shown_this_cycle: Collection[str],
    cycle: int,
    rng: random.Random,
    *,
    last: str | None = None,
) -> tuple[str, int]:
    """The next quote of a server's shuffled cycle, and the cycle it belongs to.

    No quote repeats until every quote has been shown; then a new cycle starts, which never opens
    with ``last`` (the previous day's quote). Quotes added to the pack join the current cycle;
    quotes removed from it are simply never picked.
    """
    if not quotes:
        raise ValueError("there are no quotes to choose from")
    # `quotes` comes in pack order, so the choice depends on nothing but the rng.
    remaining = [q for q in quotes if q not in shown_this_cycle]
    if not remaining:
        cycle += 1
        remaining = [q for q in quotes if q != last] or list(quotes)
    return rng.choice(remaining), cycle


@dataclass(frozen=True)
class QuoteCycle:
    """Where a server is in its shuffled cycle of quotes: the cycle, the quotes shown in it, and the
    latest one shown."""

    number: int = 0
    shown: frozenset[str] = frozenset()
    last: str | None = None


def choose_quotes(
    quotes: Sequence[str],
    wanted: Iterable[tuple[int, dt.date]],
    cycles: Mapping[int, QuoteCycle],
    rng: random.Random,
) -> dict[tuple[int, dt.date], tuple[str, int]]:
    """The quote of each (server, local date) in ``wanted``, and the cycle it counts in, chosen in the
    order given: each server's days go on from where its cycle is (``cycles``; a server not in it
    starts one), and each day's choice counts for the next."""
    where = dict(cycles)
    chosen = {}
    for guild, day in wanted:
        cycle = where.get(guild, QuoteCycle())
        quote, number = next_in_cycle(quotes, cycle.shown, cycle.number, rng, last=cycle.last)
        shown = (cycle.shown if number == cycle.number else frozenset()) | {quote}
        where[guild] = QuoteCycle(number, shown, quote)
        chosen[(guild, day)] = (quote, number)
    return chosen


def may_claim(status: str, claimed_by: int | None, running: Collection[int]) -> bool:
    """Whether a run of the bot may claim a day for posting, given the day's ``status`` and the
    run that claimed it. ``running`` are the other runs still running. A day not sent yet
    ('chosen') may be claimed; a day being sent ('sending') too, unless another running run claimed
    it: it is that run's to send. So this run retries its own (after Discord's trouble) and takes
    over the day of a run that stopped mid-post (its channel is then checked before anything is
    sent). A day posted or failed is never claimed."""
    return status == "chosen" or (status == "sending" and claimed_by not in running)


@dataclass(frozen=True)
class PostExtras:
    """What the daily post carries besides the quote, as /qotd set changes it: None keeps it as it is."""

    question: bool | None = None
    weekdays: int | None = None
    thread: bool | None = None

    def values(self) -> tuple[int | None, int | None, int | None]:
        def flag(value: bool | None) -> int | None:
            return None if value is None else int(value)

        return flag(self.question), self.weekdays, flag(self.thread)
