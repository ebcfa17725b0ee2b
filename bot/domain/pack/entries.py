"""Reading a pack's entries: facts (album's and artists'), artists with their people, and tracks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.domain.pack.model import ORIGINAL_PARTS, Artist, Fact, OriginalRelease, Person, Track
from bot.domain.pack.toml import TomlReader

TRACK_FIELDS = (
    *("position", "title", "title_sources", "number_sources", "artists", "sources", "evidence", "unquoted"),
    *("credits", "credits_disputed", "notes", "aliases", "original"),
)


def unique_keys(reader: TomlReader, facts: list[Fact], noun: str, prefix: str = "") -> None:
    seen: set[str] = set()
    for f in facts:
        reader.unique(seen, f.key, f"{prefix}{noun} '{f.key}'", "key")


SECTION_LIMIT = 60
"""The longest an album fact's ``section`` may be: it is a heading, shown as an option of a menu."""


def read_fact(reader: TomlReader, item: dict[str, Any], entry: str, *, album: bool = False) -> Fact | None:
    """One ``[[facts]]`` table: key, label, ``disputed`` and its values (each with its sources); an
    album fact (``album``) also its ``section`` and ``face``."""
    key = reader.text(item, entry, "key")
    if key is not None:
        entry = entry.rsplit("fact #", 1)[0] + f"fact '{key}'"
    fields = ("key", "label", "disputed", "values")
    reader.known(item, entry, (*fields, "section", "face") if album else fields)
    label = reader.text(item, entry, "label")
    section = reader.text(item, entry, "section", required=False) if album else None
    if section is not None and len(section) > SECTION_LIMIT:
        reader.problem(entry, "section", f"must be {SECTION_LIMIT} characters or fewer, not {len(section)}")
    face = reader.flag(item, entry, "face") if album else False
    disputed = reader.flag(item, entry, "disputed")
    values = reader.claims(item, entry, "values")
    if not values:
        reader.problem(entry, "values", "needs at least one value")
    elif disputed and len(values) < 2:
        reader.problem(entry, "values", "is marked disputed, so it needs every disputed value (two or more)")
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
    if key is None or label is None or not values:
        return None
    return Fact(key, label, values, disputed, date, section, face)


def _read_person(reader: TomlReader, item: dict[str, Any], where: str, *, member: bool) -> Person | None:
    name = reader.text(item, where, "name")
    if name is not None:
        where = f"{where.rsplit(' #', 1)[0]} '{name}'"
    reader.known(item, where, ("name", "sources", "evidence", "unquoted", "artist", "aliases", "about"))
    sources = reader.sources(item, where, what="person")
    person = Person(
        name=name or "",
        sources=sources,
        evidence=reader.evidence(item, where, sources),
        artist=reader.text(item, where, "artist", required=False),
        aliases=reader.claims(item, where, "aliases"),
        about=reader.claims(item, where, "about"),
        member=member,
    )
    return person if name is not None else None


def read_artists(reader: TomlReader, raw: dict[str, Any]) -> list[Artist]:
    out: list[Artist] = []
    seen: set[str] = set()
    for i, item in enumerate(reader.tables(raw, "", "artists"), start=1):
        entry = f"artist #{i}"
        key = reader.key(item, entry, seen)
        if key is not None:
            entry = f"artist '{key}'"
        reader.known(
            item,
            entry,
            ("key", "name", "origin", "aliases", "members", "members_disputed", "people", "facts"),
        )
        name = reader.text(item, entry, "name")
        people = {
            kind: tuple(
                p
                for j, m in enumerate(reader.tables(item, entry, kind), start=1)
                if (p := _read_person(reader, m, f"{entry}, {kind} #{j}", member=kind == "members"))
            )
            for kind in ("members", "people")
        }
        origin = reader.table(item, entry, "origin")
        facts = [
            f
            for j, fact in enumerate(reader.tables(item, entry, "facts"), start=1)
            if (f := read_fact(reader, fact, f"{entry}, fact #{j}")) is not None
        ]
        unique_keys(reader, facts, "fact", f"{entry}, ")
        members_disputed = reader.flag(item, entry, "members_disputed")
        if members_disputed and len({p.sources for p in people["members"]}) < 2:
            reader.problem(entry, "members_disputed", "the members' sources all agree: nothing is disputed")
        if key is not None and name is not None:
            out.append(
                Artist(
                    key=key,
                    name=name,
                    aliases=reader.claims(item, entry, "aliases"),
                    members=people["members"],
                    members_disputed=members_disputed,
                    people=people["people"],
                    facts=tuple(facts),
                    origin=reader.claim(origin, f"{entry}, origin") if origin is not None else None,
                )
            )
    keys = {a.key for a in out}
    for artist in out:
        for p in (*artist.members, *artist.people):
            if p.artist is not None and p.artist not in keys:
                reader.problem(
                    f"artist '{artist.key}', person '{p.name}'", "artist", f"unknown artist {p.artist!r}"
                )
    return out


