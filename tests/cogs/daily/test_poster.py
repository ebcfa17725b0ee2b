"""/qotd and the daily post through SimCord: settings, refusals, posting, failures and restarts."""

from __future__ import annotations

import datetime as dt

import discord
import pytest
import simcord

from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from cogs.daily.commands import DailyQuoteCog
from tests.conftest import Server, restart


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


def bot_messages(channel: simcord.ChannelHandle) -> list[discord.Message]:
    return [m for m in channel.history() if m.author.bot]


def post_requests(server: Server) -> list:
    return [r for r in server.env.http_requests if r.method == "POST" and r.path.endswith("/messages")]


async def set_qotd(
    server: Server, manager: simcord.MemberActor, **options: object
) -> simcord.InteractionResult:
    return await manager.slash(server.channel, "qotd set", channel=server.channel, **options)


async def test_set_then_status(server: Server, manager: simcord.MemberActor) -> None:
    result = await set_qotd(server, manager, time="18:30", timezone="europe/paris")
    assert result.ephemeral
    assert f"<#{server.channel.id}> every day at 18:30 (Europe/Paris)" in result.response.content
    assert "Next post: <t:" in result.response.content
    status = await manager.slash(server.channel, "qotd status")
    assert status.ephemeral
    [embed] = status.response.embeds
    assert f"<#{server.channel.id}>" in embed.description and "18:30 (Europe/Paris)" in embed.description
    assert next(f.value for f in embed.fields if f.name == "Next post").startswith("<t:")


@pytest.mark.parametrize(
    ("time", "timezone", "said"),
    [
        ("9", "Paris", "every day at 09:00 (Europe/Paris).\n“Paris” read as Europe/Paris."),
        (
            "9:30 pm",
            "new york",
            "every day at 21:30 (America/New_York).\n“new york” read as America/New_York.",
        ),
        ("9AM", "Tokyo", "every day at 09:00 (Asia/Tokyo).\n“Tokyo” read as Asia/Tokyo."),
        ("21:30", "Japan", "every day at 21:30 (Asia/Tokyo).\n“Japan” read as Asia/Tokyo."),
    ],
)
async def test_times_and_places_as_people_type_them(
    server: Server, manager: simcord.MemberActor, time: str, timezone: str, said: str
) -> None:
    result = await set_qotd(server, manager, time=time, timezone=timezone)
    assert said in result.response.content
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.timezone in said


async def test_a_fixed_abbreviation_is_kept_with_a_note_naming_the_zone_with_daylight_saving(
    server: Server, manager: simcord.MemberActor
) -> None:
    result = await set_qotd(server, manager, time="9am", timezone="EST")
    assert "every day at 09:00 (Etc/GMT+5)" in result.response.content
    assert (
        "EST is UTC−5 all year round: it doesn't follow daylight saving. For the time in New York through "
        "the year, use America/New_York."
    ) in result.response.content
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.timezone == "Etc/GMT+5"


async def test_defaults_are_nine_utc(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager)
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None
    assert (settings.post_time, settings.timezone, settings.role_id) == (dt.time(9), "UTC", None)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time": "25:00"}, "isn't a time I can read. Try 9, 9am, 9:30 pm or 21:30."),
        ({"time": "13pm"}, "isn't a time I can read"),
        ({"timezone": "Mars/Olympus"}, "isn't a time zone or a place I know"),
        ({"timezone": "United States"}, "has several time zones"),
    ],
)
async def test_bad_time_or_zone_is_refused_and_changes_nothing(
    server: Server, manager: simcord.MemberActor, options: dict, message: str
) -> None:
    result = await set_qotd(server, manager, **options)
    assert result.ephemeral
    assert message in result.response.content
    assert await daily_settings(server).get(server.guild.id) is None
    server.user_errors()


async def test_everyone_role_is_refused(server: Server, manager: simcord.MemberActor) -> None:
    result = await set_qotd(server, manager, role=server.guild.default_role)
    assert result.ephemeral and "@everyone isn't allowed" in result.response.content
    server.user_errors()


