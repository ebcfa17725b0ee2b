"""Two bot processes over one PostgreSQL database, each running part of the shards (SHARD_COUNT=4,
SHARD_IDS=0-1 and 2-3) or, misconfigured, the same ones: every server's quote of the day goes out
exactly once, also when one of them is killed with SIGKILL mid-way (see shard_child.py)."""

from __future__ import annotations

import asyncio
import collections
import json
import os
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from tests.conftest import FAKE_TOKEN
from tests.postgres import PostgresCluster

CHILD = Path(__file__).resolve().parent / "shard_child.py"
SHARD_COUNT = 4
TIMEOUT = 120.0
"""Real seconds a child may take before the test gives up on it (it normally takes a few)."""
# What the children must not inherit from the environment the tests run in.
UNSET = {"DISCORD_TOKEN", "DATABASE_PATH", "DATABASE_URL", "DEV_GUILD_ID", "DISCORD_API_BASE", "LOG_LEVEL"}


@pytest.fixture
async def database(postgres_cluster: PostgresCluster) -> AsyncIterator[str]:
    """An empty database of its own: the children migrate it and load the pack, as a new deployment's do."""
    name = f"shards_{uuid.uuid4().hex[:12]}"
    url = await postgres_cluster.create_database(name)
    yield url
    await postgres_cluster.drop_database(name)


async def start(url: str, log: Path, shard_ids: str, **options: object) -> asyncio.subprocess.Process:
    """A bot process configured as an operator would: DATABASE_URL, SHARD_COUNT, SHARD_IDS."""
    env = {k: v for k, v in os.environ.items() if k not in UNSET and not k.startswith("SHARD_")}
    env |= {
        "DISCORD_TOKEN": FAKE_TOKEN,
        "DATABASE_URL": url,
        "SHARD_COUNT": str(SHARD_COUNT),
        "SHARD_IDS": shard_ids,
        "LOG": str(log),
        **{name: str(value) for name, value in options.items()},
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )


async def finish(process: asyncio.subprocess.Process) -> tuple[int, str]:
    """The process's exit code (negative: killed by that signal) and the end of what it logged."""
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        pytest.fail(f"a bot process (pid {process.pid}) did not finish in {TIMEOUT} s")
    assert process.returncode is not None
    return process.returncode, stderr.decode(errors="replace")[-3000:]


async def finished(process: asyncio.subprocess.Process) -> None:
    code, stderr = await finish(process)
    assert code == 0, stderr


def events(log: Path, kind: str | None = None) -> list[dict[str, Any]]:
    every = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return [e for e in every if kind is None or e["kind"] == kind]


def servers(log: Path) -> list[dict[str, int]]:
    """The servers, as every process built them: the same ids in each, or the test means nothing."""
    worlds = events(log, "world")
    assert len(worlds) >= 2
    assert all(w["servers"] == worlds[0]["servers"] for w in worlds)
    found = worlds[0]["servers"]
    assert len(found) >= 16
    assert {s["shard"] for s in found} == set(range(SHARD_COUNT))
    return found


def posts_by(log: Path, process: asyncio.subprocess.Process) -> list[dict[str, Any]]:
    return [e for e in events(log, "post") if e["pid"] == process.pid]


def shards_served(log: Path, process: asyncio.subprocess.Process) -> tuple[set[int], set[int]]:
    """The shards of the servers whose day the process claimed, and of those it posted in."""
    shard_of_guild = {s["guild"]: s["shard"] for s in servers(log)}
    shard_of_channel = {s["channel"]: s["shard"] for s in servers(log)}
    mine = [e for e in events(log) if e["pid"] == process.pid]
    claimed = {shard_of_guild[g] for e in mine if e["kind"] == "claim" for g in e["guilds"]}
    posted = {shard_of_channel[e["channel"]] for e in mine if e["kind"] == "post"}
    return claimed, posted


async def assert_each_server_posted_once(log: Path, url: str) -> None:
    """Every server's post is in the log once, none twice, none missed; and the database says so."""
    posts = collections.Counter(e["channel"] for e in events(log, "post"))
    assert posts == collections.Counter(s["channel"] for s in servers(log))
    connection = await asyncpg.connect(url)
    try:
        rows = await connection.fetch("SELECT status FROM qotd_day")
    finally:
        await connection.close()
    assert collections.Counter(r["status"] for r in rows) == {"posted": len(servers(log))}


