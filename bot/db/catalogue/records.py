"""What the catalogue repository returns: cards built from the pack's model (``bot.domain.pack``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.domain.pack import Claim, Fact, OriginalRelease, Person, Source
from bot.domain.pack.model import placed_by


def cited_keys(claims: Iterable[Claim]) -> Iterator[str]:
    for claim in claims:
        yield from claim.sources


@dataclass(frozen=True)
class ArtistRef:
    key: str
    name: str


@dataclass(frozen=True)
class ReviewQuote:
    key: str
    text: str
    source: Source


@dataclass(frozen=True)
class AlbumCard:
    slug: str
    title: str
    artist: str
    track_count: int
    facts: tuple[Fact, ...]
    sources: tuple[Source, ...]
    """Every source a line of the card cites, in the order first cited."""


@dataclass(frozen=True)
class TrackLine:
    """A track as a list shows it: the first credit as printed and the first notes, with their sources."""

    position: int
    title: str
    artists: tuple[str, ...]
    credit: Claim | None
    credits_disputed: bool
    notes: tuple[Claim, ...]

    @property
    def cited(self) -> tuple[str, ...]:
        """The sources the line cites (its credit and its first two notes, as shown)."""
        shown = (*((self.credit,) if self.credit else ()), *self.notes[:2])
        return tuple(dict.fromkeys(cited_keys(shown)))


@dataclass(frozen=True)
class TrackList:
    lines: tuple[TrackLine, ...]
    sources: tuple[Source, ...]
    """Every source a line cites, in the order first cited."""

    def __len__(self) -> int:
        return len(self.lines)


@dataclass(frozen=True)
class TrackCard:
    pack: str
    position: int
    title: str
    artists: tuple[ArtistRef, ...]
    listed_by: tuple[str, ...]
    """The sources that list the track at this position."""
    numbered_by: tuple[str, ...]
    """The sources that give its number (those that list it, unless the pack says otherwise)."""
    titled_by: tuple[str, ...]
    """The sources that print the title, when not every one in ``listed_by`` does; else empty."""
    credits: tuple[Claim, ...]
    credits_disputed: bool
    notes: tuple[Claim, ...]
    aliases: tuple[Claim, ...]
    original: OriginalRelease | None
    quotes: tuple[ReviewQuote, ...]
    sources: tuple[Source, ...]
    """Every source a line of the card cites, in the order first cited."""

    @property
    def placed_by(self) -> tuple[str, ...]:
        return placed_by(self.listed_by, self.numbered_by)


@dataclass(frozen=True)
class ArtistCard:
    pack: str
    key: str
    name: str
    origin: Claim | None
    aliases: tuple[Claim, ...]
    members: tuple[Person, ...]
    members_disputed: bool
    people: tuple[Person, ...]
    facts: tuple[Fact, ...]
    tracks: tuple[TrackLine, ...]
    quotes: tuple[ReviewQuote, ...]
    linked: tuple[ArtistRef, ...]
    """The artists the card's people link to, for "see /artist …"."""
    sources: tuple[Source, ...]
    """Every source a line of the card cites, in the order first cited."""

    def person(self, name: str) -> Person | None:
        return next((p for p in (*self.members, *self.people) if p.name == name), None)

    def linked_name(self, key: str | None) -> str | None:
        return next((a.name for a in self.linked if a.key == key), None)
