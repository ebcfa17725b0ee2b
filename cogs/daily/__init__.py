"""The quote of the day: the daily post with its question (poster, question), the /qotd commands, and
sending many posts at once (sending)."""

from __future__ import annotations

import functools
import random

from bot.client import SoundtrackBot, StatsSection
from bot.db.daily.posts import QotdRepository
from bot.db.daily.questions import QotdQuestionRepository
from bot.db.quotes import QuoteRepository
from bot.domain.text import plural
from cogs.daily.commands import DailyQuoteCog
from cogs.daily.poster import DailyPoster
from cogs.daily.question import DailyAnswers


async def streak_section(
    questions: QotdQuestionRepository, guild_id: int, user_id: int
) -> StatsSection | None:
    """The question of the day's streak in /trivia stats, for those who have answered it right."""
    streak = await questions.streak(guild_id, user_id)
    if not streak.best:
        return None
    return StatsSection(
        "Question of the day",
        f"Daily streak: {plural(streak.current, 'day')} now, best {plural(streak.best, 'day')}",
    )


async def setup(bot: SoundtrackBot) -> None:
    quotes = QuoteRepository(bot.db)
    qotd = QotdRepository(bot.db, quotes)
    rng = random.Random()
    questions = QotdQuestionRepository(bot.db)
    answers = DailyAnswers(bot.bank, qotd, questions)
    poster = DailyPoster(bot, bot.catalogue, quotes, qotd, rng, answers)
    daily = DailyQuoteCog(bot, poster, quotes, qotd, questions, pack=bot.catalogue.pack, rng=rng)
    await bot.add_cog(daily)
    bot.player_stats["daily"] = functools.partial(streak_section, questions)
    bot.when_running(daily.start_posting)
