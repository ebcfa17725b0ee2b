"""A bot process for the shard tests: the real bot, configured from the environment as ``python -m bot``
is (DISCORD_TOKEN, DATABASE_URL, SHARD_COUNT, SHARD_IDS), under SimCord, over a PostgreSQL database
that several such processes share.

    LOG=FILE [PEERS=N] [WAIT_FOR_POST=1] [KILL_AFTER=K [HOLD_KILL=1]] python tests/faults/shard_child.py

Every process builds the same world (SERVERS servers spread evenly over the shards, one channel
each), turns the daily post on in the servers of its own shards, waits until PEERS processes have
said they are ready (and with WAIT_FOR_POST until some process has posted), then ticks the daily
post until the database says every server's day is done. ROUNDS rounds without that is a
failure (exit code 1).

LOG is shared by all the processes: one JSON line per event, written and synced before anything
else happens, since SIGKILL gives no chance to flush later. Events carry the writer's pid:
"world" (the servers and their shards), "ready", "claim" (the servers whose day it claimed to
post), "post" (a quote of the day reached this process's Discord), "round" (a tick: posts sent,
days done in the database), "kill" and "done".

KILL_AFTER kills the process with SIGKILL once it has made K posts; with HOLD_KILL it first waits
(its event loop stopped, its claims held) until another process has ticked, so that the kill
happens while another process is running and being refused the days this one has claimed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import simcord

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.app import open_app, read_data  # noqa: E402
from bot.db import Database  # noqa: E402
from bot.db.daily.posts import DailyPostRepository  # noqa: E402
from bot.db.daily.settings import DailySettingsRepository  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.sharding import shard_of  # noqa: E402
from cogs.daily.poster import DailyPoster  # noqa: E402

SERVERS_PER_SHARD = 4
ROUNDS = 1000
ROUND_PAUSE = 0.05
"""Real seconds between two rounds, so that the processes' rounds interleave."""
WAIT_LIMIT = 60.0
"""Real seconds a process waits for the others (to be ready, to post, to tick) before giving up."""
POST_DATE = dt.date(2026, 1, 1)
POST_TIME = dt.time(0, 1)
"""One minute after SimCord's clock starts (POST_DATE, midnight UTC): nothing is due while the bot
starts, before the rounds."""


