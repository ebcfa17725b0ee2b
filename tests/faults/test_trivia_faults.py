"""Trivia under faults (issue 14): a database locked by another process, replies Discord fails, a
slow post and a crash between posting a question and recording it. Every game ends, no channel is
blocked, every click is answered in time, and what the bot says matches what it stored."""

from __future__ import annotations

import sqlite3

from bot.db import Database
from bot.db.trivia import TriviaRepository
from tests.cogs.trivia.conftest import Table, buttons, cog, current, question_messages, right_label
from tests.conftest import restart
from tests.faults.conftest import RETRY
from tests.faults.inject import hangs, release, write_lock_held

DEFERRED_REPLY = 5  # Discord's DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE


def stored_status(db: Database) -> list[str]:
    with sqlite3.connect(db.path) as conn:
        return [status for (status,) in conn.execute("SELECT status FROM trivia_game ORDER BY id")]


async def assert_channel_free(table: Table) -> None:
    """A new game starts in the channel: nothing in memory or in the database blocks it."""
    again = await table.alice.slash(table.channel, "trivia start", questions=1)
    assert not again.ephemeral, again.response.content


def last_title(table: Table) -> str:
    message = table.channel.last_message
    assert message is not None and message.embeds
    return message.embeds[0].title or ""


async def test_a_question_closing_while_the_database_is_locked_still_ends_the_game(
    table: Table, db: Database
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=2)
    with write_lock_held(db.path) as holder:
        # Question 1 closes, and question 2 is posted after the pause: recording it waits.
        await env.advance_time(27)
        assert len(question_messages(channel)) == 2
        release(holder)
    await env.advance_time(RETRY)  # question 2 closes: its timer never waited for the database
    assert all(b.disabled for b in buttons(question_messages(channel)[-1]))
    assert last_title(table) == "Trivia: game over"
    assert stored_status(db) == ["finished"]
    await assert_channel_free(table)


async def test_the_last_close_waits_out_the_lock_and_is_stored_before_game_over(
    table: Table, db: Database
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=1)
    with write_lock_held(db.path) as holder:
        await env.advance_time(21)
        assert stored_status(db) == ["running"]
        assert last_title(table) != "Trivia: game over"  # not said before it is stored
        release(holder)
    await env.advance_time(RETRY)
    assert stored_status(db) == ["finished"]
    assert last_title(table) == "Trivia: game over"


async def test_a_click_while_the_database_is_locked_is_acknowledged_then_confirmed(
    table: Table, db: Database, trivia_repo: TriviaRepository
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=2)
    message, question = current(env, channel)
    with write_lock_held(db.path) as holder:
        click = await alice.click(message, label=right_label(question))
        # Acknowledged (deferred) as soon as storing found the database locked, so within Discord's
        # 3 seconds (bot.db.BUSY_TIMEOUT is 1 s), but not yet "locked in".
        assert click.deferred and click.ephemeral
        assert click.response is not None and "Locked in" not in click.response.content
        release(holder)
    await env.advance_time(RETRY)
    confirmed = click.response  # the deferred reply, filled in once the answer is stored
    assert confirmed is not None and "Locked in" in confirmed.content and confirmed.ephemeral
    assert (await trivia_repo.stats(alice.id, None)).answers == 1


async def test_a_click_with_the_database_free_is_answered_at_once(table: Table) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=1)
    message, question = current(env, channel)
    click = await table.bob.click(message, label=right_label(question))
    assert not click.deferred and "Locked in" in click.response.content


async def test_a_failed_stop_reply_still_ends_the_game_everywhere(table: Table, db: Database) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    env.inject_error("POST", "/interactions/*/callback", status=503, times=2)
    await alice.slash(channel, "trivia stop")
    assert stored_status(db) == ["stopped"]
    assert all(b.disabled for b in buttons(question_messages(channel)[-1]))
    [error] = env.errors  # the failed reply went to the one handler; nothing else broke
    assert "503" in str(getattr(error, "original", error))
    await assert_channel_free(table)


async def test_a_stop_waiting_on_a_slow_post_is_acknowledged_in_time(table: Table, db: Database) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    cog(env).runner.acknowledge_within = 0.3  # scaled down with the delay below: 2 s of 3, in production
    await alice.slash(channel, "trivia start", questions=3)
    hangs(env, "POST", f"/channels/{channel.id}/messages", seconds=1)  # question 2's post, rate-limited
    await env.advance_time(26.1)  # question 1 closes, and after the pause question 2's post is held up
    stop = await alice.slash(channel, "trivia stop")
    # Acknowledged (deferred) within the deadline while the game finished posting, then answered.
    [acknowledgement] = [r.json for r in env.http_requests if r.path.endswith("/callback")][-1:]
    assert acknowledgement["type"] == DEFERRED_REPLY
    reply = stop.response
    assert reply is not None and reply.embeds[0].title == "Trivia stopped"
    assert stored_status(db) == ["stopped"]
    assert all(all(b.disabled for b in buttons(m)) for m in question_messages(channel))


