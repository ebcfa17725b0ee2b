"""Moving a deployment: the users' data copied between real databases (SQLite, and PostgreSQL on the
throwaway test server), made by the real repositories and compared row for row."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import re
import shutil
import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.db import Database, SqliteDatabase, open_database
from bot.db.copy import (
    CATALOGUE_TABLES,
    USER_TABLES,
    CountMismatchError,
    TableCount,
    TargetNotEmptyError,
    copy_user_data,
    location,
    row_counts,
)
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.migrate import migrations
from bot.db.quotes import QuoteRepository
from bot.db.trivia import SeenQuestions, TriviaRepository
from bot.db.trivia_play import HallOfFame, QuestionRates
from bot.domain.trivia.seasons import season_at
from tests.bot.db.test_trivia import GUILD, T0, answer, new_game
from tests.postgres import PostgresCluster

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 6, 1)
OTHER_GUILD = 2
# Discord ids are 64-bit: the copy must keep them whole on both backends.
BIG_USER = 1_234_567_890_123_456_789


# -- the users' data, made the way the bot makes it ----------------------------------------------------


def _picker(*ids: str):
    queue = list(ids)

    def pick(seen: SeenQuestions) -> tuple[str, int] | None:
        return (queue.pop(0), seen.cycle) if queue else None

    return pick


async def _post_day(db: Database, day: dt.date, question: str) -> None:
    """The daily post of one day in GUILD: its quote chosen and claimed, its question chosen (which
    reveals the day before, bringing streaks up to date), then posted."""
    qotd = DailyPostRepository(db, QuoteRepository(db))
    await qotd.choose_and_claim([(GUILD, day, 10)], "im-here", random.Random(day.day), now=NOW)
    await DailyQuestionRepository(db).prepare([(GUILD, day, True)], "im-here", _picker(question), now=NOW)
    await qotd.mark_posted_days([(GUILD, day, 100 + day.day)], now=NOW)


async def _game(db: Database, channel: int, *, answers: int, end: bool) -> int:
    """A game in ``channel`` of GUILD with ``answers`` questions answered by two players."""
    trivia = TriviaRepository(db)
    questions = [f"gen:q{channel}:{index}" for index in range(answers)]
    game = await new_game(trivia, channel, starter_id=BIG_USER, current=questions, time_limit=20.5)
    for index in range(answers):
        await trivia.question_posted(game, index, 900 + index)
        await answer(trivia, game, index, 5, correct=False, points=0)
        await answer(trivia, game, index, 7, correct=True, points=800)
    if end:
        await trivia.end_game(game, "finished", NOW + dt.timedelta(minutes=5))
    return game


async def fill_users_data(db: Database) -> int:
    """Something in every user table of ``db`` (which has the real pack loaded, for the daily
    quotes); the id of the game left running."""
    daily_settings = DailySettingsRepository(db)
    await daily_settings.save(
        GUILD, channel_id=10, post_time=dt.time(9), timezone="Europe/Paris", role_id=None, now=NOW
    )
    await daily_settings.save(
        OTHER_GUILD, channel_id=20, post_time=dt.time(7, 30), timezone="UTC", role_id=5, now=NOW
    )
    await _post_day(db, DAY, "hand:companion-book")
    questions = DailyQuestionRepository(db)
    for user, name, option in ((BIG_USER, "Ana", 2), (8, "Bo", 0)):
        await questions.answer(
            GUILD, DAY, user_id=user, name=name, option=option, correct=option == 2, now=NOW
        )
    await _post_day(db, DAY + dt.timedelta(days=1), "hand:other")  # reveals DAY: streaks
    await _game(db, channel=30, answers=3, end=True)
    running = await _game(db, channel=31, answers=2, end=False)
    await QuestionRates(db).count_answers(GUILD, "im-here", "gen:q30:0", 2, 1)
    await HallOfFame(db).close(GUILD, season_at(T0, None))  # the games' answers are January 2026's
    counts = await row_counts(db)
    assert all(counts.values()), f"the test data should reach every user table: {counts}"
    return running


async def users_data(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every user table's rows as column -> value, sorted by primary key."""
    data = {}
    for table in USER_TABLES:
        rows = [
            dict(zip(row.keys(), row, strict=True)) for row in await db.fetch(f"SELECT * FROM {table.name}")
        ]
        data[table.name] = sorted(rows, key=lambda row, key=table.key: tuple(row[c] for c in key))
    return data


