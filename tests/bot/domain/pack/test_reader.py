"""The data packs: the real pack is valid and faithful to its sources; broken packs say where."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.pack import Artist, Fact, Pack, PackError, Track, read_pack, read_packs
from bot.settings import PACKS_DIR
from tests.conftest import SHARED, shared

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
    first = _sources_of(real_pack.fact("first_release"))
    assert first["With the book “There Are Many of Us”"] == ("IJRAT", "SLASHFILM")
    assert first["A stand-alone CD, released on 5 October"] == ("BUST", "COS", "GIGWISE")
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


def test_release_date_is_a_real_date(real_pack: Pack) -> None:
    fact = real_pack.fact("release_date")
    assert fact is not None and fact.date is not None
    assert fact.date.isoformat() == "2010-10-05"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A writable copy of the real pack to break."""
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problem(folder: Path) -> str:
    with pytest.raises(PackError) as caught:
        read_pack(folder)
    return str(caught.value)


def test_missing_field_names_file_entry_and_field(broken: Path) -> None:
    _edit(broken / "tracks.toml", 'title = "Y.O.U."\n', "")
    message = _problem(broken)
    assert "tracks.toml" in message
    assert "track #7" in message
    assert "field 'title': is missing" in message


def test_unknown_artist_on_a_track_is_named(broken: Path) -> None:
    _edit(broken / "tracks.toml", 'artists = ["girls"]', 'artists = ["boys"]')
    message = _problem(broken)
    assert re.search(
        r"tracks\.toml, track 'Hellhole Ratrace', field 'artists': unknown artist 'boys'", message
    )


def test_duplicate_position_is_named(broken: Path) -> None:
    _edit(broken / "tracks.toml", "position = 7", "position = 6")
    message = _problem(broken)
    assert "track 'Y.O.U.', field 'position': 6 is used by another entry too" in message


def test_title_sources_that_share_no_source_with_the_listing_are_named(broken: Path) -> None:
    _edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["PREFIX"]')
    message = _problem(broken)
    assert "track 'There Are Many of Us (Electric Dream Reprise)', field 'title_sources'" in message


def test_a_title_source_must_be_a_known_source(broken: Path) -> None:
    _edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["IJRAT", "NME"]')
    assert "unknown source 'NME'" in _problem(broken)


def test_a_key_listed_twice_is_read_once_in_its_first_place(broken: Path) -> None:
    """Lists of keys hold each key once, as sources do (and as the database stores them)."""
    _edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["IJRAT", "IJRAT"]')
    _edit(
        broken / "tracks.toml",
        'title = "Lonesome Robot Theme"\nartists = ["sam-spiegel"]',
        'title = "Lonesome Robot Theme"\nartists = ["sam-spiegel", "sam-spiegel"]',
    )
    _edit(broken / "quotes.toml", "tracks = [6, 4, 5]", "tracks = [6, 4, 6, 5]")
    _edit(broken / "quotes.toml", 'artists = ["spike-jonze"]', 'artists = ["spike-jonze", "spike-jonze"]')
    pack = read_pack(broken)
    assert pack.tracks[8].title_sources == ("IJRAT",)
    assert pack.tracks[7].artists == ("sam-spiegel",)
    assert (6, 4, 5) in {q.tracks for q in pack.quotes}
    assert next(q for q in pack.quotes if q.key == "bust-sundance").artists == ("spike-jonze",)


def test_impossible_date_is_reported_with_its_file(broken: Path) -> None:
    _edit(broken / "album.toml", "date = 2010-10-05", "date = 2010-13-05")
    message = _problem(broken)
    assert "album.toml" in message
    assert "not valid TOML" in message


def test_malformed_date_text_names_fact_and_field(broken: Path) -> None:
    _edit(broken / "album.toml", "date = 2010-10-05", 'date = "5th of October"')
    message = _problem(broken)
    assert "album.toml, fact 'release_date', values #1, field 'date'" in message


