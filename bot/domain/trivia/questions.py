"""A trivia question, and the checks every question must pass, hand-written or generated."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.text import normalise

CATEGORIES: dict[str, str] = {
    "tracks": "Tracks",
    "artists": "Artists",
    "reviews": "Reviews",
    "album": "Album & film",
}
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")
TRUE_FALSE: tuple[str, str] = ("True", "False")
MAX_OPTIONS = 4
MIN_OPTIONS = 2
OPTION_LIMIT = 200
PROMPT_LIMIT = 1000


@dataclass(frozen=True)
class Said:
    """A text of a question as the locale files word it: its message's key and the values it is filled
    with (data exactly as the sources wrote it, as strings; counts as numbers, for plurals; choices
    such as ``band="yes"`` for a language's grammar). The English text is the question's own; another
    language words the same values itself (bot/locales/*.ftl, "Trivia questions")."""

    key: str
    values: tuple[tuple[str, str | int], ...] = ()


def said(key: str, **values: str | int) -> Said:
    return Said(key, tuple(sorted(values.items())))


@dataclass(frozen=True, kw_only=True)
class Question:
    """One question. ``options[answer]`` is the right option; every other option is a distractor.

    ``id`` is stable across restarts and pack reloads ("gen:<kind>:<subject>" or "hand:<key>"), so
    scores and "already seen" records can name it.

    ``about`` names the facts the right answer rests on (e.g. "track:4:credit", "album:label"): a game
    never asks about one fact twice, a server meets a fact again only once it has met every fact, and a
    test holds that no disputed fact is ever asked. ``reveals`` names the facts the question's text,
    options or explanation give away (a quote gives away its words and what it names), so no later
    question of the same game asks about them. ``order`` is set for running-order questions: the items
    the options put in order, as the prompt lists them.
    """

    id: str
    kind: str
    category: str
    difficulty: str
    prompt: str
    options: tuple[str, ...]
    answer: int
    explanation: str
    sources: tuple[str, ...]
    about: tuple[str, ...] = ()
    reveals: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    prompt_said: Said | None = None
    """The prompt in the locale files' words (None: a hand-written question, English as written)."""
    explanation_said: Said | None = None
    options_said: tuple[tuple[str, Said], ...] = ()
    """Options written in the bot's words rather than the data's ("track 4"), each with its message."""

    @property
    def right(self) -> str:
        return self.options[self.answer]

    @property
    def is_true_false(self) -> bool:
        return self.options == TRUE_FALSE

    @property
    def touches(self) -> frozenset[str]:
        """Every fact this question asks about or gives away."""
        return frozenset((*self.about, *self.reveals))


def problems(question: Question) -> list[str]:
    """What is wrong with a question (empty when it is sound)."""
    out = []
    if question.category not in CATEGORIES:
        out.append(f"unknown category {question.category!r} (one of {', '.join(CATEGORIES)})")
    if question.difficulty not in DIFFICULTIES:
        out.append(f"unknown difficulty {question.difficulty!r} (one of {', '.join(DIFFICULTIES)})")
    if not question.prompt.strip() or len(question.prompt) > PROMPT_LIMIT:
        out.append(f"the question must be 1 to {PROMPT_LIMIT} characters")
    if not MIN_OPTIONS <= len(question.options) <= MAX_OPTIONS:
        out.append(f"needs {MIN_OPTIONS} to {MAX_OPTIONS} options, not {len(question.options)}")
    if any(not o.strip() or len(o) > OPTION_LIMIT for o in question.options):
        out.append(f"every option must be 1 to {OPTION_LIMIT} characters")
    if len({normalise(o) for o in question.options}) != len(question.options):
        out.append("options must all be different (not the same name spelt two ways)")
    if not 0 <= question.answer < len(question.options):
        out.append("the right answer must be one of the options")
    if len(question.options) == 2 and question.options != TRUE_FALSE:
        out.append('a two-option question must be true/false, with options "True" and "False"')
    if not question.explanation.strip():
        out.append("needs a short explanation")
    if not question.sources:
        out.append("needs at least one source")
    if not question.about:
        out.append("needs at least one fact it asks about")
    return out


def arrange(
    qid: str, right: str, distractors: Sequence[str], *, count: int = MAX_OPTIONS
) -> tuple[tuple[str, ...], int]:
    """The options in a fixed order for this question id, and the right one's index.

    Distractors equal to the right answer or to each other are dropped: two options are the same when
    they are the same name spelt another way (case, accents, punctuation, "&"/"and": see
    :func:`bot.domain.text.normalise`), as a player would read them. The order is seeded by the id,
    so a question always looks the same (before and after a restart).
    """
    seen = {normalise(right)}
    kept = []
    for d in distractors:
        if normalise(d) not in seen:
            seen.add(normalise(d))
            kept.append(d)
    rng = random.Random(qid)
    chosen = rng.sample(kept, min(count - 1, len(kept)))
    options = [right, *chosen]
    rng.shuffle(options)
    return tuple(options), options.index(right)
