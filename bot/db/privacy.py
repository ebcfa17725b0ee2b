"""A person's data, deleted on request (``/privacy forget``, ``python -m bot forget USER_ID``), as
Red's ``red_delete_data_for_user`` does: every answer, streak and name the bot keeps of them, on either
database, in one transaction. Games they started stay (other players' points are in them), with the
starter no longer named. A stored reveal of the question of the day that names their streak keeps
the others' streaks, without theirs: the bot redraws a post from it when it closes its question.
(Posts already in Discord are not edited: the bot does not go back over every channel's history.)"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from bot.db.base import Connection, Database
from bot.domain.daily.question import RevealSummary
from bot.domain.text import listing, plural

FORGOTTEN = 0
"""The starter a game keeps once its starter asked to be forgotten (no Discord id is 0)."""


@dataclass(frozen=True)
class Forgotten:
    """How many of each kind of row were deleted (or, for games, no longer name the person)."""

    daily_answers: int
    daily_streaks: int
    trivia_answers: int
    games_started: int
    reveals: int = 0
    """Stored reveals of the question of the day that named their streak, and no longer do."""

    @property
    def total(self) -> int:
        return (
            self.daily_answers + self.daily_streaks + self.trivia_answers + self.games_started + self.reveals
        )

    def said(self, *, you: bool = True) -> str:
        """What /privacy forget says it deleted (``you``), or ``python -m bot forget`` (them)."""
        who, whose = ("you", "your") if you else ("them", "their")
        if not self.total:
            return f"The bot keeps nothing about {who}: there was nothing to delete."
        counted = (
            (self.daily_answers, "answer to the question of the day", "answers to the question of the day"),
            (self.daily_streaks, "daily streak", None),
            (self.trivia_answers, "trivia answer", None),
            (
                self.games_started,
                f"trivia game that named {who} as its starter",
                f"trivia games that named {who} as their starter",
            ),
        )
        shown = [plural(count, one, many) for count, one, many in counted if count]
        if self.reveals:
            shown.append(f"{whose} name in {plural(self.reveals, 'reveal')} of the question of the day")
        games = (
            f" The games {'you' if you else 'they'} started stay for the other players, without {whose} name."
            if self.games_started
            else ""
        )
        return f"Deleted: {listing(shown)}. Leaderboards and streaks no longer count {who}.{games}"


async def forget_user(db: Database, user_id: int) -> Forgotten:
    """Delete what the bot keeps of ``user_id``, everywhere, in one transaction."""
    async with db.transaction() as conn:
        reveals = await _unname_in_reveals(conn, user_id)
        daily_answers = await conn.execute("DELETE FROM qotd_answer WHERE user_id = ?", (user_id,))
        daily_streaks = await conn.execute("DELETE FROM qotd_streak WHERE user_id = ?", (user_id,))
        trivia_answers = await conn.execute("DELETE FROM trivia_answer WHERE user_id = ?", (user_id,))
        await conn.execute("DELETE FROM trivia_hall_of_fame WHERE user_id = ?", (user_id,))  # a past podium
        games = await conn.execute(
            "UPDATE trivia_game SET starter_id = ? WHERE starter_id = ?", (FORGOTTEN, user_id)
        )
    return Forgotten(daily_answers, daily_streaks, trivia_answers, games, reveals)


async def _unname_in_reveals(conn: Connection, user_id: int) -> int:
    """Take ``user_id``'s streak out of every stored reveal that names it; returns how many did. A
    reveal names a streak with its user id; one stored before the id was kept names only the display
    name, which came from the person's right answer to the revealed question: that answer (while its
    name is still kept) tells it is theirs."""
    named = await conn.fetch(
        "SELECT guild_id, local_date, name FROM qotd_answer WHERE user_id = ? AND correct = 1 AND name != ''",
        (user_id,),
    )
    answered = {(r["guild_id"], r["local_date"]): r["name"] for r in named}
    rows = await conn.fetch(
        "SELECT guild_id, local_date, reveals, reveal FROM qotd_day WHERE reveal LIKE ?",
        (f"%{user_id}%",),
    )
    if answered:
        rows += await conn.fetch(
            "SELECT d.guild_id, d.local_date, d.reveals, d.reveal FROM ({pairs}) j JOIN qotd_day d "
            "ON d.guild_id = j.g AND d.reveals = j.d WHERE d.reveal IS NOT NULL",
            (json.dumps([[g, d] for g, d in answered]),),
        )
    changed: dict[tuple[int, str], str] = {}
    for r in rows:
        summary = RevealSummary.from_json(r["reveal"])
        legacy_name = answered.get((r["guild_id"], r["reveals"]))
        kept = tuple(
            s
            for s in summary.streaks
            if s.user_id != user_id and not (s.user_id is None and s.name == legacy_name)
        )
        if kept != summary.streaks:
            changed[(r["guild_id"], r["local_date"])] = replace(summary, streaks=kept).to_json()
    if changed:
        await conn.executemany(
            "UPDATE qotd_day SET reveal = ? WHERE guild_id = ? AND local_date = ?",
            [(text, g, d) for (g, d), text in changed.items()],
        )
    return len(changed)
