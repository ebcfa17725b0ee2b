"""Start-up time and memory, each bot in fresh processes (see bench/child.py), against a bare
discord.py bot with the same intents under the same harness.

- resident memory once ready in 1,000 servers: at most 1.3x the bare bot's;
- start-up (process start to READY, CPU time): cold (empty database) reported, warm (unchanged data
  pack) at most 1.2x the bare bot's.

Bytecode is written and a warm-up start runs first, as on any start after the first one.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Row

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
SERVERS = 1_000


def child(kind: str, servers: int, database: Path | None = None) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    args = [sys.executable, "-m", "bench.child", kind, str(servers)]
    if database is not None:
        args.append(str(database))
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fresh(folder: Path) -> Path:
    for path in folder.glob("bot.sqlite3*"):
        path.unlink()
    return folder / "bot.sqlite3"


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-footprint-") as tmp:
        folder = Path(tmp)
        child("bare", 0)  # warm-up: bytecode, file cache
        child("real", 0, _fresh(folder))
        bare, cold, warm = [], [], []
        for _ in range(RUNS):
            bare.append(child("bare", 0)["cpu"])
            cold.append(child("real", 0, _fresh(folder))["cpu"])
            warm.append(child("real", 0, folder / "bot.sqlite3")["cpu"])
        bare_rss = child("bare", SERVERS)["rss"]
        real_rss = child("real", SERVERS, _fresh(folder))["rss"]
    base = statistics.median(bare)
    memory = real_rss / bare_rss
    warm_ratio = statistics.median(warm) / base
    cold_ratio = statistics.median(cold) / base
    return [
        Row(
            f"resident memory, ready in {SERVERS:,} servers",
            f"{memory:.2f}x ({real_rss / 2**20:.0f} / {bare_rss / 2**20:.0f} MiB)",
            "<= 1.3x",
            memory <= 1.3,
        ),
        Row("start-up, cold (empty database)", f"{cold_ratio:.2f}x", "reported", True),
        Row("start-up, warm (unchanged data pack)", f"{warm_ratio:.2f}x", "<= 1.2x", warm_ratio <= 1.2),
    ]
