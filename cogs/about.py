"""/about: what the bot is and where its data comes from, as the data pack says it, on a card whose
Sources button lists every source of the pack; /help: every command, grouped by feature, read from
the command tree."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.client import SoundtrackBot
from bot.domain.pack import Pack
from bot.ui.cards import Card, CardRef, Section, card_view
from bot.ui.features import Feature, features, help_embed
from bot.ui.i18n import listing, t
from bot.ui.installs import PRIVATE, Invites, anywhere, invites, usable_here
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
        publications = [*publications[:NAMED_PUBLICATIONS], t("about-more-publications", count=more)]
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


def about_card(pack: Pack, does: Sequence[Feature] = (), links: Invites | None = None) -> Card:
    """The /about card: what the bot is for and does (``does``), where its data comes from (named in
    words, every source one tap away under Sources), and, with ``links``, how to add it (its two
    buttons are :func:`invite_buttons`)."""
    publications, reviews = _credits(pack)
    data = [
        t("about-data-pack", tracks=len(pack.tracks)),
        t("about-gathered-from", publications=publications),
        t("about-marks"),
    ]
    if reviews:
        data.append(t("about-reviews-from", reviews=reviews))
    face = [
        Section(t("about-what-it-does"), (*map(feature_line, does), t("about-help-lists"))),
        Section(t("about-where-from"), tuple(data)),
    ]
    if links is not None:
        face.append(Section(t("about-add-it"), (t("about-add-it-how"),)))
    return Card(
        CardRef(KIND, ""),
        t("about-title", title=pack.title),
        # The pack's own words (in English) say what the album is: they are data, not translated.
        lead=t("about-lead", about=pack.about or f"*{pack.title}*"),
        face=tuple(face),
        sources=pack.sources,
        footer=t("about-version", version=bot_package.__version__),
    )


def invite_buttons(links: Invites) -> tuple[discord.ui.Button[discord.ui.LayoutView], ...]:
    """ "Add to a server" and "Add to my apps", links (they need no custom_id: they outlive anything)."""
    return (
        discord.ui.Button(label=t("about-add-to-server"), url=links.server),
        discord.ui.Button(label=t("about-add-to-account"), url=links.user),
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
    @app_commands.describe(private=PRIVATE)
    @anywhere
    async def about(self, interaction: discord.Interaction[SoundtrackBot], private: bool = False) -> None:
        client = interaction.client
        links = invites(client.application_id) if client.application_id is not None else None
        card = about_card(self.pack, features(client.tree), links)
        view = card_view(card, extra=invite_buttons(links) if links is not None else ())
        await reply(interaction, view=view, ephemeral=private)

    @app_commands.command(name="help", description="Every command, grouped by feature (only you see it)")
    @anywhere
    async def help(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        # In a server, the commands this member sees by default (/qotd is for server managers).
        permissions = interaction.permissions if interaction.guild_id is not None else None
        here = functools.partial(usable_here, interaction)
        shown = help_embed(features(interaction.client.tree, permissions, here))
        await interaction.response.send_message(embed=shown, ephemeral=True)


async def setup(bot: SoundtrackBot) -> None:
    cog = AboutCog(bot.pack)
    await bot.add_cog(cog)
    bot.cards.register(KIND, cog.card)
