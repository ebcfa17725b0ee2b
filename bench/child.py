"""Run in a fresh process by bench/footprint.py: start one bot under SimCord and report, as JSON,
the process's CPU time when the bot is ready and its resident memory then.

    python -m bench.child bare|real SERVERS [DATABASE]
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import discord


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def resident_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def main(kind: str, servers: int, database: str | None) -> dict[str, float]:
    import simcord

    def world(env: simcord.Env) -> None:
        for i in range(servers):
            env.create_guild(f"server-{i}").create_text_channel("general")

    async def ready(bot: discord.Client) -> dict[str, float]:
        env = simcord.Env(bot)
        world(env)
        await env.start()
        figures = {"cpu": cpu_seconds(), "rss": resident_bytes(), "guilds": len(bot.guilds)}
        await env.shutdown()
        return figures

    if kind == "bare":
        from bench.harness import bare_bot

        return await ready(bare_bot())
    # The real start-up path of `python -m bot`, up to connecting: settings, packs, database.
    from bot.app import open_app, read_data
    from bot.settings import Settings

    assert database is not None
    settings = Settings(
        token="MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123",
        database_path=Path(database),
        shard_count=1,
    )
    async with open_app(settings, read_data()) as app:
        return await ready(app.bot(settings))


if __name__ == "__main__":
    kind, servers = sys.argv[1], int(sys.argv[2])
    print(json.dumps(asyncio.run(main(kind, servers, sys.argv[3] if len(sys.argv) > 3 else None))))
