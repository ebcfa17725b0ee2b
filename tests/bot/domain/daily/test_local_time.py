"""Times and time zones as people type them: unit cases and hypothesis properties."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.daily.local_time import (
    _FIXED,
    LocalTimeError,
    at_time,
    parse_clock,
    parse_zone,
    suggest_zones,
    zone_label,
)
from bot.domain.daily.schedule import timezone_names


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("9", dt.time(9)),
        ("9am", dt.time(9)),
        ("9 AM", dt.time(9)),
        ("9:30 pm", dt.time(21, 30)),
        ("9.30p.m.", dt.time(21, 30)),
        ("21:30", dt.time(21, 30)),
        ("21h30", dt.time(21, 30)),
        ("09:05", dt.time(9, 5)),
        ("12am", dt.time(0)),
        ("12pm", dt.time(12)),
        ("noon", dt.time(12)),
        ("Midnight", dt.time(0)),
    ],
)
def test_times_people_type(typed: str, time: dt.time) -> None:
    assert parse_clock(typed) == time


@pytest.mark.parametrize("typed", ["24", "25:00", "9:60", "13pm", "0am", "nine", "", "9:5", "9:30:00"])
def test_what_is_not_a_time_is_refused_with_examples(typed: str) -> None:
    with pytest.raises(LocalTimeError, match="Try 9, 9am, 9:30 pm or 21:30"):
        parse_clock(typed)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from([":", ".", "h", " : "]))
def test_every_24_hour_time_reads_as_itself(hour: int, minute: int, separator: str) -> None:
    assert parse_clock(f"{hour}{separator}{minute:02d}") == dt.time(hour, minute)
    assert parse_clock(f"{hour:02d}{separator}{minute:02d}") == dt.time(hour, minute)


@given(
    st.integers(1, 12), st.integers(0, 59), st.sampled_from(["am", "AM", " am", "a.m.", "pm", " PM", "p.m."])
)
def test_every_12_hour_time_reads_as_its_24_hour_time(hour: int, minute: int, half: str) -> None:
    afternoon = "p" in half.casefold()
    assert parse_clock(f"{hour}:{minute:02d}{half}") == dt.time(hour % 12 + (12 if afternoon else 0), minute)


@given(st.text(max_size=30))
def test_any_text_is_a_time_or_a_clear_refusal(typed: str) -> None:
    refusal = ""
    try:
        parse_clock(typed)
    except LocalTimeError as exc:
        refusal = str(exc)
    assert refusal == "" or "isn't a time I can read" in refusal


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Paris", "Europe/Paris"),
        ("new york", "America/New_York"),
        ("Tokyo", "Asia/Tokyo"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        ("Japan", "Asia/Tokyo"),
        ("France", "Europe/Paris"),
        ("San Francisco", "America/Los_Angeles"),
    ],
)
def test_places_are_read_as_their_zone_and_said_back(typed: str, zone: str) -> None:
    chosen = parse_zone(typed)
    assert chosen.zone.key == zone
    assert chosen.note == f"“{typed}” read as {zone}."


def test_a_zone_name_in_any_case_is_itself_with_nothing_to_say() -> None:
    assert parse_zone("europe/paris").zone.key == "Europe/Paris"
    assert parse_zone(" UTC ").zone.key == "UTC"
    assert parse_zone("europe/paris").note == parse_zone("UTC").note == ""


@given(st.sampled_from([n for n in timezone_names() if "/" in n]))
def test_every_zone_name_reads_as_itself(name: str) -> None:
    assert parse_zone(name.upper()).zone.key == name


@given(st.sampled_from([n for n in timezone_names() if n.count("/") == 1 and not n.startswith("Etc/")]))
def test_every_city_reads_as_a_zone_of_that_city(name: str) -> None:
    city = name.rsplit("/", 1)[1].replace("_", " ")
    assert parse_zone(city.casefold()).zone.key.endswith("/" + name.rsplit("/", 1)[1])


@pytest.mark.parametrize("abbreviation", sorted(_FIXED))
def test_an_abbreviation_is_its_fixed_offset_with_a_note_naming_the_zone_that_follows_daylight_saving(
    abbreviation: str,
) -> None:
    hours, follows = _FIXED[abbreviation]
    chosen = parse_zone(abbreviation.lower())
    for month in (1, 7):  # winter and summer: the same offset
        assert dt.datetime(2026, month, 1, tzinfo=chosen.zone).utcoffset() == dt.timedelta(hours=hours)
    assert "all year round" in chosen.note
    assert chosen.note.endswith(f"with daylight saving, use {follows}.")
    assert chosen.at(dt.time(9)).endswith(f"({abbreviation}, no daylight saving)")
    assert "Etc/" not in chosen.at(dt.time(9)) + chosen.note
    zoneinfo.ZoneInfo(follows)  # a real zone


def test_est_is_said_as_its_offset_and_abbreviation_never_as_etc_gmt() -> None:
    chosen = parse_zone("EST")
    assert chosen.zone.key == "Etc/GMT+5"  # stored as the fixed offset it names
    assert chosen.at(dt.time(9)) == "09:00 UTC−5 (EST, no daylight saving)"
    assert chosen.note == (
        "EST is UTC−5 all year round. For the time in New York through the year, with daylight saving, "
        "use America/New_York."
    )
    assert parse_zone("AEST").at(dt.time(21, 30)) == "21:30 UTC+10 (AEST, no daylight saving)"
    assert parse_zone("gmt").at(dt.time(9)) == "09:00 UTC (GMT, no daylight saving)"


@pytest.mark.parametrize(
    ("key", "label", "said"),
    [
        ("Etc/GMT+5", "UTC−5", "09:00 UTC−5 (no daylight saving)"),
        ("Etc/GMT-14", "UTC+14", "09:00 UTC+14 (no daylight saving)"),
        ("Etc/UTC", "UTC", "09:00 UTC (no daylight saving)"),
        ("Europe/Paris", "Europe/Paris", "09:00 (Europe/Paris)"),
        ("UTC", "UTC", "09:00 (UTC)"),
    ],
)
def test_a_stored_zone_reads_the_way_round_people_read_it(key: str, label: str, said: str) -> None:
    assert zone_label(key) == label
    assert at_time(dt.time(9), key) == said


def _suggested(typed: str) -> list[str]:
    return [value for _, value in suggest_zones(typed)]


def test_an_abbreviation_suggests_itself_and_the_zone_with_daylight_saving_and_no_lookalikes() -> None:
    assert suggest_zones("EST")[:2] == [
        ("EST (UTC−5 all year, no daylight saving)", "EST"),
        ("America/New_York", "America/New_York"),
    ]
    for lookalike in ("America/Creston", "Australia/West", "Brazil/West", "Europe/Bucharest"):
        assert lookalike not in _suggested("EST")
    assert _suggested("pst")[:2] == ["PST", "America/Los_Angeles"]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("europe/pa", "Europe/Paris"),
        ("paris", "Europe/Paris"),
        ("new york", "America/New_York"),
        ("york", "America/New_York"),  # a word of the name
        ("japan", "Asia/Tokyo"),  # a country with one zone: its zone before the old name "Japan"
        ("us", "America/New_York"),  # a country with several: all of its zones
        ("", "UTC"),
    ],
)
def test_what_the_text_names_is_suggested_first(typed: str, first: str) -> None:
    assert _suggested(typed)[0] == first


def test_suggestions_fall_back_to_zones_containing_the_text_and_stop_at_25() -> None:
    assert _suggested("charest") == ["Europe/Bucharest"]  # only inside a word: nothing better
    assert _suggested("xyzzy") == []
    assert len(suggest_zones("a")) == 25
    assert suggest_zones("etc/gmt+5") == [("Etc/GMT+5 (UTC−5, no daylight saving)", "Etc/GMT+5")]


@given(st.one_of(st.text(max_size=12), st.sampled_from(timezone_names()).map(lambda n: n[: len(n) // 2])))
def test_every_suggestion_is_a_zone_parse_zone_reads(typed: str) -> None:
    for shown, value in suggest_zones(typed):
        assert 1 <= len(shown) <= 100 and len(value) <= 64  # Discord's limits for a choice
        parse_zone(value)


def test_a_country_with_several_zones_or_an_unknown_place_is_refused_with_what_to_type() -> None:
    with pytest.raises(LocalTimeError, match=r"has several time zones .*Type a city"):
        parse_zone("United States")
    with pytest.raises(LocalTimeError, match="isn't a time zone or a place I know"):
        parse_zone("Mars/Olympus")
    # A zone's own (old) name is read as that zone, though it names a country with several.
    assert parse_zone("Portugal").zone.key == "Portugal"
    with pytest.raises(LocalTimeError):
        parse_zone("../../etc/passwd")
