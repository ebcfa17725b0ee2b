"""Question rates and the hall of fame, on both databases, with generated answers."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from bot.db import Database
from bot.db.migrate import migrations
from bot.db.trivia import TriviaRepository
from bot.db.trivia_play import HallOfFame, QuestionRates
from bot.domain.trivia.rates import RATED_FROM, Rate, played_difficulties
from bot.domain.trivia.seasons import season_at
from tests.bot.db.test_trivia import GUILD, OTHER_GUILD, answer, new_game

PACK = "im-here"


@pytest.fixture
def rates(db: Database) -> QuestionRates:
    return QuestionRates(db)


async def test_rates_add_up_per_server_and_for_everyone_from_generated_answers(rates: QuestionRates) -> None:
    rng = random.Random(24)
    answers: Counter[tuple[int, str]] = Counter()
    right: Counter[tuple[int, str]] = Counter()
    for _ in range(120):  # questions closing, each with a few answers
        guild, qid = rng.choice((GUILD, OTHER_GUILD)), f"q{rng.randrange(6)}"
        given = rng.randrange(1, 6)
        got = sum(rng.random() < (0.9 if qid == "q0" else 0.2) for _ in range(given))
        await rates.count_answers(guild, PACK, qid, given, got)
        for where in (guild, 0):
            answers[where, qid] += given
            right[where, qid] += got
    here, everywhere = await rates.rates(GUILD, PACK)
    assert here == {
        q: Rate(answers[g, q], right[g, q]) for g, q in answers if g == GUILD and answers[g, q] >= RATED_FROM
    }
    assert everywhere == {
        q: Rate(answers[g, q], right[g, q]) for g, q in answers if g == 0 and answers[g, q] >= RATED_FROM
    }
    assert all(r.answers >= RATED_FROM for r in everywhere.values())
    played = played_difficulties(here, everywhere)
    assert played["q0"] == "easy" and played["q1"] == "hard"
    other, _ = await rates.rates(OTHER_GUILD, "another-pack")
    assert other == {}


async def test_a_season_goes_to_the_hall_of_fame_once_with_its_top_three(db: Database) -> None:
    trivia, hall = TriviaRepository(db), HallOfFame(db)
    december = season_at(dt.datetime(2025, 12, 15, tzinfo=dt.UTC), "UTC")
    game = await new_game(trivia)
    # test_trivia.answer stamps answers at 2026-01-01 (+ seconds): January, so not December's.
    for user, points in ((1, 900), (2, 700), (3, 500), (4, 300), (5, 0)):
        await answer(trivia, game, 0, user, correct=points > 0, points=points)
    january = december.following()
    await hall.close(GUILD, december)
    assert await hall.season(GUILD, december) == ()
    await hall.close(GUILD, january)
    top = await hall.season(GUILD, january)
    assert [(r.rank, r.user_id, r.points) for r in top] == [(1, 1, 900), (2, 2, 700), (3, 3, 500)]
    assert await hall.season(OTHER_GUILD, january) == ()
    await answer(trivia, game, 1, 4, correct=True, points=1000)
    await hall.close(GUILD, january)  # already there: left as it was
    assert await hall.season(GUILD, january) == top
    await hall.close(None, january)  # everyone's: filed apart from any server's
    assert [r.user_id for r in await hall.season(None, january)] == [4, 1, 2]


async def test_a_season_leaderboard_counts_only_its_months_answers(db: Database) -> None:
    trivia = TriviaRepository(db)
    game = await new_game(trivia)
    await answer(trivia, game, 0, 1, correct=True, points=800)
    january = season_at(dt.datetime(2026, 1, 2, tzinfo=dt.UTC), None)
    kw = {"guild_id": GUILD, "sort": "points", "user_id": 1}
    assert [r.points for r in (await trivia.leaderboard(**kw, between=january.bounds)).top] == [800]  # type: ignore[arg-type]
    assert (await trivia.leaderboard(**kw, between=january.previous().bounds)).top == ()  # type: ignore[arg-type]


def test_the_migration_counts_the_answers_given_before_it(tmp_path: Path) -> None:
    """Play from before rates were kept counts towards them: migration 10 adds up the stored answers."""
    scripts = {version: sql for version, _, sql in migrations("sqlite")}
    conn = sqlite3.connect(tmp_path / "old.sqlite3")
    try:
        for version in range(1, 10):
            conn.executescript(scripts[version])
        conn.execute(
            "INSERT INTO trivia_game (id, guild_id, channel_id, starter_id, pack, question_count, time_limit, "
            "started_at) VALUES (1, ?, 1, 9, ?, 2, 20, '2026-01-01T00:00:00.000000+00:00')",
            (GUILD, PACK),
        )
        for index, user, guild, correct in ((0, 1, GUILD, 1), (0, 2, GUILD, 0), (1, 1, OTHER_GUILD, 1)):
            conn.execute(
                "INSERT INTO trivia_answer (game_id, question_index, user_id, guild_id, pack, question_id, "
                "option, correct, points, elapsed_ms, answered_at) VALUES (1, ?, ?, ?, ?, ?, 0, ?, 0, 0, '')",
                (index, user, guild, PACK, f"q{index}", correct),
            )
        conn.commit()
        conn.executescript(scripts[10])
        rows = conn.execute(
            "SELECT guild_id, question_id, answers, right_answers FROM trivia_question_rate ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [(0, "q0", 2, 1), (0, "q1", 1, 1), (GUILD, "q0", 2, 1), (OTHER_GUILD, "q1", 1, 1)]
