"""The quotes repository on real SQLite: a pack's quotes by track, artist and source."""

from __future__ import annotations

import pytest

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.db.quotes import QuoteRepository


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
