"""The catalogue repository: storing packs (only those whose files changed, in one transaction, once
however many processes start together, never touching users' data) and reading cards, names and
whole packs back, each within its own pack."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from pathlib import Path

import pytest

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
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
    repo = CatalogueRepository(db)
    await repo.store_packs([real_content])
    before = await _snapshot(db)
    assert await repo.store_packs([real_content]) == []
    assert await _snapshot(db) == before  # not even loaded_at moved


async def test_changed_pack_is_applied(db: Database, real_content: PackContent, tmp_path: Path) -> None:
    repo = CatalogueRepository(db)
    await repo.store_packs([real_content])
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    tracks = folder / "tracks.toml"
    tracks.write_text(tracks.read_text().replace('title = "Y.O.U."', 'title = "Y.O.U. (edited)"'))
    assert await repo.store_packs(read_content([folder])) == ["im-here"]
    card = await repo.track("im-here", 7)
    assert card is not None and card.title == "Y.O.U. (edited)"
    counts = await db.fetch("SELECT count(*) FROM track WHERE pack = 'im-here'")
    assert counts[0][0] == 9  # replaced, not added to


async def test_reload_never_touches_users_data(db: Database, real_content: PackContent) -> None:
    """A table keyed by (pack, natural key), as user data must be, keeps its rows through a reload."""
    repo = CatalogueRepository(db)
    await repo.store_packs([real_content])
    async with db.transaction() as conn:
        await conn.execute("CREATE TABLE user_posted (guild INTEGER, pack TEXT, quote TEXT)")
        await conn.execute("INSERT INTO user_posted VALUES (1, 'im-here', 'bust-swoon')")
    changed = dataclasses.replace(real_content.pack, fingerprint="something else")
    assert await repo.store_packs([dataclasses.replace(real_content, pack=changed)]) == ["im-here"]
    rows = await db.fetch("SELECT * FROM user_posted")
    assert [tuple(r) for r in rows] == [(1, "im-here", "bust-swoon")]


async def test_failed_load_rolls_back_everything(db: Database, real_content: PackContent) -> None:
    real_pack = real_content.pack
    repo = CatalogueRepository(db)
    await repo.store_packs([real_content])
    before = await _snapshot(db)
    # A quote citing an unknown source passes no validation; here it reaches the database to prove
    # that a failure half-way through a load leaves the previous catalogue whole.
    bad_quote = dataclasses.replace(real_pack.quotes[0], source="NOT-A-SOURCE")
    bad = dataclasses.replace(real_pack, quotes=(*real_pack.quotes, bad_quote), fingerprint="bad")
    with pytest.raises(Exception, match=r"(?i)foreign key|unique"):
        await repo.store_packs([PackContent(bad, real_content.trivia)])
    assert await _snapshot(db) == before


async def test_two_packs_load_and_names_resolve_within_their_own_pack(
    db: Database, real_content: PackContent, second_pack: Pack
) -> None:
    repo = CatalogueRepository(db)
    assert await repo.store_packs([real_content, PackContent(second_pack)]) == ["im-here", "test-pack"]
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
    assert await repo.store_packs([real_content, PackContent(changed)]) == ["test-pack"]
    assert (await repo.album("im-here")) is not None


async def test_processes_starting_together_load_a_pack_once(
    postgres_cluster: PostgresCluster, real_content: PackContent
) -> None:
    url = await postgres_cluster.create_database("loaded_together")
    try:
        first, second = await PostgresDatabase.open(url), await PostgresDatabase.open(url)
        try:
            results = await asyncio.gather(
                CatalogueRepository(first).store_packs([real_content]),
                CatalogueRepository(second).store_packs([real_content]),
            )
            assert sorted(results) == [[], ["im-here"]]
            stored = await first.fetchrow("SELECT count(*) AS n FROM quote")
            assert stored["n"] == len(real_content.pack.quotes)
        finally:
            await first.close()
            await second.close()
    finally:
        await postgres_cluster.drop_database("loaded_together")


# -- reading cards and names ---------------------------------------------------------------------------


async def test_a_pack_or_entry_not_stored_reads_as_nothing(repo: CatalogueRepository) -> None:
    assert await repo.album("her") is None
    assert await repo.track("im-here", 10) is None
    assert await repo.artist("im-here", "nobody") is None
    assert len(await repo.track_list("her")) == 0
    assert await repo.track_names("her") == []
    assert await repo.artist_names("her") == []


async def test_the_album_card_has_the_facts_in_file_order_and_every_source_they_cite_once(
    repo: CatalogueRepository, real_pack: Pack
) -> None:
    album = await repo.album("im-here")
    assert album is not None
    assert (album.title, album.artist, album.track_count) == (real_pack.title, real_pack.artist, 9)
    assert [f.key for f in album.facts] == [f.key for f in real_pack.facts]
    assert [f.disputed for f in album.facts] == [f.disputed for f in real_pack.facts]
    release = next(f for f in album.facts if f.key == "release_date")
    assert release.date == real_pack.fact("release_date").date  # type: ignore[union-attr]
    cited = [k for f in album.facts for v in f.values for k in v.sources]
    assert [s.key for s in album.sources] == list(dict.fromkeys(cited))


async def test_a_track_card_cites_each_source_once_in_the_order_first_cited(
    repo: CatalogueRepository,
) -> None:
    reprise = await repo.track("im-here", 9)
    assert reprise is not None
    assert (reprise.listed_by, reprise.titled_by) == (("TMT", "IJRAT"), ("IJRAT",))
    assert [c.sources for c in reprise.credits] == [("TMT", "IJRAT"), ("PREFIX",)]
    assert [s.key for s in reprise.sources] == ["TMT", "IJRAT", "PREFIX"]
    machines = await repo.track("im-here", 3)
    assert machines is not None and machines.original is not None
    assert (machines.original.album, machines.original.year) == ("Treats", 2010)
    assert [s.key for s in machines.sources][-1] == "PHILLY-SB"  # cited by the original release alone
    for position in range(1, 10):
        card = await repo.track("im-here", position)
        assert card is not None
        claims = (*card.credits, *card.notes, *card.aliases)
        cited = [
            *card.listed_by,
            *card.titled_by,
            *(k for c in claims for k in c.sources),
            *(card.original.sources if card.original else ()),
            *(q.source.key for q in card.quotes),
        ]
        assert [s.key for s in card.sources] == list(dict.fromkeys(cited)), position


async def test_the_track_list_is_in_album_order_and_names_the_sources_its_lines_cite(
    repo: CatalogueRepository, real_pack: Pack
) -> None:
    tracks = await repo.track_list("im-here")
    assert [line.position for line in tracks.lines] == list(range(1, 10))
    names = {a.key: a.name for a in real_pack.artists}
    assert [line.artists for line in tracks.lines] == [
        tuple(names[key] for key in t.artists) for t in real_pack.tracks
    ]  # in the order tracks.toml lists them
    assert tracks.lines[0].artists == ("Aska", "The Lost Trees")
    assert [s.key for s in tracks.sources] == list(dict.fromkeys(k for t in tracks.lines for k in t.cited))


async def test_an_artist_card_parts_members_from_other_people_and_links_their_own_cards(
    repo: CatalogueRepository,
) -> None:
    spiegel = await repo.artist("im-here", "sam-spiegel")
    assert spiegel is not None
    assert spiegel.members == () and [p.name for p in spiegel.people] == ["Spike Jonze", "DJ Zegon"]
    assert [(r.key, r.name) for r in spiegel.linked] == [("spike-jonze", "Spike Jonze")]
    assert [t.position for t in spiegel.tracks] == [8, 9]
    trees = await repo.artist("im-here", "the-lost-trees")
    assert trees is not None and trees.members_disputed
    assert [m.name for m in trees.members] == ["Aska Matsumiya", "Flea", "Nick Zinner", "Nick Thelan"]
    assert [t.position for t in trees.tracks] == [1, 4]


async def test_track_names_are_the_title_its_spellings_its_credits_and_its_original_album(
    repo: CatalogueRepository,
) -> None:
    entries = {e.key: e for e in await repo.track_names("im-here")}
    assert list(entries) == [str(p) for p in range(1, 10)]
    machines = entries["3"]
    assert machines.names == ("A/B Machines", "Sleigh Bells", "Treats")
    assert machines.label == "3. A/B Machines — Sleigh Bells"
    assert machines.hints == (("Treats", "“A/B Machines” is from *Treats*."),)
    assert entries["7"].hints == ()


async def test_artist_names_list_artists_by_name_then_the_people_without_a_card_of_their_own(
    repo: CatalogueRepository,
) -> None:
    entries = await repo.artist_names("im-here")
    artists = [e for e in entries if e.refers_to is None]
    people = [e for e in entries if e.refers_to is not None]
    assert entries == [*artists, *people] and [e.order for e in entries] == list(range(len(entries)))
    assert [e.display for e in artists] == sorted((e.display for e in artists), key=str.casefold)
    assert [e.person for e in people] == sorted((e.person or "" for e in people), key=str.casefold)
    aska = next(e for e in artists if e.key == "aska")
    assert aska.names == ("Aska", "Aska Matsumiya", "ASKA")
    assert aska.label == "Aska (also Aska Matsumiya, ASKA)"
    zegon = next(e for e in people if e.person == "DJ Zegon")
    assert (zegon.key, zegon.refers_to, zegon.label) == (
        "sam-spiegel/1",
        "sam-spiegel",
        "DJ Zegon — Sam Spiegel",
    )
    assert zegon.names == ("DJ Zegon", "Ze Gonzales")
    # Spike Jonze, named on Sam Spiegel's card, has a card of his own: he is listed once, as an artist.
    assert [e.key for e in entries if "Spike Jonze" in e.names] == ["spike-jonze"]
