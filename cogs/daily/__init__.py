"""The daily post: the quote of the day with its question of the day. The poster chooses and posts
(poster, sending), the question's buttons take answers (question), and /qotd sets it up (commands)."""

from __future__ import annotations

import functools
import random

import discord

from bot.client import SoundtrackBot, StatsSection, TodaysQuote
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from bot.domain.daily.schedule import DEFAULT_TIMEZONE, local_date
from bot.ui.i18n import t
from cogs.daily.cards import POST_KIND, PostCards
from cogs.daily.commands import DailyQuoteCog
from cogs.daily.poster import DailyPoster
from cogs.daily.question import DailyAnswers


async def streak_section(
    questions: DailyQuestionRepository, guild_id: int, user_id: int
) -> StatsSection | None:
    """The question of the day's streak in /trivia stats, for those who have answered it right."""
    streak = await questions.streak(guild_id, user_id)
    if not streak.best:
        return None
    return StatsSection(
        t("daily-question-title"), t("daily-stats-streak", current=streak.current, best=streak.best)
    )


async def todays_quote(
    settings: DailySettingsRepository,
    posts: DailyPostRepository,
    pack: str,
    rng: random.Random,
    guild_id: int,
) -> TodaysQuote:
    """The server's quote for its local date today (in its time zone once set, else UTC), chosen
    now if the day has none yet: the one the daily post shows that day."""
    saved = await settings.get(guild_id)
    day = local_date(discord.utils.utcnow(), saved.timezone if saved else DEFAULT_TIMEZONE)
    chosen = await posts.choose_day(guild_id, day, pack, rng)
    return TodaysQuote(day, chosen.pack, chosen.quote)


async def server_zone(settings: DailySettingsRepository, guild_id: int) -> str | None:
    """The server's time zone as its daily post is set (None before /qotd set): trivia's seasons
    follow it."""
    saved = await settings.get(guild_id)
    return saved.timezone if saved else None


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
    bot.player_stats["daily"] = functools.partial(streak_section, questions)
    bot.todays_quote = functools.partial(todays_quote, settings, posts, bot.catalogue.pack, rng)
    bot.server_zone = functools.partial(server_zone, settings)
    # The posts' Sources buttons find their card here, however old the post.
    bot.cards.register(POST_KIND, PostCards(quotes, bot.catalogue.pack, bot.bank).card)
    bot.when_running(daily.start_posting)
