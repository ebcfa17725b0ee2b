"""Migrations: a fresh database gets the whole schema, a newer one is refused untouched."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import asyncpg
import pytest

from bot.db import DatabaseError, SqliteDatabase
from bot.db.migrate import migrations
from bot.db.postgres import PostgresDatabase
from tests.postgres import PostgresCluster


@pytest.mark.sqlite_only
async def test_fresh_database_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    db = await SqliteDatabase.open(tmp_path / "new.sqlite3")
    try:
        assert await db.schema_version() == migrations("sqlite")[-1][0]
        async with db.conn.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"
        async with db.conn.execute("PRAGMA foreign_keys") as cur:
            assert (await cur.fetchone())[0] == 1
        rows = await db.conn.execute_fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
        assert {"pack", "track", "artist", "quote", "claim"} <= {r[0] for r in rows}
    finally:
        await db.close()


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite3"
    await (await SqliteDatabase.open(path)).close()
    db = await SqliteDatabase.open(path)  # would fail on CREATE TABLE if a migration ran again
    assert await db.schema_version() == migrations("sqlite")[-1][0]
    await db.close()


async def test_database_from_a_newer_bot_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute("PRAGMA user_version = 999")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of the bot"):
        await SqliteDatabase.open(path)
    assert path.read_bytes() == before


def test_migrations_are_numbered_from_one_without_gaps_and_the_same_on_both_backends() -> None:
    versions = [v for v, _, _ in migrations("sqlite")]
    assert versions == list(range(1, len(versions) + 1))
    for version, name, sql in migrations("sqlite"):
        assert sql.lstrip().splitlines()[0].startswith("--") or "BEGIN;" in sql, name
        assert f"PRAGMA user_version = {version};" in sql, name
        assert sql.rstrip().endswith("COMMIT;"), name
    assert [name for _, name, _ in migrations("postgres")] == [name for _, name, _ in migrations("sqlite")]


async def test_postgresql_is_migrated_once_even_by_processes_starting_together(
    postgres_cluster: PostgresCluster,
) -> None:
    url = await postgres_cluster.create_database("migrated_together")
    try:
        first, second = await asyncio.gather(PostgresDatabase.open(url), PostgresDatabase.open(url))
        try:
            latest = migrations("postgres")[-1][0]
            assert await first.schema_version() == await second.schema_version() == latest
            tables = {r["tablename"] for r in await first.fetch("SELECT tablename FROM pg_tables")}
            assert {"pack", "quote", "qotd_day", "trivia_game", "bot_schema"} <= tables
        finally:
            await first.close()
            await second.close()
        again = await PostgresDatabase.open(url)  # would fail on CREATE TABLE if a migration ran again
        await again.close()
    finally:
        await postgres_cluster.drop_database("migrated_together")


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
