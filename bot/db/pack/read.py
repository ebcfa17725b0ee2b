"""Reading a whole pack back from the catalogue tables, with its hand-written trivia questions: the
content the bot serves (/about, the question bank), built from what the database holds.

``write`` is the other half: what it stores, this reads back into the same model, equal to what was
validated (all but the review texts, which only validation reads). Each table is read once, whole,
and the pack is put together here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from bot.db.base import Reads
from bot.db.pack.write import files_fingerprint
from bot.domain.content import PackContent
from bot.domain.pack import (
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
from bot.domain.trivia.questions import Question

K = TypeVar("K")
V = TypeVar("V")

Evidence = tuple[tuple[str, str], ...]


def _grouped(
    rows: Iterable[Any], key: Callable[[Any], K], value: Callable[[Any], V]
) -> dict[K, tuple[V, ...]]:
    """Rows (read in order) gathered by ``key``, each group in the order read."""
    out: dict[K, list[V]] = defaultdict(list)
    for r in rows:
        out[key(r)].append(value(r))
    return {k: tuple(v) for k, v in out.items()}


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class _Stored:
    """One pack's rows, read table by table, and the model built from them."""

    def __init__(self, conn: Reads, slug: str) -> None:
        self.conn = conn
        self.slug = slug
        self.claims: dict[tuple[str, str], tuple[Claim, ...]] = {}
        self.sources: dict[str, tuple[str, ...]] = {}
        self.evidence: dict[str, Evidence] = {}

    async def rows(self, sql: str) -> list[Any]:
        return await self.conn.fetch(sql, (self.slug,))

    async def read_citations(self) -> None:
        """The claims (each with its sources and evidence) and every entry's sources and evidence, by
        subject: read first, since every part of the pack draws on them."""
        sources = _grouped(
            await self.rows(
                "SELECT claim_id, source FROM claim_source WHERE pack = ? ORDER BY claim_id, position"
            ),
            lambda r: r["claim_id"],
            lambda r: r["source"],
        )
        evidence = _grouped(
            await self.rows(
                "SELECT claim_id, source, phrase FROM claim_evidence WHERE pack = ? ORDER BY claim_id, position"
            ),
            lambda r: r["claim_id"],
            lambda r: (r["source"], r["phrase"]),
        )
        self.claims = _grouped(
            await self.rows(
                "SELECT id, subject, kind, text, note, inference FROM claim WHERE pack = ? "
                "ORDER BY subject, kind, position"
            ),
            lambda r: (r["subject"], r["kind"]),
            lambda r: Claim(
                r["text"],
                sources.get(r["id"], ()),
                evidence.get(r["id"], ()),
                r["note"],
                bool(r["inference"]),
            ),
        )
        self.sources = _grouped(
            await self.rows(
                "SELECT subject, source FROM subject_source WHERE pack = ? ORDER BY subject, position"
            ),
            lambda r: r["subject"],
            lambda r: r["source"],
        )
        self.evidence = _grouped(
            await self.rows(
                "SELECT subject, source, phrase FROM subject_evidence WHERE pack = ? ORDER BY subject, position"
            ),
            lambda r: r["subject"],
            lambda r: (r["source"], r["phrase"]),
        )

    def claims_of(self, subject: str, kind: str) -> tuple[Claim, ...]:
        return self.claims.get((subject, kind), ())

    def fact(self, subject: str, r: Any, section: str | None = None, face: bool = False) -> Fact:
        return Fact(
            r["key"],
            r["label"],
            self.claims_of(subject, "value"),
            bool(r["disputed"]),
            _date(r["date"]),
            section,
            face,
        )

    async def facts(self) -> tuple[Fact, ...]:
        rows = await self.rows(
            "SELECT key, label, disputed, date, section, face FROM album_fact WHERE pack = ? ORDER BY position"
        )
        return tuple(self.fact(f"fact:{r['key']}", r, r["section"], bool(r["face"])) for r in rows)

    async def artists(self) -> tuple[Artist, ...]:
        facts = _grouped(
            await self.rows(
                "SELECT artist, key, label, disputed, date FROM artist_fact WHERE pack = ? ORDER BY artist, position"
            ),
            lambda r: r["artist"],
            lambda r: self.fact(f"artist-fact:{r['artist']}:{r['key']}", r),
        )
        people = _grouped(
            await self.rows(
                "SELECT artist, position, name, member_artist, member FROM artist_member WHERE pack = ? "
                "ORDER BY artist, position"
            ),
            lambda r: r["artist"],
            self.person,
        )
        rows = await self.rows(
            "SELECT key, name, members_disputed FROM artist WHERE pack = ? ORDER BY position"
        )
        out = []
        for r in rows:
            key, named = r["key"], people.get(r["key"], ())
            origin = self.claims_of(f"origin:{key}", "value")
            out.append(
                Artist(
                    key=key,
                    name=r["name"],
                    aliases=self.claims_of(f"artist:{key}", "alias"),
                    members=tuple(p for p in named if p.member),
                    members_disputed=bool(r["members_disputed"]),
                    people=tuple(p for p in named if not p.member),
                    facts=facts.get(key, ()),
                    origin=origin[0] if origin else None,
                )
            )
        return tuple(out)

    def person(self, r: Any) -> Person:
        subject = f"person:{r['artist']}:{r['position']}"
        return Person(
            name=r["name"],
            sources=self.sources.get(subject, ()),
            evidence=self.evidence.get(subject, ()),
            artist=r["member_artist"],
            aliases=self.claims_of(subject, "alias"),
            about=self.claims_of(subject, "fact"),
            member=bool(r["member"]),
        )

    async def tracks(self) -> tuple[Track, ...]:
        artists = _grouped(
            await self.rows("SELECT track, artist FROM track_artist WHERE pack = ? ORDER BY track, position"),
            lambda r: r["track"],
            lambda r: r["artist"],
        )
        rows = await self.rows(
            "SELECT position, title, credits_disputed, original_album, original_label, original_year, "
            "original_note FROM track WHERE pack = ? ORDER BY position"
        )
        return tuple(self.track(r, artists.get(r["position"], ())) for r in rows)

    def track(self, r: Any, artists: tuple[str, ...]) -> Track:
        position = r["position"]
        subject = f"track:{position}"
        original = None
        if r["original_album"] is not None:
            original = OriginalRelease(
                r["original_album"],
                r["original_year"],
                self.sources.get(f"original:{position}", ()),
                r["original_label"],
                r["original_note"],
                self.evidence.get(f"original:{position}", ()),
                tuple(
                    (part, self.sources[key])
                    for part in ORIGINAL_PARTS
                    if (key := f"original:{position}:{part}") in self.sources
                ),
            )
        return Track(
            position=position,
            title=r["title"],
            artists=artists,
            sources=self.sources.get(subject, ()),
            credits=self.claims_of(subject, "credit"),
            credits_disputed=bool(r["credits_disputed"]),
            notes=self.claims_of(subject, "note"),
            aliases=self.claims_of(subject, "alias"),
            original=original,
            evidence=self.evidence.get(subject, ()),
            title_sources=self.sources.get(f"title:{position}", ()),
            number_sources=self.sources.get(f"number:{position}", ()),
        )

    async def quotes(self) -> tuple[Quote, ...]:
        tracks = _grouped(
            await self.rows("SELECT quote, track FROM quote_track WHERE pack = ? ORDER BY quote, position"),
            lambda r: r["quote"],
            lambda r: r["track"],
        )
        artists = _grouped(
            await self.rows("SELECT quote, artist FROM quote_artist WHERE pack = ? ORDER BY quote, position"),
            lambda r: r["quote"],
            lambda r: r["artist"],
        )
        rows = await self.rows("SELECT key, source, text FROM quote WHERE pack = ? ORDER BY position")
        return tuple(
            Quote(r["key"], r["source"], r["text"], tracks.get(r["key"], ()), artists.get(r["key"], ()))
            for r in rows
        )

    async def questions(self) -> tuple[Question, ...]:
        rows = await self.rows(
            "SELECT id, kind, category, difficulty, prompt, options, answer, explanation, sources, about, "
            "reveals, order_items FROM handwritten_question WHERE pack = ? ORDER BY position"
        )
        return tuple(
            Question(
                id=r["id"],
                kind=r["kind"],
                category=r["category"],
                difficulty=r["difficulty"],
                prompt=r["prompt"],
                options=tuple(json.loads(r["options"])),
                answer=r["answer"],
                explanation=r["explanation"],
                sources=tuple(json.loads(r["sources"])),
                about=tuple(json.loads(r["about"])),
                reveals=tuple(json.loads(r["reveals"])),
                order=tuple(json.loads(r["order_items"])),
            )
            for r in rows
        )


async def stored_content(conn: Reads, slug: str) -> PackContent | None:
    """The pack ``slug`` and its hand-written questions as stored, or None if no such pack is stored."""
    row = await conn.fetchrow(
        "SELECT title, artist, film, about, fingerprint FROM pack WHERE slug = ?", (slug,)
    )
    if row is None:
        return None
    stored = _Stored(conn, slug)
    await stored.read_citations()
    sources = await stored.rows(
        "SELECT key, publication, author, title, address, date FROM source WHERE pack = ? ORDER BY position"
    )
    pack = Pack(
        slug=slug,
        title=row["title"],
        artist=row["artist"],
        facts=await stored.facts(),
        sources=tuple(
            Source(r["key"], r["publication"], r["author"], r["title"], r["address"], r["date"])
            for r in sources
        ),
        artists=await stored.artists(),
        tracks=await stored.tracks(),
        quotes=await stored.quotes(),
        fingerprint=files_fingerprint(row["fingerprint"]),
        film=row["film"],
        about=row["about"],
    )
    return PackContent(pack, await stored.questions())
