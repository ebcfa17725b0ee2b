"""The one error handler on the command tree, through SimCord."""

from __future__ import annotations

import logging
import re

import discord
import pytest
from discord import app_commands

from bot.ui.errors import UserFacingError
from bot.ui.tree import ReportingView, describe_error, reports_errors
from tests.conftest import Server


async def test_unexpected_error_is_logged_with_a_reference_the_user_sees(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    await server.env.bot.db.close()  # the database goes away under the bot
    with caplog.at_level(logging.ERROR, logger="bot.ui.tree"):
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


class FussyButton(discord.ui.DynamicItem[discord.ui.Button], template=r"fussy:(?P<kind>[a-z]+)"):
    """A button whose click fails: with a message for the user, or unexpectedly."""

    def __init__(self, kind: str) -> None:
        super().__init__(discord.ui.Button(label=kind, custom_id=f"fussy:{kind}"))
        self.kind = kind

    @classmethod
    async def from_custom_id(cls, interaction, item, match, /):  # type: ignore[no-untyped-def]
        return cls(match["kind"])

    @reports_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        if self.kind == "user":
            raise UserFacingError("Pick another one.")
        raise RuntimeError("the button broke")


async def post_fussy_buttons(server: Server) -> discord.Message:
    server.env.bot.add_dynamic_items(FussyButton)
    view = ReportingView(timeout=None)
    view.add_item(FussyButton("user"))
    view.add_item(FussyButton("boom"))
    channel = server.env.bot.get_channel(server.channel.id)
    return await channel.send("Buttons", view=view)  # type: ignore[union-attr]


async def test_a_buttons_user_facing_error_is_shown_privately(server: Server) -> None:
    message = await post_fussy_buttons(server)
    result = await server.member.click(message, custom_id="fussy:user")
    assert result.ephemeral and result.response.content == "Pick another one."
    assert server.user_errors() == ["Pick another one."]


async def test_a_buttons_unexpected_error_is_logged_once_with_the_reference(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    message = await post_fussy_buttons(server)
    with caplog.at_level(logging.ERROR):
        result = await server.member.click(message, custom_id="fussy:boom")
    match = re.search(r"reference `([0-9a-f]{8})`", result.response.content)
    assert result.ephemeral and match, result.response.content
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and match.group(1) in errors[0].getMessage()
    assert "component fussy:boom" in errors[0].getMessage() and errors[0].exc_info is not None
    [error] = server.env.errors
    assert isinstance(error, RuntimeError)


async def test_an_answer_button_error_takes_the_same_path(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    await server.member.slash(server.channel, "trivia start", questions=2)
    question = next(m for m in reversed(server.channel.history()) if m.components)
    await server.env.bot.db.close()  # the database goes away under the game
    with caplog.at_level(logging.ERROR):
        result = await server.member.click(question, custom_id=question.components[0].children[0].custom_id)
    match = re.search(r"reference `([0-9a-f]{8})`", result.response.content)
    assert result.ephemeral and match, result.response.content
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and match.group(1) in errors[0].getMessage()  # once, not twice
    assert len(server.env.errors) == 1


def test_an_option_value_discord_could_not_resolve_is_named_in_words_not_as_python() -> None:
    transformer = app_commands.transformers.MemberTransformer()
    unseen = app_commands.TransformerError(
        discord.Object(id=1456074443980800014), discord.AppCommandOptionType.user, transformer
    )
    message = describe_error(unseen)
    assert message == "That member isn't in this server (any more), or I can't see them."
    typed = app_commands.TransformerError("**25:99**", discord.AppCommandOptionType.string, transformer)
    assert describe_error(typed) == "That value isn't valid here: \\*\\*25:99\\*\\*"


async def test_a_refusal_is_an_ordinary_answer_not_an_error(server: Server) -> None:
    """A refusal (no track 10, an artist not on the album, a second game in a channel) is answered
    privately and is not an error: SimCord, and so the try page, sees an answered interaction, where it
    would count an error that reached the tree's on_error as a failed action."""
    refused = [
        await server.member.slash(server.channel, "track", title="10"),
        await server.member.slash(server.channel, "artist", name="radiohead"),
    ]
    await server.member.slash(server.channel, "trivia start", questions=2)
    refused.append(await server.member.slash(server.channel, "trivia start"))
    assert all(r.ephemeral for r in refused)
    assert server.env.errors == []
    assert server.user_errors() == [r.response.content for r in refused]  # through the one error path


async def test_the_daily_refusals_are_ordinary_answers_too(server: Server) -> None:
    """A time that isn't one, and /qotd post a second time the same day, as a server manager."""
    managers = server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    manager = server.guild.add_member(server.env.create_user("manager"), roles=[managers])
    bad_time = await manager.slash(server.channel, "qotd set", channel=server.channel, time="25:99")
    await manager.slash(server.channel, "qotd set", channel=server.channel, time="09:00")
    await manager.slash(server.channel, "qotd post")
    again = await manager.slash(server.channel, "qotd post")
    assert bad_time.ephemeral and again.ephemeral
    assert server.user_errors() == [bad_time.response.content, again.response.content]
