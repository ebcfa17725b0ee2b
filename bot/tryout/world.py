"""The try server: a guild with #general, the person trying the bot as its owner, two practice
players, the commands synced, and the quote of the day set to post now."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import simcord
from discord.ext import commands

log = logging.getLogger(__name__)

SERVER_NAME = "I'm Here listening party"
BOT_NAME = ("soundtrack-bot", "Soundtrack bot")
"""The bot's user name and display name in the try server (SimCord calls every bot "TestBot")."""
PRACTICE_PLAYERS = (("ada", "Ada (practice player)"), ("ben", "Ben (practice player)"))


@dataclass(frozen=True)
class TryServer:
    guild: simcord.GuildHandle
    general: simcord.ChannelHandle
    owner: simcord.MemberActor
    players: tuple[simcord.MemberActor, ...]


def name_the_bot(env: simcord.Env) -> None:
    """Give the bot its name before it logs in (it reads its user at READY)."""
    user = env.backend.bot_user
    user.name, user.global_name = BOT_NAME


async def seed(env: simcord.Env) -> TryServer:
    """Build the server and register the commands with it, as ``python -m bot sync`` would."""
    you = env.create_user("you", global_name="You")
    guild = env.create_guild(SERVER_NAME, owner=you)
    general = guild.create_text_channel("general")
    owner = guild.add_member(you)
    players = tuple(
        guild.add_member(env.create_user(name, global_name=display)) for name, display in PRACTICE_PLAYERS
    )
    assert isinstance(env.bot, commands.AutoShardedBot)
    synced = await env.bot.tree.sync()
    log.info("Synced %d commands to the try server", len(synced))
    return TryServer(guild, general, owner, players)


async def post_quote_of_the_day_now(server: TryServer, now: dt.datetime) -> None:
    """Set the daily post to this minute (UTC) through the command itself, so the first quote of the
    day shows up within the bot's next tick instead of tomorrow morning."""
    await server.owner.slash(server.general, "qotd set", channel=server.general, time=f"{now:%H:%M}")
