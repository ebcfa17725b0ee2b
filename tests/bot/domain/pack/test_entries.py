"""A pack's entries: facts (with the release date), artists with their people, and tracks, each
problem named by file, entry and field."""

from __future__ import annotations

import re
from pathlib import Path

from bot.domain.pack import Pack
from tests.bot.domain.pack.conftest import edit, problem


def test_missing_field_names_file_entry_and_field(broken: Path) -> None:
    edit(broken / "tracks.toml", 'title = "Y.O.U."\n', "")
    message = problem(broken)
    assert "tracks.toml" in message
    assert "track #7" in message
    assert "field 'title': is missing" in message


def test_unknown_artist_on_a_track_is_named(broken: Path) -> None:
    edit(broken / "tracks.toml", 'artists = ["girls"]', 'artists = ["boys"]')
    message = problem(broken)
    assert re.search(
        r"tracks\.toml, track 'Hellhole Ratrace', field 'artists': unknown artist 'boys'", message
    )


def test_duplicate_position_is_named(broken: Path) -> None:
    edit(broken / "tracks.toml", "position = 7", "position = 6")
    message = problem(broken)
    assert "track 'Y.O.U.', field 'position': 6 is used by another entry too" in message


def test_title_sources_that_share_no_source_with_the_listing_are_named(broken: Path) -> None:
    edit(broken / "tracks.toml", 'title_sources = ["IJRAT"]', 'title_sources = ["PREFIX"]')
    message = problem(broken)
    assert "track 'There Are Many of Us (Electric Dream Reprise)', field 'title_sources'" in message


def test_release_date_is_a_real_date(real_pack: Pack) -> None:
    fact = real_pack.fact("release_date")
    assert fact is not None and fact.date is not None
    assert fact.date.isoformat() == "2010-10-05"


def test_malformed_date_text_names_fact_and_field(broken: Path) -> None:
    edit(broken / "album.toml", "date = 2010-10-05", 'date = "5th of October"')
    message = problem(broken)
    assert "album.toml, fact 'release_date', values #1, field 'date'" in message
