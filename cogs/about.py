"""/about: what the bot is and where its data comes from, as the data pack says it; /help: every
command, grouped by feature, read from the command tree."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.client import SoundtrackBot, invite_url
from bot.domain.pack import Pack
from bot.domain.text import listing, plural
from bot.ui.embeds import CardBuilder
from bot.ui.features import Feature, features

NAMED_PUBLICATIONS = 6
"""/about names this many publications the data comes from, then counts the rest."""


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


class AboutCog(commands.Cog, name="About", description="What this bot is, and every command it has"):
    def __init__(self, pack: Pack) -> None:
        self.pack = pack

    @app_commands.command(
        name="about", description="What this bot is, where its data comes from, and how to add it"
    )
    async def about(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        pack = self.pack
        subject = pack.about or f"the album *{pack.title}*"
        card = CardBuilder(
            f"About the {pack.title} bot",
            description=f"A bot for {subject}.",
            footer=f"Version {bot_package.__version__}",
        )
        card.lines(
            "What it does",
            [*map(feature_line, features(interaction.client.tree)), "`/help` lists every command."],
            noun="features",
        )
        publications, reviews = _credits(pack)
        quotes = f" The review quotes come from {reviews}." if reviews else ""
        card.field(
            "Where the data comes from",
            f"The {plural(len(pack.tracks), 'track')}, their artists, and the release and film facts come "
            f"from a data pack anyone can read and edit, gathered from {publications}. Every fact is shown "
            f"with its sources; where sources disagree, every value is kept.{quotes}",
        )
        if interaction.client.application_id is not None:
            card.field(
                "Add it to your server", f"[Invite link]({invite_url(interaction.client.application_id)})"
            )
        await interaction.response.send_message(embed=card.build())

    @app_commands.command(name="help", description="Every command, grouped by feature (only you see it)")
    async def help(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        # In a server, the commands this member sees by default (/qotd is for server managers).
        permissions = interaction.permissions if interaction.guild_id is not None else None
        card = CardBuilder(
            "Commands",
            description="Type `/` and the command's name. `<option>` is required, `[option]` optional.",
        )
        for feature in features(interaction.client.tree, permissions):
            card.lines(
                feature.name,
                [f"`{line.usage}`: {line.description}" for line in feature.commands],
                noun="commands",
            )
        await interaction.response.send_message(embed=card.build(), ephemeral=True)


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(AboutCog(bot.pack))
