"""`python -m bot sync` while the bot runs a game, over the same database file (issue 8): the sync
process loads every cog, and loading a cog changes nothing stored, so the game plays on to its end."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).resolve().parent / "beside_child.py"


def child(*args: object, **popen: object) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_PATH", "DEV_GUILD_ID"}}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,  # type: ignore[arg-type]
    )


def games(database: Path) -> list[tuple[int, str, int | None]]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT id, status, message_id FROM trivia_game ORDER BY id").fetchall()


def test_syncing_beside_a_running_game_leaves_it_alone(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    play = child("play", database, stdin=subprocess.PIPE)
    try:
        assert play.stdout is not None and play.stdin is not None
        assert play.stdout.readline().strip() == "running", play.stderr.read() if play.stderr else ""
        [(game_id, status, message_id)] = games(database)
        assert status == "running"

        sync = child("sync", database)
        _, errors = sync.communicate(timeout=120)
        assert sync.returncode == 0, errors[-2000:]
        assert games(database) == [(game_id, "running", message_id)]  # untouched by the sync

        play.stdin.write("go\n")
        play.stdin.flush()
        output, errors = play.communicate(timeout=120)
    finally:
        play.kill()
    assert play.returncode == 0, errors[-2000:]
    titles = json.loads(output.strip().splitlines()[-1])
    assert "Trivia: game cut off" not in titles
    assert titles[-1] == "Trivia: game over"
    assert games(database)[0][1] == "finished"
