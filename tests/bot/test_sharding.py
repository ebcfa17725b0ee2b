"""Which shards a process runs, which servers are on them, and what it posts for them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest
import simcord

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from bot.sharding import describe_shards, serves, shard_of
from tests.conftest import rebuilt


@pytest.mark.parametrize(
    ("count", "ids", "said"),
    [
        (None, None, "as many shards as Discord recommends"),
        (1, None, "one shard"),
        (8, None, "all 8 shards"),
        (8, (0, 1, 2, 3), "shards 0-3 of 8"),
        (8, (4,), "shard 4 of 8"),
        (10, (8, 0, 1, 2, 3), "shards 0-3 and 8 of 10"),
        (10, (0, 1, 5, 6), "shards 0, 1, 5 and 6 of 10"),
    ],
)
def test_the_logs_say_which_shards_a_process_runs(
    count: int | None, ids: tuple[int, ...] | None, said: str
) -> None:
    assert describe_shards(count, ids) == said


def test_a_servers_shard_follows_discords_formula() -> None:
    # Discord's documented example: shard_id = (guild_id >> 22) % num_shards.
    assert shard_of(41771983423143937, 4) == (41771983423143937 >> 22) % 4
    assert {shard_of(g << 22, 4) for g in range(8)} == {0, 1, 2, 3}


async def test_a_process_runs_its_shards_and_posts_only_for_their_servers(
    simcord_bot: SoundtrackBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Two processes each run half of four shards: this one (0 and 1) posts the daily quote for its
    servers only, and leaves the others' alone (no post, no failure counted)."""
    settings = dataclasses.replace(simcord_bot.settings, shard_count=4, shard_ids=(0, 1))
    bot = rebuilt(simcord_bot, settings)
    with caplog.at_level(logging.INFO):
        async with simcord.run(bot) as env:
            guilds = {shard: env.create_guild(f"server {shard}", shard_id=shard) for shard in range(4)}
            assert all(shard_of(g.id, 4) == shard for shard, g in guilds.items())
            channels = {shard: g.create_text_channel("general") for shard, g in guilds.items()}
            await env.settle()
            assert [serves(bot, g.id) for _, g in sorted(guilds.items())] == [True, True, False, False]
            daily_settings = DailySettingsRepository(bot.db)
            posts = DailyPostRepository(bot.db, QuoteRepository(bot.db))
            now = env.now()
            for shard, guild in guilds.items():
                await daily_settings.save(
                    guild.id,
                    channel_id=channels[shard].id,
                    post_time=dt.time(0),
                    timezone="UTC",
                    role_id=None,
                    now=now,
                )
            cog = bot.get_cog("DailyQuoteCog")
            assert cog is not None
            assert await cog.poster.post_due(now) == 2  # type: ignore[attr-defined]
            posted = {shard for shard, c in channels.items() if any(m.author.bot for m in c.history())}
            assert posted == {0, 1}
            for shard in (2, 3):
                saved = await daily_settings.get(guilds[shard].id)
                assert (
                    saved is not None
                    and saved.failures == 0
                    and await posts.day(guilds[shard].id, now.date()) is None
                )
    logs = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Logged in as") and m.endswith("on shards 0 and 1 of 4") for m in logs)
    assert any(m.startswith("Shard 1 of 4 ready with") for m in logs)