def test_unknown_source_is_named(broken: Path) -> None:
    _edit(
        broken / "artists.toml",
        'sources = ["GUARDIAN-SB", "FIRSTAVE-SB"]',
        'sources = ["NME", "FIRSTAVE-SB"]',
    )
    message = _problem(broken)
    assert "artists.toml, artist 'sleigh-bells', field 'sources': unknown source 'NME'" in message


def test_a_value_without_a_source_is_refused(broken: Path) -> None:
    _edit(
        broken / "album.toml",
        '{ text = "31 min", sources = ["WP-FILM"] }',
        '{ text = "31 min", sources = [] }',
    )
    assert "fact 'runtime', values #3, field 'sources': is empty" in _problem(broken)


def test_a_source_cited_nowhere_is_refused(broken: Path) -> None:
    _edit(
        broken / "sources.toml",
        "[[sources]]",
        '[[sources]]\nkey = "UNUSED"\npublication = "Nobody"\n\n[[sources]]',
    )
    assert "sources.toml, source 'UNUSED', field 'key': is cited nowhere in the pack" in _problem(broken)


def test_track_count_fact_must_match_the_tracks(broken: Path) -> None:
    _edit(
        broken / "album.toml",
        '{ text = "9", sources = ["BUST", "TMT"]',
        '{ text = "10", sources = ["BUST", "TMT"]',
    )
    assert "says 10 tracks but tracks.toml lists 9" in _problem(broken)


# -- evidence: every value citing a review the pack ships carries a phrase found in that review ----------


def test_a_broken_evidence_phrase_is_named_by_file_entry_and_field(broken: Path) -> None:
    _edit(
        broken / "artists.toml",
        'BUST = "makes her debut on this record"',
        'BUST = "makes her debut on this album"',
    )
    assert (
        "artists.toml, artist 'aska', fact 'debut', values #1, field 'evidence.BUST': "
        "“makes her debut on this album” is not in BUST's text (reviews/bust.txt), word for word"
    ) in _problem(broken)


def test_evidence_is_whitespace_insensitive_and_reads_curly_quotes_as_straight(broken: Path) -> None:
    spaced, straight = "is   actually an\nalternate take", "Of Montreal's schizophrenic epic"
    spaced_toml = 'PREFIX = "is   actually an\\nalternate take"'  # a TOML escape: a line break
    _edit(broken / "tracks.toml", 'PREFIX = "is actually an alternate take"', spaced_toml)
    _edit(broken / "artists.toml", 'PREFIX = "Of Montreal’s schizophrenic epic"', f'PREFIX = "{straight}"')
    pack = read_pack(broken)  # accepted: neither change alters a word of the review
    [track] = [t for t in pack.tracks if t.position == 4]
    assert ("PREFIX", spaced) in {e for n in track.notes for e in n.evidence}
    [montreal] = [a for a in pack.artists if a.key == "of-montreal"]
    assert ("PREFIX", straight) in {e for a in montreal.aliases for e in a.evidence}
    # The same tolerance does not stretch to a changed word.
    _edit(
        broken / "tracks.toml",
        spaced_toml,
        'PREFIX = "is actually an other take"',
    )
    assert "“is actually an other take” is not in PREFIX's text" in _problem(broken)


def test_a_credit_citing_a_shipped_review_without_evidence_is_refused(broken: Path) -> None:
    _edit(
        broken / "tracks.toml",
        ', evidence = { PREFIX = "Two versions of “There Are Many of Us,” by a project called ASKA" }',
        "",
    )
    assert (
        "tracks.toml, track 'There Are Many of Us', credits #5, field 'evidence': cites PREFIX, whose text "
        "the pack ships (reviews/prefix.txt), so it needs an evidence phrase from it"
    ) in _problem(broken)


