"""The catalogue as commands use it: one pack's data, and its name indexes for tracks and artists."""

from __future__ import annotations

import logging
from typing import Literal, TypeVar

from bot.db.catalogue import AlbumCard, ArtistCard, CatalogueRepository, TrackCard, TrackList
from bot.domain.catalogue.index import NameEntry, NameIndex

log = logging.getLogger(__name__)

Kind = Literal["track", "artist"]
T = TypeVar("T")


class Catalogue:
    """One pack's catalogue: its name indexes for tracks and artists, built once when the bot starts,
    and its cards, read from the database. (The catalogue does not change while the bot runs: the
    catalogue cog keeps each card it renders, so a card is read once.)
    """

    def __init__(self, repo: CatalogueRepository, pack: str, tracks: NameIndex, artists: NameIndex) -> None:
        self.repo = repo
        self.pack = pack
        self.tracks = tracks
        self.artists = artists

    @classmethod
    async def open(cls, repo: CatalogueRepository, pack: str) -> Catalogue:
        tracks = NameIndex(await repo.track_names(pack))
        artists = NameIndex(await repo.artist_names(pack))
        if not len(tracks):
            raise LookupError(f"the data pack {pack!r} is not loaded or has no tracks")
        return cls(repo, pack, tracks, artists)

    def index(self, kind: Kind) -> NameIndex:
        return self.tracks if kind == "track" else self.artists

    def _found(self, kind: str, key: str, card: T | None) -> T:
        if card is None:
            raise LookupError(f"{kind} {key!r} of {self.pack!r} is indexed but not in the database")
        return card

    async def album(self) -> AlbumCard:
        return self._found("album", "", await self.repo.album(self.pack))

    async def track_list(self) -> TrackList:
        return await self.repo.track_list(self.pack)

    async def track(self, entry: NameEntry) -> TrackCard:
        return self._found("track", entry.key, await self.repo.track(self.pack, int(entry.key)))

    async def artist(self, entry: NameEntry) -> ArtistCard:
        return self._found("artist", entry.key, await self.repo.artist(self.pack, entry.key))
