"""The practice players answer each trivia question on their own, through the real buttons."""

from __future__ import annotations

import asyncio
import random

import simcord

from bot.tryout.live import LiveWorld
from bot.tryout.players import PracticePlayers
from bot.tryout.world import seed


async def test_both_practice_players_answer_each_question(simcord_env: simcord.Env) -> None:
    server = await seed(simcord_env)
    world = LiveWorld(simcord_env)
    players = PracticePlayers(world, server.general, server.players, random.Random(7), thinking=(0.01, 0.05))
    playing = asyncio.create_task(players.run())
    try:
        await world.operate(lambda: server.owner.slash(server.general, "trivia start", questions=1))
        for _ in range(100):  # real time: the players think for a few hundredths of a second
            await asyncio.sleep(0.02)
            answered = [
                m for m in server.general.history() if m.embeds and m.embeds[0].title == "Trivia: game over"
            ]
            if answered:
                break
        else:
            await world.operate(lambda: simcord_env.advance_time(21))
    finally:
        playing.cancel()
    [revealed] = [m for m in server.general.history() if m.embeds and "· closed" in (m.embeds[0].title or "")]
    answers = next(f.value for f in revealed.embeds[0].fields if f.name == "Answers")
    assert answers.startswith("2 answers:")
