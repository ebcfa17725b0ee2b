"""/about: what the bot is and where its data comes from, as the data pack says it."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

import bot as bot_package
from bot.client import SoundtrackBot, invite_url
from bot.domain.pack import Pack
from bot.domain.text import listing, plural
from bot.glue.embeds import CardBuilder

log = logging.getLogger(__name__)


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


class AboutCog(commands.Cog, name="About"):
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
            description=(
                f"A bot for {subject}. Ask it about the album, its tracks and artists, and what the critics "
                "wrote: `/album`, `/tracks`, `/track`, `/artist`."
            ),
            footer=f"Version {bot_package.__version__}",
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


async def setup(bot: SoundtrackBot) -> None:
    await bot.add_cog(AboutCog(bot.pack))
