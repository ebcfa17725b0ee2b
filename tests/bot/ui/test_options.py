"""Track and artist options: what a submitted value resolves to, and what the user is told when it
resolves to nothing or to several things (the commands' own tests run these through SimCord)."""

from __future__ import annotations

import logging

import pytest

from bot.domain.catalogue.index import NameEntry, NameIndex
from bot.ui import i18n
from bot.ui.errors import UserFacingError
from bot.ui.i18n import ENGLISH, LOCALES, speaking
from bot.ui.options import choices, resolve

INDEX = NameIndex(
    [
        NameEntry("1", ("Lonesome Robot Theme",), 1),
        NameEntry("2", ("Robot Love",), 2),
        NameEntry("3", ("Robot Dance",), 3),
        NameEntry("4", ("Y.O.U.",), 4),
    ]
)


def _refusal(query: str) -> str:
    with pytest.raises(UserFacingError) as caught:
        resolve(INDEX, "track", query)
    return caught.value.message


def test_a_value_that_names_one_entry_resolves_to_it() -> None:
    assert resolve(INDEX, "track", "you").key == "4"
    assert resolve(INDEX, "track", "2").key == "2"  # a key, as autocomplete submits for long names


def test_several_equally_good_matches_are_named_and_the_user_asked() -> None:
    message = _refusal("robot")
    assert "matches more than one track: **Robot Love** or **Robot Dance**" in message
    assert "Which one did you mean?" in message


def test_a_near_miss_suggests_and_nothing_close_points_to_the_list() -> None:
    # ("love robot" is no near miss: every word starts a word of "Robot Love", which it finds.)
    assert resolve(INDEX, "track", "love robot").key == "2"
    # ("loev robot" is no near miss either: one slip from "love robot", its words in another order.)
    assert resolve(INDEX, "track", "loev robot").key == "2"
    assert "Did you mean **Robot Love** or **Robot Dance**?" in _refusal("robto")
    assert _refusal("zzzz").endswith("or see them all with /tracks.")


def test_the_echo_of_what_was_typed_cannot_format_or_ping() -> None:
    message = _refusal("**@everyone**")
    assert "@everyone" not in message.replace("@\u200beveryone", "")
    assert "\\*\\*" in message


def test_choices_fit_discord() -> None:
    assert [c.name for c in choices(INDEX, "track", "")] == [
        "Lonesome Robot Theme",
        "Robot Love",
        "Robot Dance",
        "Y.O.U.",
    ]
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices(INDEX, "track", "r" * 300))


ARTISTS = NameIndex([NameEntry("aska", ("Aska",), 1), NameEntry("asks", ("Asko",), 2)])


def _refusals(locale: str) -> list[str]:
    """The refusals a track or an artist option gives, in ``locale``: several matches, a near miss,
    nothing close."""
    refused = []
    with speaking(locale):
        for index, kind, query in (
            (INDEX, "track", "robot"),
            (INDEX, "track", "robto"),
            (INDEX, "track", "zzzz"),
            (ARTISTS, "artist", "ask"),
            (ARTISTS, "artist", "zzzz"),
        ):
            with pytest.raises(UserFacingError) as caught:
                resolve(index, kind, query)  # type: ignore[arg-type]
            refused.append(caught.value.message)
    return refused


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != ENGLISH])
def test_a_refusal_reads_in_the_users_language_with_the_names_as_they_are(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    i18n._missing.cache_clear()
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"):
        refused = _refusals(locale)
    assert not caplog.records
    english = _refusals(ENGLISH)
    for message, before in zip(refused, english, strict=True):
        assert message != before
        assert not any(w in message for w in ("couldn't find", "Which one", "Did you mean", "Pick one"))
    ambiguous, near, nothing, artists, no_artist = refused
    assert "**Robot Love**" in ambiguous and "**Robot Dance**" in ambiguous and "robot" in ambiguous
    assert "**Robot Love**" in near and "robto" in near
    assert "zzzz" in nothing and "/tracks" in nothing
    assert "**Aska**" in artists and "**Asko**" in artists
    assert "zzzz" in no_artist and "/tracks" not in no_artist


def test_more_matches_than_shown_are_counted_in_each_language() -> None:
    many = NameIndex([NameEntry(str(i), (f"Robot {i}",), i) for i in range(1, 9)])
    with speaking(ENGLISH), pytest.raises(UserFacingError) as caught:
        resolve(many, "track", "robot")
    assert "**Robot 4** or **Robot 5** (and 3 more). Which one" in caught.value.message
    with speaking("fr"), pytest.raises(UserFacingError) as caught:
        resolve(many, "track", "robot")
    assert "**Robot 4** ou **Robot 5** (et 3 autres). Lequel" in caught.value.message
    with speaking("ja"), pytest.raises(UserFacingError) as caught:
        resolve(many, "track", "robot")
    assert "**Robot 4**または**Robot 5**（ほか3件）" in caught.value.message
