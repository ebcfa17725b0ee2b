"""Every way a fan names things: a track by its number, a credit as printed, every spelling the sources
and the facts file use, every person the pack names. Over the real pack's indexes."""

from __future__ import annotations

import pytest

from bot.db.catalogue import CatalogueRepository
from bot.domain.catalogue import Catalogue
from bot.domain.catalogue.index import NameEntry, Outcome
from bot.domain.catalogue.lookup import chosen, credited_names, resolve, suggest, track_number


@pytest.fixture
async def catalogue(repo: CatalogueRepository) -> Catalogue:
    return await Catalogue.open(repo, "im-here")


class AmbiguousError(Exception):
    """The bot would ask which one: ``keys`` are the entries it would list."""

    def __init__(self, keys: set[str]) -> None:
        super().__init__(keys)
        self.keys = keys


def find(catalogue: Catalogue, kind: str, typed: str) -> NameEntry:
    """What the bot shows for ``typed``, as the option does; AmbiguousError or LookupError otherwise."""
    index = catalogue.index(kind)  # type: ignore[arg-type]
    resolution = resolve(index, kind, typed)
    if resolution.outcome is Outcome.FOUND:
        return chosen(index, resolution.entry, typed)
    if resolution.outcome is Outcome.AMBIGUOUS:
        raise AmbiguousError({m.entry.refers_to or m.entry.key for m in resolution.matches})
    raise LookupError(typed)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("9", 9),
        ("#9", 9),
        ("# 9", 9),
        ("track 9", 9),
        ("Track #9", 9),
        ("no. 9", 9),
        ("No.9", 9),
        ("number nine", 9),
        ("nine", 9),
        ("Nine", 9),
        ("ninth", 9),
        ("the ninth track", 9),
        ("track one", 1),
        ("first", 1),
        ("twelve", 12),
    ],
)
def test_a_track_named_by_its_number(typed: str, number: int) -> None:
    assert track_number(typed) == number


@pytest.mark.parametrize("typed", ["Y.O.U.", "nineties", "track", "many of us", "", "9 9"])
def test_a_title_is_not_a_number(typed: str) -> None:
    assert track_number(typed) is None


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Aska & The Lost Trees", ["aska", "the lost trees"]),
        ("The Lost Trees & Aska", ["the lost trees", "aska"]),
        ("of Montreal feat. The Lost Trees", ["of montreal", "the lost trees"]),
        ("ASKA feat. Nick Zinner and Flea", ["aska", "nick zinner", "flea"]),
        ("Sleigh Bells", ["sleigh bells"]),
    ],
)
def test_a_credit_as_printed_splits_into_its_names(credit: str, names: list[str]) -> None:
    assert credited_names(credit) == names


TRACK_SPELLINGS = [
    # Titles and their spellings in the sources (soundtrack-facts.md, track list and disagreements).
    ("There Are Many of Us", 1),
    ("There are Many of Us", 1),
    ("Beautiful Life", 2),
    ("A/B Machines", 3),
    ("The Past Is a Grotesque Animal", 4),
    ("The Past Is A Grotesque Animal", 4),
    ("Did You See the Words", 5),
    ("Did You See The Words", 5),
    ("Did You See The Worlds", 5),
    ("Hellhole Ratrace", 6),
    ("Hellhole Rat Race", 6),
    ("Hellhole Rat Race Girls", 6),
    ("Y.O.U.", 7),
    ("Lonesome Robot Theme", 8),
    ("There Are Many of Us (Electric Dream Reprise)", 9),
    # Track 9 as fans (and Prefix Magazine) call it.
    ("remix", 9),
    ("the remix", 9),
    ("reprise", 9),
    ("the reprise", 9),
    ("electric dream", 9),
    ("There Are Many of Us (remix)", 9),
    ("There Are Many of Us reprise", 9),
    # By number.
    ("#9", 9),
    ("track 9", 9),
    ("no. 9", 9),
    ("nine", 9),
    ("9", 9),
    ("track 3", 3),
    # The credits as the sources print them.
    ("The Lost Trees & Aska", 1),
    ("Aska & The Lost Trees", 1),
    ("ASKA feat. Nick Zinner and Flea", 1),
    ("of Montreal & The Lost Trees", 4),
    ("Of Montreal feat. The Lost Trees", 4),
    ("Gui Borratto", 2),
    ("Gui Borrato", 2),
]


