"""What every backend offers the repositories: a database busy for a moment is one error, on both
backends, and a write that must not be lost is tried again until it is stored; a broken constraint is
one error too; and an address is shown without its password."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest

from bot.db import Database, DatabaseBusyError, IntegrityError, SqliteDatabase
from bot.db.base import Outage, address_problem, redact, said
from bot.db.postgres import PostgresDatabase


async def _hold_the_pack_table(db: Database, held: asyncio.Event, release: asyncio.Event) -> None:
    """Another program writing: it holds the lock a write to ``pack`` needs until ``release``."""
    if isinstance(db, SqliteDatabase):
        other = sqlite3.connect(db.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        held.set()
        await release.wait()
        other.rollback()
        other.close()
        return
    assert isinstance(db, PostgresDatabase)
    other = await asyncpg.connect(db.url)
    async with other.transaction():
        await other.execute("LOCK TABLE pack IN ACCESS EXCLUSIVE MODE")
        held.set()
        await release.wait()
    await other.close()


async def _write(db: Database) -> int:
    async with db.transaction() as conn:
        if isinstance(db, PostgresDatabase):
            await conn.execute("SET LOCAL lock_timeout = '100ms'")
        return await conn.execute("UPDATE pack SET loaded_at = loaded_at")


WRITES: dict[str, Callable[[Database], Awaitable[int]]] = {
    "in a transaction": _write,
    "alone": lambda db: db.write("UPDATE pack SET loaded_at = loaded_at"),
}


@pytest.mark.parametrize("how", WRITES)
async def test_a_lock_held_by_another_program_is_a_busy_error_and_changes_nothing(
    db: Database, how: str
) -> None:
    write = WRITES[how]
    if isinstance(db, SqliteDatabase):
        await db.conn.execute("PRAGMA busy_timeout = 100")
    held, release = asyncio.Event(), asyncio.Event()
    holder = asyncio.create_task(_hold_the_pack_table(db, held, release))
    await held.wait()
    try:
        with pytest.raises(DatabaseBusyError) as raised:
            await write(db)
        assert raised.value.__cause__ is not None  # the backend's own error, kept for the log
    finally:
        release.set()
        await holder
    if isinstance(db, SqliteDatabase):
        assert not db.conn.in_transaction
    assert await write(db) >= 0  # once the lock is gone, the same write goes through


async def test_retry_stores_a_write_once_the_lock_is_released(db: Database) -> None:
    if isinstance(db, SqliteDatabase):
        await db.conn.execute("PRAGMA busy_timeout = 100")
    db.retry_delay = 0.05
    held, release = asyncio.Event(), asyncio.Event()
    holder = asyncio.create_task(_hold_the_pack_table(db, held, release))
    await held.wait()
    waited: list[bool] = []

    async def on_wait() -> None:
        waited.append(True)
        release.set()  # the other program finishes while the write waits

    changed = await db.retry(lambda: _write(db), what="testing", on_wait=on_wait)
    await holder
    assert waited == [True] and changed >= 0


ADD_PACK = "INSERT INTO pack (slug, title, artist, fingerprint, loaded_at) VALUES (?, 'T', 'A', '', '')"


async def test_a_broken_constraint_is_an_integrity_error_and_writes_nothing(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute(ADD_PACK, ("a",))
    with pytest.raises(IntegrityError):  # noqa: PT012 - the first insert of the two must be undone
        async with db.transaction() as conn:
            await conn.execute(ADD_PACK, ("b",))
            await conn.execute(ADD_PACK, ("a",))
    assert [r["slug"] for r in await db.fetch("SELECT slug FROM pack ORDER BY slug")] == ["a"]


async def test_a_write_alone_is_committed_and_counts_the_rows_it_changed(db: Database) -> None:
    assert await db.write(ADD_PACK, ("a",)) == 1
    assert await db.write(ADD_PACK, ("b",)) == 1
    assert await db.write("UPDATE pack SET title = ? WHERE slug IN (?, ?)", ("New", "a", "zz")) == 1
    rows = await db.fetch("SELECT slug, title FROM pack ORDER BY slug")
    assert [(r["slug"], r["title"]) for r in rows] == [("a", "New"), ("b", "T")]


async def test_a_write_alone_that_breaks_a_constraint_writes_nothing_and_leaves_no_transaction_open(
    db: Database,
) -> None:
    await db.write(ADD_PACK, ("a",))
    with pytest.raises(IntegrityError):
        await db.write(ADD_PACK, ("a",))
    if isinstance(db, SqliteDatabase):
        assert not db.conn.in_transaction
    async with db.transaction() as conn:  # the next transaction begins as usual
        await conn.execute(ADD_PACK, ("b",))
    assert [r["slug"] for r in await db.fetch("SELECT slug FROM pack ORDER BY slug")] == ["a", "b"]


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql://bot:s3cret@db.example.org:5432/imhere",
            "postgresql://bot:***@db.example.org:5432/imhere",
        ),
        (
            "postgresql://bot:s3cret@localhost/imhere?sslmode=require",
            "postgresql://bot:***@localhost/imhere?sslmode=require",
        ),
        ("postgresql://bot@localhost/imhere", "postgresql://bot@localhost/imhere"),
        ("postgresql:///imhere", "postgresql:///imhere"),
        (
            "postgresql://bot@db.lan/imhere?password=s3cret&sslmode=require",
            "postgresql://bot@db.lan/imhere?password=***&sslmode=require",
        ),
        (
            "postgresql://bot@db.lan/imhere?sslpassword=s3cret",
            "postgresql://bot@db.lan/imhere?sslpassword=***",
        ),
        ("postgresql://bot:s3/cret@db.lan/imhere", "postgresql://bot:***@db.lan/imhere"),
        ("postgresql://bot:s3?cret@db.lan/imhere", "postgresql://bot:***@db.lan/imhere"),
        ("postgresql://bot:s3#cret@db.lan/imhere", "postgresql://bot:***@db.lan/imhere"),
        ("postgresql://bot:s3cret@db.lan:five/imhere", "postgresql://bot:***@db.lan:five/imhere"),
        ("bot:s3cret@db.lan/imhere", "bot:***@db.lan/imhere"),
    ],
)
def test_redact_hides_only_the_password(url: str, shown: str) -> None:
    assert redact(url) == shown


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://bot:s3/cret@db.lan/imhere", "percent-encoded"),
        ("postgresql://bot:s3?cret@db.lan/imhere", "percent-encoded"),
        ("postgresql://bot:s3cret@db.lan:five/imhere", "port is not a number"),
        ("mysql://bot:s3cret@db.lan/imhere", "does not start with postgresql://"),
        ("postgresql://db.lan", "no host or no database"),
    ],
)
def test_an_address_that_cannot_be_used_says_why_without_its_password(url: str, problem: str) -> None:
    said = address_problem(url)
    assert said is not None and problem in said and "s3" not in said


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://bot:s3cret@db.lan:5432/imhere",
        "postgresql://bot@db.lan/imhere?password=s3cret",
        "postgresql://bot@db.lan/imhere?options=-c%20a@b",
        "postgres://bot:s3%2Fcret@db.lan/imhere",
    ],
)
def test_a_usable_address_has_no_problem(url: str) -> None:
    assert address_problem(url) is None


async def _commit_elsewhere(db: Database, sql: str) -> None:
    """Another process writes and commits."""
    if isinstance(db, SqliteDatabase):
        other = sqlite3.connect(db.path, isolation_level=None)
        other.execute(sql)
        other.close()
        return
    assert isinstance(db, PostgresDatabase)
    conn = await asyncpg.connect(db.url)
    await conn.execute(sql)
    await conn.close()


async def test_a_snapshot_reads_one_committed_state_while_another_process_writes(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("CREATE TABLE seen (n INTEGER)")
        await conn.execute("INSERT INTO seen VALUES (1)")
    count = "SELECT count(*) AS n FROM seen"
    async with db.snapshot() as reads:
        assert (await reads.fetchrow(count))["n"] == 1
        await _commit_elsewhere(db, "INSERT INTO seen VALUES (2)")  # not blocked by the snapshot
        assert (await reads.fetchrow(count))["n"] == 1  # still the state it began with
    assert (await db.fetchrow(count))["n"] == 2


def test_an_error_ends_a_sentence_with_one_full_stop() -> None:
    hint = Exception('extension "unaccent" is not available. Install it.')
    assert (
        f"cannot be used: {said(hint)}."
        == 'cannot be used: extension "unaccent" is not available. Install it.'
    )
    assert said(Exception("")) == "Exception"


async def test_an_outage_is_logged_once_when_it_begins_and_once_when_it_ends(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = await SqliteDatabase.open(tmp_path / "bot.sqlite3")
    try:
        outage = Outage(logging.getLogger("test.outage"), "The quote of the day")
        with caplog.at_level(logging.INFO, logger="test.outage"):
            for _ in range(5):  # five ticks while the file cannot be opened
                assert outage.failed(db, sqlite3.OperationalError("unable to open database file"))
            assert not outage.failed(db, ValueError("a bug"))  # not the database's: the caller reports it
            outage.answered()
            outage.answered()
        said_ = [(r.levelname, r.getMessage()) for r in caplog.records]
        assert len(said_) == 2, said_
        assert said_[0][0] == "WARNING" and "waits for the database" in said_[0][1]
        assert "cannot be written" in said_[0][1] and "logged once" in said_[0][1]
        assert said_[1] == ("INFO", "The quote of the day goes on: the database answers again")
        assert not any(r.exc_info for r in caplog.records)
    finally:
        await db.close()
