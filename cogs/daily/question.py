"""The question of the day in Discord: its embed and answer buttons, the click, and the reveal."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Sequence
from typing import Any, Self

import discord
from discord.ext import commands

from bot.client import SoundtrackBot
from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import DailyQuestionRepository, Tally
from bot.db.daily.records import DailyPost
from bot.domain.daily.question import RunningStreak
from bot.domain.text import shorten
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question
from bot.ui.cards import CardRef, PanelButton
from bot.ui.embeds import FIELD_VALUE_LIMIT, CardBuilder
from bot.ui.errors import UserFacingError
from bot.ui.i18n import LOCALES, channel_locale, date, speaking, t
from bot.ui.replies import defer, reply
from bot.ui.tree import ReportingView, reports_errors
from cogs.trivia.cards import option_label, option_line, right_answer
from cogs.trivia.question_words import explanation, prompt

log = logging.getLogger(__name__)


def question_titles() -> frozenset[str]:
    """The question's title in every language a post may have been made in: a click on an old post
    finds its question's embed by it, whatever the server's language was then."""
    titles = set()
    for locale in LOCALES:
        with speaking(locale):
            titles.add(t("daily-question-title"))
    return frozenset(titles)


CUSTOM_ID = r"qotd:(?P<day>[0-9]{8}):(?P<option>[0-9])"
"""The day and the option: the server is the one the click comes from, so every server's post of one
question on one day carries the same buttons (rendered once for them all)."""


def _option_lines(question: Question, right: int | None = None) -> list[str]:
    """The options as a daily question lists them (True/False ones only on their buttons), the
    ``right`` one underlined and ticked: ``__**B.** text ✅__``."""
    if question.is_true_false:
        return []
    lines = [option_line(question, i) for i in range(len(question.options))]
    return [f"__{line} ✅__" if right == i else line for i, line in enumerate(lines)]


def tally_line(tally: Tally) -> str:
    if not tally.answers:
        return t("daily-tally-nobody")
    return t("daily-tally", right=tally.right, players=tally.answers)


def question_embed(question: Question, day: dt.date, tally: Tally | None = None) -> discord.Embed:
    """The day's question; with ``tally``, as it shows once its answer is revealed."""
    revealed = tally is not None
    title = t("daily-question-title")
    card = CardBuilder(
        t("daily-question-closed", title=title) if revealed else title,
        footer=t(
            "daily-question-answered-footer" if revealed else "daily-question-footer", date=day.isoformat()
        ),
    )
    card.description_lines(
        [prompt(question), "", *_option_lines(question, question.answer if revealed else None)], noun="lines"
    )
    if tally is not None:
        card.field(t("daily-right-answer"), right_answer(question))
        card.field(t("daily-answers"), tally_line(tally))
    return card.build()


def reveal_embed(
    question: Question,
    day: dt.date,
    tally: Tally,
    leaders: Sequence[RunningStreak],
    marks: str,
) -> discord.Embed:
    """In a day's post: the answer to the server's previous question, its explanation with the
    ``marks`` of its sources (the post's Sources button lists them)."""
    card = CardBuilder(t("daily-reveal-title", date=date(day)))
    # The options too: "Right answer: C" points at them.
    card.description_lines([prompt(question), "", *_option_lines(question, question.answer)], noun="lines")
    card.field(t("daily-right-answer"), right_answer(question))
    card.field(t("daily-answers"), tally_line(tally))
    if leaders:
        # Display names as plain text (escaped): the reveal pings nobody.
        card.lines(
            t("daily-reveal-streaks"),
            [
                t("daily-reveal-streak", name=discord.utils.escape_markdown(s.name), days=s.days)
                for s in leaders
            ],
            noun="players",
        )
    card.field(
        t("daily-reveal-why"), f"{shorten(explanation(question), FIELD_VALUE_LIMIT - len(marks))}{marks}"
    )
    return card.build()


