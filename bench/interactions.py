"""Cost of one interaction through the bot's real command tree, against a bare bot's /ping."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import simcord

from bench.harness import RealBot, Row, bare_bot, median, percentile, timed
from bench.trivia_load import open_question

RUNS = 300


async def _world(env: simcord.Env) -> tuple[simcord.ChannelHandle, simcord.MemberActor]:
    await env.bot.tree.sync()
    guild = env.create_guild("bench")
    channel = guild.create_text_channel("bench")
    return channel, guild.add_member(env.create_user("member"))


async def baseline() -> list[float]:
    async with simcord.run(bare_bot()) as env:
        channel, member = await _world(env)
        return await timed(lambda: member.slash(channel, "ping"), RUNS)


async def measure(
    url: str | None = None, server: Callable[[], float] | None = None, runs: int = RUNS
) -> dict[str, list[float]]:
    """Each interaction's cost, ``runs`` times, on a fresh SQLite file (or the empty PostgreSQL
    database at ``url``, whose processes' CPU time ``server`` reads)."""
    out: dict[str, list[float]] = {}
    async with RealBot(url=url) as bot, simcord.run(bot) as env:
        channel, member = await _world(env)
        cases = {
            "/track": lambda: member.slash(channel, "track", title="hellhole rat race"),
            "/artist": lambda: member.slash(channel, "artist", name="gui burrato"),
            "/quote random": lambda: member.slash(channel, "quote random"),
            "/quote search": lambda: member.slash(channel, "quote search", text="robot love"),
            "title autocomplete": lambda: member.autocomplete(channel, "track", "title", "the pa"),
        }
        for name, action in cases.items():
            out[name] = await timed(action, runs, server=server)
        out["trivia button click"] = await _clicks(env, runs, server)
    return out


async def _clicks(env: simcord.Env, runs: int, server: Callable[[], float] | None) -> list[float]:
    """One click per player on an open question (each player answers once per question)."""
    guild = env.create_guild("trivia")
    channel = guild.create_text_channel("trivia")
    players = [guild.add_member(env.create_user(f"player{i}")) for i in range(runs + 20)]
    await players[0].slash(channel, "trivia start", questions=1)
    message, prefix = open_question(channel)
    remaining = iter(players[1:])

    def click() -> Awaitable[object]:
        return next(remaining).click(message, custom_id=f"{prefix}:0")

    return await timed(click, runs, warmup=19, server=server)


async def run() -> list[Row]:
    logging.getLogger("discord").setLevel(logging.WARNING)
    # Baseline, real, real, baseline: every interaction the harness keeps makes the next one a little
    # dearer, so each side gets an early and a late run and their samples are pooled.
    base = await baseline()
    real = await measure()
    for name, samples in (await measure()).items():
        real[name] += samples
    base += await baseline()
    base_med, base_p99 = median(base), percentile(base, 99)
    rows = []
    for name, samples in real.items():
        med = median(samples) / base_med
        p99 = percentile(samples, 99) / base_p99
        rows.append(
            Row(
                f"interaction {name} (median / p99)",
                f"{med:.2f}x / {p99:.2f}x",
                "<= 1.5x / <= 2x",
                med <= 1.5 and p99 <= 2.0,
            )
        )
    return rows
