"""Each value of the real pack says no more, and no other, than the sources it cites (issue 21): a part
of a value that only one source states is a value of its own, with that source alone."""

from __future__ import annotations

from bot.domain.pack import Claim, Fact, Pack


def _fact(pack: Pack, key: str, artist: str | None = None) -> Fact:
    if artist is None:
        fact = pack.fact(key)
    else:
        fact = next(f for a in pack.artists if a.key == artist for f in a.facts if f.key == key)
    assert fact is not None, key
    return fact


def _citing(fact: Fact, words: str) -> list[Claim]:
    return [v for v in fact.values if words in v.text]


def test_the_premiere_programme_is_movielines_alone(real_pack: Pack) -> None:
    facts = (_fact(real_pack, "premiere"), _fact(real_pack, "premiere_date"))
    programme = [v for f in facts for v in _citing(f, "Shorts Program")]
    assert programme and all(v.sources == ("MOVIELINE",) for v in programme)


def test_the_giving_trees_year_is_wikipedias_alone(real_pack: Pack) -> None:
    based_on = _fact(real_pack, "based_on")
    year = _citing(based_on, "1964")
    assert year and all(v.sources == ("WP-FILM",) for v in year)
    assert all("1964" not in v.text for v in based_on.values if "COS" in v.sources)


def test_chromophobias_year_and_first_album_are_dhas_alone(real_pack: Pack) -> None:
    chromophobia = _fact(real_pack, "chromophobia", artist="gui-boratto")
    for words in ("2007", "first album"):
        claims = _citing(chromophobia, words)
        assert claims and all(v.sources == ("DHA",) for v in claims), words
    assert any("Kompakt" in v.text and "RA-CHROMO" in v.sources for v in chromophobia.values)


def test_askas_bands_at_the_time_of_the_film_leave_out_the_one_she_had_left(real_pack: Pack) -> None:
    bands = _fact(real_pack, "bands", artist="aska")
    assert not [v for v in bands.values if "Your Enemies Friends" in v.text or "Formerly" in v.text]
    earlier = _fact(real_pack, "former_band", artist="aska")
    assert [v.sources for v in earlier.values] == [("MF",)]


def test_the_release_form_is_the_facts_files_disagreement_and_no_claim_of_what_came_first(
    real_pack: Pack,
) -> None:
    """Issue 21, item 7: no fact says what came "first" on the word of sources that say no such thing,
    and the day I Just Read About That's writer read the book (in its web copy only) is no release."""
    assert real_pack.fact("first_release") is None
    form = _fact(real_pack, "release_form")
    assert form.disputed and form.label == "Release form"
    stated = [v for v in form.values if not v.inference]
    assert [v.sources for v in stated] == [("IJRAT", "SLASHFILM"), ("BUST", "COS", "GIGWISE")]
    assert not any("2 September" in v.text or v.text.startswith("Read") for v in form.values)
    assert all(f.label != "First out" for f in real_pack.facts)


def test_a_title_is_credited_only_to_copies_that_print_it_whole(real_pack: Pack) -> None:
    """Issue 21, item 6: COS's copy breaks off at "Did You See the", so track 5's title is TMT's and
    Exclaim!'s, and a question pairing title and position cites TMT alone."""
    five = next(t for t in real_pack.tracks if t.position == 5)
    assert "COS" not in five.titled_by and set(five.titled_by) == {"TMT", "EXCLAIM"}
    assert five.listed_by == ("TMT",)
    nine = next(t for t in real_pack.tracks if t.position == 9)
    assert "TMT" not in nine.titled_by


def test_each_part_of_an_original_release_cites_only_the_sources_that_state_it(real_pack: Pack) -> None:
    """Tracks 2 and 4 to 6: the album a song came out on, its label, its year and the note each carry
    their own sources, as the facts file ties them (a release page that never names the song is not
    cited for the album it is on)."""
    originals = {t.position: t.original for t in real_pack.tracks if t.original}
    expected = {
        2: {"album": ("RA-CHROMO",), "label": ("RA-CHROMO", "DHA"), "year": ("DHA",), "note": ("DHA",)},
        4: {
            "album": ("IJRAT", "WP-HF", "POPFRENZY"),
            "label": ("WP-HF",),
            "year": ("WP-HF",),
            "note": ("POPFRENZY",),
        },
        5: {
            "album": ("IJRAT", "WAPO-FEELS"),
            "label": ("WP-FEELS",),
            "year": ("WP-FEELS",),
            "note": ("WAPO-FEELS",),
        },
        6: {
            "album": ("IJRAT", "MATADOR"),
            "label": ("WP-ALBUM",),
            "year": ("WP-ALBUM",),
            "note": ("IJRAT", "WP-ALBUM"),
        },
    }
    for position, parts in expected.items():
        o = originals[position]
        assert {part: o.sources_of(part) for part in parts} == parts, position
    # Track 6's note no longer folds MATADOR's track number into IJRAT's "debut": it is a note of its own.
    six = next(t for t in real_pack.tracks if t.position == 6)
    assert originals[6].note == "the band's debut"
    assert any(n.text == "Track 6 on *Album*" and n.sources == ("MATADOR",) for n in six.notes)
