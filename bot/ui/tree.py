"""The command tree, with the one error path every slash command, button, select and modal goes
through: a refusal (a :class:`UserFacingError`, a cooldown, a missing permission, a bad value) is
answered privately, as an ordinary reply; anything unexpected goes to the tree's ``on_error``, which
logs it once, with a short reference the user sees.

A refusal is not an error: it never reaches ``on_error``, which is where discord.py, and SimCord (the
tests and the try page) after it, see a failed interaction."""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.db import DatabaseBusyError, DatabaseGoneError
from bot.db.base import DatabaseUnreachableError
from bot.ui.errors import UserFacingError
from bot.ui.i18n import catalogue, speak_to, t
from bot.ui.replies import reply

log = logging.getLogger(__name__)

Callback = TypeVar("Callback", bound=Callable[..., Awaitable[None]])


def permission_name(permission: str) -> str:
    """A permission as Discord's settings name it in the reader's language: "manage_guild" is
    "Manage Server" (a permission the locale files don't name is spelt out from its key)."""
    key = "permission-" + permission.replace("_", "-")
    if key in catalogue().keys["en-US"]:
        return t(key)
    return permission.replace("_", " ").replace("guild", "server").title()


def permission_names(permissions: Iterable[str]) -> str:
    return ", ".join(permission_name(p) for p in permissions)


_UNAVAILABLE = {
    discord.AppCommandOptionType.user: "error-unavailable-member",
    discord.AppCommandOptionType.channel: "error-unavailable-channel",
    discord.AppCommandOptionType.role: "error-unavailable-role",
    discord.AppCommandOptionType.mentionable: "error-unavailable-mentionable",
}


def _invalid_value(error: app_commands.TransformerError) -> str:
    """What was wrong with an option's value, in words: never a Python representation or a raw id."""
    if error.type in _UNAVAILABLE and not isinstance(error.value, str):
        return t(_UNAVAILABLE[error.type])
    typed = discord.utils.escape_markdown(str(error.value))[:200]
    return t("error-invalid-value", value=typed)


def describe_error(error: app_commands.AppCommandError) -> str | None:
    """The text a user sees for an error they can act on, or None for an unexpected error."""
    if isinstance(error, UserFacingError):
        return error.message
    if isinstance(error, app_commands.CommandOnCooldown):
        return t("error-cooldown", seconds=round(error.retry_after))
    if isinstance(error, app_commands.MissingPermissions):
        return t("error-user-permission", permissions=permission_names(error.missing_permissions))
    if isinstance(error, app_commands.BotMissingPermissions):
        return t("error-bot-permission", permissions=permission_names(error.missing_permissions))
    if isinstance(error, app_commands.NoPrivateMessage):
        return t("error-server-only")
    if isinstance(error, app_commands.TransformerError):
        return _invalid_value(error)
    if isinstance(error, app_commands.CheckFailure):
        return t("error-check-failed")
    if isinstance(error, app_commands.CommandNotFound):
        return t("error-command-gone")
    if isinstance(error, app_commands.CommandSignatureMismatch):
        return t("error-command-changed")
    return None


async def reply_privately(interaction: discord.Interaction, text: str) -> None:
    """Answer ephemerally, whether or not the interaction was already acknowledged; an answer Discord
    refuses is logged, not raised (this is the last stop of every error)."""
    try:
        await reply(interaction, text, ephemeral=True)
    except discord.HTTPException:
        log.warning("Could not deliver an error reply for interaction %s", interaction.id, exc_info=True)


def _where(interaction: discord.Interaction) -> str:
    if interaction.command is not None:
        return f"/{interaction.command.qualified_name}"
    custom_id = interaction.data.get("custom_id") if interaction.data else None
    return f"component {custom_id}" if custom_id else "an interaction"


def refusal_text(error: BaseException) -> str | None:
    """What to answer when ``error`` is a refusal (something the user can act on), or None when it
    is not one."""
    if isinstance(error, app_commands.CommandInvokeError) and isinstance(error.original, UserFacingError):
        error = error.original
    return describe_error(error) if isinstance(error, app_commands.AppCommandError) else None


