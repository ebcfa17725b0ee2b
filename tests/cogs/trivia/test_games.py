"""/trivia through SimCord: real command tree, real buttons, real SQLite, virtual time. A game's pace
and its reveals on the virtual clock: each reveal stays 6 s with a countdown, the last goes straight
to the podium, and a reveal shows picks, speed, streaks and leaders."""

from __future__ import annotations

import discord
import simcord

from bot.db.trivia import TriviaRepository
from tests.cogs.trivia.conftest import (
    Table,
    buttons,
    cog,
    current,
    field,
    question_messages,
    right_label,
    wrong_label,
)
from tests.conftest import restart


def fields(message: object) -> dict[str, str]:
    return {f.name: f.value for f in message.embeds[0].fields}  # type: ignore[attr-defined]


async def play(table: Table, right: list[simcord.MemberActor], wrong: list[simcord.MemberActor]) -> int:
    """Everyone answers the open question; returns its message id."""
    message, question = current(table.env, table.channel)
    for player in right:
        await player.click(message, label=right_label(question))
    for player in wrong:
        await player.click(message, label=wrong_label(question))
    return message.id


def reveal_of(table: Table, message_id: int) -> dict[str, str]:
    message = next(m for m in question_messages(table.channel) if m.id == message_id)
    assert all(b.disabled for b in buttons(message))
    return fields(message)


async def test_a_full_game_with_three_players(table: Table, trivia_repo: TriviaRepository) -> None:
    alice, bob, carol, channel, env = table.alice, table.bob, table.carol, table.channel, table.env
    start = await alice.slash(channel, "trivia start", questions=2)
    assert not start.ephemeral and "2 questions" in start.response.content
    message, question = current(env, channel)
    assert "Closes <t:" in field(message.embeds[0], "Time")  # a relative-timestamp countdown
    assert len(buttons(message)) == len(question.options)

    first = await alice.click(message, label=right_label(question))
    assert first.ephemeral and "Locked in" in first.response.content
    assert (await bob.click(message, label=wrong_label(question))).ephemeral
    await env.advance_time(5)
    assert (await carol.click(message, label=right_label(question))).ephemeral
    # Nobody sees anyone's pick before the reveal: the public message shows only how many answered.
    [before] = [m for m in question_messages(channel) if m.id == message.id]
    assert before.embeds[0].description == message.embeds[0].description
    assert field(before.embeds[0], "Time").endswith(" · 3 answered")
    assert not any(str(p.id) in str(before.embeds[0].to_dict()) for p in (alice, bob, carol))

    await env.advance_time(15)  # to the 20 s limit: the first question runs its full time
    revealed = next(m for m in question_messages(channel) if m.id == message.id)
    embed = revealed.embeds[0]
    winners = field(embed, "Who got it right").splitlines()
    assert winners == [f"**{alice.name}** +1,000 in 0.0 s", f"**{carol.name}** +875 in 5.0 s"]
    assert str(bob.id) not in field(embed, "Who got it right")
    assert "1 wrong" in field(embed, "Answers")
    assert field(embed, "Why").startswith(question.explanation)  # with its marks: see test_views.py
    assert "Source" not in fields(revealed)
    assert all(b.disabled for b in buttons(revealed))
    assert [b.style for b in buttons(revealed)].count(discord.ButtonStyle.success) == 1

    await env.advance_time(6)  # the reveal's pause
    # The second question closes as soon as everyone playing has answered: no waiting.
    message2, question2 = current(env, channel)
    assert message2.id != message.id
    for player in (alice, bob, carol):
        await player.click(message2, label=right_label(question2))
    assert cog(env).runner.games.in_channel(channel.id) is None
    final = channel.last_message
    assert final is not None and final.embeds[0].title == "Trivia: game over"
    podium = field(final.embeds[0], "Podium").splitlines()
    assert podium[0].startswith(f"🥇 **{alice.name}** — **2,000** points · 2/2 right · fastest 0.0 s")
    assert podium[2] == f"🥉 **{bob.name}** — **1,000** points · 1/2 right · fastest 0.0 s"
    stats = await trivia_repo.stats(alice.id, table.server.guild.id)
    assert (stats.games, stats.answers, stats.points) == (1, 2, 2000)


async def test_each_player_answers_once(table: Table, trivia_repo: TriviaRepository) -> None:
    env, channel, bob = table.env, table.channel, table.bob
    await table.alice.slash(channel, "trivia start", questions=1)
    message, question = current(env, channel)
    await bob.click(message, label=wrong_label(question))
    again = await bob.click(message, label=right_label(question))
    assert again.ephemeral and "already locked in" in again.response.content
    await env.advance_time(21)
    assert (await trivia_repo.stats(bob.id, None)).answers == 1
    revealed = next(m for m in question_messages(channel) if m.id == message.id)
    assert field(revealed.embeds[0], "Who got it right") == "Nobody this time."


