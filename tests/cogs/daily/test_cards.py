"""How /qotd status and /qotd history read, from plain values."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.db.daily.questions import HistoryEntry, Tally
from bot.db.daily.records import DailyPost, DailySettings
from cogs.daily.cards import answer_rate, history_embed, post_link, status_embed
from tests.cogs.daily.conftest import field

POST = DailyPost(1, dt.date(2026, 6, 1), "im-here", "gone", 0, "posted", 10, 99, None, None, question_id="q")
SETTINGS = DailySettings(1, 10, dt.time(9), "UTC", None, 0, False, None, None)


def test_a_post_links_to_its_message() -> None:
    assert post_link(POST) == "https://discord.com/channels/1/10/99"


def test_the_answer_rate_of_a_post() -> None:
    assert answer_rate(HistoryEntry(POST, Tally(4, 3))) == "3 of 4 answers right (75%)"
    assert answer_rate(HistoryEntry(POST, Tally(0, 0))) == "no answers"
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
