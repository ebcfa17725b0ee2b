"""The pack repository: storing packs (only those whose files changed, in one transaction, once
however many processes start together, never touching users' data)."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from pathlib import Path

import pytest

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.db.postgres import PostgresDatabase
from bot.domain.catalogue.index import NameIndex, Outcome
from bot.domain.content import PackContent, read_content
from bot.domain.pack import Pack
from bot.settings import PACKS_DIR
from tests.postgres import PostgresCluster

TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    "postgres": "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
}


async def _snapshot(db: Database) -> dict[str, list[tuple]]:
    out = {}
    for (name,) in await db.fetch(TABLES[db.dialect]):
        rows = await db.fetch(f"SELECT * FROM {name}")  # table names from the database's own catalogue
        out[name] = sorted(tuple(r) for r in rows)
    return out


async def test_unchanged_pack_is_skipped(db: Database, real_content: PackContent) -> None:
    packs = PackRepository(db)
    CatalogueRepository(db)
    await packs.store_packs([real_content])
    before = await _snapshot(db)
    assert await packs.store_packs([real_content]) == []
    assert await _snapshot(db) == before  # not even loaded_at moved


async def test_changed_pack_is_applied(db: Database, real_content: PackContent, tmp_path: Path) -> None:
    packs = PackRepository(db)
    repo = CatalogueRepository(db)
    await packs.store_packs([real_content])
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    tracks = folder / "tracks.toml"
    tracks.write_text(tracks.read_text().replace('title = "Y.O.U."', 'title = "Y.O.U. (edited)"'))
    assert await packs.store_packs(read_content([folder])) == ["im-here"]
    card = await repo.track("im-here", 7)
    assert card is not None and card.title == "Y.O.U. (edited)"
    counts = await db.fetch("SELECT count(*) FROM track WHERE pack = 'im-here'")
    assert counts[0][0] == 9  # replaced, not added to


async def test_reload_never_touches_users_data(db: Database, real_content: PackContent) -> None:
    """A table keyed by (pack, natural key), as user data must be, keeps its rows through a reload."""
    packs = PackRepository(db)
    CatalogueRepository(db)
    await packs.store_packs([real_content])
    async with db.transaction() as conn:
        await conn.execute("CREATE TABLE user_posted (guild INTEGER, pack TEXT, quote TEXT)")
        await conn.execute("INSERT INTO user_posted VALUES (1, 'im-here', 'bust-swoon')")
    changed = dataclasses.replace(real_content.pack, fingerprint="something else")
    assert await packs.store_packs([dataclasses.replace(real_content, pack=changed)]) == ["im-here"]
    rows = await db.fetch("SELECT * FROM user_posted")
    assert [tuple(r) for r in rows] == [(1, "im-here", "bust-swoon")]


async def test_failed_load_rolls_back_everything(db: Database, real_content: PackContent) -> None:
    real_pack = real_content.pack
    packs = PackRepository(db)
    CatalogueRepository(db)
    await packs.store_packs([real_content])
    before = await _snapshot(db)
    # A quote citing an unknown source passes no validation; here it reaches the database to prove
    # that a failure half-way through a load leaves the previous catalogue whole.
    bad_quote = dataclasses.replace(real_pack.quotes[0], source="NOT-A-SOURCE")
    bad = dataclasses.replace(real_pack, quotes=(*real_pack.quotes, bad_quote), fingerprint="bad")
    with pytest.raises(Exception, match=r"(?i)foreign key|unique"):
        await packs.store_packs([PackContent(bad, real_content.trivia)])
    assert await _snapshot(db) == before


async def test_two_packs_load_and_names_resolve_within_their_own_pack(
    db: Database, real_content: PackContent, second_pack: Pack
) -> None:
    packs = PackRepository(db)
    repo = CatalogueRepository(db)
    assert await packs.store_packs([real_content, PackContent(second_pack)]) == ["im-here", "test-pack"]
    assert [r["slug"] for r in await db.fetch("SELECT slug FROM pack ORDER BY slug")] == [
        "im-here",
        "test-pack",
    ]

    real_artists = NameIndex(await repo.artist_names("im-here"))
    test_artists = NameIndex(await repo.artist_names("test-pack"))
    # Both packs have an artist keyed "aska"; each index answers with its own.
    assert real_artists.resolve("aska").entry.display == "Aska"
    assert test_artists.resolve("aska").entry.display == "Aska Test Ensemble"
    assert test_artists.resolve("ATE").entry.key == "aska"
    assert real_artists.resolve("ATE").outcome is not Outcome.FOUND

    test_tracks = NameIndex(await repo.track_names("test-pack"))
    assert test_tracks.resolve("beautiful").entry.display == "Beautiful Test"
    assert NameIndex(await repo.track_names("im-here")).resolve("beautiful").entry.display == "Beautiful Life"

    card = await repo.artist("test-pack", "aska")
    assert card is not None
    assert [t.title for t in card.tracks] == ["Opening Test", "Closing Test"]
    assert [q.key for q in card.quotes] == ["t1-opening"]
    real_card = await repo.artist("im-here", "aska")
    assert real_card is not None and "t1-opening" not in {q.key for q in real_card.quotes}

    # Reloading one pack leaves the other alone.
    changed = dataclasses.replace(second_pack, fingerprint="changed")
    assert await packs.store_packs([real_content, PackContent(changed)]) == ["test-pack"]
    assert (await repo.album("im-here")) is not None


async def test_processes_starting_together_load_a_pack_once(
    postgres_cluster: PostgresCluster, real_content: PackContent
) -> None:
    url = await postgres_cluster.create_database("loaded_together")
    try:
        first, second = await PostgresDatabase.open(url), await PostgresDatabase.open(url)
        try:
            results = await asyncio.gather(
                PackRepository(first).store_packs([real_content]),
                PackRepository(second).store_packs([real_content]),
            )
            assert sorted(results) == [[], ["im-here"]]
            stored = await first.fetchrow("SELECT count(*) AS n FROM quote")
            assert stored["n"] == len(real_content.pack.quotes)
        finally:
            await first.close()
            await second.close()
    finally:
        await postgres_cluster.drop_database("loaded_together")