# -- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture
async def source(db: Database, repo: object) -> Database:
    """The test's own SQLite database with the real pack loaded (``repo``), and users' data in it."""
    await fill_users_data(db)
    return db


async def _sqlite(path: Path, template: Path) -> SqliteDatabase:
    shutil.copyfile(template, path)
    return await SqliteDatabase.open(path)


@pytest.fixture
async def target(tmp_path: Path, database_templates: dict[bool, Path]) -> AsyncIterator[Database]:
    """An empty migrated SQLite database of the test's own, as a new deployment starts with."""
    database = await _sqlite(tmp_path / "target.sqlite3", database_templates[False])
    yield database
    await database.close()


@pytest.fixture
async def postgres(postgres_cluster: PostgresCluster, tmp_path: Path) -> AsyncIterator[Database]:
    """A fresh database of the test's own on the throwaway PostgreSQL server, migrated."""
    name = f"copy_{uuid.uuid4().hex[:12]}"
    url = await postgres_cluster.create_database(name)
    database = await open_database(path=tmp_path / "unused.sqlite3", url=url)
    yield database
    await database.close()
    await postgres_cluster.drop_database(name)


# -- the tests ------------------------------------------------------------------------------------------


def test_every_table_is_either_users_data_or_the_catalogue(
    database_templates: dict[bool, Path],
) -> None:
    with sqlite3.connect(database_templates[False]) as conn:
        found = {
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_") and not name.startswith("quote_fts_")  # FTS5's own tables
        }
    users = {table.name for table in USER_TABLES}
    assert not users & CATALOGUE_TABLES
    unlisted = found - users - CATALOGUE_TABLES
    assert not unlisted, (
        f"add {sorted(unlisted)} to USER_TABLES (copied) or CATALOGUE_TABLES in bot/db/copy.py"
    )
    assert found == users | CATALOGUE_TABLES, "a listed table no longer exists"


def test_the_user_tables_come_each_after_the_tables_they_refer_to(
    database_templates: dict[bool, Path],
) -> None:
    order = [table.name for table in USER_TABLES]
    with sqlite3.connect(database_templates[False]) as conn:
        for child in order:
            for (parent,) in conn.execute(
                'SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)', (child,)
            ):
                assert order.index(parent) < order.index(child), f"{parent} must come before {child}"


async def test_sqlite_to_sqlite_copies_every_user_table_row_for_row(
    source: Database, target: Database
) -> None:
    counts = await copy_user_data(source, target, batch_size=2)  # several batches per table
    expected = await users_data(source)
    assert await users_data(target) == expected
    assert counts == [TableCount(t, len(rows), len(rows)) for t, rows in expected.items()]
    # The catalogue stays behind: the target's bot loads it from the packs.
    assert (await target.fetchrow("SELECT count(*) FROM quote"))[0] == 0


async def test_a_copied_game_goes_on_and_new_games_follow_it(source: Database, target: Database) -> None:
    running = max(game.id for game in await TriviaRepository(source).running_games())
    await copy_user_data(source, target)
    trivia = TriviaRepository(target)
    assert [game.id for game in await trivia.running_games()] == [running]
    await trivia.end_game(running, "finished", NOW)
    assert await _game(target, channel=32, answers=1, end=True) > running


