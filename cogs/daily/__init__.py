"""The daily post: the quote of the day with its question of the day. The poster chooses and posts
(poster, sending), the question's buttons take answers (question), and /qotd sets it up (commands)."""

from __future__ import annotations

import random

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from cogs.daily.commands import DailyQuoteCog
from cogs.daily.poster import DailyPoster
from cogs.daily.question import DailyAnswers


async def setup(bot: SoundtrackBot) -> None:
    quotes = QuoteRepository(bot.db)
    settings = DailySettingsRepository(bot.db)
    posts = DailyPostRepository(bot.db, quotes)
    rng = random.Random()
    questions = DailyQuestionRepository(bot.db)
    poster = DailyPoster(bot, bot.catalogue, quotes, settings, posts, questions, bot.bank, rng)
    daily = DailyQuoteCog(bot, poster, quotes, settings, posts, questions, pack=bot.catalogue.pack, rng=rng)
    await bot.add_cog(DailyAnswers(bot, bot.bank, posts, questions))
    await bot.add_cog(daily)
    bot.when_running(daily.start_posting)
