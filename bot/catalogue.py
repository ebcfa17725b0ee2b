"""The catalogue as commands use it: one pack's data, and its name indexes for tracks and artists."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

from discord.utils import escape_markdown, escape_mentions

from bot.db.catalogue import AlbumCard, ArtistCard, CatalogueRepository, TrackCard, TrackLine
from bot.domain.names import Match, NameEntry, NameIndex, Outcome
from bot.errors import UserFacingError

log = logging.getLogger(__name__)

Kind = Literal["track", "artist"]
T = TypeVar("T")


def _quoted(text: str) -> str:
    shown = text if len(text) <= 80 else text[:79] + "…"
    return f"“{escape_mentions(escape_markdown(shown))}”"


def _listing(matches: tuple[Match, ...]) -> str:
    names = [f"**{m.entry.choice_label}**" for m in matches]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


class Catalogue:
    """One pack's catalogue. Name indexes are built once, when the bot starts.

    The catalogue does not change while the bot runs (packs load only at start), so each card is
    read from the database once and then served from memory.
    """

    def __init__(self, repo: CatalogueRepository, pack: str, tracks: NameIndex, artists: NameIndex) -> None:
        self.repo = repo
        self.pack = pack
        self.tracks = tracks
        self.artists = artists
        self._cards: dict[tuple[str, str], Any] = {}

    async def _cached(self, kind: str, key: str, load: Callable[[], Awaitable[T | None]]) -> T:
        found = self._cards.get((kind, key))
        if found is None:
            found = await load()
            if found is None:
                raise LookupError(f"{kind} {key!r} of {self.pack!r} is indexed but not in the database")
            self._cards[(kind, key)] = found
        return found  # type: ignore[no-any-return]

    @classmethod
    async def open(cls, repo: CatalogueRepository, pack: str) -> Catalogue:
        tracks = NameIndex(await repo.track_names(pack))
        artists = NameIndex(await repo.artist_names(pack))
        if not len(tracks):
            raise LookupError(f"the data pack {pack!r} is not loaded or has no tracks")
        return cls(repo, pack, tracks, artists)

    def index(self, kind: Kind) -> NameIndex:
        return self.tracks if kind == "track" else self.artists

    def find(self, kind: Kind, query: str) -> NameEntry:
        """The entry ``query`` means, or a :class:`UserFacingError` saying what to type instead."""
        noun = kind
        see_all = "see them all with /tracks" if kind == "track" else "empty the option to see them all"
        resolution = self.index(kind).resolve(query)
        if resolution.outcome is Outcome.FOUND:
            return resolution.entry
        if resolution.outcome is Outcome.AMBIGUOUS:
            shown = resolution.matches[:5]
            more = len(resolution.matches) - len(shown)
            tail = f" (and {more} more)" if more else ""
            raise UserFacingError(
                f"{_quoted(query)} matches more than one {noun}: {_listing(shown)}{tail}. "
                f"Which one did you mean? Type a little more, or pick one from the list as you type."
            )
        if resolution.matches:
            raise UserFacingError(
                f"I couldn't find a {noun} called {_quoted(query)}. "
                f"Did you mean {_listing(resolution.matches[:3])}?"
            )
        raise UserFacingError(
            f"I couldn't find a {noun} called {_quoted(query)}. "
            f"Pick one from the list as you type, or {see_all}."
        )

    async def album(self) -> AlbumCard:
        return await self._cached("album", "", lambda: self.repo.album(self.pack))

    async def track_list(self) -> list[TrackLine]:
        return await self._cached("tracks", "", lambda: self.repo.track_list(self.pack))

    async def track(self, entry: NameEntry) -> TrackCard:
        return await self._cached("track", entry.key, lambda: self.repo.track(self.pack, int(entry.key)))

    async def artist(self, entry: NameEntry) -> ArtistCard:
        return await self._cached("artist", entry.key, lambda: self.repo.artist(self.pack, entry.key))
