"""Building the bot: read the data, open the database, and make the bot from them.

``python -m bot`` (and ``sync``), the try mode, the benchmarks and the fault tests' child processes
all build it here, the same way: read and validate the data files (:func:`read_data`), then open the
database and load the data into it (:func:`open_app`, used as ``async with``, which closes the
database at the end), then make the bot (:meth:`App.bot`).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord

from bot.client import SoundtrackBot
from bot.db import BUSY_TIMEOUT, Database, open_database
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.domain.catalogue import Catalogue
from bot.domain.content import PackContent, find, read_content
from bot.domain.pack import Pack, PackError, PackProblem, discover_packs
from bot.domain.trivia.bank import QuestionBank
from bot.settings import DEFAULT_PACK, PACKS_DIR, Settings

log = logging.getLogger(__name__)


def _pack_folders(paths: Sequence[Path]) -> list[Path]:
    folders: list[Path] = []
    for path in paths or [PACKS_DIR]:
        folders.extend([path] if (path / "album.toml").exists() else discover_packs(path))
    return folders


def read_data(paths: Sequence[Path] = ()) -> list[PackContent]:
    """Read and validate every pack (with its trivia.toml) under ``paths`` (default: data/packs).
    Raises PackError listing every problem."""
    folders = _pack_folders(paths)
    if not folders:
        where = ", ".join(str(p) for p in paths) or str(PACKS_DIR)
        raise PackError(
            [PackProblem(where, "", "", "no data pack found (a pack is a folder with album.toml)")]
        )
    return read_content(folders)


@dataclass(frozen=True)
class App:
    """What the bot is built from, made once by :func:`open_app` and passed to its constructor."""

    db: Database
    pack: Pack
    catalogue: Catalogue
    bank: QuestionBank

    def bot(self, settings: Settings, **options: Any) -> SoundtrackBot:
        """The bot, given these parts (``options``: SoundtrackBot's keyword switches)."""
        return SoundtrackBot(
            settings=settings, db=self.db, pack=self.pack, catalogue=self.catalogue, bank=self.bank, **options
        )


@asynccontextmanager
async def open_app(
    settings: Settings,
    content: Sequence[PackContent],
    *,
    pack: str = DEFAULT_PACK,
    busy_timeout: float = BUSY_TIMEOUT,
) -> AsyncIterator[App]:
    """Open (and migrate) the database, store the packs whose files changed, and build ``pack``'s
    catalogue and trivia question bank from what the database holds; the database is closed when
    the block ends. Raises DatabaseError
    (a message a person can act on) when the database cannot be used."""
    find(content, pack)  # not installed: say so before the database is touched
    db = await open_database(
        path=settings.database_path, url=settings.database_url, busy_timeout=busy_timeout
    )
    try:
        try:
            packs = PackRepository(db)
            await packs.store_packs(content)
            # From here on the database is the one source of the content: the pack, its cards, its
            # names and its trivia questions are all read back from what it holds.
            stored = await packs.content(pack)
            if stored is None:
                raise LookupError(f"the data pack {pack!r} is not stored in the database")
            catalogue = await Catalogue.open(CatalogueRepository(db), pack)
        except Exception as exc:
            problem = db.explain(exc)
            if problem is None:
                raise
            raise problem from None
        yield App(db, stored.pack, catalogue, QuestionBank.from_pack(stored.pack, stored.trivia))
    finally:
        await db.close()
        log.info("Database closed")


@contextmanager
def stop_on_signals(bot: discord.Client) -> Iterator[None]:
    """SIGINT and SIGTERM close the bot, so that ``start`` returns and clean-up runs."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    closing: set[asyncio.Task[None]] = set()

    def stop(signame: str) -> None:
        log.info("Received %s, shutting down", signame)
        task = loop.create_task(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    for sig in signals:
        loop.add_signal_handler(sig, stop, sig.name)
    try:
        yield
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)
