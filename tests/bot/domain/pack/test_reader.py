"""Reading a pack folder: the real pack is valid and faithful to its sources; what holds across its
files (every source cited is known and every source is cited, the track count, quotes found in their
reviews, one slug per pack, the fingerprint) is named by file, entry and field when broken.

The rules of one entry are in test_entries.py, of one field in test_toml.py, of evidence phrases in
test_evidence.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.pack import Artist, Fact, Pack, PackError, Track, read_pack, read_packs
from bot.settings import PACKS_DIR
from tests.bot.domain.pack.conftest import problem
from tests.conftest import SHARED, edit, shared

SEEDS = {
    "BUST": SHARED / "seeds" / "000_4245efe6758385b6.txt",
    "PREFIX": SHARED / "seeds" / "001_b3ef5662c73d773e.txt",
}
# Where each seed's review ends and site boilerplate begins (see shared/seeds/README.md).
BOILERPLATE_STARTS = {"BUST": "[video: 425×344]", "PREFIX": "Previous article"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_real_pack_is_valid(real_pack: Pack) -> None:
    assert real_pack.slug == "im-here"
    assert [t.position for t in real_pack.tracks] == list(range(1, 10))
    assert len(real_pack.quotes) >= 20


def test_every_quote_is_verbatim_review_text_not_boilerplate(real_pack: Pack) -> None:
    reviews = {}
    for key, path in SEEDS.items():
        text = shared(path).read_text(encoding="utf-8")
        reviews[key] = _flat(text.split(BOILERPLATE_STARTS[key])[0])
    for quote in real_pack.quotes:
        assert quote.source in reviews, quote.key
        assert quote.text in reviews[quote.source], f"{quote.key} is not verbatim from {quote.source}"


def test_quotes_are_linked_to_what_they_name(real_pack: Pack) -> None:
    titles = {t.position: t.title.casefold() for t in real_pack.tracks}
    for quote in real_pack.quotes:
        named = {p for p, title in titles.items() if f"“{title}" in quote.text.casefold()}
        assert named <= set(quote.tracks), f"{quote.key} names tracks {named} but links {quote.tracks}"


def _sources_of(fact: Fact | None) -> dict[str, tuple[str, ...]]:
    assert fact is not None and fact.disputed, fact
    return {v.text: v.sources for v in fact.values}


def _artist(pack: Pack, key: str) -> Artist:
    return next(a for a in pack.artists if a.key == key)


def _artist_fact(pack: Pack, artist: str, key: str) -> Fact | None:
    return next((f for f in _artist(pack, artist).facts if f.key == key), None)


def test_every_disagreement_in_the_facts_file_is_kept_with_each_value_and_its_sources(
    real_pack: Pack,
) -> None:
    assert _sources_of(real_pack.fact("runtime")) == {
        "30 min": ("TMT", "MOVIELINE"),
        "Half an hour": ("PREFIX", "MF"),
        "31 min": ("WP-FILM",),
        "35 min": ("BUST", "MOVIEFONE"),
    }
    score = _sources_of(real_pack.fact("score"))
    assert score["Sam Spiegel"] == ("WP-FILM", "BUST", "COS", "LAW-ASKA", "IMHERE-BLOG")
    assert score["Aska Matsumiya"] == ("MUSE", "BIRDWELL", "SEXFASH")
    assert ("AICN",) in _sources_of(real_pack.fact("premiere_date")).values()
    assert ("TMT",) in _sources_of(real_pack.fact("absolut_title")).values()
    form = _sources_of(real_pack.fact("release_form"))
    assert form["With the book “There Are Many of Us”"] == ("IJRAT", "SLASHFILM")
    assert form["A stand-alone release on 5 October"] == ("BUST", "COS", "GIGWISE")
    assert set(_sources_of(real_pack.fact("label_founded")).values()) == {
        ("WIKIA-CI", "MNT-CI"),
        ("ITWP-CI",),
        ("CHIREADER-CI",),
    }
    assert len(_sources_of(real_pack.fact("label_moved"))) == 2
    for artist, key in [
        ("aska", "born"),
        ("aska", "debut"),
        ("animal-collective", "formed"),
        ("animal-collective", "feels_day"),
        ("girls", "formed"),
        ("of-montreal", "original_length"),
    ]:
        assert len(_sources_of(_artist_fact(real_pack, artist, key))) >= 2, (artist, key)
    # Track 9: Sam Spiegel (TMT, IJRAT) against ASKA (PREFIX); COS's "two songs" is no track-9 credit.
    for position, readings in ((1, 3), (4, 3), (9, 2)):
        track = real_pack.tracks[position - 1]
        assert track.credits_disputed and len({c.sources for c in track.credits}) >= readings, position
    assert {c.sources for c in real_pack.tracks[8].credits} == {("TMT", "IJRAT"), ("PREFIX",)}
    trees = _artist(real_pack, "the-lost-trees")
    assert trees.members_disputed
    line_up = {m.name: m.sources for m in trees.members}
    assert "MF" not in line_up["Flea"] and "GIGWISE" not in line_up["Aska Matsumiya"]
    assert line_up["Nick Thelan"] == ("MF",)


def test_no_placeholder_source_and_every_source_is_cited_and_addressed(real_pack: Pack) -> None:
    assert "ASKA-BIOS" not in {s.key for s in real_pack.sources}
    for source in real_pack.sources:
        assert source.publication and source.title and source.link, source.key


SOURCE_DATES = {
    "IJRAT": "4 September 2010",
    "COS": "August 2010",
    "GIGWISE": "12 August 2010",
    "MF": "15 August 2010",
    "IMHERE-BLOG": "9 February 2010",
    "DQ": "October 2010",
    "SUNDANCE": "December 2009",
    "MOVIELINE": "22 January 2010",
    "MOVIEFONE": "22 January 2010",
    "COLLIDER": "21 January 2010",
    "MUSE": "c. 2021",
    "SEXFASH": "June 2011",
    "RA-CHROMO": "2007",
    "GUARDIAN-SB": "1 December 2009",
    "BBC-SB": "2010",
    "PHILLY-SB": "2 July 2010",
    "SKINNY-SB": "27 July 2010",
    "GRIZZLY": "22 January 2010",
    "WAPO-FEELS": "26 October 2005",
    "MATADOR": "22 June 2009",
    "TOP100": "8 July 2010",
}
"""Every source the facts file's "Source keys" dates, with its date as the facts file gives it (IJRAT's
2010-09-04 written out). LAW-ASKA ("during Sundance 2010; no date in the stored copy") is not dated."""


def test_every_source_the_facts_file_dates_has_that_date_and_its_title_is_its_own(real_pack: Pack) -> None:
    assert {s.key: s.date for s in real_pack.sources if s.date is not None} == SOURCE_DATES
    keys = shared(SHARED / "soundtrack-facts.md").read_text(encoding="utf-8").split("## Source keys")[1]
    lines = {
        line.split(":", 1)[0][2:]: line
        for line in keys.split("\n## ")[0].splitlines()
        if line.startswith("- ")
    }
    for key, date in SOURCE_DATES.items():
        assert (date if key != "IJRAT" else "2010-09-04") in lines[key], key
    # A date is the source's `date`, not a note in parentheses after its title.
    for source in real_pack.sources:
        assert not re.search(r"\([^)]*\b(?:19|20)\d\d\b[^)]*\)$", source.title or ""), source.key


def test_every_album_fact_has_a_section_and_the_card_face_shows_the_chosen_few(real_pack: Pack) -> None:
    sections = {f.key: f.section for f in real_pack.facts}
    assert set(sections.values()) == {"The release", "The film", "The label"}
    assert [f.key for f in real_pack.facts if f.section == "The label"] == [
        "label_founder",
        "label_founded",
        "label_moved",
    ]
    assert [f.key for f in real_pack.facts if f.face] == [
        "label",
        "release_date",
        "formats",
        "film",
        "director",
        "cast",
    ]
    assert all(f.section is None and not f.face for a in real_pack.artists for f in a.facts)


def test_a_sources_date_is_optional_text(broken: Path, second_pack: Pack) -> None:
    assert [s.date for s in second_pack.sources] == [None, "February 2020"]
    edit(broken / "sources.toml", 'date = "August 2010"', "date = 2010-08-01")
    edit(broken / "sources.toml", 'date = "12 August 2010"', 'date = " "')
    edit(
        broken / "sources.toml", 'address = "https://bust.com/', 'when = "2010"\naddress = "https://bust.com/'
    )
    message = problem(broken)
    assert "sources.toml, source 'COS', field 'date': must be a non-empty text" in message
    assert "sources.toml, source 'GIGWISE', field 'date': must be a non-empty text" in message
    assert "sources.toml, source 'BUST', field 'when': is not a field here" in message


def test_facts_the_file_no_longer_supports_are_gone(real_pack: Pack) -> None:
    aska = _artist(real_pack, "aska")
    texts = [v.text for f in aska.facts for v in f.values]
    assert not any("Later bands" in t for t in texts)
    # Moonrats and The Sads were her bands at the time of the film, and cite only who says so.
    bands = {v.text: v.sources for v in _artist_fact(real_pack, "aska", "bands").values}  # type: ignore[union-attr]
    assert bands["The Sads"] == ("LAW-ASKA", "IMHERE-BLOG")
    spiegel = _artist_fact(real_pack, "sam-spiegel", "nasa")
    assert spiegel is not None and "BUST" not in spiegel.values[0].sources
    for key in ("sleigh-bells", "animal-collective", "girls", "of-montreal"):
        artist = _artist(real_pack, key)
        assert artist.origin is not None and "IJRAT" not in artist.origin.sources, key


def test_a_title_source_must_be_a_known_source(broken: Path) -> None:
    edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["IJRAT", "NME"]')
    assert "unknown source 'NME'" in problem(broken)


def test_a_key_listed_twice_is_read_once_in_its_first_place(broken: Path) -> None:
    """Lists of keys hold each key once, as sources do (and as the database stores them)."""
    edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["IJRAT", "IJRAT"]')
    edit(
        broken / "tracks.toml",
        'title = "Lonesome Robot Theme"\nartists = ["sam-spiegel"]',
        'title = "Lonesome Robot Theme"\nartists = ["sam-spiegel", "sam-spiegel"]',
    )
    edit(broken / "quotes.toml", "tracks = [6, 4, 5]", "tracks = [6, 4, 6, 5]")
    edit(broken / "quotes.toml", 'artists = ["spike-jonze"]', 'artists = ["spike-jonze", "spike-jonze"]')
    pack = read_pack(broken)
    assert pack.tracks[8].title_sources == ("IJRAT",)
    assert pack.tracks[7].artists == ("sam-spiegel",)
    assert (6, 4, 5) in {q.tracks for q in pack.quotes}
    assert next(q for q in pack.quotes if q.key == "bust-sundance").artists == ("spike-jonze",)


def test_unknown_source_is_named(broken: Path) -> None:
    edit(
        broken / "artists.toml",
        'sources = ["GUARDIAN-SB", "FIRSTAVE-SB"]',
        'sources = ["NME", "FIRSTAVE-SB"]',
    )
    message = problem(broken)
    assert "artists.toml, artist 'sleigh-bells', field 'sources': unknown source 'NME'" in message


def test_a_source_cited_nowhere_is_refused(broken: Path) -> None:
    edit(
        broken / "sources.toml",
        "[[sources]]",
        '[[sources]]\nkey = "UNUSED"\npublication = "Nobody"\n\n[[sources]]',
    )
    assert "sources.toml, source 'UNUSED', field 'key': is cited nowhere in the pack" in problem(broken)


def test_track_count_fact_must_match_the_tracks(broken: Path) -> None:
    edit(
        broken / "album.toml",
        '{ text = "9", sources = ["BUST", "TMT"]',
        '{ text = "10", sources = ["BUST", "TMT"]',
    )
    assert "says 10 tracks but tracks.toml lists 9" in problem(broken)


# -- quotes, and the review texts the pack ships ------------------------------------------------------


def test_a_quote_not_in_its_review_is_named(broken: Path) -> None:
    edit(broken / "quotes.toml", "packs a serious punch", "packs a big punch")
    assert "quotes.toml, quote 'bust-foolproof', field 'text': “And of course" in problem(broken)


def test_the_shipped_reviews_are_the_seed_texts_without_site_boilerplate() -> None:
    for key, path in SEEDS.items():
        review = PACKS_DIR / "im-here" / "reviews" / f"{key.lower()}.txt"
        seed = shared(path).read_text(encoding="utf-8").split(BOILERPLATE_STARTS[key])[0]
        assert _flat(review.read_text(encoding="utf-8")) == _flat(seed)
        assert "Previous article" not in review.read_text() and "Newsletter" not in review.read_text()


def test_every_problem_is_reported_at_once(broken: Path) -> None:
    edit(broken / "tracks.toml", 'artists = ["girls"]', 'artists = ["boys"]')
    edit(broken / "quotes.toml", 'source = "PREFIX"', 'source = "NOPE"')
    with pytest.raises(PackError) as caught:
        read_pack(broken)
    assert len(caught.value.problems) == 2


def test_two_packs_with_one_slug_are_refused(broken: Path) -> None:
    with pytest.raises(PackError, match="'im-here' is used by 2 packs"):
        read_packs([PACKS_DIR / "im-here", broken])


def test_fingerprint_follows_the_files(broken: Path, real_pack: Pack) -> None:
    assert read_pack(broken).fingerprint == real_pack.fingerprint
    edit(broken / "quotes.toml", "Nothing makes me swoon", "Nothing makes me  swoon")
    assert read_pack(broken).fingerprint != real_pack.fingerprint
    edit(broken / "reviews" / "bust.txt", "Nothing makes me", "Nothing makes  me")
    assert read_pack(broken).fingerprint != real_pack.fingerprint


def test_the_film_and_what_the_pack_is_about_are_optional_fields(
    broken: Path, real_pack: Pack, second_pack: Pack
) -> None:
    assert real_pack.film == "I'm Here"
    assert real_pack.about is not None and real_pack.about.startswith("the soundtrack of")
    assert second_pack.film is None and second_pack.about is None
    edit(broken / "album.toml", 'film = "I\'m Here"', "film = 2010")
    assert "album.toml, album, field 'film': must be a non-empty text" in problem(broken)


def _artist_evidence(a: Artist) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
    for c in (*a.aliases, *((a.origin,) if a.origin else ())):
        yield a.key, c.evidence
    for f in a.facts:
        for v in f.values:
            yield f"{a.key} {f.key}", v.evidence
    for person in (*a.members, *a.people):
        yield person.name, person.evidence
        for c in (*person.aliases, *person.about):
            yield person.name, c.evidence


def _track_evidence(t: Track) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
    yield t.title, t.evidence
    for c in (*t.credits, *t.notes, *t.aliases):
        yield t.title, c.evidence
    if t.original:
        yield t.title, t.original.evidence


def _evidence(pack: Pack) -> list[tuple[str, str, str]]:
    """(where, source, phrase) for every evidence phrase in the pack."""
    places = [(f"album {f.key}", v.evidence) for f in pack.facts for v in f.values]
    for a in pack.artists:
        places.extend(_artist_evidence(a))
    for t in pack.tracks:
        places.extend(_track_evidence(t))
    return [(where, key, phrase) for where, evidence in places for key, phrase in evidence]


def test_evidence_from_pages_the_pack_does_not_ship_is_as_the_facts_file_records_it(real_pack: Pack) -> None:
    """The facts file quotes each page it cites; a phrase for a page the pack does not ship must be one
    of those quotes (quotation marks inside it read alike)."""
    facts = _flat(shared(SHARED / "soundtrack-facts.md").read_text(encoding="utf-8"))
    facts = facts.replace("’", "'").replace('"', "'")
    phrases = [e for e in _evidence(real_pack) if e[1] not in real_pack.reviews]
    assert len(phrases) > 200
    for where, key, phrase in phrases:
        plain = _flat(phrase).replace("’", "'").replace("“", "'").replace("”", "'").replace('"', "'")
        assert plain in facts, (where, key, phrase)
