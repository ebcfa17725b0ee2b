"""Errors that carry a message for the user, answered in one place (see :mod:`bot.ui.tree`)."""

from __future__ import annotations

from discord import app_commands


class UserFacingError(app_commands.AppCommandError):
    """Something the user can fix. The message is shown to them, privately, as it is.

    It is an ``AppCommandError`` so that discord.py passes it to the tree's error handler
    unwrapped, from a command body and from a transformer alike.
    """

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)
