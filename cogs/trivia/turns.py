"""One operation at a time on a game, in the order they came."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class Turns:
    """One operation at a time on a game (a close, a stop, the first question), in the order they
    came, like an ``asyncio.Lock``. Each operation runs as a task that waits for the one before it,
    not on a bare future: SimCord (and a reader of a stuck task's stack) can then see what it waits
    for, so a stop waiting out a slow close is tested like any other wait."""

    def __init__(self) -> None:
        self._last: asyncio.Task[Any] | None = None

    async def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` once every operation before it on this game has finished."""
        task = asyncio.get_running_loop().create_task(self._after(self._last, work))
        self._last = task
        return await task

    @staticmethod
    async def _after(previous: asyncio.Task[Any] | None, work: Coroutine[Any, Any, T]) -> T:
        try:
            if previous is not None and not previous.done():
                await asyncio.wait({previous})  # its outcome is its caller's, not ours
        except asyncio.CancelledError:
            work.close()
            raise
        return await work
