"""Search input is words, never FTS5 or tsquery syntax; a result bolds only the words typed (the
repository runs the queries: tests/bot/db/test_quotes.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.quotes import (
    MAX_TERMS,
    fts_query,
    keep_highlights,
    search_terms,
    telling_words,
    tsquery,
    worth_highlighting,
)


def test_words_become_quoted_terms_with_the_last_as_a_prefix() -> None:
    assert fts_query(["robot", "love"]) == '"robot" AND ("love" OR "love"*)'
    assert fts_query(["robot", "love"], any_word=True) == '"robot" OR ("love" OR "love"*)'
    assert tsquery(["robot", "love"]) == "'robot' & ('love' | 'love':*)"
    assert tsquery(["robot", "love"], any_word=True, prefix=False) == "'robot' | 'love'"
    assert search_terms('"robot" NEAR(love*) -col:x') == ["robot", "NEAR", "love", "col", "x"]
    assert search_terms("* ( ) \" ' - + ^ :") == []
    assert len(search_terms("w " * 50)) == MAX_TERMS


def test_words_too_common_to_search_for_are_left_out_and_nothing_is_left_of_only_those() -> None:
    assert telling_words(["the", "robot"]) == ["robot"]
    assert telling_words(["The", "Of"]) == []
    assert telling_words(["robot", "love"]) == ["robot", "love"]
    assert telling_words(["Y", "O", "U"]) == ["Y", "O", "U"]  # "Y.O.U." is a title, not a stop word


def test_only_words_typed_whole_or_a_long_enough_completion_of_the_last_are_worth_bold() -> None:
    assert worth_highlighting("Karen", ["karen", "o"]) and worth_highlighting("O", ["karen", "o"])
    assert not worth_highlighting("on", ["karen", "o"]) and not worth_highlighting("of", ["karen", "o"])
    assert worth_highlighting("robots", ["lonely", "robo"]) and not worth_highlighting(
        "lonelier", ["lonely", "robo"]
    )
    assert not worth_highlighting("the", ["the", "robot"]) and not worth_highlighting("there", ["the"])
    assert worth_highlighting("Café", ["cafe"])


def test_marks_are_kept_around_worthy_words_only() -> None:
    marked = "[Karen] [O] sings [on] [of] [the] [robots]"
    assert (
        keep_highlights(marked, ["karen", "o", "the", "robot"], "[", "]")
        == "[Karen] [O] sings on of the [robots]"
    )
    assert keep_highlights("[Karen O]'s", ["karen", "o"], "[", "]") == "[Karen] [O]'s"


@given(
    st.lists(st.text(alphabet="abcdeo ", max_size=8), min_size=1, max_size=4),
    st.text(alphabet="abo ", max_size=40),
)
def test_removing_marks_never_changes_the_text(typed: list[str], text: str) -> None:
    marked = "".join(f"[{w}]" if w.strip() else w for w in re.split(r"(\s+)", text))
    kept = keep_highlights(marked, typed, "[", "]")
    assert kept.replace("[", "").replace("]", "") == text
