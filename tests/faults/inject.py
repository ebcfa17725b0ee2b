"""Faults SimCord's own ``inject_error`` does not model, added around the bot's real HTTP client:
a request Discord carries out but answers with an error, a request that hangs, and a second
process holding the SQLite write lock.

``env.inject_error`` covers a request refused outright (a 5xx, a 429, a failed interaction reply):
these helpers cover the rest of what the adversarial pass in issue 14 did to the bot.
"""

from __future__ import annotations

import asyncio
import fnmatch
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import discord
import simcord


class _Response:
    """Enough of an aiohttp response for discord.HTTPException."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "Injected"
        self.headers: dict[str, str] = {}


def _api_path(url: str) -> str:
    path = urlparse(url).path
    return "/" + path.split("/", 3)[-1] if path.startswith("/api/v") else path


def wrap_requests(
    env: simcord.Env, method: str, pattern: str, *, before: Any = None, after: Any = None
) -> None:
    """Run ``before()`` (awaited) ahead of, and ``after()`` behind, each matching REST call of the
    bot's current HTTP client. Either may raise to fail the call. A restarted bot has a new client."""
    http = env.bot.http
    original = http.request

    async def request(route: discord.http.Route, **kwargs: Any) -> Any:
        matches = route.method == method and fnmatch.fnmatch(_api_path(route.url), pattern)
        if matches and before is not None:
            await before()
        result = await original(route, **kwargs)
        if matches and after is not None:
            after()
        return result

    http.request = request  # type: ignore[method-assign]


def stored_then_failed(
    env: simcord.Env, method: str, pattern: str, *, status: int = 502, times: int = 1
) -> None:
    """Discord carries out the request (the message exists) and then answers ``status``."""
    left = [times]

    def fail() -> None:
        if left[0] > 0:
            left[0] -= 1
            raise discord.HTTPException(_Response(status), {"message": "Bad Gateway (injected)", "code": 0})  # type: ignore[arg-type]

    wrap_requests(env, method, pattern, after=fail)


def hangs(env: simcord.Env, method: str, pattern: str, *, seconds: float, times: int = 1) -> None:
    """The request waits ``seconds`` of virtual time before Discord sees it."""
    left = [times]

    async def wait() -> None:
        if left[0] > 0:
            left[0] -= 1
            await asyncio.sleep(seconds)

    wrap_requests(env, method, pattern, before=wait)


@contextmanager
def write_lock_held(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the database's write lock until the block ends (or ``release``)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True)\n"
            "sys.stdin.readline(); c.rollback(); c.close(); print('released', flush=True)",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        release(holder)


def release(holder: subprocess.Popen[str]) -> None:
    """Let the other process go: its lock is gone once this returns."""
    if holder.poll() is None:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.stdout.readline()
        holder.wait(timeout=10)
