"""A bot process for the crash tests: the real bot over a real database file, under SimCord, in a
world built the same way each time (SimCord's ids are reproducible, so a second process over the same
database meets the same servers, channels and members).

    python tests/faults/crash_child.py qotd DATABASE LOG KILL_AFTER
    python tests/faults/crash_child.py trivia DATABASE LOG KILL_AFTER
    python tests/faults/crash_child.py answers DATABASE LOG KILL_AFTER
    python tests/faults/crash_child.py restart DATABASE LOG
    python tests/faults/crash_child.py reveal DATABASE LOG

LOG gets one JSON line per event that the outside world saw (a post made, an answer acknowledged),
written and synced before anything else happens, since SIGKILL gives no chance to flush later. The
first two modes kill their own process with SIGKILL once KILL_AFTER such events have happened.
`restart` starts a new bot over the same database after a kill, re-creating in the simulated
Discord the posts the log says were made before it. `answers` posts every server's quote of the day,
then players answer server 0's question of the day; `reveal` restarts like `restart`, then posts the
next day, whose post reveals that question (logged as a "reveal" event with its tally).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import simcord

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.app import open_app, read_data  # noqa: E402
from bot.db.daily.settings import DailySettingsRepository  # noqa: E402
from bot.settings import Settings  # noqa: E402

SERVERS = 12
PLAYERS = 4
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123"


class Log:
    def __init__(self, path: Path, kill_after: int | None) -> None:
        self._file = path.open("a", encoding="utf-8")
        self.kill_after = kill_after
        self.count = 0

    def event(self, **fields: Any) -> None:
        self._file.write(json.dumps(fields) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        if fields["kind"] == "world":
            return
        self.count += 1
        if self.kill_after is not None and self.count >= self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)


def read_log(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def build_world(
    env: simcord.Env,
) -> tuple[list[simcord.ChannelHandle], simcord.ChannelHandle, list[simcord.MemberActor]]:
    guilds = [env.create_guild(f"server-{i}") for i in range(SERVERS)]
    channels = [guild.create_text_channel("quotes") for guild in guilds]
    trivia = guilds[0].create_text_channel("trivia")
    players = [guilds[0].add_member(env.create_user(f"player-{i}")) for i in range(PLAYERS)]
    return channels, trivia, players


def guild_channels(env: simcord.Env, channels: list[int]) -> list[tuple[int, int]]:
    return [(env.backend.get_channel(channel).guild_id, channel) for channel in channels]


def watch_posts(env: simcord.Env, log: Log) -> None:
    """Log every quote-of-the-day post the moment the simulated Discord has it."""

    def on_event(event: str, payload: Any) -> None:
        if event == "MESSAGE_CREATE":
            embeds = payload.get("embeds", [])
            footers = [e.get("footer", {}).get("text", "") for e in embeds]
            marks = [f for f in footers if f.startswith("Quote of the day")]
            if marks:
                log.event(kind="post", channel=int(payload["channel_id"]), footer=marks[0])
            for embed in embeds:
                if embed.get("title", "").startswith("The answer to"):
                    tally = next(f["value"] for f in embed["fields"] if f["name"] == "Answers")
                    log.event(kind="reveal", channel=int(payload["channel_id"]), tally=tally)

    env.backend.subscribers.append(on_event)


async def answer_the_question(
    env: simcord.Env, channel: simcord.ChannelHandle, players: list[simcord.MemberActor], log: Log
) -> None:
    """Each player answers the day's question (some right, some wrong), logging each acknowledgement."""
    await env.settle()
    message = next(m for m in channel.history() if m.components)
    buttons = [b for row in message.components for b in row.children]
    for n, player in enumerate(players):
        result = await player.click(message, custom_id=buttons[n % len(buttons)].custom_id)
        if result.response is not None and "Locked in" in result.response.content:
            log.event(kind="answer", user=player.id)


async def main(mode: str, database: Path, log_path: Path, kill_after: int | None) -> None:
    settings = Settings(token=TOKEN, database_path=database, shard_count=1)
    async with open_app(settings, read_data()) as app:
        db = app.db
        bot = app.bot(settings, freeze_heap_at_ready=False)
        env = simcord.Env(bot)
        handles, trivia, players = build_world(env)
        channels = [c.id for c in handles]
        log = Log(log_path, kill_after)
        if mode in ("qotd", "answers"):
            log.event(kind="world", channels=channels)
            daily_settings = DailySettingsRepository(db)
            for guild_id, channel_id in guild_channels(env, channels):
                await daily_settings.save(
                    guild_id,
                    channel_id=channel_id,
                    post_time=dt.time(0),
                    timezone="UTC",
                    role_id=None,
                    now=env.now(),
                )
        if mode in ("restart", "reveal"):
            # What the first process posted is in the channels: Discord kept it through the crash.
            for event in read_log(log_path):
                if event["kind"] == "post":
                    env.backend.create_message(
                        event["channel"],
                        env.backend.bot_user.id,
                        embeds=[{"title": "Quote of the day", "footer": {"text": event["footer"]}}],
                        broadcast=False,
                    )
        watch_posts(env, log)
        await env.start()  # the daily post's first tick runs as the bot becomes ready
        if mode == "trivia":
            await bot.tree.sync()
            await players[0].slash(trivia, "trivia start", questions=5)
            for question in range(5):
                message = next(m for m in reversed(trivia.history()) if m.components)
                button = next(b for row in message.components for b in row.children if not b.disabled)
                prefix = button.custom_id.rsplit(":", 1)[0]
                for n, player in enumerate(players):
                    result = await player.click(message, custom_id=f"{prefix}:{n % 2}")
                    if result.response is not None and "Locked in" in result.response.content:
                        log.event(kind="answer", user=player.id, question=question)
                await env.advance_time(27)  # the question's 20 s, then the reveal's 6 s
        if mode == "answers":
            await answer_the_question(env, handles[0], players, log)
        if mode == "reveal":
            await bot.get_cog("DailyQuoteCog").poster.post_due(env.now() + dt.timedelta(days=1))  # type: ignore[union-attr]
        await env.settle()
        await env.shutdown()


if __name__ == "__main__":
    mode, database, log_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    kill_after = int(sys.argv[4]) if len(sys.argv) > 4 else None
    asyncio.run(main(mode, database, log_path, kill_after))
