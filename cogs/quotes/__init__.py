"""Review quotes: /quote random, /quote today and /quote search."""

from __future__ import annotations

import random

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from cogs.quotes.browse import QuotesCog


async def setup(bot: SoundtrackBot) -> None:
    quotes = QuoteRepository(bot.db)
    await bot.add_cog(
        QuotesCog(
            bot.catalogue,
            quotes,
            DailySettingsRepository(bot.db),
            DailyPostRepository(bot.db, quotes),
            random.Random(),
        )
    )
