"""The PostgreSQL backend (``DATABASE_URL=postgresql://...``, the optional extra ``postgres``): a pool of
asyncpg connections that several bot processes can share.

Two things PostgreSQL does for the processes sharing it, with its own machinery:
- :meth:`Transaction.serialize` takes a transaction-scoped advisory lock, so that the few
  read-then-write steps (loading a pack, choosing and claiming a day's posts) run one at a time
  across processes, as SQLite's write lock makes them run within one;
- each process holds a session advisory lock for as long as it is connected (:meth:`alive` reads
  them): a day's post claimed by a process that was killed is taken over at once, while one
  claimed by a process still running is left to it.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager, suppress
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.db.base import (
    RETRY_DELAY,
    Connection,
    Database,
    DatabaseBusyError,
    DatabaseError,
    IntegrityError,
    Params,
    Reads,
    redact,
    said,
)
from bot.db.migrate import migrations
from bot.db.sql import identifier, translate

log = logging.getLogger(__name__)

LOCK_SPACE = 0x1B0E
"""The first half of every advisory lock the bot takes (the second names what is locked)."""
_MIGRATING = 1
AnyConnection = asyncpg.Connection | PoolConnectionProxy
"""A connection of its own, or one lent by the pool."""
_TRANSIENT = (
    asyncpg.exceptions.SerializationError,
    asyncpg.exceptions.DeadlockDetectedError,
    asyncpg.exceptions.LockNotAvailableError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    ConnectionError,
)


@contextmanager
def _refusals() -> Iterator[None]:
    """PostgreSQL's refusals as every backend says them: a broken constraint as IntegrityError; a
    refusal for a moment (a race with another transaction, a restart) as DatabaseBusyError."""
    try:
        yield
    except asyncpg.exceptions.IntegrityConstraintViolationError as exc:
        raise IntegrityError(str(exc)) from exc
    except _TRANSIENT as exc:
        raise DatabaseBusyError(str(exc)) from exc


def _broke(error: BaseException, conn: PoolConnectionProxy) -> bool:
    """Whether ``error`` says the connection itself broke, not a mistake in what was asked (which would
    fail again): asyncpg's protocol stuck in an operation ("cannot switch to state 15"), or a
    statement or the transaction's end refused because the connection was lost under it."""
    stuck = asyncpg.exceptions.InternalClientError
    if not isinstance(error, stuck | asyncpg.InterfaceError):
        return False
    cause = error.__context__
    while cause is not None and not isinstance(cause, (*_TRANSIENT, stuck)):
        cause = cause.__context__
    return isinstance(error, stuck) or cause is not None or _gone(conn)


def _gone(conn: PoolConnectionProxy) -> bool:
    try:
        return conn.is_closed()
    except asyncpg.InterfaceError:  # released already: the pool lets a connection go once it closes
        return True


def _lock_key(name: str) -> int:
    return zlib.crc32(name.encode()) & 0x7FFFFFFF


class Transaction(Reads):
    """Reads and writes inside one PostgreSQL transaction."""

    def __init__(self, conn: AnyConnection) -> None:
        self.conn = conn

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        with _refusals():
            return await self.conn.fetch(translate(sql, "postgres"), *params)

    async def execute(self, sql: str, params: Params = ()) -> int:
        with _refusals():
            status = await self.conn.execute(translate(sql, "postgres"), *params)
        # "UPDATE 3", "DELETE 0", "INSERT 0 1": the last number is the rows changed.
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        with _refusals():
            await self.conn.executemany(translate(sql, "postgres"), rows)

    async def serialize(self, name: str) -> None:
        """Until this transaction ends, no other transaction serializing on ``name`` runs, in any
        process. (Statements after this one see what those transactions committed.)"""
        with _refusals():
            await self.conn.execute(
                "SELECT pg_advisory_xact_lock($1::int, $2::int)", LOCK_SPACE, _lock_key(name)
            )


