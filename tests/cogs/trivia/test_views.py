"""Trivia's buttons through SimCord beyond the answers: a revealed question's Sources, which opens its
numbered sources privately (the numbers "Why" marks), and Play again on a finished game: anyone in
the channel may press it, for a game with the same settings; one game per channel still holds. Both
answer on a message posted before a restart."""

from __future__ import annotations

import discord

from bot.domain.trivia.bank import QuestionBank
from bot.ui.cards import source_entry
from bot.ui.citations import marks
from cogs.trivia.views import GameSettings, answer_view
from tests.cogs.trivia.conftest import (
    Table,
    bare_keys,
    buttons,
    cog,
    current,
    field,
    question_messages,
    sources_button,
)
from tests.conftest import assert_within_discord_limits, restart
from tests.faults.inject import hangs
from tests.layouts import assert_valid_layout, request_errors, text


async def test_a_reveal_marks_its_sources_and_opens_them_privately_after_a_restart(
    table: Table, real_bank: QuestionBank
) -> None:
    env, channel = table.env, table.channel
    await table.alice.slash(channel, "trivia start", questions=2)
    message, question = current(env, channel)
    assert sources_button(message) is None  # nothing to cite before the answer is out
    await env.advance_time(21)
    revealed = next(m for m in question_messages(channel) if m.id == message.id)
    [embed] = revealed.embeds
    cited = [real_bank.sources[k] for k in dict.fromkeys(question.sources)]
    assert field(embed, "Why") == question.explanation + marks(range(1, len(cited) + 1))
    assert "Source" not in {f.name for f in embed.fields}
    assert bare_keys(str(embed.to_dict()), real_bank.sources.values()) == []
    button = sources_button(revealed)
    assert button is not None and button.label == f"Sources ({len(cited)})" and not button.disabled
    assert all(b.disabled for b in buttons(revealed))  # the answers are closed; the sources stay open
    edits = [r.json for r in env.http_requests if r.method == "PATCH" and r.path.endswith(f"/{message.id}")]
    edit = edits[-1]  # the reveal
    assert request_errors(edit["components"], flags=0) == []
    assert_within_discord_limits(embed)

    await restart(env)  # mid-pause: the game is cut off, and its reveal keeps its Sources
    opened = await table.bob.click(revealed, label=button.label)
    assert opened.ephemeral
    assert_valid_layout(opened.response)
    shown = text(opened.response)
    assert question.prompt.splitlines()[0][:60] in shown
    for number, source in enumerate(cited, start=1):
        assert source_entry(number, source) in shown
        assert source.publication in shown and (source.link is None or source.link in shown)
    assert bare_keys(shown, real_bank.sources.values()) == []
    assert env.errors == []


def test_every_reveals_buttons_are_a_valid_request_in_discords_limits(real_bank: QuestionBank) -> None:
    for question in real_bank.questions.values():
        components = answer_view(12_345, 19, question, revealed=True).to_components()
        assert request_errors(components, flags=0) == [], question.id
        [answers, [sources]] = [row["components"] for row in components]
        assert len(answers) == len(question.options) and all(b["disabled"] for b in answers)
        assert sources["label"].startswith("Sources (") and not sources.get("disabled")


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