async def test_the_time_limit_closes_the_question(table: Table) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=1)
    await env.advance_time(19)
    assert not any(b.disabled for b in buttons(question_messages(channel)[-1]))
    await env.advance_time(2)
    assert all(b.disabled for b in buttons(question_messages(channel)[-1]))
    assert channel.last_message is not None and channel.last_message.embeds[0].title == "Trivia: game over"
    assert field(channel.last_message.embeds[0], "Podium") == "Nobody answered."


async def test_one_game_per_channel_and_two_channels_at_once(table: Table) -> None:
    env, alice, bob = table.env, table.alice, table.bob
    other = table.server.guild.create_text_channel("second")
    await alice.slash(table.channel, "trivia start", questions=2)
    await bob.slash(other, "trivia start", questions=2)
    again = await bob.slash(table.channel, "trivia start")
    assert again.ephemeral and "already running in this channel" in again.response.content
    first_message, _ = current(env, table.channel)
    assert first_message.jump_url in again.response.content
    assert len(table.server.user_errors()) == 1

    here, q_here = current(env, table.channel)
    there, q_there = current(env, other)
    await alice.click(here, label=right_label(q_here))
    await bob.click(there, label=wrong_label(q_there))
    await env.advance_time(21)
    # Each channel revealed its own answers and moved on to its own second question.
    assert f"**{alice.name}**" in field(question_messages(table.channel)[0].embeds[0], "Who got it right")
    assert field(question_messages(other)[0].embeds[0], "Who got it right") == "Nobody this time."
    await env.advance_time(6)
    assert len(question_messages(table.channel)) == 2 and len(question_messages(other)) == 2
    await env.advance_time(21)
    assert cog_games(env) == 0


def cog_games(env: simcord.Env) -> int:
    runner = cog(env).runner
    return len(runner.games)


async def test_stop_is_for_the_starter_or_manage_messages(table: Table) -> None:
    env, channel, alice, bob = table.env, table.channel, table.alice, table.bob
    await alice.slash(channel, "trivia start", questions=5)
    message, question = current(env, channel)
    await bob.click(message, label=right_label(question))
    refused = await bob.slash(channel, "trivia stop")
    assert refused.ephemeral and "Manage Messages" in refused.response.content
    assert table.server.user_errors() == [refused.response.content]
    mods = table.server.guild.create_role("Mods", permissions=discord.Permissions(manage_messages=True))
    mod = table.server.guild.add_member(env.create_user("mod"), roles=[mods])
    stopped = await mod.slash(channel, "trivia stop")
    assert not stopped.ephemeral
    assert f"🥇 **{bob.name}** — **1,000** points" in field(stopped.response.embeds[0], "Podium")
    assert all(b.disabled for b in buttons(question_messages(channel)[-1]))  # the open question was revealed
    nothing = await alice.slash(channel, "trivia stop")
    assert "No trivia game is running" in nothing.response.content
    table.server.user_errors()
    # The starter may stop their own game, and the channel is free for a new one.
    await alice.slash(channel, "trivia start", questions=1)
    assert not (await alice.slash(channel, "trivia stop")).ephemeral


async def test_a_restart_mid_game_closes_it_cleanly_and_keeps_the_points(
    table: Table, trivia_repo: TriviaRepository
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    message, question = current(env, channel)
    await alice.click(message, label=right_label(question))
    await restart(env)
    closed = next(m for m in channel.history() if m.id == message.id)
    assert closed.embeds[0].title == "Trivia: game cut off"
    assert "points stand" in (closed.embeds[0].description or "")
    assert f"🥇 <@{alice.id}> — **1,000** points" in field(closed.embeds[0], "Podium")
    assert buttons(closed) == []
    assert await trivia_repo.running_games() == []
    assert (await trivia_repo.stats(alice.id, None)).points == 1000
    # The channel can play again straight away.
    start = await alice.slash(channel, "trivia start", questions=1)
    assert not start.ephemeral


async def test_a_click_on_a_question_from_before_a_restart_is_told_it_closed(table: Table) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    message, question = current(env, channel)
    # The clean-up edit fails (say Discord is briefly down): the buttons stay, and must not crash.
    env.inject_error("PATCH", f"/channels/{channel.id}/messages/{message.id}", status=500)
    await restart(env)
    late = await table.bob.click(message, label=right_label(question))
    assert late.ephemeral and late.response.content == "This question has closed."


async def test_a_server_does_not_see_a_question_again_across_games(
    table: Table, trivia_repo: TriviaRepository
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    shown: list[str] = []
    facts: list[str] = []
    for _ in range(3):
        await alice.slash(channel, "trivia start", questions=20)
        live = cog(env).runner.games.in_channel(channel.id)
        shown.extend(q.id for q in live.state.questions)
        facts.extend(f for q in live.state.questions for f in q.about)
        await alice.slash(channel, "trivia stop")
    # The bank counts facts, not phrasings: no fact comes round again before every fact has.
    assert len(shown) >= 45 and len(set(facts)) == len(facts)
    seen = await trivia_repo.seen(table.server.guild.id, "im-here")
    assert set(shown) == seen.ids


async def test_filters_pick_only_matching_questions(table: Table) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=3, category="reviews", difficulty="medium")
    live = cog(env).runner.games.in_channel(channel.id)
    assert {(q.category, q.difficulty) for q in live.state.questions} == {("reviews", "medium")}


async def test_a_reveal_stays_six_seconds_with_a_countdown_then_the_next_question(table: Table) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=2)
    first = await play(table, [table.alice], [])
    await env.advance_time(20)  # the first question runs its full time
    reveal = reveal_of(table, first)
    closed_at = int(env.now().timestamp())
    assert reveal["Next question"] == f"<t:{closed_at + 6}:R>"  # Discord shows "in 6 seconds", live
    await env.advance_time(5.9)
    assert len(question_messages(channel)) == 1  # still reading the answer
    await env.advance_time(0.2)
    assert len(question_messages(channel)) == 2
    assert cog(env).runner.games.in_channel(channel.id).state.is_open


