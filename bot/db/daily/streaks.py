"""The question of the day's streaks and reveals in the database: what a reveal will say of the
revealed question (its answers and the running streaks it names), worked out when a post is claimed;
and, once that post has gone out, the streaks stored and the answerers' display names cleared.

Nothing here is stored for a post that never goes out: a refused post's reveal is taken back
(:func:`reopen_reveals`) and made again by the next post that does go out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from bot.db import Connection
from bot.domain.daily.question import (
    RevealSummary,
    RunningStreak,
    StoredStreak,
    extend_streak,
    streak_leaders,
)

Found = tuple[str, int, str]
"""(the revealed day, the server, the revealing day), the dates as stored."""


async def reveal_summaries(conn: Connection, found: Sequence[Found]) -> None:
    """For each (revealed day, server, revealing day): store on the revealing day what its post says
    (all batched: a whole minute's servers reveal at once). The streaks it names are worked out, not
    stored: they are stored once the post has gone out (:func:`settle_reveals`)."""
    if not found:
        return
    earlier, answers = await _revealed(conn, found)
    right = [(r["guild_id"], r["user_id"], r["name"]) for r in answers if r["correct"]]
    streaks = await _extended(conn, right, {g: p for p, g, _ in found}, earlier)
    tallies: dict[int, list[int]] = {}
    running: dict[int, list[RunningStreak]] = {}
    for r in answers:
        tally = tallies.setdefault(r["guild_id"], [0, 0])
        tally[0] += 1
        tally[1] += r["correct"]
    for guild, user, name in right:
        if (guild, user) in streaks:
            running.setdefault(guild, []).append(RunningStreak(name, streaks[(guild, user)].current, user))
    summaries = []
    for _, g, d in found:
        answered, right_answers = tallies.get(g, (0, 0))
        leaders = tuple(streak_leaders(running.get(g, [])))
        summaries.append((RevealSummary(earlier[g][0], answered, right_answers, leaders).to_json(), g, d))
    await conn.executemany(
        "UPDATE qotd_day SET reveal = ? WHERE guild_id = ? AND local_date = ? AND reveal IS NULL", summaries
    )


async def settle_reveals(conn: Connection, days: Sequence[tuple[int, dt.date]]) -> None:
    """For these posts, about to be recorded as gone out (call it before they are marked posted): the
    streaks of those right on the question each reveals, stored; and the display names of that
    question's answers (and any earlier one's) cleared, as the reveal naming the streaks is written."""
    if not days:
        return
    rows = await conn.fetch(
        "SELECT d.guild_id, d.local_date, d.reveals FROM ({pairs}) j JOIN qotd_day d "
        "ON d.guild_id = j.g AND d.local_date = j.d WHERE d.reveals IS NOT NULL AND d.status != 'posted'",
        (json.dumps([[g, d.isoformat()] for g, d in days]),),
    )
    found: list[Found] = [(r["reveals"], r["guild_id"], r["local_date"]) for r in rows]
    if not found:
        return
    earlier, answers = await _revealed(conn, found)
    right = [(r["guild_id"], r["user_id"], r["name"]) for r in answers if r["correct"]]
    streaks = await _extended(conn, right, {g: p for p, g, _ in found}, earlier)
    await conn.executemany(
        "INSERT INTO qotd_streak (guild_id, user_id, current, best, last_day) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (guild_id, user_id) DO UPDATE SET current = excluded.current, best = excluded.best, "
        "last_day = excluded.last_day",
        [(g, u, s.current, s.best, s.last_day.isoformat()) for (g, u), s in streaks.items()],
    )
    await conn.executemany(
        "UPDATE qotd_answer SET name = '' WHERE guild_id = ? AND local_date <= ? AND name != ''",
        [(g, p) for p, g, _ in found],
    )


async def reopen_reveals(conn: Connection, guild_id: int, day: dt.date) -> None:
    """Take back the reveal of the server's post of ``day``, which will never go out (refused, or
    its day over unposted): the question it revealed (and any closed with it) takes answers again,
    and the next post that goes out reveals it."""
    row = await conn.fetchrow(
        "SELECT p.revealed_at FROM qotd_day d JOIN qotd_day p ON p.guild_id = d.guild_id "
        "AND p.local_date = d.reveals WHERE d.guild_id = ? AND d.local_date = ? AND d.status != 'posted'",
        (guild_id, day.isoformat()),
    )
    if row is None:
        return
    if row["revealed_at"] is not None:
        await conn.execute(
            "UPDATE qotd_day SET revealed_at = NULL WHERE guild_id = ? AND local_date < ? AND revealed_at = ?",
            (guild_id, day.isoformat(), row["revealed_at"]),
        )
    await conn.execute(
        "UPDATE qotd_day SET reveals = NULL, reveal = NULL WHERE guild_id = ? AND local_date = ?",
        (guild_id, day.isoformat()),
    )


async def _revealed(
    conn: Connection, found: Sequence[Found]
) -> tuple[dict[int, tuple[str, str | None]], list[Any]]:
    """For each server's revealed day: its question and the server's previous posted question day;
    and that day's answers."""
    revealed = json.dumps([[g, p] for p, g, _ in found])
    rows = await conn.fetch(
        "SELECT d.guild_id, d.local_date, d.question_id, (SELECT MAX(p.local_date) FROM qotd_day p "
        "WHERE p.guild_id = d.guild_id AND p.local_date < d.local_date AND p.question_id IS NOT NULL "
        "AND p.status = 'posted') AS previous FROM ({pairs}) j JOIN qotd_day d "
        "ON d.guild_id = j.g AND d.local_date = j.d",
        (revealed,),
    )
    earlier = {r["guild_id"]: (r["question_id"], r["previous"]) for r in rows}
    answers = await conn.fetch(
        "SELECT a.guild_id, a.user_id, a.name, a.correct FROM ({pairs}) j JOIN qotd_answer a "
        "ON a.guild_id = j.g AND a.local_date = j.d",
        (revealed,),
    )
    return earlier, answers


async def _extended(
    conn: Connection,
    right: Sequence[tuple[int, int, str]],
    revealed: dict[int, str],
    earlier: dict[int, tuple[str, str | None]],
) -> dict[tuple[int, int], StoredStreak]:
    """The streaks of everyone right on a revealed day, extended by it (not stored). A streak that
    already counts that day (its post recorded before) is left out: it is never counted twice."""
    if not right:
        return {}
    rows = await conn.fetch(
        "SELECT s.guild_id, s.user_id, s.current, s.best, s.last_day FROM ({user_pairs}) j JOIN qotd_streak s "
        "ON s.guild_id = j.g AND s.user_id = j.u",
        (json.dumps([[g, u] for g, u, _ in right]),),
    )
    old = {
        (r["guild_id"], r["user_id"]): StoredStreak(
            r["current"], r["best"], dt.date.fromisoformat(r["last_day"])
        )
        for r in rows
    }
    new = {}
    for guild, user, _ in right:
        day = dt.date.fromisoformat(revealed[guild])
        stored = old.get((guild, user))
        if stored is not None and stored.last_day >= day:
            continue
        previous = earlier[guild][1]
        new[(guild, user)] = extend_streak(stored, day, dt.date.fromisoformat(previous) if previous else None)
    return new
