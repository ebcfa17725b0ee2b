"""The SQLite database: one shared aiosqlite connection, numbered migrations and transactions."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TypeVar

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
T = TypeVar("T")

BUSY_TIMEOUT = 1.0
"""Seconds SQLite waits for another program's write lock before a statement gives up. Short, so that a
click or command learns within Discord's 3-second deadline that storing must wait (it then
acknowledges first); writes that must not be lost go on through :meth:`Database.retry`."""
RETRY_DELAY = 1.0
"""Seconds between attempts of a write that must not be lost, while another program holds the lock."""


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseGoneError(DatabaseError):
    """The database file was removed or replaced under the running bot: writing on would write into
    a file nobody will ever open again."""


def is_locked(error: BaseException) -> bool:
    """Whether an error only says another connection holds the database: worth trying again."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def explain(path: Path, error: sqlite3.Error) -> DatabaseError:
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
        reason = f"cannot be used: {error}."
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


def migrations() -> list[tuple[int, str, str]]:
    """The numbered migration scripts, in order, as (version, file name, SQL)."""
    found = []
    for item in resources.files("bot.db").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration {name} is out of sequence: expected number {expected:04d}")
    return found


class Database:
    """The bot's database. Create it with :meth:`open`; every write goes through :meth:`transaction`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path, *, retry_delay: float = RETRY_DELAY) -> None:
        self.conn = conn
        self.path = path
        self.retry_delay = retry_delay
        # One connection is shared by every coroutine: the lock keeps transactions from interleaving.
        self._write_lock = asyncio.Lock()
        self._identity = _identity(path)
        self._gone: DatabaseGoneError | None = None
        self._on_gone: list[Callable[[DatabaseGoneError], None]] = []

    @classmethod
    async def open(
        cls, path: Path, *, busy_timeout: float = BUSY_TIMEOUT, retry_delay: float = RETRY_DELAY
    ) -> Database:
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
        except sqlite3.Error as exc:
            await conn.close()
            raise explain(path, exc) from None
        except BaseException:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        await self.conn.close()

    def on_gone(self, callback: Callable[[DatabaseGoneError], None]) -> None:
        """Call ``callback`` once, the first time the file is found removed or replaced."""
        self._on_gone.append(callback)

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

    async def retry(
        self,
        operation: Callable[[], Awaitable[T]],
        *,
        what: str,
        on_wait: Callable[[], Awaitable[object]] | None = None,
    ) -> T:
        """Run a write that must not be lost, again and again while another program holds the
        database locked; ``on_wait`` runs once, when the first attempt finds it locked (a click
        acknowledges itself then). Any other error is raised at once."""
        attempt = 0
        while True:
            try:
                return await operation()
            except sqlite3.OperationalError as exc:
                if not is_locked(exc):
                    raise
                if attempt == 0 and on_wait is not None:
                    await on_wait()
                attempt += 1
                log_at = logging.WARNING if attempt in (1, 10) or attempt % 60 == 0 else logging.DEBUG
                log.log(log_at, "The database is locked while %s (attempt %d); trying again", what, attempt)
            await asyncio.sleep(self.retry_delay)

    async def user_version(self) -> int:
        async with self.conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def _migrate(self) -> None:
        scripts = migrations()
        latest = scripts[-1][0] if scripts else 0
        current = await self.user_version()
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
            applied = await self.user_version()
            if applied != version:
                raise RuntimeError(f"migration {name} must end with 'PRAGMA user_version = {version}'")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction: committed if the block finishes, rolled back if it raises."""
        async with self._write_lock:
            self.check_file()
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.rollback()
                raise
            else:
                await self.conn.commit()


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file at ``path``, or None if there is none."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino
