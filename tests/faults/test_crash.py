"""SIGKILL in the middle of the daily posts and of a trivia game, then a restart over the same database
file: nothing acknowledged is lost, no server gets its quote twice or not at all, and the game is closed."""

from __future__ import annotations

import collections
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).resolve().parent / "crash_child.py"


def run_child(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_PATH", "DEV_GUILD_ID"}}
    return subprocess.run(
        [sys.executable, str(CHILD), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def events(log: Path, kind: str) -> list[dict]:
    return [e for e in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if e["kind"] == kind]


@pytest.mark.parametrize("kill_after", [1, 6])
def test_killed_mid_daily_posts_every_server_gets_exactly_one(tmp_path: Path, kill_after: int) -> None:
    database, log = tmp_path / "bot.sqlite3", tmp_path / "log.jsonl"
    killed = run_child("qotd", database, log, kill_after)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    [world] = events(log, "world")
    assert len(events(log, "post")) == kill_after  # killed right after that post reached Discord

    restarted = run_child("restart", database, log)
    assert restarted.returncode == 0, restarted.stderr[-2000:]
    posts = collections.Counter(e["channel"] for e in events(log, "post"))
    assert posts == collections.Counter(world["channels"])  # each server once: none twice, none missed
    with sqlite3.connect(database) as conn:
        statuses = collections.Counter(status for (status,) in conn.execute("SELECT status FROM qotd_day"))
    assert statuses == {"posted": len(world["channels"])}


@pytest.mark.parametrize("kill_after", [2, 7])
def test_killed_mid_trivia_game_keeps_every_answer_and_closes_the_game(
    tmp_path: Path, kill_after: int
) -> None:
    database, log = tmp_path / "bot.sqlite3", tmp_path / "log.jsonl"
    killed = run_child("trivia", database, log, kill_after)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    acknowledged = {(e["user"], e["question"]) for e in events(log, "answer")}
    assert len(acknowledged) == kill_after

    with sqlite3.connect(database) as conn:
        [(status,)] = conn.execute("SELECT status FROM trivia_game").fetchall()
    assert status == "running"  # as the kill left it

    restarted = run_child("restart", database, log)
    assert restarted.returncode == 0, restarted.stderr[-2000:]
    with sqlite3.connect(database) as conn:
        [(status,)] = conn.execute("SELECT status FROM trivia_game").fetchall()
        stored = set(conn.execute("SELECT user_id, question_index FROM trivia_answer").fetchall())
    assert status == "interrupted"  # closed cleanly at the restart
    assert acknowledged <= stored  # every answer a player was told was locked in is there


@pytest.mark.parametrize("answers", [1, 3])
def test_killed_while_the_question_of_the_day_is_answered_keeps_every_answer_for_the_reveal(
    tmp_path: Path, answers: int
) -> None:
    database, log = tmp_path / "bot.sqlite3", tmp_path / "log.jsonl"
    killed = run_child("answers", database, log, 12 + answers)  # twelve posts, then the answers
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    acknowledged = {e["user"] for e in events(log, "answer")}
    assert len(acknowledged) == answers

    revealed = run_child("reveal", database, log)
    assert revealed.returncode == 0, revealed.stderr[-2000:]
    with sqlite3.connect(database) as conn:
        stored = dict(conn.execute("SELECT user_id, correct FROM qotd_answer").fetchall())
        [(first,)] = conn.execute("SELECT channel_id FROM qotd_day ORDER BY guild_id, local_date LIMIT 1")
    assert set(stored) == acknowledged  # every acknowledged answer survived the kill, nothing else
    [reveal] = [e for e in events(log, "reveal") if e["channel"] == first]  # revealed once
    right = sum(stored.values())
    assert reveal["tally"] == f"{right} of {answers} player{'s' if answers != 1 else ''} got it right."
