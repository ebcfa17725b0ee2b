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
from bot.domain.daily.weekdays import WeekdaysError, parse_weekdays
from bot.ui.cards import card_view
from bot.ui.errors import UserFacingError
from bot.ui.i18n import t
from bot.ui.installs import servers_only
from bot.ui.replies import reply
from bot.ui.tree import permission_names
from cogs.daily.cards import history_embed, post_link, status_embed
from cogs.daily.poster import DailyPoster
from cogs.daily.sending import POST_PERMISSIONS, TICK_SECONDS
from cogs.daily.words import (
    at_chosen,
    describe_days,
    local_time_error,
    weekdays_error,
    zone_choice_name,
    zone_note,
)
from cogs.quotes import cards

log = logging.getLogger(__name__)

HISTORY_LENGTH = 10


def _check_role(
    interaction: discord.Interaction[SoundtrackBot], channel: discord.TextChannel, role: discord.Role | None
) -> None:
    if role is not None and role.is_default():
        raise UserFacingError(t("daily-error-everyone"))
    if role is not None and not role.mentionable and not _may_mention_any_role(interaction, channel):
        # The bot may hold Mention Everyone: it must not ping, daily, a role its chooser couldn't.
        raise UserFacingError(t("daily-error-role-unmentionable", role=role.mention))


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
        except LocalTimeError as exc:
            raise UserFacingError(local_time_error(exc)) from None
        except WeekdaysError as exc:
            raise UserFacingError(weekdays_error(exc)) from None
        zone = chosen.zone
        _check_role(interaction, channel, role)
        me = interaction.guild.me
        needed = POST_PERMISSIONS + (("create_public_threads",) if thread else ())
        missing = [p for p in needed if not getattr(channel.permissions_for(me), p)]
        if missing:
            if missing == ["create_public_threads"]:
                key = "daily-error-cannot-thread"
            elif "create_public_threads" in missing:
                key = "daily-error-cannot-post-or-thread"
            else:
                key = "daily-error-cannot-post"
            raise UserFacingError(t(key, channel=channel.mention, permissions=permission_names(missing)))
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
        days, at = describe_days(settings.weekdays), at_chosen(chosen, post_time)
        lines = [t("daily-set-done", channel=channel.mention, days=days, time=at)]
        if note := zone_note(chosen):
            lines.append(note)
        if upcoming is not None:
            when = f"{discord.utils.format_dt(upcoming)} ({discord.utils.format_dt(upcoming, 'R')})"
            lines.append(t("daily-set-next", when=when))
            if last is not None and upcoming == last + MIN_GAP:
                lines.append(t("daily-set-gap", hours=round(MIN_GAP.total_seconds() / 3600)))
        lines.append(t("daily-set-question") if settings.question else t("daily-set-no-question"))
        if settings.thread:
            lines.append(t("daily-set-thread"))
        if role is not None:
            lines.append(t("daily-set-pings", role=role.mention))
            if not role.mentionable and not channel.permissions_for(me).mention_everyone:
                lines.append(t("daily-set-role-silent"))
        await interaction.response.send_message("\n".join(lines), ephemeral=True)

    @set_.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[SoundtrackBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=zone_choice_name(value), value=value)
            for _, value in suggest_zones(current)
        ]

    @app_commands.command(name="off", description="Stop posting the quote of the day")
    async def off(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        assert interaction.guild_id is not None
        if not await self.settings.turn_off(interaction.guild_id, now=discord.utils.utcnow()):
            raise UserFacingError(t("daily-off-already"))
        await interaction.response.send_message(t("daily-off-done"), ephemeral=True)

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
            raise UserFacingError(t("daily-preview-gone"))
        preview = cards.quote_card(
            card, title=t("daily-preview-title", date=day.isoformat()), footer=t("daily-preview-footer")
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
            raise UserFacingError(t("daily-post-off"))
        now = discord.utils.utcnow()
        today = local_date(now, schedule.timezone)
        day = await self.posts.day(interaction.guild_id, today)
        if day is not None and day.status == "posted":
            raise UserFacingError(t("daily-post-already-out", url=post_link(day)))
        if day is not None and day.status == "failed":
            reason = settings.last_failure or t("daily-post-see-status")
            raise UserFacingError(t("daily-post-failed-today", reason=reason))
        done, last = await self._done(interaction.guild_id, now)
        if any(d > today for d in done):
            # A new zone where it is still yesterday: a post dated before the latest one would
            # open a second question and put the history out of order.
            upcoming = next_post(schedule, now, done, last)
            said = t(
                "daily-post-still-yesterday",
                today=today.isoformat(),
                zone=zone_label(schedule.timezone),
                latest=max(done).isoformat(),
            )
            if upcoming:
                said += " " + t("daily-post-next-comes", when=discord.utils.format_dt(upcoming, "R"))
            raise UserFacingError(said)
        # Posting may take a moment (a reveal, a thread): acknowledged first, answered when done.
        await interaction.response.defer(ephemeral=True, thinking=True)
        # Today's, even on a day the schedule skips: a manager asked for it. Once it is out, the
        # scheduled time finds the day done and posts nothing more.
        # An attempt already on its way (a second manager, or the tick) is waited for, not repeated.
        sent = await self.poster.post([DuePost(schedule, today)], now, wait=True)
        day = await self.posts.day(interaction.guild_id, today)
        if day is not None and day.status == "posted":
            text = t("daily-post-done" if sent else "daily-post-went-out", url=post_link(day))
        elif day is not None and day.status == "sending":
            text = t("daily-post-on-its-way")
        else:
            reason = (await self.settings.get(interaction.guild_id) or settings).last_failure
            text = t(
                "daily-post-could-not",
                reason=reason or (day.last_error if day else None) or t("daily-post-see-status-end"),
            )
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
