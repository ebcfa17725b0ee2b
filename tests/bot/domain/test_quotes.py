"""Search input is words, never FTS5 syntax: anything a user types gives results or nothing, never an error."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteRepository
from bot.domain.quotes import MAX_TERMS, fts_query, keep_highlights, search_terms, tsquery, worth_highlighting


def test_words_become_quoted_terms_with_the_last_as_a_prefix() -> None:
    assert fts_query(["robot", "love"]) == '"robot" AND ("love" OR "love"*)'
    assert fts_query(["robot", "love"], any_word=True) == '"robot" OR ("love" OR "love"*)'
    assert tsquery(["robot", "love"]) == "'robot' & ('love' | 'love':*)"
    assert tsquery(["robot", "love"], any_word=True, prefix=False) == "'robot' | 'love'"
    assert search_terms('"robot" NEAR(love*) -col:x') == ["robot", "NEAR", "love", "col", "x"]
    assert search_terms("* ( ) \" ' - + ^ :") == []
    assert len(search_terms("w " * 50)) == MAX_TERMS


async def _search(repo: QuoteRepository, text: str) -> list[str]:
    words = search_terms(text)
    if not words:
        return []
    return [h.quote.key for h in await repo.search("im-here", words)]


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"robot',
        "robot*",
        "*",
        "NEAR",
        "NEAR(robot love)",
        "AND",
        "OR OR",
        "NOT",
        "robot NOT",
        "text:robot",
        "(",
        ")",
        "^robot",
        "robot -love",
        "’",
        "🤖",
        "ロボット",
        "'; DROP TABLE quote; --",
    ],
)
async def test_fts_operators_and_odd_input_never_error(repo, text: str) -> None:
    quotes = QuoteRepository(repo._db)
    await _search(quotes, text)  # must not raise
    rows = await repo._db.fetch("SELECT count(*) FROM quote")
    assert rows[0][0] > 0  # and nothing was changed


async def test_best_matches_first_and_words_highlighted(repo) -> None:
    quotes = QuoteRepository(repo._db)
    hits = await quotes.search("im-here", ["robot"])
    keys = [h.quote.key for h in hits]
    # The whole word ranks above the prefix ("robots"); among those, bm25 puts the shortest first.
    assert keys[:3] == ["prefix-sacrifice", "prefix-new-material", "bust-sundance"]
    assert set(keys[3:]) == {"bust-contemporary-la", "prefix-lonely-robots"}
    assert f"{HIGHLIGHT_START}robot{HIGHLIGHT_END}" in hits[0].highlighted
    assert f"{HIGHLIGHT_START}robots{HIGHLIGHT_END}" in hits[4].highlighted
    prefix = await quotes.search("im-here", ["robo"])
    assert {h.quote.key for h in prefix} == set(keys)
    both = await quotes.search("im-here", ["lonely", "robots"])
    assert [h.quote.key for h in both] == ["prefix-lonely-robots"]
    accents = await quotes.search("im-here", ["sao"])
    assert accents == []  # no quote mentions São Paulo; accents fold without error


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
async def test_any_text_searches_without_error(repo, text: str) -> None:
    quotes = QuoteRepository(repo._db)
    assert isinstance(await _search(quotes, text), list)


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
