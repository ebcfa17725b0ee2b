"""A game's start and stop: the filters a server can use (what fills a game in the bank as it plays
there, each question at its difficulty by play), its questions and why it came out shorter than
asked, and who may stop it."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

import discord

from bot.client import SoundtrackBot
from bot.db.trivia import TriviaRepository
from bot.db.trivia_play import QuestionRates
from bot.domain.trivia.bank import NoQuestionsLeftError, QuestionBank, Selection
from bot.domain.trivia.game import Reveal
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question
from bot.domain.trivia.rates import Offers, PlayedBank, played_difficulties
from bot.ui.errors import UserFacingError
from bot.ui.i18n import t
from cogs.trivia.cards import category_name, difficulty_name
from cogs.trivia.views import GameSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Chosen:
    selection: Selection
    cycle: int
    questions: tuple[Question, ...]
    """At the difficulty each plays at in this server."""
    short: Shortfall | None
    """Why the game has fewer questions than asked, for the start reply (None when it has them all)."""


@dataclass(frozen=True)
class Shortfall:
    """Why a game got ``got`` questions: the server had seen the rest (``pool`` None), or its filter
    holds only ``pool`` questions, of which ``got`` can share a game."""

    got: int
    pool: int | None = None
    category: str | None = None
    difficulty: str | None = None

    def note(self) -> str:
        """ "only 3 left that this server hasn't seen", "Reviews has 6 questions", in the current locale."""
        if self.pool is None:
            return t("trivia-short-unseen", count=self.got)
        return limited_by(self.pool, self.got, self.category, self.difficulty)


def category_key(typed: str | None) -> str | None:
    """A category as typed or picked (its key, or its name in English or the reader's language, any
    case); None for none. Unknown: an error."""
    if typed is None or not typed.strip():
        return None
    wanted = typed.strip().casefold()
    for key, label in CATEGORIES.items():
        if wanted in (key, label.casefold(), category_name(key).casefold()):
            return key
    names = ", ".join(category_name(k) for k in CATEGORIES)
    raise UserFacingError(t("trivia-unknown-category", names=names))


def difficulty_key(typed: str | None) -> str | None:
    if typed is None or not typed.strip():
        return None
    wanted = typed.strip().casefold()
    for key in DIFFICULTIES:
        if wanted in (key, difficulty_name(key).casefold()):
            return key
    names = ", ".join(difficulty_name(d) for d in DIFFICULTIES)
    raise UserFacingError(t("trivia-unknown-difficulty", names=names))


def limited_by(pool: int, got: int, category: str | None, difficulty: str | None) -> str:
    """Why a game got ``got`` questions from the ``pool`` its filter holds, when the filter itself is
    the limit: "Reviews has 6 questions"."""
    holder = category_name(category) if category else t("trivia-the-bank")
    held = t("trivia-pool", holder=holder, count=pool, difficulty=difficulty or "any")
    return held if pool == got else t("trivia-pool-shared", pool=held, got=got)


def check_may_stop(interaction: discord.Interaction[SoundtrackBot], starter_id: int) -> None:
    """Who may stop a game: whoever chose to start it, or someone with Manage Messages."""
    if interaction.user.id != starter_id and not interaction.permissions.manage_messages:
        raise UserFacingError(t("trivia-may-not-stop"))


class Chooser:
    """The bank as each server plays it, and the questions of its games."""

    def __init__(self, bank: QuestionBank, repo: TriviaRepository) -> None:
        self.bank = bank
        self.repo = repo
        self.rates = QuestionRates(repo.db)
        self.offers = Offers(bank)

    async def count(self, guild_id: int, reveal: Reveal | None) -> None:
        """Add a closed question's answers to its rates (once per question, not per click). Bookkeeping:
        a failure is logged, and the game goes on."""
        if reveal is None or not reveal.answers:
            return
        try:
            await self.rates.count_answers(
                guild_id, self.bank.pack, reveal.question.id, len(reveal.answers), len(reveal.right)
            )
        except Exception:
            log.warning(
                "Could not count the answers to trivia question %s", reveal.question.id, exc_info=True
            )

    async def played(self, guild_id: int) -> PlayedBank:
        """The bank at the difficulties it plays at in this server."""
        here, everywhere = await self.rates.rates(guild_id, self.bank.pack)
        return self.offers.played(played_difficulties(here, everywhere))

    async def choose(self, guild_id: int, settings: GameSettings, rng: random.Random) -> Chosen:
        played = await self.played(guild_id)
        seen = await self.repo.seen(guild_id, self.bank.pack)
        try:
            selection = played.choose(
                settings.count, seen.ids, category=settings.category, difficulty=settings.difficulty, rng=rng
            )
        except NoQuestionsLeftError as exc:
            raise UserFacingError(t("trivia-all-seen" if exc.all_seen else "trivia-none-match")) from exc
        got = len(selection.ids)
        short = None
        if got < settings.count:
            pool = played.pool(settings.category, settings.difficulty)
            if self.bank.facts(q.id for q in pool) & self.bank.facts(seen.ids):
                short = Shortfall(got)
            else:  # nothing of it seen: the filter itself holds no more
                short = Shortfall(got, len(pool), settings.category, settings.difficulty)
        questions = tuple(played.question(q) for q in selection.ids)
        return Chosen(selection, seen.cycle, questions, short)
