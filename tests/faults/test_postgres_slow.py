"""A slow PostgreSQL within Discord's 3 seconds (issue 23): another session holding an ACCESS
EXCLUSIVE lock (as VACUUM FULL, CREATE INDEX or ALTER TABLE take it), and the server frozen with
SIGSTOP. A click is acknowledged while the database still holds out and confirmed once it answers;
a command that only reads says, while the database still holds out, that it cannot reach it.

No timing claims: each test asserts what the bot had answered before the lock was let go or the
server woken up. (SimCord gives up on a bot that has not settled in 5 s of real time: without the
bot's own limits, the command below would still be waiting then, and the test fails.)
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
from collections.abc import AsyncIterator, Awaitable, Iterator
from pathlib import Path
from typing import TypeVar

import asyncpg
import pytest
import simcord

from bot.client import SoundtrackBot
from bot.db.base import DatabaseUnreachableError
from bot.db.catalogue import CatalogueRepository
from bot.db.postgres import PostgresDatabase
from bot.db.trivia import NewAnswer, NewGame, TriviaRepository
from bot.domain.catalogue import Catalogue
from bot.domain.trivia.bank import QuestionBank
from bot.settings import Settings
from tests.cogs.trivia.conftest import current, right_label
from tests.conftest import DatabaseSupply, unavailable
from tests.faults.conftest import RETRY
from tests.postgres import PostgresCluster, quote_identifier

UNREACHABLE = "I can't reach my database right now"
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
GUARD = 30.0
T = TypeVar("T")


@pytest.fixture
async def url(postgres_databases: DatabaseSupply) -> AsyncIterator[str]:
    name, address = await postgres_databases.take(True)
    yield address
    postgres_databases.discard(name)


@pytest.fixture
async def bot(url: str, real_bank: QuestionBank, settings: Settings) -> AsyncIterator[SoundtrackBot]:
    """The real bot over PostgreSQL as ``main`` builds it, retrying a must-not-lose write every RETRY
    seconds of virtual time (see tests/faults/conftest.py)."""
    db = await PostgresDatabase.open(url, retry_delay=RETRY)
    catalogue = await Catalogue.open(CatalogueRepository(db), "im-here")
    yield SoundtrackBot(
        settings=settings,
        db=db,
        pack=catalogue.pack,
        catalogue=catalogue,
        bank=real_bank,
        freeze_heap_at_ready=False,
    )
    await db.close()


@contextlib.asynccontextmanager
async def locked(url: str, *tables: str) -> AsyncIterator[asyncpg.Connection]:
    """Another session holds ACCESS EXCLUSIVE locks on ``tables`` (every table of the bot's when none
    are named) until the block ends."""
    holder = await asyncpg.connect(url)
    try:
        if not tables:
            rows = await holder.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            tables = tuple(r["tablename"] for r in rows)
        transaction = holder.transaction()
        await transaction.start()
        await holder.execute(
            f"LOCK TABLE {', '.join(map(quote_identifier, tables))} IN ACCESS EXCLUSIVE MODE"
        )
        try:
            yield holder
        finally:
            await transaction.rollback()
    finally:
        await holder.close()


def server_processes(cluster: PostgresCluster) -> list[int]:
    """The PostgreSQL server's processes: the postmaster and every process it started."""
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == postmaster:
                children.append(int(stat.parent.name))
    return [postmaster, *children]


@contextlib.contextmanager
def frozen(cluster: PostgresCluster) -> Iterator[None]:
    """The whole server stopped (SIGSTOP) until the block ends: connected, answering nothing. Every
    process stopped is woken up again, whatever happens (a process that ended meanwhile is skipped)."""
    stopped: list[int] = []
    try:
        for pid in server_processes(cluster):
            try:
                os.kill(pid, signal.SIGSTOP)
            except ProcessLookupError:
                continue  # a short-lived process that has ended
            except PermissionError:
                unavailable("the test cannot stop the PostgreSQL server's processes (another user's)")
            stopped.append(pid)
        yield
    finally:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


