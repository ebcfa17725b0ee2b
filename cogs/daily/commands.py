"""/qotd: the quote of the day's settings, for server managers."""

from __future__ import annotations

import datetime as dt
import logging
import random
from typing import ClassVar

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.client import SoundtrackBot
from bot.db.base import Outage
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository
from bot.db.daily.settings import DailySettingsRepository
from bot.db.quotes import QuoteRepository
from bot.domain.daily.local_time import LocalTimeError, parse_clock, parse_zone, suggest_zones, zone_label
from bot.domain.daily.schedule import (
    DEFAULT_TIME,
    DEFAULT_TIMEZONE,
    MIN_GAP,
    DuePost,
    PostExtras,
    local_date,
    next_post,
)
from bot.domain.daily.weekdays import WeekdaysError, describe, parse_weekdays
from bot.ui.cards import card_view
from bot.ui.errors import UserFacingError
from bot.ui.installs import servers_only
from bot.ui.replies import reply
from bot.ui.tree import permission_names
from cogs.daily.cards import history_embed, post_link, status_embed
from cogs.daily.poster import DailyPoster
from cogs.daily.sending import POST_PERMISSIONS, TICK_SECONDS
from cogs.quotes import cards

log = logging.getLogger(__name__)

HISTORY_LENGTH = 10


def _check_role(
    interaction: discord.Interaction[SoundtrackBot], channel: discord.TextChannel, role: discord.Role | None
) -> None:
    if role is not None and role.is_default():
        raise UserFacingError("Pinging @everyone isn't allowed. Choose a role, or leave `role` out.")
    if role is not None and not role.mentionable and not _may_mention_any_role(interaction, channel):
        # The bot may hold Mention Everyone: it must not ping, daily, a role its chooser couldn't.
        raise UserFacingError(
            f"{role.mention} isn't mentionable, and you can't mention it yourself (that needs the Mention "
            "Everyone permission), so I won't ping it for you every day. Make the role mentionable "
            "(Server Settings > Roles), ask someone who can mention it to choose it, or leave `role` out."
        )


def _may_mention_any_role(interaction: discord.Interaction, channel: discord.TextChannel) -> bool:
    member = interaction.user
    return isinstance(member, discord.Member) and channel.permissions_for(member).mention_everyone


