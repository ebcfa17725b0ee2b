"""The quotes repository on real SQLite and PostgreSQL: a pack's quotes by track, artist and source, and
full-text search that takes any text without an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteRepository
from bot.domain.quotes import search_terms


@pytest.fixture
def quotes(repo: CatalogueRepository, db: Database) -> QuoteRepository:
    return QuoteRepository(db)


async def test_filters_by_track_artist_and_source(quotes: QuoteRepository) -> None:
    assert await quotes.quote_keys("im-here", track=4) == ["prefix-heard-before", "prefix-curve-balls"]
    assert await quotes.quote_keys("im-here", artist="gui-boratto") == [
        "bust-new-faces",
        "prefix-well-documented",
    ]
    assert await quotes.quote_keys("im-here", artist="gui-boratto", source="BUST") == ["bust-new-faces"]
    assert await quotes.quote_keys("im-here", track=2, source="BUST") == []
    card = await quotes.quote("im-here", "prefix-well-documented")
    assert card is not None
    assert [t.title for t in card.tracks] == ["Beautiful Life", "A/B Machines"]
    assert card.source.publication == "Prefix Magazine"
    assert [s.key for s in await quotes.publications("im-here")] == ["BUST", "PREFIX"]


async def _search(quotes: QuoteRepository, text: str) -> list[str]:
    words = search_terms(text)
    if not words:
        return []
    return [h.quote.key for h in await quotes.search("im-here", words)]


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
async def test_fts_operators_and_odd_input_never_error(
    quotes: QuoteRepository, db: Database, text: str
) -> None:
    await _search(quotes, text)  # must not raise
    rows = await db.fetch("SELECT count(*) FROM quote")
    assert rows[0][0] > 0  # and nothing was changed


async def test_best_matches_first_and_words_highlighted(quotes: QuoteRepository) -> None:
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
async def test_any_text_searches_without_error(quotes: QuoteRepository, text: str) -> None:
    assert isinstance(await _search(quotes, text), list)
