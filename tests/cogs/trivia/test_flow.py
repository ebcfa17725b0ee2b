"""A game's pace and its reveals through SimCord, on the virtual clock: each reveal stays 6 s with a
countdown, the last goes straight to the podium, and a reveal shows picks, speed, streaks and leaders."""

from __future__ import annotations

import simcord

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


def revealed(table: Table, message_id: int) -> dict[str, str]:
    message = next(m for m in question_messages(table.channel) if m.id == message_id)
    assert all(b.disabled for b in buttons(message))
    return fields(message)


async def test_a_reveal_stays_six_seconds_with_a_countdown_then_the_next_question(table: Table) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=2)
    first = await play(table, [table.alice], [])
    await env.advance_time(20)  # the first question runs its full time
    reveal = revealed(table, first)
    closed_at = int(env.now().timestamp())
    assert reveal["Next question"] == f"<t:{closed_at + 6}:R>"  # Discord shows "in 6 seconds", live
    await env.advance_time(5.9)
    assert len(question_messages(channel)) == 1  # still reading the answer
    await env.advance_time(0.2)
    assert len(question_messages(channel)) == 2
    assert cog(env).runner.game_in(channel.id).state.is_open


async def test_closing_early_still_leaves_the_reveal_its_time(table: Table) -> None:
    env, channel, alice, bob = table.env, table.channel, table.alice, table.bob
    await alice.slash(channel, "trivia start", questions=3)
    await play(table, [alice, bob], [])
    await env.advance_time(20)
    await env.advance_time(6)
    second = await play(table, [alice], [bob])  # every player in: it closes at once
    assert "Next question" in revealed(table, second)
    assert len(question_messages(channel)) == 2
    await env.advance_time(6)
    assert len(question_messages(channel)) == 3


async def test_the_last_question_goes_straight_to_the_podium(table: Table) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=2)
    await play(table, [alice], [])
    await env.advance_time(26)
    last = await play(table, [alice], [])
    reveal = revealed(table, last)
    assert "Next question" not in reveal and "Top three" not in reveal  # the podium follows at once
    final = channel.last_message
    assert final is not None and final.embeds[0].title == "Trivia: game over"
    assert cog(env).runner.game_in(channel.id) is None


async def test_the_reveal_counts_picks_times_players_and_shows_the_top_three(table: Table) -> None:
    env, channel, alice, bob, carol = table.env, table.channel, table.alice, table.bob, table.carol
    await alice.slash(channel, "trivia start", questions=2)
    message, question = current(env, channel)
    await alice.click(message, label=right_label(question))
    await env.advance_time(4)
    await bob.click(message, label=right_label(question))
    await carol.click(message, label=wrong_label(question))
    await env.advance_time(16)
    reveal = revealed(table, message.id)
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
    assert "🔥" not in revealed(table, first)["Who got it right"]
    second = await play(table, [alice], [bob])
    assert "🔥" not in revealed(table, second)["Who got it right"]
    await env.advance_time(6)
    third = await play(table, [alice, bob], [])
    winners = revealed(table, third)["Who got it right"].splitlines()
    assert winners[0].startswith(f"**{alice.name}**") and winners[0].endswith("🔥 3 in a row")
    assert "🔥" not in winners[1]  # bob's run was broken by the second question


async def test_a_stop_during_the_pause_ends_the_game_and_takes_the_countdown_away(table: Table) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    first = await play(table, [alice], [])
    await env.advance_time(20)
    assert "Next question" in revealed(table, first)
    stopped = await alice.slash(channel, "trivia stop")
    assert stopped.response.embeds[0].title == "Trivia stopped"
    assert "Next question" not in revealed(table, first)
    await env.advance_time(10)
    assert len(question_messages(channel)) == 1  # no question after the stop
    assert field(stopped.response.embeds[0], "Podium").startswith(f"🥇 **{alice.name}**")
