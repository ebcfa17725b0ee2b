"""The SQLite database: one shared aiosqlite connection, numbered migrations and transactions."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
BUSY_TIMEOUT = 5.0
"""Seconds a statement waits for another program's lock on the file before giving up."""


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


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

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # One connection is shared by every coroutine: the lock keeps transactions from interleaving.
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> Database:
        """Open and migrate the database. Raises :class:`DatabaseError`, leaving the file as it was,
        when it is read-only, locked (for longer than ``busy_timeout`` seconds), damaged or from a
        newer version of the bot."""
        _prepare_location(path)
        try:
            # isolation_level=None: no implicit transactions; `transaction()` and the migration
            # scripts say exactly where each one begins and ends.
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise explain(path, exc) from None
        conn.row_factory = aiosqlite.Row
        db = cls(conn, path)
        try:
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute(f"PRAGMA busy_timeout = {round(busy_timeout * 1000):d}")
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
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.rollback()
                raise
            else:
                await self.conn.commit()
