"""One timer for every game's deadlines: questions closing, and reveals giving way to the next question."""

from __future__ import annotations

import asyncio
import dataclasses
import heapq
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Pacing:
    time_limit: float
    """Seconds a question stays open."""
    reveal_pause: float
    """Seconds a reveal stays before the next question: time to read the answer and its source."""


class Deadlines:
    """One timer for every game, however many run: a heap of deadlines and a single task that sleeps
    until the nearest one. Each due entry is handled in a task of its own, so one game's slow reveal
    never delays another's. The runner keeps two: one closes questions, one ends reveals' pauses. An
    entry made stale (a question closed early, a game stopped) is recognised and ignored by ``expire``."""

    def __init__(self, expire: Callable[[int, int], Awaitable[None]]) -> None:
        self._expire = expire
        self._deadlines: list[tuple[float, int, int]] = []
        self._task: asyncio.Task[None] | None = None
        self._target: float | None = None
        self._due: set[asyncio.Task[None]] = set()
        """The deadlines being handled, each in its own task."""

    def schedule(self, game_id: int, index: int, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        heapq.heappush(self._deadlines, (deadline, game_id, index))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run(), name="trivia-deadlines")
        elif self._target is not None and deadline < self._target:
            self._task.cancel()  # a nearer deadline than the one slept for: start over
            self._task = loop.create_task(self._run(), name="trivia-deadlines")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self._deadlines:
            self._target = self._deadlines[0][0]
            await asyncio.sleep(max(0.0, self._target - loop.time()))
            while self._deadlines and self._deadlines[0][0] <= loop.time():
                _, game_id, index = heapq.heappop(self._deadlines)
                task = loop.create_task(self._fire(game_id, index), name=f"trivia-deadline-{game_id}-{index}")
                self._due.add(task)
                task.add_done_callback(self._due.discard)
        self._target = None

    async def _fire(self, game_id: int, index: int) -> None:
        try:
            await self._expire(game_id, index)
        except Exception:
            log.exception("Question %s of trivia game %s: its deadline's work failed", index, game_id)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        for task in self._due:
            task.cancel()
        self._deadlines.clear()
