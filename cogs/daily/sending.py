"""Sending the daily posts: how many are in flight and how long one may take; sending one server's
post, and what Discord's answer means for its day (posted, found after a crash, retried later, or
failed)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import discord

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.records import DailyPost
from bot.db.quotes import QuoteCard
from bot.domain.daily.schedule import MAX_FAILURES, DuePost
from bot.ui.i18n import LOCALES, speaking, t
from cogs.quotes import cards

log = logging.getLogger(__name__)

TICK_SECONDS = 30
MARK_BATCH = 200
SEND_CONCURRENCY = 5
"""Posts in flight at once: enough that one slow server never holds up the others, few enough that
at Discord's usual 100-300 ms per request they stay under its global limit of 50 requests a second
(discord.py itself paces each channel's limit and waits out a global 429)."""
SEND_TIMEOUT = 30.0
"""Seconds one post may take before it is given up for this tick (and checked for next tick)."""
NO_MENTIONS = discord.AllowedMentions.none()
CLOCK_SKEW = dt.timedelta(minutes=10)
"""How far back of a claim's time a channel is searched for the post it may have sent."""
POST_PERMISSIONS = ("view_channel", "send_messages", "embed_links")


class SendDeadlines:
    """Bounds how long each send may take, with one timer for all of them: a timer per send (what
    ``asyncio.timeout`` would set) costs more than the post itself at ten thousand servers.

    A send runs inside :meth:`bounded`; every ``timeout / 3`` seconds the watcher cancels the tasks
    whose send has run too long, and :meth:`bounded` turns that cancellation into ``TimeoutError``.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._started: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._watcher: asyncio.Task[None] | None = None

    def __enter__(self) -> SendDeadlines:
        self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="daily-send-deadlines")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._watcher is not None:
            self._watcher.cancel()

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.timeout / 3)
            for task, started in list(self._started.items()):
                if loop.time() - started >= self.timeout and task not in self._expired:
                    self._expired.add(task)
                    task.cancel()  # delivered inside bounded(): the task is registered only there

    @contextlib.asynccontextmanager
    async def bounded(self) -> AsyncIterator[None]:
        task = asyncio.current_task()
        assert task is not None
        self._started[task] = asyncio.get_running_loop().time()
        try:
            yield
        except asyncio.CancelledError:
            if task not in self._expired:
                raise
            task.uncancel()
            raise TimeoutError from None
        finally:
            self._started.pop(task, None)
            self._expired.discard(task)


Compose = Callable[[QuoteCard, DailyPost], "tuple[list[discord.Embed], discord.ui.View | None]"]
"""Makes a day's post (its embeds and buttons) from its quote's card and the day."""


class PostSender:
    """Sends one claimed day's post, and records what Discord's answer means for the day: a refusal
    that is the server's own trouble fails it; Discord's trouble gives it back to be tried again."""

    def __init__(self, bot: SoundtrackBot, posts: DailyPostRepository) -> None:
        self.bot = bot
        self.posts = posts

    async def send(
        self,
        due: DuePost,
        day: DailyPost,
        previous: str,
        card: QuoteCard | None,
        compose: Compose,
        now: dt.datetime,
        deadlines: SendDeadlines,
    ) -> tuple[discord.Message | None, bool]:
        """Send one claimed day's post (``previous``: the day's status when claimed), made by
        ``compose`` from its quote's ``card``. Returns the message (None if it failed, which is then
        recorded) and whether a new message was sent (not when one is found from before a crash)."""
        schedule = due.schedule
        # Through the guild: the client's own get_channel looks through every guild in turn.
        guild = self.bot.get_guild(schedule.guild_id)
        if guild is None or guild.unavailable:
            # After a reconnect Discord streams the servers back over some seconds (as unavailable
            # during an outage): not there yet is "try again shortly", never "deleted".
            log.debug("Guild %s is not available yet; its quote of the day waits", schedule.guild_id)
            await self.posts.release(schedule.guild_id, due.local_date, maybe_sent=previous == "sending")
            return None, False
        channel = guild.get_channel(schedule.channel_id)
        # A concrete class check: isinstance against discord.abc's protocols is slow at this scale.
        if not isinstance(channel, discord.TextChannel | discord.VoiceChannel | discord.Thread):
            await self._fail(due, t("daily-fail-channel-unseen"), now)
            return None, False
        if previous == "sending":
            # The last attempt may have reached the channel (the bot stopped mid-post, or Discord
            # answered with an error after storing it): look before sending again.
            existing = await self._find_posted(channel, day)
            if existing is not None:
                return existing, False
        if card is None:
            await self._fail(due, t("daily-fail-quote-gone"), now)
            return None, False
        embeds, view = compose(card, day)
        mention = NO_MENTIONS
        content = None
        if schedule.role_id is not None:
            # The one ping the bot sends: the role a manager chose, and nothing else.
            content = f"<@&{schedule.role_id}>"
            mention = discord.AllowedMentions(
                everyone=False, users=False, roles=[discord.Object(schedule.role_id)]
            )
        try:
            # The nonce is the day's own: Discord refuses a second message with it, should a retry
            # follow a send it stored but answered with an error. (discord.py 2.7 sends
            # enforce_nonce with every nonce; a test holds the request to it.)
            async with deadlines.bounded():
                message = await channel.send(
                    content,
                    embeds=embeds,
                    view=view or discord.utils.MISSING,
                    allowed_mentions=mention,
                    nonce=post_nonce(schedule.guild_id, due.local_date),
                )
        except TimeoutError:
            log.warning("Posting the quote of the day in guild %s timed out; trying again", schedule.guild_id)
            await self._postpone(due, t("daily-fail-timeout"), maybe_sent=True)
            return None, False
        except discord.HTTPException as exc:
            await self._refused(due, channel.id, exc, now)
            return None, False
        return message, True

    async def _refused(
        self, due: DuePost, channel_id: int, exc: discord.HTTPException, now: dt.datetime
    ) -> None:
        """Record why Discord refused a send: the server's own trouble fails the day; Discord's is retried."""
        if isinstance(exc, discord.Forbidden):
            await self._fail(due, t("daily-fail-forbidden", channel=f"<#{channel_id}>"), now)
        elif isinstance(exc, discord.NotFound):
            await self._fail(due, t("daily-fail-channel-deleted"), now)
        elif exc.status == 429:
            # Discord's limit, not the server's fault: nothing was stored; later the same day.
            await self._postpone(due, t("daily-fail-rate-limited"), maybe_sent=False)
        elif exc.status >= 500:
            # Discord may have stored the post before failing: the channel is checked first.
            await self._postpone(due, t("daily-fail-discord-error", status=str(exc.status)), maybe_sent=True)
        else:
            await self._fail(due, t("daily-fail-refused", reason=exc.text[:200] or str(exc.status)), now)

    async def _postpone(self, due: DuePost, reason: str, *, maybe_sent: bool) -> None:
        log.warning("Quote of the day in guild %s postponed: %s", due.schedule.guild_id, reason)
        await self.posts.release(due.schedule.guild_id, due.local_date, reason, maybe_sent=maybe_sent)

    async def _find_posted(self, channel: discord.abc.Messageable, day: DailyPost) -> discord.Message | None:
        markers = post_markers(day.local_date)
        # The claim's time was stamped by whichever process claimed: with several processes, allow for
        # their clocks disagreeing by some minutes.
        after = (day.claimed_at - CLOCK_SKEW) if day.claimed_at else None
        try:
            async for message in channel.history(limit=50, after=after):
                mine = self.bot.user is not None and message.author.id == self.bot.user.id
                if mine and any(e.footer.text in markers for e in message.embeds):
                    return message
        except discord.HTTPException:
            log.warning(
                "Could not read the channel to check for a post interrupted by a restart", exc_info=True
            )
        return None

    async def _fail(self, due: DuePost, reason: str, now: dt.datetime) -> None:
        """Record the server's own failure (the channel is gone, a permission was taken away)."""
        settings = await self.posts.mark_failed(due.schedule.guild_id, due.local_date, reason, now=now)
        log.warning("Quote of the day failed in guild %s: %s", due.schedule.guild_id, reason)
        if settings.paused:
            log.warning(
                "Quote of the day paused in guild %s after %d failures", due.schedule.guild_id, MAX_FAILURES
            )


def post_markers(day: dt.date) -> frozenset[str | None]:
    """The footers that mark a day's post, in every language it may have been made in (the server's
    language may have changed since)."""
    markers: set[str | None] = set()
    for locale in LOCALES:
        with speaking(locale):
            markers.add(cards.daily_footer(day))
    return frozenset(markers)


def post_nonce(guild_id: int, day: dt.date) -> str:
    """The same nonce for every attempt at one server's post of one day (at most 25 characters)."""
    digest = hashlib.blake2b(f"qotd:{guild_id}:{day.isoformat()}".encode(), digest_size=8).digest()
    return str(int.from_bytes(digest, "big"))
