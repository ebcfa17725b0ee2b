"""The question of the day repository: each day's question and reveal, the answers, streaks, history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bot.db import Connection, Database
from bot.db.daily.posts import read_posts
from bot.db.daily.records import DailyPost, iso_seconds, post_from_row
from bot.db.daily.streaks import Found, reopen_reveals, reveal_summaries
from bot.db.trivia import SeenQuestions, mark_seen, seen_by_guild
from bot.domain.daily.question import (
    DailyStreak,
    StoredStreak,
    current_streak,
)

Pick = Callable[[SeenQuestions], "tuple[str, int] | None"]
"""Chooses a server's question from what it has seen: (question id, cycle), or None."""
DailyAnswerStatus = Literal["stored", "again", "closed", "missing"]
"""What became of an answer: stored; refused as a second one; too late (the answer is out); or
there is no question to answer that day."""


@dataclass(frozen=True)
class Tally:
    answers: int
    right: int


@dataclass(frozen=True)
class DailyAnswerOutcome:
    status: DailyAnswerStatus
    option: int | None = None
    """The option the person chose: just now, or earlier when they answer again."""


@dataclass(frozen=True)
class HistoryEntry:
    day: DailyPost
    tally: Tally


class DailyQuestionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def prepare(
        self, items: Sequence[tuple[int, dt.date, bool]], pack: str, pick: Pick, *, now: dt.datetime
    ) -> dict[tuple[int, dt.date], DailyPost]:
        """For each claimed (server, local date, question on?), in one transaction: the day's question,
        chosen once (and marked seen), and the earlier day its post reveals, closing that day's answers.
        A day prepared before (a retry after a crash) keeps what it had: its post says the same."""
        if not items:
            return {}
        pairs = json.dumps([[g, d.isoformat()] for g, d, _ in items])
        async with self._db.transaction() as conn:
            days = await read_posts(conn, pairs)
            wanted = [(g, d) for g, d, on in items if on and days[(g, d)].question_id is None]
            if wanted:
                await self._choose_questions(conn, wanted, days, pack, pick, now)
            unrevealing = [(g, d) for g, d, _ in items if days[(g, d)].reveals_answer_of is None]
            if unrevealing:
                await _take_back_stale_reveals(conn, unrevealing)
                await reveal_summaries(conn, await _reveal_before(conn, unrevealing, now))
            # The days these posts reveal come too: closing their own posts needs them.
            revealed = [
                [g, day.reveals_answer_of.isoformat()]
                for (g, _), day in (await read_posts(conn, pairs)).items()
                if day.reveals_answer_of
            ]
            return await read_posts(conn, json.dumps([*json.loads(pairs), *revealed]))

    @staticmethod
    async def _choose_questions(
        conn: Connection,
        wanted: Sequence[tuple[int, dt.date]],
        days: dict[tuple[int, dt.date], DailyPost],
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
    ) -> DailyAnswerOutcome:
        """Store one person's answer to a day's question, unless they answered already or the answer
        was revealed. Retried while another program holds the database (``on_wait`` runs if so): an
        answer acknowledged is an answer stored."""

        async def write() -> DailyAnswerOutcome:
            async with self._db.transaction() as conn:
                # The day's row stays as read until this answer is stored: a reveal (which closes
                # the answers) waits for it, or this sees the reveal.
                row = await conn.fetchrow(
                    "SELECT question_id, revealed_at FROM qotd_day WHERE guild_id = ? AND local_date = ?{for_share}",
                    (guild_id, day.isoformat()),
                )
                if row is None or row["question_id"] is None:
                    return DailyAnswerOutcome("missing")
                if row["revealed_at"] is not None:
                    return DailyAnswerOutcome("closed")
                stored = await conn.execute(
                    "INSERT INTO qotd_answer (guild_id, local_date, user_id, name, option, correct, "
                    "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (guild_id, day.isoformat(), user_id, name, option, int(correct), iso_seconds(now)),
                )
                if stored:
                    return DailyAnswerOutcome("stored", option)
                earlier = await conn.fetchrow(
                    "SELECT option FROM qotd_answer WHERE guild_id = ? AND local_date = ? AND user_id = ?",
                    (guild_id, day.isoformat(), user_id),
                )
                return DailyAnswerOutcome("again", earlier["option"] if earlier else None)

        return await self._db.retry(
            write, what="storing an answer to the question of the day", on_wait=on_wait
        )

    async def tally(self, guild_id: int, day: dt.date) -> Tally:
        row = await self._db.fetchrow(
            "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM qotd_answer WHERE guild_id = ? AND local_date = ?",
            (guild_id, day.isoformat()),
        )
        assert row is not None
        return Tally(row[0], row[1])

    # -- streaks ----------------------------------------------------------------------------------

    async def streak(self, guild_id: int, user_id: int) -> DailyStreak:
        """A person's daily streak in a server, as of the latest question whose answer is out."""
        row = await self._db.fetchrow(
            "SELECT current, best, last_day FROM qotd_streak WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        latest = await self._db.fetchrow(
            "SELECT MAX(local_date) FROM qotd_day WHERE guild_id = ? AND question_id IS NOT NULL "
            "AND status = 'posted' AND revealed_at IS NOT NULL",
            (guild_id,),
        )
        stored = StoredStreak(row[0], row[1], dt.date.fromisoformat(row[2])) if row else None
        return current_streak(stored, dt.date.fromisoformat(latest[0]) if latest and latest[0] else None)

    # -- history ----------------------------------------------------------------------------------

    async def history(self, guild_id: int, limit: int = 10) -> list[HistoryEntry]:
        """The server's latest posts, newest first, each with its question's answers."""
        rows = await self._db.fetch(
            "SELECT d.*, (SELECT COUNT(*) FROM qotd_answer a WHERE a.guild_id = d.guild_id "
            "AND a.local_date = d.local_date) AS answers, (SELECT COALESCE(SUM(correct), 0) FROM qotd_answer a "
            "WHERE a.guild_id = d.guild_id AND a.local_date = d.local_date) AS right_answers "
            "FROM qotd_day d WHERE d.guild_id = ? AND d.status = 'posted' ORDER BY d.local_date DESC LIMIT ?",
            (guild_id, limit),
        )
        return [HistoryEntry(post_from_row(r), Tally(r["answers"], r["right_answers"])) for r in rows]


