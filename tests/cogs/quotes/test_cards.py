"""How quotes read in Discord, rendered directly: a quote's card (attributed by publication with a mark,
its one source a tap away), the quote of the day's embed (whose footer is how a post is recognised
after a crash), and the search card."""

from __future__ import annotations

import datetime as dt

import discord
import pytest

from bot.db.catalogue.records import ArtistRef
from bot.db.quotes import HIGHLIGHT_END, HIGHLIGHT_START, QuoteCard, SearchHit, TrackRef
from bot.domain.pack import Source
from bot.ui.cards import FACE_LINE_LIMIT, CardRef, card_view, face_fits
from bot.ui.citations import Citations
from bot.ui.i18n import t
from cogs.quotes.cards import (
    _excerpt,
    attribution,
    block_quote,
    daily_embed,
    daily_footer,
    highlight,
    quote_card,
    search_card,
    sources_card,
)
from tests.layouts import request_errors, walk
from tests.translations import EVERY_LOCALE, TRANSLATED, spoken

PREFIX = Source("PREFIX", "Prefix Magazine", title="I'm Here OST", address="https://prefixmag.com/r/1")
BUST = Source("BUST", "BUST", author="Lauren Rubin", address="a print issue")


def _card(source: Source = PREFIX, text: str = "A hushed, piano-led whisper.", key: str = "q1") -> QuoteCard:
    return QuoteCard(
        "im-here", key, text, source, (TrackRef(1, "There Are Many of Us"),), (ArtistRef("aska", "Aska"),)
    )


def _shown(view: discord.ui.LayoutView) -> str:
    return "\n".join(i.content for i in view.walk_children() if isinstance(i, discord.ui.TextDisplay))


def test_a_quote_is_attributed_by_its_publication_with_a_mark_then_its_author() -> None:
    assert attribution(PREFIX, Citations([PREFIX])) == "— **Prefix Magazine**¹"
    citations = Citations([PREFIX, BUST])
    citations.number("PREFIX")
    assert attribution(BUST, citations) == "— **BUST**², Lauren Rubin"


def test_a_quote_card_shows_the_quote_its_attribution_and_what_it_is_about_and_cites_one_source() -> None:
    card = quote_card(_card(), title="What the reviews said", footer="One of 2 matching quotes")
    assert card.ref == CardRef("quote", "q1") and card.sources == (PREFIX,)
    shown = _shown(card_view(card))
    assert shown == (
        "## What the reviews said\n\n"
        "> A hushed, piano-led whisper.\n— **Prefix Magazine**¹\n\n"
        "**About**\n`1.` There Are Many of Us\nAska\n\n"
        "-# One of 2 matching quotes"
    )
    assert "PREFIX" not in shown and "prefixmag.com" not in shown  # the link is in the Sources
    assert not request_errors(card_view(card).to_components())


def test_the_card_a_sources_button_finds_again_is_named_by_the_quotes_opening() -> None:
    card = quote_card(_card(text="word " * 100))
    assert card.title.startswith("“word word") and card.title.endswith("…”") and len(card.title) <= 82
    assert card.panel("s").lines == ("¹ **Prefix Magazine** · *[I'm Here OST](https://prefixmag.com/r/1)*",)


def test_a_long_quote_shows_whole_in_block_quote_lines_within_the_face() -> None:
    words = " ".join(f"word{i}" for i in range(120))
    lines = block_quote(words)
    assert len(lines) > 1 and all(line.startswith("> ") and len(line) <= FACE_LINE_LIMIT for line in lines)
    assert " ".join(line.removeprefix("> ") for line in lines) == words
    assert face_fits(quote_card(_card(text=words)))


def test_the_quote_of_the_day_is_marked_by_its_footer_and_attributed_with_its_first_mark() -> None:
    day = dt.date(2026, 12, 7)
    assert daily_footer(day) == "Quote of the day · 2026-12-07"
    embed = daily_embed(_card(BUST), day)
    assert embed.title == "Quote of the day" and embed.footer.text == daily_footer(day)
    assert embed.description == "> A hushed, piano-led whisper.\n— **BUST**¹, Lauren Rubin"
    assert embed.url is None  # the link is the Sources button's
    [about] = embed.fields
    assert about.name == "About" and about.value == "`1.` There Are Many of Us\nAska"


def test_a_long_quote_of_the_day_is_cut_and_marked() -> None:
    embed = daily_embed(_card(text="word " * 1000), dt.date(2026, 12, 7))
    assert embed.description is not None and "…" in embed.description and len(embed.description) < 3200


def test_highlights_bold_the_words_typed_and_show_markdown_in_the_quote_as_text() -> None:
    hit = SearchHit(_card(text="a *robot* love"), f"a *{HIGHLIGHT_START}robot{HIGHLIGHT_END}* love")
    assert highlight(hit, ["robot"]) == r"a \***robot**\* love"


def test_a_long_hit_is_cut_around_its_first_match_and_keeps_its_bold_whole() -> None:
    text = " ".join(f"w{i}" for i in range(200))
    marked = text.replace("w150", f"{HIGHLIGHT_START}w150{HIGHLIGHT_END}")
    shown = highlight(SearchHit(_card(text=text), marked), ["w150"], 120)
    assert shown.startswith("…w1") and shown.endswith("…") and "**w150**" in shown and len(shown) <= 125
    # A marked span the cut falls in is closed before the "…".
    span = text.replace(
        "w5 w6 w7 w8 w9 w10 w11 w12", f"{HIGHLIGHT_START}w5 w6 w7 w8 w9 w10 w11 w12{HIGHLIGHT_END}"
    )
    assert _excerpt(span, 40) == f"w0 w1 w2 w3 w4 {HIGHLIGHT_START}w5 w6 w7 w8 w9 w10 w11{HIGHLIGHT_END}…"


