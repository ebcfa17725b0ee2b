"""What the daily repositories return (a server's settings, a day's post), and how their rows and
instants are read and stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.domain.daily.question import RevealSummary
from bot.domain.daily.schedule import Schedule
from bot.domain.daily.weekdays import EVERY_DAY


@dataclass(frozen=True)
class DailySettings:
    """A server's daily post settings, as /qotd set leaves them, with its run of failures."""

    guild_id: int
    channel_id: int | None
    post_time: dt.time
    timezone: str
    role_id: int | None
    failures: int
    paused: bool
    last_failure: str | None
    last_failure_at: dt.datetime | None
    question: bool = True
    weekdays: int = EVERY_DAY
    thread: bool = False

    @property
    def schedule(self) -> Schedule | None:
        if self.channel_id is None:
            return None
        return Schedule(
            self.guild_id,
            self.channel_id,
            self.post_time,
            self.timezone,
            self.role_id,
            self.paused,
            weekdays=self.weekdays,
            question=self.question,
            thread=self.thread,
        )


@dataclass(frozen=True)
class DailyPost:
    """One server's daily post of one local date: its quote (chosen once), its question, and how
    the posting went (``status``: 'chosen', 'sending', 'posted' or 'failed')."""

    guild_id: int
    local_date: dt.date
    pack: str
    quote: str
    cycle: int
    status: str
    channel_id: int | None
    message_id: int | None
    claimed_at: dt.datetime | None
    posted_at: dt.datetime | None
    last_error: str | None = None
    """Why the last attempt did not post (Discord's trouble, retried); once posted, why Discord
    refused its thread (None if it opened, or none was wanted)."""
    question_id: str | None = None
    """The day's trivia question, chosen once before the post is sent; None without one."""
    reveals_answer_of: dt.date | None = None
    """The earlier day whose question's answer this day's post reveals (column ``reveals``)."""
    answers_closed_at: dt.datetime | None = None
    """When answers to this day's own question closed: its answer was revealed by a later post
    (column ``revealed_at``)."""
    reveal_summary: RevealSummary | None = None
    """What this day's post says of the ``reveals_answer_of`` day's question: its tally and streaks,
    fixed when that question's answers closed (column ``reveal``)."""
    claimed_by: int | None = None
    """The run of the bot (:attr:`Database.instance`) that claimed the day for posting."""


def iso_seconds(moment: dt.datetime) -> str:
    """An instant as the daily tables store it: ISO 8601 in UTC, to the second."""
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def instant(text: str | None) -> dt.datetime | None:
    """An instant stored by :func:`iso_seconds` (or None)."""
    return dt.datetime.fromisoformat(text) if text else None


def settings_from_row(row: Any) -> DailySettings:
    hours, minutes = row["post_time"].split(":")
    return DailySettings(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        post_time=dt.time(int(hours), int(minutes)),
        timezone=row["timezone"],
        role_id=row["role_id"],
        failures=row["failures"],
        paused=bool(row["paused"]),
        last_failure=row["last_failure"],
        last_failure_at=instant(row["last_failure_at"]),
        question=bool(row["question"]),
        weekdays=row["weekdays"],
        thread=bool(row["thread"]),
    )


def post_from_row(row: Any) -> DailyPost:
    return DailyPost(
        guild_id=row["guild_id"],
        local_date=dt.date.fromisoformat(row["local_date"]),
        pack=row["pack"],
        quote=row["quote"],
        cycle=row["cycle"],
        status=row["status"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        claimed_at=instant(row["claimed_at"]),
        posted_at=instant(row["posted_at"]),
        last_error=row["last_error"],
        question_id=row["question_id"],
        reveals_answer_of=dt.date.fromisoformat(row["reveals"]) if row["reveals"] else None,
        answers_closed_at=instant(row["revealed_at"]),
        reveal_summary=RevealSummary.from_json(row["reveal"]) if row["reveal"] else None,
        claimed_by=row["claimed_by"],
    )
