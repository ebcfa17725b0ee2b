"""The daily post: each due server's quote of the day, sent exactly once per local date. This module
chooses and claims the due days, makes what their posts show (once a round for servers that show
the same), and follows a post up (its thread, the revealed question's post closed); sending each
post, and what Discord's answer means, is :mod:`cogs.daily.sending`'s."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import discord

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository, Tally
from bot.db.daily.records import DailyPost
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.db.trivia import SeenQuestions
from bot.domain.catalogue import Catalogue
from bot.domain.daily.question import pick_daily_question
from bot.domain.daily.schedule import (
    DuePost,
    due_posts,
)
from bot.domain.text import shorten
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question
from bot.sharding import serves
from bot.ui.cards import Card
from bot.ui.i18n import current, speaking, supported, t
from bot.ui.tree import ReportingView
from cogs.daily.cards import post_card, source_marks, sources_button
from cogs.daily.question import answer_buttons, day_question, post_view, question_embed, reveal_embed
from cogs.daily.sending import MARK_BATCH, SEND_CONCURRENCY, SEND_TIMEOUT, PostSender, SendDeadlines
from cogs.quotes import cards

log = logging.getLogger(__name__)

T = TypeVar("T")


class DailyPoster:
    """Posts each due server's quote of the day, exactly once per local date."""

    def __init__(
        self,
        bot: SoundtrackBot,
        catalogue: Catalogue,
        quotes: QuoteRepository,
        settings: DailySettingsRepository,
        posts: DailyPostRepository,
        questions: DailyQuestionRepository,
        bank: QuestionBank,
        rng: random.Random,
    ) -> None:
        self.bot = bot
        self.bank = bank
        self.questions = questions
        self._in_flight: dict[tuple[int, dt.date], asyncio.Task[Any]] = {}
        """The days being posted, each with the task posting it."""
        self._made: dict[tuple[object, ...], Any] = {}
        """Embeds and views made in the current round of posts, by what they show (see :meth:`_once`)."""
        self.catalogue = catalogue
        self.quotes = quotes
        self.settings = settings
        self.posts = posts
        self.rng = rng
        self.sender = PostSender(bot, posts)
        self.concurrency = SEND_CONCURRENCY
        self.send_timeout = SEND_TIMEOUT
        self._quote_cards: dict[str, QuoteCard] | None = None

    async def post_due(self, now: dt.datetime) -> int:
        """Post every server that is due at ``now``; returns how many posts went out.

        The database work is batched (one transaction chooses and claims every due day, and
        posts are recorded MARK_BATCH at a time), so thousands of servers due in the same minute cost
        little more than the messages themselves. A crash between a send and its record leaves the
        day 'sending', which is checked against the channel before anything is sent again.
        """
        schedules = [s for s in await self.settings.schedules() if serves(self.bot, s.guild_id)]
        if not schedules:
            return 0
        # Local dates run at most a day either side of UTC: two days back covers every zone.
        since = now.date() - dt.timedelta(days=2)
        done = await self.posts.done_dates(since)
        last = await self.posts.last_post_times(since)
        return await self.post(due_posts(now, schedules, done, last), now)

    async def post(self, due: Sequence[DuePost], now: dt.datetime, *, wait: bool = False) -> int:
        """Post these days (due, or asked for with /qotd post); returns how many posts went out. A day
        already being posted (by the tick, while a manager asks) is left to that attempt, which
        ``wait`` waits for (a manager is then told how it went)."""
        busy = {
            self._in_flight[k] for d in due if (k := (d.schedule.guild_id, d.local_date)) in self._in_flight
        }
        due = [d for d in due if (d.schedule.guild_id, d.local_date) not in self._in_flight]
        sent = 0
        if due:
            keys = {(d.schedule.guild_id, d.local_date) for d in due}
            # A task of its own, that a second caller can wait for (the tick's own task never ends).
            attempt = asyncio.get_running_loop().create_task(self._post_all(due, now), name="daily-post")
            self._in_flight |= dict.fromkeys(keys, attempt)
            attempt.add_done_callback(lambda _: self._landed(keys))
            sent = await attempt  # a caller cancelled (a shutdown) cancels its attempt, as before
        if wait and busy:
            # Each attempt's own errors are its own (logged there): only its end matters here.
            await asyncio.wait(busy)
        return sent

    def _landed(self, keys: set[tuple[int, dt.date]]) -> None:
        for key in keys:
            del self._in_flight[key]

    async def _post_all(self, due: Sequence[DuePost], now: dt.datetime) -> int:
        self._made.clear()
        days, claimed = await self.posts.choose_and_claim(
            [(d.schedule.guild_id, d.local_date, d.schedule.channel_id) for d in due],
            self.catalogue.pack,
            self.rng,
            now=now,
        )
        days |= await self.questions.prepare(
            [
                (d.schedule.guild_id, d.local_date, d.schedule.question)
                for d in due
                if (d.schedule.guild_id, d.local_date) in claimed
            ],
            self.catalogue.pack,
            self._pick,
            now=now,
        )
        quote_cards = await self._cards()
        posted: list[tuple[int, dt.date, int]] = []
        refused_threads: dict[tuple[int, dt.date], str] = {}
        sent = 0
        queue = collections.deque(d for d in due if (d.schedule.guild_id, d.local_date) in claimed)

        async def worker() -> None:
            nonlocal sent
            while queue:
                item = queue.popleft()
                key = (item.schedule.guild_id, item.local_date)
                # The post is the whole channel's: it speaks the server's language (as do its
                # follow-ups and the reasons a failure is recorded with).
                with speaking(server_locale(self.bot, item.schedule.guild_id)):
                    try:
                        day = days[key]
                        message, new = await self.sender.send(
                            item, day, claimed[key], quote_cards.get(day.quote), self._compose, now, deadlines
                        )
                    except Exception:
                        # One server's trouble never stops the others; its day stays claimed and is
                        # checked against the channel on the next tick.
                        log.exception(
                            "Quote of the day for guild %s failed unexpectedly", item.schedule.guild_id
                        )
                        continue
                    if message is not None:
                        posted.append((*key, message.id))
                        sent += new
                        earlier = days.get((key[0], day.reveals_answer_of)) if day.reveals_answer_of else None
                        refused = await self._follow_up(
                            item, (day, earlier), message, new, quote_cards, deadlines
                        )
                        if refused is not None:
                            refused_threads[key] = refused
                if len(posted) >= MARK_BATCH:
                    batch = posted[:]
                    posted.clear()
                    await self.posts.mark_posted_days(batch, now=now, refused_threads=refused_threads)

        # A few posts in flight at once: a server whose send hangs holds up one worker, not the rest.
        with SendDeadlines(self.send_timeout) as deadlines:
            await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(queue)))))
        await self.posts.mark_posted_days(posted, now=now, refused_threads=refused_threads)
        if sent:
            log.info("Posted the quote of the day in %d server(s)", sent)
        return sent

    def _once(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """Made once per round of posts: the servers that post the same quote, question or reveal
        that day share one rendering of it (embeds and views are only read when sent), in the language
        being spoken (the server's)."""
        key = (current(), *key)
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def _quote_embed(self, card: QuoteCard, day: dt.date) -> discord.Embed:
        return self._once(("quote", card.key, day), lambda: cards.daily_embed(card, day))

    def _pick(self, seen: SeenQuestions) -> tuple[str, int] | None:
        return pick_daily_question(self.bank, seen.ids, seen.cycle, self.rng)

    def _extras(self, day: DailyPost, post: Card) -> tuple[list[discord.Embed], ReportingView]:
        """The day's question and the reveal of the server's previous question; the buttons: the
        question's answers and the post's Sources."""
        embeds: list[discord.Embed] = []
        question = day_question(self.bank, day)
        if question is not None:
            key = (question.id, day.local_date)
            embeds.append(self._once(("question", *key), lambda: question_embed(question, day.local_date)))
        view = self._buttons(day.local_date, question, post)
        revealing = self._reveal_of(day, post)
        if revealing is not None:
            embeds.append(revealing)
        return embeds, view

    def _buttons(
        self, day: dt.date, question: Question | None, post: Card, *, closed: bool = False
    ) -> ReportingView:
        """A post's buttons: its question's answers and its Sources. Each item is made once a round and
        shared by the views of the posts that show it (a view per post and its sources)."""
        answers = (
            self._once(
                ("answers", question.id, day, closed), lambda: answer_buttons(day, question, closed=closed)
            )
            if question is not None
            else ()
        )
        sources = self._once(("sources", post.ref), lambda: sources_button(post))
        return self._once(
            ("buttons", question.id if question else None, day, closed, post.ref),
            lambda: post_view(answers, sources),
        )

    def _revealed(self, day: DailyPost) -> Question | None:
        """The earlier question whose answer this day's post reveals, if any (and still in the bank)."""
        if day.reveals_answer_of is None or day.reveal_summary is None:
            return None
        return self.bank.questions.get(day.reveal_summary.question_id)

    def _post_card(self, card: QuoteCard, day: DailyPost) -> Card:
        """The sources of a day's post (its quote's, then its reveal's), as its Sources button lists them."""
        revealed = self._revealed(day)
        return self._once(
            ("card", card.key, revealed.id if revealed else None),
            lambda: post_card(card, revealed, self.bank.sources),
        )

    def _reveal_of(self, day: DailyPost, post: Card) -> discord.Embed | None:
        """The answer to the earlier question this day's post reveals, if any, from what was stored
        when its answers closed: it reads the same every time it is made. Its explanation carries
        the marks ``post`` numbers its sources with."""
        asked = self._revealed(day)
        if asked is None or day.reveals_answer_of is None or day.reveal_summary is None:
            return None
        tally = Tally(day.reveal_summary.answers, day.reveal_summary.right)
        summary, revealed = day.reveal_summary, day.reveals_answer_of
        marks = source_marks(post, asked.sources)
        return self._once(
            ("reveal", summary, revealed, marks),
            lambda: reveal_embed(asked, revealed, tally, summary.streaks, marks),
        )

    async def _follow_up(
        self,
        due: DuePost,
        days: tuple[DailyPost, DailyPost | None],
        message: discord.Message,
        new: bool,
        quote_cards: dict[str, QuoteCard],
        deadlines: SendDeadlines,
    ) -> str | None:
        """After a post: its thread (when the server wants one), and the revealed question's own post
        shown answered with its buttons off. Neither is worth failing the day over, nor holding up the
        other servers' posts: each is bounded like a send, and any trouble is logged. ``days`` are the
        post's day and the day it reveals. Returns why Discord refused the thread, if it did (/qotd
        status shows it)."""
        day, earlier = days
        refused = None
        if earlier is None and not (new and due.schedule.thread):
            return None  # no thread to open, nothing to close
        try:
            async with deadlines.bounded():
                refused = await self._open_thread(due, day, message, new, quote_cards)
                if earlier is not None:
                    await self._close_revealed(day, earlier, quote_cards)
        except TimeoutError:
            log.warning("The quote of the day's follow-up in guild %s timed out", day.guild_id)
        except Exception:
            log.exception("The quote of the day's follow-up in guild %s failed", day.guild_id)
        return refused

    async def _open_thread(
        self,
        due: DuePost,
        day: DailyPost,
        message: discord.Message,
        new: bool,
        quote_cards: dict[str, QuoteCard],
    ) -> str | None:
        """Open the post's thread, if the server wants one; returns why Discord refused it, if it did."""
        card = quote_cards.get(day.quote)
        if new and due.schedule.thread and card is not None:
            try:
                await message.create_thread(name=thread_name(card.text), reason=t("daily-thread-reason"))
            except discord.HTTPException as exc:
                log.warning(
                    "Could not open the quote of the day thread in guild %s", day.guild_id, exc_info=True
                )
                return thread_refusal(exc, message.channel.id)
        return None

    async def _close_revealed(
        self, day: DailyPost, earlier: DailyPost, quote_cards: dict[str, QuoteCard]
    ) -> None:
        """Show the revealed question's own post answered, its buttons off (and whatever that post
        itself revealed, as it was)."""
        question = day_question(self.bank, earlier)
        card = quote_cards.get(earlier.quote)
        if question is None or card is None or day.reveal_summary is None or not earlier.message_id:
            return
        guild = self.bot.get_guild(earlier.guild_id)
        channel = guild.get_channel(earlier.channel_id) if guild and earlier.channel_id else None
        if not isinstance(channel, discord.TextChannel | discord.VoiceChannel | discord.Thread):
            return
        key = (question.id, earlier.local_date)
        post = self._post_card(card, earlier)
        its_reveal = self._reveal_of(earlier, post)
        tally = Tally(day.reveal_summary.answers, day.reveal_summary.right)
        try:
            await channel.get_partial_message(earlier.message_id).edit(
                embeds=[
                    self._quote_embed(card, earlier.local_date),
                    self._once(
                        ("closed", *key, tally), lambda: question_embed(question, earlier.local_date, tally)
                    ),
                    *([its_reveal] if its_reveal else []),
                ],
                view=self._buttons(earlier.local_date, question, post, closed=True),
            )
        except discord.HTTPException:
            # Deleted, or out of reach: a click on it still gets the answer, privately.
            log.info(
                "Could not close the question of %s in guild %s",
                earlier.local_date,
                earlier.guild_id,
                exc_info=True,
            )

    def _compose(self, card: QuoteCard, day: DailyPost) -> tuple[list[discord.Embed], ReportingView | None]:
        """A day's post: its quote, then its question and the reveal it carries; its buttons."""
        extra_embeds, view = self._extras(day, self._post_card(card, day))
        return [self._quote_embed(card, day.local_date), *extra_embeds], view

    async def _cards(self) -> dict[str, QuoteCard]:
        """Every quote of the pack, read once: the catalogue does not change while the bot runs."""
        if self._quote_cards is None:
            keys = await self.quotes.quote_keys(self.catalogue.pack)
            self._quote_cards = {c.key: c for c in await self.quotes.quotes(self.catalogue.pack, keys)}
        return self._quote_cards


def thread_refusal(exc: discord.HTTPException, channel_id: int) -> str:
    """Why a post's thread was not opened, as /qotd status says it."""
    if isinstance(exc, discord.Forbidden):
        return t("daily-thread-forbidden", channel=f"<#{channel_id}>")
    return t("daily-thread-refused", reason=exc.text[:200] or str(exc.status))


def thread_name(quote: str) -> str:
    """A post's thread, named after its quote (Discord allows 100 characters)."""
    return shorten(" ".join(quote.split()).strip('"“”'), 100) or t("daily-title")


def server_locale(bot: discord.Client, guild_id: int) -> str:
    """The language of a server's daily post: its preferred locale, read when the post is made."""
    guild = bot.get_guild(guild_id)
    return supported(guild.preferred_locale if guild else None)
