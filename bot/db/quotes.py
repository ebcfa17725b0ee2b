"""The quotes repository: a pack's review quotes, by track, artist or source, and full-text search."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.db import Database
from bot.db.catalogue import ArtistRef
from bot.domain.pack import Source
from bot.domain.quotes import fts_query, tsquery

# Markers SQLite puts around matched words; control characters can't occur in quote text.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True)
class TrackRef:
    position: int
    title: str


@dataclass(frozen=True)
class QuoteCard:
    pack: str
    key: str
    text: str
    source: Source
    tracks: tuple[TrackRef, ...]
    artists: tuple[ArtistRef, ...]


@dataclass(frozen=True)
class SearchHit:
    quote: QuoteCard
    highlighted: str
    """The quote text with matched words between HIGHLIGHT_START and HIGHLIGHT_END."""


class QuoteRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- quotes ---------------------------------------------------------------------------------

    async def quote_keys(
        self, pack: str, *, track: int | None = None, artist: str | None = None, source: str | None = None
    ) -> list[str]:
        """Keys of the pack's quotes, in pack order, optionally about a track or artist or from a source."""
        sql = "SELECT q.key FROM quote q WHERE q.pack = ?"
        params: list[object] = [pack]
        if track is not None:
            sql += " AND EXISTS (SELECT 1 FROM quote_track t WHERE t.pack = q.pack AND t.quote = q.key AND t.track = ?)"
            params.append(track)
        if artist is not None:
            sql += " AND EXISTS (SELECT 1 FROM quote_artist a WHERE a.pack = q.pack AND a.quote = q.key AND a.artist = ?)"
            params.append(artist)
        if source is not None:
            sql += " AND q.source = ?"
            params.append(source)
        rows = await self._db.fetch(sql + " ORDER BY q.position", params)
        return [r["key"] for r in rows]

    async def quotes(self, pack: str, keys: Sequence[str]) -> list[QuoteCard]:
        """The quotes with these keys, in the order given (unknown keys are skipped)."""
        if not keys:
            return []
        wanted = json.dumps(list(keys))  # one bound parameter, however many keys
        rows = await self._db.fetch(
            "SELECT q.key, q.text, s.key AS s_key, s.publication, s.author, s.title, s.address "
            "FROM quote q JOIN source s ON s.pack = q.pack AND s.key = q.source WHERE q.pack = ? AND q.key IN ({texts})",
            (pack, wanted),
        )
        tracks: dict[str, list[TrackRef]] = defaultdict(list)
        for r in await self._db.fetch(
            "SELECT qt.quote, t.position, t.title FROM quote_track qt JOIN track t ON t.pack = qt.pack "
            "AND t.position = qt.track WHERE qt.pack = ? AND qt.quote IN ({texts}) ORDER BY t.position",
            (pack, wanted),
        ):
            tracks[r["quote"]].append(TrackRef(r["position"], r["title"]))
        artists: dict[str, list[ArtistRef]] = defaultdict(list)
        for r in await self._db.fetch(
            "SELECT qa.quote, a.key, a.name FROM quote_artist qa JOIN artist a ON a.pack = qa.pack "
            "AND a.key = qa.artist WHERE qa.pack = ? AND qa.quote IN ({texts}) ORDER BY a.name",
            (pack, wanted),
        ):
            artists[r["quote"]].append(ArtistRef(r["key"], r["name"]))
        by_key = {
            r["key"]: QuoteCard(
                pack,
                r["key"],
                r["text"],
                Source(r["s_key"], r["publication"], r["author"], r["title"], r["address"]),
                tuple(tracks[r["key"]]),
                tuple(artists[r["key"]]),
            )
            for r in rows
        }
        return [by_key[k] for k in keys if k in by_key]

    async def quote(self, pack: str, key: str) -> QuoteCard | None:
        found = await self.quotes(pack, [key])
        return found[0] if found else None

    async def publications(self, pack: str) -> list[Source]:
        """The sources that have quotes in the pack."""
        rows = await self._db.fetch(
            "SELECT key, publication, author, title, address FROM source s WHERE s.pack = ? "
            "AND EXISTS (SELECT 1 FROM quote q WHERE q.pack = s.pack AND q.source = s.key) ORDER BY s.position",
            (pack,),
        )
        return [Source(*r) for r in rows]

    async def search(
        self, pack: str, words: Sequence[str], *, any_word: bool = False, limit: int = 5
    ) -> list[SearchHit]:
        """Quotes with the words (all of them, or any), best first; the last word may be half-typed.
        The query is built by bot.domain.quotes from the words, never from raw user text."""
        if self._db.dialect == "postgres":
            # Whole words first (a prefix match ranks below), then shorter quotes, as bm25 does in SQLite.
            sql = (
                "SELECT q.key, ts_headline('im_here_search', q.text, m.query, ?) AS marked "
                "FROM quote q, to_tsquery('im_here_search', ?) AS m(query), "
                "to_tsquery('im_here_search', ?) AS w(whole) "
                "WHERE q.search @@ m.query AND q.pack = ? "
                "ORDER BY q.search @@ w.whole DESC, ts_rank(q.search, m.query, 1) DESC, q.position LIMIT ?"
            )
            params: tuple[object, ...] = (
                f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, HighlightAll=true",
                tsquery(list(words), any_word=any_word),
                tsquery(list(words), any_word=any_word, prefix=False),
                pack,
                limit,
            )
        else:
            sql = (
                "SELECT q.key, highlight(quote_fts, 0, ?, ?) AS marked FROM quote_fts "
                "JOIN quote q ON q.rowid = quote_fts.rowid "
                "WHERE quote_fts MATCH ? AND q.pack = ? ORDER BY rank, q.position LIMIT ?"
            )
            params = (HIGHLIGHT_START, HIGHLIGHT_END, fts_query(list(words), any_word=any_word), pack, limit)
        rows = await self._db.fetch(sql, params)
        cards = {c.key: c for c in await self.quotes(pack, [r["key"] for r in rows])}
        return [SearchHit(cards[r["key"]], r["marked"]) for r in rows if r["key"] in cards]
