"""A pack's entries: facts (with the release date, and an album fact's section and face), artists with
their people, and tracks, each problem named by file, entry and field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from bot.domain.pack import Pack, TomlReader, read_fact
from bot.domain.pack.entries import SECTION_LIMIT, read_artists, read_tracks
from tests.bot.domain.pack.conftest import problem
from tests.conftest import edit


def messages(reader: TomlReader) -> list[str]:
    return [str(p) for p in reader.problems]


def _value(text: str, source: str = "BUST", **more: Any) -> dict[str, Any]:
    return {"text": text, "sources": [source], "evidence": {source: text}, **more}


def test_a_fact_needs_a_value_and_a_disputed_one_every_disputed_value() -> None:
    reader = TomlReader("album.toml", [])
    assert read_fact(reader, {"key": "label", "label": "Label", "values": []}, "fact #1") is None
    lone = {"key": "runtime", "label": "Runtime", "disputed": True, "values": [_value("30 min")]}
    fact = read_fact(reader, lone, "fact #2")
    assert fact is not None and fact.disputed and fact.date is None
    assert messages(reader) == [
        "album.toml, fact 'label', field 'values': needs at least one value",
        "album.toml, fact 'runtime', field 'values': is marked disputed, so it needs every disputed value "
        "(two or more)",
    ]


def test_the_release_date_is_read_from_a_toml_date_or_its_iso_text_and_is_required() -> None:
    reader = TomlReader("album.toml", [])

    def release(date: object) -> dict[str, Any]:
        value = _value("5 October 2010") if date is None else _value("5 October 2010", date=date)
        return {"key": "release_date", "label": "Release date", "values": [value]}

    assert read_fact(reader, release(dt.date(2010, 10, 5)), "fact #1").date == dt.date(2010, 10, 5)  # type: ignore[union-attr]
    assert read_fact(reader, release("2010-10-05"), "fact #2").date == dt.date(2010, 10, 5)  # type: ignore[union-attr]
    assert reader.problems == []
    assert read_fact(reader, release(None), "fact #3").date is None  # type: ignore[union-attr]
    morning = dt.datetime(2010, 10, 5, 9, tzinfo=dt.UTC)  # a TOML date-time: not a day
    assert read_fact(reader, release(morning), "fact #4").date is None  # type: ignore[union-attr]
    assert messages(reader) == [
        "album.toml, fact 'release_date', values #1, field 'date': is missing (YYYY-MM-DD)",
        f"album.toml, fact 'release_date', values #1, field 'date': {morning!r} is not a date (YYYY-MM-DD)",
    ]


def test_an_album_fact_has_an_optional_section_and_face_read_and_checked() -> None:
    reader = TomlReader("album.toml", [])

    def fact(key: str, **more: Any) -> dict[str, Any]:
        return {"key": key, "label": key.title(), "values": [_value("x")], **more}

    plain = read_fact(reader, fact("plain"), "fact #1", album=True)
    assert plain is not None and (plain.section, plain.face) == (None, False)
    shown = read_fact(reader, fact("shown", section="  The film ", face=True), "fact #2", album=True)
    assert shown is not None and (shown.section, shown.face) == ("The film", True)
    assert reader.problems == []
    longest = "x" * SECTION_LIMIT
    assert read_fact(reader, fact("long", section=longest), "fact #3", album=True).section == longest  # type: ignore[union-attr]
    bad = [{"section": ""}, {"section": 3}, {"section": longest + "y"}, {"face": "yes"}]
    for i, fields in enumerate(bad, start=4):
        read_fact(reader, fact(f"bad-{i}", **fields), f"fact #{i}", album=True)
    assert messages(reader) == [
        "album.toml, fact 'bad-4', field 'section': must be a non-empty text",
        "album.toml, fact 'bad-5', field 'section': must be a non-empty text",
        "album.toml, fact 'bad-6', field 'section': must be 60 characters or fewer, not 61",
        "album.toml, fact 'bad-7', field 'face': must be true or false",
    ]


def test_an_artists_fact_has_no_section_or_face() -> None:
    """Only the album card groups its facts and puts some on its face: an artist's fact names neither."""
    reader = TomlReader("artists.toml", [])
    raw = {
        "artists": [
            {
                "key": "band",
                "name": "The Band",
                "facts": [
                    {
                        "key": "formed",
                        "label": "Formed",
                        "section": "Early days",
                        "face": True,
                        "values": [_value("2008")],
                    }
                ],
            }
        ]
    }
    [band] = read_artists(reader, raw)
    assert [(f.key, f.section, f.face) for f in band.facts] == [("formed", None, False)]
    fields = "fields: disputed, key, label, values"
    assert messages(reader) == [
        f"artists.toml, artist 'band', fact 'formed', field 'section': is not a field here ({fields})",
        f"artists.toml, artist 'band', fact 'formed', field 'face': is not a field here ({fields})",
    ]


