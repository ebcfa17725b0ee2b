"""The question of the day's streaks and reveals, stored only for posts that go out: a refused post's
reveal is taken back and made by the next post; answerers' names are cleared once the reveal naming
streaks is posted. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random

from bot.db import Database
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.domain.daily.question import DailyStreak
from tests.bot.db.daily.test_questions import DAY, NEXT, NOW, picker, post


async def test_answerers_names_are_kept_only_until_the_reveal_naming_streaks_is_posted(
    posts: DailyPostRepository, questions: DailyQuestionRepository, db: Database
) -> None:
    await post(posts, questions, DAY, picker("q1"))
    await questions.answer(1, DAY, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    # The next post is claimed and its reveal made, but it has not gone out: the name is still needed.
    await posts.choose_and_claim([(1, NEXT, 10)], "im-here", random.Random(0), now=NOW)
    await questions.prepare([(1, NEXT, True)], "im-here", picker("q2"), now=NOW)
    assert [r["name"] for r in await db.fetch("SELECT name FROM qotd_answer")] == ["Ana"]
    await posts.mark_posted_days([(1, NEXT, 200)], now=NOW)
    assert [r["name"] for r in await db.fetch("SELECT name FROM qotd_answer")] == [""]
    assert await questions.streak(1, 7) == DailyStreak(1, 1)
    # Recorded twice (a retry after the record was written): the streak counts the day once.
    await posts.mark_posted_days([(1, NEXT, 200)], now=NOW)
    assert await questions.streak(1, 7) == DailyStreak(1, 1)


async def test_a_refused_post_stores_no_streak_and_reopens_the_question_it_revealed(
    posts: DailyPostRepository, questions: DailyQuestionRepository, daily_settings: DailySettingsRepository
) -> None:
    await daily_settings.save(1, channel_id=10, post_time=dt.time(0), timezone="UTC", role_id=None, now=NOW)
    await post(posts, questions, DAY, picker("q1"))
    await questions.answer(1, DAY, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    await posts.choose_and_claim([(1, NEXT, 10)], "im-here", random.Random(0), now=NOW)
    await questions.prepare([(1, NEXT, True)], "im-here", picker("q2"), now=NOW)
    await posts.mark_failed(1, NEXT, "refused", now=NOW)
    assert await questions.streak(1, 7) == DailyStreak(0, 0)
    late = await questions.answer(1, DAY, user_id=8, name="Ben", option=1, correct=False, now=NOW)
    assert late.status == "stored"
    failed = await posts.day(1, NEXT)
    assert failed is not None and failed.reveals_answer_of is None and failed.reveal_summary is None
    third = NEXT + dt.timedelta(days=1)
    await post(posts, questions, third, picker("q3"))
    revealing = await posts.day(1, third)
    assert revealing is not None and revealing.reveals_answer_of == DAY
    assert revealing.reveal_summary is not None and revealing.reveal_summary.answers == 2
    assert await questions.streak(1, 7) == DailyStreak(1, 1)


async def test_a_day_left_unposted_by_discords_trouble_gives_its_reveal_to_the_next_post(
    posts: DailyPostRepository, questions: DailyQuestionRepository
) -> None:
    await post(posts, questions, DAY, picker("q1"))
    await questions.answer(1, DAY, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    # The next day's post is claimed and its reveal made; Discord rate-limits it all that day.
    await posts.choose_and_claim([(1, NEXT, 10)], "im-here", random.Random(0), now=NOW)
    await questions.prepare([(1, NEXT, True)], "im-here", picker("q2"), now=NOW)
    await posts.release(1, NEXT, "Discord was rate-limiting the bot.")
    third = NEXT + dt.timedelta(days=1)
    await post(posts, questions, third, picker("q3"))
    revealing = await posts.day(1, third)
    assert revealing is not None and revealing.reveals_answer_of == DAY
    missed = await posts.day(1, NEXT)
    assert missed is not None and missed.reveals_answer_of is None
    assert await questions.streak(1, 7) == DailyStreak(1, 1)
