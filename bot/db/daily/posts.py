"""The daily post repository: the quote each server gets each day, chosen once; the days claimed for
posting; and how each post went."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence

from bot.db import Connection, Database
from bot.db.daily.records import DailyPost, DailySettings, instant, iso_seconds, post_from_row
from bot.db.daily.settings import read_settings
from bot.db.daily.streaks import reopen_reveals, settle_reveals
from bot.db.quotes import QuoteRepository
from bot.domain.daily.schedule import MAX_FAILURES, QuoteCycle, choose_quotes, may_claim


async def read_posts(conn: Connection, pairs: str) -> dict[tuple[int, dt.date], DailyPost]:
    """The stored days among these (server, local date) ``pairs`` (a JSON list, as ``{pairs}`` takes
    them)."""
    rows = await conn.fetch(
        "SELECT d.* FROM ({pairs}) j JOIN qotd_day d ON d.guild_id = j.g AND d.local_date = j.d", (pairs,)
    )
    return {(r["guild_id"], dt.date.fromisoformat(r["local_date"])): post_from_row(r) for r in rows}


class DailyPostRepository:
    """Each server's daily posts. Quotes are chosen from the pack's quotes, read through ``quotes``."""

    def __init__(self, db: Database, quotes: QuoteRepository) -> None:
        self._db = db
        self._quotes = quotes

    async def done_dates(self, since: dt.date) -> dict[int, set[dt.date]]:
        """Local dates from ``since`` on that each server has posted, or failed to post."""
        rows = await self._db.fetch(
            "SELECT guild_id, local_date FROM qotd_day WHERE local_date >= ? AND status IN ('posted', 'failed')",
            (since.isoformat(),),
        )
        done: dict[int, set[dt.date]] = defaultdict(set)
        for r in rows:
            done[r["guild_id"]].add(dt.date.fromisoformat(r["local_date"]))
        return done

    async def last_post_times(self, since: dt.date) -> dict[int, dt.datetime]:
        """When each server's latest post from local date ``since`` on went out."""
        rows = await self._db.fetch(
            "SELECT guild_id, MAX(posted_at) AS posted_at FROM qotd_day WHERE local_date >= ? "
            "AND status = 'posted' AND posted_at IS NOT NULL GROUP BY guild_id",
            (since.isoformat(),),
        )
        return {r["guild_id"]: at for r in rows if (at := instant(r["posted_at"])) is not None}

    async def day(self, guild_id: int, day: dt.date) -> DailyPost | None:
        row = await self._db.fetchrow(
            "SELECT * FROM qotd_day WHERE guild_id = ? AND local_date = ?", (guild_id, day.isoformat())
        )
        return post_from_row(row) if row else None

    async def last_posted(self, guild_id: int) -> DailyPost | None:
        row = await self._db.fetchrow(
            "SELECT * FROM qotd_day WHERE guild_id = ? AND status = 'posted' ORDER BY local_date DESC LIMIT 1",
            (guild_id,),
        )
        return post_from_row(row) if row else None

    async def choose_day(self, guild_id: int, day: dt.date, pack: str, rng: random.Random) -> DailyPost:
        """The server's quote for ``day``: chosen once from its shuffled cycle, then fixed."""
        return (await self.choose_days([(guild_id, day)], pack, rng))[(guild_id, day)]

    async def choose_days(
        self, wanted: Sequence[tuple[int, dt.date]], pack: str, rng: random.Random
    ) -> dict[tuple[int, dt.date], DailyPost]:
        """The quote of each (server, local date), choosing those not chosen yet, in one transaction."""
        days, _ = await self._choose(wanted, pack, rng, claim={}, now=None)
        return days

    async def choose_and_claim(
        self, items: Sequence[tuple[int, dt.date, int]], pack: str, rng: random.Random, *, now: dt.datetime
    ) -> tuple[dict[tuple[int, dt.date], DailyPost], dict[tuple[int, dt.date], str]]:
        """For the daily post, in one transaction: each (server, date, channel)'s quote, chosen if
        need be, and the days claimed for posting, with the status each had before: 'chosen', or
        'sending' after a crash mid-post. Days already posted or failed are left out: not to be sent."""
        return await self._choose(
            [(guild, day) for guild, day, _ in items],
            pack,
            rng,
            claim={(guild, day): channel for guild, day, channel in items},
            now=now,
        )

    async def _choose(
        self,
        wanted: Sequence[tuple[int, dt.date]],
        pack: str,
        rng: random.Random,
        *,
        claim: dict[tuple[int, dt.date], int],
        now: dt.datetime | None,
    ) -> tuple[dict[tuple[int, dt.date], DailyPost], dict[tuple[int, dt.date], str]]:
        keys = await self._quotes.quote_keys(pack)
        pairs = json.dumps([[guild, day.isoformat()] for guild, day in wanted])
        async with self._db.transaction() as conn:
            # Across processes sharing PostgreSQL, one chooses and claims at a time (and then sees
            # the others' claims): two never choose one server's day, nor both claim it.
            await conn.serialize("qotd-days")
            chosen = await read_posts(conn, pairs)
            missing = sorted({(g, d) for g, d in wanted if (g, d) not in chosen})
            if missing:
                cycles = await self._current_cycles(conn, pack, sorted({g for g, _ in missing}))
                new_rows = []
                for (guild, day), (quote, cycle) in choose_quotes(keys, missing, cycles, rng).items():
                    new_rows.append((guild, day.isoformat(), pack, quote, cycle))
                    chosen[(guild, day)] = DailyPost(
                        guild, day, pack, quote, cycle, "chosen", None, None, None, None
                    )
                await conn.executemany(
                    "INSERT INTO qotd_day (guild_id, local_date, pack, quote, cycle) VALUES (?, ?, ?, ?, ?)",
                    new_rows,
                )
            claimed = await self._claimable(conn, [chosen[k] for k in claim])
            if claimed:
                assert now is not None
                await conn.executemany(
                    "UPDATE qotd_day SET status = 'sending', channel_id = ?, claimed_at = COALESCE(claimed_at, ?), "
                    "claimed_by = ? WHERE guild_id = ? AND local_date = ?",
                    [
                        (claim[(g, d)], iso_seconds(now), self._db.instance, g, d.isoformat())
                        for g, d in claimed
                    ],
                )
        return {(g, d): chosen[(g, d)] for g, d in wanted}, claimed

    async def _claimable(self, conn: Connection, days: Sequence[DailyPost]) -> dict[tuple[int, dt.date], str]:
        """The days this run may claim (see :func:`may_claim`), with the status each had, asking the
        database which of the other runs that claimed them are still running."""
        others = {
            d.claimed_by
            for d in days
            if d.status == "sending" and d.claimed_by not in (None, self._db.instance)
        }
        running = await self._db.alive(conn, others) if others else set()
        return {
            (d.guild_id, d.local_date): d.status for d in days if may_claim(d.status, d.claimed_by, running)
        }

    @staticmethod
    async def _current_cycles(conn: Connection, pack: str, guilds: Sequence[int]) -> dict[int, QuoteCycle]:
        """Where each server is in its cycle of the pack's quotes."""
        rows = await conn.fetch(
            "SELECT d.guild_id, d.quote, d.cycle FROM qotd_day d JOIN "
            "(SELECT guild_id, max(cycle) AS cycle FROM qotd_day WHERE pack = ? AND guild_id IN "
            "({ints}) GROUP BY guild_id) c "
            "ON c.guild_id = d.guild_id AND c.cycle = d.cycle WHERE d.pack = ? ORDER BY d.local_date",
            (pack, json.dumps(list(guilds)), pack),
        )
        shown: dict[int, list[str]] = defaultdict(list)
        cycle: dict[int, int] = {}
        for r in rows:
            shown[r["guild_id"]].append(r["quote"])
            cycle[r["guild_id"]] = r["cycle"]
        return {
            guild: QuoteCycle(cycle[guild], frozenset(quotes), quotes[-1]) for guild, quotes in shown.items()
        }

    async def mark_posted_days(
        self,
        items: Sequence[tuple[int, dt.date, int]],
        *,
        now: dt.datetime,
        refused_threads: Mapping[tuple[int, dt.date], str] | None = None,
    ) -> None:
        """Record posts that went out, in one transaction; a post also ends a run of failures. The
        streaks their reveals name are stored with them (see :func:`settle_reveals`). A post whose
        thread Discord refused keeps why, as its ``last_error`` (/qotd status shows it)."""
        refused = refused_threads or {}
        if not items:
            return

        async def write() -> None:
            async with self._db.transaction() as conn:
                await settle_reveals(conn, [(guild, day) for guild, day, _ in items])
                await conn.executemany(
                    "UPDATE qotd_day SET status = 'posted', message_id = ?, posted_at = ?, last_error = ? "
                    "WHERE guild_id = ? AND local_date = ?",
                    [
                        (message_id, iso_seconds(now), refused.get((guild, day)), guild, day.isoformat())
                        for guild, day, message_id in items
                    ],
                )
                await conn.executemany(
                    "UPDATE qotd_settings SET failures = 0 WHERE guild_id = ? AND failures != 0",
                    [(guild,) for guild, _, _ in items],
                )

        # Retried while another program holds the database: the posts went out, and until this is
        # recorded each day stays 'sending' (checked against its channel before any re-send).
        await self._db.retry(write, what="recording the quote of the day posts")

    async def release(
        self, guild_id: int, day: dt.date, reason: str | None = None, *, maybe_sent: bool = False
    ) -> None:
        """Give a claimed day back after a passing error (Discord's, not the server's), to be tried
        again on the next tick; it never counts as a failure. ``maybe_sent`` (a 5xx or a timeout:
        Discord may have stored the message) keeps the day 'sending', so that the channel is
        checked before anything is sent again."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE qotd_day SET last_error = ?, "
                "status = CASE WHEN ? THEN 'sending' ELSE 'chosen' END, "
                "claimed_at = CASE WHEN ? THEN claimed_at ELSE NULL END, "
                "claimed_by = CASE WHEN ? THEN claimed_by ELSE NULL END "
                "WHERE guild_id = ? AND local_date = ? AND status = 'sending'",
                (reason, maybe_sent, maybe_sent, maybe_sent, guild_id, day.isoformat()),
            )

    async def missed_day(self, guild_id: int, before: dt.date) -> DailyPost | None:
        """The latest day before ``before`` that ended unposted because of Discord's trouble."""
        row = await self._db.fetchrow(
            "SELECT * FROM qotd_day WHERE guild_id = ? AND local_date < ? AND status IN ('chosen', 'sending') "
            "AND last_error IS NOT NULL ORDER BY local_date DESC LIMIT 1",
            (guild_id, before.isoformat()),
        )
        return post_from_row(row) if row else None

    async def mark_failed(
        self, guild_id: int, day: dt.date, reason: str, *, now: dt.datetime
    ) -> DailySettings:
        """Record a failed post: the day is not retried, and enough failures in a row pause the post.
        Its reveal is taken back: the question it would have revealed takes answers until the next
        post that goes out reveals it."""
        async with self._db.transaction() as conn:
            await reopen_reveals(conn, guild_id, day)
            await conn.execute(
                "UPDATE qotd_day SET status = 'failed' WHERE guild_id = ? AND local_date = ?",
                (guild_id, day.isoformat()),
            )
            await conn.execute(
                "UPDATE qotd_settings SET failures = failures + 1, last_failure = ?, last_failure_at = ?, "
                "paused = CASE WHEN failures + 1 >= ? THEN 1 ELSE paused END WHERE guild_id = ?",
                (reason, iso_seconds(now), MAX_FAILURES, guild_id),
            )
        saved = await read_settings(self._db, guild_id)
        assert saved is not None
        return saved
