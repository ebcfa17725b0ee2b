"""Forgetting a person (``/privacy forget``, ``python -m bot forget``): every row that names them goes,
everyone else's stays, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.db import Database
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.privacy import FORGOTTEN, forget_user
from bot.db.quotes import QuoteRepository
from bot.domain.daily.question import RevealSummary
from tests.bot.db.daily.test_questions import DAY, NOW, picker, post
from tests.bot.db.test_copy import BIG_USER, fill_users_data, users_data

PERSON_COLUMNS = ("user_id", "starter_id")


def _naming(data: dict[str, list[dict[str, Any]]], user: int) -> dict[str, int]:
    return {
        table: sum(1 for row in rows if any(row.get(c) == user for c in PERSON_COLUMNS))
        for table, rows in data.items()
    }


def _without(data: dict[str, list[dict[str, Any]]], user: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of everyone else, as they were (a game they started, with its starter forgotten)."""
    kept: dict[str, list[dict[str, Any]]] = {}
    for table, rows in data.items():
        kept[table] = []
        for row in rows:
            if row.get("user_id") == user:
                continue
            kept[table].append({**row, "starter_id": FORGOTTEN} if row.get("starter_id") == user else row)
    return kept


async def test_forgetting_a_person_deletes_every_row_that_names_them_and_nothing_else(
    db: Database, repo: object
) -> None:
    await fill_users_data(db)
    for user in (BIG_USER, 7):  # a daily answerer and game starter; a trivia player
        before = await users_data(db)
        naming = _naming(before, user)
        assert sum(naming.values()), f"the test data should name {user}"
        done = await forget_user(db, user)
        assert (done.daily_answers, done.daily_streaks, done.trivia_answers, done.games_started) == (
            naming["qotd_answer"],
            naming["qotd_streak"],
            naming["trivia_answer"],
            naming["trivia_game"],
        )
        after = await users_data(db)
        assert not sum(_naming(after, user).values())
        assert after == _without(before, user)
    again = await forget_user(db, BIG_USER)
    assert again.total == 0
    assert again.said() == "The bot keeps nothing about you: there was nothing to delete."


async def test_what_forgetting_says_counts_each_kind_in_words(db: Database, repo: object) -> None:
    await fill_users_data(db)
    said = (await forget_user(db, BIG_USER)).said(you=False)
    assert said.startswith("Deleted: 1 answer to the question of the day, ")
    assert "2 trivia games that named them as their starter" in said and "you" not in said


async def _two_named_streaks(db: Database) -> tuple[dt.date, DailyQuestionRepository]:
    """Ana (7) and Ben (8) right three days running: the third post's reveal names both streaks."""
    posts, questions = DailyPostRepository(db, QuoteRepository(db)), DailyQuestionRepository(db)
    days = [DAY + dt.timedelta(days=n) for n in range(3)]
    for n, day in enumerate(days):
        await post(posts, questions, day, picker(f"q{n}"))
        if n < 2:
            for user, name in ((7, "Ana"), (8, "Ben")):
                await questions.answer(1, day, user_id=user, name=name, option=0, correct=True, now=NOW)
    return days[2], questions


async def _named(db: Database, day: dt.date) -> list[str]:
    row = await db.fetchrow("SELECT reveal FROM qotd_day WHERE local_date = ?", (day.isoformat(),))
    return [s.name for s in RevealSummary.from_json(row["reveal"]).streaks]


async def test_forgetting_a_person_takes_their_streak_out_of_stored_reveals(
    db: Database, repo: object
) -> None:
    revealing, _ = await _two_named_streaks(db)
    assert await _named(db, revealing) == ["Ana", "Ben"]
    done = await forget_user(db, 7)
    assert done.reveals == 1 and "your name in 1 reveal of the question of the day" in done.said()
    assert await _named(db, revealing) == ["Ben"]
    assert (await forget_user(db, 7)).total == 0


async def test_a_reveal_stored_without_user_ids_loses_the_name_their_answer_gave_it(
    db: Database, repo: object
) -> None:
    revealing, _ = await _two_named_streaks(db)
    # As stored before reveals kept user ids, with the answers' names still kept then.
    async with db.transaction() as tx:
        row = await tx.fetchrow("SELECT reveal FROM qotd_day WHERE local_date = ?", (revealing.isoformat(),))
        old = json.loads(row["reveal"])
        old["streaks"] = [[name, days] for name, days, _ in old["streaks"]]
        await tx.execute(
            "UPDATE qotd_day SET reveal = ? WHERE local_date = ?", (json.dumps(old), revealing.isoformat())
        )
        await tx.execute("UPDATE qotd_answer SET name = CASE WHEN user_id = 7 THEN 'Ana' ELSE 'Ben' END")
    done = await forget_user(db, 7)
    assert done.reveals == 1
    assert await _named(db, revealing) == ["Ben"]
