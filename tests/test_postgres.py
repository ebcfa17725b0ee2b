"""The throwaway PostgreSQL server of tests/postgres.py: it runs from its own folder, answers real
queries, copies a database from a template, and is gone once stopped."""

from __future__ import annotations

import os
import pwd
import stat

import asyncpg
import pytest

from tests.postgres import SUPERUSER, PostgresCluster, start_cluster


async def test_the_server_answers_from_its_own_folder_with_the_throwaway_settings(
    postgres_cluster: PostgresCluster,
) -> None:
    connection = await asyncpg.connect(postgres_cluster.dsn)
    try:
        assert (await connection.fetchval("SELECT version()")).startswith("PostgreSQL ")
        assert await connection.fetchval("SHOW data_directory") == str(postgres_cluster.data)
        assert await connection.fetchval("SHOW port") == str(postgres_cluster.port)
        assert await connection.fetchval("SHOW server_encoding") == "UTF8"
        assert await connection.fetchval("SHOW fsync") == "off"
    finally:
        await connection.close()


async def test_a_database_made_from_a_template_holds_a_copy_of_its_tables(
    postgres_cluster: PostgresCluster,
) -> None:
    template, copy = "template for a copy", 'the "copy"'  # names that only work quoted
    before = await _databases(postgres_cluster)  # other tests' databases come and go in the cluster too
    try:
        template_connection = await asyncpg.connect(await postgres_cluster.create_database(template))
        try:
            await template_connection.execute("CREATE TABLE tracks (title text PRIMARY KEY)")
            await template_connection.execute("INSERT INTO tracks VALUES ('Horse Power'), ('Lonely Boy')")
        finally:  # CREATE DATABASE ... TEMPLATE refuses a template with a connection open
            await template_connection.close()
        connection = await asyncpg.connect(await postgres_cluster.create_database(copy, template=template))
        try:
            await connection.execute("INSERT INTO tracks VALUES ('Seen only in the copy')")
            copied = await connection.fetch("SELECT title FROM tracks ORDER BY title")
        finally:
            await connection.close()
        assert [row["title"] for row in copied] == ["Horse Power", "Lonely Boy", "Seen only in the copy"]
        connection = await asyncpg.connect(postgres_cluster.database_dsn(template))
        try:
            assert await connection.fetchval("SELECT count(*) FROM tracks") == 2
        finally:
            await connection.close()
    finally:
        await postgres_cluster.drop_database(copy)
        await postgres_cluster.drop_database(template)
    assert await _databases(postgres_cluster) == before


async def _databases(cluster: PostgresCluster) -> set[str]:
    connection = await asyncpg.connect(cluster.dsn)
    try:
        return {row["datname"] for row in await connection.fetch("SELECT datname FROM pg_database")}
    finally:
        await connection.close()


async def test_the_cluster_folder_belongs_to_the_server_and_holds_its_socket(
    postgres_cluster: PostgresCluster,
) -> None:
    owner = pwd.getpwnam(SUPERUSER).pw_uid if os.geteuid() == 0 else os.geteuid()
    assert postgres_cluster.data.stat().st_uid == owner
    # The server's user (not the test's) must be able to enter the folder to reach its data and socket.
    assert stat.S_IMODE(postgres_cluster.folder.stat().st_mode) == 0o755
    assert (postgres_cluster.folder / f".s.PGSQL.{postgres_cluster.port}").is_socket()
    connection = await asyncpg.connect(
        host=str(postgres_cluster.folder), port=postgres_cluster.port, user=SUPERUSER, database="postgres"
    )
    try:
        assert await connection.fetchval("SELECT 1 + 1") == 2
    finally:
        await connection.close()


async def test_a_stopped_cluster_is_gone_with_its_folder(postgres_cluster: PostgresCluster) -> None:
    """A cluster of its own (the session's must keep running), started and stopped as the fixture does."""
    cluster = start_cluster(postgres_cluster.bindir)
    try:
        assert cluster.port != postgres_cluster.port
        connection = await asyncpg.connect(cluster.dsn)
        await connection.close()
    finally:
        cluster.stop()
    assert not cluster.folder.exists()
    with pytest.raises(OSError, match=r"Connect call failed|Connection refused"):
        await asyncpg.connect(cluster.dsn)
