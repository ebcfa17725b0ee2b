"""Slash commands about the album, its tracks and its artists."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.catalogue import Catalogue
from bot.client import SoundtrackBot
from bot.options import Artist, Track
from cogs import cards

log = logging.getLogger(__name__)


class CatalogueCog(commands.Cog, name="Catalogue"):
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    @app_commands.command(
        name="album", description="The I'm Here soundtrack: release, film, and facts with their sources"
    )
    async def album(self, interaction: discord.Interaction) -> None:
        album = await self.catalogue.album()
        await interaction.response.send_message(embed=cards.album_card(album))

    @app_commands.command(
        name="tracks", description="The album's tracks in order, with artists and version notes"
    )
    async def tracks(self, interaction: discord.Interaction) -> None:
        album = await self.catalogue.album()
        tracks = await self.catalogue.track_list()
        await interaction.response.send_message(embed=cards.track_list(album.title, tracks))

    @app_commands.command(
        name="track", description="A track's card: artists, versions, and what the reviews said"
    )
    @app_commands.describe(title="The track's title (or part of it, or its number on the album)")
    async def track(self, interaction: discord.Interaction, title: Track) -> None:
        card = await self.catalogue.track(title)
        album = await self.catalogue.album()
        await interaction.response.send_message(
            embed=cards.track_card(card, album_title=album.title, track_count=album.track_count)
        )

    @app_commands.command(
        name="artist", description="An artist's card: names, members, tracks, and what the reviews said"
    )
    @app_commands.describe(name="The artist's name, or any name they go by")
    async def artist(self, interaction: discord.Interaction, name: Artist) -> None:
        card = await self.catalogue.artist(name)
        album = await self.catalogue.album()
        await interaction.response.send_message(embed=cards.artist_card(card, album_title=album.title))


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(CatalogueCog(bot.catalogue))
