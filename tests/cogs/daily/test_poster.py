"""The daily post through SimCord: each due day claimed and posted once, on the days chosen, across
restarts and daylight saving, followed by its thread."""

from __future__ import annotations

import datetime as dt

import simcord

from tests.cogs.daily.conftest import (
    DAY,
    bot_messages,
    daily,
    field,
    next_weekday,
    post_on,
    posts,
    reveals,
    set_qotd,
)
from tests.conftest import Server, restart


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
