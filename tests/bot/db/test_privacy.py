"""Forgetting a person (``/privacy forget``, ``python -m bot forget``): every row that names them goes,
everyone else's stays, on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Any

from bot.db import Database
from bot.db.privacy import FORGOTTEN, forget_user
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
