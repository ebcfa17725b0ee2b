"""The daily post's settings repository: each server's channel, time, zone and extras, and the
schedules the poster reads from them."""

from __future__ import annotations

import datetime as dt

from bot.db import Database
from bot.db.daily.records import DailySettings, iso_seconds, settings_from_row
from bot.domain.daily.schedule import PostExtras, Schedule


async def read_settings(db: Database, guild_id: int) -> DailySettings | None:
    row = await db.fetchrow("SELECT * FROM qotd_settings WHERE guild_id = ?", (guild_id,))
    return settings_from_row(row) if row else None


class DailySettingsRepository:
    """Each server's daily post settings, as /qotd set and /qotd off change them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, guild_id: int) -> DailySettings | None:
        return await read_settings(self._db, guild_id)

    async def save(
        self,
        guild_id: int,
        *,
        channel_id: int,
        post_time: dt.time,
        timezone: str,
        role_id: int | None,
        now: dt.datetime,
        extras: PostExtras | None = None,
    ) -> DailySettings:
        """Turn the daily post on (or change it). This also resumes a paused post. ``extras`` left
        out (or a part of it None) keeps what the server had, or the default."""
        extras = extras or PostExtras()
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO qotd_settings (guild_id, channel_id, post_time, timezone, role_id, failures, paused, "
                "updated_at, question, weekdays, thread) VALUES (?, ?, ?, ?, ?, 0, 0, ?, "
                "COALESCE(?, 1), COALESCE(?, 127), COALESCE(?, 0)) ON CONFLICT (guild_id) DO UPDATE SET "
                "channel_id = excluded.channel_id, post_time = excluded.post_time, timezone = excluded.timezone, "
                "role_id = excluded.role_id, failures = 0, paused = 0, updated_at = excluded.updated_at, "
                "question = COALESCE(?, qotd_settings.question), weekdays = COALESCE(?, qotd_settings.weekdays), "
                "thread = COALESCE(?, qotd_settings.thread)",
                (
                    guild_id,
                    channel_id,
                    post_time.strftime("%H:%M"),
                    timezone,
                    role_id,
                    iso_seconds(now),
                    *extras.values(),
                    *extras.values(),
                ),
            )
        saved = await self.get(guild_id)
        assert saved is not None
        return saved

    async def turn_off(self, guild_id: int, *, now: dt.datetime) -> bool:
        """Stop the daily post. False if it was not on."""
        async with self._db.transaction() as conn:
            changed = await conn.execute(
                "UPDATE qotd_settings SET channel_id = NULL, updated_at = ? "
                "WHERE guild_id = ? AND channel_id IS NOT NULL",
                (iso_seconds(now), guild_id),
            )
            return changed > 0

    async def schedules(self) -> list[Schedule]:
        """Every server whose daily post is on (paused ones included; the scheduler skips them)."""
        rows = await self._db.fetch(
            "SELECT guild_id, channel_id, post_time, timezone, role_id, paused, weekdays, question, thread "
            "FROM qotd_settings WHERE channel_id IS NOT NULL"
        )
        times: dict[str, dt.time] = {}  # a few distinct times serve thousands of servers
        out = []
        for guild_id, channel_id, post_time, timezone, role_id, paused, weekdays, question, thread in rows:
            at = times.get(post_time) or times.setdefault(post_time, dt.time.fromisoformat(post_time))
            out.append(
                Schedule(
                    guild_id,
                    channel_id,
                    at,
                    timezone,
                    role_id,
                    bool(paused),
                    weekdays=weekdays,
                    question=bool(question),
                    thread=bool(thread),
                )
            )
        return out
