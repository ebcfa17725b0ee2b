"""The question of the day through SimCord, day after day on explicit clocks: one answer each, stored at
the click; the next post reveals it exactly once and closes the earlier post; restarts in between."""

from __future__ import annotations

import datetime as dt

import discord
import simcord

from bot.db.daily.questions import DailyQuestionRepository, Tally
from bot.domain.trivia.questions import TRUE_FALSE, Question
from cogs.daily.question import DailyAnswerButton, question_embed, question_view, reveal_embed
from tests.bot.domain.trivia.conftest import question as sound_question
from tests.cogs.daily.conftest import (
    DAY,
    bot_messages,
    daily,
    field,
    first_post,
    label,
    next_weekday,
    post_on,
    question_of,
    reveals,
    set_qotd,
    wrong,
)
from tests.cogs.quotes.conftest import sources_label
from tests.conftest import Server, restart


def questions(server: Server) -> DailyQuestionRepository:
    return DailyQuestionRepository(server.env.bot.db)  # type: ignore[attr-defined]


def start(server: Server) -> dt.datetime:
    return server.env.now()


def assert_closed(message: discord.Message) -> None:
    """The post's answer buttons off, its Sources button still there to tap."""
    children = [b for row in message.components for b in row.children]
    assert all(b.disabled for b in children if (b.custom_id or "").startswith("qotd:"))
    assert [b.label for b in children if not b.disabled] == [sources_label(message)]


