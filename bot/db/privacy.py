"""A person's data, deleted on request (``/privacy forget``, ``python -m bot forget USER_ID``), as
Red's ``red_delete_data_for_user`` does: every answer, streak and name the bot keeps of them, on either
database, in one transaction. Games they started stay (other players' points are in them), with the
starter no longer named."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.base import Database
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

    @property
    def total(self) -> int:
        return self.daily_answers + self.daily_streaks + self.trivia_answers + self.games_started

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
        games = (
            f" The games {'you' if you else 'they'} started stay for the other players, without {whose} name."
            if self.games_started
            else ""
        )
        return f"Deleted: {listing(shown)}. Leaderboards and streaks no longer count {who}.{games}"


async def forget_user(db: Database, user_id: int) -> Forgotten:
    """Delete what the bot keeps of ``user_id``, everywhere, in one transaction."""
    async with db.transaction() as conn:
        daily_answers = await conn.execute("DELETE FROM qotd_answer WHERE user_id = ?", (user_id,))
        daily_streaks = await conn.execute("DELETE FROM qotd_streak WHERE user_id = ?", (user_id,))
        trivia_answers = await conn.execute("DELETE FROM trivia_answer WHERE user_id = ?", (user_id,))
        await conn.execute("DELETE FROM trivia_hall_of_fame WHERE user_id = ?", (user_id,))  # a past podium
        games = await conn.execute(
            "UPDATE trivia_game SET starter_id = ? WHERE starter_id = ?", (FORGOTTEN, user_id)
        )
    return Forgotten(daily_answers, daily_streaks, trivia_answers, games)
