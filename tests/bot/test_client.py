"""The bot core: intents, cogs, invite address and command syncing, through SimCord."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import logging
from urllib.parse import parse_qs, urlparse

import discord
import pytest
import simcord
from discord import app_commands

from bot.client import SoundtrackBot, describe_shards, intents, invite_url, serves, shard_of, sync_commands
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from tests.conftest import Server, rebuilt

COMMANDS = {
    "about",
    "help",
    "album",
    "artist",
    "track",
    "tracks",
    "quote random",
    "quote today",
    "quote search",
    "trivia start",
    "trivia stop",
    "trivia leaderboard",
    "trivia stats",
}
MANAGER_COMMANDS = {"qotd set", "qotd off", "qotd status", "qotd preview", "qotd post", "qotd history"}


def test_no_privileged_intents() -> None:
    wanted = intents()
    assert not (wanted.members or wanted.presences or wanted.message_content)
    assert wanted.guilds


def test_invite_asks_for_both_scopes_and_only_the_needed_permissions() -> None:
    query = parse_qs(urlparse(invite_url(1234)).query)
    assert query["client_id"] == ["1234"]
    assert query["scope"] == ["bot applications.commands"]
    granted = discord.Permissions(int(query["permissions"][0]))
    assert granted == discord.Permissions(
        view_channel=True, send_messages=True, embed_links=True, read_message_history=True
    )


async def test_cogs_register_every_command_with_descriptions(server: Server) -> None:
    leaves = {
        c.qualified_name: c
        for c in server.env.bot.tree.walk_commands()
        if isinstance(c, app_commands.Command)
    }
    assert set(leaves) == COMMANDS | MANAGER_COMMANDS
    for command in server.env.bot.tree.walk_commands():
        assert command.description and command.description != "…", command.qualified_name
    for command in leaves.values():
        for parameter in command.parameters:
            assert parameter.description and parameter.description != "…", command.qualified_name
    # Everyone sees the catalogue and quote commands; /qotd is for server managers.
    assert set(server.member.available_commands(server.channel)) == COMMANDS


async def test_start_does_not_sync_globally(simcord_env: simcord.Env) -> None:
    assert not any(r.method == "PUT" and r.path.endswith("/commands") for r in simcord_env.http_requests)


async def test_dev_guild_gets_the_commands_at_start(
    simcord_env: simcord.Env, caplog: pytest.LogCaptureFixture
) -> None:
    guild = simcord_env.create_guild("dev")
    channel = guild.create_text_channel("testing")
    member = guild.add_member(simcord_env.create_user("dev"))
    old: SoundtrackBot = simcord_env.bot  # type: ignore[assignment]
    settings = dataclasses.replace(old.settings, dev_guild_id=guild.id)
    with caplog.at_level(logging.INFO):
        await simcord_env.restart_bot(rebuilt(old, settings))
    puts = [r.path for r in simcord_env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert puts == [f"/applications/{simcord_env.bot.application_id}/guilds/{guild.id}/commands"]
    assert set(member.available_commands(channel)) >= COMMANDS
    assert any(
        "Invite me to a server with: https://discord.com/oauth2/authorize" in r.getMessage()
        for r in caplog.records
    )
    assert not any(old.settings.token in r.getMessage() for r in caplog.records)


async def test_sync_command_registers_with_one_guild_or_globally(simcord_env: simcord.Env) -> None:
    guild = simcord_env.create_guild("one")
    channel = guild.create_text_channel("c")
    member = guild.add_member(simcord_env.create_user("u"))
    synced = await sync_commands(simcord_env.bot, guild.id)  # type: ignore[arg-type]
    assert {c.name for c in synced} == {n.split()[0] for n in COMMANDS | MANAGER_COMMANDS}
    assert set(member.available_commands(channel)) >= COMMANDS
    other = simcord_env.create_guild("two")
    other_channel = other.create_text_channel("c")
    other_member = other.add_member(simcord_env.create_user("v"))
    assert other_member.available_commands(other_channel) == ()
    synced = await sync_commands(simcord_env.bot, None)  # type: ignore[arg-type]
    assert set(other_member.available_commands(other_channel)) == COMMANDS


async def test_the_first_ready_moves_the_start_up_heap_out_of_the_collectors_way(
    simcord_env: simcord.Env,
) -> None:
    old: SoundtrackBot = simcord_env.bot  # type: ignore[assignment]
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    await simcord_env.restart_bot(rebuilt(old, freeze_heap_at_ready=True))
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


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
