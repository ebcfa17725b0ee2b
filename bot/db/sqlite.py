"""The SQLite backend (the default): one shared aiosqlite connection, numbered migrations and transactions."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.db.base import (
    RETRY_DELAY,
    Connection,
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseGoneError,
    IntegrityError,
    Params,
    Reads,
    said,
)
from bot.db.migrate import migrations
from bot.db.sql import translate

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT = 1.0
"""Seconds SQLite waits for another program's write lock before a statement gives up. Short, so that a
click or command learns within Discord's 3-second deadline that storing must wait (it then
acknowledges first); writes that must not be lost go on through :meth:`Database.retry`."""


def is_locked(error: BaseException) -> bool:
    """Whether an error only says another connection holds the database: worth trying again."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


@contextmanager
def _refusals() -> Iterator[None]:
    """SQLite's refusals as every backend says them: a broken constraint as IntegrityError, another
    connection's lock as DatabaseBusyError."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise IntegrityError(str(exc)) from exc
    except sqlite3.OperationalError as exc:
        if is_locked(exc):
            raise DatabaseBusyError(str(exc)) from exc
        raise


def explain(path: Path, error: sqlite3.Error | DatabaseBusyError) -> DatabaseError:
    """A message a person can act on, for an SQLite error met while opening or loading."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        reason = "is locked by another program (another copy of the bot?). Stop it, then start again."
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        reason = (
            "is not a SQLite database, or is damaged. Move it aside (the bot then starts a new one) or "
            "restore a backup; DATABASE_PATH can also point at another file."
        )
    elif "readonly" in text or "read-only" in text or "unable to open" in text:
        reason = (
            "cannot be written. Give the bot write access to the file and its folder, or point "
            "DATABASE_PATH at another file."
        )
    elif "disk" in text and "full" in text:
        reason = "cannot grow: the disk is full."
    else:
        reason = f"cannot be used: {said(error)}."
    return DatabaseError(f"The database {path} {reason}")


def _prepare_location(path: Path) -> None:
    """Refuse a file the bot can't write before SQLite touches it; create its folder if needed."""
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(
            f"The database {path} cannot be written. Give the bot write access to the file and its "
            "folder, or point DATABASE_PATH at another file."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"The folder for the database {path} cannot be created: {exc.strerror}."
        ) from None


def in_thread(conn: aiosqlite.Connection, work: Callable[..., T], *args: Any) -> Awaitable[T]:
    """Run ``work(connection, *args)`` in aiosqlite's thread, in one trip. Each call aiosqlite makes
    is a trip to its thread and back, which costs more CPU than a small statement (about 0.1 ms
    each): a statement and its cursor's closing, or a whole one-statement transaction, go in one.
    ``Connection._execute`` is aiosqlite's own way of queuing work (the version is pinned)."""
    return conn._execute(work, conn._conn, *args)


def _execute(conn: sqlite3.Connection, sql: str, params: Params) -> int:
    cursor = conn.execute(sql, params)
    try:
        return cursor.rowcount
    finally:
        cursor.close()


def _write_alone(conn: sqlite3.Connection, sql: str, params: Params) -> int:
    """BEGIN IMMEDIATE, the statement, COMMIT (or ROLLBACK if either fails), in aiosqlite's thread."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        changed = _execute(conn, sql, params)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return changed


class _Statements(Reads):
    """Reads and writes on one aiosqlite connection (SQLite's form of the SQL needs no translating
    but the JSON list parts)."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        with _refusals():  # an INSERT ... RETURNING may break a constraint
            return list(await self.conn.execute_fetchall(translate(sql, "sqlite"), params))

    async def execute(self, sql: str, params: Params = ()) -> int:
        with _refusals():
            return await in_thread(self.conn, _execute, translate(sql, "sqlite"), params)

    async def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with _refusals():
            await self.conn.executemany(translate(sql, "sqlite"), rows)

    async def serialize(self, name: str) -> None:
        """Nothing to do: a write transaction (BEGIN IMMEDIATE) already excludes every other."""


