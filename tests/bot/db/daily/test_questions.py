"""The question of the day's storage on real SQLite: chosen once, revealed once, answers once each."""

from __future__ import annotations

import datetime as dt
import random

from bot.db import Database
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository, Tally
from bot.db.daily.settings import DailySettingsRepository
from bot.db.trivia import SeenQuestions, TriviaRepository
from bot.domain.daily.question import DailyStreak, RunningStreak

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 6, 1)
NEXT = DAY + dt.timedelta(days=1)


def picker(*ids: str):
    """Picks the given ids in turn, in cycle 0: the test sees which question the store keeps."""
    queue = list(ids)

    def pick(seen: SeenQuestions) -> tuple[str, int] | None:
        return (queue.pop(0), seen.cycle) if queue else None

    return pick


async def post(posts: DailyPostRepository, questions: DailyQuestionRepository, day: dt.date, pick) -> None:
    await posts.choose_and_claim([(1, day, 10)], "im-here", random.Random(0), now=NOW)
    await questions.prepare([(1, day, True)], "im-here", pick, now=NOW)
    await posts.mark_posted_days([(1, day, 100 + day.day)], now=NOW)


async def test_the_question_is_chosen_once_and_marked_seen_for_games_too(
    posts: DailyPostRepository, questions: DailyQuestionRepository, db: Database
) -> None:
    await posts.choose_and_claim([(1, DAY, 10)], "im-here", random.Random(0), now=NOW)
    first = await questions.prepare([(1, DAY, True)], "im-here", picker("q1"), now=NOW)
    again = await questions.prepare([(1, DAY, True)], "im-here", picker("q2"), now=NOW)  # a retry
    assert first[(1, DAY)].question_id == again[(1, DAY)].question_id == "q1"
    assert (await TriviaRepository(db).seen(1, "im-here")).ids == {"q1"}


async def test_question_off_leaves_the_day_without_one(
    posts: DailyPostRepository, questions: DailyQuestionRepository
) -> None:
    await posts.choose_and_claim([(1, DAY, 10)], "im-here", random.Random(0), now=NOW)
    days = await questions.prepare([(1, DAY, False)], "im-here", picker("q1"), now=NOW)
    assert days[(1, DAY)].question_id is None


async def test_answers_once_each_until_the_next_day_reveals_then_closed(
    posts: DailyPostRepository, questions: DailyQuestionRepository
) -> None:
    await post(posts, questions, DAY, picker("q1"))
    stored = await questions.answer(1, DAY, user_id=7, name="Ana", option=2, correct=True, now=NOW)
    again = await questions.answer(1, DAY, user_id=7, name="Ana", option=0, correct=False, now=NOW)
    assert (stored.status, again.status, again.option) == ("stored", "again", 2)
    await questions.answer(1, DAY, user_id=8, name="Bo", option=0, correct=False, now=NOW)
    assert await questions.tally(1, DAY) == Tally(2, 1)

    await post(posts, questions, NEXT, picker("q2"))
    assert (await posts.day(1, NEXT)).reveals_answer_of == DAY  # type: ignore[union-attr]
    assert (await posts.day(1, DAY)).answers_closed_at is not None  # type: ignore[union-attr]
    late = await questions.answer(1, DAY, user_id=9, name="Cy", option=2, correct=True, now=NOW)
    assert late.status == "closed"
    missing = await questions.answer(
        1, DAY - dt.timedelta(days=9), user_id=9, name="Cy", option=0, correct=True, now=NOW
    )
    assert missing.status == "missing"
    # The day after reveals the second day, never the first again.
    await post(posts, questions, NEXT + dt.timedelta(days=1), picker("q3"))
    assert (await posts.day(1, NEXT + dt.timedelta(days=1))).reveals_answer_of == NEXT  # type: ignore[union-attr]


async def test_a_failed_day_between_two_question_days_does_not_break_a_streak(
    posts: DailyPostRepository, questions: DailyQuestionRepository, daily_settings: DailySettingsRepository
) -> None:
    await daily_settings.save(1, channel_id=10, post_time=dt.time(0), timezone="UTC", role_id=None, now=NOW)
    await post(posts, questions, DAY, picker("q1"))
    await questions.answer(1, DAY, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    # The next day's question is chosen, then the post fails (nobody could answer it).
    await posts.choose_and_claim([(1, NEXT, 10)], "im-here", random.Random(0), now=NOW)
    await questions.prepare([(1, NEXT, True)], "im-here", picker("q2"), now=NOW)
    await posts.mark_failed(1, NEXT, "gone", now=NOW)
    third = NEXT + dt.timedelta(days=1)
    await post(posts, questions, third, picker("q3"))
    await questions.answer(1, third, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    await post(posts, questions, third + dt.timedelta(days=1), picker("q4"))
    assert await questions.streak(1, 7) == DailyStreak(2, 2)


async def test_streaks_and_history(posts: DailyPostRepository, questions: DailyQuestionRepository) -> None:
    days = [DAY + dt.timedelta(days=n) for n in range(4)]
    for n, day in enumerate(days[:3]):
        await post(posts, questions, day, picker(f"q{n}"))
        await questions.answer(1, day, user_id=7, name="Ana", option=0, correct=True, now=NOW)
    await post(posts, questions, days[3], picker("q3"))  # reveals the third day
    assert await questions.streak(1, 7) == DailyStreak(3, 3)
    revealing = await posts.day(1, days[3])
    assert revealing is not None and revealing.reveal_summary is not None
    assert revealing.reveal_summary.streaks == (RunningStreak("Ana", 3, 7),)
    assert (revealing.reveal_summary.answers, revealing.reveal_summary.right) == (1, 1)
    # Nobody answers the fourth day's question: once it is revealed, Ana's run is over; her best stays.
    await post(posts, questions, days[3] + dt.timedelta(days=1), picker("q4"))
    assert await questions.streak(1, 7) == DailyStreak(0, 3)
    history = await questions.history(1)
    assert [e.day.local_date for e in history] == [days[3] + dt.timedelta(days=1), *days[::-1]]
    assert history[2].tally == Tally(1, 1) and history[1].tally == Tally(0, 0)
