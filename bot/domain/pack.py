"""Soundtrack data packs: read the TOML files a person edits and validate them.

A pack is a folder (``data/packs/<slug>/``) of five files: ``album.toml``, ``sources.toml``,
``artists.toml``, ``tracks.toml`` and ``quotes.toml``. Reading a pack is pure: it touches no
database, so a broken pack is reported before anything is written anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PACK_FILES = ("album.toml", "sources.toml", "artists.toml", "tracks.toml", "quotes.toml")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack, located precisely enough to fix by hand."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.entry:
            where += f", {self.entry}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class PackError(Exception):
    """A pack failed validation. ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Claim:
    """A value together with the sources that state it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    values: tuple[Claim, ...]
    disputed: bool = False
    date: dt.date | None = None


@dataclass(frozen=True)
class Source:
    key: str
    publication: str
    author: str | None = None
    title: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class Alias:
    text: str
    sources: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class Member:
    name: str
    note: str | None = None
    artist: str | None = None


@dataclass(frozen=True)
class Artist:
    key: str
    name: str
    sources: tuple[str, ...]
    aliases: tuple[Alias, ...] = ()
    members: tuple[Member, ...] = ()
    facts: tuple[Claim, ...] = ()
    origin: str | None = None


@dataclass(frozen=True)
class OriginalRelease:
    album: str
    year: int
    sources: tuple[str, ...]
    label: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Track:
    position: int
    title: str
    artists: tuple[str, ...]
    sources: tuple[str, ...]
    credits: tuple[Claim, ...] = ()
    credits_disputed: bool = False
    notes: tuple[Claim, ...] = ()
    aliases: tuple[Alias, ...] = ()
    original: OriginalRelease | None = None


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

    def fact(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


class _Reader:
    """Pulls typed fields out of parsed TOML, recording a located problem for each bad one."""

    def __init__(self, file: str, problems: list[PackProblem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, entry: str, field_name: str, message: str) -> None:
        self.problems.append(PackProblem(self.file, entry, field_name, message))

    def text(self, table: dict[str, Any], entry: str, name: str, *, required: bool = True) -> str | None:
        value = table.get(name)
        if value is None:
            if required:
                self.problem(entry, name, "is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(entry, name, "must be a non-empty text")
            return None
        return value.strip()

    def integer(self, table: dict[str, Any], entry: str, name: str, *, required: bool = True) -> int | None:
        value = table.get(name)
        if value is None:
            if required:
                self.problem(entry, name, "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(entry, name, f"must be a whole number, not {value!r}")
            return None
        return value

    def flag(self, table: dict[str, Any], entry: str, name: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.problem(entry, name, "must be true or false")
            return False
        return value

    def tables(self, table: dict[str, Any], entry: str, name: str) -> list[dict[str, Any]]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(entry, name, "must be a list of tables")
            return []
        return value

    def strings(self, table: dict[str, Any], entry: str, name: str) -> tuple[str, ...]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(entry, name, "must be a list of non-empty texts")
            return ()
        return tuple(v.strip() for v in value)

    def sources(self, table: dict[str, Any], entry: str, name: str = "sources") -> tuple[str, ...]:
        if name not in table:
            self.problem(entry, name, "is missing: every value needs at least one source")
            return ()
        keys = self.strings(table, entry, name)
        if name in table and not keys and isinstance(table[name], list):
            self.problem(entry, name, "is empty: every value needs at least one source")
        return keys

    def claims(self, table: dict[str, Any], entry: str, name: str) -> tuple[Claim, ...]:
        out = []
        for i, item in enumerate(self.tables(table, entry, name), start=1):
            where = f"{entry}, {name} #{i}"
            text = self.text(item, where, "text")
            sources = self.sources(item, where)
            if text is not None:
                out.append(Claim(text, sources))
        return tuple(out)

    def aliases(self, table: dict[str, Any], entry: str) -> tuple[Alias, ...]:
        out = []
        for i, item in enumerate(self.tables(table, entry, "aliases"), start=1):
            where = f"{entry}, aliases #{i}"
            text = self.text(item, where, "text")
            sources = self.sources(item, where)
            note = self.text(item, where, "note", required=False)
            if text is not None:
                out.append(Alias(text, sources, note))
        return tuple(out)


def _parse(folder: Path, name: str, problems: list[PackProblem]) -> dict[str, Any]:
    path = folder / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        problems.append(PackProblem(str(path), "", "", "the file is missing"))
    except tomllib.TOMLDecodeError as exc:
        # A TOML date such as 2010-13-05 fails here, with the line and column in the message.
        problems.append(PackProblem(str(path), "", "", f"is not valid TOML: {exc}"))
    except UnicodeDecodeError as exc:
        problems.append(PackProblem(str(path), "", "", f"is not UTF-8 text: {exc}"))
    return {}


def fingerprint_files(folder: Path) -> str:
    """A digest of the pack's files: unchanged files mean an unchanged pack."""
    digest = hashlib.sha256()
    for name in PACK_FILES:
        path = folder / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"\0missing")
    return digest.hexdigest()


