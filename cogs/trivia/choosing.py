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
from bot.domain.text import number
from bot.domain.trivia.bank import NoQuestionsLeftError, QuestionBank, Selection
from bot.domain.trivia.game import Reveal
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question
from bot.domain.trivia.rates import Offers, PlayedBank, limited_by, played_difficulties
from bot.ui.errors import UserFacingError
from cogs.trivia.views import GameSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Chosen:
    selection: Selection
    cycle: int
    questions: tuple[Question, ...]
    """At the difficulty each plays at in this server."""
    short: str
    """Why the game has fewer questions than asked, for the start reply ("" when it has them all)."""


def category_key(typed: str | None) -> str | None:
    """A category as typed or picked (its key or its name, any case); None for none. Unknown: an error."""
    if typed is None or not typed.strip():
        return None
    wanted = typed.strip().casefold()
    for key, label in CATEGORIES.items():
        if wanted in (key, label.casefold()):
            return key
    raise UserFacingError(
        f"There is no trivia category by that name: pick one of {', '.join(CATEGORIES.values())}."
    )


def difficulty_key(typed: str | None) -> str | None:
    if typed is None or not typed.strip():
        return None
    wanted = typed.strip().casefold()
    if wanted in DIFFICULTIES:
        return wanted
    names = ", ".join(d.capitalize() for d in DIFFICULTIES)
    raise UserFacingError(f"There is no trivia difficulty by that name: pick one of {names}.")


def check_may_stop(interaction: discord.Interaction[SoundtrackBot], starter_id: int) -> None:
    """Who may stop a game: whoever chose to start it, or someone with Manage Messages."""
    if interaction.user.id != starter_id and not interaction.permissions.manage_messages:
        raise UserFacingError(
            "Only the player who started this game, or someone with the Manage Messages permission, can stop it."
        )


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
            raise UserFacingError(str(exc)) from exc
        got = len(selection.ids)
        short = ""
        if got < settings.count:
            pool = played.pool(settings.category, settings.difficulty)
            if self.bank.facts(q.id for q in pool) & self.bank.facts(seen.ids):
                short = f"only {number(got)} left that this server hasn't seen"
            else:  # nothing of it seen: the filter itself holds no more
                short = limited_by(pool, got, settings.category, settings.difficulty)
        questions = tuple(played.question(q) for q in selection.ids)
        return Chosen(selection, seen.cycle, questions, short)
