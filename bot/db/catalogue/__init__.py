"""The soundtrack catalogue in the database: ``repository`` is the only way in (it stores packs and
reads cards and whole packs), ``write`` stores a pack and its hand-written questions, ``pack`` reads
them back, and ``records`` are the frozen dataclasses the cards are."""

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