class DailyAnswerButton(discord.ui.DynamicItem[discord.ui.Button[ReportingView]], template=CUSTOM_ID):
    """An answer button of a day's question. Its custom_id carries the day and the option (the server
    is the one the click comes from), so a click is understood however old the post is, before or
    after a restart. A click is handled by the :class:`DailyAnswers` cog loaded on the bot."""

    def __init__(self, day: dt.date, option: int, *, label: str = "?", disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary,
                disabled=disabled,
                custom_id=f"qotd:{day:%Y%m%d}:{option}",
            )
        )
        self.day, self.option = day, option

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[SoundtrackBot],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        day = dt.datetime.strptime(match["day"], "%Y%m%d").replace(tzinfo=dt.UTC).date()
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(day, int(match["option"]), label=label or "?")

    @reports_errors
    async def callback(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        await DailyAnswers.on(interaction.client).answer(interaction, self.day, self.option)


def answer_buttons(
    day: dt.date, question: Question, *, closed: bool = False
) -> tuple[DailyAnswerButton, ...]:
    return tuple(
        DailyAnswerButton(day, i, label=option_label(question, i), disabled=closed)
        for i in range(len(question.options))
    )


def post_view(answers: Sequence[DailyAnswerButton], sources: PanelButton | None) -> ReportingView:
    """A day's post's buttons: the question's answers (when it asks one), then the post's Sources on a
    row of their own. Every one is a dynamic item, and the view never times out (a view with a timeout
    would take the dynamic items' patterns out of the bot's registry when it did).

    The items may be shared by many posts' views (the poster makes each once a round): a dynamic item
    is only read when a view is sent, and a click makes its own from the custom_id."""
    view = ReportingView(timeout=None)
    for button in answers:
        view.add_item(button)
    if sources is not None:
        sources.row = 1
        view.add_item(sources)
    return view


def question_view(
    day: dt.date, question: Question | None, *, closed: bool = False, sources: PanelButton | None = None
) -> ReportingView:
    """The buttons of a day's post that asks ``question`` (if any) and cites through ``sources``."""
    return post_view(answer_buttons(day, question, closed=closed) if question else (), sources)


def kept_sources(message: discord.Message) -> PanelButton | None:
    """The Sources button a posted message carries (none on a post from before they were added)."""
    template = PanelButton.__discord_ui_compiled_template__
    for row in message.components:
        for child in getattr(row, "children", ()):
            found = template.fullmatch(getattr(child, "custom_id", None) or "")
            if found and found["panel"] == "s":
                ref = CardRef(found["kind"], found["key"])
                label = getattr(child, "label", None) or t("card-sources-heading")
                return PanelButton(ref, "s", label=label)
    return None


def day_question(bank: QuestionBank, day: DailyPost | None) -> Question | None:
    """The question a day's post asks, if it has one and the bank still holds it."""
    if day is None or day.question_id is None:
        return None
    return bank.questions.get(day.question_id)


class DailyAnswers(commands.Cog):
    """Answers to the question of the day: one per person, stored at the click, acknowledged privately.
    A cog with no commands: while it is loaded, the answer buttons of every post, however old, are
    registered, and a click finds it on the bot (:meth:`on`)."""

    def __init__(
        self,
        bot: SoundtrackBot,
        bank: QuestionBank,
        posts: DailyPostRepository,
        questions: DailyQuestionRepository,
    ) -> None:
        self.bot = bot
        self.bank = bank
        self.posts = posts
        self.questions = questions

    @classmethod
    def on(cls, bot: SoundtrackBot) -> DailyAnswers:
        """The answers cog loaded on ``bot`` (its buttons are registered only while it is)."""
        answers = bot.get_cog(cls.__cog_name__)
        if not isinstance(answers, cls):
            raise RuntimeError("The daily feature's answers are not loaded on this bot")
        return answers

    async def cog_load(self) -> None:
        # Answer buttons of every post, however old: nothing stored changes here.
        self.bot.add_dynamic_items(DailyAnswerButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(DailyAnswerButton)

    async def answer(
        self, interaction: discord.Interaction[SoundtrackBot], day: dt.date, option: int
    ) -> None:
        guild_id = interaction.guild_id
        stored = None
        if guild_id is not None:
            # An answer must not be lost: a day that cannot be read yet (another session holds it
            # locked) is read again, the click acknowledged first, as the answer's own write is.
            stored = await self.bot.db.retry(
                functools.partial(self.posts.day, guild_id, day),
                what="reading the question of the day",
                on_wait=functools.partial(defer, interaction),
            )
        question = day_question(self.bank, stored)
        if stored is None or question is None or option >= len(question.options):
            raise UserFacingError(t("daily-answer-gone"))
        guild_id = stored.guild_id
        if stored.answers_closed_at is None:
            outcome = await self.questions.answer(
                guild_id,
                day,
                user_id=interaction.user.id,
                name=interaction.user.display_name,
                option=option,
                correct=option == question.answer,
                now=discord.utils.utcnow(),
                on_wait=functools.partial(defer, interaction),
            )
            if outcome.status == "stored":
                await reply(
                    interaction,
                    t("daily-answer-stored", option=option_label(question, option)),
                    ephemeral=True,
                )
                return
            if outcome.status == "again":
                earlier = option_label(question, outcome.option) if outcome.option is not None else "?"
                await reply(
                    interaction,
                    t("daily-answer-again", option=earlier),
                    ephemeral=True,
                )
                return
        tally = await self.questions.tally(guild_id, day)
        await reply(
            interaction,
            t("daily-answer-closed", answer=right_answer(question), tally=tally_line(tally)),
            ephemeral=True,
        )
        await self._show_closed(interaction, guild_id, day, question, tally)

    async def _show_closed(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        guild_id: int,
        day: dt.date,
        question: Question,
        tally: Tally,
    ) -> None:
        """A click on a post whose answer is out but whose buttons were not disabled (the bot stopped
        between the reveal and the edit): the post is brought up to date now."""
        message = interaction.message
        if message is None or not message.embeds:
            return
        titles = question_titles()
        # The post is the channel's: it speaks the server's language, as when it was made.
        guild = interaction.guild
        with speaking(guild.preferred_locale if guild else channel_locale(interaction)):
            closed = question_embed(question, day, tally)
            view = question_view(day, question, closed=True, sources=kept_sources(message))
        try:
            await message.edit(
                embeds=[
                    closed if any((e.title or "").startswith(m) for m in titles) else e
                    for e in message.embeds
                ],
                view=view,
            )
        except discord.HTTPException:
            log.warning("Could not close the question of %s in guild %s", day, guild_id, exc_info=True)
