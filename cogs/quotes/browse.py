"""/quote random, /quote today and /quote search."""

from __future__ import annotations

import random
from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.quotes import QuoteRepository
from bot.domain.catalogue import Catalogue
from bot.domain.catalogue.index import NameEntry
from bot.domain.pack import Source
from bot.domain.quotes import search_terms, telling_words
from bot.domain.text import normalise
from bot.ui.cards import Card, card_view
from bot.ui.errors import UserFacingError
from bot.ui.i18n import t
from bot.ui.installs import PRIVATE, anywhere
from bot.ui.options import NamedArtist, NamedTrack
from bot.ui.replies import reply
from cogs.quotes import cards


def _one_of(count: int, *, filtered: bool) -> str:
    """The random quote's footer: how many it was drawn from (the matching ones, when filtered)."""
    return t("quotes-one-of-matching" if filtered else "quotes-one-of", count=count)


def _joined(key: str, items: list[str]) -> str:
    """ "A and B and C" (or "A or B or C"), each language's word between each pair."""
    joined = items[0]
    for item in items[1:]:
        joined = t(key, first=joined, second=item)
    return joined


def _too_common(text: str, words: list[str]) -> str:
    """The refusal of a search whose every word is too common to tell one quote from another."""
    shown = discord.utils.escape_markdown(text.strip()[:100])
    return t("quotes-too-common-word" if len(words) == 1 else "quotes-too-common-words", text=shown)


@anywhere
class QuotesCog(
    commands.GroupCog, group_name="quote", group_description="What the critics wrote about the album"
):
    feature: ClassVar[str] = "Quotes"  # its heading in /help and /about

    def __init__(
        self,
        catalogue: Catalogue,
        quotes: QuoteRepository,
        rng: random.Random,
    ) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.quotes = quotes
        self.rng = rng
        self.publications: list[Source] = []

    async def cog_load(self) -> None:
        self.publications = await self.quotes.publications(self.catalogue.pack)

    def _publication(self, typed: str) -> Source:
        wanted = normalise(typed)
        for source in self.publications:
            if wanted in (normalise(source.key), normalise(source.publication)):
                return source
        names = _joined("quotes-or", [f"**{s.publication}**" for s in self.publications])
        raise UserFacingError(t("quotes-no-such-source", publications=names))

    @app_commands.command(
        name="random", description="A random review quote, optionally about a track or artist"
    )
    @app_commands.describe(
        track="Only quotes about this track",
        artist="Only quotes about this artist",
        source="Only quotes from this publication",
        private=PRIVATE,
    )
    async def random_quote(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        track: NamedTrack | None = None,
        artist: NamedArtist | None = None,
        source: app_commands.Range[str, 1, 100] | None = None,
        private: bool = False,
    ) -> None:
        publication = self._publication(source) if source else None
        keys = await self.quotes.quote_keys(
            self.catalogue.pack,
            track=int(track.key) if track else None,
            artist=artist.key if artist else None,
            source=publication.key if publication else None,
        )
        if not keys:
            raise UserFacingError(self._nothing_matches(track, artist, publication))
        card = await self.quotes.quote(self.catalogue.pack, self.rng.choice(keys))
        assert card is not None
        footer = _one_of(len(keys), filtered=bool(track or artist or publication))
        shown = cards.quote_card(card, title=t("quotes-title"), footer=footer)
        await reply(interaction, view=card_view(shown), ephemeral=private)

    @staticmethod
    def _nothing_matches(track: NameEntry | None, artist: NameEntry | None, source: Source | None) -> str:
        about = [t("quotes-filter-about", name=e.display) for e in (track, artist) if e is not None]
        if source is not None:
            about.append(t("quotes-filter-from", publication=source.publication))
        return t("quotes-nothing-matches", filters=_joined("quotes-and", about))

    @random_quote.autocomplete("source")
    async def source_autocomplete(
        self, interaction: discord.Interaction[SoundtrackBot], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = normalise(current)
        return [
            app_commands.Choice(name=s.publication[:100], value=s.publication[:100])
            for s in self.publications
            if typed in normalise(s.publication) or typed in normalise(s.key)
        ][:25]

    @app_commands.command(
        name="today", description="This server's quote of the day, the same for everyone today"
    )
    @app_commands.describe(private=PRIVATE)
    async def today(self, interaction: discord.Interaction[SoundtrackBot], private: bool = False) -> None:
        if interaction.guild_id is None:
            raise UserFacingError(t("quotes-today-in-a-server"))
        if interaction.client.todays_quote is None:
            raise UserFacingError(t("quotes-today-not-running"))
        today = await interaction.client.todays_quote(interaction.guild_id)
        card = await self.quotes.quote(today.pack, today.quote)
        if card is None:
            raise UserFacingError(t("quotes-today-gone"))
        shown = cards.quote_card(card, title=t("quotes-today-title"), footer=cards.daily_footer(today.day))
        await reply(interaction, view=card_view(shown), ephemeral=private)

    @app_commands.command(name="search", description="Search the review quotes for words")
    @app_commands.describe(text="The words to look for, like: robot love", private=PRIVATE)
    async def search(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        text: app_commands.Range[str, 1, 200],
        private: bool = False,
    ) -> None:
        typed = search_terms(text)
        if not typed:
            raise UserFacingError(t("quotes-search-empty"))
        words = telling_words(typed)
        if not words:
            raise UserFacingError(_too_common(text, typed))
        hits = await self.quotes.search(self.catalogue.pack, words, limit=5)
        partial = False
        if not hits and len(words) > 1:
            hits = await self.quotes.search(self.catalogue.pack, words, any_word=True, limit=5)
            partial = True
        if not hits:
            raise UserFacingError(t("quotes-search-nothing", text=discord.utils.escape_markdown(text[:100])))
        card = cards.search_card(text, hits, self.publications, partial=partial)
        await reply(interaction, view=card_view(card), ephemeral=private)

    async def quote_card(self, key: str) -> Card | None:
        """A quote's card by its key: what its Sources button finds again, after a restart too."""
        quote = await self.quotes.quote(self.catalogue.pack, key)
        return cards.quote_card(quote) if quote is not None else None

    async def search_sources(self, key: str) -> Card | None:
        """A search card's sources by its key (their places among the publications the pack quotes)."""
        return cards.sources_card(key, self.publications)
