"""The try server: a guild with #general, the person trying the bot as its owner, two practice
players, the commands synced, the quote of the day set to post in a minute or two, and a welcome that
says what to try."""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from dataclasses import dataclass

import discord
import simcord
from discord.ext import commands

log = logging.getLogger(__name__)

SERVER_NAME = "I'm Here listening party"
BOT_NAME = ("soundtrack-bot", "Soundtrack bot")
"""The bot's user name and display name in the try server (SimCord calls every bot "TestBot")."""
PRACTICE_PLAYERS = (("ada", "Ada (practice player)"), ("ben", "Ben (practice player)"))

FIRST_POST_LEAD = dt.timedelta(seconds=30)
"""The first daily post comes at the first whole minute at least this far ahead: set to the current
minute, it would already be due, and /qotd set's reply would name a time just past."""
PAST_MIDNIGHT_ZONE = "Atlantic/Cape_Verde"
"""UTC−1 all year: where that minute falls after midnight UTC (today's time would be past), it is
given in this zone, where it is still the same day."""

WELCOME = (
    "**Welcome to the I'm Here listening party!** I'm the soundtrack bot, running on your computer in a "
    "simulated Discord. Type `/` in the box below to start:\n"
    "- `/help` lists every command\n"
    "- `/track` shows a track's card: type a few letters of its title, or its number\n"
    "- `/trivia start` starts a quiz; Ada and Ben, two practice players, play along\n\n"
    "The first quote of the day comes here at {time}."
)


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


async def seed(env: simcord.Env, locale: str = "en-US") -> TryServer:
    """Build the server (its language ``locale``) and register the commands with it, as ``python -m
    bot sync`` would."""
    you = env.create_user("you", global_name="You")
    guild = env.create_guild(SERVER_NAME, owner=you, preferred_locale=locale)
    general = guild.create_text_channel("general")
    owner = guild.add_member(you)
    players = tuple(
        guild.add_member(env.create_user(name, global_name=display)) for name, display in PRACTICE_PLAYERS
    )
    assert isinstance(env.bot, commands.AutoShardedBot)
    synced = await env.bot.tree.sync()
    log.info("Synced %d commands to the try server", len(synced))
    return TryServer(guild, general, owner, players)


def first_post(now: dt.datetime) -> tuple[dt.datetime, str]:
    """When the first daily post comes (UTC) and the zone to give its time in."""
    at = (now + FIRST_POST_LEAD).replace(second=0, microsecond=0)
    if at < now + FIRST_POST_LEAD:
        at += dt.timedelta(minutes=1)
    return at, "UTC" if at.date() == now.astimezone(dt.UTC).date() else PAST_MIDNIGHT_ZONE


async def schedule_first_post(server: TryServer, now: dt.datetime) -> dt.datetime:
    """Set the daily post in #general through the command itself, a minute or two from ``now``, so
    the first quote of the day shows up soon instead of tomorrow morning. Returns when it comes."""
    at, zone = first_post(now)
    local = at.astimezone(zoneinfo.ZoneInfo(zone))
    await server.owner.slash(
        server.general, "qotd set", channel=server.general, time=f"{local:%H:%M}", timezone=zone
    )
    return at


async def welcome(env: simcord.Env, server: TryServer, first_post_at: dt.datetime) -> None:
    """Post the welcome in #general, as the bot: the first thing the page shows."""
    channel = env.bot.get_channel(server.general.id)
    assert isinstance(channel, discord.TextChannel)
    await channel.send(WELCOME.format(time=discord.utils.format_dt(first_post_at, "t")))
