"""The games in play: Turns runs one operation at a time on a game, in the order they came, whatever each
one's outcome."""

from __future__ import annotations

import asyncio

import pytest

from cogs.trivia.live import Turns


async def test_operations_run_one_at_a_time_in_the_order_they_came() -> None:
    turns, log = Turns(), []

    async def work(name: str, pause: int) -> str:
        log.append(f"{name} starts")
        for _ in range(pause):
            await asyncio.sleep(0)
        log.append(f"{name} ends")
        return name

    results = await asyncio.gather(turns.run(work("close", 5)), turns.run(work("stop", 0)))
    assert results == ["close", "stop"]
    assert log == ["close starts", "close ends", "stop starts", "stop ends"]


async def test_a_failed_operation_does_not_block_the_next() -> None:
    turns = Turns()

    async def fails() -> None:
        raise RuntimeError("reveal failed")

    async def next_one() -> str:
        return "ran"

    first = asyncio.ensure_future(turns.run(fails()))
    second = turns.run(next_one())
    assert await second == "ran"
    with pytest.raises(RuntimeError, match="reveal failed"):
        await first  # its outcome is its caller's