async def test_a_channel_the_bot_cannot_post_in_is_refused(
    server: Server, manager: simcord.MemberActor
) -> None:
    me = server.guild.me
    assert me is not None
    locked = server.guild.create_text_channel(
        "locked", overwrites={me: discord.PermissionOverwrite(send_messages=False)}
    )
    result = await manager.slash(server.channel, "qotd set", channel=locked)
    assert result.ephemeral and "I need Send Messages" in result.response.content
    assert await daily_settings(server).get(server.guild.id) is None
    server.user_errors()


async def test_timezone_autocomplete(server: Server, manager: simcord.MemberActor) -> None:
    choices = await manager.autocomplete(
        server.channel, "qotd set", "timezone", "paris", channel=server.channel
    )
    assert choices[0] == {"name": "Europe/Paris", "value": "Europe/Paris"}


async def test_qotd_is_hidden_from_members_and_refused_if_shown(server: Server) -> None:
    assert not any(c.startswith("qotd") for c in server.member.available_commands(server.channel))
    with pytest.raises(simcord.SetupError, match="not visible"):
        await server.member.slash(server.channel, "qotd status")
    # A server can override who sees the command; the command still checks who runs it.
    [command] = [c for c in await server.env.bot.tree.fetch_commands() if c.name == "qotd"]
    server.guild.set_command_permissions(command, {server.member: True})
    result = await server.member.slash(server.channel, "qotd off")
    assert result.ephemeral
    assert "Manage Server permission" in result.response.content
    assert [type(e).__name__ for e in server.env.errors] == ["MissingPermissions"]


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

    # /quote today shows the quote the channel got.
    today = await server.member.slash(server.channel, "quote today")
    assert today.response.embeds[0].description == message.embeds[0].description


async def test_without_a_role_the_post_pings_nobody(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    await daily(server).poster.post_due(server.env.now())
    [message] = bot_messages(server.channel)
    assert message.content == ""
    assert post_requests(server)[0].json["allowed_mentions"] == {"parse": []}


async def test_status_shows_the_last_post(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    await daily(server).poster.post_due(server.env.now())
    [message] = bot_messages(server.channel)
    embed = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    last = next(f.value for f in embed.fields if f.name == "Last post")
    assert f"/{server.channel.id}/{message.id}" in last


async def test_preview_shows_privately_the_quote_that_is_posted_next(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="23:59", timezone="Pacific/Kiritimati")
    preview = await manager.slash(server.channel, "qotd preview")
    assert preview.ephemeral
    shown = preview.response.embeds[0].description
    today = await server.member.slash(server.channel, "quote today")
    assert today.response.embeds[0].description == shown


async def test_a_failed_post_is_recorded_retried_next_day_then_paused(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    me = server.guild.me
    assert me is not None
    locked = server.guild.create_text_channel(
        "locked", overwrites={me: discord.PermissionOverwrite(send_messages=False)}
    )
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


async def test_off_stops_the_post(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    off = await manager.slash(server.channel, "qotd off")
    assert off.ephemeral and "off" in off.response.content
    assert await daily(server).poster.post_due(server.env.now()) == 0
    again = await manager.slash(server.channel, "qotd off")
    assert "already off" in again.response.content
    server.user_errors()


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


async def test_the_running_bot_posts_when_the_time_comes(
    server: Server, manager: simcord.MemberActor
) -> None:
    soon = server.env.now() + dt.timedelta(minutes=2)
    if soon.date() != server.env.now().date():
        pytest.skip("the simulated clock is too close to midnight")
    await set_qotd(server, manager, time=soon.strftime("%H:%M"))
    assert bot_messages(server.channel) == []
    await server.env.advance_time(60)
    assert bot_messages(server.channel) == []
    await server.env.advance_time(150)
    assert len(bot_messages(server.channel)) == 1
    await server.env.advance_time(600)
    assert len(bot_messages(server.channel)) == 1
