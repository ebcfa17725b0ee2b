"""How the daily tables store an instant: ISO 8601 in UTC, to the second, read back as the same instant."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from bot.db.daily.records import instant, iso_seconds


def test_an_instant_is_stored_in_utc_to_the_second() -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    moment = dt.datetime(2026, 6, 1, 11, 0, 5, 999_999, tzinfo=paris)
    assert iso_seconds(moment) == "2026-06-01T09:00:05+00:00"
    assert instant(None) is None and instant("") is None


@given(st.datetimes(timezones=st.just(dt.UTC)))
def test_an_instant_reads_back_as_stored_less_its_fraction_of_a_second(moment: dt.datetime) -> None:
    assert instant(iso_seconds(moment)) == moment.replace(microsecond=0)
