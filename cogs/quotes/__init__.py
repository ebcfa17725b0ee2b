"""Review quotes: /quote (random, today, search) and the quote of the day (/qotd and the daily post)."""

from __future__ import annotations

import logging
import random

from bot.client import SoundtrackBot
from bot.db.qotd import QotdRepository
from bot.db.qotd_questions import QotdQuestionRepository
from bot.db.quotes import QuoteRepository
from cogs.quotes.browse import QuotesCog
from cogs.quotes.daily import DailyPoster, DailyQuoteCog
from cogs.quotes.daily.question import DailyAnswers

log = logging.getLogger(__name__)


async def setup(bot: SoundtrackBot) -> None:
    quotes = QuoteRepository(bot.db)
    qotd = QotdRepository(bot.db, quotes)
    rng = random.Random()
    await bot.add_cog(QuotesCog(bot.catalogue, quotes, qotd, rng))
    questions = QotdQuestionRepository(bot.db)
    answers = DailyAnswers(bot.bank, qotd, questions)
    poster = DailyPoster(bot, bot.catalogue, quotes, qotd, rng, answers)
    daily = DailyQuoteCog(bot, poster, quotes, qotd, questions, pack=bot.catalogue.pack, rng=rng)
    await bot.add_cog(daily)
    bot.when_running(daily.start_posting)
