"""An answer to the question of the day while another session holds the answers (issue 23): on both
databases the click is acknowledged while the database still holds out, and confirmed once the
answer is stored. On SQLite another process holds the write lock; on PostgreSQL another session holds
an ACCESS EXCLUSIVE lock on the answers' table (as VACUUM FULL or ALTER TABLE take it).

No timing claim: the test asserts what the bot had answered before the lock was let go. (SimCord
gives up on a bot that has not settled in 5 s of real time: a click still waiting then fails it.)
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
import simcord

from bot.db import Database, SqliteDatabase
from bot.db.postgres import PostgresDatabase
from tests.cogs.daily.conftest import first_post, label
from tests.conftest import DatabaseSupply, Server
from tests.faults.inject import write_lock_held
from tests.postgres import quote_identifier

RETRY = 30.0
"""Seconds of virtual time between attempts of a must-not-lose write: long enough that SimCord's
wall-clock fallback never fires one during the test (see tests/faults/conftest.py)."""


@pytest.fixture
async def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Database]:
    """As tests/conftest.py's (the real pack loaded), with the long retry above; SQLite gives up on a
    lock in 50 ms, as in the fault tests, PostgreSQL in its own lock_timeout (1 s)."""
    if backend == "postgres":
        supply: DatabaseSupply = request.getfixturevalue("postgres_databases")
        name, url = await supply.take(True)
        database: Database = await PostgresDatabase.open(url, retry_delay=RETRY)
        yield database
        await database.close()
        supply.discard(name)
        return
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(request.getfixturevalue("database_templates")[True], path)
    database = await SqliteDatabase.open(path, busy_timeout=0.05, retry_delay=RETRY)
    yield database
    await database.close()


@contextlib.asynccontextmanager
async def answers_held(db: Database, table: str = "qotd_answer") -> AsyncIterator[None]:
    """Another program holds the answers (on PostgreSQL, ``table``) until the block ends."""
    if isinstance(db, PostgresDatabase):
        holder = await asyncpg.connect(db.url)
        try:
            async with holder.transaction():
                await holder.execute(f"LOCK TABLE {quote_identifier(table)} IN ACCESS EXCLUSIVE MODE")
                yield
        finally:
            await holder.close()
        return
    with write_lock_held(db.path):  # type: ignore[attr-defined]
        yield


@pytest.mark.parametrize("table", ["qotd_answer", "qotd_day"])
async def test_an_answer_while_the_answers_are_locked_is_acknowledged_then_confirmed(
    server: Server, manager: simcord.MemberActor, db: Database, table: str
) -> None:
    """On PostgreSQL ``table`` is held: the answers the click writes, or the day it first reads (which
    question the day asked); that read is waited for like the write, not answered "I can't reach my
    database" with the answer lost. (On SQLite the write lock holds both.)"""
    now, message, question = await first_post(server, manager)
    async with answers_held(db, table):
        click = await server.member.click(message, label=label(question, question.answer))
        # Acknowledged while the answers are still held, and not said to be stored.
        assert click.deferred and click.ephemeral
        assert click.response is not None and "Locked in" not in click.response.content
    await server.env.advance_time(RETRY)
    confirmed = click.response
    assert confirmed is not None and "Locked in" in confirmed.content and confirmed.ephemeral
    rows = await db.fetch("SELECT user_id FROM qotd_answer WHERE local_date = ?", (now.date().isoformat(),))
    assert [r["user_id"] for r in rows] == [server.member.id]
