"""Play again on a finished game through SimCord: anyone in the channel may press it, for a game with
the same settings; one game per channel still holds, after a restart too."""

from __future__ import annotations

import discord

from cogs.trivia.views import GameSettings
from tests.cogs.trivia.conftest import Table, buttons, cog, question_messages
from tests.conftest import restart
from tests.faults.inject import hangs


async def finished_game(table: Table, **options: object) -> discord.Message:
    await table.alice.slash(table.channel, "trivia start", questions=1, **options)
    await table.env.advance_time(21)
    final = table.channel.last_message
    assert final is not None and final.embeds[0].title == "Trivia: game over"
    return final


async def test_anyone_may_play_again_with_the_same_settings(table: Table) -> None:
    env, channel, bob = table.env, table.channel, table.bob
    final = await finished_game(table, category="reviews", difficulty="medium")
    [again] = buttons(final)
    assert again.label == "Play again" and not again.disabled
    pressed = await bob.click(final, label="Play again")
    assert not pressed.ephemeral and "**Trivia!** 1 question," in pressed.response.content
    live = cog(env).runner.games.in_channel(channel.id)
    # discord.py loads the cog as a fresh module: compare the settings' fields, not the objects.
    assert live is not None and vars(live.settings) == vars(GameSettings(1, "reviews", "medium"))
    assert live.state.starter_id == bob.id
    assert {(q.category, q.difficulty) for q in live.state.questions} == {("reviews", "medium")}
    assert buttons(next(m for m in channel.history() if m.id == final.id)) == []  # used: taken away


async def test_play_again_while_a_game_runs_is_told_so_privately(table: Table) -> None:
    env, channel, alice, carol = table.env, table.channel, table.alice, table.carol
    final = await finished_game(table)
    await alice.slash(channel, "trivia start", questions=3)
    running = cog(env).runner.games.in_channel(channel.id)
    refused = await carol.click(final, label="Play again")
    assert refused.ephemeral and "already running in this channel" in refused.response.content
    assert table.server.user_errors() == [refused.response.content]  # the one error path
    assert cog(env).runner.games.in_channel(channel.id) is running


async def test_two_presses_at_once_start_one_game(table: Table) -> None:
    env, channel, bob, carol = table.env, table.channel, table.bob, table.carol
    final = await finished_game(table)
    hangs(env, "POST", f"/channels/{channel.id}/messages", seconds=30)  # the first press is mid-start
    first = await bob.click(final, label="Play again")
    second = await carol.click(final, label="Play again")
    assert not first.ephemeral
    assert second.ephemeral and "already running in this channel" in second.response.content
    table.server.user_errors()
    await env.advance_time(30)
    assert len(question_messages(channel)) == 2  # the first game's question, and one new one
    assert cog(env).runner.games.in_channel(channel.id).state.starter_id == bob.id


async def test_play_again_after_a_restart_starts_a_game(table: Table) -> None:
    env, channel = table.env, table.channel
    final = await finished_game(table)
    await restart(env)
    pressed = await table.carol.click(final, label="Play again")
    assert not pressed.ephemeral and "**Trivia!**" in pressed.response.content
    assert cog(env).runner.games.in_channel(channel.id) is not None
