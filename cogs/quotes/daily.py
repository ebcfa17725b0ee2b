"""The quote of the day: /qotd for server managers, and the daily post."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import hashlib
import logging
import random
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.catalogue import Catalogue
from bot.client import SoundtrackBot
from bot.db.qotd import QotdDay, QotdRepository
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.domain.local_time import LocalTimeError, parse_clock, parse_zone
from bot.domain.qotd import (
    DEFAULT_TIME,
    DEFAULT_TIMEZONE,
    MAX_FAILURES,
    DuePost,
    QuoteOfTheDay,
    local_date,
    next_post,
    suggest_timezones,
)
from bot.glue.errors import UserFacingError
from bot.glue.tree import permission_names
from cogs.quotes import render

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
        self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="qotd-send-deadlines")
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


class DailyPoster:
    """Posts each due server's quote of the day, exactly once per local date."""

    def __init__(
        self,
        bot: commands.Bot,
        catalogue: Catalogue,
        quotes: QuoteRepository,
        qotd: QotdRepository,
        rng: random.Random,
    ) -> None:
        self.bot = bot
        self.catalogue = catalogue
        self.quotes = quotes
        self.qotd = qotd
        self.rng = rng
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
        schedules = await self.qotd.schedules()
        if not schedules:
            return 0
        # Local dates run at most a day either side of UTC: two days back covers every zone.
        done = await self.qotd.done_dates(now.date() - dt.timedelta(days=2))
        due = QuoteOfTheDay.due_posts(now, schedules, done)
        if not due:
            return 0
        days, claimed = await self.qotd.choose_and_claim(
            [(d.schedule.guild_id, d.local_date, d.schedule.channel_id) for d in due],
            self.catalogue.pack,
            self.rng,
            now=now,
        )
        cards = await self._cards()
        posted: list[tuple[int, dt.date, int]] = []
        sent = 0
        queue = collections.deque(d for d in due if (d.schedule.guild_id, d.local_date) in claimed)

        async def worker() -> None:
            nonlocal sent
            while queue:
                item = queue.popleft()
                key = (item.schedule.guild_id, item.local_date)
                try:
                    message_id, new = await self._post(item, days[key], claimed[key], cards, now, deadlines)
                except Exception:
                    # One server's trouble never stops the others; its day stays claimed and is
                    # checked against the channel on the next tick.
                    log.exception("Quote of the day for guild %s failed unexpectedly", item.schedule.guild_id)
                    continue
                if message_id is not None:
                    posted.append((*key, message_id))
                    sent += new
                if len(posted) >= MARK_BATCH:
                    batch = posted[:]
                    posted.clear()
                    await self.qotd.mark_posted_days(batch, now=now)

        # A few posts in flight at once: a server whose send hangs holds up one worker, not the rest.
        with SendDeadlines(self.send_timeout) as deadlines:
            await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(queue)))))
        await self.qotd.mark_posted_days(posted, now=now)
        if sent:
            log.info("Posted the quote of the day in %d server(s)", sent)
        return sent

    async def _cards(self) -> dict[str, QuoteCard]:
        """Every quote of the pack, read once: the catalogue does not change while the bot runs."""
        if self._quote_cards is None:
            keys = await self.quotes.quote_keys(self.catalogue.pack)
            self._quote_cards = {c.key: c for c in await self.quotes.quotes(self.catalogue.pack, keys)}
        return self._quote_cards

    async def _post(
        self,
        due: DuePost,
        day: QotdDay,
        previous: str,
        cards: dict[str, QuoteCard],
        now: dt.datetime,
        deadlines: SendDeadlines,
    ) -> tuple[int | None, bool]:
        """Send one claimed day's post. Returns the message id (None if it failed, which is then
        recorded) and whether a new message was sent (not when one is found from before a crash)."""
        schedule = due.schedule
        # Through the guild: the client's own get_channel looks through every guild in turn.
        guild = self.bot.get_guild(schedule.guild_id)
        if guild is None or guild.unavailable:
            # After a reconnect Discord streams the servers back over some seconds (as unavailable
            # during an outage): not there yet is "try again shortly", never "deleted".
            log.debug("Guild %s is not available yet; its quote of the day waits", schedule.guild_id)
            await self.qotd.release(schedule.guild_id, due.local_date, maybe_sent=previous == "sending")
            return None, False
        channel = guild.get_channel(schedule.channel_id)
        # A concrete class check: isinstance against discord.abc's protocols is slow at this scale.
        if not isinstance(channel, discord.TextChannel | discord.VoiceChannel | discord.Thread):
            await self._fail(
                due, "The channel was deleted, or I can no longer see it. Choose another with /qotd set.", now
            )
            return None, False
        if previous == "sending":
            # The last attempt may have reached the channel (the bot stopped mid-post, or Discord
            # answered with an error after storing it): look before sending again.
            existing = await self._find_posted(channel, day)
            if existing is not None:
                return existing.id, False
        card = cards.get(day.quote)
        if card is None:
            await self._fail(due, "The chosen quote is no longer in the data pack.", now)
            return None, False
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
                    embed=render.daily_embed(card, due.local_date),
                    allowed_mentions=mention,
                    nonce=post_nonce(schedule.guild_id, due.local_date),
                )
        except TimeoutError:
            log.warning("Posting the quote of the day in guild %s timed out; trying again", schedule.guild_id)
            await self._postpone(due, "Discord did not answer in time.", maybe_sent=True)
            return None, False
        except discord.Forbidden:
            await self._fail(
                due,
                f"I'm not allowed to post in <#{channel.id}>: give me View Channel, Send Messages and Embed Links "
                "there, or choose another channel with /qotd set.",
                now,
            )
            return None, False
        except discord.NotFound:
            await self._fail(due, "The channel was deleted. Choose another with /qotd set.", now)
            return None, False
        except discord.HTTPException as exc:
            if exc.status == 429:
                # Discord's limit, not the server's fault: nothing was stored; later the same day.
                await self._postpone(due, "Discord was rate-limiting the bot.", maybe_sent=False)
                return None, False
            if exc.status >= 500:
                # Discord may have stored the post before failing: the channel is checked first.
                await self._postpone(due, f"Discord had a server error ({exc.status}).", maybe_sent=True)
                return None, False
            await self._fail(due, f"Discord refused the post: {exc.text[:200] or exc.status}", now)
            return None, False
        return message.id, True

    async def _postpone(self, due: DuePost, reason: str, *, maybe_sent: bool) -> None:
        log.warning("Quote of the day in guild %s postponed: %s", due.schedule.guild_id, reason)
        await self.qotd.release(due.schedule.guild_id, due.local_date, reason, maybe_sent=maybe_sent)

    async def _find_posted(self, channel: discord.abc.Messageable, day: QotdDay) -> discord.Message | None:
        marker = render.qotd_footer(day.local_date)
        after = (day.claimed_at - dt.timedelta(minutes=1)) if day.claimed_at else None
        try:
            async for message in channel.history(limit=50, after=after):
                mine = self.bot.user is not None and message.author.id == self.bot.user.id
                if mine and any(e.footer.text == marker for e in message.embeds):
                    return message
        except discord.HTTPException:
            log.warning(
                "Could not read the channel to check for a post interrupted by a restart", exc_info=True
            )
        return None

    async def _fail(self, due: DuePost, reason: str, now: dt.datetime) -> None:
        """Record the server's own failure (the channel is gone, a permission was taken away)."""
        settings = await self.qotd.mark_failed(due.schedule.guild_id, due.local_date, reason, now=now)
        log.warning("Quote of the day failed in guild %s: %s", due.schedule.guild_id, reason)
        if settings.paused:
            log.warning(
                "Quote of the day paused in guild %s after %d failures", due.schedule.guild_id, MAX_FAILURES
            )


