"""The catalogue: one pack's tracks and artists, found by whatever name a fan types.

:mod:`bot.domain.catalogue.index` matches a name against an index; :mod:`bot.domain.catalogue.lookup`
reads the ways of naming that are not a name (a track's number, a credit as printed). The cards
themselves are read from the database (``bot.db.catalogue``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.domain.catalogue.index import NameEntry, NameIndex

Kind = Literal["track", "artist"]


class NameSource(Protocol):
    """Where the names come from: the catalogue repository, reading what the database holds."""

    async def track_names(self, pack: str) -> list[NameEntry]: ...
    async def artist_names(self, pack: str) -> list[NameEntry]: ...


@dataclass(frozen=True)
class Catalogue:
    """One pack's name indexes for tracks and artists, built once when the bot starts (the catalogue
    does not change while the bot runs)."""

    pack: str
    tracks: NameIndex
    artists: NameIndex

    @classmethod
    async def open(cls, names: NameSource, pack: str) -> Catalogue:
        tracks = NameIndex(await names.track_names(pack))
        if not len(tracks):
            raise LookupError(f"the data pack {pack!r} is not loaded or has no tracks")
        return cls(pack, tracks, NameIndex(await names.artist_names(pack)))

    def index(self, kind: Kind) -> NameIndex:
        return self.tracks if kind == "track" else self.artists
