"""The soundtrack catalogue in the database: ``repository`` reads the cards and the names (storing a
pack is ``bot.db.pack``'s), and ``records`` are the frozen dataclasses the cards are."""

from bot.db.catalogue.records import (
    AlbumCard,
    ArtistCard,
    ArtistRef,
    ReviewQuote,
    TrackCard,
    TrackLine,
    TrackList,
)
from bot.db.catalogue.repository import CatalogueRepository

__all__ = [
    "AlbumCard",
    "ArtistCard",
    "ArtistRef",
    "CatalogueRepository",
    "ReviewQuote",
    "TrackCard",
    "TrackLine",
    "TrackList",
]