async def test_a_failed_start_reply_leaves_the_channel_free(table: Table, db: Database) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    env.inject_error("POST", "/interactions/*/callback", status=503, times=2)
    await alice.slash(channel, "trivia start", questions=3)
    [error] = env.errors  # reported once, through the one handler
    assert "503" in str(getattr(error, "original", error))
    assert stored_status(db) == ["stopped"]
    assert cog(env).runner.games.in_channel(channel.id) is None
    await assert_channel_free(table)


async def test_a_stored_game_the_bot_does_not_hold_is_repaired_on_the_spot(
    table: Table, db: Database
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    runner = cog(env).runner
    live = runner.games.in_channel(channel.id)
    assert live is not None
    runner.games.forget(live)  # the bot lost the game (as a lost reply once made it do)
    assert stored_status(db) == ["running"]
    stop = await alice.slash(channel, "trivia stop")
    assert not stop.ephemeral and stop.response.embeds[0].title == "Trivia stopped"
    assert stored_status(db) == ["stopped"]
    assert all(b.disabled for b in buttons(question_messages(channel)[-1])) or not buttons(
        question_messages(channel)[-1]
    )
    # And a start in a channel the database still thinks busy starts anyway.
    await alice.slash(channel, "trivia start", questions=2)
    live = runner.games.in_channel(channel.id)
    assert live is not None
    runner.games.forget(live)
    started = await alice.slash(channel, "trivia start", questions=1)
    assert not started.ephemeral
    assert stored_status(db) == ["stopped", "interrupted", "running"]


async def test_a_crash_between_posting_and_recording_a_question_leaves_no_live_buttons(
    table: Table, db: Database
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    with write_lock_held(db.path) as holder:
        await env.advance_time(27)  # question 2 is posted after the pause, and its record waits on the lock
        first, second = question_messages(channel)
        cog(env).runner.shutdown()  # the process dies here: question 2 was never recorded
        release(holder)
    await restart(env)
    messages = {m.id: m for m in channel.history()}
    assert messages[second.id].embeds[0].title == "Trivia: game cut off"
    assert buttons(messages[second.id]) == []
    assert all(b.disabled for b in buttons(messages[first.id]))  # the revealed one keeps its answer
    assert stored_status(db) == ["interrupted"]


async def test_one_games_slow_reveal_does_not_hold_up_another_games(table: Table) -> None:
    env, alice = table.env, table.alice
    slow, other = table.channel, table.server.guild.create_text_channel("second")
    await alice.slash(slow, "trivia start", questions=2)  # due first
    await alice.slash(other, "trivia start", questions=2)
    hangs(env, "PATCH", f"/channels/{slow.id}/messages/*", seconds=60)  # its reveal hangs a minute
    await env.advance_time(21)
    assert all(b.disabled for b in buttons(question_messages(other)[0]))  # revealed on time
    await env.advance_time(6)
    assert len(question_messages(other)) == 2
    assert not any(b.disabled for b in buttons(question_messages(slow)[0]))  # still on its way
    await env.advance_time(60)
    assert all(b.disabled for b in buttons(question_messages(slow)[0]))


async def test_a_stop_while_the_database_is_locked_says_stopped_only_once_stored(
    table: Table, db: Database
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    cog(env).runner.acknowledge_within = 0.3  # scaled down: 2 s of Discord's 3, in production
    await alice.slash(channel, "trivia start", questions=3)
    with write_lock_held(db.path) as holder:
        stop = await alice.slash(channel, "trivia stop")
        [acknowledgement] = [r.json for r in env.http_requests if r.path.endswith("/callback")][-1:]
        assert acknowledgement["type"] == DEFERRED_REPLY  # answered Discord in time
        assert stored_status(db) == ["running"]
        assert stop.response is not None and not stop.response.embeds  # no "stopped" before it is stored
        release(holder)
    await env.advance_time(RETRY)
    assert stored_status(db) == ["stopped"]
    assert stop.response is not None and stop.response.embeds[0].title == "Trivia stopped"
    await assert_channel_free(table)
