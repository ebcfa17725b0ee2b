"""What a data pack holds, as frozen dataclasses: one model for the loader, the cards and the trivia."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.domain.pack.evidence import NO_REVIEWS, Reviews


@dataclass(frozen=True)
class Claim:
    """A value together with the sources that state it.

    ``evidence`` maps a source key to a short phrase, verbatim from that source, that states the value
    (required for every source whose text the pack ships). ``inference`` marks a value that reads
    between its sources rather than one any of them states: it is never shown as their words.
    """

    text: str
    sources: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...] = ()
    note: str | None = None
    inference: bool = False


@dataclass(frozen=True)
class Fact:
    """A labelled fact with one or more values; ``disputed`` when the sources disagree.

    ``section`` names the group an album fact belongs to (a short heading: "The film"), and ``face``
    marks an album fact shown on the album card's face; an artist's facts have neither.
    """

    key: str
    label: str
    values: tuple[Claim, ...]
    disputed: bool = False
    date: dt.date | None = None
    section: str | None = None
    face: bool = False


@dataclass(frozen=True)
class Source:
    """A page the pack cites. ``title`` is the source's own title; ``date`` its date as a reader
    reads it ("12 August 2010", "August 2010", "c. 2021"), when the facts file gives one."""

    key: str
    publication: str
    author: str | None = None
    title: str | None = None
    address: str | None = None
    date: str | None = None

    @property
    def link(self) -> str | None:
        """A clickable address, when the source has a full one."""
        if self.address and self.address.startswith(("https://", "http://")):
            return self.address
        return None


@dataclass(frozen=True)
class Person:
    """A person named in an artist's entry: a member of the band, or someone else it names.

    ``artist`` links a person who has an artist entry of their own; ``about`` says who they are there.
    """

    name: str
    sources: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...] = ()
    artist: str | None = None
    aliases: tuple[Claim, ...] = ()
    about: tuple[Claim, ...] = ()
    member: bool = True

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *(a.text for a in self.aliases))


@dataclass(frozen=True)
class Artist:
    key: str
    name: str
    aliases: tuple[Claim, ...] = ()
    members: tuple[Person, ...] = ()
    members_disputed: bool = False
    people: tuple[Person, ...] = ()
    """People the entry names who are not members (a partner, a co-writer)."""
    facts: tuple[Fact, ...] = ()
    origin: Claim | None = None


ORIGINAL_PARTS = ("album", "label", "year", "note")
"""The parts of an original release a source can state apart from the others."""


@dataclass(frozen=True)
class OriginalRelease:
    album: str
    year: int
    sources: tuple[str, ...]
    label: str | None = None
    note: str | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The sources of each part (``ORIGINAL_PARTS``: the album, its label, its year, the note) where
    they are not all ``sources``: each part carries only its own. Empty when every source states all."""

    def sources_of(self, part: str) -> tuple[str, ...]:
        """The sources that state one part of the release ("album", "label", "year" or "note")."""
        return dict(self.parts).get(part, self.sources)


@dataclass(frozen=True)
class Track:
    position: int
    title: str
    artists: tuple[str, ...]
    sources: tuple[str, ...]
    """The sources that list the track at this position."""
    credits: tuple[Claim, ...] = ()
    credits_disputed: bool = False
    notes: tuple[Claim, ...] = ()
    aliases: tuple[Claim, ...] = ()
    original: OriginalRelease | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    title_sources: tuple[str, ...] = ()
    """The sources that print the title, when not every source in ``sources`` does (a copy that breaks
    off inside it); empty when they all do."""
    number_sources: tuple[str, ...] = ()
    """The sources in ``sources`` that give the track's number, when not all of them do (one that
    places it only as "the final two" gives no number); empty when they all do."""

    @property
    def listed_by(self) -> tuple[str, ...]:
        """The sources that print this title at this position: what a question pairing the two cites."""
        if not self.title_sources:
            return self.sources
        return tuple(s for s in self.sources if s in self.title_sources)

    @property
    def numbered_by(self) -> tuple[str, ...]:
        """The sources that give this track's number."""
        return self.number_sources or self.sources

    @property
    def placed_by(self) -> tuple[str, ...]:
        """What a line or question stating "this title is track N" cites: the sources that print the
        title at this place and give its number; where none gives both, those that print the title here
        and those that give the number, each for its own part."""
        return placed_by(self.listed_by, self.numbered_by)

    @property
    def titled_by(self) -> tuple[str, ...]:
        """The sources that print the title."""
        return self.title_sources or self.sources


@dataclass(frozen=True)
class Quote:
    key: str
    source: str
    text: str
    tracks: tuple[int, ...] = ()
    artists: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pack:
    slug: str
    title: str
    artist: str
    facts: tuple[Fact, ...]
    sources: tuple[Source, ...]
    artists: tuple[Artist, ...]
    tracks: tuple[Track, ...]
    quotes: tuple[Quote, ...]
    fingerprint: str = field(default="", compare=False)
    film: str | None = None
    """The film's title, as text names it (album.toml ``film``; optional)."""
    about: str | None = None
    """What the pack is about, as a phrase that reads after "A bot for" (album.toml ``about``;
    optional, Markdown allowed): /about opens with it."""
    reviews: Reviews = field(default=NO_REVIEWS, compare=False, repr=False)
    """The texts of the reviews the pack ships (``review`` in sources.toml), to check phrases against."""

    def fact(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


def placed_by(listed_by: tuple[str, ...], numbered_by: tuple[str, ...]) -> tuple[str, ...]:
    """What "this title is track N" cites: the sources that print the title at this place and give
    its number; where none gives both, each part's own sources."""
    both = tuple(s for s in listed_by if s in numbered_by)
    return both or tuple(dict.fromkeys((*listed_by, *numbered_by)))