def test_an_artists_people_name_known_artists_and_a_disputed_line_up_disagrees() -> None:
    reader = TomlReader("artists.toml", [])
    raw = {
        "artists": [
            {
                "key": "band",
                "name": "The Band",
                "members_disputed": True,
                "members": [
                    {"name": "Ann", "sources": ["BUST"], "evidence": {"BUST": "Ann"}},
                    {"name": "Bob", "sources": ["BUST"], "evidence": {"BUST": "Bob"}},
                ],
                "people": [{"name": "Cy", "sources": ["TMT"], "unquoted": ["TMT"], "artist": "nobody"}],
                "facts": [
                    {"key": "formed", "label": "Formed", "values": [_value("2008")]},
                    {"key": "formed", "label": "Formed", "values": [_value("2009")]},
                ],
            }
        ]
    }
    [band] = read_artists(reader, raw)
    assert [p.name for p in band.members] == ["Ann", "Bob"] and all(p.member for p in band.members)
    assert [(p.name, p.member, p.artist) for p in band.people] == [("Cy", False, "nobody")]
    assert messages(reader) == [
        "artists.toml, artist 'band', fact 'formed', field 'key': 'formed' is used by another entry too",
        "artists.toml, artist 'band', field 'members_disputed': the members' sources all agree: "
        "nothing is disputed",
        "artists.toml, artist 'band', person 'Cy', field 'artist': unknown artist 'nobody'",
    ]


def test_a_track_has_a_position_from_one_artists_and_a_plausible_original_release() -> None:
    reader = TomlReader("tracks.toml", [])
    raw = {
        "tracks": [
            {"position": 0, "title": "Intro", "sources": ["TMT"], "evidence": {"TMT": "01."}},
            {
                "position": 2,
                "title": "Cover",
                "artists": ["band"],
                "sources": ["TMT"],
                "evidence": {"TMT": "02."},
                "original": {"album": "Old Songs", "year": 1850, "sources": ["TMT"], "unquoted": ["TMT"]},
            },
        ]
    }
    intro, cover = read_tracks(reader, raw, {"band"})
    assert (intro.position, intro.artists) == (0, ())
    assert cover.original is None
    assert messages(reader) == [
        "tracks.toml, track 'Intro', field 'position': must be 1 or more, not 0",
        "tracks.toml, track 'Intro', field 'artists': is missing",
        "tracks.toml, track 'Cover', original, field 'year': 1850 is not a plausible year",
    ]


def test_an_original_releases_part_cites_only_its_sources_and_every_source_states_a_part() -> None:
    reader = TomlReader("tracks.toml", [])
    original = {
        "album": "Old Songs",
        "year": 2001,
        "sources": ["TMT", "COS"],
        "evidence": {"TMT": "01.", "COS": "1."},
        "album_sources": ["TMT"],
        "label_sources": ["TMT"],
        "year_sources": ["NME"],
        "note_sources": [],
    }
    raw = {
        "tracks": [
            {
                "position": 1,
                "title": "Old",
                "artists": [],
                "sources": ["TMT"],
                "evidence": {"TMT": "x"},
                "original": original,
            }
        ]
    }
    [old] = read_tracks(reader, raw, set())
    assert old.original is not None and old.original.sources_of("album") == ("TMT",)
    assert messages(reader) == [
        "tracks.toml, track 'Old', original, field 'year_sources': 'NME' is not in sources",
        "tracks.toml, track 'Old', original, field 'note_sources': is empty: the part needs at least one source",
        "tracks.toml, track 'Old', original, field 'sources': 'COS' states no part of the release",
    ]


# -- through the real pack's files ---------------------------------------------------------------------


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


def test_a_bad_section_or_face_names_the_album_fact_and_field(broken: Path) -> None:
    edit(broken / "album.toml", 'section = "The film"\nface = true', 'section = ""\nface = 1')
    message = problem(broken)
    assert "album.toml, fact 'film', field 'section': must be a non-empty text" in message
    assert "album.toml, fact 'film', field 'face': must be true or false" in message


def test_a_section_or_face_on_an_artists_fact_is_refused(broken: Path) -> None:
    edit(broken / "artists.toml", "[[artists.facts]]\n", '[[artists.facts]]\nsection = "The band"\n')
    assert re.search(
        r"artists\.toml, artist '[a-z-]+', fact '[a-z_-]+', field 'section': is not a field here",
        problem(broken),
    )