def read_pack(folder: Path) -> Pack:
    """Read and validate one pack folder. Raises :class:`PackError` naming every problem."""
    problems: list[PackProblem] = []
    raw = {name: _parse(folder, name, problems) for name in PACK_FILES}
    if problems:
        raise PackError(problems)

    album = _Reader(str(folder / "album.toml"), problems)
    slug = album.text(raw["album.toml"], "album", "slug")
    if slug is not None and not _SLUG.match(slug):
        album.problem("album", "slug", f"must be lowercase letters, digits and hyphens, not {slug!r}")
    title = album.text(raw["album.toml"], "album", "title")
    artist = album.text(raw["album.toml"], "album", "artist")
    film = album.text(raw["album.toml"], "album", "film", required=False)
    about = album.text(raw["album.toml"], "album", "about", required=False)

    sources = _read_sources(_Reader(str(folder / "sources.toml"), problems), raw["sources.toml"])
    source_keys = {s.key for s in sources}
    facts = _read_facts(album, raw["album.toml"])
    artists = _read_artists(_Reader(str(folder / "artists.toml"), problems), raw["artists.toml"])
    artist_keys = {a.key for a in artists}
    tracks = _read_tracks(_Reader(str(folder / "tracks.toml"), problems), raw["tracks.toml"], artist_keys)
    positions = {t.position for t in tracks}
    quotes = _read_quotes(
        _Reader(str(folder / "quotes.toml"), problems),
        raw["quotes.toml"],
        source_keys,
        positions,
        artist_keys,
    )

    _check_cited_sources(folder, facts, artists, tracks, source_keys, problems)
    count = next((f for f in facts if f.key == "track_count"), None)
    if count is not None and count.values and count.values[0].text != str(len(tracks)):
        album.problem(
            "fact 'track_count'",
            "values",
            f"says {count.values[0].text} tracks but tracks.toml lists {len(tracks)}",
        )

    if problems:
        raise PackError(problems)
    assert slug is not None and title is not None and artist is not None
    return Pack(
        slug=slug,
        title=title,
        artist=artist,
        facts=tuple(facts),
        sources=tuple(sources),
        artists=tuple(artists),
        tracks=tuple(sorted(tracks, key=lambda t: t.position)),
        quotes=tuple(quotes),
        fingerprint=fingerprint_files(folder),
        film=film,
        about=about,
    )


def _unique(reader: _Reader, seen: set[Any], value: Any, entry: str, name: str) -> None:
    if value in seen:
        reader.problem(entry, name, f"{value!r} is used by another entry too")
    seen.add(value)


def _read_sources(reader: _Reader, raw: dict[str, Any]) -> list[Source]:
    out, seen = [], set()
    for i, item in enumerate(reader.tables(raw, "", "sources"), start=1):
        entry = f"source #{i}"
        key = reader.text(item, entry, "key")
        if key is not None:
            entry = f"source '{key}'"
            _unique(reader, seen, key, entry, "key")
        publication = reader.text(item, entry, "publication")
        author = reader.text(item, entry, "author", required=False)
        title = reader.text(item, entry, "title", required=False)
        address = reader.text(item, entry, "address", required=False)
        if key is not None and publication is not None:
            out.append(Source(key, publication, author, title, address))
    return out


