"""One try session: the bot built exactly as ``python -m bot`` builds it, attached to SimCord instead
of Discord, a seeded server, and SimCord's preview page serving it on the loopback interface."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import random
import signal
import sys
import tempfile
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import simcord
import simcord.interactions as simcord_interactions

from bot.app import open_app
from bot.domain.content import PackContent
from bot.settings import Settings
from bot.tryout import PageUnavailableError
from bot.tryout.live import LiveWorld, start_clock_at
from bot.tryout.players import PracticePlayers
from bot.tryout.world import name_the_bot, schedule_first_post, seed, welcome
from bot.ui.i18n import ENGLISH

log = logging.getLogger(__name__)


def browser_available() -> bool:
    """A graphical browser can be opened: never start a text-mode one in the terminal we print to."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


async def _until_stopped(preview: simcord.Preview) -> None:
    """Return on Ctrl+C, SIGTERM, or "End preview session" on the page."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    closed = asyncio.create_task(preview.wait_closed())
    stopped = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({closed, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        closed.cancel()
        stopped.cancel()
    log.info("Stopping the try session")


@contextlib.contextmanager
def client_speaks(locale: str) -> Iterator[None]:
    """Every interaction the simulated Discord sends says ``locale`` is the user's language and the
    server's, as a client and a server set to that language would. (SimCord always says en-US: this
    reaches into how it builds an interaction, as bot/tryout does elsewhere.)"""
    build = simcord_interactions.base_payload

    def localised(*args: Any, **kwargs: Any) -> Any:
        record, payload = build(*args, **kwargs)
        payload["locale"] = locale
        if "guild_locale" in payload:
            payload["guild_locale"] = locale
        return record, payload

    simcord_interactions.base_payload = localised  # type: ignore[assignment]
    try:
        yield
    finally:
        simcord_interactions.base_payload = build  # type: ignore[assignment]


async def run_session(
    content: Sequence[PackContent],
    *,
    database: Path | None,
    port: int,
    open_browser: bool,
    announce: Callable[[str], None],
    locale: str = ENGLISH,
) -> None:
    """Serve the bot in a browser page until stopped. ``announce`` tells the person where to look;
    ``locale`` is the language of the simulated client and server."""
    async with AsyncExitStack() as stack:
        if database is None:
            database = (
                Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="im-here-try-"))) / "try.sqlite3"
            )
        settings = Settings(
            token="", database_path=database, shard_count=1
        )  # one shard, as SimCord needs it given
        app = await stack.enter_async_context(open_app(settings, content))
        bot = app.bot(settings, freeze_heap_at_ready=False)

        env = simcord.Env(bot, check_errors=False)
        start_clock_at(env, dt.datetime.now(dt.UTC))
        name_the_bot(env)
        await env.start()
        stack.push_async_callback(env.shutdown)
        stack.enter_context(env.time_context())
        stack.enter_context(client_speaks(locale))

        server = await seed(env, locale)
        world = LiveWorld(env)
        first_post_at = await world.operate(lambda: schedule_first_post(server, env.now()))
        await world.operate(lambda: welcome(env, server, first_post_at))

        try:
            preview = await stack.enter_async_context(
                env.preview(
                    server.general, viewers=[server.owner], layout="channel", port=port, locale=locale
                )
            )
        except simcord.SetupError as exc:
            raise PageUnavailableError(
                f"Can't serve the page on port {port} ({exc}). Choose another with --port N, "
                "or leave --port out to use a free one."
            ) from None
        world.show(preview)
        players = PracticePlayers(world, server.general, server.players, random.Random())
        stop = asyncio.Event()
        background = [asyncio.create_task(world.run(stop)), asyncio.create_task(players.run())]
        announce(preview.url)
        if open_browser and browser_available():
            webbrowser.open(preview.url)
        try:
            await _until_stopped(preview)
        finally:
            stop.set()
            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
