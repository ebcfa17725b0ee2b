"""LiveWorld: the simulated clock keeps up with the wall clock, and operations take turns."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import discord
import simcord

from bot.tryout.live import LiveWorld, start_clock_at


def test_the_clock_starts_at_the_given_instant(simcord_bot: discord.Client) -> None:
    env = simcord.Env(simcord_bot)
    start = dt.datetime(2031, 5, 4, 12, 30, tzinfo=dt.UTC)
    start_clock_at(env, start)
    assert env.now() == start


async def test_the_simulated_clock_keeps_up_with_the_wall_clock(simcord_env: simcord.Env) -> None:
    before, started = simcord_env.now(), time.monotonic()
    world = LiveWorld(simcord_env)
    stop = asyncio.Event()
    running = asyncio.create_task(world.run(stop))
    moved = 0.0
    while moved < 1 and time.monotonic() - started < 60:  # however busy the machine
        await asyncio.sleep(0.1)
        moved = (simcord_env.now() - before).total_seconds()
    stop.set()
    await running
    assert moved >= 1  # the simulated clock moved on its own...
    assert moved <= time.monotonic() - started  # ...and never ahead of the wall clock


async def test_operations_take_turns(simcord_env: simcord.Env) -> None:
    world = LiveWorld(simcord_env)
    order: list[str] = []

    async def operation(name: str) -> str:
        order.append(f"{name} starts")
        await asyncio.sleep(0.01)
        order.append(f"{name} ends")
        return name

    results = await asyncio.gather(*(world.operate(lambda n=n: operation(n)) for n in "ab"))
    assert results == ["a", "b"]
    assert order == ["a starts", "a ends", "b starts", "b ends"]