class SharedLog:
    """The JSON-lines log every process appends to (one write per line, so lines never interleave)."""

    def __init__(self, path: Path, kill_after: int | None, *, hold_kill: bool) -> None:
        self.path = path
        self._file = path.open("a", encoding="utf-8")
        self.kill_after = kill_after
        self.hold_kill = hold_kill
        self.posts = 0

    def event(self, kind: str, **fields: Any) -> None:
        self._file.write(json.dumps({"kind": kind, "pid": os.getpid(), **fields}) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        if kind != "post":
            return
        self.posts += 1
        if self.kill_after is not None and self.posts >= self.kill_after:
            self._die()

    def _die(self) -> None:
        if self.hold_kill:
            # Blocking on purpose: nothing more of this process runs, and its claims stay held by its
            # live session, until another process has ticked against them.
            since = self.path.stat().st_size
            self._wait(lambda: any(e["kind"] == "round" for e in others(read_events(self.path, since)[0])))
        self.event("kill")
        os.kill(os.getpid(), signal.SIGKILL)

    def _wait(self, done: Any) -> None:
        deadline = time.monotonic() + WAIT_LIMIT
        while not done():
            if time.monotonic() > deadline:
                raise SystemExit(f"pid {os.getpid()}: gave up waiting for the other processes")
            time.sleep(ROUND_PAUSE)


def read_events(path: Path, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The complete lines from ``offset`` on, and the offset after them (a line still being written
    is left for the next read)."""
    with path.open("rb") as file:
        file.seek(offset)
        data = file.read()
    complete = data[: data.rfind(b"\n") + 1]
    return [json.loads(line) for line in complete.splitlines()], offset + len(complete)


def others(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["pid"] != os.getpid()]


class SharedDiscord:
    """The test's stand-in for the one real Discord the processes share: each process has its own
    simulated Discord, so it copies into its channels the posts the other processes logged."""

    def __init__(self, env: simcord.Env, path: Path) -> None:
        self.env = env
        self.path = path
        self._offset = 0

    def catch_up(self) -> None:
        events, self._offset = read_events(self.path, self._offset)
        for event in others(events):
            if event["kind"] == "post":
                self.env.backend.create_message(
                    event["channel"],
                    self.env.backend.bot_user.id,
                    embeds=[{"title": "Quote of the day", "footer": {"text": event["footer"]}}],
                    broadcast=False,
                )


def build_world(env: simcord.Env, shard_count: int) -> list[dict[str, int]]:
    """The same servers and channels (and so the same ids) in every process: made in one order, on
    explicit shards, at the same simulated instant."""
    servers = []
    for i in range(SERVERS_PER_SHARD * shard_count):
        guild = env.create_guild(f"server-{i}", shard_id=i % shard_count)
        channel = guild.create_text_channel("quotes")
        servers.append({"guild": guild.id, "channel": channel.id, "shard": shard_of(guild.id, shard_count)})
    return servers


def watch_posts(env: simcord.Env, shared: SharedLog) -> None:
    """Log every quote-of-the-day post the moment this process's Discord has it."""

    def on_event(event: str, payload: Any) -> None:
        if event != "MESSAGE_CREATE":
            return
        footers = [e.get("footer", {}).get("text", "") for e in payload.get("embeds", [])]
        marks = [f for f in footers if f.startswith("Quote of the day")]
        if marks:
            shared.event("post", channel=int(payload["channel_id"]), footer=marks[0])

    env.backend.subscribers.append(on_event)


def watch_claims(posts: DailyPostRepository, shared: SharedLog, discord: SharedDiscord) -> None:
    """Log the servers whose day each claim took, and catch up with the shared Discord right after
    it, before anything is looked for or sent: a day is only taken over from a process that is dead,
    and a process logs each post before it can die, so the post is in the log by then (the real
    Discord has it the moment it is sent). Catching up before the tick instead would leave a gap:
    a post logged, and its process killed, between the catch-up and the claim, and then sent again."""
    claim = posts.choose_and_claim

    async def claim_then_catch_up(*args: Any, **kwargs: Any) -> Any:
        days, claimed = await claim(*args, **kwargs)
        if claimed:
            shared.event("claim", guilds=sorted(guild for guild, _ in claimed))
        discord.catch_up()
        return days, claimed

    posts.choose_and_claim = claim_then_catch_up  # type: ignore[method-assign]


async def done_days(posts: DailyPostRepository) -> int:
    """How many servers' days the database says are done: posted, or failed (which the test then
    finds in the database). Every server's day is POST_DATE."""
    return len(await posts.done_dates(POST_DATE))


async def turn_on_daily_posts(db: Database, servers: list[dict[str, int]], now: dt.datetime) -> None:
    daily_settings = DailySettingsRepository(db)
    for server in servers:
        await daily_settings.save(
            server["guild"],
            channel_id=server["channel"],
            post_time=POST_TIME,
            timezone="UTC",
            role_id=None,
            now=now,
        )


async def wait_for(shared: SharedLog, done: Any) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not done(read_events(shared.path)[0]):
        if time.monotonic() > deadline:
            raise SystemExit(f"pid {os.getpid()}: gave up waiting for the other processes")
        await asyncio.sleep(ROUND_PAUSE)


async def tick_until_all_done(shared: SharedLog, poster: DailyPoster, env: simcord.Env, servers: int) -> None:
    """Tick the daily post, a short real pause between rounds so that the processes' rounds
    interleave, until the database says every server's day is done."""
    for round_number in range(1, ROUNDS + 1):
        sent = await poster.post_due(env.now())
        done = await done_days(poster.posts)
        shared.event("round", round=round_number, sent=sent, done=done)
        if done == servers:
            return
        await asyncio.sleep(ROUND_PAUSE)
    raise SystemExit(f"pid {os.getpid()}: {servers - done} servers still not done after {ROUNDS} rounds")


async def main() -> None:
    settings = Settings.from_env(os.environ)  # as python -m bot reads them
    assert settings.shard_count is not None and settings.shard_ids is not None
    shared = SharedLog(
        Path(os.environ["LOG"]),
        int(os.environ["KILL_AFTER"]) if os.environ.get("KILL_AFTER") else None,
        hold_kill=os.environ.get("HOLD_KILL") == "1",
    )
    async with open_app(settings, read_data()) as app:
        bot = app.bot(settings, freeze_heap_at_ready=False)
        env = simcord.Env(bot)
        servers = build_world(env, settings.shard_count)
        shared.event("world", shards=list(settings.shard_ids), servers=servers)
        mine = [s for s in servers if s["shard"] in settings.shard_ids]
        await turn_on_daily_posts(app.db, mine, env.now())
        watch_posts(env, shared)
        await env.start()
        daily: Any = bot.get_cog("DailyQuoteCog")
        # This process ticks the poster itself (below), so that the processes start posting together
        # and at one simulated time: every process's clock reads POST_TIME, as the one real clock would.
        daily.tick.cancel()
        await env.advance_time(60)
        assert env.now().time() == POST_TIME
        # Only now, with the clock where it stays: a copied post is stamped with this process's clock,
        # and the real one was sent at POST_TIME (a restarted process meets the posts made before it).
        watch_claims(daily.poster.posts, shared, SharedDiscord(env, shared.path))
        shared.event("ready")

        peers = int(os.environ.get("PEERS", "1"))
        await wait_for(
            shared, lambda events: len({e["pid"] for e in events if e["kind"] == "ready"}) >= peers
        )
        if os.environ.get("WAIT_FOR_POST") == "1":
            await wait_for(shared, lambda events: any(e["kind"] == "post" for e in events))
        await tick_until_all_done(shared, daily.poster, env, len(servers))
        shared.event("done")
        await env.shutdown()


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(main())
