"""The trivia repository: the only place that reads or writes the trivia tables."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from bot.db import Connection, Database, IntegrityError

Sort = Literal["points", "accuracy", "games"]
Status = Literal["finished", "stopped", "interrupted"]


class ChannelBusyError(Exception):
    """The database already has a running game in that channel."""


@dataclass(frozen=True)
class NewGame:
    """A game about to start: where, who started it, its questions and how it is played."""

    guild_id: int
    channel_id: int
    starter_id: int
    pack: str
    cycle: int
    """The server's current no-repeat cycle: ``current`` questions are seen in it, ``fresh`` begin the next."""
    current: Sequence[str]
    fresh: Sequence[str]
    time_limit: float
    category: str | None
    difficulty: str | None


@dataclass(frozen=True)
class NewAnswer:
    """One player's answer to one question of a game, as scored when they clicked."""

    game_id: int
    index: int
    user_id: int
    guild_id: int
    pack: str
    question_id: str
    option: int
    correct: bool
    points: int
    elapsed: float


@dataclass(frozen=True)
class SeenQuestions:
    cycle: int
    ids: frozenset[str]


@dataclass(frozen=True)
class RunningGame:
    id: int
    guild_id: int
    channel_id: int
    starter_id: int
    message_id: int | None
    current_index: int
    question_count: int
    started_at: dt.datetime
    played_by: int | None = None
    """The run of the bot playing it (:attr:`bot.db.Database.instance`); None for a game stored before
    runs were recorded."""


@dataclass(frozen=True)
class GameScore:
    user_id: int
    points: int
    right: int
    answered: int
    fastest_ms: int | None
    """The player's fastest right answer in this game, in milliseconds."""

    @property
    def fastest(self) -> float | None:
        return None if self.fastest_ms is None else self.fastest_ms / 1000


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int
    user_id: int
    points: int
    right: int
    answers: int
    games: int

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Leaderboard:
    top: tuple[LeaderboardRow, ...]
    caller: LeaderboardRow | None
    players: int


@dataclass(frozen=True)
class PlayerStats:
    games: int
    answers: int
    right: int
    points: int
    best_streak: int
    fastest_ms: int | None

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).isoformat(timespec="microseconds")


def best_streak(flags: Sequence[bool]) -> int:
    """The longest run of right answers in a row."""
    best = run = 0
    for right in flags:
        run = run + 1 if right else 0
        best = max(best, run)
    return best


async def seen_by_guild(
    conn: Connection | Database, pack: str, guild_ids: Sequence[int]
) -> dict[int, SeenQuestions]:
    """Each server's current cycle and the questions seen in it, for many servers in one query (the
    daily post chooses the question of the day by the same no-repeat rule as games)."""
    rows = await conn.fetch(
        "SELECT s.guild_id, s.cycle, s.question_id FROM trivia_seen s JOIN "
        "(SELECT guild_id, MAX(cycle) AS cycle FROM trivia_seen WHERE pack = ? AND guild_id IN "
        "({ints}) GROUP BY guild_id) c ON c.guild_id = s.guild_id AND c.cycle = s.cycle "
        "WHERE s.pack = ?",
        (pack, json.dumps(list(guild_ids)), pack),
    )
    ids: dict[int, tuple[int, set[str]]] = {}
    for r in rows:
        ids.setdefault(r["guild_id"], (r["cycle"], set()))[1].add(r["question_id"])
    return {g: SeenQuestions(cycle, frozenset(seen)) for g, (cycle, seen) in ids.items()}


async def mark_seen(conn: Connection, rows: Sequence[tuple[int, str, int, str, dt.datetime]]) -> None:
    """Record (guild, pack, cycle, question id, when) as seen, inside the caller's transaction."""
    await conn.executemany(
        "INSERT INTO trivia_seen (guild_id, pack, cycle, question_id, seen_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(g, pack, cycle, q, _stamp(when)) for g, pack, cycle, q, when in rows],
    )


