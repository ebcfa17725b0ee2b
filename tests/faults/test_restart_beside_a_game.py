"""A restart past one process (issue 23): two runs of the bot over one PostgreSQL database, on
different shards (SHARD_COUNT=2, SHARD_IDS=0 and 1). A run that starts closes only the trivia games it
owns: those in servers on its shards, and those whose run has ended; a game the other, running
process plays is left to it, and that process finishes it.

The two runs are two bots in this one test process, each with a database connection of its own
(:class:`PostgresDatabase` opened twice: its own run id, its own pool, its own session lock) and a
simulated Discord of its own, as two processes have. What the code under test decides on is all
there: the shard settings and which runs the server sees holding their session locks; nothing it
reads is shared through the Python process. In one process the test can drive A's game to the end
with SimCord's clock, which a child process would only let it watch.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import AsyncIterator

import pytest
import simcord

from bot.client import SoundtrackBot
from bot.db.catalogue import CatalogueRepository
from bot.db.postgres import PostgresDatabase
from bot.db.trivia import NewGame, TriviaRepository
from bot.domain.catalogue import Catalogue
from bot.domain.trivia.bank import QuestionBank
from bot.settings import Settings
from bot.sharding import shard_of
from tests.cogs.trivia.conftest import current, question_messages, right_label
from tests.conftest import DatabaseSupply

SHARDS = 2
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
async def url(postgres_databases: DatabaseSupply) -> AsyncIterator[str]:
    """A database with the real pack, shared by both runs."""
    name, address = await postgres_databases.take(True)
    yield address
    postgres_databases.discard(name)


async def run_of_the_bot(url: str, shard: int, bank: QuestionBank, settings: Settings) -> SoundtrackBot:
    """One process's bot as ``main`` builds it, on one of the two shards."""
    db = await PostgresDatabase.open(url)
    catalogue = await Catalogue.open(CatalogueRepository(db), "im-here")
    return SoundtrackBot(
        settings=dataclasses.replace(settings, shard_count=SHARDS, shard_ids=(shard,)),
        db=db,
        pack=catalogue.pack,
        catalogue=catalogue,
        bank=bank,
        freeze_heap_at_ready=False,
    )


async def start_and_stop(url: str, shard: int, bank: QuestionBank, settings: Settings) -> None:
    """The other process: it starts (running what a start runs, as closing cut-off games), settles
    and stops. Run in a thread of its own, with its own event loop, as SimCord allows one simulated
    Discord per loop."""
    bot = await run_of_the_bot(url, shard, bank, settings)
    try:
        async with simcord.run(bot) as env:
            await env.settle()
    finally:
        await bot.db.close()


def statuses(rows: list[object]) -> list[str]:
    return [r["status"] for r in rows]  # type: ignore[index]


async def test_a_restart_leaves_the_game_another_running_process_plays(
    url: str, real_bank: QuestionBank, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    first = await run_of_the_bot(url, 0, real_bank, settings)
    try:
        async with simcord.run(first) as env_a:
            await first.tree.sync()
            guild = env_a.create_guild("I'm Here fans", shard_id=0)
            assert shard_of(guild.id, SHARDS) == 0
            channel = guild.create_text_channel("soundtrack")
            alice = guild.add_member(env_a.create_user("alice"))
            await alice.slash(channel, "trivia start", questions=2)
            message, question = current(env_a, channel)
            await alice.click(message, label=right_label(question))

            # The other process (shard 1) is deployed again while A's game runs: it starts, and
            # then starts once more, as a restart does.
            with caplog.at_level(logging.INFO):
                for _ in range(2):
                    await asyncio.to_thread(asyncio.run, start_and_stop(url, 1, real_bank, settings))
            assert not [r for r in caplog.records if "cut off by a restart" in r.getMessage()]
            games = await first.db.fetch("SELECT status, ended_at FROM trivia_game")
            assert statuses(games) == ["running"] and games[0]["ended_at"] is None
            [asked] = question_messages(channel)
            assert asked.embeds[0].title != "Trivia: game cut off"

            # A plays its game to the end, and the database says so.
            await env_a.advance_time(27)
            message, question = current(env_a, channel)
            await alice.click(message, label=right_label(question))
            await env_a.advance_time(21)
            last = channel.last_message
            assert last is not None and last.embeds[0].title == "Trivia: game over"
            assert statuses(await first.db.fetch("SELECT status FROM trivia_game")) == ["finished"]
    finally:
        await first.db.close()


async def test_a_game_whose_process_is_gone_is_closed_by_the_next_to_start(
    url: str, real_bank: QuestionBank, settings: Settings
) -> None:
    """A process on shard 0 dies mid-game and does not come back (its shard moved, or it is down):
    the process on shard 1, starting, sees no run holding that game's lock and closes it."""
    first = await run_of_the_bot(url, 0, real_bank, settings)
    async with simcord.run(first) as env_a:
        await first.tree.sync()
        guild = env_a.create_guild("I'm Here fans", shard_id=0)
        channel = guild.create_text_channel("soundtrack")
        alice = guild.add_member(env_a.create_user("alice"))
        await alice.slash(channel, "trivia start", questions=2)
    await first.db.close()  # gone: its session lock with it

    await asyncio.to_thread(asyncio.run, start_and_stop(url, 1, real_bank, settings))
    db = await PostgresDatabase.open(url)
    try:
        assert statuses(await db.fetch("SELECT status FROM trivia_game")) == ["interrupted"]
    finally:
        await db.close()


async def test_games_from_before_runs_were_recorded_are_closed_by_their_servers_process(url: str) -> None:
    """A game stored without the run that plays it: its server's process (by shard) closes it, the
    other leaves it."""
    db = await PostgresDatabase.open(url)
    try:
        repo = TriviaRepository(db)
        ids = []
        for guild_id in (0 << 22, 1 << 22):  # a server on shard 0, one on shard 1
            game = NewGame(guild_id, guild_id + 1, 7, "im-here", 0, ["q"], [], 20.0, None, None)
            ids.append(await repo.start_game(game, now=NOW))
        async with db.transaction() as conn:
            await conn.execute("UPDATE trivia_game SET played_by = NULL")
        cut_off = await repo.cut_off_games(lambda guild_id: shard_of(guild_id, SHARDS) == 1)
        assert [g.id for g in cut_off] == [ids[1]]
    finally:
        await db.close()
