"""Sending many daily posts at once: how many are in flight, and how long one may take."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import discord

TICK_SECONDS = 30
MARK_BATCH = 200
SEND_CONCURRENCY = 5
"""Posts in flight at once: enough that one slow server never holds up the others, few enough that
at Discord's usual 100-300 ms per request they stay under its global limit of 50 requests a second
(discord.py itself paces each channel's limit and waits out a global 429)."""
SEND_TIMEOUT = 30.0
"""Seconds one post may take before it is given up for this tick (and checked for next tick)."""
NO_MENTIONS = discord.AllowedMentions.none()
POST_PERMISSIONS = ("view_channel", "send_messages", "embed_links")


class SendDeadlines:
    """Bounds how long each send may take, with one timer for all of them: a timer per send (what
    ``asyncio.timeout`` would set) costs more than the post itself at ten thousand servers.

    A send runs inside :meth:`bounded`; every ``timeout / 3`` seconds the watcher cancels the tasks
    whose send has run too long, and :meth:`bounded` turns that cancellation into ``TimeoutError``.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._started: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._watcher: asyncio.Task[None] | None = None

    def __enter__(self) -> SendDeadlines:
        self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="qotd-send-deadlines")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._watcher is not None:
            self._watcher.cancel()

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.timeout / 3)
            for task, started in list(self._started.items()):
                if loop.time() - started >= self.timeout and task not in self._expired:
                    self._expired.add(task)
                    task.cancel()  # delivered inside bounded(): the task is registered only there

    @contextlib.asynccontextmanager
    async def bounded(self) -> AsyncIterator[None]:
        task = asyncio.current_task()
        assert task is not None
        self._started[task] = asyncio.get_running_loop().time()
        try:
            yield
        except asyncio.CancelledError:
            if task not in self._expired:
                raise
            task.uncancel()
            raise TimeoutError from None
        finally:
            self._started.pop(task, None)
            self._expired.discard(task)
