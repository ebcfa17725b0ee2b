"""Shared fixtures: a real SQLite database with the real pack, and the real bot under SimCord.

The database is made once per session, by the real migrations and the real pack loader, into two
template files (migrated; migrated with the real pack loaded). Each test gets its own copy of one.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import dataclasses
import itertools
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import discord
import pytest
import simcord

from bot.client import SoundtrackBot
from bot.db import Database, SqliteDatabase
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.db.postgres import PostgresDatabase
from bot.domain.catalogue import Catalogue
from bot.domain.content import PackContent, read_content
from bot.domain.pack import Pack, read_pack
from bot.domain.trivia.bank import QuestionBank
from bot.settings import PACKS_DIR, PROJECT_ROOT, Settings
from bot.ui.embeds import TOTAL_LIMIT
from tests.postgres import PostgresCluster, find_bindir, start_cluster

TESTS = Path(__file__).resolve().parent
TEST_PACKS = TESTS / "data" / "packs"
SHARED = PROJECT_ROOT.parent / "shared"
"""The project's reference material (review texts, Discord's OpenAPI description), beside the project."""


def unavailable(message: str) -> NoReturn:
    """Something a test needs is missing: skip it on a developer's machine, but fail it in CI
    (CI=true): there, a test that silently checks nothing would pass for the wrong reason."""
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(message)
    pytest.skip(message)


def shared(path: Path) -> Path:
    """``path`` in ../shared, which must be beside the project (see ``unavailable``)."""
    if not path.exists():
        unavailable(f"{path} is missing: the reference material in ../shared must be beside the project")
    return path


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL server for the session (see tests/postgres.py); a test makes its own
    database in it with ``create_database`` and drops it with ``drop_database``."""
    bindir = find_bindir()
    if bindir is None:
        unavailable("PostgreSQL's server binaries are missing (Debian: apt-get install postgresql)")
    cluster = start_cluster(bindir)
    yield cluster
    cluster.stop()


T = TypeVar("T")
BACKENDS = ["sqlite", "postgres"]

FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


@pytest.fixture(scope="session")
def real_content() -> PackContent:
    [content] = read_content([PACKS_DIR / "im-here"])
    return content


@pytest.fixture(scope="session")
def real_pack(real_content: PackContent) -> Pack:
    return real_content.pack


@pytest.fixture(scope="session")
def real_bank(real_content: PackContent) -> QuestionBank:
    """The real pack's question bank (immutable once built, so one serves every test)."""
    return QuestionBank.from_pack(real_content.pack, real_content.trivia)


@pytest.fixture(scope="session")
def second_pack() -> Pack:
    return read_pack(TEST_PACKS / "test-pack")


def run_aside(work: Coroutine[Any, Any, T]) -> T:
    """Run ``work`` to the end in a thread of its own: session fixtures that make templates are first
    asked for by a test (through ``db``) already running in its event loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, work).result()


async def _make_template(path: Path, content: list[PackContent]) -> None:
    database = await SqliteDatabase.open(path)
    try:
        if content:
            await PackRepository(database).store_packs(content)
    finally:
        await database.close()
    with sqlite3.connect(path) as conn:  # fold the WAL back in, so the file alone is the database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")


@pytest.fixture(scope="session")
def database_templates(
    tmp_path_factory: pytest.TempPathFactory, real_content: PackContent
) -> dict[bool, Path]:
    """Database files made once by the real migrations: {False: empty, True: with the real pack}."""
    folder = tmp_path_factory.mktemp("templates")
    templates = {False: folder / "migrated.sqlite3", True: folder / "loaded.sqlite3"}
    for loaded, path in templates.items():
        run_aside(_make_template(path, [real_content] if loaded else []))
    return templates


@pytest.fixture(scope="session")
def postgres_templates(postgres_cluster: PostgresCluster, real_content: PackContent) -> dict[bool, str]:
    """PostgreSQL databases made once by the real migrations: {False: empty, True: with the real pack}."""
    templates = {False: "template_migrated", True: "template_loaded"}

    async def make() -> None:
        for loaded, name in templates.items():
            database = await PostgresDatabase.open(await postgres_cluster.create_database(name))
            try:
                if loaded:
                    await PackRepository(database).store_packs([real_content])
            finally:
                await database.close()

    run_aside(make())
    return templates


class DatabaseSupply:
    """Fresh PostgreSQL databases copied from the templates, made a few ahead and dropped afterwards in
    a thread of their own, so that a test seldom waits for the server to copy or drop one."""

    def __init__(self, cluster: PostgresCluster, templates: dict[bool, str], spares: int = 2) -> None:
        self._cluster = cluster
        self._templates = templates
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="postgres-databases", daemon=True)
        self._thread.start()
        self._numbers = itertools.count(1)
        self._ready: dict[bool, collections.deque[tuple[str, concurrent.futures.Future[str]]]] = {
            loaded: collections.deque() for loaded in templates
        }
        self._pending: list[concurrent.futures.Future[object]] = []
        for loaded in templates:
            for _ in range(spares):
                self._make(loaded)

    def _make(self, loaded: bool) -> None:
        name = f"test_{next(self._numbers)}"
        made = asyncio.run_coroutine_threadsafe(
            self._cluster.create_database(name, self._templates[loaded]), self._loop
        )
        self._ready[loaded].append((name, made))

    async def take(self, loaded: bool) -> tuple[str, str]:
        """A new database's name and address (with the real pack loaded, or only migrated)."""
        self._make(loaded)  # the next test's, made while this one runs
        name, made = self._ready[loaded].popleft()
        return name, await asyncio.wrap_future(made)

    def discard(self, name: str) -> None:
        self._pending.append(asyncio.run_coroutine_threadsafe(self._cluster.drop_database(name), self._loop))

    def close(self) -> None:
        """Wait for the drops and the spares, then stop the thread (the cluster itself goes after)."""
        for waiting in [*self._pending, *(made for ready in self._ready.values() for _, made in ready)]:
            with contextlib.suppress(Exception):
                waiting.result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


