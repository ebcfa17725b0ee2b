"""How trivia reads: numbers with thousands separators and right plurals, a podium by rank."""

from __future__ import annotations

import datetime as dt

from bot.db.trivia import Leaderboard, LeaderboardRow
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Answer, Reveal, Standing
from cogs.trivia.cards import finish_embed, leaderboard_embed, question_embed, reveal_embed
from tests.conftest import assert_within_discord_limits


def fields(embed: object) -> dict[str, str]:
    return {f.name: f.value for f in embed.fields}  # type: ignore[attr-defined]


def test_the_podium_ranks_ties_together_and_lists_everyone_else() -> None:
    standings = [
        Standing(1, 12_500, 12, 13, 1.25),
        Standing(2, 12_500, 12, 14, 2.0),
        Standing(3, 900, 1, 1, None),
        Standing(4, 0, 0, 2, None),
    ]
    embed = fields(finish_embed("Trivia: game over", standings, names={1: "ali_*"}))
    assert embed["Podium"].splitlines() == [
        "🥇 **ali\\_\\*** — **12,500** points · 12/13 right · fastest 1.2 s",
        "🥇 <@2> — **12,500** points · 12/14 right · fastest 2.0 s",
        "🥉 <@3> — **900** points · 1/1 right",
    ]
    assert embed["Everyone else"] == "`#4` <@4> — **0** points · 0/2 right"


def test_nobody_played() -> None:
    embed = fields(finish_embed("Trivia: game over", [], names={}))
    assert embed == {"Podium": "Nobody answered."}


def test_leaderboard_counts_read_right() -> None:
    one = LeaderboardRow(1, 7, 1_234_567, 1, 1, 1)
    board = leaderboard_embed(Leaderboard((one,), one, 1_001), where="here", sort="points", names={})
    line = board.description or ""
    assert "**1,234,567** points" in line and line.endswith("· 1 game")
    assert fields(board)["Your rank"].endswith("(of 1,001)")


def test_every_question_of_the_bank_reveals_within_discords_limits(real_bank: QuestionBank) -> None:
    """The longest questions (quotes) with a crowd answering, the leaders and the countdown still fit."""
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for question in real_bank.questions.values():
        answers = tuple(
            Answer(
                10**17 + user,
                user % len(question.options),
                user % len(question.options) == question.answer,
                1_000,
                1.5,
            )
            for user in range(60)
        )
        leaders = tuple(Standing(10**17 + user, 1_000, 1, 1, 1.5) for user in range(60))
        reveal = Reveal(3, question, answers, streaks={a.user_id: 12 for a in answers}, leaders=leaders)
        embed = reveal_embed(reveal, 20, real_bank.sources, names={}, next_at=when)
        assert_within_discord_limits(embed)
        assert "Next question" in {f.name for f in embed.fields}, question.id
        assert_within_discord_limits(question_embed(question, 19, 20, when, answered=1_234))


def test_no_medal_for_no_points() -> None:
    standings = [Standing(1, 0, 0, 1, None), Standing(2, 0, 0, 1, None)]
    embed = fields(finish_embed("Trivia: game over", standings, names={1: "Ada", 2: "Ben"}))
    assert embed["Podium"] == "Nobody scored a point."
    assert embed["Everyone else"].splitlines() == [
        "`#1` **Ada** — **0** points · 0/1 right",
        "`#1` **Ben** — **0** points · 0/1 right",
    ]
