"""Two bot processes sharing one PostgreSQL post 10,000 servers' quotes of the day: each exactly once.

With SHARD_COUNT=4, one process runs shards 0-1 and the other 2-3 (bench/shard_child.py), each posting
for the servers on its own shards; then, misconfigured, both run all four shards, and only the claims
in the database keep each server to one post. The posts are counted per server across both processes'
simulated Discords. The baseline is one process running all four shards and posting all 10,000 over
the same PostgreSQL, measured before and after.

Wall time is the span from the first process starting to post to the last one finishing (start-up
and building the world are not in it): what sharding across processes is for. CPU time, shown beside
it, is the processes' and the server's together (two processes on half the servers each spent 0.86x
to 1.13x of one process's in the runs this was written with). The target is no slower than one
process: each has half the posts to make, so on two cores it holds unless the machine is too busy to
give the second process any time.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import json
import logging
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from bench.harness import FAKE_TOKEN, Row
from bench.qotd_load import SERVERS
from bot.sharding import shard_of

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SHARD_COUNT = 4
ONE = ((0, 1, 2, 3),)
SPLIT = ((0, 1), (2, 3))
SAME = ((0, 1, 2, 3), (0, 1, 2, 3))
SPLIT_TARGET = 1.0
REPLY_TIMEOUT = 900.0
"""Seconds a process may take to answer (start-up with 10,000 servers on a busy machine included)."""
BOT_SETTINGS = frozenset(
    {
        "DATABASE_PATH",
        "DATABASE_URL",
        "DEV_GUILD_ID",
        "DISCORD_API_BASE",
        "DISCORD_TOKEN",
        "LOG_LEVEL",
        "SHARD_COUNT",
        "SHARD_IDS",
    }
)
"""What the bot reads from its environment (bot/settings.py)."""
LINE_LIMIT = 1 << 24
"""The longest line a process sends: its world, as 10,000 (server, channel) pairs."""


class ChildError(RuntimeError):
    """A bot process failed or answered something unexpected: ``what`` says so, ``log`` is the end of
    what it logged."""

    def __init__(self, what: str, log: str = "") -> None:
        self.what = what
        self.log = log
        super().__init__(f"{what}; its log ends:\n{log}" if log else what)


@dataclass(frozen=True)
class Outcome:
    once: int
    """Servers posted exactly once, counted across the processes."""
    clean: bool
    """Each process posted only for its own shards, and a second round posted nothing more."""
    wall: float
    cpu: float


class Child:
    """One bot process (bench/shard_child.py), answering one JSON line per command."""

    def __init__(self, process: asyncio.subprocess.Process, errors: IO[bytes], shards: Sequence[int]) -> None:
        self.process = process
        self.errors = errors
        self.shards = shards

    @classmethod
    async def start(cls, url: str, shards: Sequence[int], servers: int) -> Child:
        # Only the settings given here: none the caller's environment may hold for a real bot.
        env = {
            **{name: value for name, value in os.environ.items() if name not in BOT_SETTINGS},
            "DISCORD_TOKEN": FAKE_TOKEN,
            "DATABASE_URL": url,
            "SHARD_COUNT": str(SHARD_COUNT),
            "SHARD_IDS": ",".join(map(str, shards)),
        }
        errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.shard_child",
            str(servers),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
            env=env,
            cwd=ROOT,
            limit=LINE_LIMIT,
        )
        return cls(process, errors, shards)

    async def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        while True:
            try:
                line = await asyncio.wait_for(self.process.stdout.readline(), REPLY_TIMEOUT)
            except TimeoutError:
                raise ChildError(f"no answer in {REPLY_TIMEOUT:g} s", self._log()) from None
            if not line:
                raise ChildError(f"a process ended (exit code {await self.process.wait()})", self._log())
            if line.startswith(b"{"):
                return json.loads(line)

    async def send(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        await self.process.stdin.drain()
        return await self.read()

    async def close(self, *, kill: bool = False) -> None:
        """End of input: the process shuts down; one that does not in time, or told to ``kill``
        (something failed), is killed."""
        try:
            if self.process.returncode is None:
                assert self.process.stdin is not None
                self.process.stdin.close()
                try:
                    await asyncio.wait_for(self.process.wait(), 0 if kill else REPLY_TIMEOUT)
                except TimeoutError:
                    self.process.kill()
                    await self.process.wait()
        finally:
            self.errors.close()

    def _log(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-2000:].decode(errors="replace").strip()


async def posting(
    url: str, shard_sets: Sequence[Sequence[int]], server: Callable[[], float], servers: int = SERVERS
) -> Outcome:
    """Start a process per shard set over the database at ``url``, post every server's quote of the
    day in all of them at once, and count the posts."""
    children: list[Child] = []
    failed = True
    try:
        for shards in shard_sets:
            children.append(await Child.start(url, shards, servers))
        ready = await _each(child.read() for child in children)
        if any(r["channels"] != ready[0]["channels"] for r in ready):
            raise ChildError("the processes built different worlds")
        guild_of = {channel: guild for guild, channel in ready[0]["channels"]}
        await children[0].send("schedule")
        now = dt.datetime.fromisoformat(ready[0]["now"]) + dt.timedelta(seconds=30)
        server_before = server()
        done = await _each(child.send(f"post {now.isoformat()}") for child in children)
        server_spent = server() - server_before
        later = (now + dt.timedelta(minutes=1)).isoformat()
        again = await _each(child.send(f"post {later}") for child in children)
        failed = False
    finally:
        await asyncio.gather(*(child.close(kill=failed) for child in children))
    posts: collections.Counter[int] = collections.Counter()
    own_shards = True
    for child, reply in zip(children, done, strict=True):
        counts = {int(channel): n for channel, n in reply["posts"].items()}
        posts.update(counts)
        own_shards &= all(shard_of(guild_of.get(c, 0), SHARD_COUNT) in child.shards for c in counts)
    return Outcome(
        once=sum(1 for channel in guild_of if posts[channel] == 1),
        clean=own_shards
        and sum(posts.values()) == sum(r["sent"] for r in done)
        and not any(r["sent"] or r["posts"] for r in again),
        wall=max(r["end"] for r in done) - min(r["start"] for r in done),
        cpu=sum(r["cpu"] for r in done) + server_spent,
    )


async def _each(replies: Iterable[Awaitable[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every process's reply, waiting for all of them even when one fails (then raising its error)."""
    results = await asyncio.gather(*replies, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]


