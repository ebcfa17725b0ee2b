"""UserFacingError: a message for the user that reaches the command tree's error handler as it was
raised, from a command body and from an option's transformer alike (SimCord, on a bot of two
commands: the bot's own handler is tested in test_tree.py)."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.ui.errors import UserFacingError
from tests.conftest import Server


class RecordingTree(app_commands.CommandTree):
    """Answers each error with its type and message, as the bot's handler answers a UserFacingError."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        shown = error.message if isinstance(error, UserFacingError) else "not a UserFacingError"
        await interaction.response.send_message(f"{type(error).__name__}: {shown}", ephemeral=True)


class Even(app_commands.Transformer):
    async def transform(self, interaction: discord.Interaction, value: str) -> int:
        if int(value) % 2:
            raise UserFacingError(f"{value} is odd: pick an even number.")
        return int(value)


@pytest.fixture
def simcord_bot() -> commands.Bot:
    bot = commands.Bot(
        command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True), tree_cls=RecordingTree
    )

    @bot.tree.command(name="refuse", description="Refuse, with a message for the user")
    async def refuse(interaction: discord.Interaction) -> None:
        raise UserFacingError("Pick another track.")

    @bot.tree.command(name="even", description="Take an even number")
    async def even(interaction: discord.Interaction, number: app_commands.Transform[int, Even]) -> None:
        await interaction.response.send_message(f"{number} it is.")

    return bot


def test_the_message_is_kept_as_given() -> None:
    error = UserFacingError("You can't do that **here**.")
    assert error.message == str(error) == "You can't do that **here**."
    assert isinstance(error, app_commands.AppCommandError)


async def test_raised_in_a_command_it_reaches_the_handler_unwrapped(server: Server) -> None:
    result = await server.member.slash(server.channel, "refuse")
    assert result.response.content == "UserFacingError: Pick another track."
    assert [type(e) for e in server.env.errors] == [UserFacingError]


async def test_raised_in_a_transformer_it_reaches_the_handler_unwrapped(server: Server) -> None:
    result = await server.member.slash(server.channel, "even", number="3")
    assert result.response.content == "UserFacingError: 3 is odd: pick an even number."
    assert [type(e) for e in server.env.errors] == [UserFacingError]
    fine = await server.member.slash(server.channel, "even", number="4")
    assert fine.response.content == "4 it is."
