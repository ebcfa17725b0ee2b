"""Which local days a server posts on: as typed, as stored, as shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.daily.weekdays import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    WeekdaysError,
    describe,
    includes,
    parse_weekdays,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("every day", EVERY_DAY),
        ("Weekdays", WEEKDAYS),
        ("weekends", WEEKENDS),
        ("mon,wed,fri", 0b0010101),
        ("Monday Wednesday, friday", 0b0010101),
        ("sun", 0b1000000),
        ("tu/th", 0b0001010),
    ],
)
def test_days_are_read_in_any_common_form(typed: str, expected: int) -> None:
    assert parse_weekdays(typed) == expected


@pytest.mark.parametrize("typed", ["funday", "m", ",,", "mon,xyz"])
def test_what_names_no_day_is_refused_with_the_forms_that_work(typed: str) -> None:
    with pytest.raises(WeekdaysError, match="weekdays, weekends, every day"):
        parse_weekdays(typed)


def test_days_read_back_as_words() -> None:
    assert describe(EVERY_DAY) == "every day"
    assert describe(WEEKDAYS) == "on weekdays"
    assert describe(parse_weekdays("fri,mon,wed")) == "on Monday, Wednesday and Friday"
    assert describe(parse_weekdays("sat")) == "on Saturday"


@given(st.sets(st.integers(0, 6), min_size=1))
def test_a_list_of_days_includes_exactly_those_days(days: set[int]) -> None:
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    weekdays = parse_weekdays(",".join(names[d] for d in days))
    assert {d for d in range(7) if includes(weekdays, d)} == days
