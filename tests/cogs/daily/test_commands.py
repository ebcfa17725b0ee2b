"""/qotd post, /qotd history, the days a server posts on, threads, and daylight saving, through SimCord."""

from __future__ import annotations

import datetime as dt

import discord
import pytest
import simcord

from bot.domain.trivia.questions import Question
from tests.cogs.daily.test_poster import bot_messages, daily, set_qotd
from tests.cogs.daily.test_question import label, post_on, question_of, reveals, wrong
from tests.conftest import Server

DAY = dt.timedelta(days=1)


@pytest.fixture
def manager(server: Server) -> simcord.MemberActor:
    managers = server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    return server.guild.add_member(server.env.create_user("manager"), roles=[managers])


def next_weekday(after: dt.datetime, weekday: int) -> dt.datetime:
    """The first instant, on or after ``after``, at midnight UTC of the given weekday (0 = Monday)."""
    day = after.date()
    while day.weekday() != weekday:
        day += DAY
    return dt.datetime.combine(day, dt.time(0, 1), tzinfo=dt.UTC)


def field(embed: discord.Embed, name: str) -> str | None:
    return next((f.value for f in embed.fields if f.name == name), None)


async def test_post_now_then_the_scheduled_time_posts_once(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="23:00")
    posted = await manager.slash(server.channel, "qotd post")
    assert posted.ephemeral
    [message] = bot_messages(server.channel)
    assert f"/{server.channel.id}/{message.id}" in posted.response.content
    # The scheduled time comes: the day is done.
    assert await daily(server).poster.post_due(server.env.now().replace(hour=23, minute=30)) == 0
    again = await manager.slash(server.channel, "qotd post")
    assert again.ephemeral and "already out" in again.response.content
    assert f"/{server.channel.id}/{message.id}" in again.response.content
    assert len(bot_messages(server.channel)) == 1
    server.user_errors()


async def test_post_now_needs_the_daily_post_on(server: Server, manager: simcord.MemberActor) -> None:
    result = await manager.slash(server.channel, "qotd post")
    assert result.ephemeral and "off" in result.response.content
    assert bot_messages(server.channel) == []
    server.user_errors()


async def test_history_lists_posts_with_answer_rates_and_links(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    first = await post_on(server, now)
    question = await question_of(server, now)
    await server.member.click(first, label=label(question, question.answer))
    second = await post_on(server, now + DAY)
    result = await manager.slash(server.channel, "qotd history")
    assert result.ephemeral
    lines = (result.response.embeds[0].description or "").splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"`{(now + DAY).date().isoformat()}`") and "no answers" in lines[0]
    assert f"/{second.id})" in lines[0]
    assert lines[1].startswith(f"`{now.date().isoformat()}`") and "1 of 1 answer right (100%)" in lines[1]
    assert f"/{first.id})" in lines[1] and "“" in lines[1]


async def test_only_the_chosen_weekdays_post_and_status_says_when(
    server: Server, manager: simcord.MemberActor
) -> None:
    result = await set_qotd(server, manager, time="00:00", days="mon,wed,fri")
    assert "on Monday, Wednesday and Friday" in result.response.content
    monday = next_weekday(server.env.now(), 0)
    poster = daily(server).poster
    assert await poster.post_due(monday - DAY) == 0  # a Sunday
    assert await poster.post_due(monday) == 1
    assert await poster.post_due(monday + DAY) == 0  # Tuesday
    assert await poster.post_due(monday + 2 * DAY) == 1
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert "on Monday, Wednesday and Friday" in (status.description or "")
    # From the clock's own day, the next Monday, Wednesday or Friday (today's, if it is one, was posted).
    now = server.env.now()
    upcoming = min(next_weekday(now + DAY, weekday) for weekday in (0, 2, 4)).replace(minute=0)
    assert (field(status, "Next post") or "").startswith(f"<t:{int(upcoming.timestamp())}:F>")


async def test_bad_days_are_refused_and_change_nothing(server: Server, manager: simcord.MemberActor) -> None:
    result = await set_qotd(server, manager, days="mon,funday")
    assert result.ephemeral and "not a day" in result.response.content
    server.user_errors()


async def test_a_streak_runs_across_skipped_weekdays_and_shows_in_stats_and_reveals(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00", days="mon,wed,fri")
    before = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(before, "Question of the day") is None  # nothing to show before a right answer
    monday = next_weekday(server.env.now(), 0)
    days = [monday, monday + 2 * DAY, monday + 4 * DAY, monday + 7 * DAY]
    for when in days[:3]:
        message = await post_on(server, when)
        question: Question = await question_of(server, when)
        await server.member.click(message, label=label(question, question.answer))
    last = await post_on(server, days[3])  # reveals Friday's: Monday, Wednesday, Friday right
    [reveal] = reveals(last)
    assert field(reveal, "Longest running streaks") == "sheldon: 3 days"
    assert "<@" not in str(reveal.to_dict())  # named, never pinged
    stats = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(stats, "Question of the day") == "Daily streak: 3 days now, best 3 days"
    # A wrong answer breaks it; the best stays.
    question = await question_of(server, days[3])
    await server.member.click(last, label=label(question, wrong(question)))
    await post_on(server, days[3] + 2 * DAY)
    stats = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(stats, "Question of the day") == "Daily streak: 0 days now, best 3 days"


async def test_a_thread_is_refused_without_the_permission(
    server: Server, manager: simcord.MemberActor
) -> None:
    me = server.guild.me
    assert me is not None
    quiet = server.guild.create_text_channel(
        "no-threads", overwrites={me: discord.PermissionOverwrite(create_public_threads=False)}
    )
    refused = await manager.slash(server.channel, "qotd set", channel=quiet, thread=True)
    assert refused.ephemeral and "Create Public Threads" in refused.response.content
    assert "leave `thread` off" in refused.response.content
    server.user_errors()
    # Without a thread, that channel is fine.
    accepted = await manager.slash(server.channel, "qotd set", channel=quiet, time="00:00")
    assert "posted in" in accepted.response.content


async def test_each_post_opens_a_thread_named_after_its_quote(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00", thread=True)
    message = await post_on(server, server.env.now())
    [thread] = server.channel.threads
    quote = (message.embeds[0].description or "").splitlines()[0].removeprefix("> ")
    assert thread.name[:30] == quote.strip('“”"')[:30]


async def test_a_daylight_saving_change_neither_skips_nor_repeats_the_post_or_reveal(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="09:00", timezone="Europe/Paris")
    poster = daily(server).poster
    saturday = dt.datetime(2026, 3, 28, 8, 0, tzinfo=dt.UTC)  # 09:00 CET
    await post_on(server, saturday)
    sunday = dt.datetime(2026, 3, 29, 7, 0, tzinfo=dt.UTC)  # 09:00 CEST, an hour earlier in UTC
    assert await poster.post_due(sunday - dt.timedelta(minutes=1)) == 0
    message = await post_on(server, sunday)
    [reveal] = reveals(message)
    assert "28 March 2026" in (reveal.title or "")
    assert await poster.post_due(sunday + dt.timedelta(hours=1)) == 0
    assert await poster.post_due(sunday + dt.timedelta(hours=16)) == 0  # 00:00 CEST on Monday: not yet
    assert len(bot_messages(server.channel)) == 2
