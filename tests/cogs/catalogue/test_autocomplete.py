"""What /track and /artist suggest as you type, through SimCord's autocomplete: what submitting the
typed text would open comes first (the suggestions come from the same resolver), and a strong match
is not followed by weak ones (issue 22, items 1 and 2)."""

from __future__ import annotations

import pytest

from tests.conftest import Server
from tests.layouts import texts

NINE = "There Are Many of Us (Electric Dream Reprise)"


async def _opened(server: Server, command: str, option: str, typed: str) -> str:
    """The title of the card submitting ``typed`` opens."""
    result = await server.member.slash(server.channel, command, **{option: typed})
    assert not result.ephemeral, result.response.content
    return texts(result.response)[0].split("\n")[0]


@pytest.mark.parametrize("typed", ["track 9", "9", "#9", "nine", "no. 9", "Track #9", "the ninth track"])
async def test_a_track_typed_by_its_number_is_suggested_first(server: Server, typed: str) -> None:
    # Issue 22: "track 9" suggested "3. A/B Machines" as well; "nine" and "no. 9" suggested nothing.
    choices = await server.member.autocomplete(server.channel, "track", "title", typed)
    # Track 9's credit is disputed: its suggestion names no side of it.
    assert choices == [{"name": f"9. {NINE}", "value": NINE}]
    assert await _opened(server, "track", "title", choices[0]["value"]) == f"## 9. {NINE}"


@pytest.mark.parametrize(
    ("command", "option", "typed"),
    [
        ("track", "title", "1"),  # track 9 names "tracks 1 and 9" in a credit: the number comes first
        ("track", "title", "track 4"),
        ("track", "title", "treats"),
        ("track", "title", "remix"),
        ("track", "title", "hellhole rat race"),
        ("artist", "name", "aska & the lost trees"),  # a credit as printed: its first artist
        ("artist", "name", "of montreal feat. the lost trees"),
        ("artist", "name", "gui burrato"),
        ("artist", "name", "flea"),
        ("artist", "name", "nick zimmer"),
    ],
)
async def test_the_first_suggestion_opens_what_submitting_the_typed_text_opens(
    server: Server, command: str, option: str, typed: str
) -> None:
    choices = await server.member.autocomplete(server.channel, command, option, typed)
    opened = await _opened(server, command, option, typed)
    assert await _opened(server, command, option, choices[0]["value"]) == opened


@pytest.mark.parametrize(
    ("command", "option", "typed", "shown"),
    [
        # Issue 22: "kevin barnes" also offered "DJ Zegon — Sam Spiegel"; "hellhole" also offered
        # "1. There Are Many of Us".
        ("artist", "name", "kevin barnes", ["Kevin Barnes — of Montreal"]),
        ("track", "title", "hellhole", ["6. Hellhole Ratrace — Girls"]),
        ("artist", "name", "squeak", ["Sam Spiegel (also Squeak E. Clean)"]),
        ("artist", "name", "lost", ["The Lost Trees (also The Lost Trees Band)"]),
    ],
)
async def test_a_strong_match_is_not_followed_by_weak_ones(
    server: Server, command: str, option: str, typed: str, shown: list[str]
) -> None:
    choices = await server.member.autocomplete(server.channel, command, option, typed)
    assert [c["name"] for c in choices] == shown


async def test_without_a_strong_match_the_near_ones_are_still_offered_best_first(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "track", "title", "grotesqe anmal")
    assert choices[0]["value"] == "The Past Is a Grotesque Animal"
