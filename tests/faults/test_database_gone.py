"""The database file removed or replaced under the running bot (issue 14): SQLite would carry on
writing into the deleted file, and all of it would be gone at the next start. The bot notices at
its next write, writes nothing, tells the user, and stops with a message that says what happened."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest
import simcord

from bot.db import Database
from tests.conftest import Server


@pytest.mark.parametrize("how", ["removed", "replaced"])
async def test_the_bot_stops_rather_than_write_into_a_vanished_file(
    server: Server,
    manager: simcord.MemberActor,
    db: Database,
    tmp_path: Path,
    how: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if how == "removed":
        for path in (db.path, Path(f"{db.path}-wal"), Path(f"{db.path}-shm")):
            path.unlink(missing_ok=True)
    else:
        other = tmp_path / "other.sqlite3"
        sqlite3.connect(other).close()
        os.replace(other, db.path)
    with caplog.at_level(logging.CRITICAL, logger="bot.db"):
        result = await manager.slash(server.channel, "qotd set", channel=server.channel, time="09:00")
    assert result.ephemeral and "database file went missing" in result.response.content
    [error] = server.env.errors
    assert "was " + how in str(error)
    stopped = server.env.bot.stopped_by  # type: ignore[attr-defined]
    assert stopped is not None and f"was {how}" in str(stopped) and str(db.path) in str(stopped)
    assert "Restore the file" in str(stopped)
    assert [r.getMessage() for r in caplog.records] == [str(stopped)]
    assert server.env.bot.is_closed()
    # Nothing was written anywhere: the open (deleted) file has no settings either.
    assert await db.conn.execute_fetchall("SELECT * FROM qotd_settings") == []
