"""How quotes look in Discord: a quote's card (/quote random, /quote today, /qotd preview), the quote of
the day's embed in the daily post, and search results.

A quote is attributed by its publication (and author) with a source mark, "— **BUST**¹, Lauren Rubin",
never by the pack's key for the source; the card's Sources button gives the whole citation (title,
author, link), privately.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence

import discord

from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteCard, SearchHit
from bot.domain.pack import Source
from bot.domain.quotes import keep_highlights, search_terms
from bot.domain.text import shorten, shorten_words
from bot.ui.cards import FACE_LIMIT, FACE_LINE_LIMIT, Card, CardRef, Section
from bot.ui.citations import Citations
from bot.ui.embeds import CardBuilder
from bot.ui.i18n import t

QUOTE_KIND = "quote"
"""The cards of single quotes, by the quote's key."""
SEARCH_KIND = "search"
"""The cards of search results, by their sources' places among the pack's publications (the hits
themselves are not needed to list their sources again)."""
_QUOTE_LINE = FACE_LINE_LIMIT - 2
"""A block quote's line ("> " and the text) stays within the face's line limit, so none is cut."""


def attribution(source: Source, citations: Citations) -> str:
    """ "— **BUST**¹, Lauren Rubin": the publication with its mark, then the author."""
    by = f", {source.author}" if source.author else ""
    return f"— **{source.publication}**{citations.mark([source.key])}{by}"


def block_quote(text: str) -> tuple[str, ...]:
    """The quote as block-quote lines, each short enough for a card's face to show whole."""
    return tuple(f"> {line}" for line in textwrap.wrap(" ".join(text.split()), _QUOTE_LINE) or [""])


def _about(card: QuoteCard) -> list[str]:
    """The tracks the quote is about on one line, its artists on another."""
    tracks = " · ".join(f"`{t.position}.` {t.title}" for t in card.tracks)
    artists = " · ".join(a.name for a in card.artists)
    return [line for line in (tracks, artists) if line]


def quote_card(quote: QuoteCard, *, title: str = "", footer: str = "") -> Card:
    """A quote as a card: the quote, its attribution, what it is about, and its one source. Without a
    ``title`` (the card a Sources button finds again) it is named by the quote's opening words."""
    citations = Citations([quote.source])
    face = [Section("", (*block_quote(quote.text), attribution(quote.source, citations)))]
    about = _about(quote)
    if about:
        face.append(Section(t("quotes-about"), tuple(about)))
    opening = f"“{shorten_words(' '.join(quote.text.split()), 80)}”"
    return Card(
        CardRef(QUOTE_KIND, quote.key),
        title or opening,
        face=tuple(face),
        sources=citations.sources,
        footer=footer,
    )


def daily_footer(day: dt.date) -> str:
    """The footer of the quote of the day (the daily post, /quote today) in the reader's language; it
    is also how a post is recognised after a crash, in whichever language it was made."""
    return t("quotes-today-footer", day=day.isoformat())


def daily_embed(card: QuoteCard, day: dt.date) -> discord.Embed:
    """The quote in the daily post (an embed, whose footer finds the post again after a crash): the
    quote and its attribution, marked ¹, the first of the post's sources."""
    attributed = attribution(card.source, Citations([card.source]))
    builder = CardBuilder(
        t("quotes-today-title"),
        description=f"> {shorten(card.text, 3000)}\n{attributed}",
        footer=daily_footer(day),
    )
    builder.lines(t("quotes-about"), _about(card), noun="lines")
    return builder.build()


def _excerpt(marked: str, limit: int) -> str:
    """The marked text within ``limit`` characters, cut at words: from its start, or from a few words
    before its first highlight when that would fall past the cut. A highlight the cut splits is closed."""
    if len(marked) <= limit:
        return marked
    first = marked.find(HIGHLIGHT_START)
    lead = ""
    if first > limit * 2 // 3:
        begin = marked.rfind(" ", 0, max(first - limit // 4, 0)) + 1
        marked, lead = marked[begin:], "…" if begin else ""
    cut = lead + shorten_words(marked, limit - len(lead))
    if cut.count(HIGHLIGHT_START) > cut.count(HIGHLIGHT_END):
        cut = cut.removesuffix("…") + HIGHLIGHT_END + "…"
    return cut


def highlight(hit: SearchHit, typed: Sequence[str], limit: int | None = None) -> str:
    """The quote with the words typed in bold (whole, never a stop word), within ``limit`` characters
    (around the first match); Markdown in the quote itself is shown as text."""
    marked = keep_highlights(" ".join(hit.highlighted.split()), typed, HIGHLIGHT_START, HIGHLIGHT_END)
    if limit is not None:
        marked = _excerpt(marked, limit)
    text = discord.utils.escape_markdown(marked)
    return text.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")


def _hit_line(hit: SearchHit, typed: Sequence[str], limit: int) -> str:
    """A hit as one block-quote line within the face's line limit, its bold and escapes included
    (a line the face had to cut could lose the end of a bold word)."""
    while True:
        line = f"> {highlight(hit, typed, limit)}"
        if len(line) <= FACE_LINE_LIMIT or limit <= 40:
            return line
        limit -= len(line) - FACE_LINE_LIMIT


def search_key(sources: Sequence[Source], publications: Sequence[Source]) -> str:
    """A search card's key: its sources by their places among the pack's publications ("0.3"), short
    enough for a button whatever the keys (five hits name at most five places)."""
    place = {p.key: i for i, p in enumerate(publications)}
    return ".".join(str(place[s.key]) for s in sources)


def sources_card(key: str, publications: Sequence[Source]) -> Card | None:
    """What a search card's Sources button opens: the sources its key names, numbered in that order
    (None when the key names a place the pack's publications don't have)."""
    places = key.split(".")
    if not all(p.isdigit() and int(p) < len(publications) for p in places):
        return None
    sources = tuple(publications[int(p)] for p in places)
    return Card(CardRef(SEARCH_KIND, key), t("quotes-title"), sources=sources)


def search_card(
    query: str, hits: Sequence[SearchHit], publications: Sequence[Source], *, partial: bool
) -> Card:
    """Search results as one card: each quote (its match in bold) attributed by its publication with a
    mark, each within its share of the face so that every hit shows."""
    shown = discord.utils.escape_markdown(shorten(query, 100))
    lead = t("quotes-search-partial" if partial else "quotes-search-best", text=shown)
    title = t("quotes-title")
    citations = Citations(hit.quote.source for hit in hits)
    bylines = [attribution(hit.quote.source, citations) for hit in hits]
    room = FACE_LIMIT - len(title) - len(lead) - 20 - sum(len(b) + 8 for b in bylines)
    share = min(max(room // max(len(hits), 1) - 12, 60), _QUOTE_LINE)
    typed = search_terms(query)
    face = tuple(
        Section("", (_hit_line(hit, typed, share), byline)) for hit, byline in zip(hits, bylines, strict=True)
    )
    key = search_key(citations.sources, publications)
    return Card(CardRef(SEARCH_KIND, key), title, lead, face, sources=citations.sources)
