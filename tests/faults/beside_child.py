"""Two bot processes over one database file, as when an operator runs `python -m bot sync` while
the bot runs (issue 8): the real bot under SimCord in each.

    python tests/faults/beside_child.py play DATABASE   # start a game; on a line from stdin, finish it
    python tests/faults/beside_child.py sync DATABASE   # load every cog and register the commands

`play` prints "running" once its game has started, then waits for a line on stdin, then plays the
game to the end and prints one JSON line: the titles of the channel's messages, newest last.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
from pathlib import Path

import simcord

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.app import open_app, read_data  # noqa: E402
from bot.client import sync_commands  # noqa: E402
from bot.settings import Settings  # noqa: E402

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


async def main(mode: str, database: Path) -> None:
    settings = Settings(token=TOKEN, database_path=database, shard_count=1)
    async with open_app(settings, read_data()) as app:
        bot = app.bot(settings, mode="sync" if mode == "sync" else "run", freeze_heap_at_ready=False)
        env = simcord.Env(bot)
        guild = env.create_guild("server")
        channel = guild.create_text_channel("trivia")
        player = guild.add_member(env.create_user("player"))
        await env.start()
        if mode == "sync":
            await sync_commands(bot, None)
        else:
            await bot.tree.sync()
            runner = bot.get_cog("Trivia").runner  # type: ignore[union-attr]
            runner.pacing = dataclasses.replace(runner.pacing, time_limit=600)  # no timer fires meanwhile
            await player.slash(channel, "trivia start", questions=2)
            print("running", flush=True)
            await asyncio.to_thread(sys.stdin.readline)
            for question in range(2):  # question 1 runs its time; question 2 closes once all answered
                message = next(m for m in reversed(channel.history()) if m.components)
                button = next(b for row in message.components for b in row.children if not b.disabled)
                await player.click(message, custom_id=button.custom_id)
                if question == 0:
                    await env.advance_time(610)  # its 600 s, then the reveal's pause
            await env.settle()
            print(
                json.dumps([m.embeds[0].title if m.embeds else m.content for m in channel.history()]),
                flush=True,
            )
        await env.shutdown()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2])))