async def test_a_post_carries_a_question_answered_once_each_privately(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, message, question = await first_post(server, manager)
    assert [e.title for e in message.embeds] == ["Quote of the day", "Question of the day"]
    assert question.prompt in (message.embeds[1].description or "")
    answers, sources = (list(row.children) for row in message.components)
    assert [b.label for b in answers] == [label(question, i) for i in range(len(question.options))]
    # The day and the option, as every post has carried them: older posts' buttons keep working.
    assert [b.custom_id for b in answers] == [f"qotd:{now:%Y%m%d}:{i}" for i in range(len(question.options))]
    assert [b.label for b in sources] == ["Sources (1)"]  # on a row of its own, after the answers

    first = await server.member.click(message, label=label(question, question.answer))
    assert first.ephemeral and "Locked in" in first.response.content
    again = await server.member.click(message, label=label(question, wrong(question)))
    assert again.ephemeral and "already answered" in again.response.content
    assert f"**{label(question, question.answer)}**" in again.response.content
    tally = await questions(server).tally(server.guild.id, now.date())
    assert (tally.answers, tally.right) == (1, 1)  # stored at the click, the second click ignored


async def test_the_next_post_reveals_once_and_closes_the_earlier_post(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    others = [server.guild.add_member(server.env.create_user(f"fan-{i}")) for i in range(2)]
    await server.member.click(first, label=label(question, question.answer))
    await others[0].click(first, label=label(question, question.answer))
    await others[1].click(first, label=label(question, wrong(question)))

    second = await post_on(server, now + DAY)
    [reveal] = reveals(second)
    assert f"{now:%B} {now.day}, {now.year}" in (reveal.title or "")
    assert question.right in (field(reveal, "Right answer") or "")
    assert field(reveal, "Answers") == "2 of 3 players got it right."
    # The earlier post now shows the answer, its buttons off.
    closed = next(m for m in bot_messages(server.channel) if m.id == first.id)
    assert field(closed.embeds[1], "Answers") == "2 of 3 players got it right."
    assert_closed(closed)

    # A restart, and the day after: the reveal is not repeated.
    await restart(server.env)
    third = await post_on(server, now + 2 * DAY)
    [later] = reveals(third)
    assert f"{(now + DAY):%B} {(now + DAY).day}, {(now + DAY).year}" in (later.title or "")
    assert field(later, "Answers") == "Nobody answered."
    assert sum(len(reveals(m)) for m in bot_messages(server.channel)) == 2


async def test_a_click_after_the_reveal_gets_the_answer_privately(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    # The bot stops between the reveal and closing the earlier post: that edit never happens.
    server.env.inject_error(
        "PATCH", f"/channels/{server.channel.id}/messages/{first.id}", status=404, times=1
    )
    await post_on(server, now + DAY)
    late = server.guild.add_member(server.env.create_user("late"))
    result = await late.click(first, label=label(question, wrong(question)))
    assert result.ephemeral and "closed" in result.response.content
    assert (
        question.right in result.response.content and "1 of 1 player got it right" in result.response.content
    )
    tally = await questions(server).tally(server.guild.id, now.date())
    assert tally.answers == 1  # the late click was not counted
    # ... and the click brought the earlier post up to date.
    closed = next(m for m in bot_messages(server.channel) if m.id == first.id)
    assert_closed(closed)


async def test_answers_survive_a_restart_between_post_and_reveal(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    await restart(server.env)
    # The buttons work after the restart too.
    other = server.guild.add_member(server.env.create_user("other"))
    after = await other.click(first, label=label(question, wrong(question)))
    assert "Locked in" in after.response.content
    second = await post_on(server, now + DAY)
    [reveal] = reveals(second)
    assert field(reveal, "Answers") == "1 of 2 players got it right."


async def test_question_false_posts_the_quote_alone(server: Server, manager: simcord.MemberActor) -> None:
    await set_qotd(server, manager, time="00:00", question=False)
    message = await post_on(server, start(server))
    assert [e.title for e in message.embeds] == ["Quote of the day"]
    assert [b.label for row in message.components for b in row.children] == ["Sources (1)"]


async def test_a_click_on_a_question_gone_from_the_data_is_told_so_privately(
    server: Server, manager: simcord.MemberActor
) -> None:
    _, message, question = await first_post(server, manager)
    db = server.env.bot.db  # type: ignore[attr-defined]
    async with db.transaction() as conn:  # as if a pack reload dropped the question
        await conn.execute("UPDATE qotd_day SET question_id = 'gen:gone'")
    result = await server.member.click(message, label=label(question, 0))
    assert result.ephemeral and "no longer in the bot's data" in result.response.content
    assert server.user_errors() == [result.response.content]  # through the one error handler


async def test_a_post_retried_after_discord_failed_it_reveals_once(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    # The next day's first attempt fails after its reveal was decided; the retry carries the same reveal.
    server.env.inject_error("POST", f"/channels/{server.channel.id}/messages", status=503, times=1)
    assert await daily(server).poster.post_due(now + DAY) == 0
    await restart(server.env)
    assert await daily(server).poster.post_due(now + DAY + dt.timedelta(minutes=1)) == 1
    shown = [r for m in bot_messages(server.channel) for r in reveals(m)]
    assert [field(r, "Answers") for r in shown] == ["1 of 1 player got it right."]


async def test_a_streak_runs_across_skipped_weekdays_and_shows_in_stats_and_reveals(
    server: Server, manager: simcord.MemberActor
) -> None:
    await set_qotd(server, manager, time="00:00", days="mon,wed,fri")
    before = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(before, "Question of the day") is None  # nothing to show before a right answer
    monday = next_weekday(server.env.now(), 0)
    days = [monday, monday + 2 * DAY, monday + 4 * DAY, monday + 7 * DAY]
    for when in days[:3]:
        message = await post_on(server, when)
        question: Question = await question_of(server, when)
        await server.member.click(message, label=label(question, question.answer))
    last = await post_on(server, days[3])  # reveals Friday's: Monday, Wednesday, Friday right
    [reveal] = reveals(last)
    assert field(reveal, "Longest running streaks") == "sheldon: 3 days"
    assert "<@" not in str(reveal.to_dict())  # named, never pinged
    stats = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(stats, "Question of the day") == "Daily streak: 3 days now, best 3 days"
    # A wrong answer breaks it; the best stays.
    question = await question_of(server, days[3])
    await server.member.click(last, label=label(question, wrong(question)))
    await post_on(server, days[3] + 2 * DAY)
    stats = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(stats, "Question of the day") == "Daily streak: 0 days now, best 3 days"


QUESTION = sound_question(prompt="Which one?", options=("One", "Two", "Three"), answer=1)


def test_the_options_read_as_letters_and_the_closed_question_marks_the_right_one() -> None:
    day = dt.date(2026, 6, 1)
    asked = question_embed(QUESTION, day)
    assert asked.description == "Which one?\n\n**A.** One\n**B.** Two\n**C.** Three"
    closed = question_embed(QUESTION, day, Tally(3, 1))
    assert closed.description == "Which one?\n\n**A.** One\n__**B.** Two ✅__\n**C.** Three"
    assert field(closed, "Right answer") == "**B**: Two"
    revealed = reveal_embed(QUESTION, day, Tally(3, 1), (), "")
    assert revealed.description == closed.description
    assert field(revealed, "Right answer") == "**B**: Two"


def test_a_true_false_question_lists_its_options_only_on_its_buttons() -> None:
    question = sound_question(prompt="Which one?", options=TRUE_FALSE, answer=0)
    closed = question_embed(question, dt.date(2026, 6, 1), Tally(0, 0))
    assert (closed.description or "").splitlines() == ["Which one?"]
    assert field(closed, "Right answer") == f"**{TRUE_FALSE[0]}**"
    view = question_view(dt.date(2026, 6, 1), question, closed=True)
    assert [b.item.label for b in view.children if isinstance(b, DailyAnswerButton)] == list(TRUE_FALSE)


async def test_a_refused_post_leaves_the_reveal_to_the_next_post_that_goes_out(
    server: Server, manager: simcord.MemberActor
) -> None:
    now, first, question = await first_post(server, manager)
    await server.member.click(first, label=label(question, question.answer))
    # Day 1: Discord refuses the post (a permission taken away, then given back).
    server.env.inject_error("POST", f"/channels/{server.channel.id}/messages", status=403, times=1)
    assert await daily(server).poster.post_due(now + DAY) == 0
    # Its reveal never went out: day 0's question still takes answers.
    late = server.guild.add_member(server.env.create_user("late"))
    still_open = await late.click(first, label=label(question, wrong(question)))
    assert still_open.ephemeral and "Locked in" in still_open.response.content
    # Day 2 goes out and reveals day 0's question, closing its post.
    third = await post_on(server, now + 2 * DAY)
    [reveal] = reveals(third)
    assert f"{now:%B} {now.day}, {now.year}" in (reveal.title or "")
    assert field(reveal, "Answers") == "1 of 2 players got it right."
    assert_closed(next(m for m in bot_messages(server.channel) if m.id == first.id))
    stats = (await server.member.slash(server.channel, "trivia stats")).response.embeds[0]
    assert field(stats, "Question of the day") == "Daily streak: 1 day now, best 1 day"
