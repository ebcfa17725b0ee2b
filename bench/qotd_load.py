"""10,000 servers whose quote of the day (with its question of the day, on by default) falls due in the
same minute, against posting 10,000 constant messages through the same harness: every server posted
exactly once, at no more than 1.5x the cost. The second pair of rows is the day after, the steady
state: each post also reveals the day before's question and edits that day's post to close it, against
the same constant posts and edits.

The constant messages are the quote-of-the-day embeds with a question of the day and its answer
buttons, rendered once beforehand and sent in turn, so the payloads match and the figure is the cost of
deciding, choosing (the quote and the question), claiming, rendering and recording each post on top of
sending it. (Plain text would mostly measure how much more the harness does to
store an embed than a line of text.) Each run gets a fresh world, and the runs go baseline, posts,
posts, baseline, because every message the harness stores makes the next one a little dearer."""

from __future__ import annotations

import collections
import datetime as dt
import re
import time
from collections.abc import Callable, Iterable

import discord
import simcord

from bench.harness import RealBot, Row, running
from bot.db import Database
from bot.db.daily.questions import Tally
from bot.db.quotes import QuoteRepository
from cogs.daily.cards import post_card, source_marks, sources_button
from cogs.daily.question import question_embed, question_view, reveal_embed
from cogs.quotes import cards

SERVERS = 10_000
_CHANNEL = re.compile(r"^/channels/(\d+)/messages$")


def posts_per_channel(env: simcord.Env, since: int) -> collections.Counter[int]:
    counts: collections.Counter[int] = collections.Counter()
    for request in env.http_requests[since:]:
        match = _CHANNEL.match(request.path)
        if request.method == "POST" and match:
            counts[int(match.group(1))] += 1
    return counts


def _world(servers: int):
    def build(env: simcord.Env) -> list[tuple[int, int]]:
        guilds = [env.create_guild(f"server-{i}") for i in range(servers)]
        return [(guild.id, guild.create_text_channel("quotes").id) for guild in guilds]

    return build


async def baseline(servers: int, *, next_day: bool = False) -> float:
    """CPU seconds to send one constant quote-and-question post into every server's channel; with
    ``next_day``, as the day after: each post also carries a reveal, and the day before's post (sent
    beforehand, untimed) is edited with its buttons off."""
    async with RealBot() as bot, running(bot, _world(servers)) as (env, channels):
        quotes = QuoteRepository(bot.db)
        quote_cards = await quotes.quotes("im-here", await quotes.quote_keys("im-here"))
        today = env.now().date()
        questions = list(bot.bank.questions.values())
        nobody = Tally(0, 0)
        sources = bot.bank.sources
        constant = [
            (
                [cards.daily_embed(card, today), question_embed(question, today)],
                question_view(today, question, sources=sources_button(post_card(card, None, sources))),
                # The day after's extras: a reveal in the post (its marks numbered after the quote's,
                # its Sources button naming both), and yesterday's post closed.
                reveal_embed(question, today, nobody, (), source_marks(post, question.sources)),
                [cards.daily_embed(card, today), question_embed(question, today, nobody)],
                question_view(today, question, closed=True, sources=sources_button(post)),
            )
            for i, card in enumerate(quote_cards)
            for question in [questions[i % len(questions)]]
            for post in [post_card(card, question, sources)]
        ]
        none = discord.AllowedMentions.none()
        targets = []
        for guild_id, channel_id in channels:
            guild = bot.get_guild(guild_id)
            assert guild is not None
            channel = guild.get_channel(channel_id)  # as the poster finds it: by guild, then channel
            assert isinstance(channel, discord.TextChannel)
            targets.append(channel)
        before = []
        if next_day:
            for i, channel in enumerate(targets):
                embeds, view, *_ = constant[i % len(constant)]
                before.append((await channel.send(embeds=embeds, view=view, allowed_mentions=none)).id)
        since = len(env.http_requests)
        start = time.process_time()
        for i, channel in enumerate(targets):
            embeds, view, reveal, closed_embeds, closed_view = constant[i % len(constant)]
            if not next_day:
                await channel.send(embeds=embeds, view=view, allowed_mentions=none)
                continue
            await channel.send(embeds=[*embeds, reveal], view=view, allowed_mentions=none)
            await channel.get_partial_message(before[i]).edit(embeds=closed_embeds, view=closed_view)
        cost = time.process_time() - start
        assert sum(posts_per_channel(env, since).values()) == servers
        return cost


