"""Deadlines: every game's deadlines on one timer, each due entry handled on its own."""

from __future__ import annotations

import asyncio

from cogs.trivia.deadlines import Deadlines


async def test_a_nearer_deadline_is_not_kept_waiting_behind_a_later_one() -> None:
    due: list[tuple[int, int]] = []
    expired = asyncio.Event()

    async def expire(game_id: int, index: int) -> None:
        due.append((game_id, index))
        expired.set()

    deadlines = Deadlines(expire)
    deadlines.schedule(1, 0, 3600)
    deadlines.schedule(2, 0, 0)  # nearer than the one being slept for: the timer starts over
    await asyncio.wait_for(expired.wait(), timeout=60)  # not an hour
    assert due == [(2, 0)]
    deadlines.stop()


async def test_a_slow_or_failing_expiry_never_holds_up_another() -> None:
    due: list[int] = []
    release = asyncio.Event()

    async def expire(game_id: int, index: int) -> None:
        if game_id == 1:
            await release.wait()  # a reveal stuck on Discord
        if game_id == 2:
            raise RuntimeError("a failing close is logged, not raised")
        due.append(game_id)

    deadlines = Deadlines(expire)
    for game_id in (1, 2, 3):
        deadlines.schedule(game_id, 0, 0)
    await asyncio.sleep(0.01)
    assert due == [3]
    release.set()
    await asyncio.sleep(0.01)
    assert due == [3, 1]
    deadlines.stop()
