"""Hand-written trivia questions: ``trivia.toml`` beside a pack, read and validated like the pack.

Each ``[[questions]]`` entry has a ``key``, ``category``, ``difficulty``, the ``question``, the right
``answer`` and two or three ``wrong`` options (or ``answer = true``/``false`` and no ``wrong`` for a
true/false question), a short ``explanation`` and its ``sources`` (keys from ``sources.toml``).
Optional ``facts`` name the facts it asks about (default: its own, ``hand:<key>``) and ``reveals`` those
its text gives away, with the ids the generators use ("track:4:credit", "album:director", …), so a game
never asks about one fact twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.domain.pack import Pack, PackError, PackProblem, TomlReader, load_toml
from bot.domain.text import normalise
from bot.domain.trivia.questions import (
    CATEGORIES,
    DIFFICULTIES,
    TRUE_FALSE,
    Question,
    arrange,
    problems,
)

TRIVIA_FILE = "trivia.toml"
_FACT = re.compile(r"^[a-z]+(?::[a-z0-9_-]+)+$")


def read_handwritten(folder: Path, pack: Pack) -> tuple[Question, ...]:
    """The pack's hand-written questions (none if it has no trivia.toml); PackError lists every problem.

    A question that cites a review the pack ships gives an evidence phrase from it, checked like the
    pack's own (``evidence = { BUST = "…" }``)."""
    path = folder / TRIVIA_FILE
    found: list[PackProblem] = []
    raw = load_toml(path, found, required=False)
    if found:
        raise PackError(found)
    if not path.exists():
        return ()
    reader = TomlReader(str(path), found, pack.reviews)
    if not isinstance(raw.get("questions", []), list):
        raise PackError([PackProblem(str(path), "", "questions", "must be a list of tables ([[questions]])")])
    source_keys = {s.key for s in pack.sources}
    out: list[Question] = []
    seen: set[str] = set()
    for i, item in enumerate(reader.tables(raw, "", "questions"), start=1):
        question = _read_one(reader, i, item, source_keys, seen)
        if question is not None:
            out.append(question)
    if found:
        raise PackError(found)
    return tuple(out)


Problem = Callable[[str, str], None]


def _check_kind(texts: dict[str, str | None], problem: Problem) -> None:
    if texts["category"] is not None and texts["category"] not in CATEGORIES:
        problem("category", f"unknown category {texts['category']!r} (one of {', '.join(CATEGORIES)})")
    if texts["difficulty"] is not None and texts["difficulty"] not in DIFFICULTIES:
        problem(
            "difficulty", f"unknown difficulty {texts['difficulty']!r} (one of {', '.join(DIFFICULTIES)})"
        )


def _read_sources(
    reader: TomlReader, item: dict[str, Any], entry: str, source_keys: set[str], problem: Problem
) -> tuple[str, ...]:
    if not isinstance(item.get("sources"), list) or not item.get("sources"):
        problem("sources", "is missing: every question needs at least one source (keys from sources.toml)")
        return ()
    sources = reader.sources(item, entry, what="question")
    for s in sources:
        if s not in source_keys:
            problem("sources", f"unknown source {s!r} (not in sources.toml)")
    return sources


def _read_facts(item: dict[str, Any], key: str | None, problem: Problem) -> tuple[list[Any], list[Any]]:
    facts, reveals = item.get("facts", [f"hand:{key}"]), item.get("reveals", [])
    for name, value in (("facts", facts), ("reveals", reveals)):
        if not isinstance(value, list) or not all(isinstance(f, str) and _FACT.match(f) for f in value):
            problem(name, 'must be a list of fact ids such as "track:4:credit" or "hand:premiere"')
    if isinstance(facts, list) and not facts:
        problem("facts", "needs at least one fact the question asks about")
    return facts, reveals


def _read_options(
    item: dict[str, Any], key: str | None, problem: Problem
) -> tuple[tuple[str, ...], int] | None:
    """The options and the right one's index; None when the answer is missing."""
    answer = item.get("answer")
    wrong = item.get("wrong", [])
    if isinstance(answer, bool):
        if "wrong" in item:
            problem("wrong", "a true/false question has no wrong options: leave 'wrong' out")
        return TRUE_FALSE, 0 if answer else 1
    if not (isinstance(answer, str) and answer.strip()):
        problem("answer", "is missing: the right option's text, or true/false")
        return None
    if not isinstance(wrong, list) or not all(isinstance(w, str) and w.strip() for w in wrong):
        problem("wrong", "must be a list of non-empty texts")
        wrong = []
    elif not 2 <= len(wrong) <= 3:
        problem("wrong", f"needs two or three wrong options, not {len(wrong)}")
    normalised = [normalise(w) for w in wrong]
    if normalise(answer) in normalised:
        problem("wrong", "a wrong option is the same as the answer")
    if len(set(normalised)) != len(normalised):
        problem("wrong", "the wrong options must all be different")
    return arrange(f"hand:{key}", answer.strip(), [w.strip() for w in wrong])


def _read_one(
    reader: TomlReader, number: int, item: dict[str, Any], source_keys: set[str], seen: set[str]
) -> Question | None:
    named = item.get("key")
    entry = (
        f"question '{named.strip()}'" if isinstance(named, str) and named.strip() else f"question #{number}"
    )
    start = len(reader.problems)

    def problem(field: str, message: str) -> None:
        reader.problem(entry, field, message)

    key = reader.key(item, entry, seen, noun="question")
    texts = {
        name: reader.text(item, entry, name) for name in ("category", "difficulty", "question", "explanation")
    }
    _check_kind(texts, problem)
    sources = _read_sources(reader, item, entry, source_keys, problem)
    reader.evidence(item, entry, sources)
    facts, reveals = _read_facts(item, key, problem)
    arranged = _read_options(item, key, problem)
    if arranged is None or len(reader.problems) > start or key is None:
        return None
    options, right = arranged
    question = Question(
        id=f"hand:{key}",
        kind="hand-written",
        category=texts["category"] or "",
        difficulty=texts["difficulty"] or "",
        prompt=texts["question"] or "",
        options=options,
        answer=right,
        explanation=texts["explanation"] or "",
        sources=tuple(dict.fromkeys(sources)),
        about=tuple(dict.fromkeys(facts)),
        reveals=tuple(dict.fromkeys(reveals)),
    )
    for message in problems(question):
        problem("", message)
    return None if len(reader.problems) > start else question
