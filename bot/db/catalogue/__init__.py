"""The soundtrack catalogue in SQLite: ``repository`` reads it (the only place that does), ``load``
writes a pack into it, and ``cards`` are the frozen dataclasses it returns."""

from bot.db.catalogue.records import (
    AlbumCard,
    ArtistCard,
    ArtistRef,
    ReviewQuote,
    TrackCard,
    TrackLine,
    TrackList,
)
from bot.db.catalogue.repository import CatalogueRepository, LoadResult, PackInfo

__all__ = [
    "AlbumCard",
    "ArtistCard",
    "ArtistRef",
    "CatalogueRepository",
    "LoadResult",
    "PackInfo",
    "ReviewQuote",
    "TrackCard",
    "TrackLine",
    "TrackList",
]
