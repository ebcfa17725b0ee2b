"""The daily post through SimCord: each due day claimed and posted once, on the days chosen, across
restarts and daylight saving, followed by its thread; its sources one tap away."""

from __future__ import annotations

import asyncio
import datetime as dt
import re

import discord
import simcord

from bot.domain.daily.schedule import DuePost
from bot.domain.pack import Pack
from bot.ui.cards import source_entry
from bot.ui.citations import marks, superscript
from tests.cogs.daily.conftest import (
    DAY,
    bot_messages,
    daily,
    daily_settings,
    field,
    next_weekday,
    post_on,
    posts,
    question_of,
    reveals,
    set_qotd,
)
from tests.cogs.quotes.conftest import bare_keys, open_sources, sources_label
from tests.conftest import Server, restart
from tests.layouts import request_errors


async def test_a_post_interrupted_before_sending_is_sent_once(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    repo = posts(server)
    # Claimed for posting, then the bot died before sending.
    await repo.choose_and_claim(
        [(server.guild.id, now.date(), server.channel.id)], "im-here", daily(server).rng, now=now
    )
    await restart(server.env)  # the new bot's first tick finds the day due and posts it
    await daily(server).poster.post_due(now + dt.timedelta(minutes=1))
    assert len(bot_messages(server.channel)) == 1
    assert (await posts(server).day(server.guild.id, now.date())).status == "posted"


async def test_only_the_chosen_weekdays_post_and_status_says_when(
    server: Server, manager: simcord.MemberActor
) -> None:
    result = await set_qotd(server, manager, time="00:00", days="mon,wed,fri")
    assert "on Monday, Wednesday and Friday" in result.response.content
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert "on Monday, Wednesday and Friday" in (status.description or "")
    # From the clock's own day, the next Monday, Wednesday or Friday (today, at once, if it is one).
    now = server.env.now()
    upcoming = max(now, min(next_weekday(now, weekday) for weekday in (0, 2, 4)).replace(minute=0))
    assert (field(status, "Next post") or "").startswith(f"<t:{int(upcoming.timestamp())}:F>")
    monday = next_weekday(server.env.now(), 0)
    poster = daily(server).poster
    assert await poster.post_due(monday - DAY) == 0  # a Sunday
    assert await poster.post_due(monday) == 1
    assert await poster.post_due(monday + DAY) == 0  # Tuesday
    assert await poster.post_due(monday + 2 * DAY) == 1


async def test_each_post_opens_a_thread_named_after_its_quote(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00", thread=True)
    message = await post_on(server, server.env.now())
    [thread] = server.channel.threads
    quote = (message.embeds[0].description or "").splitlines()[0].removeprefix("> ")
    assert thread.name[:30] == quote.strip('“”"')[:30]


async def test_a_refused_thread_shows_in_status_until_a_thread_opens_again(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00", thread=True)
    # Create Public Threads taken away after /qotd set: Discord refuses each day's thread.
    threads = f"/channels/{server.channel.id}/messages/*/threads"
    server.env.inject_error("POST", threads, status=403, code=50013, message="Missing Permissions", times=2)
    now = server.env.now()
    for days in (0, 1):
        await post_on(server, now + days * DAY)
    assert server.channel.threads == []
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert field(status, "Each post") == "With a trivia question and a thread (refused: see below)"
    refused = field(status, "Thread refused") or ""
    assert refused.startswith(f"{(now + DAY).date().isoformat()}: I'm not allowed to open a thread in <#")
    assert "Create Public Threads" in refused and "thread:False" in refused
    # Allowed again: the next post opens its thread, and status says nothing more of it.
    await post_on(server, now + 2 * DAY)
    assert len(server.channel.threads) == 1
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert field(status, "Each post") == "With a trivia question and a thread"
    assert field(status, "Thread refused") is None
    assert not server.user_errors()


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
    assert "March 28, 2026" in (reveal.title or "")  # en-US writes the month first
    assert await poster.post_due(sunday + dt.timedelta(hours=1)) == 0
    assert await poster.post_due(sunday + dt.timedelta(hours=16)) == 0  # 00:00 CEST on Monday: not yet
    assert len(bot_messages(server.channel)) == 2


def embed_text(message: discord.Message) -> str:
    return "\n".join(str(e.to_dict()) for e in message.embeds)


async def test_the_posts_sources_answer_privately_numbered_as_its_quote_and_reveal_mark_them(
    server: Server, manager: simcord.MemberActor, real_pack: Pack
) -> None:
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    first = await post_on(server, now)
    quote = first.embeds[0].description or ""
    publication = re.search(r"— \*\*(.+?)\*\*¹", quote)
    assert publication is not None, quote  # the quote attributed by its publication, its source ¹
    panel = await open_sources(server.member, first)
    assert panel.splitlines()[:2] == ["### Sources", "-# Quote of the day"]
    assert f"¹ **{publication[1]}** · *[" in panel and "](https://" in panel  # title, linked
    assert bare_keys(embed_text(first) + panel, real_pack.sources) == []

    # The day after: the reveal's explanation carries the marks of its sources, numbered after the
    # quote's, and the post's Sources lists them all in that order.
    asked = await question_of(server, now)
    second = await post_on(server, now + DAY)
    [reveal] = reveals(second)
    panel = await open_sources(server.member, second)
    listed = re.findall(r"^(\S+) \*\*(.+?)\*\*", panel, re.MULTILINE)
    assert [mark for mark, _ in listed] == [superscript(n) for n in range(1, len(listed) + 1)]
    sources = {s.key: s for s in real_pack.sources}
    # Each source by its whole entry, not its publication: two Wikipedia pages are two sources.
    numbers = {
        k: next(n for n in range(1, len(listed) + 1) if source_entry(n, sources[k]) in panel)
        for k in asked.sources
    }
    expected = marks(numbers[k] for k in asked.sources)
    assert (field(reveal, "Why") or "").endswith(expected)
    assert field(reveal, "Source") is None  # no list of keys: the marks and the button
    assert listed[0][1] == re.findall(r"— \*\*(.+?)\*\*¹", second.embeds[0].description or "")[0]
    assert sources_label(second) == f"Sources ({len(listed)})"
    assert bare_keys(embed_text(second) + panel, real_pack.sources) == []

    # Each post (and the edit closing the first) sent components Discord's OpenAPI description accepts.
    sent = [
        r.json for r in server.env.http_requests if r.method in ("POST", "PATCH") and "/messages" in r.path
    ]
    assert len(sent) == 3 and all(not request_errors(body["components"], 0) for body in sent)

    # Both posts' buttons answer after a restart, from what their custom_id names.
    await restart(server.env)
    assert await open_sources(server.member, second) == panel
    assert "¹ **" in await open_sources(server.member, first)


async def test_a_zone_where_it_is_still_yesterday_never_posts_yesterday(
    server: Server, manager: simcord.MemberActor
) -> None:
    # Posted at midnight UTC; then a manager moves the post to Los Angeles, where it is still the day
    # before (16:00, past its post time). That day is never posted: the next post is the next date's.
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    first = await post_on(server, now)
    moved = await set_qotd(server, manager, time="00:00", timezone="Los Angeles")
    next_one = dt.datetime.combine(now.date() + DAY, dt.time(8), tzinfo=dt.UTC)  # 00:00 in Los Angeles
    assert f"Next post: <t:{int(next_one.timestamp())}>" in moved.response.content
    poster = daily(server).poster
    assert await poster.post_due(server.env.now()) == 0
    assert await poster.post_due(next_one - dt.timedelta(minutes=1)) == 0
    assert bot_messages(server.channel) == [first]
    assert await posts(server).day(server.guild.id, now.date() - DAY) is None
    second = await post_on(server, next_one)
    assert (await posts(server).day(server.guild.id, now.date() + DAY)).message_id == second.id
    # One question open at a time: the second post revealed the first's answer.
    assert len(reveals(second)) == 1
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert f"/{second.id})" in (field(status, "Last post") or "")
    history = (await manager.slash(server.channel, "qotd history")).response.embeds[0]
    dates = re.findall(r"^`(\d{4}-\d\d-\d\d)`", history.description or "", re.MULTILINE)
    assert dates == [(now.date() + DAY).isoformat(), now.date().isoformat()]


async def test_a_zone_ahead_never_brings_the_next_post_within_20_hours(
    server: Server, manager: simcord.MemberActor
) -> None:
    # Posted at midnight UTC; on Kiritimati (UTC+14) the next midnight is ten hours later: the next
    # post waits until 20 hours after the last, and the reply says so.
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    first = await post_on(server, now)
    moved = await set_qotd(server, manager, time="00:00", timezone="Pacific/Kiritimati")
    next_one = now + dt.timedelta(hours=20)
    assert f"Next post: <t:{int(next_one.timestamp())}>" in moved.response.content
    assert "20 hours after the last post" in moved.response.content
    poster = daily(server).poster
    assert await poster.post_due(now + dt.timedelta(hours=10)) == 0
    assert await poster.post_due(next_one - dt.timedelta(minutes=1)) == 0
    assert bot_messages(server.channel) == [first]
    second = await post_on(server, next_one)
    assert (await posts(server).day(server.guild.id, now.date() + DAY)).message_id == second.id


async def test_post_now_refuses_a_date_before_the_latest_post(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    first = await post_on(server, server.env.now())
    await set_qotd(server, manager, time="00:00", timezone="Los Angeles")
    refused = await manager.slash(server.channel, "qotd post")
    assert refused.ephemeral and "the latest post is dated" in refused.response.content
    assert "The next one comes <t:" in refused.response.content
    assert bot_messages(server.channel) == [first]
    server.user_errors()


async def test_two_attempts_at_one_day_at_once_post_once_and_the_second_waits_for_it(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.schedule is not None
    now = server.env.now()
    poster = daily(server).poster
    due = [DuePost(settings.schedule, now.date())]
    first, second = await asyncio.gather(poster.post(due, now, wait=True), poster.post(due, now, wait=True))
    assert (first, second) == (1, 0)
    assert len(bot_messages(server.channel)) == 1
    day = await posts(server).day(server.guild.id, now.date())
    assert day is not None and day.status == "posted"