async def test_closing_early_still_leaves_the_reveal_its_time(table: Table) -> None:
    env, channel, alice, bob = table.env, table.channel, table.alice, table.bob
    await alice.slash(channel, "trivia start", questions=3)
    await play(table, [alice, bob], [])
    await env.advance_time(20)
    await env.advance_time(6)
    second = await play(table, [alice], [bob])  # every player in: it closes at once
    assert "Next question" in reveal_of(table, second)
    assert len(question_messages(channel)) == 2
    await env.advance_time(6)
    assert len(question_messages(channel)) == 3


async def test_the_last_question_goes_straight_to_the_podium(table: Table) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=2)
    await play(table, [alice], [])
    await env.advance_time(26)
    last = await play(table, [alice], [])
    reveal = reveal_of(table, last)
    assert "Next question" not in reveal and "Top three" not in reveal  # the podium follows at once
    final = channel.last_message
    assert final is not None and final.embeds[0].title == "Trivia: game over"
    assert cog(env).runner.games.in_channel(channel.id) is None


async def test_the_reveal_counts_picks_times_players_and_shows_the_top_three(table: Table) -> None:
    env, channel, alice, bob, carol = table.env, table.channel, table.alice, table.bob, table.carol
    await alice.slash(channel, "trivia start", questions=2)
    message, question = current(env, channel)
    await alice.click(message, label=right_label(question))
    await env.advance_time(4)
    await bob.click(message, label=right_label(question))
    await carol.click(message, label=wrong_label(question))
    await env.advance_time(16)
    reveal = reveal_of(table, message.id)
    description = (
        next(m for m in question_messages(channel) if m.id == message.id).embeds[0].description or ""
    )
    assert "✅ · 2 picks" in description and "· 1 pick" in description  # one count per option
    assert reveal["Who got it right"].splitlines() == [
        f"**{alice.name}** +1,000 in 0.0 s",
        f"**{bob.name}** +900 in 4.0 s",
    ]
    assert (
        reveal["Top three"] == f"🥇 **{alice.name}** 1,000 · 🥈 **{bob.name}** 900"
    )  # carol, on 0 points, gets no medal


async def test_three_right_in_a_row_earn_a_streak_mark(table: Table) -> None:
    env, alice, bob = table.env, table.alice, table.bob
    await alice.slash(table.channel, "trivia start", questions=4)
    first = await play(table, [alice, bob], [])
    await env.advance_time(26)
    assert "🔥" not in reveal_of(table, first)["Who got it right"]
    second = await play(table, [alice], [bob])
    assert "🔥" not in reveal_of(table, second)["Who got it right"]
    await env.advance_time(6)
    third = await play(table, [alice, bob], [])
    winners = reveal_of(table, third)["Who got it right"].splitlines()
    assert winners[0].startswith(f"**{alice.name}**") and winners[0].endswith("🔥 3 in a row")
    assert "🔥" not in winners[1]  # bob's run was broken by the second question


async def test_a_stop_during_the_pause_ends_the_game_and_takes_the_countdown_away(table: Table) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    first = await play(table, [alice], [])
    await env.advance_time(20)
    assert "Next question" in reveal_of(table, first)
    stopped = await alice.slash(channel, "trivia stop")
    assert stopped.response.embeds[0].title == "Trivia stopped"
    assert "Next question" not in reveal_of(table, first)
    await env.advance_time(10)
    assert len(question_messages(channel)) == 1  # no question after the stop
    assert field(stopped.response.embeds[0], "Podium").startswith(f"🥇 **{alice.name}**")


async def test_the_runner_keeps_only_the_most_recently_seen_players_names(table: Table) -> None:
    runner = cog(table.env).runner
    runner.names_kept = 2
    for member in (table.alice, table.bob, table.carol):
        await member.slash(table.channel, "trivia leaderboard")
    assert list(runner.names) == [table.bob.user.id, table.carol.user.id]
    await table.bob.slash(table.channel, "trivia leaderboard")  # seen again: the most recent
    assert list(runner.names)[-1] == table.bob.user.id and len(runner.names) == 2
