"""The fault tests' database gives up on a lock in 50 ms (the bot allows 5 s in production), and
retries a must-not-lose write every RETRY seconds of virtual time: long enough that SimCord's
wall-clock fallback never fires one during a test, so each test moves the virtual clock on by
RETRY itself once it has let the lock go."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db import Database, SqliteDatabase
from tests.cogs.daily.conftest import manager  # noqa: F401 - fixtures of the feature tests, here too
from tests.cogs.trivia.conftest import table, trivia_repo  # noqa: F401

RETRY = 30.0


@pytest.fixture
async def db(
    tmp_path: Path, database_templates: dict[bool, Path], request: pytest.FixtureRequest
) -> AsyncIterator[Database]:
    """As tests/conftest.py's, with the short lock wait and the long retry above."""
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(database_templates["repo" in request.fixturenames], path)
    database = await SqliteDatabase.open(path, busy_timeout=0.05, retry_delay=RETRY)
    yield database
    await database.close()
