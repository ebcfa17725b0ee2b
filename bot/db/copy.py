"""Moving a deployment (``python -m bot copy-db``): the users' data copied from one database to another,
SQLite or PostgreSQL either way.

Only the users' tables travel: the catalogue (tracks, artists, facts, quotes, hand-written questions)
is rebuilt from the data packs when the bot starts, and the users' data names it by stable keys, never
by row. Everything is written in one transaction on the target, checked against the source's row
counts before it commits: a copy is whole, or the target is left as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.db import open_database
from bot.db.base import (
    Connection,
    Database,
    DatabaseBusyError,
    DatabaseError,
    IntegrityError,
    Reads,
    address_problem,
    redact,
    said,
)
from bot.db.migrate import migrations
from bot.db.sql import identifier
from bot.db.sqlite import is_locked
from bot.domain.text import listing, number, plural

log = logging.getLogger(__name__)

BATCH_SIZE = 5000
"""Rows read from the source and written to the target at a time."""


@dataclass(frozen=True)
class UserTable:
    name: str
    key: tuple[str, ...]
    """Its primary key: the order the rows are read in, a batch at a time."""
    numbered: bool = False
    """Whether the database numbers its ``id`` when an insert leaves it out."""


USER_TABLES: tuple[UserTable, ...] = (
    UserTable("qotd_settings", ("guild_id",)),
    UserTable("qotd_day", ("guild_id", "local_date")),
    UserTable("qotd_answer", ("guild_id", "local_date", "user_id")),
    UserTable("qotd_streak", ("guild_id", "user_id")),
    UserTable("trivia_game", ("id",), numbered=True),
    UserTable("trivia_answer", ("game_id", "question_index", "user_id")),
    UserTable("trivia_seen", ("guild_id", "pack", "cycle", "question_id")),
    UserTable("trivia_question_rate", ("guild_id", "pack", "question_id")),
    UserTable("trivia_hall_of_fame", ("guild_id", "season", "user_id")),
)
"""Every table of users' data, each after the tables its rows refer to (a day before its answers, a
game before its answers). A migration that adds a table adds it here or to CATALOGUE_TABLES."""

CATALOGUE_TABLES = frozenset(
    {
        "pack",
        "source",
        "album_fact",
        "artist",
        "artist_member",
        "artist_fact",
        "track",
        "track_artist",
        "claim",
        "claim_source",
        "claim_evidence",
        "subject_source",
        "subject_evidence",
        "quote",
        "quote_track",
        "quote_artist",
        "quote_fts",  # SQLite's full-text index of the quotes (PostgreSQL keeps a column of `quote`)
        "handwritten_question",
    }
)
"""The tables loaded from the data packs: never copied, since the bot rebuilds them at its start."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


class TargetNotEmptyError(DatabaseError):
    """The target already holds users' data, and replacing it was not asked for."""

    def __init__(self, where: str, held: dict[str, int]) -> None:
        self.held = held
        rows = listing([f"{table} ({plural(count, 'row')})" for table, count in held.items()])
        super().__init__(
            f"The target database {where} already holds users' data: {rows}. Nothing was copied. "
            "Pass --replace to delete it and copy over it."
        )


class CountMismatchError(DatabaseError):
    """The target's row counts differ from the source's after the copy (the source changed while it
    was read: a bot still running on it?). The copy was rolled back."""

    def __init__(self, counts: list[TableCount]) -> None:
        self.counts = counts
        wrong = listing(
            [
                f"{c.table} ({plural(c.source, 'row')} in the source, {number(c.target)} in the target)"
                for c in counts
                if c.source != c.target
            ]
        )
        super().__init__(
            f"The row counts differ after the copy: {wrong}. The target was left as it was. Was the bot "
            "still running on the source? Stop it and copy again."
        )


@dataclass(frozen=True)
class Copied:
    source: str
    target: str
    """Where the data came from and went (no password)."""
    counts: list[TableCount]


def location(raw: str, name: str) -> Path | str:
    """A SQLite file's path, or a PostgreSQL address as given, from the command line. Raises
    ValueError naming the argument ``name`` (never showing a password)."""
    if "://" not in raw:
        return Path(raw).expanduser().resolve()
    if urlsplit(raw).scheme in ("postgresql", "postgres"):
        problem = address_problem(raw)
        if problem:
            raise ValueError(f"{name} {redact(raw)!r} cannot be used: {problem}.")
        return raw
    raise ValueError(
        f"{name} {redact(raw)!r} is neither a SQLite file nor a PostgreSQL address "
        "(postgresql://user:password@host:5432/name)."
    )


