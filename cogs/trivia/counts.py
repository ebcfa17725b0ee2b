"""The live "N answered" on each open question.

A click never edits the question itself: it marks the count stale, and one ``discord.ext.tasks`` loop
for every game brings stale counts up to date once a second. So a question is edited at most about
once a second however fast the clicks come (well within Discord's rate limits), and a click costs no
Discord call of its own. A game whose last edit is still in flight waits for the next tick. The
loop stops once nothing is left to update, and starts again at the next click.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from discord.ext import tasks

log = logging.getLogger(__name__)

INTERVAL = 1.0
"""Seconds between updates of the counts."""

Refresh = Callable[[int], Awaitable[None]]


class LiveCounts:
    def __init__(self, refresh: Refresh, *, interval: float = INTERVAL) -> None:
        """``refresh(game_id)`` brings one game's question up to date (it checks the question is open)."""
        self._refresh = refresh
        self._stale: set[int] = set()
        self._editing: dict[int, asyncio.Task[None]] = {}
        self._loop: tasks.Loop[Any] = tasks.loop(seconds=interval)(self._tick)
        self._stopping = False

    def mark(self, game_id: int) -> None:
        """This game's count changed: update it at the next tick."""
        self._stale.add(game_id)
        if not self._loop.is_running():
            self._loop.start()
        elif self._stopping:
            self._loop.restart()  # it was winding down: run again once it has
        self._stopping = False

    async def _tick(self) -> None:
        ready = {g for g in self._stale if g not in self._editing}
        self._stale -= ready
        for game_id in ready:
            task = asyncio.get_running_loop().create_task(self._edit(game_id), name=f"trivia-count-{game_id}")
            self._editing[game_id] = task
        if not ready and not self._stale:
            self._stopping = True
            self._loop.stop()

    async def _edit(self, game_id: int) -> None:
        try:
            await self._refresh(game_id)
        except Exception:
            log.warning("Could not update the answer count of trivia game %s", game_id, exc_info=True)
        finally:
            self._editing.pop(game_id, None)

    def stop(self) -> None:
        self._loop.cancel()
        for task in self._editing.values():
            task.cancel()
        self._stale.clear()
