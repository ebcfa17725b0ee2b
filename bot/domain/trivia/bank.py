"""The question bank: hand-written and generated questions, and choosing a game's questions."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.domain.pack import Pack, Source
from bot.domain.trivia.generators import generate
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question

T = TypeVar("T")


class NoQuestionsLeftError(Exception):
    """Nothing in the bank fits the request: nothing matches it, or (``all_seen``) the server has seen
    everything that does. The message says why, in English; the cog words it for the player."""

    def __init__(self, message: str, *, all_seen: bool = False) -> None:
        super().__init__(message)
        self.all_seen = all_seen


@dataclass(frozen=True)
class Selection:
    """A game's questions: ``current`` are unseen in the server's current cycle; ``fresh`` were
    picked after the server had seen the whole bank, and begin its next cycle."""

    current: tuple[str, ...]
    fresh: tuple[str, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return (*self.current, *self.fresh)


DEFAULT_GAME = 5
"""Questions in a game when /trivia start is not told how many."""
OFFER_TRIALS = 32
"""Seeded tries a filter must fill a default game in before /trivia start offers it."""
ORDERS = 8
"""Orders a game's picking tries before settling for fewer questions than asked."""


def link_giveaways(questions: Iterable[Question], subjects: Collection[str] = ()) -> list[Question]:
    """Each question, also revealing the facts of every other question whose right answer its prompt or
    explanation prints (a quote naming "Sundance Film Festival" gives away where the film premiered).

    This catches what a generator can't know about another's facts, hand-written questions included.
    Numbers, true/false and very short answers are left to the generators' own ``reveals``, and so are
    ``subjects`` (track titles, performers): they are named everywhere, and naming one alone gives
    nothing away.
    """
    questions = list(questions)
    answers: dict[str, set[str]] = {}
    for q in questions:
        plain = len(q.about) == 1 and not q.is_true_false and q.right not in subjects
        if plain and len(q.right) >= 4 and not q.right.isdigit():
            answers.setdefault(q.right, set()).update(q.about)
    patterns = [(a, re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), facts) for a, facts in answers.items()]
    out = []
    for q in questions:
        visible = f"{q.prompt}\n{q.explanation}"
        # The plain substring test first: it rules out nearly every answer at a fraction of a search's cost.
        found = {
            f for a, pattern, facts in patterns if a in visible and pattern.search(visible) for f in facts
        }
        out.append(replace(q, reveals=(*q.reveals, *sorted(found - set(q.reveals)))))
    return out


class QuestionBank:
    """Every question one pack can ask, by id, with an index by category and difficulty.

    ``questions`` may be a generator: it is run when the bank is first used, not when it is made, so
    the bot starts without running the generators and builds the bank when a game first needs it.
    """

    def __init__(self, pack: str, questions: Iterable[Question], sources: Iterable[Source] = ()) -> None:
        self.pack = pack
        self.sources = {s.key: s for s in sources}
        self._pending: Iterable[Question] | None = questions

    @functools.cached_property
    def questions(self) -> dict[str, Question]:
        by_id: dict[str, Question] = {}
        for q in self._pending or ():
            if q.id in by_id:
                raise ValueError(f"two questions share the id {q.id!r}")
            by_id[q.id] = q
        self._pending = None
        return by_id

    @functools.cached_property
    def _pools(self) -> dict[tuple[str | None, str | None], tuple[Question, ...]]:
        return {
            (category, difficulty): tuple(
                q
                for q in self.questions.values()
                if category in (None, q.category) and difficulty in (None, q.difficulty)
            )
            for category in (None, *CATEGORIES)
            for difficulty in (None, *DIFFICULTIES)
        }

    @functools.cached_property
    def _index(self) -> dict[tuple[str | None, str | None], tuple[str, ...]]:
        return {key: tuple(q.id for q in pool) for key, pool in self._pools.items()}

    @classmethod
    def from_pack(cls, pack: Pack, handwritten: Sequence[Question] = ()) -> QuestionBank:
        """The pack's bank: its hand-written questions (read with the pack) and the generated ones."""
        return cls(pack.slug, _all_questions(pack, handwritten), pack.sources)

    def __len__(self) -> int:
        return len(self.questions)

    def matching(self, category: str | None = None, difficulty: str | None = None) -> tuple[str, ...]:
        return self._index.get((category, difficulty), ())

    def pool(self, category: str | None = None, difficulty: str | None = None) -> tuple[Question, ...]:
        """The questions :meth:`matching` names (kept: a game and every server's day ask for them)."""
        return self._pools.get((category, difficulty), ())

    def facts(self, ids: Iterable[str]) -> set[str]:
        """The facts the questions with these ids ask about (ids no longer in the bank are skipped)."""
        return {f for qid in ids if qid in self.questions for f in self.questions[qid].about}

    def fills_a_default_game(self, category: str | None = None, difficulty: str | None = None) -> bool:
        """Whether a fresh server always gets a full default game with this filter: enough distinct
        facts that no question asks about or gives away another's (tried over fixed seeds)."""
        pool = self.pool(category, difficulty)
        if len(self.facts(q.id for q in pool)) < DEFAULT_GAME:
            return False
        return all(
            len(choose_questions(pool, pool, (), DEFAULT_GAME, rng=random.Random(seed)).ids) == DEFAULT_GAME
            for seed in range(OFFER_TRIALS)
        )

    def choose(
        self,
        count: int,
        seen: Collection[str],
        *,
        category: str | None = None,
        difficulty: str | None = None,
        rng: random.Random,
    ) -> Selection:
        """``seen`` are the ids of the questions the server has seen in its current cycle."""
        return choose_questions(
            self.pool(category, difficulty), self.pool(), self.facts(seen), count, rng=rng
        )


