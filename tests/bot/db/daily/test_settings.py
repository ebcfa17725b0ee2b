"""The daily post's settings on real SQLite and PostgreSQL: turned on, changed, turned off."""

from __future__ import annotations

import datetime as dt

from bot.db.daily.settings import DailySettingsRepository
from bot.domain.daily.schedule import PostExtras, Schedule
from bot.domain.daily.weekdays import EVERY_DAY, WEEKDAYS

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


async def test_settings_saved_read_back_and_scheduled(daily_settings: DailySettingsRepository) -> None:
    assert await daily_settings.get(1) is None
    saved = await daily_settings.save(
        1, channel_id=10, post_time=dt.time(7, 30), timezone="Europe/Paris", role_id=3, now=NOW
    )
    assert await daily_settings.get(1) == saved
    assert (saved.channel_id, saved.post_time, saved.timezone, saved.role_id) == (
        10,
        dt.time(7, 30),
        "Europe/Paris",
        3,
    )
    assert (saved.question, saved.weekdays, saved.thread) == (True, EVERY_DAY, False)  # the defaults
    assert await daily_settings.schedules() == [Schedule(1, 10, dt.time(7, 30), "Europe/Paris", 3)]


async def test_extras_left_out_keep_what_the_server_had(daily_settings: DailySettingsRepository) -> None:
    extras = PostExtras(question=False, weekdays=WEEKDAYS, thread=True)
    await daily_settings.save(
        1, channel_id=10, post_time=dt.time(9), timezone="UTC", role_id=None, now=NOW, extras=extras
    )
    moved = await daily_settings.save(
        1,
        channel_id=11,
        post_time=dt.time(9),
        timezone="UTC",
        role_id=None,
        now=NOW,
        extras=PostExtras(thread=False),
    )
    assert (moved.channel_id, moved.question, moved.weekdays, moved.thread) == (11, False, WEEKDAYS, False)


async def test_turning_off(daily_settings: DailySettingsRepository) -> None:
    assert not await daily_settings.turn_off(1, now=NOW)
    await daily_settings.save(1, channel_id=10, post_time=dt.time(9), timezone="UTC", role_id=None, now=NOW)
    assert await daily_settings.turn_off(1, now=NOW)
    assert await daily_settings.schedules() == []
