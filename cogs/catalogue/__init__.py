"""Slash commands about the album, its tracks and its artists."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.catalogue import AlbumCard, CatalogueRepository
from bot.domain.catalogue import Catalogue
from bot.ui.options import NamedArtist, NamedTrack
from cogs.catalogue import cards

T = TypeVar("T")


class CatalogueCog(
    commands.Cog,
    name="Catalogue",
    description="The album, its tracks and its artists, every fact with its sources",
):
    def __init__(self, catalogue: Catalogue, repo: CatalogueRepository) -> None:
        self.pack = catalogue.pack
        self.repo = repo
        # Cards never change while the bot runs: each is rendered once. (Embeds sent are not mutated.)
        self._embeds: dict[tuple[str, str], discord.Embed] = {}

    async def _card(
        self, kind: str, key: str, render: Callable[[], Awaitable[discord.Embed]]
    ) -> discord.Embed:
        embed = self._embeds.get((kind, key))
        if embed is None:
            embed = self._embeds[(kind, key)] = await render()
        return embed

    @app_commands.command(
        name="album", description="The I'm Here soundtrack: release, film, and facts with their sources"
    )
    async def album(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        embed = await self._card("album", "", self._album)
        await interaction.response.send_message(embed=embed)

    async def _album_card(self) -> AlbumCard:
        return _found("album", self.pack, await self.repo.album(self.pack))

    async def _album(self) -> discord.Embed:
        return cards.album_card(await self._album_card())

    @app_commands.command(
        name="tracks", description="The album's tracks in order, with artists and version notes"
    )
    async def tracks(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        embed = await self._card("tracks", "", self._tracks)
        await interaction.response.send_message(embed=embed)

    async def _tracks(self) -> discord.Embed:
        album = await self._album_card()
        return cards.track_list(album.title, await self.repo.track_list(self.pack))

    @app_commands.command(
        name="track", description="A track's card: artists, versions, and what the reviews said"
    )
    @app_commands.describe(title="The track's title (or part of it, or its number on the album)")
    async def track(self, interaction: discord.Interaction[SoundtrackBot], title: NamedTrack) -> None:
        async def render() -> discord.Embed:
            card = _found("track", title.key, await self.repo.track(self.pack, int(title.key)))
            album = await self._album_card()
            return cards.track_card(card, album_title=album.title, track_count=album.track_count)

        # Found by its original album's title: say where the track is from.
        embed = await self._card("track", title.key, render)
        await interaction.response.send_message(title.note, embed=embed)

    @app_commands.command(
        name="artist", description="An artist's card: names, members, tracks, and what the reviews said"
    )
    @app_commands.describe(name="The artist's name, any name they go by, or a band member's name")
    async def artist(self, interaction: discord.Interaction[SoundtrackBot], name: NamedArtist) -> None:
        async def render() -> discord.Embed:
            card = _found("artist", name.key, await self.repo.artist(self.pack, name.key))
            album = await self._album_card()
            return cards.artist_card(card, album_title=album.title, person=name.person)

        # Someone named on the card (a band member): the card, opening with who they are there.
        key = f"{name.key}/{name.person}" if name.person else name.key
        await interaction.response.send_message(embed=await self._card("artist", key, render))


def _found(kind: str, key: str, card: T | None) -> T:
    """A card the name index found: the index is built from the same tables, so it is there."""
    if card is None:
        raise LookupError(f"{kind} {key!r} is indexed but not in the database")
    return card


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(CatalogueCog(bot.catalogue, CatalogueRepository(bot.db)))