async def schedule_everyone(db: Database, channels: Iterable[tuple[int, int]], now: dt.datetime) -> None:
    """Every server's quote of the day at midnight UTC in its channel: all due at once. A server
    already scheduled (by another process over the same database) is left as it is."""
    stamp = now.isoformat()
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO qotd_settings (guild_id, channel_id, post_time, timezone, updated_at) "
            "VALUES (?, ?, '00:00', 'UTC', ?) ON CONFLICT (guild_id) DO NOTHING",
            [(guild_id, channel_id, stamp) for guild_id, channel_id in channels],
        )


async def daily_posts(
    servers: int, *, next_day: bool = False, url: str | None = None, server: Callable[[], float] | None = None
) -> tuple[float, int, bool]:
    """CPU seconds for the poster to post every server's quote of the day, all due in one minute;
    how many servers got exactly one post; and whether a second pass posted nothing more. With
    ``next_day``, the day after a first (untimed) day: each post reveals the day before's question and
    closes its post. With ``url``, on that empty PostgreSQL database, and the CPU seconds include its
    processes' (``server`` reads them)."""
    async with RealBot(url=url) as bot, running(bot, _world(servers)) as (env, channels):
        await schedule_everyone(bot.db, channels, env.now())
        poster = bot.get_cog("DailyQuoteCog").poster  # type: ignore[union-attr]
        assert bot.bank.questions  # built once per process when first needed: not part of each day's cost
        now = env.now() + dt.timedelta(seconds=30)
        if next_day:
            assert await poster.post_due(now) == servers
            now += dt.timedelta(days=1)
        since = len(env.http_requests)
        server_before = server() if server is not None else 0.0
        start = time.process_time()
        sent = await poster.post_due(now)
        cost = time.process_time() - start
        cost += (server() if server is not None else 0.0) - server_before
        again = await poster.post_due(now + dt.timedelta(minutes=1))
        posts = posts_per_channel(env, since)
        once = sum(1 for channel_id in (c for _, c in channels) if posts[channel_id] == 1)
        row = await bot.db.fetchrow(
            "SELECT COUNT(*), COUNT(reveal) FROM qotd_day WHERE question_id IS NOT NULL AND local_date = ?",
            (now.date().isoformat(),),
        )
        # The question on for every server (and, the day after, every post revealing the one before).
        asked = row is not None and row[0] == servers and (not next_day or row[1] == servers)
        return cost, once, sent == servers and again == 0 and asked


async def _row(servers: int, *, next_day: bool) -> list[Row]:
    first = await baseline(servers, next_day=next_day)
    cost_a, once_a, clean_a = await daily_posts(servers, next_day=next_day)
    cost_b, once_b, clean_b = await daily_posts(servers, next_day=next_day)
    last = await baseline(servers, next_day=next_day)
    ratio = (cost_a + cost_b) / (first + last)
    exactly_once = once_a == once_b == servers and clean_a and clean_b
    what = "quote of the day" + (", the day after (reveals, closes yesterday's)" if next_day else "")
    against = "constant posts and edits" if next_day else "constant embeds"
    return [
        Row(
            f"{servers:,} servers' {what} in one minute: posted exactly once",
            f"{min(once_a, once_b):,} of {servers:,}",
            "every server once",
            exactly_once,
        ),
        Row(
            f"{servers:,} servers' {what}: cost vs {servers:,} {against}",
            f"{ratio:.2f}x",
            "<= 1.5x",
            ratio <= 1.5,
        ),
    ]


async def run(servers: int = SERVERS) -> list[Row]:
    return [*await _row(servers, next_day=False), *await _row(servers, next_day=True)]
