"""Shared fixtures: a real SQLite database with the real pack, and the real bot under SimCord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import discord
import pytest
import simcord

from bot.catalogue import Catalogue
from bot.client import SoundtrackBot
from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.domain.pack import Pack, read_pack
from bot.embeds import TOTAL_LIMIT
from bot.errors import UserFacingError
from bot.settings import PACKS_DIR, Settings

TESTS = Path(__file__).resolve().parent
TEST_PACKS = TESTS / "data" / "packs"
FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


@pytest.fixture(scope="session")
def real_pack() -> Pack:
    return read_pack(PACKS_DIR / "im-here")


@pytest.fixture(scope="session")
def second_pack() -> Pack:
    return read_pack(TEST_PACKS / "test-pack")


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "bot.sqlite3")
    yield database
    await database.close()


@pytest.fixture
async def repo(db: Database, real_pack: Pack) -> CatalogueRepository:
    repository = CatalogueRepository(db)
    await repository.load_packs([real_pack])
    return repository


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(token=FAKE_TOKEN, database_path=tmp_path / "bot.sqlite3")


@pytest.fixture
async def simcord_bot(settings: Settings, db: Database, repo: CatalogueRepository) -> SoundtrackBot:
    # Not freezing the heap: in one test process, every test's garbage would be frozen with it.
    return SoundtrackBot(
        settings=settings, db=db, catalogue=await Catalogue.open(repo, "im-here"), freeze_heap_at_ready=False
    )


@dataclass
class Server:
    """A synced bot in a guild with a channel and a member, ready to be used."""

    env: simcord.Env
    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    member: simcord.MemberActor

    def user_errors(self) -> list[str]:
        """Acknowledge the errors the bot's handler answered, asserting they were all user-facing."""
        errors = self.env.errors
        assert all(isinstance(e, UserFacingError) for e in errors), errors
        return [e.message for e in errors if isinstance(e, UserFacingError)]


@pytest.fixture
async def server(simcord_env: simcord.Env) -> Server:
    await simcord_env.bot.tree.sync()
    guild = simcord_env.create_guild("I'm Here fans")
    channel = guild.create_text_channel("soundtrack")
    member = guild.add_member(simcord_env.create_user("sheldon"))
    return Server(simcord_env, guild, channel, member)


def assert_within_discord_limits(embed: discord.Embed) -> None:
    assert len(embed) <= TOTAL_LIMIT
    assert len(embed.fields) <= 25
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    for field in embed.fields:
        assert 0 < len(field.name) <= 256
        assert 0 < len(field.value) <= 1024