def _may_mention_any_role(interaction: discord.Interaction, channel: discord.TextChannel) -> bool:
    member = interaction.user
    return isinstance(member, discord.Member) and channel.permissions_for(member).mention_everyone


def post_nonce(guild_id: int, day: dt.date) -> str:
    """The same nonce for every attempt at one server's post of one day (at most 25 characters)."""
    digest = hashlib.blake2b(f"qotd:{guild_id}:{day.isoformat()}".encode(), digest_size=8).digest()
    return str(int.from_bytes(digest, "big"))


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DailyQuoteCog(
    commands.GroupCog,
    group_name="qotd",
    group_description="Post a review quote every day (for server managers)",
):
    feature: ClassVar[str] = "Quote of the day"  # its heading in /help and /about

    def __init__(
        self,
        bot: commands.Bot,
        poster: DailyPoster,
        quotes: QuoteRepository,
        qotd: QotdRepository,
        *,
        pack: str,
        rng: random.Random,
    ) -> None:
        super().__init__()
        self.bot = bot
        self.poster = poster
        self.quotes = quotes
        self.qotd = qotd
        self.pack = pack
        self.rng = rng

    async def start_posting(self) -> None:
        """Run by the bot when it runs (not when it only syncs its commands): the daily tick."""
        self.tick.start()

    async def cog_unload(self) -> None:
        self.tick.cancel()

    @tasks.loop(seconds=TICK_SECONDS)
    async def tick(self) -> None:
        try:
            await self.poster.post_due(discord.utils.utcnow())
        except Exception:
            log.exception("Quote of the day tick failed; trying again on the next one")

    @tick.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def interaction_check(self, interaction: discord.Interaction[SoundtrackBot]) -> bool:
        # Hidden from non-managers by default permissions, and checked again here: a server can
        # override who sees a command, but only managers may change the daily post.
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    @app_commands.command(name="set", description="Post the quote of the day in a channel, at a local time")
    @app_commands.describe(
        channel="Where to post it",
        time="Local time, like 9am, 9:30 pm or 21:30 (default 09:00)",
        timezone="A city or time zone, like Paris, New York or Europe/Paris (default UTC)",
        role="A role to ping with each post (optional)",
    )
    async def set_(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 10] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        role: discord.Role | None = None,
    ) -> None:
        assert interaction.guild is not None
        try:
            post_time = parse_clock(time) if time else DEFAULT_TIME
            chosen = parse_zone(timezone or DEFAULT_TIMEZONE)
        except LocalTimeError as exc:
            raise UserFacingError(str(exc)) from None
        zone = chosen.zone
        if role is not None and role.is_default():
            raise UserFacingError("Pinging @everyone isn't allowed. Choose a role, or leave `role` out.")
        if role is not None and not role.mentionable and not _may_mention_any_role(interaction, channel):
            # The bot may hold Mention Everyone: it must not ping, daily, a role its chooser couldn't.
            raise UserFacingError(
                f"{role.mention} isn't mentionable, and you can't mention it yourself (that needs the Mention "
                "Everyone permission), so I won't ping it for you every day. Make the role mentionable "
                "(Server Settings > Roles), ask someone who can mention it to choose it, or leave `role` out."
            )
        me = interaction.guild.me
        missing = [p for p in POST_PERMISSIONS if not getattr(channel.permissions_for(me), p)]
        if missing:
            raise UserFacingError(
                f"I can't post in {channel.mention}: I need {permission_names(missing)} there. Grant it, or pick another channel."
            )
        settings = await self.qotd.save_settings(
            interaction.guild.id,
            channel_id=channel.id,
            post_time=post_time,
            timezone=zone.key,
            role_id=role.id if role else None,
            now=discord.utils.utcnow(),
        )
        schedule = settings.schedule
        assert schedule is not None
        now = discord.utils.utcnow()
        upcoming = next_post(schedule, now, await self._done(interaction.guild.id, now))
        lines = [
            f"The quote of the day will be posted in {channel.mention} every day at {post_time:%H:%M} ({zone.key})."
        ]
        if chosen.note:
            lines.append(chosen.note)
        if upcoming is not None:
            lines.append(
                f"Next post: {discord.utils.format_dt(upcoming)} ({discord.utils.format_dt(upcoming, 'R')})."
            )
        if role is not None:
            lines.append(f"Each post pings {role.mention}.")
            if not role.mentionable and not channel.permissions_for(me).mention_everyone:
                lines.append(
                    "That role is not mentionable, so the ping won't notify anyone: make it mentionable "
                    "(Server Settings > Roles) or give me Mention Everyone in that channel."
                )
        await interaction.response.send_message("\n".join(lines), ephemeral=True)

    @set_.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[SoundtrackBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=name, value=name) for name in suggest_timezones(current)]

    @app_commands.command(name="off", description="Stop posting the quote of the day")
    async def off(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        if not await self.qotd.turn_off(interaction.guild_id, now=discord.utils.utcnow()):
            raise UserFacingError("The daily post is already off. Turn it on with `/qotd set`.")
        await interaction.response.send_message(
            "The quote of the day is off. `/qotd set` turns it back on.", ephemeral=True
        )

    @app_commands.command(
        name="status", description="Where and when the quote of the day is posted, and how it went"
    )
    async def status(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.qotd.settings(interaction.guild_id)
        now = discord.utils.utcnow()
        schedule = settings.schedule if settings else None
        upcoming = next_post(schedule, now, await self._done(interaction.guild_id, now)) if schedule else None
        last = await self.qotd.last_posted(interaction.guild_id)
        # A day Discord kept refusing (rate limits, its own errors) shows only once it has ended.
        today = local_date(now, settings.timezone if settings else DEFAULT_TIMEZONE)
        missed = await self.qotd.missed_day(interaction.guild_id, today)
        if missed is not None and last is not None and last.local_date > missed.local_date:
            missed = None
        url = None
        if last is not None and last.channel_id and last.message_id:
            url = f"https://discord.com/channels/{interaction.guild_id}/{last.channel_id}/{last.message_id}"
        await interaction.response.send_message(
            embed=render.status_embed(settings, next_post=upcoming, last=last, last_url=url, missed=missed),
            ephemeral=True,
        )

    @app_commands.command(name="preview", description="See, privately, the quote that will be posted next")
    async def preview(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.qotd.settings(interaction.guild_id)
        timezone = settings.timezone if settings else DEFAULT_TIMEZONE
        now = discord.utils.utcnow()
        today = local_date(now, timezone)
        day = (
            today
            if today not in await self._done(interaction.guild_id, now)
            else today + dt.timedelta(days=1)
        )
        chosen = await self.qotd.choose_day(interaction.guild_id, day, self.pack, self.rng)
        card = await self.quotes.quote(chosen.pack, chosen.quote)
        if card is None:
            raise UserFacingError("The next quote is no longer in the data; it will be replaced.")
        embed = render.quote_embed(
            card, title=f"Next quote of the day ({day.isoformat()})", footer="Only you can see this preview"
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    async def _done(self, guild_id: int, now: dt.datetime) -> set[dt.date]:
        return (await self.qotd.done_dates(now.date() - dt.timedelta(days=2))).get(guild_id, set())
