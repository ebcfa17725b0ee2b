"""The question of the day repository: each day's question and reveal, the answers, streaks, history."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import aiosqlite

from bot.db import Database
from bot.db.qotd import QotdDay, day_from_row, stamp
from bot.db.trivia import SeenQuestions, mark_seen, seen_by_guild
from bot.domain.daily_question import DailyStreak, RunningStreak, daily_streak

log = logging.getLogger(__name__)

Pick = Callable[[SeenQuestions], "tuple[str, int] | None"]
"""Chooses a server's question from what it has seen: (question id, cycle), or None."""
Stored = Literal["stored", "again", "closed", "missing"]


@dataclass(frozen=True)
class Tally:
    answers: int
    right: int


@dataclass(frozen=True)
class AnswerResult:
    stored: Stored
    option: int | None = None
    """The option the person chose: just now, or earlier when they answer again."""


@dataclass(frozen=True)
class HistoryEntry:
    day: QotdDay
    tally: Tally


class QotdQuestionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> aiosqlite.Connection:
        return self._db.conn

    async def prepare(
        self, items: Sequence[tuple[int, dt.date, bool]], pack: str, pick: Pick, *, now: dt.datetime
    ) -> dict[tuple[int, dt.date], QotdDay]:
        """For each claimed (server, local date, question on?), in one transaction: the day's question,
        chosen once (and marked seen), and the earlier day its post reveals, closing that day's answers.
        A day prepared before (a retry after a crash) keeps what it had: its post says the same."""
        if not items:
            return {}
        pairs = json.dumps([[g, d.isoformat()] for g, d, _ in items])
        async with self._db.transaction() as conn:
            days = await _days(conn, pairs)
            wanted = [(g, d) for g, d, on in items if on and days[(g, d)].question_id is None]
            if wanted:
                await self._choose_questions(conn, wanted, days, pack, pick, now)
            unrevealing = [(g, d) for g, d, _ in items if days[(g, d)].reveals is None]
            if unrevealing:
                await _reveal_before(conn, unrevealing, now)
                days = await _days(conn, pairs)
        return days

    @staticmethod
    async def _choose_questions(
        conn: aiosqlite.Connection,
        wanted: Sequence[tuple[int, dt.date]],
        days: dict[tuple[int, dt.date], QotdDay],
        pack: str,
        pick: Pick,
        now: dt.datetime,
    ) -> None:
        seen = await seen_by_guild(conn, pack, sorted({g for g, _ in wanted}))
        chosen, marks = [], []
        for guild, day in wanted:
            mine = seen.get(guild, SeenQuestions(0, frozenset()))
            picked = pick(mine)
            if picked is None:
                continue
            question, cycle = picked
            chosen.append((question, guild, day.isoformat()))
            marks.append((guild, pack, cycle, question, now))
            # The next server's day in this batch (never the same server twice) sees it too.
            seen[guild] = SeenQuestions(
                cycle, (mine.ids if cycle == mine.cycle else frozenset()) | {question}
            )
        await conn.executemany(
            "UPDATE qotd_day SET question_id = ? WHERE guild_id = ? AND local_date = ? AND question_id IS NULL",
            chosen,
        )
        await mark_seen(conn, marks)
        for question, guild, day in chosen:
            key = (guild, dt.date.fromisoformat(day))
            days[key] = _with_question(days[key], question)

    # -- answers ----------------------------------------------------------------------------------

    async def answer(
        self,
        guild_id: int,
        day: dt.date,
        *,
        user_id: int,
        name: str,
        option: int,
        correct: bool,
        now: dt.datetime,
        on_wait: Callable[[], Awaitable[object]] | None = None,
    ) -> AnswerResult:
        """Store one person's answer to a day's question, unless they answered already or the answer
        was revealed. Retried while another program holds the database (``on_wait`` runs if so): an
        answer acknowledged is an answer stored."""

        async def write() -> AnswerResult:
            async with self._db.transaction() as conn:
                async with conn.execute(
                    "SELECT question_id, revealed_at FROM qotd_day WHERE guild_id = ? AND local_date = ?",
                    (guild_id, day.isoformat()),
                ) as cur:
                    row = await cur.fetchone()
                if row is None or row["question_id"] is None:
                    return AnswerResult("missing")
                if row["revealed_at"] is not None:
                    return AnswerResult("closed")
                cur = await conn.execute(
                    "INSERT OR IGNORE INTO qotd_answer (guild_id, local_date, user_id, name, option, correct, "
                    "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (guild_id, day.isoformat(), user_id, name, option, int(correct), stamp(now)),
                )
                if cur.rowcount:
                    return AnswerResult("stored", option)
                async with conn.execute(
                    "SELECT option FROM qotd_answer WHERE guild_id = ? AND local_date = ? AND user_id = ?",
                    (guild_id, day.isoformat(), user_id),
                ) as cur:
                    earlier = await cur.fetchone()
                return AnswerResult("again", earlier["option"] if earlier else None)

        return await self._db.retry(
            write, what="storing an answer to the question of the day", on_wait=on_wait
        )

    async def tally(self, guild_id: int, day: dt.date) -> Tally:
        async with self._conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM qotd_answer WHERE guild_id = ? AND local_date = ?",
            (guild_id, day.isoformat()),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return Tally(row[0], row[1])

    # -- streaks ----------------------------------------------------------------------------------

    async def _question_days(self, guild_id: int, through: dt.date | None) -> list[str]:
        rows = await self._conn.execute_fetchall(
            "SELECT local_date FROM qotd_day WHERE guild_id = ? AND question_id IS NOT NULL "
            "AND revealed_at IS NOT NULL AND (? IS NULL OR local_date <= ?) ORDER BY local_date",
            (guild_id, through.isoformat() if through else None, through.isoformat() if through else None),
        )
        return [r["local_date"] for r in rows]

    async def streak(self, guild_id: int, user_id: int) -> DailyStreak:
        """A person's daily streak in a server, over the days whose answer has been revealed."""
        days = await self._question_days(guild_id, None)
        right = await self._conn.execute_fetchall(
            "SELECT local_date FROM qotd_answer WHERE guild_id = ? AND user_id = ? AND correct = 1",
            (guild_id, user_id),
        )
        return daily_streak(days, {r["local_date"] for r in right})

    async def running_streaks(self, guild_id: int, through: dt.date) -> list[RunningStreak]:
        """The current streaks of everyone who got the question of ``through`` right, named as they
        last answered."""
        days = await self._question_days(guild_id, through)
        rows = await self._conn.execute_fetchall(
            "SELECT a.user_id, a.local_date, a.name FROM qotd_answer a WHERE a.guild_id = ? AND a.correct = 1 "
            "AND a.local_date <= ? AND a.user_id IN (SELECT user_id FROM qotd_answer WHERE guild_id = ? "
            "AND local_date = ? AND correct = 1) ORDER BY a.local_date",
            (guild_id, through.isoformat(), guild_id, through.isoformat()),
        )
        right: dict[int, set[str]] = {}
        names: dict[int, str] = {}
        for r in rows:
            right.setdefault(r["user_id"], set()).add(r["local_date"])
            names[r["user_id"]] = r["name"]
        return [RunningStreak(names[u], daily_streak(days, mine).current) for u, mine in right.items()]

    # -- history ----------------------------------------------------------------------------------

    async def history(self, guild_id: int, limit: int = 10) -> list[HistoryEntry]:
        """The server's latest posts, newest first, each with its question's answers."""
        rows = await self._conn.execute_fetchall(
            "SELECT d.*, (SELECT COUNT(*) FROM qotd_answer a WHERE a.guild_id = d.guild_id "
            "AND a.local_date = d.local_date) AS answers, (SELECT COALESCE(SUM(correct), 0) FROM qotd_answer a "
            "WHERE a.guild_id = d.guild_id AND a.local_date = d.local_date) AS right_answers "
            "FROM qotd_day d WHERE d.guild_id = ? AND d.status = 'posted' ORDER BY d.local_date DESC LIMIT ?",
            (guild_id, limit),
        )
        return [HistoryEntry(day_from_row(r), Tally(r["answers"], r["right_answers"])) for r in rows]


