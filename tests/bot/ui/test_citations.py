"""How a card cites (bot.ui.citations): superscript marks numbered in the order first cited, never a
source key, and an inferred value said to be one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.pack import Claim, Source
from bot.ui.citations import Citations, marks, superscript

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
