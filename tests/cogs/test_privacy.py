"""/privacy forget through SimCord: a player asks, the bot deletes what it keeps of them (only they see
the answer), and everyone else's data stays."""

from __future__ import annotations

import pytest

from bench.trivia_load import open_question
from bot.db.privacy import FORGOTTEN, Forgotten
from cogs.privacy import forgotten
from tests.conftest import Server
from tests.translations import EVERY_LOCALE, spoken


async def _rows(server: Server, user_id: int) -> tuple[int, int]:
    db = server.env.bot.db
    answers = await db.fetch("SELECT user_id FROM trivia_answer WHERE user_id = ?", (user_id,))
    games = await db.fetch("SELECT id FROM trivia_game WHERE starter_id = ?", (user_id,))
    return len(answers), len(games)


async def test_privacy_forget_deletes_a_players_answers_and_name_and_keeps_the_others(server: Server) -> None:
    other = server.guild.add_member(server.env.create_user("francesca"))
    await server.member.slash(server.channel, "trivia start", questions=1)
    message, prefix = open_question(server.channel)
    await server.member.click(message, custom_id=f"{prefix}:0")
    await other.click(message, custom_id=f"{prefix}:1")
    me, them = server.member.user.id, other.user.id
    assert await _rows(server, me) == (1, 1) and await _rows(server, them) == (1, 0)

    result = await server.member.slash(server.channel, "privacy forget")
    assert result.ephemeral
    said = result.response.content
    assert said.startswith("Deleted: 1 trivia answer and 1 trivia game that named you as its starter.")
    assert await _rows(server, me) == (0, 0) and await _rows(server, them) == (1, 0)
    [game] = await server.env.bot.db.fetch("SELECT starter_id FROM trivia_game")
    assert game["starter_id"] == FORGOTTEN

    again = await server.member.slash(server.channel, "privacy forget")
    assert again.response.content == "The bot keeps nothing about you: there was nothing to delete."
    assert not server.user_errors()


async def test_privacy_forget_drops_the_name_the_trivia_runner_holds(server: Server) -> None:
    await server.member.slash(server.channel, "trivia leaderboard")  # the runner learns the name
    runner = server.env.bot.get_cog("Trivia").runner  # type: ignore[union-attr]
    assert server.member.user.id in runner.names
    await server.member.slash(server.channel, "privacy forget")
    assert server.member.user.id not in runner.names
    assert not server.user_errors()


COUNTS = [
    Forgotten(0, 0, 0, 0),
    Forgotten(1, 0, 0, 0),
    Forgotten(0, 0, 1, 1),
    Forgotten(2, 1, 0, 0, 1),
    Forgotten(1, 1, 1, 1, 1),
    Forgotten(1234, 2, 5, 3, 2),
]


def test_what_forget_says_in_english_is_what_it_always_said() -> None:
    for done in COUNTS:
        assert forgotten(done) == done.said()


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_what_forget_says_speaks_each_locale(locale: str, caplog: pytest.LogCaptureFixture) -> None:
    with spoken(locale, caplog):
        said = [forgotten(done) for done in COUNTS]
    assert len(set(said)) == len(COUNTS) and all(0 < len(s) <= 2000 for s in said)
    assert any(digits in said[-1] for digits in ("1,234", "1.234", "1\u202f234", "1 234"))
    if locale != "en-US":
        english = [done.said() for done in COUNTS]
        assert not set(said) & set(english)
        assert not any("Deleted" in s or " and " in s for s in said)
