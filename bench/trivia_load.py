"""200 trivia games at once, 5 players each clicking every question, against the same clicks in 1 game:
every click answered, p99 click cost within 2x, and the event loop never blocked for more than 50 ms.

It survives a busy machine: SimCord bounds each settle by real time, so virtual time is advanced in
small steps, each with a generous budget, and a slow machine gives slower figures, not a crash.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

import discord
import simcord

from bench.harness import RealBot, Row, percentile
from cogs.trivia.games import Pacing

PLAYERS = 5
QUESTIONS = 3
STALL_LIMIT = 0.050
CLICK_SETTLE = 15.0
"""Real seconds SimCord may take to settle a click (or a start)."""
TIMERS = 3600.0
"""The question's time limit and the reveal's pause, in seconds. SimCord fires a bot's timer in real
time once that much real time has passed (or within a settle's budget): stretched to an hour, no
question closes and no pause ends while a slow machine is still clicking through 200 games. A click
costs the same whatever the timers say: they are timers, and scoring is the same arithmetic."""
ADVANCE_STEP = 60.0
ADVANCE_SETTLE = 300.0
"""Real seconds SimCord may take to settle each step of virtual time: timers then fire only in virtual
time, so a large budget changes nothing but how slow a machine may be without failing the run."""


class _Steps:
    longest = 0.0
    """The longest step, not counting time spent in garbage collection during it."""
    longest_gc = 0.0
    """The longest garbage collection. It pauses the whole process, which here also holds the
    simulated Discord (every message and interaction of every game), so it is reported apart."""


@contextmanager
def longest_step(enabled: bool = True) -> Iterator[_Steps]:
    """The longest single event-loop step (one callback or one step of a task) while the block runs,
    timed around each ``Handle._run``, which is where the loop hands control to the code."""
    steps = _Steps()
    if not enabled:
        yield steps
        return
    original = asyncio.events.Handle._run
    in_gc = [0.0, 0.0]  # total seconds collecting, start of the current collection

    def on_gc(phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            in_gc[1] = now
        else:
            in_gc[0] += now - in_gc[1]
            steps.longest_gc = max(steps.longest_gc, now - in_gc[1])

    def timed_run(handle: asyncio.events.Handle) -> None:
        start, collecting = time.perf_counter(), in_gc[0]
        try:
            original(handle)
        finally:
            spent = time.perf_counter() - start - (in_gc[0] - collecting)
            steps.longest = max(steps.longest, spent)

    gc.callbacks.append(on_gc)
    asyncio.events.Handle._run = timed_run  # type: ignore[method-assign]
    try:
        yield steps
    finally:
        asyncio.events.Handle._run = original  # type: ignore[method-assign]
        gc.callbacks.remove(on_gc)


def open_question(channel: simcord.ChannelHandle) -> tuple[discord.Message, str]:
    """The channel's open question message, and the custom_id prefix of its buttons."""
    for message in reversed(channel.history()):
        for row in message.components:
            for button in getattr(row, "children", []):
                if button.custom_id and button.custom_id.startswith("trivia:") and not button.disabled:
                    return message, button.custom_id.rsplit(":", 1)[0]
    raise LookupError(f"no open question in {channel.name}")


async def play(games: int, *, watch_loop: bool = False) -> tuple[list[float], int, int, _Steps]:
    """Play ``games`` games at once; returns click costs, clicks made, clicks answered, and (when
    ``watch_loop``) the longest event-loop step."""
    costs: list[float] = []
    clicks = answered = 0
    # SimCord checks every pending timer each time it settles: with 200 games it needs more than its
    # default 5 s budget (CLICK_SETTLE), and the timers are stretched beyond it (TIMERS).
    async with RealBot() as bot, simcord.run(bot, settle_timeout=CLICK_SETTLE) as env:
        await env.bot.tree.sync()
        runner = env.bot.get_cog("Trivia").runner  # type: ignore[attr-defined, union-attr]
        runner.pacing = Pacing(TIMERS, TIMERS)
        tables = []
        for g in range(games):
            # A server of its own per game: one server meets each fact once per cycle, and 200 games
            # in one server would run through the bank and leave later games short of questions.
            guild = env.create_guild(f"bench-{g}")
            channel = guild.create_text_channel(f"trivia-{g}")
            players = [guild.add_member(env.create_user(f"p{g}-{i}")) for i in range(PLAYERS)]
            tables.append((channel, players))
        for channel, players in tables:
            await players[0].slash(channel, "trivia start", questions=QUESTIONS)
        with longest_step(enabled=watch_loop) as steps:
            for question in range(QUESTIONS):
                for channel, players in tables:
                    message, prefix = open_question(channel)
                    for n, player in enumerate(players):
                        start = time.process_time()
                        result = await player.click(message, custom_id=f"{prefix}:{n % 2}")
                        costs.append(time.process_time() - start)
                        clicks += 1
                        if (
                            result.acknowledged
                            and result.ephemeral
                            and "Locked in" in result.response.content
                        ):
                            answered += 1
                if question == 0:
                    # The first question always runs its full time, so that the channel can join in.
                    await advance(env, TIMERS + 1)
                if question + 1 < QUESTIONS:
                    await advance(env, TIMERS + 1)  # the reveal's pause, then the next question
        return costs, clicks, answered, steps


async def advance(env: simcord.Env, seconds: float) -> None:
    """Advance virtual time in steps, each allowed ADVANCE_SETTLE real seconds to settle."""
    budget, env.settle_timeout = env.settle_timeout, ADVANCE_SETTLE
    try:
        left = seconds
        while left > 0:
            step = min(ADVANCE_STEP, left)
            await env.advance_time(step)
            left -= step
    finally:
        env.settle_timeout = budget


async def run() -> list[Row]:
    one, _, _, _ = await play(1)
    many, clicks, answered, _ = await play(200)
    _, _, _, steps = await play(200, watch_loop=True)  # timing every step costs: a run of its own
    ratio = percentile(many, 99) / percentile(one, 99)
    return [
        Row(
            f"200 trivia games x {PLAYERS} players: clicks answered",
            f"{answered}/{clicks}",
            "every click",
            answered == clicks,
        ),
        Row("200 trivia games: p99 click cost vs 1 game", f"{ratio:.2f}x", "<= 2x", ratio <= 2.0),
        Row(
            "200 trivia games: longest event-loop stall (code)",
            f"{steps.longest * 1000:.1f} ms",
            "<= 50 ms",
            steps.longest <= STALL_LIMIT,
        ),
        Row(
            "200 trivia games: longest garbage collection (whole process, incl. simulated Discord)",
            f"{steps.longest_gc * 1000:.1f} ms",
            "<= 50 ms",
            steps.longest_gc <= STALL_LIMIT,
        ),
    ]
