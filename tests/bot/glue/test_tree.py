"""The one error handler on the command tree, through SimCord."""

from __future__ import annotations

import logging
import re

import discord
import pytest
from discord import app_commands

from bot.glue.errors import UserFacingError
from bot.glue.tree import describe_error
from tests.conftest import Server


async def test_unexpected_error_is_logged_with_a_reference_the_user_sees(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    await server.env.bot.db.close()  # the database goes away under the bot
    with caplog.at_level(logging.ERROR, logger="bot.glue.tree"):
        result = await server.member.slash(server.channel, "album")
    assert result.ephemeral
    match = re.search(r"reference `([0-9a-f]{8})`", result.response.content)
    assert match, result.response.content
    logged = [r for r in caplog.records if match.group(1) in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None
    assert "/album" in logged[0].getMessage()
    [error] = server.env.errors
    assert isinstance(error, app_commands.CommandInvokeError)


def test_friendly_text_for_cooldowns_permissions_and_bad_values() -> None:
    cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 12.4)
    assert describe_error(cooldown) == "Slow down a little: you can use this command again in 12 s."
    missing = app_commands.MissingPermissions(["manage_guild"])
    assert describe_error(missing) == "You need the Manage Server permission to use this command."
    bot_missing = app_commands.BotMissingPermissions(["send_messages", "embed_links"])
    assert "I need the Send Messages, Embed Links permission" in (describe_error(bot_missing) or "")
    assert "only works in a server" in (describe_error(app_commands.NoPrivateMessage()) or "")
    assert describe_error(UserFacingError("Do this instead.")) == "Do this instead."
    assert describe_error(app_commands.AppCommandError("internal")) is None


async def test_user_errors_are_private_and_cannot_mention(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="<@&123456789012345678> nope")
    assert result.ephemeral
    request = next(r for r in reversed(server.env.http_requests) if "/callback" in r.path)
    assert request.json["data"]["allowed_mentions"] == {"parse": []}
    server.user_errors()


async def test_replies_go_out_with_mentions_disabled(server: Server) -> None:
    await server.member.slash(server.channel, "track", title="1")
    request = next(r for r in reversed(server.env.http_requests) if "/callback" in r.path)
    assert request.json["data"]["allowed_mentions"] == {"parse": []}
    assert server.env.bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