def _once_row(what: str, outcome: Outcome, servers: int) -> Row:
    return Row(
        f"{what}, {servers:,} servers' quote of the day: posted exactly once",
        f"{outcome.once:,} of {servers:,}",
        "every server once",
        outcome.once == servers and outcome.clean,
    )


async def rows(
    fresh: Callable[[str], Awaitable[str]], server: Callable[[], float], servers: int = SERVERS
) -> list[Row]:
    """One process, two split, two on the same shards, one again: each on a fresh database."""
    try:
        first = await posting(await fresh("one"), ONE, server, servers)
        split = await posting(await fresh("split"), SPLIT, server, servers)
        same = await posting(await fresh("same"), SAME, server, servers)
        last = await posting(await fresh("one"), ONE, server, servers)
    except (ChildError, OSError) as exc:
        log.error("A bot process of the two-process benchmark failed: %s", exc)
        what = exc.what if isinstance(exc, ChildError) else str(exc)
        return [Row("2 processes x shards over one PostgreSQL", f"failed: {what} (log above)", "-", False)]
    wall = (first.wall + last.wall) / 2
    cpu = (first.cpu + last.cpu) / 2
    alone = (
        ""
        if first.once == last.once == servers and first.clean and last.clean
        else " (one process: NOT once)"
    )
    split_wall = split.wall / wall
    return [
        _once_row("2 processes (shards 0-1 and 2-3 of 4) over one PostgreSQL", split, servers),
        Row(
            "2 processes (shards 0-1, 2-3): wall time vs 1 process running all 4 (CPU beside it)",
            f"{split_wall:.2f}x (CPU {split.cpu / cpu:.2f}x){alone}",
            f"<= {SPLIT_TARGET:g}x",
            split_wall <= SPLIT_TARGET and not alone,
        ),
        _once_row("2 processes both running shards 0-3 (misconfigured) over one PostgreSQL", same, servers),
        Row(
            "2 processes both on shards 0-3: wall time vs 1 process running all 4 (CPU beside it)",
            f"{same.wall / wall:.2f}x (CPU {same.cpu / cpu:.2f}x)",
            "reported",
            True,
        ),
    ]
