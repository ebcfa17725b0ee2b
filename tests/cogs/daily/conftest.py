"""The daily feature through SimCord: a server manager, the feature's cog and repositories on the bot,
and posting or reading its posts."""

from __future__ import annotations

import datetime as dt

import discord
import pytest
import simcord

from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from bot.domain.trivia.questions import Question
from cogs.daily.commands import DailyQuoteCog
from tests.conftest import Server

DAY = dt.timedelta(days=1)


@pytest.fixture
def manager(server: Server) -> simcord.MemberActor:
    managers = server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    return server.guild.add_member(server.env.create_user("manager"), roles=[managers])


def daily(server: Server) -> DailyQuoteCog:
    # Not isinstance: discord.py re-imports an extension's modules each time a bot loads it.
    cog = server.env.bot.get_cog("DailyQuoteCog")
    assert cog is not None
    return cog  # type: ignore[return-value]


def posts(server: Server) -> DailyPostRepository:
    db = server.env.bot.db  # type: ignore[attr-defined]
    return DailyPostRepository(db, QuoteRepository(db))


def daily_settings(server: Server) -> DailySettingsRepository:
    return DailySettingsRepository(server.env.bot.db)  # type: ignore[attr-defined]


def channel_denying(server: Server, name: str, **denied: bool) -> simcord.ChannelHandle:
    """A new text channel where the bot is denied these permissions."""
    me = server.guild.me
    assert me is not None
    return server.guild.create_text_channel(name, overwrites={me: discord.PermissionOverwrite(**denied)})


def bot_messages(channel: simcord.ChannelHandle) -> list[discord.Message]:
    return [m for m in channel.history() if m.author.bot]


def post_requests(server: Server) -> list:
    return [r for r in server.env.http_requests if r.method == "POST" and r.path.endswith("/messages")]


async def set_qotd(
    server: Server, manager: simcord.MemberActor, **options: object
) -> simcord.InteractionResult:
    return await manager.slash(server.channel, "qotd set", channel=server.channel, **options)


async def post_on(server: Server, when: dt.datetime) -> discord.Message:
    """Post the day at ``when`` and return the channel's newest post."""
    assert await daily(server).poster.post_due(when) == 1
    return [m for m in bot_messages(server.channel) if m.embeds][-1]


async def question_of(server: Server, when: dt.datetime) -> Question:
    day = await posts(server).day(server.guild.id, when.date())
    assert day is not None and day.question_id is not None
    return server.env.bot.bank.questions[day.question_id]  # type: ignore[attr-defined]


async def first_post(
    server: Server, manager: simcord.MemberActor
) -> tuple[dt.datetime, discord.Message, Question]:
    """The daily post turned on at midnight UTC and today's post made: when, the post, its question."""
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    message = await post_on(server, now)
    return now, message, await question_of(server, now)


def label(question: Question, option: int) -> str:
    return question.options[option] if question.is_true_false else "ABCD"[option]


def wrong(question: Question) -> int:
    return next(i for i in range(len(question.options)) if i != question.answer)


def field(embed: discord.Embed, name: str) -> str | None:
    return next((f.value for f in embed.fields if f.name == name), None)


def reveals(message: discord.Message) -> list[discord.Embed]:
    return [e for e in message.embeds if (e.title or "").startswith("The answer to")]


def next_weekday(after: dt.datetime, weekday: int) -> dt.datetime:
    """The first instant, on or after ``after``, at midnight UTC of the given weekday (0 = Monday)."""
    day = after.date()
    while day.weekday() != weekday:
        day += DAY
    return dt.datetime.combine(day, dt.time(0, 1), tzinfo=dt.UTC)
