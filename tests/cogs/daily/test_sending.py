"""Sending a daily post, through SimCord: the one ping it carries, a refusal that fails the day (and
enough of them pause the post), and a post found after a crash instead of sent again; the day's
nonce; and the deadline of a send."""

from __future__ import annotations

import asyncio
import datetime as dt

import discord
import simcord

from cogs.daily.sending import SendDeadlines, post_nonce
from tests.cogs.daily.conftest import (
    DAY,
    bot_messages,
    channel_denying,
    daily,
    daily_settings,
    first_post,
    label,
    post_on,
    post_requests,
    posts,
    set_qotd,
)
from tests.cogs.quotes.conftest import open_sources
from tests.conftest import Server, restart
from tests.layouts import text


async def test_the_post_lands_once_with_only_the_chosen_role_pinged(
    server: Server, manager: simcord.MemberActor
) -> None:
    fans = server.guild.create_role("Fans", mentionable=True)
    now = server.env.now()
    await set_qotd(server, manager, time="00:00", role=fans)
    assert await daily(server).poster.post_due(server.env.now()) == 1
    [message] = bot_messages(server.channel)
    assert message.content == f"<@&{fans.id}>"
    assert message.embeds[0].footer.text == f"Quote of the day · {now.date().isoformat()}"
    [request] = post_requests(server)
    assert request.json["allowed_mentions"]["parse"] == []
    assert request.json["allowed_mentions"]["roles"] == [fans.id]

    # Later the same day, and after a restart: nothing more.
    assert await daily(server).poster.post_due(server.env.now() + dt.timedelta(hours=1)) == 0
    await restart(server.env)
    assert await daily(server).poster.post_due(server.env.now() + dt.timedelta(hours=2)) == 0
    assert len(bot_messages(server.channel)) == 1

    # /quote today shows the quote the channel got, attributed the same way.
    today = await server.member.slash(server.channel, "quote today")
    assert (message.embeds[0].description or "") in text(today.response)


async def test_without_a_role_the_post_pings_nobody(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    await daily(server).poster.post_due(server.env.now())
    [message] = bot_messages(server.channel)
    assert message.content == ""
    assert post_requests(server)[0].json["allowed_mentions"] == {"parse": []}


async def test_a_failed_post_is_recorded_retried_next_day_then_paused(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    locked = channel_denying(server, "locked", send_messages=False)
    repo = daily_settings(server)
    settings = await repo.get(server.guild.id)
    assert settings is not None
    # Permission taken away after /qotd set: point the settings at the locked channel.
    await repo.save(
        server.guild.id,
        channel_id=locked.id,
        post_time=dt.time(0),
        timezone="UTC",
        role_id=None,
        now=server.env.now(),
    )
    poster = daily(server).poster
    now = server.env.now()
    assert await poster.post_due(now) == 0
    assert await poster.post_due(now + dt.timedelta(minutes=5)) == 0  # not retried the same day
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    failure = next(f.value for f in status.fields if f.name == "Last failure")
    assert f"I'm not allowed to post in <#{locked.id}>" in failure
    for days in (1, 2):
        assert await poster.post_due(now + dt.timedelta(days=days)) == 0
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    paused = next(f.value for f in status.fields if f.name == "Paused")
    assert "/qotd set" in paused
    assert await poster.post_due(now + dt.timedelta(days=3)) == 0
    assert bot_messages(locked) == []
    # Resuming: a manager sets a channel that works again.
    await set_qotd(server, manager, time="00:00")
    assert await poster.post_due(now + dt.timedelta(days=4)) == 1


async def test_a_deleted_channel_is_a_recorded_failure(server: Server, manager: simcord.MemberActor) -> None:
    await daily_settings(server).save(
        server.guild.id,
        channel_id=4242,
        post_time=dt.time(0),
        timezone="UTC",
        role_id=None,
        now=server.env.now(),
    )
    assert await daily(server).poster.post_due(server.env.now()) == 0
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.failures == 1
    assert "deleted" in (settings.last_failure or "")


async def test_a_post_interrupted_after_sending_is_not_sent_again(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    now = server.env.now()
    await daily(server).poster.post_due(now)
    [message] = bot_messages(server.channel)
    # As if the bot was killed after Discord took the message but before it was recorded.
    async with server.env.bot.db.transaction() as tx:
        await tx.execute("UPDATE qotd_day SET status = 'sending', message_id = NULL, posted_at = NULL")
    await restart(server.env)
    assert await daily(server).poster.post_due(now + dt.timedelta(minutes=1)) == 0
    assert [m.id for m in bot_messages(server.channel)] == [message.id]
    last = await posts(server).last_posted(server.guild.id)
    assert last is not None and last.message_id == message.id


def test_every_attempt_at_a_days_post_carries_the_same_short_nonce() -> None:
    day = dt.date(2026, 6, 1)
    nonce = post_nonce(1234, day)
    assert nonce == post_nonce(1234, day) and len(nonce) <= 25  # Discord's limit
    assert nonce.isdigit()
    assert len({nonce, post_nonce(1234, day + DAY), post_nonce(1235, day)}) == 3


async def test_a_send_past_its_deadline_times_out_without_holding_up_the_others() -> None:
    async def send(seconds: float) -> str:
        async with deadlines.bounded():
            await asyncio.sleep(seconds)
        return "sent"

    with SendDeadlines(0.3) as deadlines:
        hung, quick = await asyncio.gather(send(60), send(0.01), return_exceptions=True)
    assert isinstance(hung, TimeoutError) and quick == "sent"


def as_posted_before_sources_buttons(server: Server, message: discord.Message) -> None:
    """Make a post look as the bot posted it before posts had a Sources button: the quote linked in
    its embed, the answer buttons alone."""
    old = message.embeds[0].to_dict()
    old["description"] = "> A quote.\n— **Prefix Magazine** · [read the review](https://prefixmag.com/r/1)"
    answers = [
        {"type": 2, "style": 1, "label": b.label, "custom_id": b.custom_id}
        for row in message.components
        for b in row.children
        if (b.custom_id or "").startswith("qotd:")
    ]
    server.env.backend.edit_message(
        server.channel.id,
        message.id,
        {
            "embeds": [old, *(e.to_dict() for e in message.embeds[1:])],
            "components": [{"type": 1, "components": answers}],
        },
    )


async def test_a_post_from_before_sources_buttons_is_found_after_a_crash_and_its_answers_work(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    as_posted_before_sources_buttons(server, first)
    # The older bot was killed after Discord took the post but before it was recorded.
    async with server.env.bot.db.transaction() as tx:
        await tx.execute("UPDATE qotd_day SET status = 'sending', message_id = NULL, posted_at = NULL")
    await restart(server.env)
    assert await daily(server).poster.post_due(now + dt.timedelta(minutes=1)) == 0  # found by its footer
    [old] = bot_messages(server.channel)
    assert old.id == first.id and "read the review" in (old.embeds[0].description or "")
    clicked = await server.member.click(old, label=label(question, question.answer))
    assert clicked.ephemeral and "Locked in" in clicked.response.content

    # The next post reveals its answer and closes it: its buttons off, and a Sources button now.
    await post_on(server, now + DAY)
    closed = next(m for m in bot_messages(server.channel) if m.id == first.id)
    buttons = [b for row in closed.components for b in row.children]
    assert all(b.disabled for b in buttons if (b.custom_id or "").startswith("qotd:"))
    assert "¹" in await open_sources(server.member, closed)