def _read_facts(reader: _Reader, raw: dict[str, Any]) -> list[Fact]:
    out, seen = [], set()
    for i, item in enumerate(reader.tables(raw, "album", "facts"), start=1):
        entry = f"fact #{i}"
        key = reader.text(item, entry, "key")
        if key is not None:
            entry = f"fact '{key}'"
            _unique(reader, seen, key, entry, "key")
        label = reader.text(item, entry, "label")
        disputed = reader.flag(item, entry, "disputed")
        values = reader.claims(item, entry, "values")
        if not values:
            reader.problem(entry, "values", "needs at least one value")
        elif disputed and len(values) < 2:
            reader.problem(
                entry, "values", "is marked disputed, so it needs every disputed value (two or more)"
            )
        date = None
        if key == "release_date" and values:
            raw_date = item["values"][0].get("date")
            if isinstance(raw_date, str):
                try:
                    raw_date = dt.date.fromisoformat(raw_date)
                except ValueError:
                    reader.problem(f"{entry}, values #1", "date", f"{raw_date!r} is not a date (YYYY-MM-DD)")
                    raw_date = None
            if isinstance(raw_date, dt.date) and not isinstance(raw_date, dt.datetime):
                date = raw_date
            elif raw_date is not None:
                reader.problem(f"{entry}, values #1", "date", f"{raw_date!r} is not a date (YYYY-MM-DD)")
            else:
                reader.problem(f"{entry}, values #1", "date", "is missing (YYYY-MM-DD)")
        if key is not None and label is not None and values:
            out.append(Fact(key, label, values, disputed, date))
    return out


def _read_artists(reader: _Reader, raw: dict[str, Any]) -> list[Artist]:
    out, seen = [], set()
    for i, item in enumerate(reader.tables(raw, "", "artists"), start=1):
        entry = f"artist #{i}"
        key = reader.text(item, entry, "key")
        if key is not None:
            entry = f"artist '{key}'"
            _unique(reader, seen, key, entry, "key")
            if not _SLUG.match(key):
                reader.problem(entry, "key", "must be lowercase letters, digits and hyphens")
        name = reader.text(item, entry, "name")
        sources = reader.sources(item, entry)
        members = []
        for j, m in enumerate(reader.tables(item, entry, "members"), start=1):
            where = f"{entry}, members #{j}"
            member_name = reader.text(m, where, "name")
            if member_name is not None:
                members.append(
                    Member(
                        member_name,
                        reader.text(m, where, "note", required=False),
                        reader.text(m, where, "artist", required=False),
                    )
                )
        artist = Artist(
            key=key or "",
            name=name or "",
            sources=sources,
            aliases=reader.aliases(item, entry),
            members=tuple(members),
            facts=reader.claims(item, entry, "facts"),
            origin=reader.text(item, entry, "origin", required=False),
        )
        if key is not None and name is not None:
            out.append(artist)
    keys = {a.key for a in out}
    for artist in out:
        for j, member in enumerate(artist.members, start=1):
            if member.artist is not None and member.artist not in keys:
                reader.problem(
                    f"artist '{artist.key}', members #{j}", "artist", f"unknown artist {member.artist!r}"
                )
    return out


def _read_tracks(reader: _Reader, raw: dict[str, Any], artist_keys: set[str]) -> list[Track]:
    out, seen_positions, seen_titles = [], set(), set()
    for i, item in enumerate(reader.tables(raw, "", "tracks"), start=1):
        entry = f"track #{i}"
        position = reader.integer(item, entry, "position")
        title = reader.text(item, entry, "title")
        if title is not None:
            entry = f"track '{title}'"
            _unique(reader, seen_titles, title.casefold(), entry, "title")
        if position is not None:
            if position < 1:
                reader.problem(entry, "position", f"must be 1 or more, not {position}")
            _unique(reader, seen_positions, position, entry, "position")
        artists = reader.strings(item, entry, "artists")
        if "artists" not in item:
            reader.problem(entry, "artists", "is missing")
        for key in artists:
            if key not in artist_keys:
                reader.problem(entry, "artists", f"unknown artist {key!r} (not in artists.toml)")
        original = None
        if "original" in item:
            o = item["original"]
            where = f"{entry}, original"
            if not isinstance(o, dict):
                reader.problem(entry, "original", "must be a table")
            else:
                album = reader.text(o, where, "album")
                year = reader.integer(o, where, "year")
                if year is not None and not 1900 <= year <= 2100:
                    reader.problem(where, "year", f"{year} is not a plausible year")
                    year = None
                o_sources = reader.sources(o, where)
                if album is not None and year is not None:
                    original = OriginalRelease(
                        album,
                        year,
                        o_sources,
                        reader.text(o, where, "label", required=False),
                        reader.text(o, where, "note", required=False),
                    )
        track = Track(
            position=position or 0,
            title=title or "",
            artists=artists,
            sources=reader.sources(item, entry),
            credits=reader.claims(item, entry, "credits"),
            credits_disputed=reader.flag(item, entry, "credits_disputed"),
            notes=reader.claims(item, entry, "notes"),
            aliases=reader.aliases(item, entry),
            original=original,
        )
        if position is not None and title is not None:
            out.append(track)
    return out


