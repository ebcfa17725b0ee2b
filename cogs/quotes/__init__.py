"""Review quotes: /quote random, /quote today and /quote search."""

from __future__ import annotations

import random

from bot.client import SoundtrackBot
from bot.db.quotes import QuoteRepository
from cogs.quotes.browse import QuotesCog
from cogs.quotes.cards import QUOTE_KIND, SEARCH_KIND


async def setup(bot: SoundtrackBot) -> None:
    cog = QuotesCog(bot.catalogue, QuoteRepository(bot.db), random.Random())
    await bot.add_cog(cog)
    # The quote cards' Sources buttons find their card here, however old the message.
    bot.cards.register(QUOTE_KIND, cog.quote_card)
    bot.cards.register(SEARCH_KIND, cog.search_sources)
