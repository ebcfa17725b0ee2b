"""Writing a pack into the catalogue tables (inside the repository's load transaction).

Rows are gathered first and written with one ``executemany`` per table: a pack is a few thousand rows,
and a statement per row made loading it the slowest part of starting the bot (and of every test).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from bot.db import Connection
from bot.domain.pack import Artist, Claim, Pack, Person, Quote, Track

log = logging.getLogger(__name__)

# Bump when insert_pack stores a pack differently (2: the sources that print a track's title).
STORAGE_LAYOUT = 2

_INSERT = {
    "pack": "INSERT INTO pack (slug, title, artist, fingerprint, loaded_at) VALUES (?, ?, ?, ?, ?)",
    "source": "INSERT INTO source (pack, key, position, publication, author, title, address) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "album_fact": "INSERT INTO album_fact (pack, key, position, label, disputed, date) VALUES (?, ?, ?, ?, ?, ?)",
    "artist": "INSERT INTO artist (pack, key, name, origin, members_disputed) VALUES (?, ?, ?, ?, ?)",
    "artist_fact": "INSERT INTO artist_fact (pack, artist, key, position, label, disputed) VALUES (?, ?, ?, ?, ?, ?)",
    "artist_member": "INSERT INTO artist_member (pack, artist, position, name, member_artist, member) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "track": "INSERT INTO track (pack, position, title, credits_disputed, original_album, original_label, "
    "original_year, original_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "track_artist": "INSERT INTO track_artist (pack, track, artist, position) VALUES (?, ?, ?, ?)",
    "claim": "INSERT INTO claim (id, pack, subject, kind, position, text, note, inference) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "claim_source": "INSERT INTO claim_source (claim_id, pack, source, position) VALUES (?, ?, ?, ?)",
    "subject_source": "INSERT INTO subject_source (pack, subject, source, position) VALUES (?, ?, ?, ?)",
    "quote": "INSERT INTO quote (pack, key, position, source, text) VALUES (?, ?, ?, ?, ?)",
    "quote_track": "INSERT INTO quote_track (pack, quote, track) VALUES (?, ?, ?)",
    "quote_artist": "INSERT INTO quote_artist (pack, quote, artist) VALUES (?, ?, ?)",
}
"""In the order the foreign keys need."""


class _Rows:
    """The rows of one pack, by table; claims numbered from ``next_claim``."""

    def __init__(self, slug: str, next_claim: int) -> None:
        self.slug = slug
        self.next_claim = next_claim
        self.tables: dict[str, list[tuple[object, ...]]] = defaultdict(list)

    def add(self, table: str, *row: object) -> None:
        self.tables[table].append((self.slug, *row) if table not in ("claim", "claim_source") else row)

    def claims(self, subject: str, kind: str, claims: Iterable[Claim]) -> None:
        for position, claim in enumerate(claims):
            claim_id, self.next_claim = self.next_claim, self.next_claim + 1
            self.add(
                "claim",
                claim_id,
                self.slug,
                subject,
                kind,
                position,
                claim.text,
                claim.note,
                int(claim.inference),
            )
            for i, source in enumerate(claim.sources):
                self.add("claim_source", claim_id, self.slug, source, i)

    def subject_sources(self, subject: str, sources: Iterable[str]) -> None:
        for i, source in enumerate(dict.fromkeys(sources)):
            self.add("subject_source", subject, source, i)

    def people(self, artist: str, people: Iterable[Person]) -> None:
        for i, person in enumerate(people):
            subject = f"person:{artist}:{i}"
            self.add("artist_member", artist, i, person.name, person.artist, int(person.member))
            self.subject_sources(subject, person.sources)
            self.claims(subject, "alias", person.aliases)
            self.claims(subject, "fact", person.about)

    def album(self, pack: Pack, stamp: str) -> None:
        self.add("pack", pack.title, pack.artist, stored_fingerprint(pack), stamp)
        for i, s in enumerate(pack.sources):
            self.add("source", s.key, i, s.publication, s.author, s.title, s.address)
        for i, fact in enumerate(pack.facts):
            self.add(
                "album_fact",
                fact.key,
                i,
                fact.label,
                int(fact.disputed),
                fact.date.isoformat() if fact.date else None,
            )
            self.claims(f"fact:{fact.key}", "value", fact.values)

    def artist(self, artist: Artist) -> None:
        origin = artist.origin
        self.add(
            "artist", artist.key, artist.name, origin.text if origin else None, int(artist.members_disputed)
        )
        self.claims(f"artist:{artist.key}", "alias", artist.aliases)
        self.claims(f"origin:{artist.key}", "value", (origin,) if origin else ())
        for i, fact in enumerate(artist.facts):
            self.add("artist_fact", artist.key, fact.key, i, fact.label, int(fact.disputed))
            self.claims(f"artist-fact:{artist.key}:{fact.key}", "value", fact.values)
        self.people(artist.key, (*artist.members, *artist.people))

    def track(self, track: Track) -> None:
        subject, o = f"track:{track.position}", track.original
        self.add(
            "track",
            track.position,
            track.title,
            int(track.credits_disputed),
            *((o.album, o.label, o.year, o.note) if o else (None, None, None, None)),
        )
        for i, artist_key in enumerate(track.artists):
            self.add("track_artist", track.position, artist_key, i)
        self.subject_sources(subject, track.sources)
        self.subject_sources(f"title:{track.position}", track.title_sources)
        if o is not None:
            self.subject_sources(f"original:{track.position}", o.sources)
        self.claims(subject, "credit", track.credits)
        self.claims(subject, "note", track.notes)
        self.claims(subject, "alias", track.aliases)

    def quote(self, i: int, quote: Quote) -> None:
        self.add("quote", quote.key, i, quote.source, quote.text)
        for t in dict.fromkeys(quote.tracks):
            self.add("quote_track", quote.key, t)
        for a in dict.fromkeys(quote.artists):
            self.add("quote_artist", quote.key, a)


def stored_fingerprint(pack: Pack) -> str:
    """What the ``pack`` row records: the files' digest and how this code stores them, so that a database
    loaded by code that stored the pack differently reloads it."""
    return f"{STORAGE_LAYOUT}:{pack.fingerprint}"


async def insert_pack(conn: Connection, pack: Pack, stamp: str) -> None:
    row = await conn.fetchrow("SELECT coalesce(max(id), 0) + 1 FROM claim")
    rows = _Rows(pack.slug, row[0] if row else 1)
    rows.album(pack, stamp)
    for artist in pack.artists:
        rows.artist(artist)
    for track in pack.tracks:
        rows.track(track)
    for i, quote in enumerate(pack.quotes):
        rows.quote(i, quote)
    for table, sql in _INSERT.items():
        if rows.tables[table]:
            await conn.executemany(sql, rows.tables[table])
