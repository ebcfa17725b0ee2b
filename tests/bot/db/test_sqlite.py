"""The SQLite backend: messages a person can act on for what goes wrong with the file, a file removed
or replaced under the running bot, a file from a newer bot refused, one process per file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db import DatabaseBusyError, DatabaseError, DatabaseGoneError, SqliteDatabase

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
async def opened(tmp_path: Path, database_templates: dict[bool, Path]) -> AsyncIterator[SqliteDatabase]:
    """A migrated database file of the test's own."""
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(database_templates[False], path)
    database = await SqliteDatabase.open(path)
    yield database
    await database.close()


def _error(path: Path, *statements: str, uri: str = "") -> sqlite3.Error:
    """The error SQLite itself raises running ``statements`` on the file at ``path``."""
    conn = sqlite3.connect(
        f"file:{path}{uri}" if uri else path, uri=bool(uri), isolation_level=None, timeout=0
    )
    try:
        for statement in statements:
            conn.execute(statement)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{statements} went through")


def test_sqlites_errors_are_explained_in_words_naming_the_file(
    opened: SqliteDatabase, tmp_path: Path
) -> None:
    path = opened.path
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database, just some bytes " * 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        locked = _error(path, "BEGIN IMMEDIATE")
    finally:
        holder.close()
    errors = {
        "is locked by another program (another copy of the bot?)": locked,
        "is not a SQLite database, or is damaged": _error(damaged, "SELECT * FROM sqlite_master"),
        "cannot be written": _error(path, "DELETE FROM pack", uri="?mode=ro"),
        "cannot grow: the disk is full": sqlite3.OperationalError("database or disk is full"),
        'cannot be used: near "SELEC": syntax error': _error(path, "SELEC 1"),
    }
    for words, error in errors.items():
        explained = opened.explain(error)
        assert explained is not None and str(explained).startswith(f"The database {path} {words}"), error
    busy = DatabaseBusyError("database is locked")
    assert "is locked by another program" in str(opened.explain(busy))
    assert opened.explain(ValueError("not SQLite's")) is None
    assert opened.describe() == str(path)


async def test_opening_makes_the_files_folder(tmp_path: Path) -> None:
    database = await SqliteDatabase.open(tmp_path / "data" / "deeper" / "bot.sqlite3")
    await database.close()
    assert (tmp_path / "data" / "deeper" / "bot.sqlite3").is_file()


async def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    with pytest.raises(
        DatabaseError, match=r"The folder for the database .*data/bot\.sqlite3 cannot be created"
    ):
        await SqliteDatabase.open(tmp_path / "data" / "bot.sqlite3")


async def test_database_from_a_newer_bot_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute("PRAGMA user_version = 999")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of the bot"):
        await SqliteDatabase.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("how", ["removed", "replaced by another file"])
async def test_a_file_removed_or_replaced_stops_every_write_and_is_reported_once(
    opened: SqliteDatabase, tmp_path: Path, how: str
) -> None:
    opened.check_file()  # the file opened: nothing to say
    reported: list[DatabaseGoneError] = []
    opened.on_gone(reported.append)
    if how == "removed":
        opened.path.unlink()
    else:
        other = tmp_path / "other.sqlite3"
        sqlite3.connect(other).close()
        os.replace(other, opened.path)
    with pytest.raises(DatabaseGoneError, match=f"The database {opened.path} was {how} while the bot"):
        opened.check_file()
    begun: list[bool] = []
    with pytest.raises(DatabaseGoneError):
        async with opened.transaction():
            begun.append(True)
    assert begun == []  # no write begins
    with pytest.raises(DatabaseGoneError):
        await opened.write("UPDATE pack SET title = title")
    assert len(reported) == 1 and "Restore the file" in str(reported[0])


async def test_no_other_run_of_the_bot_is_alive_beside_the_one_using_the_file(opened: SqliteDatabase) -> None:
    async with opened.transaction() as conn:
        assert await opened.alive(conn, [opened.instance, opened.instance + 1]) == {opened.instance}
        assert await opened.alive(conn, [opened.instance + 1]) == set()
