"""The bot core: intents, cogs, invite address and command syncing, through SimCord."""

from __future__ import annotations

import dataclasses
import gc
import logging

import pytest
import simcord
from discord import app_commands

from bot.client import SoundtrackBot, intents, sync_commands
from bot.ui.installs import invites
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
    "privacy forget",
}
MANAGER_COMMANDS = {"qotd set", "qotd off", "qotd status", "qotd preview", "qotd post", "qotd history"}


def test_no_privileged_intents() -> None:
    wanted = intents()
    assert not (wanted.members or wanted.presences or wanted.message_content)
    assert wanted.guilds


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
    links = invites(simcord_env.bot.application_id)  # type: ignore[arg-type]
    assert any(links.server in r.getMessage() and links.user in r.getMessage() for r in caplog.records)
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
