"""The name resolver: every spelling the sources use, the ranking, and that no input can break it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.db.catalogue import CatalogueRepository
from bot.domain.catalogue.index import (
    FUZZY_MATCH,
    MAX_CHOICE_LENGTH,
    NameEntry,
    NameIndex,
    Outcome,
    Tier,
)


@pytest.fixture
async def tracks(repo: CatalogueRepository) -> NameIndex:
    return NameIndex(await repo.track_names("im-here"))


@pytest.fixture
async def artists(repo: CatalogueRepository) -> NameIndex:
    return NameIndex(await repo.artist_names("im-here"))


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("hellhole rat race", "Hellhole Ratrace"),
        ("HELLHOLE RATRACE", "Hellhole Ratrace"),
        ("did you see the worlds", "Did You See the Words"),
        ("electric dream", "There Are Many of Us (Electric Dream Reprise)"),
        ("past is a grotesque animal", "The Past Is a Grotesque Animal"),
        ("The Past Is A Grotesque Animal!", "The Past Is a Grotesque Animal"),
        ("there are many of us", "There Are Many of Us"),
        ("you", "Y.O.U."),
        ("Y.O.U", "Y.O.U."),
        ("ab machines", "A/B Machines"),
        ("a-b machines", "A/B Machines"),
        ("lonesome robot", "Lonesome Robot Theme"),
        ("7", "Y.O.U."),
    ],
)
def test_track_spellings_resolve(tracks: NameIndex, typed: str, title: str) -> None:
    resolution = tracks.resolve(typed)
    assert resolution.outcome is Outcome.FOUND, resolution
    assert resolution.entry.display == title


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("gui burrato", "Gui Boratto"),
        ("Gui Borratto", "Gui Boratto"),
        ("gui boratto", "Gui Boratto"),
        ("squeak e clean", "Sam Spiegel"),
        ("Squeak E. Clean", "Sam Spiegel"),
        ("the lost trees", "The Lost Trees"),
        ("lost trees", "The Lost Trees"),
        ("ASKA", "Aska"),
        ("aska matsumiya", "Aska"),
        ("Of Montreal", "of Montreal"),
        ("animal collective", "Animal Collective"),
        ("adam spiegel", "Spike Jonze"),
        ("sléigh bélls", "Sleigh Bells"),
    ],
)
def test_artist_spellings_resolve(artists: NameIndex, typed: str, name: str) -> None:
    resolution = artists.resolve(typed)
    assert resolution.outcome is Outcome.FOUND, resolution
    assert resolution.entry.display == name


def test_two_equally_good_matches_are_ambiguous(tracks: NameIndex) -> None:
    resolution = tracks.resolve("many of us")
    assert resolution.outcome is Outcome.AMBIGUOUS
    assert {m.entry.key for m in resolution.matches} == {"1", "9"}


def test_exact_title_beats_a_longer_title_it_is_the_start_of(tracks: NameIndex) -> None:
    assert tracks.resolve("There Are Many of Us").entry.key == "1"


def test_nothing_close_offers_at_most_three_suggestions(tracks: NameIndex) -> None:
    far = tracks.resolve("qqqqqqqq")
    assert far.outcome is Outcome.MISSING
    assert far.matches == ()
    near = tracks.resolve("lonsome robbot theem song")
    assert near.outcome is Outcome.MISSING
    assert 1 <= len(near.matches) <= 3
    assert near.matches[0].entry.display == "Lonesome Robot Theme"


def test_empty_input_suggests_tracks_in_album_order(tracks: NameIndex) -> None:
    assert [m.entry.key for m in tracks.suggest("")] == [str(n) for n in range(1, 10)]


def test_empty_input_suggests_artists_by_name_then_the_people_they_name(artists: NameIndex) -> None:
    entries = [m.entry for m in artists.suggest("")]
    cards = [e.display for e in entries if e.refers_to is None]
    people = [e.display for e in entries if e.refers_to is not None]
    assert cards == sorted(cards, key=str.casefold) and cards[0] == "Animal Collective"
    assert entries.index(next(e for e in entries if e.refers_to)) == len(cards)
    assert people == sorted(people, key=str.casefold)


def test_ranking_is_prefix_then_word_prefix_then_substring_then_fuzzy() -> None:
    index = NameIndex(
        [
            NameEntry("a", ("Fuzzy Ladder",), 0),
            NameEntry("b", ("Old Ladders",), 1),
            NameEntry("c", ("The Ladder Song",), 2),
            NameEntry("d", ("Ladder Days",), 3),
            NameEntry("e", ("Bladders",), 4),
            NameEntry("f", ("Lader",), 5),
            NameEntry("g", ("Lqadderz",), 6),
        ]
    )
    ranked = index.suggest("ladder")
    assert [(m.entry.key, m.tier) for m in ranked] == [
        ("d", Tier.PREFIX),
        ("a", Tier.WORD_PREFIX),
        ("b", Tier.WORD_PREFIX),
        ("c", Tier.WORD_PREFIX),
        ("e", Tier.SUBSTRING),
        ("f", Tier.FUZZY),
        ("g", Tier.FUZZY),
    ]
    # A submitted value one slip from a whole name is that name, before any word-prefix or fuzzy match.
    slipped = index.resolve("Ladre")
    assert (slipped.outcome, slipped.entry.key, slipped.matches[0].tier) == (Outcome.FOUND, "f", Tier.SLIP)


def test_weak_fuzzy_suggestions_are_dropped_once_a_strong_match_is_there() -> None:
    index = NameIndex(
        [
            NameEntry("a", ("Kevin Barnes",), 0),
            NameEntry("b", ("DJ Zegon", "Ze Gonzales"), 1),
            NameEntry("c", ("Kevin Barns",), 2),
        ]
    )
    ranked = index.suggest("kevin barnes")
    assert [(m.entry.key, m.tier) for m in ranked] == [("a", Tier.EXACT), ("c", Tier.FUZZY)]
    assert ranked[1].score >= FUZZY_MATCH  # a close fuzzy match stays: it may be what was meant
    # With nothing strong, the near ones are all there is to offer, best first.
    near = index.suggest("kevn barns zegon")
    assert near and all(m.tier is Tier.FUZZY for m in near)
    assert [m.score for m in near] == sorted((m.score for m in near), reverse=True)


def test_suggestions_are_capped_at_25_of_at_most_100_characters() -> None:
    index = NameIndex([NameEntry(str(i), (f"Song {i} " + "x" * 150,), i) for i in range(60)])
    choices = index.suggest("song")
    assert len(choices) == 25
    assert all(len(m.entry.choice_label) <= MAX_CHOICE_LENGTH for m in choices)
    assert all(len(m.entry.choice_value) <= MAX_CHOICE_LENGTH for m in choices)
    # A name too long to be a choice value is submitted as its key, which resolves back to it.
    assert index.resolve(choices[3].entry.choice_value).entry == choices[3].entry


@given(st.text(max_size=300))
def test_resolve_and_suggest_never_raise(query: str) -> None:
    index = _HYPOTHESIS_INDEX
    resolution = index.resolve(query)
    assert resolution.outcome in set(Outcome)
    assert len(index.suggest(query)) <= 25


_HYPOTHESIS_INDEX = NameIndex(
    [
        NameEntry("1", ("There Are Many of Us",), 1),
        NameEntry("4", ("The Past Is a Grotesque Animal",), 4),
        NameEntry("6", ("Hellhole Ratrace", "Hellhole Rat Race"), 6),
        NameEntry("7", ("Y.O.U.",), 7),
        NameEntry("x", ("...",), 8),
    ]
)


def test_every_word_typed_can_come_from_different_names_of_one_entry() -> None:
    index = NameIndex(
        [
            NameEntry("1", ("There Are Many of Us",), 1),
            NameEntry("9", ("There Are Many of Us (Electric Dream Reprise)", "The remix of the song"), 9),
        ]
    )
    found = index.resolve("There Are Many of Us (remix)")
    assert found.outcome is Outcome.FOUND and found.entry.key == "9"
    assert found.matches[0].tier is Tier.ALL_WORDS
    assert index.resolve("many of us").outcome is Outcome.AMBIGUOUS