@pytest.mark.parametrize(("typed", "position"), TRACK_SPELLINGS)
def test_every_track_spelling_finds_its_track(catalogue: Catalogue, typed: str, position: int) -> None:
    assert find(catalogue, "track", typed).key == str(position)


@pytest.mark.parametrize(
    ("typed", "position", "note"),
    [
        ("Treats", 3, "“A/B Machines” is from *Treats*."),
        ("Feels", 5, "“Did You See the Words” is from *Feels*."),
        ("Album", 6, "“Hellhole Ratrace” is from *Album*."),
        ("Chromophobia", 2, "“Beautiful Life” is from *Chromophobia*."),
        (
            "Hissing Fauna, Are You the Destroyer?",
            4,
            "“The Past Is a Grotesque Animal” is from *Hissing Fauna, Are You the Destroyer?*.",
        ),
    ],
)
def test_an_original_albums_title_finds_its_track_with_a_note(
    catalogue: Catalogue, typed: str, position: int, note: str
) -> None:
    entry = find(catalogue, "track", typed)
    assert (entry.key, entry.note) == (str(position), note)


def test_a_title_finds_its_track_without_a_note(catalogue: Catalogue) -> None:
    assert find(catalogue, "track", "A/B Machines").note is None


ARTIST_SPELLINGS = [
    ("Aska", "aska"),
    ("ASKA", "aska"),
    ("Aska Matsumiya", "aska"),
    ("The Lost Trees", "the-lost-trees"),
    ("the Lost Trees", "the-lost-trees"),
    ("The Lost Trees Band", "the-lost-trees"),
    ("Sam Spiegel", "sam-spiegel"),
    ("Squeak E. Clean", "sam-spiegel"),
    ("squeak e clean", "sam-spiegel"),
    ("Gui Boratto", "gui-boratto"),
    ("Gui Borratto", "gui-boratto"),
    ("Gui Borrato", "gui-boratto"),
    ("Gui Burrato", "gui-boratto"),
    ("gui burrato", "gui-boratto"),
    ("Sleigh Bells", "sleigh-bells"),
    ("of Montreal", "of-montreal"),
    ("Of Montreal", "of-montreal"),
    ("Animal Collective", "animal-collective"),
    ("Girls", "girls"),
    ("Spike Jonze", "spike-jonze"),
    ("Adam Spiegel", "spike-jonze"),
    # Credits as printed: the first credited artist.
    ("Aska & The Lost Trees", "aska"),
    ("The Lost Trees & Aska", "the-lost-trees"),
    ("of Montreal & The Lost Trees", "of-montreal"),
    ("Of Montreal feat. The Lost Trees", "of-montreal"),
    ("ASKA feat. Nick Zinner and Flea", "aska"),
]


@pytest.mark.parametrize(("typed", "key"), ARTIST_SPELLINGS)
def test_every_artist_spelling_finds_its_card(catalogue: Catalogue, typed: str, key: str) -> None:
    entry = find(catalogue, "artist", typed)
    assert (entry.key, entry.person) == (key, None)


PEOPLE = [
    ("Flea", "the-lost-trees", "Flea"),
    ("Nick Zinner", "the-lost-trees", "Nick Zinner"),
    ("Nick Zimmer", "the-lost-trees", "Nick Zinner"),
    ("Nick Zimmmer", "the-lost-trees", "Nick Zinner"),
    ("Nick Thelan", "the-lost-trees", "Nick Thelan"),
    ("Nick Thelen", "the-lost-trees", "Nick Thelan"),
    ("Nathan Thelen", "the-lost-trees", "Nick Thelan"),
    ("Kevin Barnes", "of-montreal", "Kevin Barnes"),
    ("Alexis Krauss", "sleigh-bells", "Alexis Krauss"),
    ("Derek Miller", "sleigh-bells", "Derek Miller"),
    ("Avey Tare", "animal-collective", "Avey Tare"),
    ("David Portner", "animal-collective", "Avey Tare"),
    ("Panda Bear", "animal-collective", "Panda Bear"),
    ("Deakin", "animal-collective", "Deakin"),
    ("Josh Dibb", "animal-collective", "Deakin"),
    ("Geologist", "animal-collective", "Geologist"),
    ("Brian Weitz", "animal-collective", "Geologist"),
    ("Christopher Owens", "girls", "Christopher Owens"),
    ('Chet "JR" White', "girls", 'Chet "JR" White'),
    ("chet jr white", "girls", 'Chet "JR" White'),
    ("DJ Zegon", "sam-spiegel", "DJ Zegon"),
    ("Ze Gonzales", "sam-spiegel", "DJ Zegon"),
    ("Luciana Villanova", "gui-boratto", "Luciana Villanova"),
]


