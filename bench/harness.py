"""What the benchmarks share: building bots over a real database, timing, and the result table."""

from __future__ import annotations

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

from bot.catalogue import Catalogue
from bot.client import SoundtrackBot, intents
from bot.db import Database, SqliteDatabase
from bot.db.catalogue import CatalogueRepository
from bot.domain.content import PackContent, find, read_content
from bot.domain.pack import Pack
from bot.domain.trivia.bank import QuestionBank
from bot.settings import PACKS_DIR, Settings

T = TypeVar("T")
FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


@dataclass(frozen=True)
class Row:
    benchmark: str
    figure: str
    target: str
    holds: bool


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


async def timed(action: Callable[[], Awaitable[object]], runs: int, warmup: int = 20) -> list[float]:
    """CPU seconds the whole process spends on each call of ``action``, after a warm-up.

    CPU time, not wall time: SimCord settles each action by waiting for the bot to go idle, and those
    waits are the harness's, not the bot's. Process CPU time counts every thread (aiosqlite runs
    its queries in one), so database work is included, and it ignores other load on the machine.
    """
    for _ in range(warmup):
        await action()
    samples = []
    for _ in range(runs):
        start = time.process_time()
        await action()
        samples.append(time.process_time() - start)
    return samples


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
    """The real bot over a real SQLite file in a temporary folder, loaded with the given packs."""

    def __init__(self, packs: Sequence[Pack] | None = None, pack: str = "im-here") -> None:
        self._packs = packs
        self._pack = pack
        self._dir = tempfile.TemporaryDirectory(prefix="bench-")
        self.db: Database | None = None

    async def __aenter__(self) -> SoundtrackBot:
        path = Path(self._dir.name) / "bot.sqlite3"
        self.db = await SqliteDatabase.open(path)
        repo = CatalogueRepository(self.db)
        content = (
            [PackContent(p) for p in self._packs] if self._packs else read_content([PACKS_DIR / "im-here"])
        )
        await repo.load_packs([c.pack for c in content])
        settings = Settings(token=FAKE_TOKEN, database_path=path, shard_count=1)
        served = find(content, self._pack)
        return SoundtrackBot(
            settings=settings,
            db=self.db,
            pack=served.pack,
            catalogue=await Catalogue.open(repo, self._pack),
            bank=QuestionBank.from_pack(served.pack, served.trivia),
        )

    async def __aexit__(self, *exc: object) -> None:
        if self.db is not None:
            await self.db.close()
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


def table(rows: Sequence[Row]) -> str:
    headers = ("benchmark", "figure", "target", "holds")
    cells = [headers, *((r.benchmark, r.figure, r.target, "yes" if r.holds else "NO") for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = [" | ".join(c[i].ljust(widths[i]) for i in range(4)) for c in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
