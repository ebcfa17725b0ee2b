"""The TOML reader every data file shares: each bad field becomes a problem naming its file, entry and
field, and reading goes on so that every problem is reported at once."""

from __future__ import annotations

from pathlib import Path

from bot.domain.pack import Pack
from tests.bot.domain.pack.conftest import edit, problem


def test_impossible_date_is_reported_with_its_file(broken: Path) -> None:
    edit(broken / "album.toml", "date = 2010-10-05", "date = 2010-13-05")
    message = problem(broken)
    assert "album.toml" in message
    assert "not valid TOML" in message


def test_a_value_without_a_source_is_refused(broken: Path) -> None:
    edit(
        broken / "album.toml",
        '{ text = "31 min", sources = ["WP-FILM"] }',
        '{ text = "31 min", sources = [] }',
    )
    assert "fact 'runtime', values #3, field 'sources': is empty" in problem(broken)


def test_a_broken_evidence_phrase_is_named_by_file_entry_and_field(broken: Path) -> None:
    edit(
        broken / "artists.toml",
        'BUST = "makes her debut on this record"',
        'BUST = "makes her debut on this album"',
    )
    assert (
        "artists.toml, artist 'aska', fact 'debut', values #1, field 'evidence.BUST': "
        "“makes her debut on this album” is not in BUST's text (reviews/bust.txt), word for word"
    ) in problem(broken)


def test_a_credit_citing_a_shipped_review_without_evidence_is_refused(broken: Path) -> None:
    edit(
        broken / "tracks.toml",
        ', evidence = { PREFIX = "Two versions of “There Are Many of Us,” by a project called ASKA" }',
        "",
    )
    assert (
        "tracks.toml, track 'There Are Many of Us', credits #5, field 'evidence': cites PREFIX, whose text "
        "the pack ships (reviews/prefix.txt), so it needs an evidence phrase from it"
    ) in problem(broken)


def test_evidence_for_a_source_the_value_does_not_cite_is_refused(broken: Path) -> None:
    edit(
        broken / "album.toml",
        'evidence = { BUST = "the 9 track play list" }',
        'evidence = { PREFIX = "the 9 track play list" }',
    )
    message = problem(broken)
    assert "fact 'track_count', values #1, field 'evidence': gives a phrase for 'PREFIX'" in message


def test_an_inference_needs_no_phrase_but_says_so(real_pack: Pack) -> None:
    year = real_pack.fact("release_year")
    assert year is not None and all(v.inference and not v.evidence for v in year.values)


def test_a_field_the_entry_does_not_have_is_named_not_ignored(broken: Path) -> None:
    # An artist has no sources of its own any more: each value cites its own.
    edit(broken / "artists.toml", 'key = "girls"\n', 'key = "girls"\nsources = ["WP-GIRLS"]\n')
    assert "artists.toml, artist 'girls', field 'sources': is not a field here" in problem(broken)
