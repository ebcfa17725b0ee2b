"""How a card cites (bot.ui.citations): superscript marks numbered in the order first cited, never a
source key, and an inferred value said to be one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.pack import Claim, Source
from bot.ui.citations import Citations, inferred, marks, read_from, superscript
from bot.ui.i18n import ENGLISH, LOCALES, listing, speaking

BUST = Source("BUST", "BUST", "Lauren Rubin")
TMT = Source("TMT", "Tiny Mix Tapes")
COS = Source("COS", "Consequence of Sound")


def test_marks_are_superscript_numbers_with_runs_as_ranges() -> None:
    assert superscript(1) == "¹" and superscript(10) == "¹⁰" and superscript(907) == "⁹⁰⁷"
    assert marks([1]) == "¹"
    assert marks([3, 1]) == "¹˒³"  # never "¹³", which is source 13
    assert marks([1, 2]) == "¹˒²"
    assert marks([1, 2, 3, 4, 7]) == "¹⁻⁴˒⁷"
    assert marks([2, 2, 2]) == "²"
    assert marks([]) == ""


@given(st.sets(st.integers(min_value=1, max_value=200), min_size=1))
def test_marks_name_exactly_the_numbers_given(numbers: set[int]) -> None:
    back = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒", "0123456789-,")
    named: set[int] = set()
    for group in marks(numbers).translate(back).split(","):
        low, _, high = group.partition("-")
        named.update(range(int(low), int(high or low) + 1))
    assert named == numbers


def test_sources_are_numbered_in_the_order_the_card_first_cites_them() -> None:
    c = Citations([BUST, TMT, COS])
    assert c.cite(Claim("30 min", ("TMT",))) == "30 min¹"
    assert c.cite(Claim("35 min", ("BUST", "TMT"))) == "35 min¹˒²"
    assert c.cite(Claim("5 October", ("COS", "BUST"), note="no year given")) == "5 October — no year given²˒³"
    assert c.sources == (TMT, BUST, COS)
    assert c.by(("COS", "TMT")) == "Consequence of Sound³, Tiny Mix Tapes¹"


def test_an_inferred_value_says_so_and_no_key_is_shown() -> None:
    c = Citations([COS, TMT])
    line = c.cite(Claim("2010, going by the announcements", ("COS", "TMT"), inference=True))
    assert line == "2010, going by the announcements (inferred)¹˒²"
    assert "COS" not in line and "TMT" not in line


def test_a_key_the_pack_does_not_list_is_still_numbered_and_listed() -> None:
    c = Citations([])
    assert c.mark(("X",)) == "¹"
    assert c.sources == (Source("X", "X"),)


@pytest.mark.parametrize(
    ("locale", "three", "two_or"),
    [
        ("en-US", "1, 2 and 9", "A or B"),
        ("fr", "1, 2 et 9", "A ou B"),
        ("de", "1, 2 und 9", "A oder B"),
        ("es-ES", "1, 2 y 9", "A o B"),
        ("pt-BR", "1, 2 e 9", "A ou B"),
        ("ja", "1、2、9", "AまたはB"),
    ],
)
def test_a_list_joins_the_readers_way(locale: str, three: str, two_or: str) -> None:
    with speaking(locale):
        assert listing(["1", "2", "9"]) == three
        assert listing(["A", "B"], "or") == two_or
        assert listing(["A"]) == "A" and listing([]) == ""


@pytest.mark.parametrize("locale", list(LOCALES))
def test_an_inferred_value_and_its_publications_keep_their_marks_in_every_locale(locale: str) -> None:
    with speaking(locale):
        c = Citations([BUST, TMT, COS])
        shown = c.cite(Claim("2010", ("TMT", "COS"), inference=True))
        by = c.by(("TMT", "BUST", "COS"))
        said = read_from(inferred("2010"), by)
    assert (
        shown.startswith("2010") and shown.endswith("¹˒²") and ("(inferred)" in shown) == (locale == ENGLISH)
    )
    assert by.startswith("Tiny Mix Tapes¹") and "BUST³" in by and by.endswith("Consequence of Sound²")
    assert said.startswith("2010") and by in said
    if locale == ENGLISH:
        assert by == "Tiny Mix Tapes¹, BUST³, Consequence of Sound²"
        assert said == "2010 (inferred) — read from " + by
