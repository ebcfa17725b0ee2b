"""How /qotd status and /qotd history read (a server's daily post settings and how its posts went), and
the daily post's card: the sources its quote and the answer it reveals cite, one tap away."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence

import discord
from discord.utils import TimestampStyle

from bot.db.daily.questions import HistoryEntry
from bot.db.daily.records import DailyPost, DailySettings
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.domain.daily.schedule import MAX_FAILURES
from bot.domain.pack import Source
from bot.domain.text import shorten
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question
from bot.ui.cards import Card, CardRef, PanelButton
from bot.ui.citations import Citations, marks
from bot.ui.embeds import CardBuilder
from bot.ui.i18n import t
from cogs.daily.words import at_time, describe_days

POST_KIND = "qotd"
"""The daily posts' cards, by the quote's key and, when the post reveals an answer, a short digest of
that question's id: "bust-swoon" or "bust-swoon+3f2a9c01d4" (a question's id can be longer than a
card's key may be)."""


def question_digest(question_id: str) -> str:
    return hashlib.blake2b(question_id.encode(), digest_size=5).hexdigest()


def post_card(quote: QuoteCard, revealed: Question | None, sources: Mapping[str, Source]) -> Card:
    """The post's sources, numbered as its embeds mark them: the quote's source first (¹), then those of
    the answer it reveals."""
    citations = Citations([quote.source, *sources.values()])
    citations.number(quote.source.key)
    key = quote.key
    if revealed is not None:
        citations.mark(revealed.sources)
        key += f"+{question_digest(revealed.id)}"
    return Card(CardRef(POST_KIND, key), t("daily-title"), sources=citations.sources)


def source_marks(card: Card, keys: Iterable[str]) -> str:
    """The marks of these sources as ``card`` numbers them: "²˒³"."""
    numbers = {s.key: n for n, s in enumerate(card.sources, start=1)}
    return marks(numbers[k] for k in keys if k in numbers)


def sources_button(card: Card) -> PanelButton:
    """The post's Sources button: it opens the card's numbered sources privately."""
    return PanelButton(card.ref, "s", label=t("card-sources-button", count=len(card.sources)))


class PostCards:
    """The daily posts' cards by their key: what a post's Sources button finds, however old the post."""

    def __init__(self, quotes: QuoteRepository, pack: str, bank: QuestionBank) -> None:
        self.quotes = quotes
        self.pack = pack
        self.bank = bank
        self._digests: dict[str, Question] | None = None

    async def card(self, key: str) -> Card | None:
        quote_key, _, digest = key.partition("+")
        quote = await self.quotes.quote(self.pack, quote_key)
        if self._digests is None:
            self._digests = {question_digest(q.id): q for q in self.bank.questions.values()}
        revealed = self._digests.get(digest) if digest else None
        if quote is None or (digest and revealed is None):
            return None
        return post_card(quote, revealed, self.bank.sources)


def post_link(post: DailyPost) -> str:
    """Where a day's post is in Discord."""
    return f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"


def _timestamp(moment: dt.datetime, style: TimestampStyle = "F") -> str:
    return discord.utils.format_dt(moment, style)


def _extras(settings: DailySettings, refused: bool) -> str:
    """What each post carries besides its quote: "With a trivia question and a thread"."""
    thread = ("refused" if refused else "yes") if settings.thread else "no"
    return t("daily-status-with", question="yes" if settings.question else "no", thread=thread)


def status_embed(
    settings: DailySettings | None,
    *,
    next_post: dt.datetime | None,
    last: DailyPost | None,
    last_url: str | None,
    missed: DailyPost | None = None,
) -> discord.Embed:
    mark = t("daily-title")
    if settings is None or settings.channel_id is None:
        builder = CardBuilder(mark, description=t("daily-status-off"))
    else:
        when = at_time(settings.post_time, settings.timezone)
        builder = CardBuilder(
            mark,
            description=t(
                "daily-status-posting",
                channel=f"<#{settings.channel_id}>",
                days=describe_days(settings.weekdays),
                time=when,
            ),
        )
        refused = last.last_error if settings.thread and last is not None else None
        builder.field(t("daily-status-each-post"), _extras(settings, bool(refused)), inline=True)
        if settings.role_id:
            builder.field(t("daily-status-pings"), f"<@&{settings.role_id}>", inline=True)
        if settings.paused:
            builder.field(t("daily-status-paused"), t("daily-status-paused-text", count=MAX_FAILURES))
        elif next_post is not None:
            builder.field(t("daily-status-next"), f"{_timestamp(next_post)} ({_timestamp(next_post, 'R')})")
    if last is not None and last.posted_at is not None:
        posted = _timestamp(last.posted_at)  # the date, once
        value = t("daily-status-last-link", when=posted, url=last_url) if last_url else posted
        builder.field(t("daily-status-last"), value)
    if settings is not None and settings.thread and last is not None and last.last_error:
        refusal = t("daily-status-dated", date=last.local_date.isoformat(), reason=last.last_error)
        builder.field(t("daily-status-thread-refused"), refusal)
    if missed is not None:
        builder.field(
            t("daily-status-not-posted"),
            t("daily-status-missed", date=missed.local_date.isoformat(), reason=missed.last_error or ""),
        )
    if settings is not None and settings.last_failure:
        when = f" ({_timestamp(settings.last_failure_at)})" if settings.last_failure_at else ""
        builder.field(t("daily-status-last-failure"), f"{settings.last_failure}{when}")
        if settings.failures:
            builder.field(t("daily-status-failures"), str(settings.failures), inline=True)
    return builder.build()


def answer_rate(entry: HistoryEntry) -> str:
    if entry.day.question_id is None:
        return t("daily-rate-no-question")
    tally = entry.tally
    if entry.day.answers_closed_at is None:
        # Still open: right or wrong would give the answer away before the next post reveals it.
        if not tally.answers:
            return t("daily-rate-none-yet")
        return t("daily-rate-so-far", answers=tally.answers)
    if not tally.answers:
        return t("daily-rate-none")
    return t("daily-rate", right=tally.right, answers=tally.answers, ratio=tally.right / tally.answers)


def history_embed(entries: Sequence[HistoryEntry], cards: Mapping[str, QuoteCard]) -> discord.Embed:
    """The server's latest daily posts, newest first: date, the quote's opening, the question's
    answer rate and a link."""
    builder = CardBuilder(t("daily-history-title", count=len(entries)) if entries else t("daily-title"))
    lines = []
    for entry in entries:
        day = entry.day
        card = cards.get(day.quote)
        quote = f"“{shorten(' '.join(card.text.split()), 60)}”" if card else t("daily-history-gone")
        link = t("daily-history-jump", url=post_link(day))
        lines.append(
            f"`{day.local_date.isoformat()}` {discord.utils.escape_markdown(quote)} · {answer_rate(entry)} · {link}"
        )
    builder.description_lines(lines or [t("daily-history-empty")], noun="posts")
    return builder.build()
