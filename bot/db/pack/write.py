"""Writing a pack and its hand-written trivia questions into the catalogue tables (inside the
repository's store transaction): everything the bot serves, so that it is built from the database
(``bot.db.pack.read`` reads it back).

Rows are gathered first and written with one ``executemany`` per table: a pack is a few thousand rows,
and a statement per row made loading it the slowest part of starting the bot (and of every test).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from bot.db import Connection
from bot.domain.content import PackContent
from bot.domain.pack import Artist, Claim, Person, Quote, Track
from bot.domain.trivia.questions import Question

# Bump when insert_pack stores a pack differently (2: the sources that print a track's title; 3: the
# whole pack, with its film, about, evidence and orders, and its hand-written questions; 4: the sources'
# dates, the album facts' sections and which facts the album card shows on its face).
STORAGE_LAYOUT = 4

_INSERT = {
    "pack": "INSERT INTO pack (slug, title, artist, film, about, fingerprint, loaded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "source": "INSERT INTO source (pack, key, position, publication, author, title, address, date) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "album_fact": "INSERT INTO album_fact (pack, key, position, label, disputed, date, section, face) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "artist": "INSERT INTO artist (pack, key, position, name, origin, members_disputed) VALUES (?, ?, ?, ?, ?, ?)",
    "artist_fact": "INSERT INTO artist_fact (pack, artist, key, position, label, disputed, date) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "artist_member": "INSERT INTO artist_member (pack, artist, position, name, member_artist, member) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "track": "INSERT INTO track (pack, position, title, credits_disputed, original_album, original_label, "
    "original_year, original_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "track_artist": "INSERT INTO track_artist (pack, track, artist, position) VALUES (?, ?, ?, ?)",
    "claim": "INSERT INTO claim (id, pack, subject, kind, position, text, note, inference) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "claim_source": "INSERT INTO claim_source (claim_id, pack, source, position) VALUES (?, ?, ?, ?)",
    "claim_evidence": "INSERT INTO claim_evidence (claim_id, pack, position, source, phrase) VALUES (?, ?, ?, ?, ?)",
    "subject_source": "INSERT INTO subject_source (pack, subject, source, position) VALUES (?, ?, ?, ?)",
    "subject_evidence": "INSERT INTO subject_evidence (pack, subject, position, source, phrase) "
    "VALUES (?, ?, ?, ?, ?)",
    "quote": "INSERT INTO quote (pack, key, position, source, text) VALUES (?, ?, ?, ?, ?)",
    "quote_track": "INSERT INTO quote_track (pack, quote, track, position) VALUES (?, ?, ?, ?)",
    "quote_artist": "INSERT INTO quote_artist (pack, quote, artist, position) VALUES (?, ?, ?, ?)",
    "handwritten_question": "INSERT INTO handwritten_question (pack, id, position, kind, category, difficulty, "
    "prompt, options, answer, explanation, sources, about, reveals, order_items) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}
"""In the order the foreign keys need."""


class _Rows:
    """The rows of one pack, by table; claims numbered from ``next_claim``."""

    def __init__(self, slug: str, next_claim: int) -> None:
        self.slug = slug
        self.next_claim = next_claim
        self.tables: dict[str, list[tuple[object, ...]]] = defaultdict(list)

    def add(self, table: str, *row: object) -> None:
        by_claim = table in ("claim", "claim_source", "claim_evidence")  # these name the pack after the claim
        self.tables[table].append(row if by_claim else (self.slug, *row))

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
            for i, (source, phrase) in enumerate(claim.evidence):
                self.add("claim_evidence", claim_id, self.slug, i, source, phrase)

    def subject_sources(
        self, subject: str, sources: Iterable[str], evidence: Iterable[tuple[str, str]] = ()
    ) -> None:
        for i, source in enumerate(dict.fromkeys(sources)):
            self.add("subject_source", subject, source, i)
        for i, (source, phrase) in enumerate(evidence):
            self.add("subject_evidence", subject, i, source, phrase)

    def people(self, artist: str, people: Iterable[Person]) -> None:
        for i, person in enumerate(people):
            subject = f"person:{artist}:{i}"
            self.add("artist_member", artist, i, person.name, person.artist, int(person.member))
            self.subject_sources(subject, person.sources, person.evidence)
            self.claims(subject, "alias", person.aliases)
            self.claims(subject, "fact", person.about)

    def album(self, content: PackContent, stamp: str) -> None:
        pack = content.pack
        self.add("pack", pack.title, pack.artist, pack.film, pack.about, stored_fingerprint(content), stamp)
        for i, s in enumerate(pack.sources):
            self.add("source", s.key, i, s.publication, s.author, s.title, s.address, s.date)
        for i, fact in enumerate(pack.facts):
            self.add(
                "album_fact",
                fact.key,
                i,
                fact.label,
                int(fact.disputed),
                fact.date.isoformat() if fact.date else None,
                fact.section,
                int(fact.face),
            )
            self.claims(f"fact:{fact.key}", "value", fact.values)

    def artist(self, position: int, artist: Artist) -> None:
        origin = artist.origin
        self.add(
            "artist",
            artist.key,
            position,
            artist.name,
            origin.text if origin else None,
            int(artist.members_disputed),
        )
        self.claims(f"artist:{artist.key}", "alias", artist.aliases)
        self.claims(f"origin:{artist.key}", "value", (origin,) if origin else ())
        for i, fact in enumerate(artist.facts):
            self.add(
                "artist_fact",
                artist.key,
                fact.key,
                i,
                fact.label,
                int(fact.disputed),
                fact.date.isoformat() if fact.date else None,
            )
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
        self.subject_sources(subject, track.sources, track.evidence)
        self.subject_sources(f"title:{track.position}", track.title_sources)
        self.subject_sources(f"number:{track.position}", track.number_sources)
        if o is not None:
            self.subject_sources(f"original:{track.position}", o.sources, o.evidence)
            for part, keys in o.parts:
                self.subject_sources(f"original:{track.position}:{part}", keys)
        self.claims(subject, "credit", track.credits)
        self.claims(subject, "note", track.notes)
        self.claims(subject, "alias", track.aliases)

    def quote(self, position: int, quote: Quote) -> None:
        self.add("quote", quote.key, position, quote.source, quote.text)
        for i, t in enumerate(dict.fromkeys(quote.tracks)):
            self.add("quote_track", quote.key, t, i)
        for i, a in enumerate(dict.fromkeys(quote.artists)):
            self.add("quote_artist", quote.key, a, i)

    def question(self, position: int, q: Question) -> None:
        self.add(
            "handwritten_question",
            q.id,
            position,
            q.kind,
            q.category,
            q.difficulty,
            q.prompt,
            _json(q.options),
            q.answer,
            q.explanation,
            *(_json(texts) for texts in (q.sources, q.about, q.reveals, q.order)),
        )


def _json(texts: Sequence[str]) -> str:
    return json.dumps(list(texts), ensure_ascii=False)


def stored_fingerprint(content: PackContent) -> str:
    """What the ``pack`` row records: how this code stores a pack, the digest of the pack's files and
    one of its hand-written questions (read from trivia.toml, which the files' digest leaves out), so
    that a change to either, or code that stores them differently, stores the pack again."""
    questions = json.dumps([dataclasses.asdict(q) for q in content.trivia], ensure_ascii=False)
    trivia = hashlib.sha256(questions.encode()).hexdigest()
    return f"{STORAGE_LAYOUT}:{content.pack.fingerprint}:{trivia}"


def files_fingerprint(stored: str) -> str:
    """The digest of the pack's files, from what :func:`stored_fingerprint` recorded."""
    _, _, rest = stored.partition(":")
    return rest.rpartition(":")[0]


async def insert_pack(conn: Connection, content: PackContent, stamp: str) -> None:
    pack = content.pack
    row = await conn.fetchrow("SELECT coalesce(max(id), 0) + 1 FROM claim")
    rows = _Rows(pack.slug, row[0] if row else 1)
    rows.album(content, stamp)
    for i, artist in enumerate(pack.artists):
        rows.artist(i, artist)
    for track in pack.tracks:
        rows.track(track)
    for i, quote in enumerate(pack.quotes):
        rows.quote(i, quote)
    for i, question in enumerate(content.trivia):
        rows.question(i, question)
    for table, sql in _INSERT.items():
        if rows.tables[table]:
            await conn.executemany(sql, rows.tables[table])
