"""Building the bot: reading the data, opening the app (the database, the stored packs, the served pack
read back) and closing it at the end, and stopping on SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
import simcord

from bot.app import open_app, read_data, stop_on_signals
from bot.db import Database, SqliteDatabase
from bot.domain.content import PackContent
from bot.domain.pack import PackError
from bot.settings import PACKS_DIR, Settings
from tests.conftest import FAKE_TOKEN, TEST_PACKS

# -- read_data ---------------------------------------------------------------------------------------


def test_read_data_takes_a_pack_folder_or_a_folder_of_packs(tmp_path: Path) -> None:
    shutil.copytree(PACKS_DIR / "im-here", tmp_path / "packs" / "im-here")
    shutil.copytree(TEST_PACKS / "test-pack", tmp_path / "packs" / "test-pack")
    (tmp_path / "packs" / "notes").mkdir()  # a folder without album.toml is no pack
    assert [c.pack.slug for c in read_data([tmp_path / "packs"])] == ["im-here", "test-pack"]
    assert [c.pack.slug for c in read_data([tmp_path / "packs" / "test-pack"])] == ["test-pack"]


def test_read_data_reads_the_installed_packs_by_default() -> None:
    [content] = read_data()
    assert content.pack.slug == "im-here" and content.trivia


def test_read_data_says_where_it_found_no_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no data pack found") as caught:
        read_data([tmp_path])
    assert [p.file for p in caught.value.problems] == [str(tmp_path)]


# -- open_app ----------------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path, database_templates: dict[bool, Path]) -> Settings:
    """Settings naming a SQLite file that already holds the real pack (a copy of the template)."""
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(database_templates[True], path)
    return Settings(token=FAKE_TOKEN, database_path=path, shard_count=1)


async def assert_closed(db: Database) -> None:
    assert isinstance(db, SqliteDatabase)
    with pytest.raises(ValueError, match="Connection closed"):
        await db.fetch("SELECT 1")


async def test_open_app_stores_the_packs_and_closes_the_database_at_the_end(
    tmp_path: Path, real_content: PackContent
) -> None:
    settings = Settings(token=FAKE_TOKEN, database_path=tmp_path / "new.sqlite3", shard_count=1)
    async with open_app(settings, [real_content]) as app:
        assert await app.db.fetchrow("SELECT slug FROM pack") is not None
        assert app.pack == real_content.pack
        assert len(app.catalogue.tracks) == len(real_content.pack.tracks)
        assert len(app.bank.questions) > len(real_content.trivia)
    await assert_closed(app.db)


async def test_open_app_serves_the_pack_as_the_database_holds_it(
    settings: Settings, real_content: PackContent
) -> None:
    """Files read as unchanged (the same fingerprints) are not stored again: what the bot serves is
    read back from the database, not taken from what it was given."""
    given = dataclasses.replace(real_content.pack, title="Not What The Database Holds")
    async with open_app(settings, [dataclasses.replace(real_content, pack=given)]) as app:
        assert app.pack.title == real_content.pack.title
        assert app.pack == real_content.pack


async def test_a_start_with_unchanged_packs_waits_for_no_other_program(
    settings: Settings, real_content: PackContent
) -> None:
    """Nothing to store: the start only reads (one snapshot), so another program holding the write
    lock (a live bot beside ``python -m bot sync``) does not stop it."""
    await (await SqliteDatabase.open(settings.database_path)).close()  # in WAL mode, as after any start
    holder = sqlite3.connect(settings.database_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        async with open_app(settings, [real_content], busy_timeout=0.1) as app:
            assert app.pack == real_content.pack
    finally:
        holder.rollback()
        holder.close()


async def test_open_app_closes_the_database_when_the_block_raises(
    settings: Settings, real_content: PackContent
) -> None:
    with pytest.raises(RuntimeError, match="the bot crashed"):
        async with open_app(settings, [real_content]) as app:
            raise RuntimeError("the bot crashed")
    await assert_closed(app.db)


async def test_open_app_refuses_a_pack_not_installed_before_the_database_is_touched(
    tmp_path: Path, real_content: PackContent
) -> None:
    path = tmp_path / "never.sqlite3"
    settings = Settings(token=FAKE_TOKEN, database_path=path, shard_count=1)
    with pytest.raises(PackError, match="'her' is not installed"):
        async with open_app(settings, [real_content], pack="her"):
            pytest.fail("the app opened")
    assert not path.exists()


async def test_app_builds_the_bot_from_its_parts(settings: Settings, real_content: PackContent) -> None:
    async with open_app(settings, [real_content]) as app:
        bot = app.bot(settings, mode="sync")
        assert (bot.db, bot.pack, bot.catalogue, bot.bank) == (app.db, app.pack, app.catalogue, app.bank)
        assert bot.settings is settings and bot.mode == "sync"


# -- stop_on_signals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_stop_signal_closes_the_running_bot(simcord_env: simcord.Env, sig: signal.Signals) -> None:
    bot = simcord_env.bot
    assert not bot.is_closed()
    # Were the signal not caught, it would be ignored (not end the test run) and the bot stay open.
    previous = signal.signal(sig, signal.SIG_IGN)
    try:
        with stop_on_signals(bot):
            os.kill(os.getpid(), sig)
            for _ in range(100):
                await asyncio.sleep(0)
                if bot.is_closed():
                    break
            await simcord_env.settle()
    finally:
        signal.signal(sig, previous)
    assert bot.is_closed()
    loop = asyncio.get_running_loop()
    assert not loop.remove_signal_handler(signal.SIGINT)  # the handlers went with the block
    assert not loop.remove_signal_handler(signal.SIGTERM)