class SqliteDatabase(Database):
    """The bot's SQLite file. Create it with :meth:`open`."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, path: Path, *, retry_delay: float = RETRY_DELAY) -> None:
        super().__init__(retry_delay=retry_delay)
        self.conn = conn
        self.path = path
        self._statements = _Statements(conn)
        # One connection is shared by every coroutine: the lock keeps transactions from interleaving.
        self._write_lock = asyncio.Lock()
        self._identity = _identity(path)
        self._gone: DatabaseGoneError | None = None

    @classmethod
    async def open(
        cls, path: Path, *, busy_timeout: float = BUSY_TIMEOUT, retry_delay: float = RETRY_DELAY
    ) -> SqliteDatabase:
        """Open and migrate the database. Raises :class:`DatabaseError`, leaving the file as it was,
        when it is read-only, locked, damaged or from a newer version of the bot.

        ``busy_timeout`` is how long one statement waits for another program's lock, and
        ``retry_delay`` the pause between attempts of a write :meth:`retry` must not lose."""
        _prepare_location(path)
        try:
            # isolation_level=None: no implicit transactions; `transaction()` and the migration
            # scripts say exactly where each one begins and ends.
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise explain(path, exc) from None
        conn.row_factory = aiosqlite.Row
        db = cls(conn, path, retry_delay=retry_delay)
        try:
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute(f"PRAGMA busy_timeout = {round(busy_timeout * 1000)}")
            await db._migrate()
            await conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a commit survives
            # the bot crashing or being killed, and only an OS crash or power cut can undo the last few.
            await conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, DatabaseBusyError) as exc:
            await conn.close()
            raise explain(path, exc) from None
        except BaseException:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        await self.conn.close()

    def describe(self) -> str:
        return str(self.path)

    def explain(self, error: BaseException) -> DatabaseError | None:
        """A message a person can act on for an error met while starting, or None if it is not SQLite's."""
        return explain(self.path, error) if isinstance(error, sqlite3.Error | DatabaseBusyError) else None

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        return await self._statements.fetch(sql, params)

    def check_file(self) -> None:
        """Raise :class:`DatabaseGoneError` if the file at the path is no longer the one that is open.

        SQLite keeps writing to the open file even after it was deleted (or renamed, or another
        file copied over its name): every write from then on would be lost at the next start."""
        if self._gone is None:
            now = _identity(self.path)
            if now == self._identity:
                return
            what = "was removed" if now is None else "was replaced by another file"
            self._gone = DatabaseGoneError(
                f"The database {self.path} {what} while the bot was running. The bot stopped so as not to "
                "write into a file nobody will read again. Restore the file (or point DATABASE_PATH at the "
                "right one) and start the bot again."
            )
            log.critical("%s", self._gone)
            for callback in self._on_gone:
                callback(self._gone)
        raise self._gone

    async def schema_version(self) -> int:
        row = await self.fetchrow("PRAGMA user_version")
        assert row is not None
        return int(row[0])

    async def _migrate(self) -> None:
        scripts = migrations("sqlite")
        latest = scripts[-1][0] if scripts else 0
        current = await self.schema_version()
        if current > latest:
            raise DatabaseError(
                f"The database {self.path} was written by a newer version of the bot "
                f"(schema {current}, this version knows up to {latest}). "
                "Update the bot, or point DATABASE_PATH at another file."
            )
        for version, name, sql in scripts:
            if version <= current:
                continue
            log.info("Applying database migration %s", name)
            try:
                # executescript commits any open transaction first, so each script carries its
                # own BEGIN ... PRAGMA user_version = N; COMMIT.
                await self.conn.executescript(sql)
            except Exception:
                if self.conn.in_transaction:
                    await self.conn.rollback()
                raise
            applied = await self.schema_version()
            if applied != version:
                raise RuntimeError(f"migration {name} must end with 'PRAGMA user_version = {version}'")

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Reads]:
        # A deferred transaction that only reads: in WAL mode it sees one committed state and
        # never blocks (nor waits for) another program's writes.
        async with self._write_lock:
            with _refusals():
                await self.conn.execute("BEGIN DEFERRED")
            try:
                yield self._statements
            finally:
                await self.conn.rollback()

    async def write(self, sql: str, params: Params = ()) -> int:
        async with self._write_lock:
            self.check_file()
            with _refusals():
                return await in_thread(self.conn, _write_alone, translate(sql, "sqlite"), params)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        async with self._write_lock:
            self.check_file()
            with _refusals():
                await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._statements
            except BaseException:
                await self.conn.rollback()
                raise
            else:
                with _refusals():
                    await self.conn.commit()


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file at ``path``, or None if there is none."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino
