"""How /qotd status and /qotd history read: a server's daily post settings and how its posts went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import discord
from discord.utils import TimestampStyle

from bot.db.daily.questions import HistoryEntry
from bot.db.daily.records import DailyPost, DailySettings
from bot.db.quotes import QuoteCard
from bot.domain.daily.schedule import MAX_FAILURES
from bot.domain.daily.weekdays import describe
from bot.domain.text import number, plural, shorten
from bot.ui.embeds import CardBuilder
from cogs.quotes.cards import DAILY_MARK


def post_link(post: DailyPost) -> str:
    """Where a day's post is in Discord."""
    return f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"


def _timestamp(moment: dt.datetime, style: TimestampStyle = "F") -> str:
    return discord.utils.format_dt(moment, style)


def status_embed(
    settings: DailySettings | None,
    *,
    next_post: dt.datetime | None,
    last: DailyPost | None,
    last_url: str | None,
    missed: DailyPost | None = None,
) -> discord.Embed:
    if settings is None or settings.channel_id is None:
        builder = CardBuilder(
            DAILY_MARK, description="The daily post is off. Turn it on with `/qotd set channel:#channel`."
        )
    else:
        when = f"{settings.post_time.strftime('%H:%M')} ({settings.timezone})"
        builder = CardBuilder(
            DAILY_MARK,
            description=f"Posting in <#{settings.channel_id}> {describe(settings.weekdays)} at {when}.",
        )
        extras = ["a trivia question" if settings.question else "no question"]
        if settings.thread:
            extras.append("a thread")
        builder.field("Each post", "With " + " and ".join(extras), inline=True)
        if settings.role_id:
            builder.field("Pings", f"<@&{settings.role_id}>", inline=True)
        if settings.paused:
            builder.field(
                "Paused",
                f"The last {MAX_FAILURES} posts failed in a row, so the daily post is paused. Fix the problem "
                "below, then run `/qotd set` again to resume.",
            )
        elif next_post is not None:
            builder.field("Next post", f"{_timestamp(next_post)} ({_timestamp(next_post, 'R')})")
    if last is not None and last.posted_at is not None:
        where = f" · [jump to it]({last_url})" if last_url else ""
        builder.field("Last post", f"{_timestamp(last.posted_at)}{where}")  # the date, once
    if missed is not None:
        builder.field(
            "Not posted",
            f"{missed.local_date.isoformat()}: {missed.last_error} It kept failing all that day on Discord's "
            "side, so it doesn't count as this server's failure.",
        )
    if settings is not None and settings.last_failure:
        when = f" ({_timestamp(settings.last_failure_at)})" if settings.last_failure_at else ""
        builder.field("Last failure", f"{settings.last_failure}{when}")
        if settings.failures:
            builder.field("Failures in a row", str(settings.failures), inline=True)
    return builder.build()


def answer_rate(entry: HistoryEntry) -> str:
    if entry.day.question_id is None:
        return "no question"
    tally = entry.tally
    if not tally.answers:
        return "no answers"
    return f"{number(tally.right)} of {plural(tally.answers, 'answer')} right ({tally.right / tally.answers:.0%})"


def history_embed(entries: Sequence[HistoryEntry], cards: Mapping[str, QuoteCard]) -> discord.Embed:
    """The server's latest daily posts, newest first: date, the quote's opening, the question's
    answer rate and a link."""
    title = "the last post" if len(entries) == 1 else f"the last {plural(len(entries), 'post')}"
    builder = CardBuilder(f"{DAILY_MARK}: {title}" if entries else DAILY_MARK)
    lines = []
    for entry in entries:
        day = entry.day
        card = cards.get(day.quote)
        quote = f"“{shorten(' '.join(card.text.split()), 60)}”" if card else "(a quote no longer in the data)"
        link = f" · [jump]({post_link(day)})"
        lines.append(
            f"`{day.local_date.isoformat()}` {discord.utils.escape_markdown(quote)} · {answer_rate(entry)}{link}"
        )
    builder.description_lines(
        lines or ["Nothing posted yet. `/qotd set` turns the daily post on."], noun="posts"
    )
    return builder.build()
