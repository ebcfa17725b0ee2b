"""The catalogue repository: reading cards and names back, each within its own pack."""

from __future__ import annotations

from bot.db.catalogue import CatalogueRepository
from bot.domain.pack import Pack


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


async def test_the_album_card_has_each_facts_section_and_face_and_each_sources_date(
    repo: CatalogueRepository, real_pack: Pack
) -> None:
    album = await repo.album("im-here")
    assert album is not None
    assert [(f.key, f.section, f.face) for f in album.facts] == [
        (f.key, f.section, f.face) for f in real_pack.facts
    ]
    assert ("film", "The film", True) in [(f.key, f.section, f.face) for f in album.facts]
    assert ("premiere", "The film", False) in [(f.key, f.section, f.face) for f in album.facts]
    sources = {s.key: s for s in real_pack.sources}
    assert list(album.sources) == [sources[s.key] for s in album.sources]  # every field, the date too
    dates = {s.key: s.date for s in album.sources}
    assert dates["GIGWISE"] == "12 August 2010" and dates["BUST"] is None
    track = await repo.track("im-here", 1)
    assert track is not None
    assert {s.key: s.date for s in track.sources}["IJRAT"] == "4 September 2010"


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