def _hit(source: Source, key: str = "q1", text: str = "A hushed, piano-led whisper.") -> SearchHit:
    return SearchHit(
        _card(source, text, key), text.replace("whisper", f"{HIGHLIGHT_START}whisper{HIGHLIGHT_END}")
    )


def test_search_results_attribute_each_hit_with_a_mark_and_say_when_only_some_words_matched() -> None:
    publications = [PREFIX, BUST]
    hits = [_hit(BUST), _hit(PREFIX, "q2"), _hit(BUST, "q3")]
    full = search_card("whisper", hits, publications, partial=False)
    assert full.lead == "Best matches for “whisper”."
    assert full.ref == CardRef("search", "1.0") and full.sources == (BUST, PREFIX)
    bylines = [section.lines[-1] for section in full.face]
    assert bylines == ["— **BUST**¹, Lauren Rubin", "— **Prefix Magazine**²", "— **BUST**¹, Lauren Rubin"]
    assert full.face[0].lines[0] == "> A hushed, piano-led **whisper**."
    partial = search_card("whisper zebra", [_hit(BUST)], publications, partial=True)
    assert partial.lead == "No quote has all of “whisper zebra”; these have some of the words."
    again = sources_card("1.0", publications)
    assert again is not None and again.panel("s").lines[1].startswith("² **Prefix Magazine**")
    assert sources_card("1.7", publications) is None and sources_card("x", publications) is None


def test_five_long_hits_all_show_on_the_face_of_a_valid_layout() -> None:
    long = "A hushed, piano-led whisper, " + "and then some more words of the review " * 7
    card = search_card("whisper", [_hit(PREFIX, f"q{i}", long) for i in range(5)], [PREFIX], partial=False)
    assert face_fits(card)
    view = card_view(card)
    assert _shown(view).count("**whisper**") == 5
    assert len(list(walk(view.to_components()))) <= 40 and not request_errors(view.to_components())


def test_hits_from_many_sources_all_show_and_the_key_stays_short() -> None:
    sources = [Source(f"SOURCE-WITH-A-LONG-KEY-{i:02}", f"Publication {i}") for i in range(40)]
    card = search_card(
        "whisper", [_hit(s, f"q{i}") for i, s in enumerate(sources[-5:])], sources, partial=False
    )
    assert card.ref.key == "35.36.37.38.39"
    assert len(card.face) == len(card.sources) == 5


def _words(shown: str) -> set[str]:
    return set(shown.split())


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_quote_card_speaks_each_locale_and_keeps_the_quote_as_written(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = "A hushed, piano-led whisper that keeps " + "going on and on about the film " * 8
    with spoken(locale, caplog):
        card = quote_card(_card(BUST, text), title=t("quotes-title"), footer=t("quotes-one-of", count=1234))
        view = card_view(card)
        shown = _shown(view)
        about, footer = t("quotes-about"), t("quotes-one-of", count=1234)
    assert face_fits(card) and not request_errors(view.to_components())
    lines = shown.splitlines()
    quoted = " ".join(line.removeprefix("> ") for line in lines if line.startswith("> "))
    assert quoted == " ".join(text.split())  # the quote, word for word
    assert "— **BUST**¹, Lauren Rubin" in lines and "`1.` There Are Many of Us" in lines and "Aska" in lines
    assert f"**{about}**" in lines and lines[-1] == f"-# {footer}"
    assert any(digits in footer for digits in ("1,234", "1.234", "1\u202f234", "1 234"))
    if locale != "en-US":
        assert "**About**" not in lines and "What the reviews said" not in shown and "quote" not in footer


@pytest.mark.parametrize("locale", TRANSLATED)
def test_quote_card_words_differ_from_english_in_each_locale(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    """No message of the quote cards is left in English in a translated locale (the filter words,
    joiners and bold markup aside, every message reads differently)."""
    keys = {
        "quotes-title": {},
        "quotes-about": {},
        "quotes-one-of": {"count": 24},
        "quotes-one-of-matching": {"count": 1},
        "quotes-today-title": {},
        "quotes-search-best": {"text": "robot"},
        "quotes-search-partial": {"text": "robot love"},
        "quotes-search-nothing": {"text": "zebra"},
        "quotes-too-common-word": {"text": "the"},
    }
    english = {key: t(key, **args) for key, args in keys.items()}
    with spoken(locale, caplog):
        for key, args in keys.items():
            assert t(key, **args) != english[key], key


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_search_card_in_each_locale_keeps_the_query_and_every_hit_within_the_face(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    long = "A hushed, piano-led whisper, " + "and then some more words of the review " * 7
    query = "whisper *and* _friends_"
    with spoken(locale, caplog):
        card = search_card(query, [_hit(PREFIX, f"q{i}", long) for i in range(5)], [PREFIX], partial=True)
        view = card_view(card)
        shown = _shown(view)
        again = sources_card(card.ref.key, [PREFIX])
        title = t("quotes-title")
    assert face_fits(card) and not request_errors(view.to_components())
    assert card.title == title and again is not None and again.title == title
    assert discord.utils.escape_markdown(query) in card.lead
    assert shown.count("**whisper**") == 5 and shown.count("— **Prefix Magazine**¹") == 5
    if locale != "en-US":
        assert "No quote has all of" not in card.lead


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_footer_of_quote_today_in_each_locale(locale: str, caplog: pytest.LogCaptureFixture) -> None:
    day = dt.date(2026, 12, 7)
    with spoken(locale, caplog):
        footer, title = daily_footer(day), t("quotes-today-title")
    assert footer == f"{title} · 2026-12-07"
    assert (footer == daily_footer(day)) == (locale == "en-US")  # outside the block: English