class NotABotDatabaseError(DatabaseError):
    """The source is not a database the bot wrote: nothing is copied and it is not touched."""


SOURCE, TARGET = "SOURCE", "TARGET"
"""copy-db's arguments, as its messages name them."""


def _newer(where: str, role: str, version: int, latest: int) -> DatabaseError:
    return DatabaseError(
        f"The {role.lower()} {where} was written by a newer version of the bot (schema {version}, this "
        f"version knows up to {latest}). Run copy-db from that version"
        + (", or name another TARGET." if role == TARGET else ".")
    )


def _check_sqlite(where: Path, role: str) -> None:
    """What keeps copy-db from using the file ``where`` as its ``role``, said in copy-db's terms
    before anything is opened (opening migrates a database, and the bot's own messages would speak of
    DATABASE_PATH). A file that does not exist yet is fine for the target: it is made."""
    name = role.lower()
    if where.is_dir():
        raise NotABotDatabaseError(f"The {name} {where} is a folder, not a database file.")
    if not where.exists():
        return
    try:
        conn = sqlite3.connect(f"{where.as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the schema reads whole
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_locked(exc):
            raise DatabaseError(
                f"The {name} {where} is locked by another program (a bot running on it?). Stop it, then "
                "copy again."
            ) from None
        if role == SOURCE:
            version = 0
        else:
            raise DatabaseError(
                f"The target {where} is not a SQLite database, or is damaged. Name another TARGET "
                "(copy-db makes a new file there), or restore a backup of this one."
            ) from None
    if role == SOURCE and not version:
        raise NotABotDatabaseError(
            f"The source {where} is not a database the bot has written: nothing to copy, and it was "
            "left as it was."
        )
    if version > (latest := migrations("sqlite")[-1][0]):
        raise _newer(str(where), role, version, latest)
    if not os.access(where, os.R_OK | os.W_OK):  # the copy writes the target; opening migrates either
        raise DatabaseError(
            f"The {name} {where} cannot be written (copy-db brings it up to this version's tables "
            f"first). Give write access to the file and its folder, or name another {role}."
        )


async def _check_postgres(where: str, role: str) -> None:
    """The PostgreSQL side of :func:`check_location`: reachable, the bot's (for the source), and not
    from a newer version of the bot."""
    try:
        import asyncpg  # the postgres extra
    except ImportError:
        raise DatabaseError(
            "A PostgreSQL address was given, but its driver is not installed. Install the bot with its "
            "postgres extra: pip install -e '.[postgres]'."
        ) from None
    try:
        conn = await asyncpg.connect(where, timeout=10)
    except (OSError, asyncpg.PostgresError) as exc:
        raise DatabaseError(
            f"The {role.lower()} {redact(where)} cannot be reached: {said(exc)}. Check the {role} address "
            "and that PostgreSQL is running there."
        ) from None
    try:
        found = await conn.fetchval("SELECT to_regclass('bot_schema') IS NOT NULL")
        version = int(await conn.fetchval("SELECT max(version) FROM bot_schema") or 0) if found else 0
    finally:
        await conn.close()
    if role == SOURCE and not found:
        raise NotABotDatabaseError(
            f"The source {redact(where)} is not a database the bot has written: nothing to copy, and it "
            "was left as it was."
        )
    if version > (latest := migrations("postgres")[-1][0]):
        raise _newer(redact(where), role, version, latest)


async def check_location(where: Path | str, role: str) -> None:
    """Raise :class:`DatabaseError` if copy-db cannot use ``where`` as its ``role`` (SOURCE or TARGET),
    reading it only, with a message in copy-db's terms. The source must be a database the bot has
    written (:class:`NotABotDatabaseError` otherwise): an empty or foreign file, or an empty PostgreSQL
    database, must not be migrated into a bot database and "copied" from."""
    if isinstance(where, Path):
        _check_sqlite(where, role)
    else:
        await _check_postgres(where, role)


async def copy_between(source_at: Path | str, target_at: Path | str, *, replace: bool = False) -> Copied:
    """Check that copy-db can use both databases, open (and migrate) them, copy the users' data, close
    them."""
    await check_location(source_at, SOURCE)
    await check_location(target_at, TARGET)
    source = await _open(source_at)
    try:
        target = await _open(target_at)
        try:
            counts = await copy_user_data(source, target, replace=replace)
            return Copied(source.describe(), target.describe(), counts)
        finally:
            await target.close()
    finally:
        await source.close()


def count_table(counts: Sequence[TableCount]) -> str:
    """The row counts, a line per table, as the command line prints them."""
    width = max(len(c.table) for c in counts)
    lines = [f"{'table':<{width}}  {'source':>9}  {'target':>9}"]
    lines += [f"{c.table:<{width}}  {number(c.source):>9}  {number(c.target):>9}" for c in counts]
    return "\n".join(lines)


def backend_errors() -> tuple[type[Exception], ...]:
    """What either database may raise mid-copy (a constraint broken, a connection lost, a database
    another program holds locked)."""
    errors: tuple[type[Exception], ...] = (sqlite3.Error, IntegrityError, DatabaseBusyError, OSError)
    try:
        import asyncpg  # an optional extra
    except ImportError:
        return errors
    return (*errors, asyncpg.PostgresError, asyncpg.InterfaceError)


async def _open(where: Path | str) -> Database:
    if isinstance(where, Path):
        return await open_database(path=where)
    return await open_database(path=Path(), url=where)


async def copy_user_data(
    source: Database, target: Database, *, replace: bool = False, batch_size: int = BATCH_SIZE
) -> list[TableCount]:
    """Copy every user table from ``source`` to ``target`` (both open and migrated), in one
    transaction on the target, and return each table's row counts.

    Raises :class:`TargetNotEmptyError` if the target holds users' data and ``replace`` is false
    (with ``replace``, that data is deleted first, in the same transaction), and
    :class:`CountMismatchError` if the counts differ once copied; either way the target is unchanged."""
    async with target.transaction() as conn:
        held = {table: count for table, count in (await row_counts(conn)).items() if count}
        if held and not replace:
            raise TargetNotEmptyError(target.describe(), held)
        if held:  # replacing: answers go before the days and games they belong to
            for table in reversed(USER_TABLES):
                await conn.execute(f"DELETE FROM {identifier(table.name)}")  # noqa: S608 - our own table names
        for table in USER_TABLES:
            copied = await _copy_table(source, conn, table, batch_size)
            log.info("Copied %s from %s: %d rows", table.name, source.describe(), copied)
            if table.numbered:
                await target.continue_numbering(conn, table.name)
        source_counts = await row_counts(source)
        target_counts = await row_counts(conn)
        counts = [TableCount(t.name, source_counts[t.name], target_counts[t.name]) for t in USER_TABLES]
        if any(c.source != c.target for c in counts):
            raise CountMismatchError(counts)
    return counts


async def row_counts(db: Reads | Connection) -> dict[str, int]:
    """How many rows each user table holds, in USER_TABLES' order."""
    counts = {}
    for table in USER_TABLES:
        row = await db.fetchrow(f"SELECT count(*) FROM {identifier(table.name)}")  # noqa: S608 - our own table names
        counts[table.name] = int(row[0]) if row is not None else 0
    return counts


async def _copy_table(source: Database, target: Connection, table: UserTable, batch_size: int) -> int:
    """Copy one table a batch at a time, read in primary-key order (each batch starts after the last
    key of the one before, so reading stays as fast at the end as at the start)."""
    name = identifier(table.name)
    key = ", ".join(identifier(column) for column in table.key)
    first = f"SELECT * FROM {name} ORDER BY {key} LIMIT ?"  # noqa: S608 - our own table and column names
    after = f"SELECT * FROM {name} WHERE ({key}) > ({', '.join('?' * len(table.key))}) ORDER BY {key} LIMIT ?"  # noqa: S608 - our own table and column names
    copied = 0
    rows = await source.fetch(first, (batch_size,))
    while rows:
        await _insert(target, table.name, rows)
        copied += len(rows)
        if len(rows) < batch_size:
            break
        last = rows[-1]
        rows = await source.fetch(after, (*(last[column] for column in table.key), batch_size))
    return copied


async def _insert(target: Connection, table: str, rows: Sequence[Any]) -> None:
    """Insert rows as read from either backend (sqlite3.Row and asyncpg.Record both name their
    columns with ``keys()``), by column name: the two backends' tables may order columns differently."""
    columns = list(rows[0].keys())
    names = ", ".join(identifier(column) for column in columns)
    marks = ", ".join("?" * len(columns))
    await target.executemany(
        f"INSERT INTO {identifier(table)} ({names}) VALUES ({marks})",  # noqa: S608 - our own table and column names
        [tuple(row) for row in rows],
    )
