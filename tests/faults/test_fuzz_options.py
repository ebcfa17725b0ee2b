"""Every command option fed by hypothesis through SimCord: no unhandled error, every reply within
Discord's limits, and no reply able to ping anyone."""

from __future__ import annotations

from typing import Any

import discord
import pytest
import simcord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Server, assert_within_discord_limits

NASTY = [
    "",
    " ",
    "x" * 6000,
    "@everyone",
    "@here look",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "<@!123456789012345678> hi",
    "**bold** __under__ ~~strike~~ `code` ||spoiler|| > quote",
    "[link](https://example.com)",
    "'; DROP TABLE quote; --",
    "1 OR 1=1",
    '"',
    "* NEAR AND OR NOT ( ) ^ -",
    "NEAR(robot love, 2)",
    "text: robot",
    "Ꭺѕkа",  # Cherokee and Cyrillic look-alikes
    "Gսі Βоrаttо",
    "ロボット 🤖 любовь",
    "\u200b\u200d\ufeff",
    "a\nb\tc",
    "9",
    "-1",
    "99:99",
    "Europe/../../etc",
]
TEXT = st.one_of(st.sampled_from(NASTY), st.text(max_size=300), st.text(min_size=90, max_size=250))

# Every string option: (command, option, other options it needs).
STRING_OPTIONS: list[tuple[str, str, dict[str, Any]]] = [
    ("track", "title", {}),
    ("artist", "name", {}),
    ("quote random", "track", {}),
    ("quote random", "artist", {}),
    ("quote random", "source", {}),
    ("quote search", "text", {}),
    ("qotd set", "time", {"channel": None}),
    ("qotd set", "timezone", {"channel": None}),
    ("trivia start", "category", {}),
    ("trivia start", "difficulty", {}),
]
AUTOCOMPLETE = [c for c in STRING_OPTIONS if c[1] not in ("text", "time")]


@pytest.fixture
def manager(server: Server) -> simcord.MemberActor:
    role = server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    return server.guild.add_member(server.env.create_user("manager"), roles=[role])


def length_limits(server: Server, command: str, option: str) -> tuple[int, int]:
    """The option's min_length and max_length as registered with Discord (Discord's default: 0, 6000)."""
    *group, name = command.split()
    found = server.env.bot.tree.get_command(group[0] if group else name)
    if group:
        found = found.get_command(name)  # type: ignore[union-attr]
    [parameter] = [p for p in found.parameters if p.name == option]  # type: ignore[union-attr]
    return int(parameter.min_value or 0), int(parameter.max_value or 6000)


def assert_cannot_ping(server: Server, since: int) -> None:
    for request in server.env.http_requests[since:]:
        body = request.json
        if not isinstance(body, dict):
            continue
        data = body.get("data", body)
        if isinstance(data, dict) and ("content" in data or "embeds" in data):
            assert data.get("allowed_mentions") == {"parse": []}, request


def assert_reply_fits(result: simcord.InteractionResult) -> None:
    assert result.acknowledged
    messages = [m for m in (result.response, *result.followups) if m is not None]
    for message in messages:
        assert len(message.content) <= 2000
        assert len(message.embeds) <= 10
        for embed in message.embeds:
            assert_within_discord_limits(embed)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.sampled_from(STRING_OPTIONS), value=TEXT)
async def test_any_option_value(
    server: Server, manager: simcord.MemberActor, case: tuple, value: str
) -> None:
    command, option, extra = case
    options = {k: (server.channel if v is None else v) for k, v in extra.items()} | {option: value}
    low, high = length_limits(server, command, option)
    if not low <= len(value) <= high:
        # Discord's client refuses the value before the bot sees it.
        with pytest.raises(simcord.OptionError, match="characters"):
            await manager.slash(server.channel, command, **options)
        return
    since, cursor = len(server.env.http_requests), server.env.error_cursor
    server.user_errors()
    result = await manager.slash(server.channel, command, **options)
    assert_reply_fits(result)
    assert_cannot_ping(server, since)
    # Nothing unexpected: a value the bot can't use is a refusal, an ordinary private answer.
    assert server.env.errors_since(cursor) == ()
    if server.user_errors():
        assert result.ephemeral


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.sampled_from(AUTOCOMPLETE), value=TEXT)
async def test_any_autocomplete_input(
    server: Server, manager: simcord.MemberActor, case: tuple, value: str
) -> None:
    command, option, extra = case
    filled = {k: (server.channel if v is None else v) for k, v in extra.items()}
    cursor = server.env.error_cursor
    choices = await manager.autocomplete(server.channel, command, option, value[:100], **filled)
    assert len(choices) <= 25
    for choice in choices:
        assert 1 <= len(choice["name"]) <= 100
        assert 1 <= len(str(choice["value"])) <= 100
    assert server.env.errors_since(cursor) == ()
