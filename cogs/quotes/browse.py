"""/quote random, /quote today and /quote search."""

from __future__ import annotations

import collections
import random
from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.domain.catalogue import Catalogue
from bot.domain.catalogue.index import NameEntry
from bot.domain.pack import Source
from bot.domain.quotes import search_terms, telling_words
from bot.domain.text import normalise
from bot.ui.cards import Card, card_view
from bot.ui.errors import UserFacingError
from bot.ui.i18n import current, t
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


SEARCHES_KEPT = 256
"""Recent searches whose answers are kept (a word fans search for again is answered from memory)."""


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
        # The quotes never change while the bot runs (the pack is read-only): which quotes a filter
        # draws from, each quote, each card's layout in each language and recent searches are read
        # once, as the catalogue keeps its cards.
        self._keys: dict[tuple[int | None, str | None, str | None], list[str]] = {}
        self._quotes: dict[str, QuoteCard] = {}
        self._views: dict[tuple[str, ...], discord.ui.LayoutView] = {}
        self._searches: collections.OrderedDict[tuple[str, str], discord.ui.LayoutView | str] = (
            collections.OrderedDict()
        )

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
        drawn_from = (
            int(track.key) if track else None,
            artist.key if artist else None,
            publication.key if publication else None,
        )
        keys = self._keys.get(drawn_from)
        if keys is None:
            track_at, artist_key, source_key = drawn_from
            keys = await self.quotes.quote_keys(
                self.catalogue.pack, track=track_at, artist=artist_key, source=source_key
            )
            self._keys[drawn_from] = keys
        if not keys:
            raise UserFacingError(self._nothing_matches(track, artist, publication))
        key = self.rng.choice(keys)
        footer = _one_of(len(keys), filtered=bool(track or artist or publication))
        title = t("quotes-title")
        view = self._views.get((key, title, footer))
        if view is None or private:  # a private answer's layout is its own (see the catalogue's)
            card = await self._quote(key)
            view = card_view(cards.quote_card(card, title=title, footer=footer))
            if not private:
                self._views[key, title, footer] = view
        await reply(interaction, view=view, ephemeral=private)

    async def _quote(self, key: str) -> QuoteCard:
        quote = self._quotes.get(key)
        if quote is None:
            quote = await self.quotes.quote(self.catalogue.pack, key)
            if quote is None:
                raise LookupError(f"quote {key!r} is not in the database")
            self._quotes[key] = quote
        return quote

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
        searched = (text, current())
        found = self._searches.get(searched)
        if found is None:
            found = await self._search(text)
            self._searches[searched] = found
            if len(self._searches) > SEARCHES_KEPT:
                self._searches.popitem(last=False)
        self._searches.move_to_end(searched)
        if isinstance(found, str):
            raise UserFacingError(found)
        if private:  # a private answer's layout is its own (see the catalogue's)
            found = await self._search(text)
            assert not isinstance(found, str)
        await reply(interaction, view=found, ephemeral=private)

    async def _search(self, text: str) -> discord.ui.LayoutView | str:
        """The search card's layout for ``text``, or why there is none (a refusal's words)."""
        typed = search_terms(text)
        if not typed:
            return t("quotes-search-empty")
        words = telling_words(typed)
        if not words:
            return _too_common(text, typed)
        hits = await self.quotes.search(self.catalogue.pack, words, limit=5)
        partial = False
        if not hits and len(words) > 1:
            hits = await self.quotes.search(self.catalogue.pack, words, any_word=True, limit=5)
            partial = True
        if not hits:
            return t("quotes-search-nothing", text=discord.utils.escape_markdown(text[:100]))
        return card_view(cards.search_card(text, hits, self.publications, partial=partial))

    async def quote_card(self, key: str) -> Card | None:
        """A quote's card by its key: what its Sources button finds again, after a restart too."""
        try:
            return cards.quote_card(await self._quote(key))
        except LookupError:  # a card from before the data changed
            return None

    async def search_sources(self, key: str) -> Card | None:
        """A search card's sources by its key (their places among the publications the pack quotes)."""
        return cards.sources_card(key, self.publications)
