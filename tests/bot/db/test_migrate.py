"""Migrations: numbered from one on both backends, a fresh database gets the whole schema, and none is
applied twice (a database from a newer bot is refused by each backend: test_sqlite.py, test_postgres.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.db import SqliteDatabase
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
