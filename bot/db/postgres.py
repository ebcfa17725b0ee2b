"""The PostgreSQL backend (``DATABASE_URL=postgresql://...``, the optional extra ``postgres``): a pool of
asyncpg connections that several bot processes can share.

Two things PostgreSQL does for the processes sharing it, with its own machinery:
- :meth:`Transaction.serialize` takes a transaction-scoped advisory lock, so that the few
  read-then-write steps (loading a pack, choosing and claiming a day's posts) run one at a time
  across processes, as SQLite's write lock makes them run within one;
- each process holds a session advisory lock for as long as it is connected (:meth:`alive` reads
  them): a day's post claimed by a process that was killed is taken over at once, while one
  claimed by a process still running is left to it.

A slow server must not break Discord's 3 seconds, any more than SQLite's lock does (its busy timeout
is 1 s): a lock another session holds (``VACUUM FULL``, ``CREATE INDEX``, ``ALTER TABLE`` take one that
stops every read) is waited for at most :data:`LOCK_TIMEOUT` (the server's ``lock_timeout``), and a
server that does not answer at all (frozen, cut off) at most :data:`ANSWER_TIMEOUT`, measured here.
Either way the statement fails as :class:`DatabaseBusyError`: a write that must not be lost is tried
again by :meth:`Database.retry`, which lets a click acknowledge itself first; a read fails as
:class:`DatabaseUnreachableError`, which a command answers with words. The bot's own advisory locks
and its migrations wait as long as they need: another process holds them for good reason.
"""

from __future__ import annotations

import asyncio
import json
import logging
import zlib
from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager, suppress
from typing import Any, TypeVar

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.db.base import (
    RETRY_DELAY,
    Connection,
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseUnreachableError,
    IntegrityError,
    Params,
    Reads,
    redact,
    said,
)
from bot.db.migrate import migrations
from bot.db.sql import identifier, translate

log = logging.getLogger(__name__)

T = TypeVar("T")

LOCK_TIMEOUT = 1.0
"""Seconds a statement waits for a lock another session holds before the server refuses it (as
SQLite's busy timeout): short, so that a click learns within Discord's 3 seconds that storing must
wait, and acknowledges first."""
ANSWER_TIMEOUT = 2.0
"""Seconds the bot waits for the server to answer a statement (or lend a connection) before taking
it for unreachable: longer than :data:`LOCK_TIMEOUT`, so that a lock is refused by the server, which
keeps the connection; a server that does not answer at all loses the connection it was asked on."""

CLOSE_TIMEOUT = 10.0
"""Seconds closing waits for connections still in use before it cuts them."""

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


def _broke(error: BaseException, conn: AnyConnection) -> bool:
    """Whether ``error`` says the connection itself broke, not a mistake in what was asked (which would
    fail again): asyncpg's protocol stuck in an operation ("cannot switch to state 15"), or a
    statement or the transaction's end refused because the connection was lost under it."""
    stuck = asyncpg.exceptions.InternalClientError
    if not isinstance(error, stuck | asyncpg.InterfaceError):
        return False
    cause = error.__context__
    while cause is not None and not isinstance(cause, (*_TRANSIENT, stuck)):
        cause = cause.__context__
    if isinstance(error, stuck) or cause is not None:
        return True
    try:
        return conn.is_closed()
    except asyncpg.InterfaceError:  # released already: the pool lets a connection go once it closes
        return True


@contextmanager
def _unreadable() -> Iterator[None]:
    """A read refused for a moment (a lock, no answer, a lost connection): it is not tried again, so
    the command that asked says it cannot reach its database."""
    try:
        with _refusals():
            yield
    except DatabaseBusyError as exc:
        if isinstance(exc, DatabaseUnreachableError):
            raise
        raise DatabaseUnreachableError(str(exc)) from exc.__cause__


async def _answered(work: Awaitable[T], conn: AnyConnection, limit: float) -> T:
    """``work`` on ``conn``, if the server answers within ``limit`` seconds. If not, the connection
    is closed (a statement may still be under way on it: it must not be lent again) and the wait
    fails as :class:`DatabaseBusyError`."""
    try:
        async with asyncio.timeout(limit):
            return await work
    except TimeoutError:
        conn.terminate()
        raise DatabaseBusyError(f"the database server did not answer within {limit:g} seconds") from None


def _lock_key(name: str) -> int:
    return zlib.crc32(name.encode()) & 0x7FFFFFFF


