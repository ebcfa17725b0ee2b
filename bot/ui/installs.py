"""Where each command can be used, and the two ways to add the bot.

The read-only commands (the catalogue, quotes, /about, /help, /privacy) are :func:`anywhere`: a server
can add the bot, and a person can add it to their own account and use those commands in DMs, in group
DMs and in servers the bot is not in. There the bot sees no server and no channel, so these commands
answer through the interaction alone. Trivia and the quote of the day post in a channel on their own
and keep server state: they are :func:`servers_only`.
"""

from __future__ import annotations

from typing import NamedTuple, TypeVar

import discord
from discord import app_commands

T = TypeVar("T")

PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, embed_links=True, read_message_history=True
)
"""What the bot needs in a channel: to see it, post in it, and post embeds. Slash command replies need
no permissions at all; posting on its own (the daily quote, a trivia game) needs these."""
SERVER_SCOPES = ("bot", "applications.commands")
USER_SCOPES = ("applications.commands",)


PRIVATE = "Only you see the answer (for use in someone else's server)"
"""The ``private`` option of every read-only command (its translations: ``option-private``)."""


def anywhere(command: T) -> T:
    """Installable by a server and by a user; usable in servers, the bot's DMs and group DMs."""
    command = app_commands.allowed_installs(guilds=True, users=True)(command)
    return app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)(command)


def servers_only(command: T) -> T:
    """Installed by a server, used in its channels: nowhere else."""
    command = app_commands.allowed_installs(guilds=True, users=False)(command)
    return app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)(command)


def usable_here(interaction: discord.Interaction, command: app_commands.Command | app_commands.Group) -> bool:
    """Whether ``command`` can be used where ``interaction`` came from: in a server that added the bot,
    everything; in a DM or group DM, what allows those contexts; in a server the bot is not in (it
    has no cache of it: the person added the app to their account), what a user can install."""
    contexts, installs = command.allowed_contexts, command.allowed_installs
    if interaction.guild_id is None:
        return contexts is not None and (contexts.dm_channel or contexts.private_channel)
    if interaction.client.get_guild(interaction.guild_id) is None:  # (its member's guild is a stand-in)
        return installs is not None and installs.user
    return True


class Invites(NamedTuple):
    server: str
    """Add the bot to a server: its commands and the bot user, with the permissions it posts with."""
    user: str
    """Add the app to your own account: the read-only commands, wherever you are."""


GUILD_INSTALL, USER_INSTALL = 0, 1
"""Discord's integration types, the ``integration_type`` of an authorisation link."""


def invites(application_id: int) -> Invites:
    # discord.py's oauth_url has no integration_type yet: Discord reads it from the query.
    server = discord.utils.oauth_url(application_id, permissions=PERMISSIONS, scopes=SERVER_SCOPES)
    user = discord.utils.oauth_url(application_id, scopes=USER_SCOPES)
    return Invites(f"{server}&integration_type={GUILD_INSTALL}", f"{user}&integration_type={USER_INSTALL}")
