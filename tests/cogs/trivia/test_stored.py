"""Games a restart cut off: ended with their points, their buttons taken away, and the players told."""

from __future__ import annotations

from bot.db.trivia import TriviaRepository
from tests.cogs.trivia.conftest import Table, buttons, current, field, question_messages, right_label
from tests.conftest import restart


async def test_a_game_cut_off_during_a_reveal_keeps_the_reveal_and_says_so_below_it(
    table: Table, trivia_repo: TriviaRepository
) -> None:
    env, channel, alice = table.env, table.channel, table.alice
    await alice.slash(channel, "trivia start", questions=3)
    message, question = current(env, channel)
    await alice.click(message, label=right_label(question))
    await env.advance_time(20)  # revealed; the next question is 6 s away
    await restart(env)
    [revealed] = question_messages(channel)
    assert revealed.embeds[0].title.endswith("· closed")  # its answer stays readable
    assert all(b.disabled for b in buttons(revealed))
    notice = channel.last_message
    assert notice is not None and notice.embeds[0].title == "Trivia: game cut off"
    assert "question 1 of 3" in (notice.embeds[0].description or "")
    assert field(notice.embeds[0], "Podium").startswith(f"🥇 <@{alice.id}> — **1,000** points")
    assert await trivia_repo.running_games() == []
    await env.advance_time(10)
    assert len(question_messages(channel)) == 1  # the old game's timer died with it
