"""Review quotes: /quote random, /quote today and /quote search."""

from __future__ import annotations

import random

from bot.client import SoundtrackBot
from bot.db.quotes import QuoteRepository
from cogs.quotes.browse import QuotesCog


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(QuotesCog(bot.catalogue, QuoteRepository(bot.db), random.Random()))