async def _take_back_stale_reveals(conn: Connection, items: Sequence[tuple[int, dt.date]]) -> None:
    """The reveals of earlier days that will never be posted (refused, or their day over unposted
    after Discord's trouble), taken back: the post about to be made reveals in their place."""
    rows = await conn.fetch(
        "SELECT d.guild_id, d.local_date FROM ({pairs}) j JOIN qotd_day d ON d.guild_id = j.g "
        "AND d.local_date < j.d WHERE d.status IN ('chosen', 'failed') AND d.reveals IS NOT NULL",
        (json.dumps([[g, d.isoformat()] for g, d in items]),),
    )
    for r in rows:
        await reopen_reveals(conn, r["guild_id"], dt.date.fromisoformat(r["local_date"]))


async def _reveal_before(
    conn: Connection, items: Sequence[tuple[int, dt.date]], now: dt.datetime
) -> list[Found]:
    """Each day's post reveals the server's latest earlier question that is still open; every earlier
    open question closes with it (their own reveal post never went out). Returns, for each post that
    reveals one, (the revealed day, the server, the revealing day), the dates as stored."""
    pairs = json.dumps([[g, d.isoformat()] for g, d in items])
    rows = await conn.fetch(
        "SELECT j.g, j.d, (SELECT p.local_date FROM qotd_day p WHERE p.guild_id = j.g AND p.local_date < j.d "
        "AND p.status = 'posted' AND p.question_id IS NOT NULL AND p.revealed_at IS NULL "
        "ORDER BY p.local_date DESC LIMIT 1) AS previous "
        "FROM ({pairs}) j",
        (pairs,),
    )
    found: list[Found] = [(r["previous"], r["g"], r["d"]) for r in rows if r["previous"] is not None]
    if not found:
        return []
    revealed_at = iso_seconds(now)
    await conn.executemany(
        "UPDATE qotd_day SET reveals = ? WHERE guild_id = ? AND local_date = ? AND reveals IS NULL", found
    )
    await conn.executemany(
        "UPDATE qotd_day SET revealed_at = ? WHERE guild_id = ? AND local_date < ? "
        "AND question_id IS NOT NULL AND revealed_at IS NULL",
        [(revealed_at, g, d) for _, g, d in found],
    )
    return found


def _with_question(day: DailyPost, question: str) -> DailyPost:
    return replace(day, question_id=question)
