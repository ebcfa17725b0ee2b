"""The try server, seeded in SimCord: #general, the person as its owner, two practice players, the
commands synced, the quote of the day set to post in a minute or two, and a welcome."""

from __future__ import annotations

import datetime as dt
import re

import discord
import pytest
import simcord

from bot.tryout.live import start_clock_at
from bot.tryout.world import (
    BOT_NAME,
    PRACTICE_PLAYERS,
    first_post,
    name_the_bot,
    schedule_first_post,
    seed,
    welcome,
)


async def test_the_try_server_has_general_its_owner_two_players_and_every_command(
    simcord_env: simcord.Env,
) -> None:
    server = await seed(simcord_env)
    assert server.general.name == "general"
    assert server.guild.owner.id == server.owner.id
    assert [p.name for p in server.players] == [name for name, _ in PRACTICE_PLAYERS]
    assert "trivia start" in server.owner.available_commands(server.general)
    assert "qotd set" in server.owner.available_commands(server.general)  # the owner manages the server


def _times(text: str) -> list[dt.datetime]:
    return [dt.datetime.fromtimestamp(int(t), dt.UTC) for t in re.findall(r"<t:(\d+)(?::\w)?>", text)]


@pytest.mark.parametrize(
    "start",
    [
        dt.datetime(2026, 12, 7, 14, 5, 0, tzinfo=dt.UTC),  # on the minute
        dt.datetime(2026, 12, 7, 14, 5, 45, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 7, 23, 59, 40, tzinfo=dt.UTC),  # the next minute is tomorrow in UTC
    ],
)
async def test_the_first_quote_of_the_day_is_announced_ahead_and_posts_within_two_minutes(
    simcord_bot: discord.Client, start: dt.datetime
) -> None:
    env = simcord.Env(simcord_bot)
    start_clock_at(env, start)
    await env.start()
    try:
        server = await seed(env)
        at = await schedule_first_post(server, env.now())
        [reply] = [m for m in server.general.history(viewer=server.owner) if "Next post" in (m.content or "")]
        shown = _times(reply.content)
        assert shown and all(t >= start + dt.timedelta(seconds=30) for t in shown), reply.content
        assert at in shown
        await env.advance_time((at - env.now()).total_seconds() - 1)
        assert not [m for m in server.general.history() if m.embeds]  # not before its time
        await env.advance_time(32)  # the daily poster looks every 30 seconds
        posts = [m for m in server.general.history() if m.embeds and m.embeds[0].title == "Quote of the day"]
        assert len(posts) == 1
        assert env.errors == []
    finally:
        await env.shutdown()


def test_the_first_post_is_the_first_whole_minute_half_a_minute_ahead() -> None:
    at = dt.datetime(2026, 12, 7, 14, 5, 29, tzinfo=dt.UTC)
    assert first_post(at) == (dt.datetime(2026, 12, 7, 14, 6, tzinfo=dt.UTC), "UTC")
    assert first_post(at + dt.timedelta(seconds=1)) == (dt.datetime(2026, 12, 7, 14, 6, tzinfo=dt.UTC), "UTC")
    assert first_post(at + dt.timedelta(seconds=2))[0] == dt.datetime(2026, 12, 7, 14, 7, tzinfo=dt.UTC)
    late = dt.datetime(2026, 12, 7, 23, 59, 40, tzinfo=dt.UTC)
    assert first_post(late) == (dt.datetime(2026, 12, 8, 0, 1, tzinfo=dt.UTC), "Atlantic/Cape_Verde")


async def test_the_page_opens_on_a_welcome_that_says_what_to_try(simcord_env: simcord.Env) -> None:
    server = await seed(simcord_env)
    at = await schedule_first_post(server, simcord_env.now())
    await welcome(simcord_env, server, at)
    *_, latest = server.general.history()
    assert latest.author.id == simcord_env.bot.user.id  # type: ignore[union-attr]
    assert latest.content.startswith("**Welcome to the I'm Here listening party!**")
    for command in ("`/help`", "`/track`", "`/trivia start`"):
        assert command in latest.content
    assert _times(latest.content) == [at]


def test_the_bot_is_named_before_it_logs_in(simcord_bot: discord.Client) -> None:
    env = simcord.Env(simcord_bot)
    name_the_bot(env)
    assert (env.backend.bot_user.name, env.backend.bot_user.global_name) == BOT_NAME