@pytest.fixture(scope="session")
def postgres_databases(
    postgres_cluster: PostgresCluster, postgres_templates: dict[bool, str]
) -> Iterator[DatabaseSupply]:
    supply = DatabaseSupply(postgres_cluster, postgres_templates)
    yield supply
    supply.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses the ``db`` fixture runs on SQLite and on PostgreSQL, unless it is marked
    ``sqlite_only`` (it is about SQLite itself: its file, its locks, its PRAGMAs)."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend a test runs on (see ``pytest_generate_tests``)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
async def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Database]:
    """A migrated database of the test's own: with the real pack loaded when the test uses ``repo``."""
    loaded = "repo" in request.fixturenames
    if backend == "postgres":
        supply: DatabaseSupply = request.getfixturevalue("postgres_databases")
        name, url = await supply.take(loaded)
        database: Database = await PostgresDatabase.open(url)
        yield database
        await database.close()
        supply.discard(name)
        return
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(request.getfixturevalue("database_templates")[loaded], path)
    database = await SqliteDatabase.open(path)
    yield database
    await database.close()


@pytest.fixture
async def repo(db: Database, real_content: PackContent) -> CatalogueRepository:
    repository = CatalogueRepository(db)
    stored = await PackRepository(db).store_packs([real_content])
    assert stored == [], "the database template should hold the real pack already"
    return repository


@pytest.fixture
def packs(repo: CatalogueRepository, db: Database) -> PackRepository:
    """The pack repository over the test's database, which holds the real pack (as for ``repo``)."""
    return PackRepository(db)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # One shard, as Discord recommends for a small bot (SimCord needs the count given).
    return Settings(token=FAKE_TOKEN, database_path=tmp_path / "bot.sqlite3", shard_count=1)


@pytest.fixture
async def simcord_bot(
    settings: Settings, db: Database, repo: CatalogueRepository, real_pack: Pack, real_bank: QuestionBank
) -> SoundtrackBot:
    # Not freezing the heap: in one test process, every test's garbage would be frozen with it.
    return SoundtrackBot(
        settings=settings,
        db=db,
        pack=real_pack,
        catalogue=await Catalogue.open(repo, "im-here"),
        bank=real_bank,
        freeze_heap_at_ready=False,
    )


@dataclass
class Server:
    """A synced bot in a guild with a channel and a member, ready to be used."""

    env: simcord.Env
    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    member: simcord.MemberActor
    refusals: list[str] = dataclasses.field(default_factory=list)
    """What the bot's one error path answered as refusals (it logs each one), oldest first."""

    def user_errors(self) -> list[str]:
        """The refusals answered since the last call, asserting nothing reached the tree as an error
        (a refusal is an ordinary answer: SimCord, like the try page, would count it as a failure)."""
        assert self.env.errors == []
        answered, self.refusals[:] = list(self.refusals), []
        return answered


class _RefusalLog(logging.Handler):
    def __init__(self, refusals: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.refusals = refusals

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(text := getattr(record, "refusal", None), str):
            self.refusals.append(text)


@pytest.fixture
async def server(simcord_env: simcord.Env) -> AsyncIterator[Server]:
    await simcord_env.bot.tree.sync()
    guild = simcord_env.create_guild("I'm Here fans")
    channel = guild.create_text_channel("soundtrack")
    member = guild.add_member(simcord_env.create_user("sheldon"))
    server = Server(simcord_env, guild, channel, member)
    # Refusals are logged at DEBUG by the one error path; the log outlives a restart of the bot.
    handler, logger = _RefusalLog(server.refusals), logging.getLogger("bot.ui.tree")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield server
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def rebuilt(
    old: SoundtrackBot, settings: Settings | None = None, *, freeze_heap_at_ready: bool = False
) -> SoundtrackBot:
    """A new bot made of the old one's parts (database, catalogue, bank), as ``main`` makes it again
    after a restart."""
    return SoundtrackBot(
        settings=settings or old.settings,
        db=old.db,
        pack=old.pack,
        catalogue=old.catalogue,
        bank=old.bank,
        freeze_heap_at_ready=freeze_heap_at_ready,
    )


async def restart(env: simcord.Env) -> None:
    """Restart the bot over the same database, as after a crash or a deploy."""
    old: SoundtrackBot = env.bot  # type: ignore[assignment]
    await env.restart_bot(rebuilt(old))


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file at ``path`` (a copy of a data file), which must hold it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_within_discord_limits(embed: discord.Embed) -> None:
    assert len(embed) <= TOTAL_LIMIT
    assert len(embed.fields) <= 25
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    for field in embed.fields:
        assert 0 < len(field.name) <= 256
        assert 0 < len(field.value) <= 1024