class PostgresDatabase(Database):
    """The bot's PostgreSQL database. Create it with :meth:`open`."""

    dialect = "postgres"

    def __init__(self, pool: asyncpg.Pool, url: str, *, retry_delay: float = RETRY_DELAY) -> None:
        super().__init__(retry_delay=retry_delay)
        self.pool = pool
        self.url = url
        self._presence: asyncpg.Connection | None = None

    @classmethod
    async def open(
        cls, url: str, *, retry_delay: float = RETRY_DELAY, pool_size: int = 10
    ) -> PostgresDatabase:
        """Connect, migrate and announce this process. Raises :class:`DatabaseError` when the server
        cannot be reached or used, or holds a newer version of the bot's schema."""
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=pool_size, statement_cache_size=512, command_timeout=60
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise DatabaseError(
                f"The database {redact(url)} cannot be reached: {said(exc)}. Check the address (DATABASE_URL, "
                "for the bot) and that PostgreSQL is running."
            ) from None
        db = cls(pool, url, retry_delay=retry_delay)
        try:
            await db._migrate()
            await db._announce()
        except asyncpg.PostgresError as exc:
            await db.close()
            raise DatabaseError(f"The database {redact(url)} cannot be used: {said(exc)}.") from None
        except BaseException:
            await db.close()
            raise
        return db

    async def close(self) -> None:
        if self._presence is not None and not self._presence.is_closed():
            await self._presence.close()
        await self.pool.close()

    def describe(self) -> str:
        return redact(self.url)

    def explain(self, error: BaseException) -> DatabaseError | None:
        if isinstance(error, DatabaseBusyError) and error.__cause__ is not None:
            error = error.__cause__
        if isinstance(error, asyncpg.PostgresError | asyncpg.InterfaceError | OSError):
            return DatabaseError(f"The database {self.describe()} cannot be used: {said(error)}.")
        return None

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        with _refusals():
            return await self.pool.fetch(translate(sql, "postgres"), *params)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Reads]:
        with _refusals():
            async with self._lent() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
                yield Transaction(conn)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        with _refusals():  # a lost connection, a commit refused for a race
            async with self._lent() as conn, conn.transaction():
                yield Transaction(conn)

    @asynccontextmanager
    async def _lent(self) -> AsyncIterator[PoolConnectionProxy]:
        """A connection from the pool. One that broke under its user (the server ended it mid-
        transaction: pg_terminate_backend, a restart) is dropped, not lent again in a state asyncpg
        cannot leave ("cannot switch to state 15"), and the failure is said as the moment of
        unavailability it is, so that a write that must not be lost is tried again."""
        async with self.pool.acquire() as conn:
            try:
                yield conn
            except Exception as exc:
                if not _broke(exc, conn):
                    raise
                with suppress(asyncpg.InterfaceError):  # already gone: the pool replaces it
                    conn.terminate()
                raise DatabaseBusyError(f"the connection to the database broke: {said(exc)}") from exc

    async def schema_version(self) -> int:
        async with self.pool.acquire() as conn:
            return await _version(conn)

    async def continue_numbering(self, conn: Connection, table: str) -> None:
        """Move the table's identity sequence past its largest id: rows copied in with their ids
        leave it where it was, and the next game would collide with a copied one."""
        name = identifier(table)
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT max(id) FROM {name}), 1))",  # noqa: S608 - a table name of the bot's own schema, checked by identifier()
            (table,),
        )

    async def alive(self, conn: Connection, instances: Iterable[int]) -> set[int]:
        """Which of these processes still hold their session lock (are running, connected)."""
        wanted = sorted(set(instances))
        if not wanted:
            return set()
        await self._announce()
        rows = await conn.fetch(
            "SELECT objid::bigint AS instance FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = CAST(? AS bigint)::oid AND objsubid = 2 AND objid::bigint IN ({ints})",
            (LOCK_SPACE, json.dumps(wanted)),
        )
        return {r["instance"] for r in rows}

    async def _announce(self) -> None:
        """Hold this process's session lock on a connection of its own (again, after a lost connection)."""
        if self._presence is not None and not self._presence.is_closed():
            return
        self._presence = presence = await asyncpg.connect(self.url)
        await presence.execute("SELECT pg_advisory_lock($1::int, $2::int)", LOCK_SPACE, self.instance)

    async def _migrate(self) -> None:
        scripts = migrations("postgres")
        latest = scripts[-1][0] if scripts else 0
        async with self.pool.acquire() as conn:
            for version, name, sql in scripts:
                async with conn.transaction():
                    # One process migrates at a time; the others then find the work done.
                    await conn.execute(
                        "SELECT pg_advisory_xact_lock($1::int, $2::int)", LOCK_SPACE, _MIGRATING
                    )
                    await conn.execute("CREATE TABLE IF NOT EXISTS bot_schema (version INTEGER NOT NULL)")
                    current = await _version(conn)
                    if current > latest:
                        raise DatabaseError(
                            f"The database {redact(self.url)} was written by a newer version of the bot "
                            f"(schema {current}, this version knows up to {latest}). "
                            "Update the bot, or point DATABASE_URL at another database."
                        )
                    if version <= current:
                        continue
                    log.info("Applying database migration %s (PostgreSQL)", name)
                    await conn.execute(sql)
                    await conn.execute("DELETE FROM bot_schema")
                    await conn.execute("INSERT INTO bot_schema (version) VALUES ($1)", version)


async def _version(conn: AnyConnection) -> int:
    value = await conn.fetchval("SELECT max(version) FROM bot_schema")
    return int(value or 0)