@pytest.mark.parametrize(("typed", "key", "person"), PEOPLE)
def test_every_person_named_in_the_pack_finds_the_card_that_names_them(
    catalogue: Catalogue, typed: str, key: str, person: str
) -> None:
    entry = find(catalogue, "artist", typed)
    assert (entry.key, entry.person) == (key, person)


def test_every_person_in_the_pack_is_covered_here(catalogue: Catalogue, real_pack) -> None:  # type: ignore[no-untyped-def]
    named = {p.name for a in real_pack.artists for p in (*a.members, *a.people) if p.artist is None}
    assert named == {person for _, _, person in PEOPLE}
    linked = {p.name for a in real_pack.artists for p in (*a.members, *a.people) if p.artist is not None}
    for name in linked:  # people with a card of their own find that card
        assert find(catalogue, "artist", name).person is None


@pytest.mark.parametrize(
    ("kind", "typed", "both"),
    [("track", "Many of Us", {"1", "9"}), ("artist", "Spiegel", {"sam-spiegel", "spike-jonze"})],
)
def test_ambiguous_input_keeps_asking_which_naming_both(
    catalogue: Catalogue, kind: str, typed: str, both: set[str]
) -> None:
    with pytest.raises(AmbiguousError) as caught:
        find(catalogue, kind, typed)
    assert caught.value.keys == both


def _finds(catalogue: Catalogue, kind: str, typed: str) -> set[str]:
    """The keys a name leads to: one when found, all of them when the bot asks which (else none)."""
    try:
        return {find(catalogue, kind, typed).key}
    except AmbiguousError as ambiguous:
        return ambiguous.keys
    except LookupError:
        return set()


def test_every_name_the_pack_holds_finds_its_track_or_asks_among_them(
    catalogue: Catalogue, real_pack
) -> None:  # type: ignore[no-untyped-def]
    for track in real_pack.tracks:
        printed = (c.text for c in track.credits if not c.inference)  # an inferred credit is no name
        names = [track.title, *(a.text for a in track.aliases), *printed]
        names += [track.original.album] if track.original else []
        for name in names:
            assert str(track.position) in _finds(catalogue, "track", name), (track.position, name)


def test_every_name_the_pack_holds_finds_its_artist_card(catalogue: Catalogue, real_pack) -> None:  # type: ignore[no-untyped-def]
    for artist in real_pack.artists:
        for name in (artist.name, *(a.text for a in artist.aliases)):
            assert _finds(catalogue, "artist", name) == {artist.key}, name
        for person in (*artist.members, *artist.people):
            for name in person.names:
                assert _finds(catalogue, "artist", name) == {person.artist or artist.key}, name


def _slips(name: str) -> set[str]:
    """Every way one slip of the hand spells ``name``: two neighbouring letters swapped, a letter
    dropped, a letter doubled."""
    out = set()
    for i, c in enumerate(name):
        if not c.isalpha():
            continue
        out.add(name[:i] + name[i + 1 :])
        out.add(name[:i] + c + name[i:])
        if i + 1 < len(name) and name[i + 1].isalpha() and name[i + 1] != c:
            out.add(name[:i] + name[i + 1] + c + name[i + 2 :])
    out.discard(name)
    return out


