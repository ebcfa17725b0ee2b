"""Answering an interaction (bot.ui.replies), through SimCord, on a bot of a few commands that use it:
an answer or a follow-up, always with mentions off; an acknowledgement made once, privately for a
click; slow work acknowledged before Discord's deadline, fast work answered at once."""

from __future__ import annotations

import asyncio
import logging

import discord
import pytest
from discord.ext import commands

from bot.ui.replies import defer, reply, within_deadline
from tests.conftest import Server

PINGS = "<@&123456789012345678> @everyone, look"
SLOW, FAST = 0.05, 0.01
"""How long the commands' work takes, in the virtual clock SimCord runs: the deadline is the other one."""

DEFERRED = 5  # Discord's DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
MESSAGE = 4  # CHANNEL_MESSAGE_WITH_SOURCE
NO_MENTIONS = {"parse": []}


class Later(discord.ui.View):
    @discord.ui.button(label="Later")
    async def later(self, interaction: discord.Interaction, button: discord.ui.Button[Later]) -> None:
        await defer(interaction)
        await reply(interaction, "Done, later.", ephemeral=True)


@pytest.fixture
def simcord_bot() -> commands.Bot:
    bot = commands.Bot(command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True))

    @bot.tree.command(name="answer", description="Answer at once")
    async def answer(interaction: discord.Interaction) -> None:
        await reply(interaction, PINGS, embed=discord.Embed(title="Card"), ephemeral=True)

    @bot.tree.command(name="answer-later", description="Acknowledge, then answer")
    async def answer_later(interaction: discord.Interaction) -> None:
        await defer(interaction)
        await defer(interaction)  # a second acknowledgement would fail the interaction: none is made
        await reply(interaction, PINGS, embed=discord.Embed(title="Card"))

    @bot.tree.command(name="button", description="Post a button")
    async def button(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Click it", view=Later())

    @bot.tree.command(name="acknowledge", description="Acknowledge only")
    async def acknowledge(interaction: discord.Interaction) -> None:
        await defer(interaction)

    @bot.tree.command(name="work", description="Work that takes a while")
    async def work(interaction: discord.Interaction, slow: bool) -> None:
        deadline, takes = (FAST, SLOW) if slow else (SLOW, FAST)
        result = await within_deadline(interaction, asyncio.sleep(takes, result="worked"), deadline)
        await reply(interaction, result)

    return bot


def callbacks(server: Server) -> list[dict]:
    """What the bot answered Discord's interactions with (the first answer to each)."""
    return [r.json for r in server.env.http_requests if r.path.endswith("/callback")]


def follow_ups(server: Server) -> list[dict]:
    return [
        r.json for r in server.env.http_requests if r.method == "POST" and r.path.startswith("/webhooks/")
    ]


async def test_reply_answers_an_interaction_not_yet_acknowledged_with_mentions_off(server: Server) -> None:
    result = await server.member.slash(server.channel, "answer")
    assert result.ephemeral and result.response.content == PINGS
    assert [e.title for e in result.response.embeds] == ["Card"]
    [answer] = callbacks(server)
    assert answer["type"] == MESSAGE and answer["data"]["allowed_mentions"] == NO_MENTIONS
    assert follow_ups(server) == []


async def test_reply_follows_up_an_acknowledged_interaction_with_mentions_off(server: Server) -> None:
    result = await server.member.slash(server.channel, "answer-later")
    assert not result.ephemeral and result.response.content == PINGS
    assert [e.title for e in result.response.embeds] == ["Card"]
    assert callbacks(server) == [{"type": DEFERRED}]  # once, for all the defer calls: not private
    [follow_up] = follow_ups(server)
    assert follow_up["allowed_mentions"] == NO_MENTIONS


async def test_a_click_is_acknowledged_privately(server: Server) -> None:
    posted = await server.member.slash(server.channel, "button")
    click = await server.member.click(posted.response.message, label="Later")
    assert click.ephemeral and click.response.content == "Done, later."
    assert callbacks(server)[-1] == {"type": DEFERRED, "data": {"flags": discord.MessageFlags.ephemeral.flag}}


async def test_an_acknowledgement_discord_refuses_is_logged_not_raised(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.env.inject_error("POST", "/interactions/*/callback", status=503)
    with caplog.at_level(logging.WARNING, logger="bot.ui.replies"):
        result = await server.member.slash(server.channel, "acknowledge")
    assert not result.acknowledged
    [warning] = caplog.records
    assert warning.getMessage().startswith("Could not acknowledge interaction") and warning.exc_info
    assert server.env.errors == []  # nothing reached the command tree's error handler


async def test_work_slower_than_the_deadline_is_acknowledged_first_then_answered(server: Server) -> None:
    result = await server.member.slash(server.channel, "work", slow=True)
    assert result.response.content == "worked"
    assert callbacks(server) == [{"type": DEFERRED}]
    assert [f["content"] for f in follow_ups(server)] == ["worked"]


async def test_work_within_the_deadline_is_answered_at_once(server: Server) -> None:
    result = await server.member.slash(server.channel, "work", slow=False)
    assert result.response.content == "worked"
    [answer] = callbacks(server)
    assert answer["type"] == MESSAGE
    assert follow_ups(server) == []