def test_evidence_for_a_source_the_value_does_not_cite_is_refused(broken: Path) -> None:
    _edit(
        broken / "album.toml",
        'evidence = { BUST = "the 9 track play list" }',
        'evidence = { PREFIX = "the 9 track play list" }',
    )
    message = _problem(broken)
    assert "fact 'track_count', values #1, field 'evidence': gives a phrase for 'PREFIX'" in message


def test_a_quote_not_in_its_review_is_named(broken: Path) -> None:
    _edit(broken / "quotes.toml", "packs a serious punch", "packs a big punch")
    assert "quotes.toml, quote 'bust-foolproof', field 'text': “And of course" in _problem(broken)


def test_an_inference_needs_no_phrase_but_says_so(real_pack: Pack) -> None:
    year = real_pack.fact("release_year")
    assert year is not None and all(v.inference and not v.evidence for v in year.values)


def test_the_shipped_reviews_are_the_seed_texts_without_site_boilerplate() -> None:
    for key, path in SEEDS.items():
        review = PACKS_DIR / "im-here" / "reviews" / f"{key.lower()}.txt"
        seed = shared(path).read_text(encoding="utf-8").split(BOILERPLATE_STARTS[key])[0]
        assert _flat(review.read_text(encoding="utf-8")) == _flat(seed)
        assert "Previous article" not in review.read_text() and "Newsletter" not in review.read_text()


def test_every_problem_is_reported_at_once(broken: Path) -> None:
    _edit(broken / "tracks.toml", 'artists = ["girls"]', 'artists = ["boys"]')
    _edit(broken / "quotes.toml", 'source = "PREFIX"', 'source = "NOPE"')
    with pytest.raises(PackError) as caught:
        read_pack(broken)
    assert len(caught.value.problems) == 2


def test_two_packs_with_one_slug_are_refused(broken: Path) -> None:
    with pytest.raises(PackError, match="'im-here' is used by 2 packs"):
        read_packs([PACKS_DIR / "im-here", broken])


def test_fingerprint_follows_the_files(broken: Path, real_pack: Pack) -> None:
    assert read_pack(broken).fingerprint == real_pack.fingerprint
    _edit(broken / "quotes.toml", "Nothing makes me swoon", "Nothing makes me  swoon")
    assert read_pack(broken).fingerprint != real_pack.fingerprint
    _edit(broken / "reviews" / "bust.txt", "Nothing makes me", "Nothing makes  me")
    assert read_pack(broken).fingerprint != real_pack.fingerprint


def test_a_field_the_entry_does_not_have_is_named_not_ignored(broken: Path) -> None:
    # An artist has no sources of its own any more: each value cites its own.
    _edit(broken / "artists.toml", 'key = "girls"\n', 'key = "girls"\nsources = ["WP-GIRLS"]\n')
    assert "artists.toml, artist 'girls', field 'sources': is not a field here" in _problem(broken)


def test_the_film_and_what_the_pack_is_about_are_optional_fields(
    broken: Path, real_pack: Pack, second_pack: Pack
) -> None:
    assert real_pack.film == "I'm Here"
    assert real_pack.about is not None and real_pack.about.startswith("the soundtrack of")
    assert second_pack.film is None and second_pack.about is None
    _edit(broken / "album.toml", 'film = "I\'m Here"', "film = 2010")
    assert "album.toml, album, field 'film': must be a non-empty text" in _problem(broken)


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


def test_check_data_fails_on_a_broken_phrase_naming_file_entry_and_field(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import EXIT_DATA, check_data

    _edit(
        broken / "tracks.toml",
        'PREFIX = "is actually an alternate take"',
        'PREFIX = "is really an alternate take"',
    )
    assert check_data([broken]) == EXIT_DATA
    err = capsys.readouterr().err
    assert (
        "tracks.toml, track 'The Past Is a Grotesque Animal', notes #1, field 'evidence.PREFIX': "
        "“is really an alternate take” is not in PREFIX's text (reviews/prefix.txt), word for word"
    ) in err
