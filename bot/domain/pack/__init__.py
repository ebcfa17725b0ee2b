"""Soundtrack data packs: the TOML files a person edits, read, validated and checked against sources.

A pack is a folder (``data/packs/<slug>/``) of five files, ``album.toml``, ``sources.toml``,
``artists.toml``, ``tracks.toml`` and ``quotes.toml``, plus ``reviews/`` with the texts of the reviews
it quotes. ``model`` holds what a pack is, ``toml`` the reader every data file shares, ``evidence``
the check that a phrase is in a review, ``entries`` reading facts, artists and tracks, and ``reader``
reading a whole folder.
"""

from bot.domain.pack.entries import read_fact
from bot.domain.pack.evidence import Reviews, flatten
from bot.domain.pack.model import (
    ORIGINAL_PARTS,
    Artist,
    Claim,
    Fact,
    OriginalRelease,
    Pack,
    Person,
    Quote,
    Source,
    Track,
)
from bot.domain.pack.reader import (
    PACK_FILES,
    REVIEWS_DIR,
    discover_packs,
    fingerprint_files,
    read_pack,
    read_packs,
)
from bot.domain.pack.toml import SLUG, PackError, PackProblem, TomlReader, load_toml

__all__ = [
    "ORIGINAL_PARTS",
    "PACK_FILES",
    "REVIEWS_DIR",
    "SLUG",
    "Artist",
    "Claim",
    "Fact",
    "OriginalRelease",
    "Pack",
    "PackError",
    "PackProblem",
    "Person",
    "Quote",
    "Reviews",
    "Source",
    "TomlReader",
    "Track",
    "discover_packs",
    "fingerprint_files",
    "flatten",
    "load_toml",
    "read_fact",
    "read_pack",
    "read_packs",
]
