"""/privacy forget: a person deletes what the bot keeps of them (their daily answers and streaks, their
trivia answers, their name on games they started and in stored reveals), on whichever database the
bot runs, and the names the running bot holds in memory (an ``on_user_forgotten`` event)."""

from __future__ import annotations

from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.privacy import Forgotten, forget_user
from bot.ui.i18n import listing, t
from bot.ui.installs import anywhere
from bot.ui.replies import reply


def forgotten(done: Forgotten) -> str:
    """What /privacy forget says it deleted, in the reader's language."""
    if not done.total:
        return t("privacy-nothing")
    counted = (
        ("privacy-daily-answers", done.daily_answers),
        ("privacy-daily-streaks", done.daily_streaks),
        ("privacy-trivia-answers", done.trivia_answers),
        ("privacy-games-started", done.games_started),
        ("privacy-reveals", done.reveals),
    )
    shown = [t(key, count=count) for key, count in counted if count]
    key = "privacy-deleted-games-stay" if done.games_started else "privacy-deleted"
    return t(key, deleted=listing(shown))


class PrivacyCog(
    commands.Cog, name="Privacy", description="What the bot keeps about you, deleted on request"
):
    about_the_bot: ClassVar[bool] = True  # /help and /about list it after the features
    privacy = anywhere(app_commands.Group(name="privacy", description="What the bot keeps about you"))

    @privacy.command(
        name="forget",
        description="Delete everything the bot keeps about you: answers, streaks, scores (only you see it)",
    )
    async def forget(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        done = await forget_user(interaction.client.db, interaction.user.id)
        # What the features hold in memory (the trivia runner's names) goes too: each listens.
        interaction.client.dispatch("user_forgotten", interaction.user.id)
        await reply(interaction, forgotten(done), ephemeral=True)


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(PrivacyCog())
