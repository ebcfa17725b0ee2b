"""The question bank: hand-written and generated questions, and choosing a game's questions."""

from __future__ import annotations

import logging
import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.domain.pack import Pack, Source, read_pack
from bot.domain.trivia.generators import generate
from bot.domain.trivia.handwritten import read_handwritten
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question

log = logging.getLogger(__name__)


class NoQuestionsLeft(Exception):
    """Nothing in the bank fits the request; the message says why, for the player."""


@dataclass(frozen=True)
class Selection:
    """A game's questions: ``current`` are unseen in the server's current cycle; ``fresh`` were
    picked after the server had seen the whole bank, and begin its next cycle."""

    current: tuple[str, ...]
    fresh: tuple[str, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return (*self.current, *self.fresh)


class QuestionBank:
    """Every question one pack can ask, by id, with an index by category and difficulty."""

    def __init__(self, pack: str, questions: Iterable[Question], sources: Iterable[Source] = ()) -> None:
        self.pack = pack
        self.questions: dict[str, Question] = {}
        for q in questions:
            if q.id in self.questions:
                raise ValueError(f"two questions share the id {q.id!r}")
            self.questions[q.id] = q
        self.sources = {s.key: s for s in sources}
        self._index: dict[tuple[str | None, str | None], tuple[str, ...]] = {}
        for category in (None, *CATEGORIES):
            for difficulty in (None, *DIFFICULTIES):
                self._index[category, difficulty] = tuple(
                    q.id
                    for q in self.questions.values()
                    if category in (None, q.category) and difficulty in (None, q.difficulty)
                )

    @classmethod
    def from_pack(cls, pack: Pack, handwritten: Sequence[Question] = ()) -> QuestionBank:
        return cls(pack.slug, [*handwritten, *generate(pack)], pack.sources)

    @classmethod
    def from_folder(cls, folder: Path) -> QuestionBank:
        """Read a pack folder and its trivia.toml (PackError if either is broken)."""
        pack = read_pack(folder)
        return cls.from_pack(pack, read_handwritten(folder, pack))

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, qid: str) -> Question | None:
        return self.questions.get(qid)

    def matching(self, category: str | None = None, difficulty: str | None = None) -> tuple[str, ...]:
        return self._index.get((category, difficulty), ())

    def choose(
        self,
        count: int,
        seen: Collection[str],
        *,
        category: str | None = None,
        difficulty: str | None = None,
        rng: random.Random,
    ) -> Selection:
        return choose_questions(self.matching(category, difficulty), self.matching(), seen, count, rng=rng)


def choose_questions(
    pool: Sequence[str], bank: Sequence[str], seen: Collection[str], count: int, *, rng: random.Random
) -> Selection:
    """Up to ``count`` questions from ``pool`` that the server hasn't seen in its current cycle.

    A question comes round again only once the server has seen the whole bank: when the pool runs
    out exactly as the bank does, the rest are picked fresh for the next cycle. When only a filtered
    pool runs out, the game gets what is left of it (and none at all is an error).
    """
    if not pool:
        raise NoQuestionsLeft("No questions match that category and difficulty.")
    seen_set = set(seen)
    unseen = [q for q in pool if q not in seen_set]
    if len(unseen) >= count:
        return Selection(tuple(rng.sample(unseen, count)), ())
    bank_unseen = {q for q in bank if q not in seen_set}
    if bank_unseen <= set(unseen):
        # Whatever is left of the bank is in this pool: finish the cycle, then start the next one.
        current = rng.sample(unseen, len(unseen))
        rest = [q for q in pool if q not in set(current)]
        fresh = rng.sample(rest, min(count - len(current), len(rest)))
        return Selection(tuple(current), tuple(fresh))
    if not unseen:
        raise NoQuestionsLeft(
            "This server has already seen every question that matches. Questions come round again once "
            "the server has seen the whole bank: try another category or difficulty, or none."
        )
    return Selection(tuple(rng.sample(unseen, len(unseen))), ())
