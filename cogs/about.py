"""/about: what the bot is and where its data comes from, as the data pack says it, on a card whose
Sources button lists every source of the pack; /help: every command, grouped by feature, read from
the command tree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.client import SoundtrackBot, invite_url
from bot.domain.pack import Pack
from bot.domain.text import listing, plural
from bot.ui.cards import Card, CardRef, Section, card_view
from bot.ui.features import Feature, features, help_embed
from bot.ui.replies import reply

NAMED_PUBLICATIONS = 6
"""/about names this many publications the data comes from, then counts the rest."""
KIND = "about"
"""The kind of card /about is (bot.ui.cards): its Sources button finds the pack's sources by it."""


def _credits(pack: Pack) -> tuple[str, str]:
    """The publications the pack's facts come from, and those its review quotes come from (with the
    author where the pack names one), each in the order sources.toml lists them."""
    publications = list(dict.fromkeys(s.publication for s in pack.sources))
    if len(publications) > NAMED_PUBLICATIONS:  # the cards name every source; here, the first few
        more = len(publications) - NAMED_PUBLICATIONS
        publications = [*publications[:NAMED_PUBLICATIONS], plural(more, "more publication")]
    quoted = {q.source for q in pack.quotes}
    reviews = [
        f"{s.publication} ({s.author})" if s.author else s.publication
        for s in pack.sources
        if s.key in quoted
    ]
    return listing(publications), listing(list(dict.fromkeys(reviews))) if reviews else ""


def feature_line(feature: Feature) -> str:
    """ "**Trivia** (`/trivia`): Soundtrack trivia the whole channel plays together" """
    roots = ", ".join(f"`{root}`" for root in feature.roots)
    return (
        f"**{feature.name}** ({roots}): {feature.summary}"
        if feature.summary
        else f"**{feature.name}** ({roots})"
    )


def about_card(pack: Pack, does: Sequence[Feature] = (), invite: str | None = None) -> Card:
    """The /about card: what the bot is for and does (``does``), where its data comes from (named in
    words, every source one tap away under Sources), and the ``invite`` link."""
    publications, reviews = _credits(pack)
    data = [
        f"The {plural(len(pack.tracks), 'track')}, their artists, and the release and film facts come "
        "from a data pack anyone can read and edit.",
        f"Gathered from {publications}: **Sources** below lists every one.",
        "On a card, the small numbers after a fact (¹˒²) are its sources; where sources disagree, every "
        "value is kept.",
    ]
    if reviews:
        data.append(f"The review quotes come from {reviews}.")
    face = [
        Section("What it does", (*map(feature_line, does), "`/help` lists every command.")),
        Section("Where the data comes from", tuple(data)),
    ]
    if invite is not None:
        face.append(Section("Add it to your server", (f"[Invite link]({invite})",)))
    return Card(
        CardRef(KIND, ""),
        f"About the {pack.title} bot",
        lead=f"A bot for {pack.about or f'the album *{pack.title}*'}.",
        face=tuple(face),
        sources=pack.sources,
        footer=f"Version {bot_package.__version__}",
    )


class AboutCog(commands.Cog, name="About", description="What this bot is, and every command it has"):
    about_the_bot: ClassVar[bool] = True  # /help and /about list it after the features

    def __init__(self, pack: Pack) -> None:
        self.pack = pack

    async def card(self, key: str) -> Card | None:
        """The card the Sources button of /about opens (any /about, however old): the pack's sources."""
        return about_card(self.pack) if key == "" else None

    @app_commands.command(
        name="about", description="What this bot is, where its data comes from, and how to add it"
    )
    async def about(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        client = interaction.client
        invite = invite_url(client.application_id) if client.application_id is not None else None
        card = about_card(self.pack, features(client.tree), invite)
        await reply(interaction, view=card_view(card))

    @app_commands.command(name="help", description="Every command, grouped by feature (only you see it)")
    async def help(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        # In a server, the commands this member sees by default (/qotd is for server managers).
        permissions = interaction.permissions if interaction.guild_id is not None else None
        shown = help_embed(features(interaction.client.tree, permissions))
        await interaction.response.send_message(embed=shown, ephemeral=True)


async def setup(bot: SoundtrackBot) -> None:
    cog = AboutCog(bot.pack)
    await bot.add_cog(cog)
    bot.cards.register(KIND, cog.card)
