"""LiveWorld: the simulated clock keeps up with the wall clock, operations take turns, a page opened
later opens on the latest message, and pages whose browser is gone are released."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import simcord

from bot.tryout.live import PAGE_RELEASE_SECONDS, QUIET_SECONDS, LiveWorld, start_clock_at
from bot.tryout.world import TryServer, seed


def test_the_clock_starts_at_the_given_instant(simcord_bot: discord.Client) -> None:
    env = simcord.Env(simcord_bot)
    start = dt.datetime(2031, 5, 4, 12, 30, tzinfo=dt.UTC)
    start_clock_at(env, start)
    assert env.now() == start


async def test_the_simulated_clock_keeps_up_with_the_wall_clock(simcord_env: simcord.Env) -> None:
    before, started = simcord_env.now(), time.monotonic()
    world = LiveWorld(simcord_env)
    stop = asyncio.Event()
    running = asyncio.create_task(world.run(stop))
    moved = 0.0
    while moved < 1 and time.monotonic() - started < 60:  # however busy the machine
        await asyncio.sleep(0.1)
        moved = (simcord_env.now() - before).total_seconds()
    stop.set()
    await running
    assert moved >= 1  # the simulated clock moved on its own...
    assert moved <= time.monotonic() - started  # ...and never ahead of the wall clock


async def test_operations_take_turns(simcord_env: simcord.Env) -> None:
    world = LiveWorld(simcord_env)
    order: list[str] = []

    async def operation(name: str) -> str:
        order.append(f"{name} starts")
        await asyncio.sleep(0.01)
        order.append(f"{name} ends")
        return name

    results = await asyncio.gather(*(world.operate(lambda n=n: operation(n)) for n in "ab"))
    assert results == ["a", "b"]
    assert order == ["a starts", "a ends", "b starts", "b ends"]


@contextlib.asynccontextmanager
async def served(env: simcord.Env) -> AsyncIterator[tuple[TryServer, LiveWorld, Any, aiohttp.ClientSession]]:
    """The try server's page, as ``python -m bot try`` serves it, and a client to open pages with."""
    server = await seed(env)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    async with env.preview(server.general, viewers=[server.owner], layout="channel", port=port) as preview:
        world = LiveWorld(env)
        world.show(preview)
        headers = {"X-Simcord-Capability": preview.capability}
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}", headers=headers) as client:
            yield server, world, preview, client


async def open_page(client: aiohttp.ClientSession) -> tuple[int, dict[str, Any]]:
    """What a browser does when it opens or reloads the page's address."""
    async with client.post("/api/pages", json={}) as response:
        return response.status, await response.json()


async def test_a_page_opened_later_opens_on_the_latest_message(simcord_env: simcord.Env) -> None:
    async with served(simcord_env) as (server, world, _, client):
        channel = simcord_env.bot.get_channel(server.general.id)
        assert isinstance(channel, discord.TextChannel)
        for n in range(1, 5):
            await channel.send(f"Message {n}")
        await world.catch_up()
        status, page = await open_page(client)
        assert status == 200
        latest = server.general.history()[-1]
        assert latest.content == "Message 4"
        assert page["targetId"] == str(latest.id)


async def test_pages_whose_browser_is_gone_are_released_after_two_minutes(simcord_env: simcord.Env) -> None:
    async with served(simcord_env) as (_, world, preview, client):
        for _ in range(10):  # each one left open by a browser that was then killed
            assert (await open_page(client))[0] == 200
        for page in preview._pages.values():  # two minutes without a word from them
            page.last_activity -= PAGE_RELEASE_SECONDS + 1
        await world.catch_up()  # SimCord releases expired pages at its next publish
        assert [p for p in preview._pages.values() if p is not preview._python] == []


async def test_when_every_place_is_taken_a_quiet_page_gives_its_place(simcord_env: simcord.Env) -> None:
    async with served(simcord_env) as (_, _, preview, client):
        pages = [(await open_page(client))[1]["context"]["id"] for _ in range(16)]
        for page in preview._pages.values():  # ten seconds without a word from them: their browsers are gone
            page.last_activity -= QUIET_SECONDS + 1
        status, opened = await open_page(client)  # SimCord serves 16 at a time
        assert status == 200
        assert opened["context"]["id"] not in pages
