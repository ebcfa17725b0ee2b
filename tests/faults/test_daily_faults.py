"""The daily post under faults (issue 14): rate limits, Discord's 5xx (also after storing the post),
servers streaming back after a reconnect, a send that hangs, and a role nobody may ping. Every
server's post goes out exactly once that day once the fault clears, and only the server's own
trouble counts toward pausing it."""

from __future__ import annotations

import datetime as dt

import discord
import simcord
from simcord.backend import serializers

from cogs.daily.sending import TICK_SECONDS
from tests.cogs.daily.conftest import bot_messages, daily, daily_settings, post_requests, posts, set_qotd
from tests.conftest import Server
from tests.faults.inject import hangs, stored_then_failed


def field(embed: discord.Embed, name: str) -> str | None:
    return next((f.value for f in embed.fields if f.name == name), None)


async def test_rate_limits_postpone_the_post_but_never_count_as_failures(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    server.env.inject_error("POST", f"/channels/{server.channel.id}/messages", status=429, times=6)
    for _ in range(6):
        await server.env.advance_time(TICK_SECONDS)  # a tick a try, each refused
    assert bot_messages(server.channel) == []
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.failures == 0 and settings.last_failure is None
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert field(status, "Not posted") is None and field(status, "Last failure") is None
    await server.env.advance_time(TICK_SECONDS)  # the limit has passed: posted, once
    assert len(bot_messages(server.channel)) == 1
    await server.env.advance_time(TICK_SECONDS * 4)
    assert len(bot_messages(server.channel)) == 1


async def test_a_day_discord_refused_throughout_shows_in_status_once_it_is_over(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    daily(server).tick.cancel()  # this test moves the clock a whole day: it posts by hand
    server.env.inject_error("POST", f"/channels/{server.channel.id}/messages", status=503, times=None)
    poster = daily(server).poster
    start = server.env.now()
    for minutes in (0, 30, 600):
        assert await poster.post_due(start + dt.timedelta(minutes=minutes)) == 0
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    assert field(status, "Not posted") is None  # the day is not over: still trying
    await server.env.advance_time(24 * 3600)
    status = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    missed = field(status, "Not posted")
    assert missed is not None and start.date().isoformat() in missed and "server error (503)" in missed
    assert field(status, "Paused") is None
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.failures == 0


async def test_a_post_discord_stored_but_answered_502_is_not_sent_again(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    stored_then_failed(server.env, "POST", f"/channels/{server.channel.id}/messages", status=502)
    await server.env.advance_time(TICK_SECONDS)  # sent; Discord kept it but answered 502
    [message] = bot_messages(server.channel)
    await server.env.advance_time(TICK_SECONDS * 3)  # the next tick looks before it sends
    assert [m.id for m in bot_messages(server.channel)] == [message.id]
    last = await posts(server).last_posted(server.guild.id)
    assert last is not None and last.message_id == message.id
    # Every attempt carries the day's nonce, so Discord itself refuses a duplicate.
    [request] = post_requests(server)
    assert request.json["nonce"] and request.json["enforce_nonce"] is True


async def test_servers_still_arriving_after_a_reconnect_are_tried_again_not_failed(
    server: Server, manager: simcord.MemberActor
) -> None:
    env = server.env
    await set_qotd(server, manager, time="00:00")
    daily(server).tick.cancel()
    # The gateway invalidated the session: the bot identifies again, and Discord streams the
    # servers back, unavailable at first.
    env.backend.emit(
        "READY",
        {
            "v": 10,
            "user": dict(serializers.user_payload(env.backend.bot_user)),
            "guilds": [{"id": str(server.guild.id), "unavailable": True}],
            "session_id": "simcord-session-again",
            "resume_gateway_url": "wss://simcord.invalid",
            "shard": [0, 1],  # the bot identifies as a sharded client
            "application": {"id": str(env.bot.application_id), "flags": 0},
        },
    )
    await env.settle()
    guild = env.bot.get_guild(server.guild.id)
    assert guild is None or guild.unavailable
    poster = daily(server).poster
    assert await poster.post_due(env.now()) == 0
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.failures == 0 and settings.last_failure is None
    # The server arrives: the next tick posts.
    env.backend.emit(
        "GUILD_CREATE", serializers.guild_create_payload(env.backend, env.backend.guilds[server.guild.id])
    )
    await env.settle()
    assert await poster.post_due(env.now() + dt.timedelta(seconds=TICK_SECONDS)) == 1
    assert len(bot_messages(server.channel)) == 1


async def test_one_hung_send_does_not_hold_up_the_other_servers(
    server: Server, manager: simcord.MemberActor
) -> None:
    env = server.env
    repo = daily_settings(server)
    others = [env.create_guild(f"other-{i}") for i in range(3)]
    channels = [g.create_text_channel("quotes") for g in others]
    for guild, channel in zip(others, channels, strict=True):
        await repo.save(
            guild.id, channel_id=channel.id, post_time=dt.time(0), timezone="UTC", role_id=None, now=env.now()
        )
    await set_qotd(server, manager, time="00:00")
    daily(server).poster.send_timeout = 10
    hangs(env, "POST", f"/channels/{server.channel.id}/messages", seconds=90)
    await env.advance_time(TICK_SECONDS)
    assert all(len(bot_messages(c)) == 1 for c in channels)  # not kept waiting by the hung one
    assert bot_messages(server.channel) == []
    await env.advance_time(TICK_SECONDS * 2)  # gave up on the hung send; tried again, once
    assert len(bot_messages(server.channel)) == 1
    settings = await repo.get(server.guild.id)
    assert settings is not None and settings.failures == 0


async def test_a_role_the_manager_could_not_ping_is_refused(
    server: Server, manager: simcord.MemberActor
) -> None:
    quiet = server.guild.create_role("Quiet", mentionable=False)
    refused = await set_qotd(server, manager, time="00:00", role=quiet)
    assert refused.ephemeral and "isn't mentionable" in refused.response.content
    assert "Mention Everyone" in refused.response.content
    assert await daily_settings(server).get(server.guild.id) is None
    server.user_errors()
    # Someone who may mention any role may choose it.
    pingers = server.guild.create_role(
        "Pingers", permissions=discord.Permissions(manage_guild=True, mention_everyone=True)
    )
    admin = server.guild.add_member(server.env.create_user("admin"), roles=[pingers])
    accepted = await set_qotd(server, admin, time="00:00", role=quiet)
    assert f"Each post pings <@&{quiet.id}>" in accepted.response.content
