"""Seasons are calendar months in the server's time."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.trivia.seasons import Season, season_at

NEW_YEAR = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_a_season_is_the_month_in_the_servers_zone() -> None:
    la = season_at(NEW_YEAR, "America/Los_Angeles")
    assert (la.key, (la.year, la.month)) == ("2025-12", (2025, 12))
    assert la.end == dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
    assert season_at(NEW_YEAR, None).key == "2026-01"
    assert season_at(NEW_YEAR, "Asia/Tokyo").start == dt.datetime(2025, 12, 31, 15, tzinfo=dt.UTC)


def test_an_unknown_zone_is_utc() -> None:
    assert season_at(NEW_YEAR, "Mars/Olympus").bounds == (NEW_YEAR, dt.datetime(2026, 2, 1, tzinfo=dt.UTC))


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))  # noqa: DTZ001
def test_seasons_follow_one_another_without_a_gap(moment: dt.datetime) -> None:
    now = moment.replace(tzinfo=dt.UTC)
    season = season_at(now, "Europe/Paris")
    assert season.start <= now < season.end
    assert season.previous().end == season.start and season.following().start == season.end
    assert season.previous().following() == season == Season(season.year, season.month, "Europe/Paris")
