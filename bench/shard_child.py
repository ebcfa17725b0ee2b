"""One bot process of bench/shards.py: the real bot under SimCord, over the PostgreSQL database and
running the shards its environment names, as ``python -m bot`` reads them (DATABASE_URL,
SHARD_COUNT, SHARD_IDS).

    python -m bench.shard_child SERVERS

Every process builds the same world: SERVERS servers spread over the shards in turn, each with a
channel for the quote of the day (SimCord's ids are reproducible, so each process meets the same
servers and channels, while Discord, simulated, only tells each about the servers on its shards).
Then it answers commands from stdin, one JSON line each on stdout:

- ``schedule``: every server's quote of the day, due at midnight UTC (one process does it);
- ``post ISO-TIME``: post what is due then, as the bot's tick does; the reply has the posts made per
  channel, counted from the simulated Discord, and the span and the CPU time they took (sent again,
  for a later time, it shows whether any post went out twice);
- end of input: shut down.

The bot's own tick is stopped at start-up so that the posts go out when the parent says, in every
process at once; ``post`` runs the same code (``DailyPoster.post_due``) the tick runs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import sys
import time
from typing import Any

import simcord

from bench.qotd_load import posts_per_channel, schedule_everyone
from bot.app import open_app, read_data
from bot.settings import Settings

SETTLE_TIMEOUT = 120.0
"""Seconds SimCord waits for the bot to settle: generous, since the machine may be busy."""


def reply(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


async def main(servers: int) -> None:
    settings = Settings.from_env(os.environ)
    async with open_app(settings, read_data()) as app:
        bot = app.bot(settings)
        count = settings.shard_count or 1
        env = simcord.Env(bot, settle_timeout=SETTLE_TIMEOUT)
        guilds = [env.create_guild(f"server-{i}", shard_id=i % count) for i in range(servers)]
        channels = [(guild.id, guild.create_text_channel("quotes").id) for guild in guilds]
        await env.start()
        try:
            cog = bot.get_cog("DailyQuoteCog")
            cog.tick.cancel()  # type: ignore[union-attr]
            poster = cog.poster  # type: ignore[union-attr]
            assert bot.bank.questions  # built once per process when first needed, as in bench/qotd_load.py
            reply(ready=True, now=env.now().isoformat(), guilds=len(bot.guilds), channels=channels)
            for line in sys.stdin:
                command, _, argument = line.strip().partition(" ")
                if command == "schedule":
                    await schedule_everyone(app.db, channels, env.now())
                    reply(scheduled=len(channels))
                elif command == "post":
                    since = len(env.http_requests)
                    start, cpu = time.monotonic(), time.process_time()
                    sent = await poster.post_due(dt.datetime.fromisoformat(argument))
                    end, cpu = time.monotonic(), time.process_time() - cpu
                    posts = posts_per_channel(env, since)
                    reply(sent=sent, posts=dict(posts), start=start, end=end, cpu=cpu)
                else:
                    raise ValueError(f"unknown command {command!r}")
        finally:
            await env.shutdown()


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(main(int(sys.argv[1])))