class Transaction(Reads):
    """Reads and writes inside one PostgreSQL transaction."""

    def __init__(self, conn: AnyConnection, answer_timeout: float = ANSWER_TIMEOUT) -> None:
        self.conn = conn
        self.answer_timeout = answer_timeout

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        with _refusals():
            return await _answered(
                self.conn.fetch(translate(sql, "postgres"), *params), self.conn, self.answer_timeout
            )

    async def execute(self, sql: str, params: Params = ()) -> int:
        with _refusals():
            status = await _answered(
                self.conn.execute(translate(sql, "postgres"), *params), self.conn, self.answer_timeout
            )
        # "UPDATE 3", "DELETE 0", "INSERT 0 1": the last number is the rows changed.
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Not timed: many rows (a day's posts for every server, a whole pack) may take long."""
        if not rows:
            return
        with _refusals():
            await self.conn.executemany(translate(sql, "postgres"), rows)

    async def serialize(self, name: str) -> None:
        """Until this transaction ends, no other transaction serializing on ``name`` runs, in any
        process. (Statements after this one see what those transactions committed.) Waits as long
        as the other transaction takes: unlike a lock held from outside the bot, that one ends."""
        with _refusals():
            await self.conn.execute("SET LOCAL lock_timeout = 0")
            await self.conn.execute(
                "SELECT pg_advisory_xact_lock($1::int, $2::int)", LOCK_SPACE, _lock_key(name)
            )
            await self.conn.execute("SET LOCAL lock_timeout TO DEFAULT")


class PostgresDatabase(Database):
    """The bot's PostgreSQL database. Create it with :meth:`open`."""

    dialect = "postgres"

    def __init__(
        self,
        pool: asyncpg.Pool,
        url: str,
        *,
        retry_delay: float = RETRY_DELAY,
        answer_timeout: float = ANSWER_TIMEOUT,
    ) -> None:
        super().__init__(retry_delay=retry_delay)
        self.pool = pool
        self.url = url
        self.answer_timeout = answer_timeout
        self._presence: asyncpg.Connection | None = None

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        retry_delay: float = RETRY_DELAY,
        pool_size: int = 10,
        lock_timeout: float = LOCK_TIMEOUT,
        answer_timeout: float = ANSWER_TIMEOUT,
    ) -> PostgresDatabase:
        """Connect, migrate and announce this process. Raises :class:`DatabaseError` when the server
        cannot be reached or used, or holds a newer version of the bot's schema.

        ``lock_timeout`` is how long a statement waits for a lock held by another session, and
        ``answer_timeout`` how long for the server to answer at all (see the module's notes)."""
        try:
            pool = await asyncpg.create_pool(
                url,
                # No floor to keep: after a server that did not answer, refilling one would be a
                # connection attempt left waiting in the background; the next use connects instead.
                min_size=0,
                max_size=pool_size,
                statement_cache_size=512,
                command_timeout=60,
                server_settings={"lock_timeout": f"{round(lock_timeout * 1000)}ms"},
            )
            try:
                async with pool.acquire():  # the first connection (with no floor, none is made above)
                    pass
            except BaseException:
                pool.terminate()
                raise
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise DatabaseError(
                f"The database {redact(url)} cannot be reached: {said(exc)}. Check the address (DATABASE_URL, "
                "for the bot) and that PostgreSQL is running."
            ) from None
        db = cls(pool, url, retry_delay=retry_delay, answer_timeout=answer_timeout)
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
            # Closed, not cut: once this returns, the server has let go of the session lock.
            try:
                await self._presence.close(timeout=CLOSE_TIMEOUT)
            except (TimeoutError, OSError, asyncpg.InterfaceError):
                self._presence.terminate()
        try:
            # Connections still lent out are waited for a moment, then cut: stopping never hangs
            # on a statement the server does not answer.
            await asyncio.wait_for(self.pool.close(), CLOSE_TIMEOUT)
        except TimeoutError:
            log.warning("Closed the database's connections without waiting for them any longer")
            self.pool.terminate()

    def describe(self) -> str:
        return redact(self.url)

    def explain(self, error: BaseException) -> DatabaseError | None:
        if isinstance(error, DatabaseBusyError):  # its cause, when a server's error said it
            error = error.__cause__ or error
        if isinstance(error, asyncpg.PostgresError | asyncpg.InterfaceError | OSError | DatabaseBusyError):
            return DatabaseError(f"The database {self.describe()} cannot be used: {said(error)}.")
        return None

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        with _unreadable():
            async with self._connection() as conn:
                return await Transaction(conn, self.answer_timeout).fetch(sql, params)

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Reads]:
        with _unreadable():
            async with self._transaction(isolation="repeatable_read", readonly=True) as reads:
                yield reads

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        with _refusals():  # a lost connection, a commit refused for a race, no answer
            async with self._transaction() as conn:
                yield conn

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[AnyConnection]:
        """A connection lent by the pool, if it lends one within the answer timeout (a new
        connection to a server that does not answer would wait a minute)."""
        try:
            conn = await self.pool.acquire(timeout=self.answer_timeout)
        except TimeoutError:
            raise DatabaseBusyError(
                f"the database server did not answer within {self.answer_timeout:g} seconds"
            ) from None
        try:
            yield conn
        except Exception as exc:
            # Broken under its user (pg_terminate_backend, a restart): dropped, never lent again stuck
            # ("cannot switch to state 15"), and said as busy, so a write that must not be lost retries.
            if not _broke(exc, conn):
                raise
            with suppress(asyncpg.InterfaceError):  # already gone: the pool replaces it
                conn.terminate()
            raise DatabaseBusyError(f"the connection to the database broke: {said(exc)}") from exc
        finally:
            await self.pool.release(conn)

    @asynccontextmanager
    async def _transaction(self, **options: Any) -> AsyncIterator[Transaction]:
        """One transaction, begun and committed within the answer timeout; rolled back if the block
        raises (unless the connection was closed for not answering: the server then ends it)."""
        async with self._connection() as conn:
            tx = conn.transaction(**options)
            await _answered(tx.start(), conn, self.answer_timeout)
            try:
                yield Transaction(conn, self.answer_timeout)
            except BaseException:
                if not conn.is_closed():
                    try:
                        await _answered(tx.rollback(), conn, self.answer_timeout)
                    except Exception:  # the block's error is the one to raise
                        conn.terminate()
                raise
            await _answered(tx.commit(), conn, self.answer_timeout)

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
                    # One process migrates at a time; the others then find the work done. A
                    # migration waits for every lock it needs, however long.
                    await conn.execute("SET LOCAL lock_timeout = 0")
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
