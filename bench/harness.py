"""What the benchmarks share: building bots over a real database, timing, and the result table."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import discord
import simcord
from discord import app_commands
from discord.ext import commands

from bot.app import open_app
from bot.client import SoundtrackBot, intents
from bot.db import Database
from bot.domain.content import PackContent, read_content
from bot.domain.pack import Pack
from bot.settings import PACKS_DIR, Settings

T = TypeVar("T")
FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


@dataclass(frozen=True)
class Row:
    benchmark: str
    figure: str
    target: str
    holds: bool
    skipped: bool = False
    """Not measured here (what it needs is missing): it fails nothing."""


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


async def timed(
    action: Callable[[], Awaitable[object]],
    runs: int,
    warmup: int = 20,
    *,
    server: Callable[[], float] | None = None,
) -> list[float]:
    """CPU seconds the whole process spends on each call of ``action``, after a warm-up; with
    ``server`` (the CPU seconds a database server's processes have used so far), plus the server's.

    CPU time, not wall time: SimCord settles each action by waiting for the bot to go idle, and those
    waits are the harness's, not the bot's. Process CPU time counts every thread (aiosqlite runs
    its queries in one), so SQLite's work is included, and it ignores other load on the machine. A
    server does its work in processes of its own, hence ``server``, read outside this process's
    measured span so that reading it is not counted.
    """
    for _ in range(warmup):
        await action()
        cancel_stale_fallbacks()
    samples = []
    for _ in range(runs):
        before = server() if server is not None else 0.0
        start = time.process_time()
        await action()
        own = time.process_time() - start
        after = server() if server is not None else 0.0
        samples.append(own + after - before)
        cancel_stale_fallbacks()
    return samples


def cancel_stale_fallbacks() -> None:
    """Work around SimCord 3.2.1: when the bot cancels a timer (asyncpg starts one per query for its
    timeout and cancels it when the answer comes), SimCord leaves that timer's wall-clock fallback on
    the event loop until it would have fired, a minute or more later; and each interaction SimCord
    settles scans every timer on the loop. On PostgreSQL each interaction would then cost more than
    the one before, for as long as the fallbacks wait, in that bot's measurements and the next ones.
    Cancel the fallbacks whose timer is cancelled (between measured spans; nothing if SimCord's
    internals are not the ones this knows)."""
    loop = asyncio.get_running_loop()
    for handle in list(getattr(loop, "_scheduled", ())):
        callback = getattr(handle, "_callback", None)
        code = getattr(callback, "__code__", None)
        if (
            handle.cancelled()
            or code is None
            or code.co_name != "run_real"
            or "record" not in code.co_freevars
        ):
            continue
        record = callback.__closure__[code.co_freevars.index("record")]  # type: ignore[union-attr]
        timer = getattr(record.cell_contents, "handle", None)
        if timer is not None and timer.cancelled():
            handle.cancel()


def bare_bot() -> commands.Bot:
    """The baseline: a bare discord.py bot with the same intents, answering /ping with a constant."""
    bot = commands.Bot(command_prefix=commands.when_mentioned, intents=intents(), help_command=None)

    @bot.tree.command(name="ping", description="Pong")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    @bot.tree.command(name="echo", description="Constant autocomplete")
    @app_commands.describe(value="Anything")
    async def echo(interaction: discord.Interaction, value: str) -> None:
        await interaction.response.send_message("pong")

    @echo.autocomplete("value")
    async def echo_complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name="pong", value="pong")]

    return bot


class RealBot:
    """The real bot over a real SQLite file in a temporary folder (or the empty PostgreSQL database at
    ``url``), loaded with the given packs."""

    def __init__(
        self, packs: Sequence[Pack] | None = None, pack: str = "im-here", *, url: str | None = None
    ) -> None:
        self._packs = packs
        self._pack = pack
        self._url = url
        self._dir = tempfile.TemporaryDirectory(prefix="bench-")
        self.db: Database | None = None
        self._stack = contextlib.AsyncExitStack()

    async def __aenter__(self) -> SoundtrackBot:
        path = Path(self._dir.name) / "bot.sqlite3"
        content = (
            [PackContent(p) for p in self._packs] if self._packs else read_content([PACKS_DIR / "im-here"])
        )
        settings = Settings(token=FAKE_TOKEN, database_path=path, shard_count=1, database_url=self._url)
        # Built as `python -m bot` builds it: the data stored, then everything read back from the database.
        app = await self._stack.enter_async_context(open_app(settings, content, pack=self._pack))
        self.db = app.db
        return app.bot(settings)

    async def __aexit__(self, *exc: object) -> None:
        await self._stack.aclose()
        self._dir.cleanup()


@asynccontextmanager
async def running(
    bot: discord.Client, build: Callable[[simcord.Env], T], **options: Any
) -> AsyncIterator[tuple[simcord.Env, T]]:
    """The bot under SimCord, connecting to a world built first: as in production, the bot meets its
    servers at start-up (and is READY once it has them), instead of joining them one by one after."""
    env = simcord.Env(bot, **options)
    world = build(env)
    await env.start()
    try:
        yield env, world
    finally:
        await env.shutdown()


def _verdict(row: Row) -> str:
    if row.skipped:
        return "skipped"
    return "yes" if row.holds else "NO"


def table(rows: Sequence[Row]) -> str:
    headers = ("benchmark", "figure", "target", "holds")
    cells = [headers, *((r.benchmark, r.figure, r.target, _verdict(r)) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = [" | ".join(c[i].ljust(widths[i]) for i in range(4)) for c in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
