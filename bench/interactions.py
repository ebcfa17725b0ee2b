"""Cost of one interaction through the bot's real command tree, against a bare bot giving the same
kind of answer with a constant.

Each row has its own baseline, the cheapest bot that answers alike: a card command (/track, /artist,
/quote) against a bare bot's /card, which sends one constant Components V2 card of the same shape as
the bot's (a container with some 600 characters of text and a row of three buttons); the
autocomplete against a constant autocomplete; a trivia button click against a click on a constant
message of the same shape as a question (an embed, a row of four buttons), answered privately with
a constant. So a ratio is what the bot itself adds: finding the thing, laying it out, storing an
answer, speaking the user's language.

Why not /ping for all: SimCord stands in for Discord in this process, and its Discord checks and
copies a Components V2 message, and the message under a clicked button, at a cost that grows with
the message (0.2-0.4 ms here, as much as the bot's whole work on a card). In production Discord does
that on its own servers. Against a plain-text /ping that cost would count as the bot's. Each row
still says its ratio to /ping, for comparison with earlier runs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord
import simcord
from discord.ext import commands

from bench.harness import RealBot, Row, bare_bot, median, percentile, timed
from bench.trivia_load import open_question

RUNS = 300
CARD_TEXT = "## A constant card\nWhat it is, in one lead line\n\n" + "\n".join(
    f"**Section {n}**\nA line of facts, each with its mark¹ and another\u00b2 and more³" for n in range(8)
)
"""The text of the baseline's card: about as long as a track's or an artist's card (600 characters)."""


class _ConstantButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"constant:(?P<n>[0-9])"):
    """A persistent button, as the bot's are, answering privately with a constant."""

    def __init__(self, n: int) -> None:
        super().__init__(discord.ui.Button(label=f"Option {n}", custom_id=f"constant:{n}"))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> _ConstantButton:
        return cls(int(match["n"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Locked in", ephemeral=True)


def _constant_card() -> discord.ui.LayoutView:
    view = discord.ui.LayoutView(timeout=None)
    row = discord.ui.ActionRow[discord.ui.LayoutView]()
    for n in range(3):
        row.add_item(_ConstantButton(n))
    view.add_item(discord.ui.Container(discord.ui.TextDisplay(CARD_TEXT), row, accent_colour=0xC8A2C8))
    return view


def _constant_question() -> tuple[discord.Embed, discord.ui.View]:
    embed = discord.Embed(title="Question 1 of 1 · A category · medium", description=CARD_TEXT[:400])
    embed.add_field(name="Time", value="Closes in a minute", inline=False)
    view = discord.ui.View(timeout=None)
    for n in range(4):
        view.add_item(_ConstantButton(n))
    return embed, view


def _baseline_bot() -> commands.Bot:
    """The bare bot (bench.harness.bare_bot), with a constant card and a constant question."""
    bot = bare_bot()
    card = _constant_card()

    @bot.tree.command(name="card", description="A constant card")
    async def send_card(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(view=card, allowed_mentions=discord.AllowedMentions.none())

    @bot.tree.command(name="question", description="A constant question")
    async def send_question(interaction: discord.Interaction) -> None:
        embed, view = _constant_question()
        await interaction.response.send_message(embed=embed, view=view)

    bot.add_dynamic_items(_ConstantButton)
    return bot


async def _world(env: simcord.Env) -> tuple[simcord.ChannelHandle, simcord.MemberActor]:
    await env.bot.tree.sync()
    guild = env.create_guild("bench")
    channel = guild.create_text_channel("bench")
    return channel, guild.add_member(env.create_user("member"))


async def baseline() -> dict[str, list[float]]:
    """The bare bot's costs, by kind of answer: "ping", "card", "autocomplete", "click"."""
    async with simcord.run(_baseline_bot()) as env:
        channel, member = await _world(env)
        out = {
            "ping": await timed(lambda: member.slash(channel, "ping"), RUNS),
            "card": await timed(lambda: member.slash(channel, "card"), RUNS),
            "autocomplete": await timed(
                lambda: member.autocomplete(channel, "echo", "value", "the pa"), RUNS
            ),
        }
        await member.slash(channel, "question")
        message = channel.history()[-1]
        players = iter([member.guild.add_member(env.create_user(f"player{i}")) for i in range(RUNS + 20)])
        out["click"] = await timed(lambda: next(players).click(message, custom_id="constant:0"), RUNS)
        return out


BASELINE_OF = {
    "/track": "card",
    "/artist": "card",
    "/quote random": "card",
    "/quote search": "card",
    "title autocomplete": "autocomplete",
    "trivia button click": "click",
}
"""Which of the bare bot's answers each interaction is measured against."""


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
    for kind, samples in (await baseline()).items():
        base[kind] += samples
    ping = median(base["ping"])
    rows = []
    for name, samples in real.items():
        against = base[BASELINE_OF[name]]
        med = median(samples) / median(against)
        p99 = percentile(samples, 99) / percentile(against, 99)
        rows.append(
            Row(
                f"interaction {name} vs bare {BASELINE_OF[name]} (median / p99)",
                f"{med:.2f}x / {p99:.2f}x (vs /ping {median(samples) / ping:.2f}x)",
                "<= 1.5x / <= 2x",
                med <= 1.5 and p99 <= 2.0,
            )
        )
    return rows