_LEADERBOARD = """
WITH totals AS (
    SELECT user_id, SUM(points) AS points, SUM(correct) AS right_answers, COUNT(*) AS answers,
           COUNT(DISTINCT game_id) AS games, CAST(SUM(correct) AS DOUBLE PRECISION) / COUNT(*) AS accuracy
    FROM trivia_answer
    WHERE (CAST(? AS BIGINT) IS NULL OR guild_id = ?)
      AND (CAST(? AS TEXT) IS NULL OR answered_at >= ?) AND (CAST(? AS TEXT) IS NULL OR answered_at < ?)
    GROUP BY user_id
), ordered AS (
    SELECT *,
        CASE ? WHEN 'accuracy' THEN accuracy WHEN 'games' THEN games ELSE points END AS metric
    FROM totals
), ranked AS (
    SELECT *,
        RANK() OVER (ORDER BY metric DESC) AS rank,
        ROW_NUMBER() OVER (ORDER BY metric DESC, points DESC, answers DESC, user_id) AS place,
        COUNT(*) OVER () AS players
    FROM ordered
)
SELECT rank, user_id, points, right_answers, answers, games, place, players FROM ranked
WHERE place <= ? OR user_id = ?
ORDER BY place
"""


class TriviaRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def db(self) -> Database:
        return self._db

    # -- games ------------------------------------------------------------------------------------

    async def seen(self, guild_id: int, pack: str) -> SeenQuestions:
        """The server's current cycle and the questions it has seen in it."""
        rows = await self._db.fetch(
            "SELECT cycle, question_id FROM trivia_seen WHERE guild_id = ? AND pack = ? "
            "AND cycle = (SELECT MAX(cycle) FROM trivia_seen WHERE guild_id = ? AND pack = ?)",
            (guild_id, pack, guild_id, pack),
        )
        cycle = rows[0]["cycle"] if rows else 0
        return SeenQuestions(cycle, frozenset(r["question_id"] for r in rows))

    async def start_game(self, game: NewGame, *, now: dt.datetime) -> int:
        """Create a running game and mark its questions seen, in one transaction."""
        try:
            async with self._db.transaction() as conn:
                row = await conn.fetchrow(
                    "INSERT INTO trivia_game (guild_id, channel_id, starter_id, pack, question_count, "
                    "category, difficulty, time_limit, started_at, played_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (
                        game.guild_id,
                        game.channel_id,
                        game.starter_id,
                        game.pack,
                        len(game.current) + len(game.fresh),
                        game.category,
                        game.difficulty,
                        game.time_limit,
                        _stamp(now),
                        self._db.instance,
                    ),
                )
                assert row is not None
                game_id = row["id"]
                await mark_seen(
                    conn,
                    [(game.guild_id, game.pack, game.cycle, q, now) for q in game.current]
                    + [(game.guild_id, game.pack, game.cycle + 1, q, now) for q in game.fresh],
                )
        except IntegrityError as exc:
            raise ChannelBusyError(game.channel_id) from exc
        return game_id

    async def question_posted(self, game_id: int, index: int, message_id: int) -> None:
        """Record the open question's message; retried while another program holds the database."""

        async def write() -> None:
            await self._db.write(
                # Recorded aside from the game: a later question's record may land first.
                "UPDATE trivia_game SET current_index = ?, message_id = ? WHERE id = ? AND current_index <= ?",
                (index, message_id, game_id, index),
            )

        await self._db.retry(write, what=f"recording question {index} of trivia game {game_id}")

    async def record_answer(
        self,
        answer: NewAnswer,
        *,
        now: dt.datetime,
        on_wait: Callable[[], Awaitable[object]] | None = None,
    ) -> bool:
        """Store one answer (retried while another program holds the database: a player's answer is
        never dropped; ``on_wait`` runs if it has to wait). False if that player already answered."""

        async def write() -> None:
            await self._db.write(
                "INSERT INTO trivia_answer (game_id, question_index, user_id, guild_id, pack, question_id, "
                "option, correct, points, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.game_id,
                    answer.index,
                    answer.user_id,
                    answer.guild_id,
                    answer.pack,
                    answer.question_id,
                    answer.option,
                    int(answer.correct),
                    answer.points,
                    round(answer.elapsed * 1000),
                    _stamp(now),
                ),
            )

        try:
            await self._db.retry(
                write, what=f"storing an answer to trivia game {answer.game_id}", on_wait=on_wait
            )
        except IntegrityError:
            return False
        return True

    async def end_game(self, game_id: int, status: Status, now: dt.datetime) -> None:
        """Mark a running game ended. Retried while another program holds the database, so that a
        game the bot has ended never stays 'running' (which would block its channel)."""

        async def write() -> None:
            await self._db.write(
                "UPDATE trivia_game SET status = ?, ended_at = ? WHERE id = ? AND status = 'running'",
                (status, _stamp(now), game_id),
            )

        await self._db.retry(write, what=f"ending trivia game {game_id}")

    async def running_games(self, channel_id: int | None = None) -> list[RunningGame]:
        """Games stored as running: everywhere, or in one channel."""
        rows = await self._db.fetch(
            "SELECT id, guild_id, channel_id, starter_id, message_id, current_index, question_count, started_at, "
            "played_by FROM trivia_game WHERE status = 'running' AND (CAST(? AS BIGINT) IS NULL OR channel_id = ?) ORDER BY id",
            (channel_id, channel_id),
        )
        return [
            RunningGame(
                id=r["id"],
                guild_id=r["guild_id"],
                channel_id=r["channel_id"],
                starter_id=r["starter_id"],
                message_id=r["message_id"],
                current_index=r["current_index"],
                question_count=r["question_count"],
                started_at=dt.datetime.fromisoformat(r["started_at"]),
                played_by=r["played_by"],
            )
            for r in rows
        ]

    async def cut_off_games(self, serves: Callable[[int], bool]) -> list[RunningGame]:
        """The games stored as running that this run of the bot, as it starts, is to close as cut off:
        those in servers it serves (``serves(guild_id)``: on its shards), and those played by a run
        that is no longer running. A game another running process plays on its own shards is left to
        it. One SQLite file serves one process, so there every other run has ended: all are closed."""
        games = await self.running_games()
        others = {g.played_by for g in games if g.played_by is not None and not serves(g.guild_id)}
        running: set[int] = set()
        if others:

            async def ask() -> set[int]:
                async with self._db.transaction() as conn:
                    return await self._db.alive(conn, others)

            running = await self._db.retry(ask, what="asking which runs of the bot still play trivia")
        return [
            g for g in games if serves(g.guild_id) or (g.played_by is not None and g.played_by not in running)
        ]

    async def game_scores(self, game_id: int) -> list[GameScore]:
        rows = await self._db.fetch(
            "SELECT user_id, SUM(points) AS points, SUM(correct) AS right_answers, COUNT(*) AS answered, "
            "MIN(CASE WHEN correct = 1 THEN elapsed_ms END) AS fastest_ms "
            "FROM trivia_answer WHERE game_id = ? GROUP BY user_id ORDER BY points DESC, right_answers DESC, user_id",
            (game_id,),
        )
        return [GameScore(*r) for r in rows]

    # -- scores -----------------------------------------------------------------------------------

    async def leaderboard(
        self,
        *,
        guild_id: int | None,
        sort: Sort,
        user_id: int,
        limit: int = 10,
        between: tuple[dt.datetime, dt.datetime] | None = None,
    ) -> Leaderboard:
        """The top ``limit`` players (this server's or everyone's) and the caller's own row, over the
        answers given ``between`` two moments (a season), or all of them."""
        start, end = (_stamp(between[0]), _stamp(between[1])) if between else (None, None)
        rows = await self._db.fetch(
            _LEADERBOARD, (guild_id, guild_id, start, start, end, end, sort, limit, user_id)
        )
        top, caller, players = [], None, 0
        for r in rows:
            row = LeaderboardRow(
                r["rank"], r["user_id"], r["points"], r["right_answers"], r["answers"], r["games"]
            )
            players = r["players"]
            if r["place"] <= limit:
                top.append(row)
            if r["user_id"] == user_id:
                caller = row
        return Leaderboard(tuple(top), caller, players)

    async def stats(self, user_id: int, guild_id: int | None) -> PlayerStats:
        rows = await self._db.fetch(
            "SELECT game_id, correct, points, elapsed_ms FROM trivia_answer "
            "WHERE user_id = ? AND (CAST(? AS BIGINT) IS NULL OR guild_id = ?) ORDER BY answered_at, game_id, question_index",
            (user_id, guild_id, guild_id),
        )
        right = [r["elapsed_ms"] for r in rows if r["correct"]]
        return PlayerStats(
            games=len({r["game_id"] for r in rows}),
            answers=len(rows),
            right=len(right),
            points=sum(r["points"] for r in rows),
            best_streak=best_streak([bool(r["correct"]) for r in rows]),
            fastest_ms=min(right) if right else None,
        )
