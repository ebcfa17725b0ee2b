"""How quotes read in Discord, rendered directly: a quote card, the quote of the day's card (whose
footer is how a post is recognised after a crash), and search results."""

from __future__ import annotations

import datetime as dt

from bot.db.catalogue.records import ArtistRef
from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteCard, SearchHit, TrackRef
from bot.domain.pack import Source
from cogs.quotes.cards import DAILY_MARK, daily_embed, daily_footer, highlight, quote_embed, search_embed

PREFIX = Source("PREFIX", "Prefix Magazine", title="I'm Here OST", address="https://prefixmag.com/r/1")
BUST = Source("BUST", "BUST", author="Lauren Rubin", address="a print issue")


def _card(source: Source = PREFIX, text: str = "A hushed, piano-led whisper.") -> QuoteCard:
    return QuoteCard(
        "im-here", "q1", text, source, (TrackRef(1, "There Are Many of Us"),), (ArtistRef("aska", "Aska"),)
    )


def test_a_quote_card_shows_the_text_its_publication_a_link_and_what_it_is_about() -> None:
    embed = quote_embed(_card(), title="A review quote", footer="One of 2 matching quotes")
    assert embed.title == "A review quote" and embed.url == "https://prefixmag.com/r/1"
    assert embed.description == (
        "> A hushed, piano-led whisper.\n— **Prefix Magazine** · [read the review](https://prefixmag.com/r/1)"
    )
    [about] = embed.fields
    assert about.name == "About" and about.value == "`1.` There Are Many of Us\nAska"
    assert embed.footer.text == "One of 2 matching quotes"


def test_a_source_without_a_web_address_gets_its_author_and_no_link() -> None:
    embed = quote_embed(_card(BUST), title="A review quote", footer="")
    assert embed.url is None
    assert embed.description is not None and embed.description.endswith("— **BUST** by Lauren Rubin")


def test_a_long_quote_is_cut_and_marked() -> None:
    embed = quote_embed(_card(text="word " * 1000), title="A review quote", footer="")
    assert embed.description is not None and "…" in embed.description and len(embed.description) < 3200


def test_the_quote_of_the_day_is_marked_by_its_footer_with_the_local_date() -> None:
    day = dt.date(2026, 12, 7)
    assert daily_footer(day) == f"{DAILY_MARK} · 2026-12-07"
    embed = daily_embed(_card(), day)
    assert embed.title == DAILY_MARK and embed.footer.text == daily_footer(day)


def test_highlights_bold_the_words_typed_and_show_markdown_in_the_quote_as_text() -> None:
    hit = SearchHit(_card(text="a *robot* love"), f"a *{HIGHLIGHT_START}robot{HIGHLIGHT_END}* love")
    assert highlight(hit, ["robot"]) == r"a \***robot**\* love"


def test_search_results_say_when_only_some_words_matched() -> None:
    hit = SearchHit(_card(BUST), f"A hushed, piano-led {HIGHLIGHT_START}whisper{HIGHLIGHT_END}.")
    full = search_embed("whisper", [hit], partial=False)
    assert full.description == "Best matches for “whisper”."
    [field] = full.fields
    assert field.name == "BUST, Lauren Rubin" and field.value == "> A hushed, piano-led **whisper**."
    partial = search_embed("whisper zebra", [hit], partial=True)
    assert partial.description == "No quote has all of “whisper zebra”; these have some of the words."