def _one_slip_away(index, typed: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The cards with a name one slip (an adjacent swap, a letter dropped or added) from ``typed``."""
    from rapidfuzz.distance import OSA

    from bot.domain.text import normalise

    form = normalise(typed).replace(" ", "")
    near = set()
    for match in index.suggest("", len(index)):
        entry = match.entry
        for name in entry.names:
            if OSA.distance(normalise(name).replace(" ", ""), form) <= 1:
                near.add(entry.refers_to or entry.key)
    return near


@pytest.mark.parametrize("kind", ["track", "artist"])
def test_a_name_mistyped_by_one_slip_finds_the_one_card_that_close(catalogue: Catalogue, kind: str) -> None:
    index = catalogue.index(kind)  # type: ignore[arg-type]
    tried = 0
    for match in index.suggest("", len(index)):
        entry = match.entry
        want = entry.refers_to or entry.key
        for name in entry.names:
            if sum(c.isalpha() for c in name) < 4:
                continue
            for typed in _slips(name):
                if _one_slip_away(index, typed) != {want}:
                    continue  # another name is as close: the bot may ask which
                if len(_finds(catalogue, kind, typed)) > 1:
                    continue  # a better tier (a prefix of two names) asks which
                tried += 1
                assert _finds(catalogue, kind, typed) == {want}, (name, typed)
    assert tried > 100


def _typed_ways(index, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What people type: every name and its halves and slips, numbers in every form, credits."""
    typed = [typed for typed, _ in (TRACK_SPELLINGS if kind == "track" else ARTIST_SPELLINGS)]
    for match in index.suggest("", len(index)):
        for name in match.entry.names:
            typed += [name, name[: len(name) // 2], name[:3], *sorted(_slips(name))[:5]]
    if kind == "track":
        typed += [f"{form}{n}" for n in range(1, 10) for form in ("", "#", "track ", "no. ", "Track #")]
        typed += ["one", "nine", "the ninth track", "first", "number four"]
    return typed


@pytest.mark.parametrize("kind", ["track", "artist"])
def test_what_a_submission_would_open_is_suggested_first(catalogue: Catalogue, kind: str) -> None:
    """Issue 22: "track 9" suggested "3. A/B Machines" and "nine" nothing, though both open track 9."""
    index = catalogue.index(kind)  # type: ignore[arg-type]
    tried = 0
    for typed in _typed_ways(index, kind):
        resolution = resolve(index, kind, typed)
        suggested = suggest(index, kind, typed)
        if resolution.outcome is Outcome.FOUND:
            tried += 1
            assert suggested[0].entry.key == resolution.entry.key, typed
            # and what that choice submits opens the same card again
            again = resolve(index, kind, suggested[0].entry.choice_value)
            assert again.outcome is Outcome.FOUND and again.entry.key == resolution.entry.key, typed
    assert tried > 100


def test_a_credit_as_printed_suggests_each_artist_it_credits_in_its_order(catalogue: Catalogue) -> None:
    keys = [m.entry.key for m in suggest(catalogue.artists, "artist", "Of Montreal feat. The Lost Trees")]
    assert keys[:2] == ["of-montreal", "the-lost-trees"]
    keys = [m.entry.key for m in suggest(catalogue.artists, "artist", "Aska & The Lost Trees")]
    assert keys[:2] == ["aska", "the-lost-trees"]


@pytest.mark.parametrize(
    ("kind", "typed", "keys"),
    [
        ("artist", "kevin barnes", ["of-montreal/0"]),  # not "DJ Zegon", a few letters alike
        ("track", "hellhole", ["6"]),  # not "1. There Are Many of Us"
        ("track", "track 9", ["9"]),  # not "3. A/B Machines"
        ("track", "nine", ["9"]),
    ],
)
def test_a_strong_match_comes_without_weak_ones(
    catalogue: Catalogue, kind: str, typed: str, keys: list[str]
) -> None:
    assert [m.entry.key for m in suggest(catalogue.index(kind), kind, typed)] == keys  # type: ignore[arg-type]


async def test_a_kept_answer_is_the_answer_worked_out_afresh_and_only_the_latest_are_kept(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.domain.catalogue import lookup

    typed = ["the pa", "hellhole", "9", "gui burrato", "aska & the lost trees", "girls", "x", ""]
    for kind in ("track", "artist"):
        index = catalogue.index(kind)  # type: ignore[arg-type]
        for text in typed:
            first = suggest(index, kind, text)
            first.clear()  # what a caller does with its list is not kept
            assert suggest(index, kind, text) == lookup._suggest(index, kind, text)
            assert resolve(index, kind, text) == lookup._resolve(index, kind, text)
    monkeypatch.setattr(lookup, "KEPT", 3)
    index = catalogue.index("track")
    for n in range(1, 10):
        resolve(index, "track", str(n))
    assert [key[2] for key in lookup._kept[index]] == ["7", "8", "9"]
