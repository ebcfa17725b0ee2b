"""How trivia reads: numbers with thousands separators and right plurals, a podium by rank, and a
reveal citing as every card does: marks after "Why", its sources one tap away, never a source key."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.db.trivia import Leaderboard, LeaderboardRow
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Answer, Reveal, Standing
from bot.ui.cards import PanelButton
from bot.ui.citations import marks
from cogs.trivia.cards import (
    QUESTION_KIND,
    TITLE_LIMIT,
    QuestionCards,
    best_streak,
    finish_embed,
    leaderboard_embed,
    question_card,
    question_embed,
    question_key,
    reveal_embed,
    sources_button,
    why,
)
from tests.cogs.trivia.conftest import bare_keys
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
    assert "Everyone else" not in embed
    assert embed["No points this game"] == "<@4> — 0/2 right"


def test_players_on_no_points_get_no_rank_under_a_podium_without_bronze() -> None:
    standings = [
        Standing(1, 2_000, 2, 3, 1.0),
        Standing(2, 1_000, 1, 3, 1.5),
        Standing(3, 0, 0, 3, None),
        Standing(4, 0, 0, 1, None),
    ]
    embed = fields(finish_embed("Trivia: game over", standings, names={3: "Cy", 4: "Di"}))
    assert [line[0] for line in embed["Podium"].splitlines()] == ["🥇", "🥈"]
    assert "Everyone else" not in embed
    assert embed["No points this game"].splitlines() == ["**Cy** — 0/3 right", "**Di** — 0/1 right"]


def test_nobody_played() -> None:
    embed = fields(finish_embed("Trivia: game over", [], names={}))
    assert embed == {"Podium": "Nobody answered."}


def test_leaderboard_counts_read_right() -> None:
    one = LeaderboardRow(1, 7, 1_234_567, 1, 1, 1)
    board = leaderboard_embed(Leaderboard((one,), one, 1_001), where="here", sort="points", names={})
    line = board.description or ""
    assert "**1,234,567** points" in line and line.endswith("· 1 game")
    assert fields(board)["Your rank"].startswith("Of 1,001 players: `#1` ")
    assert "(of" not in fields(board)["Your rank"]


def test_a_best_streak_of_one_is_no_streak() -> None:
    assert best_streak(0) == best_streak(1) == "no two right in a row yet"
    assert best_streak(2) == "2 right answers in a row"


def test_the_answers_of_a_question_read_as_a_count_not_a_score(real_bank: QuestionBank) -> None:
    question = next(q for q in real_bank.questions.values() if not q.is_true_false)
    wrong = (question.answer + 1) % len(question.options)
    answers = (
        Answer(1, question.answer, True, 1_000, 1.5),
        Answer(2, wrong, False, 0, 2.0),
        Answer(3, wrong, False, 0, 3.0),
    )
    embed = fields(reveal_embed(Reveal(0, question, answers), 5, real_bank.sources, names={}))
    assert embed["Answers"] == "3 answers: 1 right, 2 wrong (a wrong answer scores nothing)"


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
        assert bare_keys(str(embed.to_dict()), real_bank.sources.values()) == [], question.id
        assert_within_discord_limits(question_embed(question, 19, 20, when, answered=1_234))


def test_no_medal_for_no_points() -> None:
    standings = [Standing(1, 0, 0, 1, None), Standing(2, 0, 0, 1, None)]
    embed = fields(finish_embed("Trivia: game over", standings, names={1: "Ada", 2: "Ben"}))
    assert embed["Podium"] == "Nobody scored a point."
    assert "Everyone else" not in embed
    assert embed["No points this game"].splitlines() == ["**Ada** — 0/1 right", "**Ben** — 0/1 right"]


def test_why_ends_with_the_marks_its_sources_have_on_the_questions_card(real_bank: QuestionBank) -> None:
    for question in real_bank.questions.values():
        card = question_card(question, real_bank.sources)
        cited = tuple(real_bank.sources[k] for k in dict.fromkeys(question.sources))
        assert card.sources == cited, question.id
        assert why(question, real_bank.sources) == question.explanation + marks(range(1, len(cited) + 1))
        assert card.title and "\n" not in card.title and len(card.title) <= TITLE_LIMIT
        assert sources_button(question).item.label == f"Sources ({len(cited)})"
    one = real_bank.questions["hand:premiere"]
    assert one.sources == ("WP-FILM", "BUST") and why(one, real_bank.sources) == one.explanation + "¹˒²"
    two = dataclasses.replace(one, sources=("PREFIX", "TMT", "PREFIX"))  # a source cited twice: one number
    assert why(two, real_bank.sources) == one.explanation + "¹˒²"
    assert [s.publication for s in question_card(two, real_bank.sources).sources] == [
        "Prefix Magazine",
        "Tiny Mix Tapes",
    ]


def test_a_questions_sources_button_is_a_short_custom_id_that_never_changes(real_bank: QuestionBank) -> None:
    template = PanelButton.__discord_ui_compiled_template__
    for question in real_bank.questions.values():
        custom_id = sources_button(question).custom_id
        assert len(custom_id) <= 100 and template.fullmatch(custom_id), custom_id
    long = dataclasses.replace(real_bank.questions["hand:premiere"], id="hand:" + "a-very-long-key" * 20)
    assert len(sources_button(long).custom_id) <= 100
    # Derived from the id alone, the same in every process: buttons already posted keep working.
    assert question_key(real_bank.questions["hand:premiere"]) == "d1da59bc338e"
    assert len({question_key(q) for q in real_bank.questions.values()}) == len(real_bank)


async def test_the_question_cards_are_found_by_key(real_bank: QuestionBank) -> None:
    shelf = QuestionCards(real_bank)
    for question in list(real_bank.questions.values())[:10]:
        card = await shelf.card(question_key(question))
        assert card is not None and card.ref.kind == QUESTION_KIND
        assert card == question_card(question, real_bank.sources)
    assert await shelf.card("000000000000") is None
