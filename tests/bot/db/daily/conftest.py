"""The daily repositories over the test's own database, with the real pack loaded."""

from __future__ import annotations

import pytest

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository


@pytest.fixture
def quotes(repo: CatalogueRepository, db: Database) -> QuoteRepository:
    return QuoteRepository(db)


@pytest.fixture
def daily_settings(db: Database) -> DailySettingsRepository:
    return DailySettingsRepository(db)


@pytest.fixture
def posts(quotes: QuoteRepository, db: Database) -> DailyPostRepository:
    return DailyPostRepository(db, quotes)


@pytest.fixture
def questions(db: Database) -> DailyQuestionRepository:
    return DailyQuestionRepository(db)
