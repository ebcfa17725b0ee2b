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

from bot.settings import PROJECT_ROOT
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


def fresh_database(tmp_path: Path) -> Path:
    """A real bot database, made by running the bot once (it stops when it can't reach Discord)."""
    database = tmp_path / "bot.sqlite3"
    run_bot(database, tmp_path)
    assert database.exists()
    with sqlite3.connect(database) as conn:  # fold the WAL back in, so the file alone is the database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
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
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A real bot database the bot's user cannot write. Root writes any file whatever its mode, so
    as root the file is made immutable instead."""
    database = fresh_database(tmp_path)
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


def test_file_from_a_newer_bot(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = database.read_bytes()
    result = run_bot(database, tmp_path)
    assert_refused(result, "written by a newer version of the bot")
    assert database.read_bytes() == before


def test_file_locked_by_another_program(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE pack SET fingerprint = 'stale'")  # so the bot must write at start
    before = database.read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = run_bot(database, tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert_refused(result, "is locked by another program")
    assert database.read_bytes() == before
