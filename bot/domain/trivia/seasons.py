"""Trivia seasons: a calendar month in the server's time (its daily post's zone; UTC where none is
set, and for the leaderboard of everyone). Pure: the clock comes in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC_ZONE = "UTC"


def zone_info(zone: str | None) -> ZoneInfo:
    """The zone by its name; UTC for none, or for a name this machine's zone data does not know."""
    try:
        return ZoneInfo(zone or UTC_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(UTC_ZONE)


@dataclass(frozen=True)
class Season:
    """One month in one zone: from ``start`` (its first midnight) to ``end`` (the next month's). How a
    person reads it ("January 2026", "janvier 2026") is the cog's to write (cogs.trivia.cards)."""

    year: int
    month: int
    zone: str

    @property
    def key(self) -> str:
        """How the hall of fame names it: "2026-01"."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> dt.datetime:
        return dt.datetime(self.year, self.month, 1, tzinfo=zone_info(self.zone))

    @property
    def end(self) -> dt.datetime:
        return self.following().start

    @property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return self.start, self.end

    def following(self) -> Season:
        year, month = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
        return Season(year, month, self.zone)

    def previous(self) -> Season:
        year, month = (self.year - 1, 12) if self.month == 1 else (self.year, self.month - 1)
        return Season(year, month, self.zone)


def season_at(now: dt.datetime, zone: str | None) -> Season:
    """The season ``now`` falls in, in ``zone`` (UTC when None)."""
    local = now.astimezone(zone_info(zone))
    return Season(local.year, local.month, zone or UTC_ZONE)