async def run_together(url: str, log: Path, *shard_ids: str) -> list[asyncio.subprocess.Process]:
    """Processes with these SHARD_IDS, started together, run to the end."""
    processes = [await start(url, log, ids, PEERS=len(shard_ids)) for ids in shard_ids]
    await asyncio.gather(*map(finished, processes))
    return processes


async def test_processes_on_different_shards_post_every_server_once_each_its_own(
    database: str, tmp_path: Path
) -> None:
    log = tmp_path / "log.jsonl"
    first, second = await run_together(database, log, "0-1", "2-3")

    await assert_each_server_posted_once(log, database)
    # Each claimed and posted its own shards' servers, and only those.
    assert shards_served(log, first) == ({0, 1}, {0, 1})
    assert shards_served(log, second) == ({2, 3}, {2, 3})


async def test_processes_misconfigured_on_the_same_shards_still_post_every_server_once(
    database: str, tmp_path: Path
) -> None:
    log = tmp_path / "log.jsonl"
    first, second = await run_together(database, log, "0-3", "0-3")

    await assert_each_server_posted_once(log, database)
    assert {e["pid"] for e in events(log, "round")} == {first.pid, second.pid}  # both ticked
    # With neither killed, no day was ever claimed twice: each process left the other's claims alone.
    claims = collections.Counter(g for e in events(log, "claim") for g in e["guilds"])
    assert claims == collections.Counter(s["guild"] for s in servers(log))


@pytest.mark.parametrize("kill_after", [1, 5])
async def test_a_killed_process_started_again_on_its_shards_posts_the_rest_once(
    database: str, tmp_path: Path, kill_after: int
) -> None:
    log = tmp_path / "log.jsonl"
    killed = await start(database, log, "0-1", PEERS=2, KILL_AFTER=kill_after)
    other = await start(database, log, "2-3", PEERS=2)
    code, stderr = await finish(killed)
    assert code == -signal.SIGKILL, stderr
    assert len(posts_by(log, killed)) == kill_after  # killed right after that post reached Discord

    # The other process keeps ticking meanwhile: the dead process's claimed days are on shards it
    # does not run, and it leaves them alone.
    again = await start(database, log, "0-1", PEERS=2)
    await asyncio.gather(finished(again), finished(other))

    await assert_each_server_posted_once(log, database)
    assert shards_served(log, other) == ({2, 3}, {2, 3})
    claimed, posted = shards_served(log, again)
    assert claimed == {0, 1}  # it took over the killed process's days ...
    assert posted <= {0, 1}  # ... found the posts made before the kill, and sent only the rest:
    assert len(posts_by(log, again)) == len(servers(log)) // 2 - kill_after


@pytest.mark.parametrize("kill_after", [1, 6])
async def test_a_survivor_on_the_same_shards_takes_over_a_killed_process_days_and_posts_none_twice(
    database: str, tmp_path: Path, kill_after: int
) -> None:
    log = tmp_path / "log.jsonl"
    # The first claims every server's day; the survivor starts ticking once it has posted, and the
    # first is killed (after kill_after posts) only once the survivor has ticked against its claims.
    killed = await start(database, log, "0-3", PEERS=2, KILL_AFTER=kill_after, HOLD_KILL=1)
    survivor = await start(database, log, "0-3", PEERS=2, WAIT_FOR_POST=1)
    code, stderr = await finish(killed)
    assert code == -signal.SIGKILL, stderr
    await finished(survivor)

    everything = events(log)
    [kill] = [i for i, e in enumerate(everything) if e["kind"] == "kill"]
    refused = [e for e in everything[:kill] if e["kind"] == "round" and e["pid"] == survivor.pid]
    assert refused  # the survivor ticked while the first process lived ...
    assert all(e["sent"] == 0 for e in refused)  # ... and left the days it had claimed to it
    assert len(posts_by(log, killed)) == kill_after
    # After the kill the survivor took the days over: it found the posts already made in their
    # channels and sent only the rest.
    assert len(posts_by(log, survivor)) == len(servers(log)) - kill_after
    await assert_each_server_posted_once(log, database)
