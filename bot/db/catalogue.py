"""The catalogue repository: the only place that reads or writes the soundtrack tables."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db import Database
from bot.domain.names import NameEntry
from bot.domain.pack import Alias, Claim, Pack

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceRef:
    key: str
    publication: str
    author: str | None
    title: str | None
    address: str | None

    @property
    def link(self) -> str | None:
        """A clickable address, when the source has a full one."""
        if self.address and self.address.startswith(("https://", "http://")):
            return self.address
        return None


@dataclass(frozen=True)
class Cited:
    """A value as the card shows it, with the keys of its sources."""

    text: str
    sources: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class AlbumFact:
    key: str
    label: str
    disputed: bool
    values: tuple[Cited, ...]


@dataclass(frozen=True)
class AlbumCard:
    slug: str
    title: str
    artist: str
    track_count: int
    facts: tuple[AlbumFact, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class TrackLine:
    position: int
    title: str
    artists: tuple[str, ...]
    credit: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ArtistRef:
    key: str
    name: str


@dataclass(frozen=True)
class ReviewQuote:
    key: str
    text: str
    source: SourceRef


@dataclass(frozen=True)
class Original:
    album: str
    label: str | None
    year: int
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TrackCard:
    pack: str
    position: int
    title: str
    artists: tuple[ArtistRef, ...]
    credits: tuple[Cited, ...]
    credits_disputed: bool
    notes: tuple[Cited, ...]
    aliases: tuple[Cited, ...]
    original: Original | None
    quotes: tuple[ReviewQuote, ...]
    sources: tuple[SourceRef, ...]
    """The entry's own sources first, then every other source the card cites."""


@dataclass(frozen=True)
class Member:
    name: str
    note: str | None
    artist: ArtistRef | None


