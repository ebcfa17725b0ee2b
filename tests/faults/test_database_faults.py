"""A database the bot can't use: a clear message, a non-zero exit, no traceback, the file untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import open_app
from bot.db import DatabaseError
from bot.domain.content import PackContent
from bot.settings import PROJECT_ROOT, Settings
from tests.conftest import FAKE_TOKEN


def run_bot(database: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DEV_GUILD_ID"}}
    env |= {"PYTHONPATH": str(PROJECT_ROOT), "DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_PATH": str(database)}
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def fresh_database(tmp_path: Path, database_templates: dict[bool, Path]) -> Path:
    """A real bot database with the real pack loaded (a copy of the session's template)."""
    database = tmp_path / "bot.sqlite3"
    shutil.copyfile(database_templates[True], database)
    return database


def assert_refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_file(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    database.write_bytes(b"this is not a database, just some bytes " * 100)
    before = database.read_bytes()
    result = run_bot(database, tmp_path)
    assert_refused(result, "is not a SQLite database, or is damaged")
    assert database.read_bytes() == before


@pytest.fixture
def read_only(fresh_database: Path) -> Iterator[Path]:
    """A real bot database the bot's user cannot write. Root writes any file whatever its mode, so
    as root the file is made immutable instead."""
    database = fresh_database
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE pack SET fingerprint = 'stale'")  # so the bot must write at start
    database.chmod(0o444)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable and subprocess.run(["chattr", "+i", str(database)], check=False).returncode != 0:
        pytest.skip("cannot make a file read-only for root here (chattr +i refused)")
    if not immutable and os.access(database, os.W_OK):
        pytest.skip("this user can write any file")
    try:
        yield database
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(database)], check=False)


def test_read_only_file(read_only: Path, tmp_path: Path) -> None:
    before = read_only.read_bytes()
    result = run_bot(read_only, tmp_path)
    assert_refused(result, "cannot be written")
    assert read_only.read_bytes() == before


def test_file_from_a_newer_bot(fresh_database: Path, tmp_path: Path) -> None:
    database = fresh_database
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = database.read_bytes()
    result = run_bot(database, tmp_path)
    assert_refused(result, "written by a newer version of the bot")
    assert database.read_bytes() == before


async def test_file_locked_by_another_program(fresh_database: Path, real_content: PackContent) -> None:
    """Start-up waits ``busy_timeout`` for the lock (5 s in the bot, a moment here), then says why it
    can't go on (the command line turns a DatabaseError into exit code 1, as the tests above show)."""
    database = fresh_database
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE pack SET fingerprint = 'stale'")  # so the bot must write at start
    before = database.read_bytes()
    # Another connection holding the file's write lock, as another program would (SQLite's locks
    # work the same between two connections of one process).
    holder = sqlite3.connect(database, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError, match="is locked by another program"):
            async with open_app(
                Settings(token=FAKE_TOKEN, database_path=database, shard_count=1),
                [real_content],
                busy_timeout=0.1,
            ):
                pass
    finally:
        holder.close()
    assert database.read_bytes() == before