async def _days(conn: aiosqlite.Connection, pairs: str) -> dict[tuple[int, dt.date], QotdDay]:
    rows = await conn.execute_fetchall(
        "SELECT d.* FROM json_each(?) j JOIN qotd_day d ON d.guild_id = json_extract(j.value, '$[0]') "
        "AND d.local_date = json_extract(j.value, '$[1]')",
        (pairs,),
    )
    return {(r["guild_id"], dt.date.fromisoformat(r["local_date"])): day_from_row(r) for r in rows}


async def _reveal_before(
    conn: aiosqlite.Connection, items: Sequence[tuple[int, dt.date]], now: dt.datetime
) -> None:
    """Each day's post reveals the server's latest earlier question that is still open; every earlier
    open question closes with it (their own reveal post never went out)."""
    pairs = json.dumps([[g, d.isoformat()] for g, d in items])
    rows = await conn.execute_fetchall(
        "SELECT j.g, j.d, (SELECT p.local_date FROM qotd_day p WHERE p.guild_id = j.g AND p.local_date < j.d "
        "AND p.status = 'posted' AND p.question_id IS NOT NULL AND p.revealed_at IS NULL "
        "ORDER BY p.local_date DESC LIMIT 1) AS previous "
        "FROM (SELECT json_extract(value, '$[0]') AS g, json_extract(value, '$[1]') AS d FROM json_each(?)) j",
        (pairs,),
    )
    found = [(r["previous"], r["g"], r["d"]) for r in rows if r["previous"] is not None]
    if not found:
        return
    revealed_at = stamp(now)
    await conn.executemany(
        "UPDATE qotd_day SET reveals = ? WHERE guild_id = ? AND local_date = ? AND reveals IS NULL", found
    )
    await conn.executemany(
        "UPDATE qotd_day SET revealed_at = ? WHERE guild_id = ? AND local_date < ? "
        "AND question_id IS NOT NULL AND revealed_at IS NULL",
        [(revealed_at, g, d) for _, g, d in found],
    )


def _with_question(day: QotdDay, question: str) -> QotdDay:
    return replace(day, question_id=question)
