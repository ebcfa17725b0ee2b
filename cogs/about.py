"""/about: what the bot is and where its data comes from."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.catalogue import Catalogue
from bot.client import SoundtrackBot, invite_url
from bot.glue.embeds import CardBuilder

log = logging.getLogger(__name__)


class AboutCog(commands.Cog, name="About"):
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    @app_commands.command(
        name="about", description="What this bot is, where its data comes from, and how to add it"
    )
    async def about(self, interaction: discord.Interaction) -> None:
        album = await self.catalogue.album()
        tracks = await self.catalogue.track_list()
        card = CardBuilder(
            f"About the {album.title} bot",
            description=(
                "A bot for the soundtrack of Spike Jonze's short film *I'm Here* (2010), released by "
                "Chocolate Industries. Ask it about the album, its tracks and artists, and what the critics "
                "wrote: `/album`, `/tracks`, `/track`, `/artist`."
            ),
            footer=f"Version {bot_package.__version__}",
        )
        card.field(
            "Where the data comes from",
            f"The {len(tracks)} tracks, their artists, and the release and film facts come from a data pack "
            "anyone can read and edit, gathered from the music press and Wikipedia. Every fact is shown "
            "with its sources; where sources disagree, every value is kept. The review quotes come from "
            "BUST (Lauren Rubin) and Prefix Magazine.",
        )
        if interaction.client.application_id is not None:
            card.field(
                "Add it to your server", f"[Invite link]({invite_url(interaction.client.application_id)})"
            )
        await interaction.response.send_message(embed=card.build())


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(AboutCog(bot.catalogue))