@servers_only
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
        bot: SoundtrackBot,
        poster: DailyPoster,
        quotes: QuoteRepository,
        settings: DailySettingsRepository,
        posts: DailyPostRepository,
        questions: DailyQuestionRepository,
        *,
        pack: str,
        rng: random.Random,
    ) -> None:
        super().__init__()
        self.bot = bot
        self.poster = poster
        self._outage = Outage(log, "The quote of the day")
        self.quotes = quotes
        self.settings = settings
        self.posts = posts
        self.questions = questions
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
        except Exception as exc:
            if not self._outage.failed(self.bot.db, exc):
                log.exception("Quote of the day tick failed; trying again on the next one")
            return
        self._outage.answered()

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
        question="Add a trivia question to answer with buttons (default: on)",
        days="Which local days: weekdays, weekends, every day, or like mon,wed,fri (default: every day)",
        thread="Open a public thread on each post to talk in (default: off)",
    )
    async def set_(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 10] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        role: discord.Role | None = None,
        question: bool | None = None,
        days: app_commands.Range[str, 1, 60] | None = None,
        thread: bool | None = None,
    ) -> None:
        assert interaction.guild is not None
        try:
            post_time = parse_clock(time) if time else DEFAULT_TIME
            chosen = parse_zone(timezone or DEFAULT_TIMEZONE)
            weekdays = parse_weekdays(days) if days else None
        except (LocalTimeError, WeekdaysError) as exc:
            raise UserFacingError(str(exc)) from None
        zone = chosen.zone
        _check_role(interaction, channel, role)
        me = interaction.guild.me
        needed = POST_PERMISSIONS + (("create_public_threads",) if thread else ())
        missing = [p for p in needed if not getattr(channel.permissions_for(me), p)]
        if missing:
            why = " (the thread on each post needs it)" if missing == ["create_public_threads"] else ""
            raise UserFacingError(
                f"I can't post in {channel.mention}: I need {permission_names(missing)} there{why}. "
                "Grant it, or pick another channel."
                + (" Or leave `thread` off." if "create_public_threads" in missing else "")
            )
        settings = await self.settings.save(
            interaction.guild.id,
            channel_id=channel.id,
            post_time=post_time,
            timezone=zone.key,
            role_id=role.id if role else None,
            now=discord.utils.utcnow(),
            extras=PostExtras(question=question, weekdays=weekdays, thread=thread),
        )
        schedule = settings.schedule
        assert schedule is not None
        now = discord.utils.utcnow()
        done, last = await self._done(interaction.guild.id, now)
        upcoming = next_post(schedule, now, done, last)
        lines = [
            f"The quote of the day will be posted in {channel.mention} {describe(settings.weekdays)} "
            f"at {chosen.at(post_time)}."
        ]
        if chosen.note:
            lines.append(chosen.note)
        if upcoming is not None:
            lines.append(
                f"Next post: {discord.utils.format_dt(upcoming)} ({discord.utils.format_dt(upcoming, 'R')})."
            )
            if last is not None and upcoming == last + MIN_GAP:
                lines.append(
                    f"That is {MIN_GAP.total_seconds() / 3600:.0f} hours after the last post: a new time or "
                    "zone never brings the next post sooner."
                )
        lines.append(
            "Each post asks a trivia question; the next post reveals its answer."
            if settings.question
            else "Posts carry no question (`question:True` adds one)."
        )
        if settings.thread:
            lines.append("Each post opens a public thread named after its quote.")
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
        return [app_commands.Choice(name=name, value=value) for name, value in suggest_zones(current)]

    @app_commands.command(name="off", description="Stop posting the quote of the day")
    async def off(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        if not await self.settings.turn_off(interaction.guild_id, now=discord.utils.utcnow()):
            raise UserFacingError("The daily post is already off. Turn it on with `/qotd set`.")
        await interaction.response.send_message(
            "The quote of the day is off. `/qotd set` turns it back on.", ephemeral=True
        )

    @app_commands.command(
        name="status", description="Where and when the quote of the day is posted, and how it went"
    )
    async def status(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.settings.get(interaction.guild_id)
        now = discord.utils.utcnow()
        schedule = settings.schedule if settings else None
        upcoming = (
            next_post(schedule, now, *await self._done(interaction.guild_id, now)) if schedule else None
        )
        last = await self.posts.last_posted(interaction.guild_id)
        # A day Discord kept refusing (rate limits, its own errors) shows only once it has ended.
        today = local_date(now, settings.timezone if settings else DEFAULT_TIMEZONE)
        missed = await self.posts.missed_day(interaction.guild_id, today)
        if missed is not None and last is not None and last.local_date > missed.local_date:
            missed = None
        url = None
        if last is not None and last.channel_id and last.message_id:
            url = post_link(last)
        await interaction.response.send_message(
            embed=status_embed(settings, next_post=upcoming, last=last, last_url=url, missed=missed),
            ephemeral=True,
        )

    @app_commands.command(name="preview", description="See, privately, the quote that will be posted next")
    async def preview(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.settings.get(interaction.guild_id)
        timezone = settings.timezone if settings else DEFAULT_TIMEZONE
        now = discord.utils.utcnow()
        today = local_date(now, timezone)
        done, last = await self._done(interaction.guild_id, now)
        upcoming = next_post(settings.schedule, now, done, last) if settings and settings.schedule else None
        if upcoming is not None:
            day = local_date(upcoming, timezone)
        else:
            day = today if today not in done else today + dt.timedelta(days=1)
        chosen = await self.posts.choose_day(interaction.guild_id, day, self.pack, self.rng)
        card = await self.quotes.quote(chosen.pack, chosen.quote)
        if card is None:
            raise UserFacingError("The next quote is no longer in the data; it will be replaced.")
        preview = cards.quote_card(
            card, title=f"Next quote of the day ({day.isoformat()})", footer="Only you can see this preview"
        )
        await reply(interaction, view=card_view(preview), ephemeral=True)

    @app_commands.command(
        name="post", description="Post today's quote of the day now, if it hasn't gone out yet"
    )
    async def post_now(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.settings.get(interaction.guild_id)
        schedule = settings.schedule if settings else None
        if settings is None or schedule is None:
            raise UserFacingError("The daily post is off. Turn it on with `/qotd set`, then post.")
        now = discord.utils.utcnow()
        today = local_date(now, schedule.timezone)
        day = await self.posts.day(interaction.guild_id, today)
        if day is not None and day.status == "posted":
            raise UserFacingError(f"Today's quote of the day is already out: [jump to it]({post_link(day)}).")
        if day is not None and day.status == "failed":
            raise UserFacingError(
                f"Today's post failed: {settings.last_failure or 'see /qotd status'} Once that is fixed, the "
                "next post goes out as scheduled."
            )
        done, last = await self._done(interaction.guild_id, now)
        if any(d > today for d in done):
            # A new zone where it is still yesterday: a post dated before the latest one would
            # open a second question and put the history out of order.
            upcoming = next_post(schedule, now, done, last)
            when = f" The next one comes {discord.utils.format_dt(upcoming, 'R')}." if upcoming else ""
            raise UserFacingError(
                f"It is still {today.isoformat()} in {zone_label(schedule.timezone)}, and the latest post "
                f"is dated {max(done).isoformat()}: today's has gone out already.{when}"
            )
        # Posting may take a moment (a reveal, a thread): acknowledged first, answered when done.
        await interaction.response.defer(ephemeral=True, thinking=True)
        # Today's, even on a day the schedule skips: a manager asked for it. Once it is out, the
        # scheduled time finds the day done and posts nothing more.
        # An attempt already on its way (a second manager, or the tick) is waited for, not repeated.
        sent = await self.poster.post([DuePost(schedule, today)], now, wait=True)
        day = await self.posts.day(interaction.guild_id, today)
        if day is not None and day.status == "posted":
            text = (
                f"Posted today's quote of the day: {post_link(day)}"
                if sent
                else f"Today's quote of the day already went out: {post_link(day)}"
            )
        elif day is not None and day.status == "sending":
            text = "Today's post is on its way right now; it will be in the channel in a moment."
        else:
            reason = (await self.settings.get(interaction.guild_id) or settings).last_failure
            text = f"I couldn't post it: {reason or (day.last_error if day else None) or 'see /qotd status.'}"
        await interaction.followup.send(text, ephemeral=True)

    @app_commands.command(
        name="history", description="The last 10 daily posts, with how their questions went"
    )
    async def history(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        entries = await self.questions.history(interaction.guild_id, HISTORY_LENGTH)
        quote_cards = {c.key: c for c in await self.quotes.quotes(self.pack, [e.day.quote for e in entries])}
        await interaction.response.send_message(embed=history_embed(entries, quote_cards), ephemeral=True)

    async def _done(self, guild_id: int, now: dt.datetime) -> tuple[set[dt.date], dt.datetime | None]:
        """The server's recent local dates posted or failed, and when its latest post went out."""
        since = now.date() - dt.timedelta(days=2)
        done = (await self.posts.done_dates(since)).get(guild_id, set())
        return done, (await self.posts.last_post_times(since)).get(guild_id)
