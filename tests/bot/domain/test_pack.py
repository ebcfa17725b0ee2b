"""The data packs: the real pack is valid and faithful to its sources; broken packs say where."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.domain.pack import Pack, PackError, read_pack, read_packs
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


def test_disputed_facts_keep_every_value_with_its_source(real_pack: Pack) -> None:
    runtime = real_pack.fact("runtime")
    assert runtime is not None and runtime.disputed
    assert {v.text: v.sources for v in runtime.values} == {
        "30 min": ("TMT", "PREFIX"),
        "31 min": ("WP-FILM",),
        "35 min": ("BUST",),
    }
    score = real_pack.fact("score")
    assert score is not None and score.disputed and len(score.values) == 2
    track9 = real_pack.tracks[8]
    assert track9.credits_disputed
    assert {c.sources for c in track9.credits} == {("TMT", "IJRAT"), ("PREFIX",)}


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
        'sources = ["IJRAT"]\norigin = "Brooklyn"',
        'sources = ["NME"]\norigin = "Brooklyn"',
    )
    message = _problem(broken)
    assert "artists.toml, artist 'sleigh-bells', field 'sources': unknown source 'NME'" in message


def test_a_value_without_a_source_is_refused(broken: Path) -> None:
    _edit(
        broken / "album.toml", '{ text = "Aska", sources = ["ASKA-BIOS"] }', '{ text = "Aska", sources = [] }'
    )
    assert "fact 'score', values #2, field 'sources': is empty" in _problem(broken)


def test_track_count_fact_must_match_the_tracks(broken: Path) -> None:
    _edit(
        broken / "album.toml",
        '{ text = "9", sources = ["BUST", "TMT"] }',
        '{ text = "10", sources = ["BUST"] }',
    )
    assert "says 10 tracks but tracks.toml lists 9" in _problem(broken)


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


def test_the_film_and_what_the_pack_is_about_are_optional_fields(
    broken: Path, real_pack: Pack, second_pack: Pack
) -> None:
    assert real_pack.film == "I'm Here"
    assert real_pack.about is not None and real_pack.about.startswith("the soundtrack of")
    assert second_pack.film is None and second_pack.about is None
    _edit(broken / "album.toml", 'film = "I\'m Here"', "film = 2010")
    assert "album.toml, album, field 'film': must be a non-empty text" in _problem(broken)
