"""/qotd through SimCord: set (times, zones, days, roles, threads, refusals), status, preview, off,
post and history, and the tick that posts when the time comes."""

from __future__ import annotations

import datetime as dt

import pytest
import simcord

from bot.domain.pack import Pack
from cogs.daily.sending import TICK_SECONDS
from tests.cogs.daily.conftest import (
    DAY,
    bot_messages,
    channel_denying,
    daily,
    daily_settings,
    first_post,
    label,
    post_on,
    set_qotd,
)
from tests.cogs.quotes.conftest import bare_keys, open_sources
from tests.conftest import Server
from tests.faults.inject import hangs
from tests.layouts import assert_valid_layout, text


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
    assert "every day at 09:00 UTC−5 (EST, no daylight saving).\n" in result.response.content
    assert (
        "EST is UTC−5 all year round. For the time in New York through the year, with daylight saving, "
        "use America/New_York."
    ) in result.response.content
    assert "Etc/GMT" not in result.response.content
    settings = await daily_settings(server).get(server.guild.id)
    assert settings is not None and settings.timezone == "Etc/GMT+5"
    [embed] = (await manager.slash(server.channel, "qotd status")).response.embeds
    assert "at 09:00 UTC−5 (no daylight saving)." in (embed.description or "")
    assert "Etc/GMT" not in (embed.description or "")


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
    locked = channel_denying(server, "locked", send_messages=False)
    result = await manager.slash(server.channel, "qotd set", channel=locked)
    assert result.ephemeral and "I need Send Messages" in result.response.content
    assert await daily_settings(server).get(server.guild.id) is None
    server.user_errors()


async def test_bad_days_are_refused_and_change_nothing(server: Server, manager: simcord.MemberActor) -> None:
    result = await set_qotd(server, manager, days="mon,funday")
    assert result.ephemeral and "not a day" in result.response.content
    server.user_errors()


async def test_a_thread_is_refused_without_the_permission(
    server: Server, manager: simcord.MemberActor
) -> None:
    quiet = channel_denying(server, "no-threads", create_public_threads=False)
    refused = await manager.slash(server.channel, "qotd set", channel=quiet, thread=True)
    assert refused.ephemeral and "Create Public Threads" in refused.response.content
    assert "leave `thread` off" in refused.response.content
    server.user_errors()
    # Without a thread, that channel is fine.
    accepted = await manager.slash(server.channel, "qotd set", channel=quiet, time="00:00")
    assert "posted in" in accepted.response.content


async def test_timezone_autocomplete(server: Server, manager: simcord.MemberActor) -> None:
    choices = await manager.autocomplete(
        server.channel, "qotd set", "timezone", "paris", channel=server.channel
    )
    assert choices[0] == {"name": "Europe/Paris", "value": "Europe/Paris"}


async def test_timezone_autocomplete_offers_an_abbreviation_and_its_zone_before_lookalikes(
    server: Server, manager: simcord.MemberActor
) -> None:
    choices = await manager.autocomplete(
        server.channel, "qotd set", "timezone", "EST", channel=server.channel
    )
    assert choices[:2] == [
        {"name": "EST (UTC−5 all year, no daylight saving)", "value": "EST"},
        {"name": "America/New_York", "value": "America/New_York"},
    ]
    values = [c["value"] for c in choices]
    assert not {"America/Creston", "Australia/West", "Brazil/West", "Europe/Bucharest"} & set(values)
    picked = await set_qotd(server, manager, timezone=choices[0]["value"])
    assert "UTC−5 (EST, no daylight saving)" in picked.response.content


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
    assert server.user_errors() == [result.response.content]  # a refusal, answered by the one path


async def test_status_shows_the_last_post(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    await daily(server).poster.post_due(server.env.now())
    [message] = bot_messages(server.channel)
    embed = (await manager.slash(server.channel, "qotd status")).response.embeds[0]
    last = next(f.value for f in embed.fields if f.name == "Last post")
    assert f"/{server.channel.id}/{message.id}" in last


async def test_preview_shows_privately_the_quote_that_is_posted_next(
    server: Server, manager: simcord.MemberActor, real_pack: Pack
) -> None:
    await set_qotd(server, manager, time="23:59", timezone="Pacific/Kiritimati")
    preview = await manager.slash(server.channel, "qotd preview")
    assert preview.ephemeral
    assert_valid_layout(preview.response)
    shown = text(preview.response)
    assert shown.startswith("## Next quote of the day (") and "Only you can see this preview" in shown
    assert bare_keys(shown, real_pack.sources) == [] and "¹" in shown
    today = await server.member.slash(server.channel, "quote today")
    quote = [line for line in text(today.response).splitlines() if line.startswith(("> ", "— "))]
    assert quote and all(line in shown.splitlines() for line in quote)
    # Its Sources, privately, as on every quote card.
    assert "¹ **" in await open_sources(manager, preview.response)


async def test_off_stops_the_post(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00")
    off = await manager.slash(server.channel, "qotd off")
    assert off.ephemeral and "off" in off.response.content
    assert await daily(server).poster.post_due(server.env.now()) == 0
    again = await manager.slash(server.channel, "qotd off")
    assert "already off" in again.response.content
    server.user_errors()


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
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    second = await post_on(server, now + DAY)
    result = await manager.slash(server.channel, "qotd history")
    assert result.ephemeral
    lines = (result.response.embeds[0].description or "").splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"`{(now + DAY).date().isoformat()}`") and "no answers yet" in lines[0]
    assert f"/{second.id})" in lines[0]
    assert lines[1].startswith(f"`{now.date().isoformat()}`") and "1 of 1 answer right (100%)" in lines[1]
    assert f"/{first.id})" in lines[1] and "“" in lines[1]


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


async def test_history_tells_nothing_right_or_wrong_before_the_reveal(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    before = await manager.slash(server.channel, "qotd history")
    [line] = (before.response.embeds[0].description or "").splitlines()
    assert "1 answer so far, the answer comes with the next post" in line
    assert "right" not in line and "%" not in line
    # The next post reveals it: now the history says how it went.
    await post_on(server, now + DAY)
    after = await manager.slash(server.channel, "qotd history")
    lines = (after.response.embeds[0].description or "").splitlines()
    assert "no answers yet" in lines[0] and "1 of 1 answer right (100%)" in lines[1]


async def test_post_now_while_the_post_is_on_its_way_waits_and_gives_its_link(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00")
    daily(server).poster.send_timeout = 600
    # The day's post is on its way (another /qotd post, or the tick) when a manager asks for it.
    hangs(server.env, "POST", f"/channels/{server.channel.id}/messages", seconds=60)
    await server.env.advance_time(TICK_SECONDS)
    assert bot_messages(server.channel) == []
    asked = await manager.slash(server.channel, "qotd post")
    assert asked.deferred and asked.ephemeral  # acknowledged at once, answered once the post is out
    await server.env.advance_time(TICK_SECONDS * 2)
    [message] = bot_messages(server.channel)
    assert asked.response is not None
    assert asked.response.content == f"Today's quote of the day already went out: {message.jump_url}"
    server.user_errors()