def _read_original(reader: TomlReader, o: dict[str, Any], where: str) -> OriginalRelease | None:
    part_fields = {f"{part}_sources": part for part in ORIGINAL_PARTS}
    reader.known(
        o, where, ("album", "year", "label", "note", "sources", "evidence", "unquoted", *part_fields)
    )
    album = reader.text(o, where, "album")
    year = reader.integer(o, where, "year")
    if year is not None and not 1900 <= year <= 2100:
        reader.problem(where, "year", f"{year} is not a plausible year")
        year = None
    sources = reader.sources(o, where)
    evidence = reader.evidence(o, where, sources)
    parts = tuple(
        (part, tuple(dict.fromkeys(reader.strings(o, where, name))))
        for name, part in part_fields.items()
        if name in o
    )
    for part, keys in parts:
        name = f"{part}_sources"
        if not keys:
            reader.problem(where, name, "is empty: the part needs at least one source")
        for key in keys:
            if key not in sources:
                reader.problem(where, name, f"{key!r} is not in sources")
    if len(parts) == len(ORIGINAL_PARTS):  # a part left out is stated by every source
        stated = {key for _, keys in parts for key in keys}
        for key in sources:
            if key not in stated:
                reader.problem(where, "sources", f"{key!r} states no part of the release")
    if album is None or year is None:
        return None
    label, note = (
        reader.text(o, where, "label", required=False),
        reader.text(o, where, "note", required=False),
    )
    return OriginalRelease(album, year, sources, label, note, evidence, parts)


def read_tracks(reader: TomlReader, raw: dict[str, Any], artist_keys: set[str]) -> list[Track]:
    out: list[Track] = []
    seen_positions: set[int] = set()
    seen_titles: set[str] = set()
    for i, item in enumerate(reader.tables(raw, "", "tracks"), start=1):
        entry = f"track #{i}"
        position = reader.integer(item, entry, "position")
        title = reader.text(item, entry, "title")
        if title is not None:
            entry = f"track '{title}'"
            reader.unique(seen_titles, title.casefold(), entry, "title")
        reader.known(
            item,
            entry,
            TRACK_FIELDS,
        )
        if position is not None:
            if position < 1:
                reader.problem(entry, "position", f"must be 1 or more, not {position}")
            reader.unique(seen_positions, position, entry, "position")
        # Lists of keys name each thing once (as ``sources`` do), so a pack reads back from the
        # database exactly as it was read here.
        artists = tuple(dict.fromkeys(reader.strings(item, entry, "artists")))
        if "artists" not in item:
            reader.problem(entry, "artists", "is missing")
        for key in artists:
            if key not in artist_keys:
                reader.problem(entry, "artists", f"unknown artist {key!r} (not in artists.toml)")
        o = reader.table(item, entry, "original")
        sources = reader.sources(item, entry)
        title_sources = tuple(dict.fromkeys(reader.strings(item, entry, "title_sources")))
        track = Track(
            position=position or 0,
            title=title or "",
            artists=artists,
            sources=sources,
            credits=reader.claims(item, entry, "credits"),
            credits_disputed=reader.flag(item, entry, "credits_disputed"),
            notes=reader.claims(item, entry, "notes"),
            aliases=reader.claims(item, entry, "aliases"),
            original=_read_original(reader, o, f"{entry}, original") if o is not None else None,
            title_sources=title_sources,
            # One phrase per source covers what it says of the track: its place, and its title.
            evidence=reader.evidence(item, entry, tuple(dict.fromkeys((*sources, *title_sources)))),
            number_sources=tuple(dict.fromkeys(reader.strings(item, entry, "number_sources"))),
        )
        if track.title_sources and not track.listed_by:
            reader.problem(
                entry, "title_sources", "shares no source with sources: none lists this title here"
            )
        for key in track.number_sources:
            if key not in sources:
                reader.problem(
                    entry, "number_sources", f"{key!r} is not in sources: it does not list the track"
                )
        if position is not None and title is not None:
            out.append(track)
    return out