async def test_a_trivia_click_while_a_table_is_locked_is_acknowledged_then_confirmed(
    bot: SoundtrackBot, url: str
) -> None:
    async with simcord.run(bot) as env:
        await bot.tree.sync()
        guild = env.create_guild("I'm Here fans")
        channel = guild.create_text_channel("soundtrack")
        alice = guild.add_member(env.create_user("alice"))
        await alice.slash(channel, "trivia start", questions=2)
        message, question = current(env, channel)
        async with locked(url, "trivia_answer"):
            click = await alice.click(message, label=right_label(question))
            # Acknowledged while the lock is still held, and not said to be stored.
            assert click.deferred and click.ephemeral
            assert click.response is not None and "Locked in" not in click.response.content
        await env.advance_time(RETRY)
        confirmed = click.response
        assert confirmed is not None and "Locked in" in confirmed.content and confirmed.ephemeral
        rows = await bot.db.fetch("SELECT user_id FROM trivia_answer")
        assert [r["user_id"] for r in rows] == [alice.id]


@pytest.mark.parametrize("command", ["quote random", "album"])
async def test_a_read_while_the_database_is_locked_says_it_cannot_reach_it(
    bot: SoundtrackBot, url: str, command: str
) -> None:
    async with simcord.run(bot) as env:
        await bot.tree.sync()
        guild = env.create_guild("I'm Here fans")
        channel = guild.create_text_channel("soundtrack")
        member = guild.add_member(env.create_user("sheldon"))
        async with locked(url):
            result = await member.slash(channel, command)
            assert result.ephemeral and result.response is not None
            assert result.response.content.startswith(UNREACHABLE)
            [error] = env.errors  # through the one handler, as the database's, not as a bug
            assert isinstance(getattr(error, "original", error), DatabaseUnreachableError)
        again = await member.slash(channel, command)  # the lock gone, the command works
        assert not again.ephemeral


# The server frozen is tested on the database itself, in real time: SimCord runs the event loop's
# timers on its virtual clock and fires one only once the bot is idle, which a bot waiting on a
# server never is. The steps after the database's answer (a click acknowledged when storing must
# wait, a read that failed said in words) are the ones the lock tests above take through SimCord.


async def test_a_read_while_the_server_is_frozen_fails_as_unreachable_and_then_works(
    url: str, postgres_cluster: PostgresCluster
) -> None:
    db = await PostgresDatabase.open(url)
    try:
        await db.fetch("SELECT 1")  # a connection open before the server stops
        with frozen(postgres_cluster):
            with pytest.raises(DatabaseUnreachableError):
                await guarded(db.fetch("SELECT slug FROM pack"))
            with pytest.raises(DatabaseUnreachableError):  # a new connection, to a frozen server
                await guarded(read_in_a_snapshot(db))
        assert [r["slug"] for r in await db.fetch("SELECT slug FROM pack")] == ["im-here"]
        assert db.explain(DatabaseUnreachableError("no answer")) is not None  # an outage, not a bug
    finally:
        await db.close()


async def test_an_answer_while_the_server_is_frozen_waits_and_is_stored_once_it_answers(
    url: str, postgres_cluster: PostgresCluster
) -> None:
    db = await PostgresDatabase.open(url, retry_delay=0.05)
    try:
        repo = TriviaRepository(db)
        game = NewGame(1 << 22, 2, 3, "im-here", 0, ["q"], [], 20.0, None, None)
        game_id = await repo.start_game(game, now=NOW)
        answer = NewAnswer(game_id, 0, 4, 1 << 22, "im-here", "q", 1, True, 1000, 1.5)
        waiting = asyncio.Event()

        async def told_to_wait() -> None:
            waiting.set()

        with frozen(postgres_cluster):
            storing = asyncio.ensure_future(repo.record_answer(answer, now=NOW, on_wait=told_to_wait))
            # Told to wait (a click then acknowledges itself) while the server still answers nothing.
            await guarded(waiting.wait())
            assert not storing.done()
        assert await guarded(storing) is True
        rows = await db.fetch("SELECT user_id, points FROM trivia_answer")
        assert [(r["user_id"], r["points"]) for r in rows] == [(4, 1000)]
    finally:
        await db.close()


async def read_in_a_snapshot(db: PostgresDatabase) -> None:
    async with db.snapshot() as reads:
        await reads.fetch("SELECT 1")


async def guarded(work: Awaitable[T]) -> T:
    """``work``, given up on (failing the test) only if it never ends: a guard, not a timing claim."""
    try:
        return await asyncio.wait_for(work, GUARD)
    except TimeoutError:
        pytest.fail(f"still waiting after {GUARD:g} s: the bot waits on a server that does not answer")
