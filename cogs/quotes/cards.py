"""How quotes look in Discord: a random quote, the quote of the day, search results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import discord

from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteCard, SearchHit
from bot.domain.quotes import keep_highlights, search_terms
from bot.domain.text import shorten
from bot.ui.embeds import CardBuilder

DAILY_MARK = "Quote of the day"


def _about(card: QuoteCard) -> list[str]:
    lines = [f"`{t.position}.` {t.title}" for t in card.tracks]
    lines += [a.name for a in card.artists]
    return lines


def _byline(card: QuoteCard) -> str:
    source = card.source
    by = f" by {source.author}" if source.author else ""
    link = f" · [read the review]({source.link})" if source.link else ""
    return f"— **{source.publication}**{by}{link}"


def quote_embed(card: QuoteCard, *, title: str, footer: str) -> discord.Embed:
    builder = CardBuilder(
        title,
        description=f"> {shorten(card.text, 3000)}\n{_byline(card)}",
        url=card.source.link,
        footer=footer,
    )
    builder.lines("About", _about(card), noun="lines")
    return builder.build()


def daily_footer(day: dt.date) -> str:
    """The footer that marks a daily post; also how a post is recognised after a crash."""
    return f"{DAILY_MARK} · {day.isoformat()}"


def daily_embed(card: QuoteCard, day: dt.date) -> discord.Embed:
    return quote_embed(card, title=DAILY_MARK, footer=daily_footer(day))


def highlight(hit: SearchHit, typed: Sequence[str]) -> str:
    """The quote with the words typed in bold (whole, never a stop word); Markdown in the quote itself
    is shown as text."""
    marked = keep_highlights(hit.highlighted, typed, HIGHLIGHT_START, HIGHLIGHT_END)
    text = discord.utils.escape_markdown(marked)
    return text.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")


def search_embed(query: str, hits: Sequence[SearchHit], *, partial: bool) -> discord.Embed:
    shown = shorten(query, 100)
    intro = (
        f"No quote has all of “{shown}”; these have some of the words."
        if partial
        else f"Best matches for “{shown}”."
    )
    builder = CardBuilder("What the reviews said", description=discord.utils.escape_markdown(intro))
    for hit in hits:
        byline = hit.quote.source.publication + (
            f", {hit.quote.source.author}" if hit.quote.source.author else ""
        )
        builder.field(byline, f"> {shorten(highlight(hit, search_terms(query)), 900)}")
    return builder.build()
