"""Track and artist options: what a submitted value resolves to, and what the user is told when it
resolves to nothing or to several things (the commands' own tests run these through SimCord)."""

from __future__ import annotations

import pytest

from bot.domain.catalogue.index import NameEntry, NameIndex
from bot.ui.errors import UserFacingError
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
