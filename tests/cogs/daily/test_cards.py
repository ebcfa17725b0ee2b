"""How /qotd status and /qotd history read, and the daily post's card of sources, from plain values
(and the card found again by its key, from the real pack)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.db import Database
from bot.db.catalogue import CatalogueRepository
from bot.db.daily.questions import HistoryEntry, Tally
from bot.db.daily.records import DailyPost, DailySettings
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.domain.pack import Source
from bot.domain.trivia.bank import QuestionBank
from bot.ui.cards import CardRef
from cogs.daily.cards import (
    POST_KIND,
    PostCards,
    answer_rate,
    history_embed,
    post_card,
    post_link,
    question_digest,
    source_marks,
    sources_button,
    status_embed,
)
from tests.bot.domain.trivia.conftest import question
from tests.cogs.daily.conftest import field

POST = DailyPost(
    1,
    dt.date(2026, 6, 1),
    "im-here",
    "gone",
    0,
    "posted",
    10,
    99,
    None,
    None,
    question_id="q",
    answers_closed_at=dt.datetime(2026, 6, 2, tzinfo=dt.UTC),
)
"""A posted day whose question's answer a later post revealed."""
SETTINGS = DailySettings(1, 10, dt.time(9), "UTC", None, 0, False, None, None)


def test_a_post_links_to_its_message() -> None:
    assert post_link(POST) == "https://discord.com/channels/1/10/99"


def test_the_answer_rate_of_a_post() -> None:
    assert answer_rate(HistoryEntry(POST, Tally(4, 3))) == "3 of 4 answers right (75%)"
    assert answer_rate(HistoryEntry(POST, Tally(0, 0))) == "no answers"
    # Before the reveal: how many answered, never how many were right.
    still_open = dataclasses.replace(POST, answers_closed_at=None)
    assert answer_rate(HistoryEntry(still_open, Tally(4, 3))) == (
        "4 answers so far, the answer comes with the next post"
    )
    assert answer_rate(HistoryEntry(still_open, Tally(0, 0))) == "no answers yet"
    assert (
        answer_rate(HistoryEntry(dataclasses.replace(POST, question_id=None), Tally(0, 0))) == "no question"
    )


def test_history_lists_each_post_even_when_its_quote_is_gone() -> None:
    embed = history_embed([HistoryEntry(POST, Tally(1, 1))], {})
    assert embed.title == "Quote of the day: the last post"
    assert embed.description == (
        "`2026-06-01` (a quote no longer in the data) · 1 of 1 answer right (100%) · "
        "[jump](https://discord.com/channels/1/10/99)"
    )
    assert history_embed([], {}).description == "Nothing posted yet. `/qotd set` turns the daily post on."


def test_status_says_when_the_post_is_off_or_paused() -> None:
    off = status_embed(None, next_post=None, last=None, last_url=None)
    assert off.description == "The daily post is off. Turn it on with `/qotd set channel:#channel`."
    paused = status_embed(
        dataclasses.replace(SETTINGS, paused=True, failures=3, last_failure="Missing Access"),
        next_post=None,
        last=None,
        last_url=None,
    )
    assert paused.description == "Posting in <#10> every day at 09:00 (UTC)."
    assert "The last 3 posts failed in a row" in (field(paused, "Paused") or "")
    assert field(paused, "Last failure") == "Missing Access"
    assert field(paused, "Failures in a row") == "3"


BUST = Source("BUST", "BUST", "Lauren Rubin", "Robots are People Too", "https://bust.com/robots")
TMT = Source("TMT", "Tiny Mix Tapes")
WP = Source("WP-FILM", "Wikipedia")
SOURCES = {s.key: s for s in (BUST, TMT, WP)}
QUOTE = QuoteCard("im-here", "bust-swoon", "Nothing makes me swoon more.", BUST, (), ())


def test_a_posts_card_numbers_its_quotes_source_first_then_those_of_the_answer_it_reveals() -> None:
    alone = post_card(QUOTE, None, SOURCES)
    assert alone.ref == CardRef(POST_KIND, "bust-swoon") and alone.sources == (BUST,)
    asked = question(sources=("WP-FILM", "BUST", "TMT"))
    post = post_card(QUOTE, asked, SOURCES)
    assert post.sources == (BUST, WP, TMT)
    assert source_marks(post, asked.sources) == "¹⁻³" and source_marks(post, ["TMT"]) == "³"
    # A question's id may be longer than a key: the key names it by a short digest.
    assert post.ref.key == f"bust-swoon+{question_digest(asked.id)}" and len(question_digest(asked.id)) == 10
    assert sources_button(post).item.label == "Sources (3)"


async def test_a_posts_card_is_found_again_by_its_key_while_the_data_holds_its_quote_and_question(
    repo: CatalogueRepository, db: Database, real_bank: QuestionBank
) -> None:
    cards = PostCards(QuoteRepository(db), "im-here", real_bank)
    asked = next(q for q in real_bank.questions.values() if len(q.sources) > 1)
    quote = await QuoteRepository(db).quote("im-here", "bust-swoon")
    assert quote is not None
    made = post_card(quote, asked, real_bank.sources)
    assert await cards.card(made.ref.key) == made
    assert await cards.card("bust-swoon") == post_card(quote, None, real_bank.sources)
    for gone in ("no-such-quote", "bust-swoon+0000000000"):
        assert await cards.card(gone) is None
