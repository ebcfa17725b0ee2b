"""Keeping the simulated Discord alive for a person: its clock runs with the wall clock, and the page
shows what the bot does on its own (the daily post, trivia timers, the practice players' answers).

SimCord is made for tests: its clock moves only when told to, a page is republished only after an
action from that page, and only one operation (a page action, a click, a step of the clock) may run
at a time. ``LiveWorld`` supplies the three: it steps the clock, republishes when the bot did
something, and runs every operation, the page's included, one after another. It also keeps the
preview on the latest message, so that a page opened or reloaded later opens there, and releases
pages whose browser is gone sooner than SimCord would.
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

PAGE_RELEASE_SECONDS = 120.0
"""How long a page may go without asking for news before its place is given back. SimCord serves
16 pages at a time and keeps the place of a page closed without a goodbye (a browser killed or
crashed) for 10 minutes; an open page asks twice a second, and a browser slows a hidden tab to once
a minute at worst, so two minutes only ever release pages nobody is looking at."""

QUIET_SECONDS = 10.0
"""When all 16 places are taken, a page that has not asked for news for this long gives its place
to the page being opened (at worst, a tab long in the background then asks to be reloaded)."""

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
        self._followed = -1  # how much of the transcript the preview's latest message reflects
        self._preview: Any = None

    async def operate(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Run one SimCord operation when no other one runs."""
        async with self._turn:
            return await operation()

    def show(self, preview: Any) -> None:
        """Serve ``preview``: its page actions take turns with everything else, and it is republished
        when the bot does something on its own."""
        self._preview = preview
        # SimCord's lease for a page that stopped asking (a class setting; this preview only).
        preview._PAGE_LEASE_SECONDS = PAGE_RELEASE_SECONDS
        open_page = preview._open_page

        def open_in_a_free_place(*args: Any) -> Any:
            if len(preview._pages) >= preview._MAX_PAGES + 1:  # SimCord's own test, its page included
                quiet = time.monotonic() - QUIET_SECONDS
                for page in list(preview._pages.values()):
                    if page is not preview._python and page.last_activity < quiet:
                        preview._close_page(page.id)
            return open_page(*args)

        preview._open_page = open_in_a_free_place
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
            await self.catch_up()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), STEP_SECONDS)

    async def catch_up(self) -> None:
        """Bring the clock and the page up to date, once, in turn (``run`` does it every step)."""
        async with self._turn:
            await self._step()

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
            if preview is not None and self._followed != self._shown:
                await self._follow(preview)
                self._followed = self._shown
        except TimeoutError:
            log.warning("The bot was still busy after %.0f s; carrying on", env.settle_timeout)

    async def _follow(self, preview: Any) -> None:
        """Move the preview's own view to the channel's latest message: a page opened or reloaded
        opens where that view is (SimCord's ``Preview.show``), not on the message it started on."""
        messages = [m for m in preview.channel.history() if not m.flags.ephemeral]
        if messages:
            try:
                await preview.show(messages[-1])
            except simcord.SetupError as exc:  # gone meanwhile: the next step follows the next one
                log.debug("Could not move the preview to message %s: %s", messages[-1].id, exc)
