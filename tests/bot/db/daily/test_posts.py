"""The daily posts' storage on real SQLite and PostgreSQL: choosing, claiming, posting, failing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from bot.db import Database, SqliteDatabase
from bot.db.catalogue import CatalogueRepository
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.pack import PackRepository
from bot.db.postgres import PostgresDatabase
from bot.db.quotes import QuoteRepository
from bot.domain.content import PackContent
from bot.domain.daily.schedule import MAX_FAILURES

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 6, 1)


async def claim(posts: DailyPostRepository, guild: int, day: dt.date) -> str | None:
    """Claim one day for posting in channel 10; the status it had, or None if it must not be sent."""
    _, claimed = await posts.choose_and_claim([(guild, day, 10)], "im-here", random.Random(0), now=NOW)
    return claimed.get((guild, day))


async def test_the_day_is_chosen_once_then_fixed(posts: DailyPostRepository) -> None:
    first = await posts.choose_day(1, DAY, "im-here", random.Random(1))
    again = await posts.choose_day(1, DAY, "im-here", random.Random(2))
    assert again == first
    other_server = await posts.choose_day(2, DAY, "im-here", random.Random(1))
    assert other_server.guild_id == 2


async def test_a_server_sees_every_quote_before_any_repeats(
    posts: DailyPostRepository, quotes: QuoteRepository
) -> None:
    total = len(await quotes.quote_keys("im-here"))
    rng = random.Random(7)
    days = [await posts.choose_day(1, DAY + dt.timedelta(days=i), "im-here", rng) for i in range(total + 3)]
    first_cycle = [d.quote for d in days[:total]]
    assert len(set(first_cycle)) == total
    assert {d.cycle for d in days[:total]} == {0}
    assert {d.cycle for d in days[total:]} == {1}
    assert days[total].quote != days[total - 1].quote


async def test_claim_post_and_failures(
    posts: DailyPostRepository, daily_settings: DailySettingsRepository
) -> None:
    await daily_settings.save(1, channel_id=10, post_time=dt.time(9), timezone="UTC", role_id=None, now=NOW)
    await posts.choose_day(1, DAY, "im-here", random.Random(0))
    assert await claim(posts, 1, DAY) == "chosen"
    assert await claim(posts, 1, DAY) == "sending"  # as after a crash mid-post
    await posts.mark_posted_days([(1, DAY, 555)], now=NOW)
    assert await claim(posts, 1, DAY) is None
    assert (await posts.done_dates(DAY))[1] == {DAY}
    last = await posts.last_posted(1)
    assert last is not None and last.message_id == 555

    for i in range(1, MAX_FAILURES + 1):
        day = DAY + dt.timedelta(days=i)
        await posts.choose_day(1, day, "im-here", random.Random(i))
        await claim(posts, 1, day)
        settings = await posts.mark_failed(1, day, "Missing Access", now=NOW)
        assert settings.failures == i
        assert settings.paused == (i >= MAX_FAILURES)
    [schedule] = await daily_settings.schedules()
    assert schedule.paused
    resumed = await daily_settings.save(
        1, channel_id=10, post_time=dt.time(9), timezone="UTC", role_id=None, now=NOW
    )
    assert not resumed.paused and resumed.failures == 0
    assert resumed.last_failure == "Missing Access"


async def test_a_pack_reload_keeps_settings_and_history(
    posts: DailyPostRepository,
    daily_settings: DailySettingsRepository,
    quotes: QuoteRepository,
    packs: PackRepository,
    real_content: PackContent,
) -> None:
    await daily_settings.save(
        1, channel_id=10, post_time=dt.time(7, 30), timezone="Europe/Paris", role_id=3, now=NOW
    )
    chosen = await posts.choose_day(1, DAY, "im-here", random.Random(0))
    changed = dataclasses.replace(real_content.pack, fingerprint="reloaded")
    assert await packs.store_packs([dataclasses.replace(real_content, pack=changed)]) == ["im-here"]
    settings = await daily_settings.get(1)
    assert settings is not None and settings.timezone == "Europe/Paris" and settings.role_id == 3
    assert await posts.day(1, DAY) == chosen
    assert await quotes.quote("im-here", chosen.quote) is not None
    # The search index follows the reload too.
    assert len(await quotes.search("im-here", ["robot"], limit=10)) == 5


async def test_choosing_and_claiming_many_servers_at_once(
    posts: DailyPostRepository, quotes: QuoteRepository
) -> None:
    total = len(await quotes.quote_keys("im-here"))
    items = [(guild, DAY + dt.timedelta(days=i), 100 + guild) for guild in range(1, 6) for i in range(total)]
    days, claimed = await posts.choose_and_claim(items, "im-here", random.Random(3), now=NOW)
    assert set(claimed.values()) == {"chosen"} and len(claimed) == len(items)
    for guild in range(1, 6):
        seen = [days[(guild, DAY + dt.timedelta(days=i))].quote for i in range(total)]
        assert len(set(seen)) == total  # a whole cycle, no repeats, chosen in one batch
    again, claimed_again = await posts.choose_and_claim(items, "im-here", random.Random(4), now=NOW)
    assert {k: d.quote for k, d in again.items()} == {k: d.quote for k, d in days.items()}
    assert set(claimed_again.values()) == {"sending"}  # as after a crash: checked before resending
    await posts.mark_posted_days([(g, d, 1) for g, d, _ in items[:3]], now=NOW)
    _, claimed_third = await posts.choose_and_claim(items, "im-here", random.Random(5), now=NOW)
    assert len(claimed_third) == len(items) - 3


async def test_a_day_another_running_process_is_sending_is_left_to_it_until_it_stops(
    backend: str, db: Database, repo: CatalogueRepository
) -> None:
    """Two runs of the bot over one database (two processes on PostgreSQL; on SQLite, a run after a
    crash): a day claimed by a run still running is never claimed twice; once that run is gone, the
    next takes the day over as 'sending', so that its channel is checked before anything is sent."""
    first = DailyPostRepository(db, QuoteRepository(db))
    assert await claim(first, 1, DAY) == "chosen"
    other_db = await reopen(backend, db)
    other = DailyPostRepository(other_db, QuoteRepository(other_db))
    try:
        if backend == "postgres":
            assert await claim(other, 1, DAY) is None  # the first process is still running
            await db.close()  # the first process stops: its session lock goes with its connection
        assert await claim(other, 1, DAY) == "sending"
        assert (await other.day(1, DAY)).claimed_by == other_db.instance
    finally:
        await other_db.close()


async def reopen(backend: str, db: Database) -> Database:
    """A second run of the bot over the same database."""
    if backend == "postgres":
        assert isinstance(db, PostgresDatabase)
        return await PostgresDatabase.open(db.url)
    assert isinstance(db, SqliteDatabase)
    return await SqliteDatabase.open(db.path)
