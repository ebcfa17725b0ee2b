"""The bot's database: SQLite by default (one file, one process), or PostgreSQL shared by several
processes (``DATABASE_URL``). Repositories use only :class:`Database`; :func:`open_database` picks the
backend."""

from __future__ import annotations

from pathlib import Path

from bot.db.base import (
    RETRY_DELAY,
    Connection,
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseGoneError,
    IntegrityError,
)
from bot.db.sqlite import BUSY_TIMEOUT, SqliteDatabase

__all__ = [
    "BUSY_TIMEOUT",
    "RETRY_DELAY",
    "Connection",
    "Database",
    "DatabaseBusyError",
    "DatabaseError",
    "DatabaseGoneError",
    "IntegrityError",
    "SqliteDatabase",
    "open_database",
]


async def open_database(
    *,
    path: Path,
    url: str | None = None,
    busy_timeout: float = BUSY_TIMEOUT,
    retry_delay: float = RETRY_DELAY,
) -> Database:
    """PostgreSQL at ``url`` when one is given, else the SQLite file at ``path``: opened and migrated.
    Raises :class:`DatabaseError` with a message a person can act on."""
    if url is None:
        return await SqliteDatabase.open(path, busy_timeout=busy_timeout, retry_delay=retry_delay)
    try:
        from bot.db.postgres import PostgresDatabase  # asyncpg is an optional extra
    except ImportError:
        raise DatabaseError(
            "DATABASE_URL names a PostgreSQL database, but its driver is not installed. Install the "
            "bot with its postgres extra: pip install -e '.[postgres]'."
        ) from None
    return await PostgresDatabase.open(url, retry_delay=retry_delay)