async def test_a_target_holding_users_data_is_refused_and_left_as_it_was(
    source: Database, target: Database, repo: object, tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    other = await _sqlite(tmp_path / "other.sqlite3", database_templates[True])
    try:
        await _game(other, channel=77, answers=1, end=True)
        await copy_user_data(other, target)
    finally:
        await other.close()
    before = await users_data(target)

    with pytest.raises(TargetNotEmptyError) as refused:
        await copy_user_data(source, target)
    assert refused.value.held == {"trivia_game": 1, "trivia_answer": 2, "trivia_seen": 1}
    assert str(refused.value) == (
        f"The target database {target.describe()} already holds users' data: trivia_game (1 row), "
        "trivia_answer (2 rows) and trivia_seen (1 row). Nothing was copied. "
        "Pass --replace to delete it and copy over it."
    )
    assert await users_data(target) == before


async def test_replace_deletes_the_targets_users_data_and_copies(source: Database, target: Database) -> None:
    await copy_user_data(source, target)
    await DailySettingsRepository(target).save(
        99, channel_id=1, post_time=dt.time(8), timezone="UTC", role_id=None, now=NOW
    )
    await copy_user_data(source, target, replace=True)
    assert await users_data(target) == await users_data(source)


async def test_rows_written_to_the_source_during_the_copy_roll_it_back(
    source: Database, target: Database
) -> None:
    """As when the bot still runs on the source: the counts differ, and nothing is kept."""
    daily_settings = DailySettingsRepository(source)
    copying = asyncio.ensure_future(copy_user_data(source, target, batch_size=1))
    written = 0
    while not copying.done():  # servers numbered below every other: read before the copy or never
        written += 1
        await daily_settings.save(
            -written, channel_id=1, post_time=dt.time(8), timezone="UTC", role_id=None, now=NOW
        )
    with pytest.raises(CountMismatchError) as mismatch:
        await copying
    [settings] = [c for c in mismatch.value.counts if c.source != c.target]
    assert settings.table == "qotd_settings" and settings.source > settings.target
    assert "qotd_settings" in str(mismatch.value) and "Was the bot still running" in str(mismatch.value)
    assert not any((await row_counts(target)).values())


def test_a_command_line_location_is_a_sqlite_file_or_a_postgresql_address(tmp_path: Path) -> None:
    assert location(str(tmp_path / "bot.sqlite3"), "SOURCE") == tmp_path / "bot.sqlite3"
    url = "postgresql://bot:s3cret@db.example:5432/imhere"
    assert location(url, "TARGET") == url
    with pytest.raises(
        ValueError, match=re.escape("TARGET 'mysql://bot:***@db.example/imhere' is neither")
    ) as bad:
        location("mysql://bot:s3cret@db.example/imhere", "TARGET")
    assert "s3cret" not in str(bad.value)


# -- PostgreSQL -----------------------------------------------------------------------------------------


async def test_sqlite_to_postgresql_and_back_keeps_every_row(
    source: Database, postgres: Database, tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    expected = await users_data(source)
    await copy_user_data(source, postgres, batch_size=1)  # every table read after a key, on both backends
    assert await users_data(postgres) == expected
    back = await _sqlite(tmp_path / "back.sqlite3", database_templates[False])
    try:
        counts = await copy_user_data(
            postgres, back, batch_size=1
        )  # every table read after a key, on both backends
        assert await users_data(back) == expected
    finally:
        await back.close()
    assert all(c.source == c.target == len(expected[c.table]) for c in counts)


async def test_on_postgresql_new_games_are_numbered_after_the_copied_ones(
    source: Database, postgres: Database
) -> None:
    running = await TriviaRepository(source).running_games()
    await copy_user_data(source, postgres)
    trivia = TriviaRepository(postgres)
    assert await trivia.running_games() == running
    assert await _game(postgres, channel=32, answers=1, end=True) > max(game.id for game in running)


async def test_postgresql_refuses_a_target_with_data_then_replaces_it(
    source: Database, postgres: Database
) -> None:
    await copy_user_data(source, postgres)
    await _game(postgres, channel=40, answers=1, end=True)  # played on the target since
    before = await users_data(postgres)
    with pytest.raises(TargetNotEmptyError) as refused:
        await copy_user_data(source, postgres)
    assert refused.value.held["trivia_game"] == 3 and set(refused.value.held) == {t.name for t in USER_TABLES}
    assert await users_data(postgres) == before
    await copy_user_data(source, postgres, replace=True)
    assert await users_data(postgres) == await users_data(source)
    running = max(game.id for game in await TriviaRepository(source).running_games())
    assert await _game(postgres, channel=33, answers=1, end=True) > running


async def test_postgresql_tables_are_the_same_split_as_sqlites(postgres: Database) -> None:
    rows = await postgres.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    )
    found = {row["table_name"] for row in rows} - {"bot_schema"}  # the migrations' own record
    assert found == {t.name for t in USER_TABLES} | (CATALOGUE_TABLES - {"quote_fts"})
    assert len(migrations("postgres")) == len(migrations("sqlite"))