def _all_questions(pack: Pack, handwritten: Sequence[Question]) -> Iterator[Question]:
    subjects = {t.title for t in pack.tracks} | {
        a.name for a in pack.artists if any(a.key in t.artists for t in pack.tracks)
    }
    subjects |= {" & ".join(a.name for a in pack.artists if a.key in t.artists) for t in pack.tracks}
    yield from link_giveaways([*handwritten, *generate(pack)], subjects)


def choose_questions(
    pool: Sequence[Question],
    bank: Sequence[Question],
    seen: Collection[str],
    count: int,
    *,
    rng: random.Random,
) -> Selection:
    """Up to ``count`` questions from ``pool``, in game order, none asking about a fact in ``seen`` (the
    facts the server has met in its current cycle), and none asking about a fact an earlier question of
    the game asked about or gave away.

    A fact comes round again only once the server has met every fact the bank can still ask: when the
    pool runs out exactly as the bank does, the rest are picked fresh for the next cycle. When only a
    filtered pool runs out, the game gets what is left of it (and none at all is an error).
    """
    if not pool:
        raise NoQuestionsLeftError("No questions match that category and difficulty.")
    met = set(seen)
    # A few orders, keeping the first that fills the game (or the fullest): picking is greedy, and one
    # early question that gives much away can crowd out the rest.
    game: list[Question] = []
    for _ in range(ORDERS):
        tried = _pick(shuffled(pool, rng), count, met, [])
        if len(tried) > len(game):
            game = tried
        if len(game) == count:
            break
    current = len(game)
    if current < count:
        asked = met | {f for q in game for f in q.about}
        if all(set(q.about) & asked for q in bank):
            # The bank has nothing left to ask this cycle: finish it, then start the next one.
            game = _pick(shuffled(pool, rng), count, set(), game)
        elif not game:
            raise NoQuestionsLeftError(
                "This server has already seen every question that matches. Questions come round again once "
                "the server has seen the whole bank: try another category or difficulty, or none.",
                all_seen=True,
            )
    return Selection(tuple(q.id for q in game[:current]), tuple(q.id for q in game[current:]))


def shuffled(items: Sequence[T], rng: random.Random) -> Iterator[T]:
    """``items`` in a random order, each drawn only when it is asked for (Fisher-Yates, one step per
    item): a day's one question from a pool of hundreds draws a few, not the whole pool."""
    left = list(items)
    for i in range(len(left)):
        j = rng.randrange(i, len(left))
        left[i], left[j] = left[j], left[i]
        yield left[i]


def _pick(order: Iterable[Question], count: int, barred: set[str], game: list[Question]) -> list[Question]:
    """``game`` extended, in ``order``, by each question whose facts are neither ``barred`` nor asked or
    given away by a question already in the game, up to ``count`` questions."""
    game = list(game)
    touched = {f for q in game for f in q.touches}
    for q in order:
        if len(game) == count:
            break
        if not set(q.about) & (barred | touched) and q not in game:
            game.append(q)
            touched |= q.touches
    return game
