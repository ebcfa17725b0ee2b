"""Trivia over time: each question's right-answer rate (its difficulty by play), and the hall of
fame, each ended season's top three, per server (guild 0: everyone)."""

from __future__ import annotations

from bot.db import Database
from bot.db.trivia import LeaderboardRow, TriviaRepository
from bot.domain.trivia.rates import RATED_FROM, Rate
from bot.domain.trivia.seasons import Season

EVERYONE = 0
"""The guild id the hall of fame files the leaderboard of everyone under."""
PODIUM = 3


class QuestionRates:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def count_answers(
        self, guild_id: int, pack: str, question_id: str, answers: int, right: int
    ) -> None:
        """Add a closed question's answers to its rates, the server's and everyone's (guild 0): once
        per question, never per click. Retried while another program holds the database."""

        async def write() -> None:
            async with self._db.transaction() as conn:
                await conn.executemany(
                    "INSERT INTO trivia_question_rate (guild_id, pack, question_id, answers, right_answers) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, pack, question_id) DO UPDATE SET "
                    "answers = trivia_question_rate.answers + excluded.answers, "
                    "right_answers = trivia_question_rate.right_answers + excluded.right_answers",
                    [(g, pack, question_id, answers, right) for g in dict.fromkeys((guild_id, 0))],
                )

        await self._db.retry(write, what=f"counting the answers to trivia question {question_id}")

    async def rates(self, guild_id: int, pack: str) -> tuple[dict[str, Rate], dict[str, Rate]]:
        """The rates of the questions with RATED_FROM answers or more: this server's, and everyone's."""
        rows = await self._db.fetch(
            "SELECT guild_id, question_id, answers, right_answers FROM trivia_question_rate "
            "WHERE pack = ? AND guild_id IN (?, 0) AND answers >= ?",
            (pack, guild_id, RATED_FROM),
        )
        here: dict[str, Rate] = {}
        everywhere: dict[str, Rate] = {}
        for r in rows:
            (everywhere if r["guild_id"] == 0 else here)[r["question_id"]] = Rate(
                r["answers"], r["right_answers"]
            )
        return here, everywhere


class HallOfFame:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._scores = TriviaRepository(db)

    async def close(self, guild_id: int | None, season: Season) -> None:
        """Put an ended season's top three (on points; nobody on none) in the hall of fame, once:
        a season already there is left as it is (a later zone change does not rewrite it)."""
        where = guild_id or EVERYONE
        if await self._db.fetchrow(
            "SELECT 1 AS found FROM trivia_hall_of_fame WHERE guild_id = ? AND season = ? LIMIT 1",
            (where, season.key),
        ):
            return
        board = await self._scores.leaderboard(
            guild_id=guild_id, sort="points", user_id=0, limit=PODIUM, between=season.bounds
        )
        top = [r for r in board.top if r.points > 0]
        if not top:
            return
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO trivia_hall_of_fame (guild_id, season, place, user_id, points, right_answers, "
                "answers, games) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [(where, season.key, r.rank, r.user_id, r.points, r.right, r.answers, r.games) for r in top],
            )

    async def season(self, guild_id: int | None, season: Season) -> tuple[LeaderboardRow, ...]:
        """A season's top three as the hall of fame holds them, best first."""
        rows = await self._db.fetch(
            "SELECT place, user_id, points, right_answers, answers, games FROM trivia_hall_of_fame "
            "WHERE guild_id = ? AND season = ? ORDER BY place, points DESC, user_id",
            (guild_id or EVERYONE, season.key),
        )
        return tuple(
            LeaderboardRow(
                r["place"], r["user_id"], r["points"], r["right_answers"], r["answers"], r["games"]
            )
            for r in rows
        )
