"""The live "N answered" on a question: kept current, edited at most once a second, never a pick shown."""

from __future__ import annotations

from tests.cogs.trivia.conftest import Table, current, field, question_messages, right_label, wrong_label


def edits_of(table: Table, message_id: int) -> int:
    return sum(
        1
        for r in table.env.http_requests
        if r.method == "PATCH" and r.path.endswith(f"/messages/{message_id}")
    )


def time_field(table: Table, message_id: int) -> str:
    message = next(m for m in question_messages(table.channel) if m.id == message_id)
    return field(message.embeds[0], "Time")


async def test_the_question_counts_answers_as_they_come_at_most_one_edit_a_second(table: Table) -> None:
    env, channel, alice, bob, carol = table.env, table.channel, table.alice, table.bob, table.carol
    await alice.slash(channel, "trivia start", questions=1)
    message, question = current(env, channel)
    assert "answered" not in time_field(table, message.id)
    await alice.click(message, label=right_label(question))
    assert time_field(table, message.id).endswith(" · 1 answered")  # the first count shows at once
    await bob.click(message, label=wrong_label(question))
    await carol.click(message, label=right_label(question))
    assert edits_of(table, message.id) == 1  # three clicks in the same second: one edit so far
    await env.advance_time(1)
    assert time_field(table, message.id).endswith(" · 3 answered")
    assert edits_of(table, message.id) == 2
    await env.advance_time(5)
    assert edits_of(table, message.id) == 2  # nothing new: no edit


async def test_a_count_due_after_the_question_closed_leaves_the_reveal_alone(table: Table) -> None:
    env, channel, alice, bob = table.env, table.channel, table.alice, table.bob
    await alice.slash(channel, "trivia start", questions=2)
    message, question = current(env, channel)
    await alice.click(message, label=right_label(question))
    await bob.click(message, label=right_label(question))  # stale until the next tick
    await env.advance_time(19.99)
    await env.advance_time(0.02)  # the question closes as the count comes due
    await env.advance_time(1)
    revealed = next(m for m in question_messages(channel) if m.id == message.id)
    assert revealed.embeds[0].title.endswith("· closed")
    assert "Time" not in {f.name for f in revealed.embeds[0].fields}
