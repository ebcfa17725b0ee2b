"""Keeping the simulated Discord alive for a person: its clock runs with the wall clock, and the page
shows what the bot does on its own (the daily post, trivia timers, the practice players' answers).

SimCord is made for tests: its clock moves only when told to, a page is republished only after an
action from that page, and only one operation (a page action, a click, a step of the clock) may run
at a time. ``LiveWorld`` supplies the three: it steps the clock, republishes when the bot did
something, and runs every operation, the page's included, one after another.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import simcord

log = logging.getLogger(__name__)

STEP_SECONDS = 0.5
"""How often the clock catches up with the wall clock and the page is brought up to date."""

T = TypeVar("T")


def start_clock_at(env: simcord.Env, now: dt.datetime) -> None:
    """Start the simulated clock at ``now`` instead of SimCord's fixed test date, so that dates and
    the daily post are today's. Call before ``env.start()``."""
    clock = env.backend.clock
    if hasattr(clock, "_epoch"):
        clock._epoch = now - dt.timedelta(seconds=clock.elapsed)
    else:  # another SimCord: times are off, everything else works
        log.warning("SimCord's clock has no start date to set; the try server's dates will be off")


class LiveWorld:
    """Runs SimCord operations one at a time and keeps a preview page current."""

    def __init__(self, env: simcord.Env) -> None:
        self.env = env
        self._turn = asyncio.Lock()
        self._started = time.monotonic()
        self._elapsed_at_start = env.backend.clock.elapsed
        self._shown = -1  # how much of the transcript the page has seen
        self._preview: Any = None

    async def operate(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Run one SimCord operation when no other one runs."""
        async with self._turn:
            return await operation()

    def show(self, preview: Any) -> None:
        """Serve ``preview``: its page actions take turns with everything else, and it is republished
        when the bot does something on its own."""
        self._preview = preview
        page_action = preview._action

        async def in_turn(context_id: Any, body: Any) -> Any:
            async with self._turn:
                try:
                    return await page_action(context_id, body)
                finally:
                    self._shown = len(self.env.backend.transcript)  # the action republished

        preview._action = in_turn

    async def run(self, stop: asyncio.Event) -> None:
        """Step the clock and refresh the page until ``stop`` is set."""
        while not stop.is_set():
            async with self._turn:
                await self._step()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), STEP_SECONDS)

    async def _step(self) -> None:
        env = self.env
        behind = (time.monotonic() - self._started) - (env.backend.clock.elapsed - self._elapsed_at_start)
        try:
            if behind > 0:
                await env.advance_time(behind)
            preview = self._preview
            if preview is not None and len(env.backend.transcript) != self._shown:
                await preview.refresh()
                self._shown = len(env.backend.transcript)
        except TimeoutError:
            log.warning("The bot was still busy after %.0f s; carrying on", env.settle_timeout)