async def answer_refusal(interaction: discord.Interaction, error: BaseException) -> bool:
    """Answer ``error`` privately if it is a refusal, and say whether it was one. Each refusal is
    logged at DEBUG with its text (``extra={"refusal": text}``), as an answer, not as an error."""
    text = refusal_text(error)
    if text is None:
        return False
    log.debug(
        "Refused %s (user %s): %s", _where(interaction), interaction.user.id, text, extra={"refusal": text}
    )
    await reply_privately(interaction, text)
    return True


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """The one error path for a button, select or modal, as for a slash command: a refusal is
    answered; anything else goes to the tree's handler, with the same words and log line."""
    if not await answer_refusal(interaction, error):
        await interaction.client.tree.on_error(interaction, error)  # type: ignore[attr-defined, arg-type]


def reports_errors(callback: Callback) -> Callback:
    """For a component callback discord.py would otherwise only log (a ``DynamicItem``'s): errors
    go to :func:`report_error` instead, once."""

    @functools.wraps(callback)
    async def wrapper(self: Any, interaction: discord.Interaction, *args: Any, **kwargs: Any) -> None:
        speak_to(interaction)
        try:
            await callback(self, interaction, *args, **kwargs)
        except Exception as error:
            await report_error(interaction, error)

    return wrapper  # type: ignore[return-value]


class ReportingView(discord.ui.View):
    """A View whose errors go through the one handler."""

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: Any, /) -> None:
        await report_error(interaction, error)


class SoundtrackTree(app_commands.CommandTree):
    async def _call(self, interaction: discord.Interaction) -> None:
        """Run a slash command as discord.py's ``CommandTree._call`` does (this follows discord.py
        2.7), except that a refusal, from a check, an option's transformer or the command itself, is
        answered here and never reaches ``on_error``. Autocomplete and context menus are left to
        discord.py. Either way, what follows speaks the user's language."""
        speak_to(interaction)
        data: Any = interaction.data or {}
        if interaction.type is not discord.InteractionType.application_command or data.get("type", 1) != 1:
            await super()._call(interaction)
            return
        if not await self.interaction_check(interaction):
            interaction.command_failed = True
            return
        command = None
        try:
            command, options = self._get_app_command_options(data)
            interaction._cs_command = command
            namespace = app_commands.Namespace(interaction, data.get("resolved", {}), options)
            interaction._cs_namespace = namespace
            await command._invoke_with_namespace(interaction, namespace)
        except app_commands.AppCommandError as error:
            interaction.command_failed = True
            if await answer_refusal(interaction, error):
                return
            if command is not None:
                await command._invoke_error_handlers(interaction, error)
            await self.on_error(interaction, error)
        else:
            if not interaction.command_failed:
                self.client.dispatch("app_command_completion", interaction, command)

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError | Exception, /
    ) -> None:
        """What went wrong: logged with a reference the user sees. (A refusal that reaches it, from a
        path discord.py runs on its own, is still answered with its text.)"""
        text = refusal_text(error)
        original = getattr(error, "original", error)
        if isinstance(original, DatabaseGoneError):
            text = t("error-database-gone")
        elif isinstance(original, DatabaseUnreachableError):
            # A read the database did not answer in time (a lock held outside the bot, a server
            # that does not answer): nothing was read or changed.
            log.warning("The database did not answer a read during %s", _where(interaction))
            text = t("error-database-unreachable")
        elif isinstance(original, DatabaseBusyError):
            # Another program holds the database for a moment: nothing was changed.
            log.warning(
                "The database was locked during %s; the user was asked to try again", _where(interaction)
            )
            text = t("error-database-busy")
        if text is None:
            reference = secrets.token_hex(4)
            log.error(
                "Unexpected error [ref %s] in %s (guild %s, user %s)",
                reference,
                _where(interaction),
                interaction.guild_id,
                interaction.user.id,
                exc_info=original,
            )
            text = t("error-unexpected", reference=reference)
        await reply_privately(interaction, text)