@dataclass(frozen=True)
class ArtistCard:
    pack: str
    key: str
    name: str
    origin: str | None
    aliases: tuple[Cited, ...]
    members: tuple[Member, ...]
    facts: tuple[Cited, ...]
    tracks: tuple[TrackLine, ...]
    quotes: tuple[ReviewQuote, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class PackInfo:
    slug: str
    title: str
    fingerprint: str
    loaded_at: str


@dataclass(frozen=True)
class LoadResult:
    slug: str
    applied: bool
    """False when the pack was unchanged since the last load and nothing was written."""


class CatalogueRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> aiosqlite.Connection:
        return self._db.conn

    # -- loading --------------------------------------------------------------------------------

    async def load_packs(self, packs: Sequence[Pack], *, now: dt.datetime | None = None) -> list[LoadResult]:
        """Load packs whose files changed since the last load, all in one transaction.

        Only catalogue tables are written: a pack's old rows go (by cascade from its ``pack`` row)
        and its new rows are inserted.
        """
        stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        known = {p.slug: p.fingerprint for p in await self.packs()}
        changed = [p for p in packs if known.get(p.slug) != p.fingerprint]
        if changed:
            async with self._db.transaction() as conn:
                for pack in changed:
                    await conn.execute("DELETE FROM pack WHERE slug = ?", (pack.slug,))
                    await _insert_pack(conn, pack, stamp)
        applied = {p.slug for p in changed}
        for pack in packs:
            log.info(
                "Data pack %s: %s", pack.slug, "loaded" if pack.slug in applied else "unchanged, not reloaded"
            )
        return [LoadResult(p.slug, p.slug in applied) for p in packs]

    # -- reading --------------------------------------------------------------------------------

    async def packs(self) -> list[PackInfo]:
        rows = await self._conn.execute_fetchall(
            "SELECT slug, title, fingerprint, loaded_at FROM pack ORDER BY slug"
        )
        return [PackInfo(r["slug"], r["title"], r["fingerprint"], r["loaded_at"]) for r in rows]

    async def track_names(self, pack: str) -> list[NameEntry]:
        """Tracks as name-index entries: key is the position, names are the title then its aliases."""
        aliases = await self._claims(pack, "track:%", "alias")
        rows = await self._conn.execute_fetchall(
            "SELECT position, title FROM track WHERE pack = ? ORDER BY position", (pack,)
        )
        credits = await self._first_credits(pack)
        entries = []
        for r in rows:
            subject = f"track:{r['position']}"
            credit = credits.get(r["position"])
            label = f"{r['position']}. {r['title']}" + (f" — {credit}" if credit else "")
            names = (r["title"], *(c.text for c in aliases.get(subject, ())))
            entries.append(NameEntry(str(r["position"]), names, r["position"], label))
        return entries

    async def artist_names(self, pack: str) -> list[NameEntry]:
        """Artists as name-index entries, in name order: key is the artist key."""
        aliases = await self._claims(pack, "artist:%", "alias")
        rows = await self._conn.execute_fetchall("SELECT key, name FROM artist WHERE pack = ?", (pack,))
        ordered = sorted(rows, key=lambda r: r["name"].casefold())
        entries = []
        for order, r in enumerate(ordered):
            alias_texts = tuple(c.text for c in aliases.get(f"artist:{r['key']}", ()))
            label = r["name"] + (f" (also {', '.join(alias_texts)})" if alias_texts else "")
            entries.append(NameEntry(r["key"], (r["name"], *alias_texts), order, label))
        return entries

    async def album(self, pack: str) -> AlbumCard | None:
        row = await self._one("SELECT slug, title, artist FROM pack WHERE slug = ?", (pack,))
        if row is None:
            return None
        facts = await self._conn.execute_fetchall(
            "SELECT key, label, disputed FROM album_fact WHERE pack = ? ORDER BY position", (pack,)
        )
        values = await self._claims(pack, "fact:%", "value")
        count = await self._one("SELECT count(*) AS n FROM track WHERE pack = ?", (pack,))
        album_facts = tuple(
            AlbumFact(f["key"], f["label"], bool(f["disputed"]), tuple(values.get(f"fact:{f['key']}", ())))
            for f in facts
        )
        cited = [s for f in album_facts for v in f.values for s in v.sources]
        return AlbumCard(
            slug=row["slug"],
            title=row["title"],
            artist=row["artist"],
            track_count=count["n"] if count else 0,
            facts=album_facts,
            sources=await self._sources(pack, cited),
        )

    async def track_list(self, pack: str) -> list[TrackLine]:
        rows = await self._conn.execute_fetchall(
            "SELECT position, title FROM track WHERE pack = ? ORDER BY position", (pack,)
        )
        artists = await self._track_artists(pack)
        credits = await self._first_credits(pack)
        notes = await self._claims(pack, "track:%", "note")
        return [
            TrackLine(
                r["position"],
                r["title"],
                tuple(a.name for a in artists.get(r["position"], ())),
                credits.get(r["position"]),
                tuple(n.text for n in notes.get(f"track:{r['position']}", ())),
            )
            for r in rows
        ]

    async def track(self, pack: str, position: int) -> TrackCard | None:
        row = await self._one("SELECT * FROM track WHERE pack = ? AND position = ?", (pack, position))
        if row is None:
            return None
        subject = f"track:{position}"
        claims = {
            kind: (await self._claims(pack, subject, kind)).get(subject, ())
            for kind in ("credit", "note", "alias")
        }
        own = await self._subject_sources(pack, subject)
        original = None
        if row["original_album"] is not None:
            original = Original(
                row["original_album"],
                row["original_label"],
                row["original_year"],
                row["original_note"],
                await self._subject_sources(pack, f"original:{position}"),
            )
        quotes = await self._quotes(
            "SELECT q.key, q.text, q.source FROM quote_track qt JOIN quote q ON q.pack = qt.pack AND q.key = qt.quote "
            "WHERE qt.pack = ? AND qt.track = ? ORDER BY q.position",
            (pack, position),
        )
        cited = [
            *own,
            *(s for group in claims.values() for c in group for s in c.sources),
            *(original.sources if original else ()),
            *(q.source.key for q in quotes),
        ]
        return TrackCard(
            pack=pack,
            position=position,
            title=row["title"],
            artists=(await self._track_artists(pack, position)).get(position, ()),
            credits=tuple(claims["credit"]),
            credits_disputed=bool(row["credits_disputed"]),
            notes=tuple(claims["note"]),
            aliases=tuple(claims["alias"]),
            original=original,
            quotes=quotes,
            sources=await self._sources(pack, cited),
        )

    async def artist(self, pack: str, key: str) -> ArtistCard | None:
        row = await self._one("SELECT key, name, origin FROM artist WHERE pack = ? AND key = ?", (pack, key))
        if row is None:
            return None
        subject = f"artist:{key}"
        aliases = (await self._claims(pack, subject, "alias")).get(subject, [])
        facts = (await self._claims(pack, subject, "fact")).get(subject, [])
        member_rows = await self._conn.execute_fetchall(
            "SELECT m.name, m.note, m.member_artist, a.name AS artist_name FROM artist_member m "
            "LEFT JOIN artist a ON a.pack = m.pack AND a.key = m.member_artist "
            "WHERE m.pack = ? AND m.artist = ? ORDER BY m.position",
            (pack, key),
        )
        members = tuple(
            Member(
                m["name"],
                m["note"],
                ArtistRef(m["member_artist"], m["artist_name"]) if m["member_artist"] else None,
            )
            for m in member_rows
        )
        track_rows = await self._conn.execute_fetchall(
            "SELECT t.position FROM track_artist ta JOIN track t ON t.pack = ta.pack AND t.position = ta.track "
            "WHERE ta.pack = ? AND ta.artist = ? ORDER BY t.position",
            (pack, key),
        )
        wanted = {r["position"] for r in track_rows}
        tracks = tuple(t for t in await self.track_list(pack) if t.position in wanted)
        quotes = await self._quotes(
            "SELECT q.key, q.text, q.source FROM quote_artist qa "
            "JOIN quote q ON q.pack = qa.pack AND q.key = qa.quote "
            "WHERE qa.pack = ? AND qa.artist = ? ORDER BY q.position",
            (pack, key),
        )
        own = await self._subject_sources(pack, subject)
        cited = [
            *own,
            *(s for c in (*aliases, *facts) for s in c.sources),
            *(q.source.key for q in quotes),
        ]
        return ArtistCard(
            pack=pack,
            key=key,
            name=row["name"],
            origin=row["origin"],
            aliases=tuple(aliases),
            members=members,
            facts=tuple(facts),
            tracks=tracks,
            quotes=quotes,
            sources=await self._sources(pack, cited),
        )

    # -- helpers --------------------------------------------------------------------------------

    async def _one(self, sql: str, params: Sequence[object]) -> aiosqlite.Row | None:
        async with self._conn.execute(sql, params) as cur:
            return await cur.fetchone()

    async def _claims(self, pack: str, subject_like: str, kind: str) -> dict[str, list[Cited]]:
        """Claims of one kind for the subjects matching ``subject_like``, grouped by subject, in order."""
        rows = await self._conn.execute_fetchall(
            "SELECT c.id, c.subject, c.text, c.note, cs.source FROM claim c "
            "LEFT JOIN claim_source cs ON cs.claim_id = c.id "
            "WHERE c.pack = ? AND c.subject LIKE ? AND c.kind = ? "
            "ORDER BY c.subject, c.position, cs.position",
            (pack, subject_like, kind),
        )
        grouped: dict[int, tuple[str, str, str | None, list[str]]] = {}
        for r in rows:
            entry = grouped.setdefault(r["id"], (r["subject"], r["text"], r["note"], []))
            if r["source"] is not None:
                entry[3].append(r["source"])
        out: dict[str, list[Cited]] = defaultdict(list)
        for subject, text, note, sources in grouped.values():
            out[subject].append(Cited(text, tuple(sources), note))
        return out

    async def _first_credits(self, pack: str) -> dict[int, str]:
        credits = await self._claims(pack, "track:%", "credit")
        return {int(subject.split(":", 1)[1]): group[0].text for subject, group in credits.items() if group}

    async def _subject_sources(self, pack: str, subject: str) -> tuple[str, ...]:
        rows = await self._conn.execute_fetchall(
            "SELECT source FROM subject_source WHERE pack = ? AND subject = ? ORDER BY position",
            (pack, subject),
        )
        return tuple(r["source"] for r in rows)

    async def _track_artists(
        self, pack: str, position: int | None = None
    ) -> dict[int, tuple[ArtistRef, ...]]:
        sql = (
            "SELECT ta.track, a.key, a.name FROM track_artist ta "
            "JOIN artist a ON a.pack = ta.pack AND a.key = ta.artist WHERE ta.pack = ?"
        )
        params: tuple[object, ...] = (pack,)
        if position is not None:
            sql += " AND ta.track = ?"
            params = (pack, position)
        rows = await self._conn.execute_fetchall(sql + " ORDER BY ta.track, ta.position", params)
        out: dict[int, list[ArtistRef]] = defaultdict(list)
        for r in rows:
            out[r["track"]].append(ArtistRef(r["key"], r["name"]))
        return {k: tuple(v) for k, v in out.items()}

    async def _sources(self, pack: str, keys: Iterable[str]) -> tuple[SourceRef, ...]:
        """The named sources, each once, in the order first cited."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return ()
        rows = await self._conn.execute_fetchall(
            "SELECT key, publication, author, title, address FROM source WHERE pack = ?", (pack,)
        )
        by_key = {r["key"]: SourceRef(*r) for r in rows}
        return tuple(by_key[k] for k in wanted if k in by_key)

    async def _quotes(self, sql: str, params: Sequence[object]) -> tuple[ReviewQuote, ...]:
        rows = await self._conn.execute_fetchall(sql, params)
        if not rows:
            return ()
        sources = {s.key: s for s in await self._sources(params[0], (r["source"] for r in rows))}  # type: ignore[arg-type]
        return tuple(ReviewQuote(r["key"], r["text"], sources[r["source"]]) for r in rows)


async def _insert_claims(
    conn: aiosqlite.Connection, pack: str, subject: str, kind: str, claims: Iterable[Claim | Alias]
) -> None:
    for position, claim in enumerate(claims):
        note = claim.note if isinstance(claim, Alias) else None
        async with conn.execute(
            "INSERT INTO claim (pack, subject, kind, position, text, note) VALUES (?, ?, ?, ?, ?, ?)",
            (pack, subject, kind, position, claim.text, note),
        ) as cur:
            claim_id = cur.lastrowid
        await conn.executemany(
            "INSERT INTO claim_source (claim_id, pack, source, position) VALUES (?, ?, ?, ?)",
            [(claim_id, pack, source, i) for i, source in enumerate(claim.sources)],
        )


async def _insert_subject_sources(
    conn: aiosqlite.Connection, pack: str, subject: str, sources: Iterable[str]
) -> None:
    await conn.executemany(
        "INSERT INTO subject_source (pack, subject, source, position) VALUES (?, ?, ?, ?)",
        [(pack, subject, s, i) for i, s in enumerate(dict.fromkeys(sources))],
    )


async def _insert_pack(conn: aiosqlite.Connection, pack: Pack, stamp: str) -> None:
    slug = pack.slug
    await conn.execute(
        "INSERT INTO pack (slug, title, artist, fingerprint, loaded_at) VALUES (?, ?, ?, ?, ?)",
        (slug, pack.title, pack.artist, pack.fingerprint, stamp),
    )
    await conn.executemany(
        "INSERT INTO source (pack, key, position, publication, author, title, address) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(slug, s.key, i, s.publication, s.author, s.title, s.address) for i, s in enumerate(pack.sources)],
    )
    for i, fact in enumerate(pack.facts):
        await conn.execute(
            "INSERT INTO album_fact (pack, key, position, label, disputed, date) VALUES (?, ?, ?, ?, ?, ?)",
            (slug, fact.key, i, fact.label, int(fact.disputed), fact.date.isoformat() if fact.date else None),
        )
        await _insert_claims(conn, slug, f"fact:{fact.key}", "value", fact.values)
    for artist in pack.artists:
        subject = f"artist:{artist.key}"
        await conn.execute(
            "INSERT INTO artist (pack, key, name, origin) VALUES (?, ?, ?, ?)",
            (slug, artist.key, artist.name, artist.origin),
        )
        await _insert_subject_sources(conn, slug, subject, artist.sources)
        await _insert_claims(conn, slug, subject, "alias", artist.aliases)
        await _insert_claims(conn, slug, subject, "fact", artist.facts)
    for artist in pack.artists:
        await conn.executemany(
            "INSERT INTO artist_member (pack, artist, position, name, note, member_artist) VALUES (?, ?, ?, ?, ?, ?)",
            [(slug, artist.key, i, m.name, m.note, m.artist) for i, m in enumerate(artist.members)],
        )
    for track in pack.tracks:
        subject = f"track:{track.position}"
        o = track.original
        await conn.execute(
            "INSERT INTO track (pack, position, title, credits_disputed, original_album, original_label, "
            "original_year, original_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                slug,
                track.position,
                track.title,
                int(track.credits_disputed),
                o.album if o else None,
                o.label if o else None,
                o.year if o else None,
                o.note if o else None,
            ),
        )
        await conn.executemany(
            "INSERT INTO track_artist (pack, track, artist, position) VALUES (?, ?, ?, ?)",
            [(slug, track.position, a, i) for i, a in enumerate(track.artists)],
        )
        await _insert_subject_sources(conn, slug, subject, track.sources)
        if o is not None:
            await _insert_subject_sources(conn, slug, f"original:{track.position}", o.sources)
        await _insert_claims(conn, slug, subject, "credit", track.credits)
        await _insert_claims(conn, slug, subject, "note", track.notes)
        await _insert_claims(conn, slug, subject, "alias", track.aliases)
    for i, quote in enumerate(pack.quotes):
        await conn.execute(
            "INSERT INTO quote (pack, key, position, source, text) VALUES (?, ?, ?, ?, ?)",
            (slug, quote.key, i, quote.source, quote.text),
        )
        await conn.executemany(
            "INSERT INTO quote_track (pack, quote, track) VALUES (?, ?, ?)",
            [(slug, quote.key, t) for t in dict.fromkeys(quote.tracks)],
        )
        await conn.executemany(
            "INSERT INTO quote_artist (pack, quote, artist) VALUES (?, ?, ?)",
            [(slug, quote.key, a) for a in dict.fromkeys(quote.artists)],
        )
