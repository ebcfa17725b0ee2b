"""The daily post's days, times and zones in each language: English as it always read, the others in
their own words (day names from Babel), with zone names and offsets left as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.daily.local_time import LocalTimeError, parse_clock, parse_zone
from bot.domain.daily.weekdays import EVERY_DAY, WEEKDAYS, WEEKENDS, WeekdaysError, mask, parse_weekdays
from bot.ui.i18n import ENGLISH, LOCALES, speaking
from cogs.daily.words import (
    at_chosen,
    at_time,
    clock,
    day_names,
    describe_days,
    local_time_error,
    weekdays_error,
    zone_choice_name,
    zone_note,
)
from tests.cogs.daily.test_locales import no_fallback

TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]


def _error(call: object, *args: str) -> Exception:
    try:
        call(*args)  # type: ignore[operator]
    except (LocalTimeError, WeekdaysError) as exc:
        return exc
    raise AssertionError("no error")


def test_english_reads_as_it_always_did() -> None:
    assert describe_days(EVERY_DAY) == "every day"
    assert describe_days(WEEKDAYS) == "on weekdays"
    assert describe_days(parse_weekdays("fri,mon,wed")) == "on Monday, Wednesday and Friday"
    assert describe_days(parse_weekdays("sat")) == "on Saturday"
    assert at_time(dt.time(9), "Europe/Paris") == "09:00 (Europe/Paris)"
    assert at_time(dt.time(9), "Etc/GMT+5") == "09:00 UTC−5 (no daylight saving)"
    assert at_chosen(parse_zone("EST"), dt.time(9)) == "09:00 UTC−5 (EST, no daylight saving)"
    assert zone_note(parse_zone("EST")) == (
        "EST is UTC−5 all year round. For the time in New York through the year, with daylight saving, "
        "use America/New_York."
    )
    assert zone_note(parse_zone("Japan")) == "“Japan” read as Asia/Tokyo."
    assert zone_note(parse_zone("Europe/Paris")) == zone_note(parse_zone("UTC")) == ""
    assert zone_choice_name("EST") == "EST (UTC−5 all year, no daylight saving)"
    assert zone_choice_name("Etc/GMT+5") == "Etc/GMT+5 (UTC−5, no daylight saving)"
    assert zone_choice_name("Europe/Paris") == "Europe/Paris"
    # The reasons a typed value is refused, word for word as the domain words them in English.
    for call, typed in ((parse_clock, "25:99"), (parse_zone, "usa"), (parse_zone, "Atlantis")):
        error = _error(call, typed)
        assert isinstance(error, LocalTimeError) and local_time_error(error) == str(error)
    for typed in ("xyz", ", ,"):
        error = _error(parse_weekdays, typed)
        assert isinstance(error, WeekdaysError) and weekdays_error(error) == str(error)


@pytest.mark.parametrize("locale", TRANSLATED)
def test_each_language_says_them_in_its_own_words(locale: str, caplog: pytest.LogCaptureFixture) -> None:
    english = {
        "days": [describe_days(m) for m in (EVERY_DAY, WEEKDAYS, WEEKENDS, mask([0, 2, 4]), mask([6]))],
        "notes": [zone_note(parse_zone("EST")), zone_note(parse_zone("Japan"))],
        "errors": [
            local_time_error(_error(parse_clock, "25:99")),  # type: ignore[arg-type]
            local_time_error(_error(parse_zone, "usa")),  # type: ignore[arg-type]
            weekdays_error(_error(parse_weekdays, "xyz")),  # type: ignore[arg-type]
        ],
    }
    with no_fallback(caplog), speaking(locale):
        days = [describe_days(m) for m in (EVERY_DAY, WEEKDAYS, WEEKENDS, mask([0, 2, 4]), mask([6]))]
        names = day_names()
        notes = [zone_note(parse_zone("EST")), zone_note(parse_zone("Japan"))]
        errors = [
            local_time_error(_error(parse_clock, "25:99")),  # type: ignore[arg-type]
            local_time_error(_error(parse_zone, "usa")),  # type: ignore[arg-type]
            weekdays_error(_error(parse_weekdays, "xyz")),  # type: ignore[arg-type]
        ]
        fixed = at_chosen(parse_zone("EST"), dt.time(21, 30))
        choice = zone_choice_name("EST")
        time = clock(dt.time(9, 5))
    assert all(a != b for a, b in zip(english["days"], days, strict=True))
    assert names[0] in days[3] and names[2] in days[3] and names[4] in days[3] and names[6] in days[4]
    assert "Monday" not in days[3]
    assert all(a != b for a, b in zip(english["notes"], notes, strict=True))
    assert all(a != b for a, b in zip(english["errors"], errors, strict=True))
    # Zone names, offsets and what was typed stay as they are.
    assert "America/New_York" in notes[0] and "UTC−5" in notes[0] and "Asia/Tokyo" in notes[1]
    assert "Japan" in notes[1] and "25:99" in errors[0] and "America/Chicago" in errors[1]
    assert "'xyz'" in errors[2] and "mon,wed,fri" in errors[2]  # what to type is read in English
    assert fixed.startswith("21:30 UTC−5") and "EST" in fixed and "no daylight saving" not in fixed
    assert choice.startswith("EST") and "UTC−5" in choice and len(choice) <= 100
    assert time == "09:05"
