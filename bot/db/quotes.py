"""The quotes repository: review quotes, full-text search, and each server's quote of the day."""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db import Database
from bot.db.catalogue import ArtistRef, SourceRef
from bot.qotd import MAX_FAILURES, Schedule, next_in_cycle

log = logging.getLogger(__name__)

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
    source: SourceRef
    tracks: tuple[TrackRef, ...]
    artists: tuple[ArtistRef, ...]


@dataclass(frozen=True)
class SearchHit:
    quote: QuoteCard
    highlighted: str
    """The quote text with matched words between HIGHLIGHT_START and HIGHLIGHT_END."""


@dataclass(frozen=True)
class QotdSettings:
    guild_id: int
    channel_id: int | None
    post_time: dt.time
    timezone: str
    role_id: int | None
    failures: int
    paused: bool
    last_failure: str | None
    last_failure_at: dt.datetime | None

    @property
    def schedule(self) -> Schedule | None:
        if self.channel_id is None:
            return None
        return Schedule(
            self.guild_id, self.channel_id, self.post_time, self.timezone, self.role_id, self.paused
        )


@dataclass(frozen=True)
class QotdDay:
    guild_id: int
    local_date: dt.date
    pack: str
    quote: str
    cycle: int
    status: str
    channel_id: int | None
    message_id: int | None
    claimed_at: dt.datetime | None
    posted_at: dt.datetime | None


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _instant(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _settings(row: aiosqlite.Row) -> QotdSettings:
    hours, minutes = row["post_time"].split(":")
    return QotdSettings(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        post_time=dt.time(int(hours), int(minutes)),
        timezone=row["timezone"],
        role_id=row["role_id"],
        failures=row["failures"],
        paused=bool(row["paused"]),
        last_failure=row["last_failure"],
        last_failure_at=_instant(row["last_failure_at"]),
    )


def _day(row: aiosqlite.Row) -> QotdDay:
    return QotdDay(
        guild_id=row["guild_id"],
        local_date=dt.date.fromisoformat(row["local_date"]),
        pack=row["pack"],
        quote=row["quote"],
        cycle=row["cycle"],
        status=row["status"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        claimed_at=_instant(row["claimed_at"]),
        posted_at=_instant(row["posted_at"]),
    )


class QuoteRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> aiosqlite.Connection:
        return self._db.conn

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
        rows = await self._conn.execute_fetchall(sql + " ORDER BY q.position", params)
        return [r["key"] for r in rows]

    async def quotes(self, pack: str, keys: Sequence[str]) -> list[QuoteCard]:
        """The quotes with these keys, in the order given (unknown keys are skipped)."""
        if not keys:
            return []
        wanted = json.dumps(list(keys))  # one bound parameter, however many keys
        rows = await self._conn.execute_fetchall(
            "SELECT q.key, q.text, s.key AS s_key, s.publication, s.author, s.title, s.address "
            "FROM quote q JOIN source s ON s.pack = q.pack AND s.key = q.source WHERE q.pack = ? AND q.key IN (SELECT value FROM json_each(?))",
            (pack, wanted),
        )
        tracks: dict[str, list[TrackRef]] = defaultdict(list)
        for r in await self._conn.execute_fetchall(
            "SELECT qt.quote, t.position, t.title FROM quote_track qt JOIN track t ON t.pack = qt.pack "
            "AND t.position = qt.track WHERE qt.pack = ? AND qt.quote IN (SELECT value FROM json_each(?)) ORDER BY t.position",
            (pack, wanted),
        ):
            tracks[r["quote"]].append(TrackRef(r["position"], r["title"]))
        artists: dict[str, list[ArtistRef]] = defaultdict(list)
        for r in await self._conn.execute_fetchall(
            "SELECT qa.quote, a.key, a.name FROM quote_artist qa JOIN artist a ON a.pack = qa.pack "
            "AND a.key = qa.artist WHERE qa.pack = ? AND qa.quote IN (SELECT value FROM json_each(?)) ORDER BY a.name",
            (pack, wanted),
        ):
            artists[r["quote"]].append(ArtistRef(r["key"], r["name"]))
        by_key = {
            r["key"]: QuoteCard(
                pack,
                r["key"],
                r["text"],
                SourceRef(r["s_key"], r["publication"], r["author"], r["title"], r["address"]),
                tuple(tracks[r["key"]]),
                tuple(artists[r["key"]]),
            )
            for r in rows
        }
        return [by_key[k] for k in keys if k in by_key]

    async def quote(self, pack: str, key: str) -> QuoteCard | None:
        found = await self.quotes(pack, [key])
        return found[0] if found else None

    async def publications(self, pack: str) -> list[SourceRef]:
        """The sources that have quotes in the pack."""
        rows = await self._conn.execute_fetchall(
            "SELECT key, publication, author, title, address FROM source s WHERE s.pack = ? "
            "AND EXISTS (SELECT 1 FROM quote q WHERE q.pack = s.pack AND q.source = s.key) ORDER BY s.position",
            (pack,),
        )
        return [SourceRef(*r) for r in rows]

    async def search(self, pack: str, match: str, limit: int = 5) -> list[SearchHit]:
        """Quotes matching an FTS5 query (built by bot.search, never raw user text), best first."""
        rows = await self._conn.execute_fetchall(
            "SELECT q.key, highlight(quote_fts, 0, ?, ?) AS marked FROM quote_fts "
            "JOIN quote q ON q.rowid = quote_fts.rowid "
            "WHERE quote_fts MATCH ? AND q.pack = ? ORDER BY rank, q.position LIMIT ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, match, pack, limit),
        )
        cards = {c.key: c for c in await self.quotes(pack, [r["key"] for r in rows])}
        return [SearchHit(cards[r["key"]], r["marked"]) for r in rows if r["key"] in cards]

    # -- quote of the day: settings ---------------------------------------------------------------

    async def settings(self, guild_id: int) -> QotdSettings | None:
        async with self._conn.execute("SELECT * FROM qotd_settings WHERE guild_id = ?", (guild_id,)) as cur:
            row = await cur.fetchone()
        return _settings(row) if row else None

    async def save_settings(
        self,
        guild_id: int,
        *,
        channel_id: int,
        post_time: dt.time,
        timezone: str,
        role_id: int | None,
        now: dt.datetime,
    ) -> QotdSettings:
        """Turn the daily post on (or change it). This also resumes a paused post."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO qotd_settings (guild_id, channel_id, post_time, timezone, role_id, failures, paused, "
                "updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT (guild_id) DO UPDATE SET "
                "channel_id = excluded.channel_id, post_time = excluded.post_time, timezone = excluded.timezone, "
                "role_id = excluded.role_id, failures = 0, paused = 0, updated_at = excluded.updated_at",
                (guild_id, channel_id, post_time.strftime("%H:%M"), timezone, role_id, _stamp(now)),
            )
        saved = await self.settings(guild_id)
        assert saved is not None
        return saved

    async def turn_off(self, guild_id: int, *, now: dt.datetime) -> bool:
        """Stop the daily post. False if it was not on."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE qotd_settings SET channel_id = NULL, updated_at = ? "
                "WHERE guild_id = ? AND channel_id IS NOT NULL",
                (_stamp(now), guild_id),
            )
            return cur.rowcount > 0

    async def schedules(self) -> list[Schedule]:
        """Every server whose daily post is on (paused ones included; the scheduler skips them)."""
        rows = await self._conn.execute_fetchall("SELECT * FROM qotd_settings WHERE channel_id IS NOT NULL")
        return [s for s in (_settings(r).schedule for r in rows) if s is not None]

    # -- quote of the day: days -------------------------------------------------------------------

    async def done_dates(self, since: dt.date) -> dict[int, set[dt.date]]:
        """Local dates from ``since`` on that each server has posted, or failed to post."""
        rows = await self._conn.execute_fetchall(
            "SELECT guild_id, local_date FROM qotd_day WHERE local_date >= ? AND status IN ('posted', 'failed')",
            (since.isoformat(),),
        )
        done: dict[int, set[dt.date]] = defaultdict(set)
        for r in rows:
            done[r["guild_id"]].add(dt.date.fromisoformat(r["local_date"]))
        return done

    async def day(self, guild_id: int, day: dt.date) -> QotdDay | None:
        async with self._conn.execute(
            "SELECT * FROM qotd_day WHERE guild_id = ? AND local_date = ?", (guild_id, day.isoformat())
        ) as cur:
            row = await cur.fetchone()
        return _day(row) if row else None

    async def last_posted(self, guild_id: int) -> QotdDay | None:
        async with self._conn.execute(
            "SELECT * FROM qotd_day WHERE guild_id = ? AND status = 'posted' ORDER BY local_date DESC LIMIT 1",
            (guild_id,),
        ) as cur:
            row = await cur.fetchone()
        return _day(row) if row else None

    async def choose_day(self, guild_id: int, day: dt.date, pack: str, rng: random.Random) -> QotdDay:
        """The server's quote for ``day``: chosen once from its shuffled cycle, then fixed."""
        existing = await self.day(guild_id, day)
        if existing is not None:
            return existing
        keys = await self.quote_keys(pack)
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT * FROM qotd_day WHERE guild_id = ? AND local_date = ?", (guild_id, day.isoformat())
            ) as cur:
                row = await cur.fetchone()
            if row is not None:  # chosen by another coroutine meanwhile
                return _day(row)
            async with conn.execute(
                "SELECT quote, cycle FROM qotd_day WHERE guild_id = ? AND pack = ? ORDER BY cycle DESC, local_date DESC",
                (guild_id, pack),
            ) as cur:
                history = list(await cur.fetchall())
            cycle = history[0]["cycle"] if history else 0
            shown = {r["quote"] for r in history if r["cycle"] == cycle}
            last = history[0]["quote"] if history else None
            quote, cycle = next_in_cycle(keys, shown, cycle, rng, last=last)
            await conn.execute(
                "INSERT INTO qotd_day (guild_id, local_date, pack, quote, cycle) VALUES (?, ?, ?, ?, ?)",
                (guild_id, day.isoformat(), pack, quote, cycle),
            )
        chosen = await self.day(guild_id, day)
        assert chosen is not None
        return chosen

    async def claim(self, guild_id: int, day: dt.date, channel_id: int, *, now: dt.datetime) -> str | None:
        """Mark a day as being posted. Returns the status it had ('chosen', or 'sending' after a
        crash mid-post), or None if it is already posted or failed and must not be sent."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT status FROM qotd_day WHERE guild_id = ? AND local_date = ?",
                (guild_id, day.isoformat()),
            ) as cur:
                row = await cur.fetchone()
            if row is None or row["status"] not in ("chosen", "sending"):
                return None
            await conn.execute(
                "UPDATE qotd_day SET status = 'sending', channel_id = ?, "
                "claimed_at = COALESCE(claimed_at, ?) WHERE guild_id = ? AND local_date = ?",
                (channel_id, _stamp(now), guild_id, day.isoformat()),
            )
            return str(row["status"])

    async def mark_posted(self, guild_id: int, day: dt.date, message_id: int, *, now: dt.datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE qotd_day SET status = 'posted', message_id = ?, posted_at = ? "
                "WHERE guild_id = ? AND local_date = ?",
                (message_id, _stamp(now), guild_id, day.isoformat()),
            )
            await conn.execute("UPDATE qotd_settings SET failures = 0 WHERE guild_id = ?", (guild_id,))

    async def release(self, guild_id: int, day: dt.date) -> None:
        """Give a claimed day back after a passing error, to be tried again on the next tick."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE qotd_day SET status = 'chosen', claimed_at = NULL "
                "WHERE guild_id = ? AND local_date = ? AND status = 'sending'",
                (guild_id, day.isoformat()),
            )

    async def mark_failed(
        self, guild_id: int, day: dt.date, reason: str, *, now: dt.datetime
    ) -> QotdSettings:
        """Record a failed post: the day is not retried, and enough failures in a row pause the post."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE qotd_day SET status = 'failed' WHERE guild_id = ? AND local_date = ?",
                (guild_id, day.isoformat()),
            )
            await conn.execute(
                "UPDATE qotd_settings SET failures = failures + 1, last_failure = ?, last_failure_at = ?, "
                "paused = CASE WHEN failures + 1 >= ? THEN 1 ELSE paused END WHERE guild_id = ?",
                (reason, _stamp(now), MAX_FAILURES, guild_id),
            )
        saved = await self.settings(guild_id)
        assert saved is not None
        return saved
