"""Writing a pack into the catalogue tables: the whole of it, and again when it was written by an older
layout. (When a pack is stored, in one transaction, is the repository's: see test_repository.py.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.db import Database, SqliteDatabase
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.domain.content import PackContent
from bot.domain.pack import PackError, read_pack
from bot.settings import PACKS_DIR


async def test_fresh_load_stores_the_whole_pack(db: Database, real_content: PackContent) -> None:
    real_pack = real_content.pack
    packs, repo = PackRepository(db), CatalogueRepository(db)
    assert await packs.store_packs([real_content]) == ["im-here"]
    assert [t.title for t in (await repo.track_list("im-here")).lines][:2] == [
        "There Are Many of Us",
        "Beautiful Life",
    ]
    album = await repo.album("im-here")
    assert album is not None and album.track_count == 9
    rows = await db.fetch("SELECT count(*) FROM quote")
    assert rows[0][0] == len(real_pack.quotes)


async def test_broken_pack_is_refused_before_the_database_is_touched(
    tmp_path: Path, real_content: PackContent
) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await SqliteDatabase.open(path)
    await PackRepository(db).store_packs([real_content])
    await db.close()
    before = path.read_bytes()
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    (folder / "tracks.toml").write_text(
        (folder / "tracks.toml").read_text().replace("position = 3", "position = 2")
    )
    with pytest.raises(PackError, match="position"):
        read_pack(folder)
    assert path.read_bytes() == before


async def test_a_pack_stored_by_an_older_layout_is_reloaded(db: Database, real_content: PackContent) -> None:
    """Unchanged files, but stored before the title sources were: the next start stores them."""
    real_pack = real_content.pack
    packs, repo = PackRepository(db), CatalogueRepository(db)
    await packs.store_packs([real_content])
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM subject_source WHERE subject LIKE 'title:%'")
        await conn.execute(
            "UPDATE pack SET fingerprint = ?", (real_pack.fingerprint,)
        )  # as older code stored it
    assert (await repo.track("im-here", 9)).titled_by == ()
    assert await packs.store_packs([real_content]) == ["im-here"]
    assert (await repo.track("im-here", 9)).titled_by == ("IJRAT",)
