"""The trivia repository against real SQLite with the real migrations."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from bot.db import Database
from bot.db.pack import PackRepository
from bot.db.trivia import ChannelBusyError, NewAnswer, NewGame, TriviaRepository, best_streak
from bot.domain.content import PackContent

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
GUILD, OTHER_GUILD = 100, 200


@pytest.fixture
def trivia(db: Database) -> TriviaRepository:
    return TriviaRepository(db)


async def new_game(trivia: TriviaRepository, channel: int = 1, guild: int = GUILD, **kw: Any) -> int:
    args: dict[str, Any] = {
        "guild_id": guild,
        "channel_id": channel,
        "starter_id": 9,
        "pack": "im-here",
        "cycle": 0,
        "current": ["q1"],
        "fresh": [],
        "time_limit": 20.0,
        "category": None,
        "difficulty": None,
    }
    return await trivia.start_game(NewGame(**{**args, **kw}), now=T0)


async def answer(
    trivia: TriviaRepository, game: int, index: int, user: int, correct: bool, points: int, guild: int = GUILD
) -> bool:
    return await trivia.record_answer(
        NewAnswer(
            game_id=game,
            index=index,
            user_id=user,
            guild_id=guild,
            pack="im-here",
            question_id=f"q{index}",
            option=0,
            correct=correct,
            points=points,
            elapsed=1.5,
        ),
        now=T0 + dt.timedelta(seconds=index * 30 + user),
    )


async def test_one_running_game_per_channel_and_seen_questions_by_cycle(trivia: TriviaRepository) -> None:
    game = await new_game(trivia, current=["a", "b"], fresh=["c"])
    with pytest.raises(ChannelBusyError):
        await new_game(trivia)
    seen = await trivia.seen(GUILD, "im-here")
    assert seen.cycle == 1 and seen.ids == {"c"}  # a fresh pick began the next cycle
    assert (await trivia.seen(OTHER_GUILD, "im-here")).ids == frozenset()
    await trivia.end_game(game, "finished", T0)
    await new_game(trivia)  # the channel is free again
    assert [g.channel_id for g in await trivia.running_games()] == [1]


async def test_an_answer_is_stored_once(trivia: TriviaRepository) -> None:
    game = await new_game(trivia)
    assert await answer(trivia, game, 0, 5, True, 900)
    assert not await answer(trivia, game, 0, 5, False, 0)
    assert [(s.user_id, s.points) for s in await trivia.game_scores(game)] == [(5, 900)]


async def test_leaderboard_orders_and_gives_the_callers_rank(trivia: TriviaRepository) -> None:
    game = await new_game(trivia)
    # user 1..12 answer one question each with 100*user points; user 50 is wrong twice.
    for user in range(1, 13):
        await answer(trivia, game, 0, user, True, 100 * user)
    await answer(trivia, game, 0, 50, False, 0)
    await answer(trivia, game, 1, 50, False, 0)
    board = await trivia.leaderboard(guild_id=GUILD, sort="points", user_id=50)
    assert [r.user_id for r in board.top] == list(range(12, 2, -1))
    assert board.caller is not None and board.caller.rank == 13 and board.players == 13
    by_games = await trivia.leaderboard(guild_id=GUILD, sort="accuracy", user_id=3)
    assert by_games.caller is not None and by_games.caller.rank == 1  # everyone but 50 is at 100%
    assert by_games.top[-1].user_id != 50


async def test_leaderboard_scope_separates_servers(trivia: TriviaRepository) -> None:
    here = await new_game(trivia)
    there = await new_game(trivia, channel=2, guild=OTHER_GUILD)
    await answer(trivia, here, 0, 1, True, 500)
    await answer(trivia, there, 0, 2, True, 900, guild=OTHER_GUILD)
    local = await trivia.leaderboard(guild_id=GUILD, sort="points", user_id=2)
    assert [r.user_id for r in local.top] == [1] and local.caller is None
    everywhere = await trivia.leaderboard(guild_id=None, sort="points", user_id=1)
    assert [r.user_id for r in everywhere.top] == [2, 1]
    assert everywhere.caller is not None and everywhere.caller.rank == 2


async def test_stats_count_games_streaks_and_the_fastest_right_answer(trivia: TriviaRepository) -> None:
    g1 = await new_game(trivia)
    for i, right in enumerate([True, True, False, True, True, True]):
        await answer(trivia, g1, i, 7, right, 800 if right else 0)
    stats = await trivia.stats(7, GUILD)
    assert (stats.games, stats.answers, stats.right, stats.points, stats.best_streak) == (1, 6, 5, 4000, 3)
    assert stats.fastest_ms == 1500
    empty = await trivia.stats(8, GUILD)
    assert empty.answers == 0 and empty.fastest_ms is None and empty.accuracy == 0


def test_best_streak() -> None:
    assert best_streak([]) == 0
    assert best_streak([False, True, True, False, True]) == 2


async def test_reloading_the_pack_never_touches_scores(
    trivia: TriviaRepository, packs: PackRepository, real_content: PackContent
) -> None:
    game = await new_game(trivia)
    await answer(trivia, game, 0, 5, True, 900)
    changed = dataclasses.replace(real_content.pack, title="Changed", fingerprint="different")
    assert await packs.store_packs([dataclasses.replace(real_content, pack=changed)]) == ["im-here"]
    assert [(s.user_id, s.points) for s in await trivia.game_scores(game)] == [(5, 900)]
    assert (await trivia.seen(GUILD, "im-here")).ids == {"q1"}
