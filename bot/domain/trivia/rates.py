"""How hard a question plays: once enough players have answered it, its difficulty follows how many
got it right, for filtering a game and on the question; and which filters /trivia start can offer.

Pure: the rates come in from the database (bot.db.trivia), counted as each question closes.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from bot.domain.trivia.bank import DEFAULT_GAME, OFFER_TRIALS, QuestionBank, Selection, choose_questions
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question

RATED_FROM = 20
"""Answers a question needs before its difficulty follows its right-answer rate."""
EASY_FROM = 0.7
"""A question at least this many get right plays easy."""
MEDIUM_FROM = 0.4
"""A question at least this many (and fewer than EASY_FROM) get right plays medium; fewer, hard."""


@dataclass(frozen=True)
class Rate:
    """How often a question has been answered, and how often right."""

    answers: int
    right: int

    @property
    def share(self) -> float:
        return self.right / self.answers if self.answers else 0.0


def difficulty_of(rate: Rate) -> str | None:
    """The difficulty a rate says, once it rests on RATED_FROM answers (None before that)."""
    if rate.answers < RATED_FROM:
        return None
    if rate.share >= EASY_FROM:
        return "easy"
    return "medium" if rate.share >= MEDIUM_FROM else "hard"


def played_difficulties(here: Mapping[str, Rate], everywhere: Mapping[str, Rate]) -> dict[str, str]:
    """Each rated question's difficulty by play: the server's own rate once it has RATED_FROM answers
    (its players know what is hard for them), else the rate over every server."""
    out: dict[str, str] = {}
    for qid in {*here, *everywhere}:
        found = difficulty_of(here[qid]) if qid in here else None
        if found is None and qid in everywhere:
            found = difficulty_of(everywhere[qid])
        if found is not None:
            out[qid] = found
    return out


class PlayedBank:
    """The bank as it plays in one server: each question at its difficulty by play (or as written,
    until it has enough answers), what each filter holds, and which filters fill a default game."""

    def __init__(self, bank: QuestionBank, played: Mapping[str, str]) -> None:
        self.bank = bank
        self.played = dict(played)
        self._fills: dict[tuple[str | None, str | None], bool] = {}

    def question(self, qid: str) -> Question:
        """The question at the difficulty it plays at (shown on it)."""
        q = self.bank.questions[qid]
        difficulty = self.played.get(qid, q.difficulty)
        return q if difficulty == q.difficulty else replace(q, difficulty=difficulty)

    def pool(self, category: str | None, difficulty: str | None) -> list[Question]:
        return [
            q
            for q in (self.question(qid) for qid in self.bank.matching(category, None))
            if difficulty in (None, q.difficulty)
        ]

    def choose(
        self,
        count: int,
        seen: Collection[str],
        *,
        category: str | None,
        difficulty: str | None,
        rng: random.Random,
    ) -> Selection:
        """As QuestionBank.choose, by the difficulties of play; ``seen`` are question ids."""
        pool = self.pool(category, difficulty)
        return choose_questions(pool, self.bank.pool(), self.bank.facts(seen), count, rng=rng)

    def fills_a_default_game(self, category: str | None, difficulty: str | None) -> bool:
        """Whether a fresh server always gets a full default game with this filter (over fixed seeds)."""
        key = (category, difficulty)
        if key not in self._fills:
            pool = self.pool(category, difficulty)
            self._fills[key] = len(self.bank.facts(q.id for q in pool)) >= DEFAULT_GAME and all(
                len(choose_questions(pool, pool, (), DEFAULT_GAME, rng=random.Random(seed)).ids)
                == DEFAULT_GAME
                for seed in range(OFFER_TRIALS)
            )
        return self._fills[key]

    def categories(self, difficulty: str | None = None) -> list[str]:
        """The categories that fill a default game (at ``difficulty``, when one is chosen)."""
        return [c for c in CATEGORIES if self.fills_a_default_game(c, difficulty)]

    def difficulties(self, category: str | None = None) -> list[str]:
        """The difficulties that fill a default game (in ``category``, when one is chosen)."""
        return [d for d in DIFFICULTIES if self.fills_a_default_game(category, d)]


class Offers:
    """PlayedBanks by their difficulties of play, the most recently used kept: most servers play
    the same bank (no rates yet, or everyone's), so what fills a game is worked out once for them."""

    def __init__(self, bank: QuestionBank, kept: int = 64) -> None:
        self.bank = bank
        self.kept = kept
        self._banks: dict[frozenset[tuple[str, str]], PlayedBank] = {}

    def played(self, difficulties: Mapping[str, str]) -> PlayedBank:
        key = frozenset(difficulties.items())
        found = self._banks.pop(key, None) or PlayedBank(self.bank, difficulties)
        self._banks[key] = found
        while len(self._banks) > self.kept:
            del self._banks[next(iter(self._banks))]
        return found
