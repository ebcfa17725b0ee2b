"""The PostgreSQL backend: it never shows a password, explains the server's errors in words, refuses
a database from a newer bot, and knows which runs of the bot sharing it are still running."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest

from bot.db import DatabaseBusyError, DatabaseError
from bot.db.postgres import LOCK_SPACE, PostgresDatabase
from tests.conftest import DatabaseSupply
from tests.postgres import PostgresCluster

PASSWORD = "s3cret"


@pytest.fixture
async def url(postgres_databases: DatabaseSupply) -> AsyncIterator[str]:
    """A migrated database of the test's own, addressed with a password (the test server trusts every
    local connection: the password is only there to be hidden)."""
    name, address = await postgres_databases.take(False)
    yield address.replace("postgres@", f"postgres:{PASSWORD}@", 1)
    postgres_databases.discard(name)


async def test_the_database_is_described_and_explained_without_its_password(url: str) -> None:
    db = await PostgresDatabase.open(url)
    try:
        hidden = url.replace(PASSWORD, "***")
        assert db.describe() == hidden
        with pytest.raises(asyncpg.PostgresError) as raised:
            await db.fetch("SELECT * FROM no_such_table")
        explained = db.explain(raised.value)
        assert (
            str(explained)
            == f'The database {hidden} cannot be used: relation "no_such_table" does not exist.'
        )
        busy = DatabaseBusyError("busy")
        busy.__cause__ = asyncpg.exceptions.CannotConnectNowError("the database system is starting up")
        assert str(db.explain(busy)) == (
            f"The database {hidden} cannot be used: the database system is starting up."
        )
        assert str(db.explain(ConnectionRefusedError("refused"))).startswith(f"The database {hidden} ")
        assert db.explain(ValueError("not the database's")) is None
    finally:
        await db.close()


async def test_a_server_that_cannot_be_reached_is_named_without_its_password() -> None:
    # Nothing listens on port 1.
    with pytest.raises(DatabaseError) as raised:
        await PostgresDatabase.open(f"postgresql://bot:{PASSWORD}@127.0.0.1:1/imhere")
    message = str(raised.value)
    assert message.startswith("The database postgresql://bot:***@127.0.0.1:1/imhere cannot be reached: ")
    assert "DATABASE_URL" in message and PASSWORD not in message


async def test_postgresql_from_a_newer_bot_is_refused_and_left_alone(
    postgres_cluster: PostgresCluster,
) -> None:
    url = await postgres_cluster.create_database("from_the_future")
    try:
        db = await PostgresDatabase.open(url)
        async with db.transaction() as tx:
            await tx.execute("UPDATE bot_schema SET version = 999")
        await db.close()
        with pytest.raises(DatabaseError, match="newer version of the bot"):
            await PostgresDatabase.open(url)
        connection = await asyncpg.connect(url)
        try:
            assert await connection.fetchval("SELECT version FROM bot_schema") == 999
        finally:
            await connection.close()
    finally:
        await postgres_cluster.drop_database("from_the_future")


async def test_the_runs_of_the_bot_still_connected_are_alive(url: str) -> None:
    first, second = await PostgresDatabase.open(url), await PostgresDatabase.open(url)
    gone = first.instance + second.instance  # a run that never connected
    try:
        async with first.transaction() as conn:
            assert await first.alive(conn, []) == set()
            running = await first.alive(conn, [first.instance, second.instance, gone])
            assert running == {first.instance, second.instance}
        await second.close()
        async with first.transaction() as conn:
            assert await first.alive(conn, [first.instance, second.instance]) == {first.instance}
    finally:
        await first.close()
        await second.close()


async def test_a_run_whose_presence_was_cut_off_announces_itself_again(url: str) -> None:
    """A run's session lock goes with its connection (a server restart, a dropped link): it takes the
    lock again when it next asks who is running, so that no other run takes it for gone."""
    db = await PostgresDatabase.open(url)
    admin = await asyncpg.connect(url)
    try:
        pid = await admin.fetchval(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid = $1::int::oid AND objid = $2::int::oid AND objsubid = 2",
            LOCK_SPACE,
            db.instance,
        )
        assert await admin.fetchval("SELECT pg_terminate_backend($1)", pid)
        # Wait for the server to end that connection (and the bot to see it end): not a timing claim,
        # a wait for an event, given up on only if it never comes.
        for _ in range(1000):
            if not await admin.fetchval("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid):
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail("the server never ended the connection")
        for _ in range(1000):
            async with db.transaction() as conn:
                if await db.alive(conn, [db.instance]) == {db.instance}:
                    break
            await asyncio.sleep(0.01)
        else:
            pytest.fail("the run never announced itself again")
    finally:
        await admin.close()
        await db.close()


async def test_a_write_whose_connection_is_terminated_mid_transaction_is_tried_again_on_a_new_one(
    url: str,
) -> None:
    """pg_terminate_backend (a server restart, an operator, a failover) ends a connection in the middle
    of a write: rolling back on the closed connection must not hide that the database was only busy
    for a moment (asyncpg says "cannot switch to state 12", or cannot end the transaction), so a write
    that must not be lost is tried again, on another connection."""
    db = await PostgresDatabase.open(url, retry_delay=0.01)
    admin = await asyncpg.connect(url)
    attempts = 0

    async def save() -> None:
        nonlocal attempts
        attempts += 1
        async with db.transaction() as conn:
            await conn.execute("CREATE TABLE IF NOT EXISTS saved (attempt INTEGER NOT NULL)")
            await conn.execute("INSERT INTO saved (attempt) VALUES (?)", (attempts,))
            if attempts == 1:
                pid = await conn.fetchrow("SELECT pg_backend_pid()")
                assert pid is not None
                assert await admin.fetchval("SELECT pg_terminate_backend($1)", pid[0])
                await conn.execute("INSERT INTO saved (attempt) VALUES (?)", (attempts,))

    try:
        await db.retry(save, what="saving a record")
        assert attempts == 2
        assert [tuple(r) for r in await db.fetch("SELECT attempt FROM saved")] == [(2,)]
    finally:
        await admin.close()
        await db.close()


async def test_a_database_that_did_not_answer_is_explained_as_an_outage(url: str) -> None:
    """The daily tick logs an outage once, as the database's: a wait given up on is one."""
    db = await PostgresDatabase.open(url)
    try:
        explained = db.explain(DatabaseBusyError("the database server did not answer within 2 seconds"))
        assert str(explained) == (
            f"The database {db.describe()} cannot be used: "
            "the database server did not answer within 2 seconds."
        )
    finally:
        await db.close()


async def test_the_bots_own_serializing_waits_past_the_lock_timeout(url: str) -> None:
    """A lock held outside the bot is given up on at once (lock_timeout), but the bot's own
    serializing lock is waited for, however long the other process's transaction takes: one that
    gave up would skip a day's claim or a pack's load."""
    first = await PostgresDatabase.open(url, lock_timeout=0.05)
    second = await PostgresDatabase.open(url, lock_timeout=0.05)
    try:
        async with first.transaction() as holding:
            await holding.serialize("claims")

            async def serialized() -> None:
                async with second.transaction() as conn:
                    await conn.serialize("claims")

            waiting = asyncio.ensure_future(serialized())
            for _ in range(1000):  # until the second one waits for the lock (an event, not a time)
                if await first.fetch("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"):
                    break
                await asyncio.sleep(0.01)
            else:
                pytest.fail("the second transaction never waited for the lock")
            await asyncio.sleep(0.2)  # past its lock timeout (0.05 s)
            assert not waiting.done()
        await asyncio.wait_for(waiting, 30)  # the first committed: the second goes on, no error
    finally:
        await first.close()
        await second.close()
