"""200 trivia games whose questions fall due at the same moment, each reveal taking 200 ms of Discord
I/O (a simulated edit latency): the last reveal lands within 1.5x that latency of its deadline, as
one game alone does. Expiries of different games must not wait for each other.

Measured in SimCord's virtual time, in which the simulated latency is exact and CPU load does not
count: what is measured is whether reveals queue behind one another (200 in a row would be 40 s
late), which holds the same on a busy machine.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fnmatch
from typing import Any

import simcord

from bench.harness import RealBot, Row

EDIT_LATENCY = 0.2
TIME_LIMIT = 20.0
GAMES = 200


def with_edit_latency(env: simcord.Env, finished: list[dt.datetime]) -> None:
    """Every message edit waits EDIT_LATENCY seconds before Discord has it; its end is noted."""
    http = env.bot.http
    original = http.request

    async def request(route: Any, **kwargs: Any) -> Any:
        is_edit = route.method == "PATCH" and fnmatch.fnmatch(route.url, "*/channels/*/messages/*")
        if is_edit:
            await asyncio.sleep(EDIT_LATENCY)
        result = await original(route, **kwargs)
        if is_edit:
            finished.append(env.now())
        return result

    http.request = request  # type: ignore[method-assign]


async def last_reveal_lateness(games: int) -> float:
    """Seconds from the common deadline to the last reveal, with ``games`` games due together."""
    finished: list[dt.datetime] = []
    async with RealBot() as bot, simcord.run(bot, settle_timeout=15) as env:
        await env.bot.tree.sync()
        guild = env.create_guild("bench")
        player = guild.add_member(env.create_user("player"))
        channels = [guild.create_text_channel(f"trivia-{g}") for g in range(games)]
        started = env.now()  # virtual time stands still while the games start: one deadline for all
        for channel in channels:
            await player.slash(channel, "trivia start", questions=1)
        with_edit_latency(env, finished)
        deadline = started + dt.timedelta(seconds=TIME_LIMIT)
        waited = 0.0
        while len(finished) < games and waited < TIME_LIMIT + games * EDIT_LATENCY + 5:
            await env.advance_time(5)
            waited += 5
        if len(finished) < games:
            return float("inf")
        return (max(finished) - deadline).total_seconds()


async def run() -> list[Row]:
    alone = await last_reveal_lateness(1)
    together = await last_reveal_lateness(GAMES)
    ratio = together / EDIT_LATENCY
    return [
        Row(
            f"{GAMES} trivia questions due at once, {EDIT_LATENCY * 1000:.0f} ms per reveal edit: "
            f"last reveal late by (1 game alone: {alone / EDIT_LATENCY:.2f}x)",
            f"{ratio:.2f}x the edit latency",
            "<= 1.5x",
            ratio <= 1.5,
        )
    ]
