"""Slash commands about the album, its tracks and its artists."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Awaitable, Callable
from typing import TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.catalogue import AlbumCard, CatalogueRepository
from bot.domain.catalogue import Catalogue
from bot.ui.cards import Card, CardRef, CardShelf, card_view
from bot.ui.i18n import current
from bot.ui.installs import PRIVATE, anywhere
from bot.ui.options import NamedArtist, NamedTrack
from bot.ui.replies import reply
from cogs.catalogue import cards

T = TypeVar("T")


class CatalogueCog(
    commands.Cog,
    name="Catalogue",
    description="The album, its tracks and its artists, every fact with its sources",
):
    def __init__(self, catalogue: Catalogue, repo: CatalogueRepository, shelf: CardShelf) -> None:
        self.pack = catalogue.pack
        self.repo = repo
        # Cards never change while the bot runs: each is built once per language it is read in, and
        # found again by its buttons.
        self._cards: dict[tuple[CardRef, str], Card] = {}
        # Their layouts too, and those of a card opened another way (by a band member's name, by a
        # track's original album): a layout whose only items are dynamic is not tied to a message,
        # so the same one is sent again (laying a card out costs ten times what sending it does).
        self._views: dict[tuple[CardRef, str, str], discord.ui.LayoutView] = {}
        for kind, build in (
            ("album", self._album),
            ("tracks", self._tracks),
            ("track", self._track),
            ("artist", self._artist),
        ):
            shelf.register(kind, functools.partial(self._card, kind, build))

    async def _card(self, kind: str, build: Callable[[str], Awaitable[Card | None]], key: str) -> Card | None:
        ref = (CardRef(kind, key), current())
        card = self._cards.get(ref)
        if card is None:
            card = await build(key)
            if card is None:
                return None
            self._cards[ref] = card
        return card

    async def _show(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        ref: CardRef,
        build: Callable[[], Awaitable[Card | None]],
        *,
        opened_by: str = "",
        private: bool = False,
    ) -> None:
        """Send the card ``ref`` as ``build`` makes it (the first time, in this language); ``opened_by``
        names a way of opening it that changes its lead (a band member's name)."""
        key = (ref, current(), opened_by)
        view = self._views.get(key)
        if view is None or private:
            # A private answer gets a layout of its own: discord.py gives an ephemeral message's
            # layout a timeout, and the kept one is shared by every answer.
            view = card_view(_found(await build()))
            if not private:
                self._views[key] = view
        await reply(interaction, view=view, ephemeral=private)

    @app_commands.command(
        name="album", description="The I'm Here soundtrack: release, film, and facts with their sources"
    )
    @app_commands.describe(private=PRIVATE)
    @anywhere
    async def album(self, interaction: discord.Interaction[SoundtrackBot], private: bool = False) -> None:
        ref = CardRef("album", "")
        await self._show(interaction, ref, lambda: self._card("album", self._album, ""), private=private)

    async def _album_card(self) -> AlbumCard:
        album = await self.repo.album(self.pack)
        if album is None:
            raise LookupError(f"the pack {self.pack!r} is not in the database")
        return album

    async def _album(self, key: str) -> Card | None:
        return cards.album_card(await self._album_card()) if key == "" else None

    @app_commands.command(
        name="tracks", description="The album's tracks in order, with artists and version notes"
    )
    @app_commands.describe(private=PRIVATE)
    @anywhere
    async def tracks(self, interaction: discord.Interaction[SoundtrackBot], private: bool = False) -> None:
        ref = CardRef("tracks", "")
        await self._show(interaction, ref, lambda: self._card("tracks", self._tracks, ""), private=private)

    async def _tracks(self, key: str) -> Card | None:
        if key != "":
            return None
        album = await self._album_card()
        lines = (await self.repo.track_list(self.pack)).lines
        tracks = [t for line in lines if (t := await self.repo.track(self.pack, line.position))]
        return cards.track_list(album.title, tracks, lines)

    @app_commands.command(
        name="track", description="A track's card: artists, versions, and what the reviews said"
    )
    @app_commands.describe(
        title="The track's title (or part of it, or its number on the album)", private=PRIVATE
    )
    @anywhere
    async def track(
        self, interaction: discord.Interaction[SoundtrackBot], title: NamedTrack, private: bool = False
    ) -> None:
        async def build() -> Card:
            card = _found(await self._card("track", self._track, title.key))
            if title.note:  # found by its original album's title: say where the track is from
                track = _found(await self.repo.track(self.pack, int(title.key)))
                card = dataclasses.replace(card, lead=f"{cards.from_album(track)}\n{card.lead}")
            return card

        ref = CardRef("track", title.key)
        await self._show(interaction, ref, build, opened_by="original" if title.note else "", private=private)

    async def _track(self, key: str) -> Card | None:
        track = await self.repo.track(self.pack, int(key)) if key.isdigit() else None
        if track is None:
            return None
        album = await self._album_card()
        return cards.track_card(track, album=album)

    @app_commands.command(
        name="artist", description="An artist's card: names, members, tracks, and what the reviews said"
    )
    @app_commands.describe(
        name="The artist's name, any name they go by, or a band member's name", private=PRIVATE
    )
    @anywhere
    async def artist(
        self, interaction: discord.Interaction[SoundtrackBot], name: NamedArtist, private: bool = False
    ) -> None:
        async def build() -> Card:
            card = _found(await self._card("artist", self._artist, name.key))
            if name.person:  # someone named on the card (a band member): it opens with who they are there
                artist = await self.repo.artist(self.pack, name.key)
                card = cards.person_card(card, _found(artist), name.person)
            return card

        ref = CardRef("artist", name.key)
        await self._show(interaction, ref, build, opened_by=name.person or "", private=private)

    async def _artist(self, key: str) -> Card | None:
        artist = await self.repo.artist(self.pack, key)
        if artist is None:
            return None
        album = await self._album_card()
        return cards.artist_card(artist, album_title=album.title)


def _found(card: T | None) -> T:
    """A card the name index found: the index is built from the same tables, so it is there."""
    if card is None:
        raise LookupError("a name the index found is not in the database")
    return card


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(CatalogueCog(bot.catalogue, CatalogueRepository(bot.db), bot.cards))