def _read_quotes(
    reader: _Reader,
    raw: dict[str, Any],
    source_keys: set[str],
    positions: set[int],
    artist_keys: set[str],
) -> list[Quote]:
    out, seen = [], set()
    for i, item in enumerate(reader.tables(raw, "", "quotes"), start=1):
        entry = f"quote #{i}"
        key = reader.text(item, entry, "key")
        if key is not None:
            entry = f"quote '{key}'"
            _unique(reader, seen, key, entry, "key")
        source = reader.text(item, entry, "source")
        if source is not None and source not in source_keys:
            reader.problem(entry, "source", f"unknown source {source!r} (not in sources.toml)")
        text = reader.text(item, entry, "text")
        tracks = item.get("tracks", [])
        if not isinstance(tracks, list) or not all(
            isinstance(t, int) and not isinstance(t, bool) for t in tracks
        ):
            reader.problem(entry, "tracks", "must be a list of track positions")
            tracks = []
        for t in tracks:
            if t not in positions:
                reader.problem(entry, "tracks", f"no track at position {t}")
        artists = reader.strings(item, entry, "artists")
        for a in artists:
            if a not in artist_keys:
                reader.problem(entry, "artists", f"unknown artist {a!r} (not in artists.toml)")
        if key is not None and source is not None and text is not None:
            out.append(Quote(key, source, " ".join(text.split()), tuple(tracks), artists))
    return out


def _cited(facts: list[Fact], artists: list[Artist], tracks: list[Track]) -> Iterator[tuple[str, str, str]]:
    """Every (file, entry, source key) the pack cites outside quotes.toml."""
    for f in facts:
        for v in f.values:
            for s in v.sources:
                yield "album.toml", f"fact '{f.key}'", s
    for a in artists:
        claims: Iterable[Claim | Alias] = (*a.facts, *a.aliases)
        for s in (*a.sources, *(s for c in claims for s in c.sources)):
            yield "artists.toml", f"artist '{a.key}'", s
    for t in tracks:
        claims = (*t.credits, *t.notes, *t.aliases)
        own = t.original.sources if t.original else ()
        for s in (*t.sources, *own, *(s for c in claims for s in c.sources)):
            yield "tracks.toml", f"track '{t.title}'", s


def _check_cited_sources(
    folder: Path,
    facts: list[Fact],
    artists: list[Artist],
    tracks: list[Track],
    source_keys: set[str],
    problems: list[PackProblem],
) -> None:
    reported = set()
    for file, entry, key in _cited(facts, artists, tracks):
        if key not in source_keys and (file, entry, key) not in reported:
            reported.add((file, entry, key))
            problems.append(
                PackProblem(
                    str(folder / file), entry, "sources", f"unknown source {key!r} (not in sources.toml)"
                )
            )


def discover_packs(root: Path) -> list[Path]:
    """The pack folders under ``root``: each sub-folder that holds an ``album.toml``."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "album.toml").exists())


def read_packs(folders: Iterable[Path]) -> list[Pack]:
    """Read several packs, reporting the problems of all of them together."""
    packs, problems = [], []
    for folder in folders:
        try:
            packs.append(read_pack(folder))
        except PackError as exc:
            problems.extend(exc.problems)
    slugs: dict[str, int] = {}
    for pack in packs:
        slugs[pack.slug] = slugs.get(pack.slug, 0) + 1
    for slug, count in slugs.items():
        if count > 1:
            problems.append(PackProblem("album.toml", "album", "slug", f"{slug!r} is used by {count} packs"))
    if problems:
        raise PackError(problems)
    return packs
