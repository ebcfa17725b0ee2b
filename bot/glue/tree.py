"""The command tree, with the one error handler every slash command goes through."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable

import discord
from discord import app_commands

from bot.glue.errors import UserFacingError

log = logging.getLogger(__name__)


def permission_names(permissions: Iterable[str]) -> str:
    """Permissions as Discord's settings name them: "manage_guild" is "Manage Server"."""
    return ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in permissions)


def describe_error(error: app_commands.AppCommandError) -> str | None:
    """The text a user sees for an error they can act on, or None for an unexpected error."""
    if isinstance(error, UserFacingError):
        return error.message
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: you can use this command again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.MissingPermissions):
        return f"You need the {permission_names(error.missing_permissions)} permission to use this command."
    if isinstance(error, app_commands.BotMissingPermissions):
        return (
            f"I need the {permission_names(error.missing_permissions)} permission in this channel. "
            "Ask a server manager to grant it."
        )
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server, not in direct messages."
    if isinstance(error, app_commands.TransformerError):
        return f"That value isn't valid here: {discord.utils.escape_markdown(str(error.value))[:200]}"
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    if isinstance(error, app_commands.CommandNotFound):
        return "That command is no longer available. Discord may still be updating its command list: try again soon."
    if isinstance(error, app_commands.CommandSignatureMismatch):
        return "This command has changed since Discord last heard about it. Try again in a minute."
    return None


async def reply_privately(interaction: discord.Interaction, text: str) -> None:
    """Answer ephemerally, whether or not the interaction was already acknowledged."""
    allowed = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=allowed)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=allowed)
    except discord.HTTPException:
        log.warning("Could not deliver an error reply for interaction %s", interaction.id, exc_info=True)


class SoundtrackTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        if isinstance(error, app_commands.CommandInvokeError) and isinstance(error.original, UserFacingError):
            error = error.original
        text = describe_error(error)
        if text is None:
            reference = secrets.token_hex(4)
            command = interaction.command.qualified_name if interaction.command else "?"
            original = getattr(error, "original", error)
            log.error(
                "Unexpected error [ref %s] in /%s (guild %s, user %s)",
                reference,
                command,
                interaction.guild_id,
                interaction.user.id,
                exc_info=original,
            )
            text = (
                "Something went wrong on my side and has been logged. "
                f"If it keeps happening, tell the bot's owner the reference `{reference}`."
            )
        await reply_privately(interaction, text)
