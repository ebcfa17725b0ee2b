"""Album and film questions, one row of a table per undisputed fact the pack states.

Each row says how to ask about one fact key of ``album.toml``: the question, the right option read from
the fact, the wrong ones, and the explanation. A fact the pack marks ``disputed`` is never asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from bot.domain.pack import Claim, Fact, Pack
from bot.domain.text import normalise, plural
from bot.domain.trivia.generators.common import View, choice, unique
from bot.domain.trivia.questions import Question, Said, said


def _shift_months(date: dt.date, months: int) -> dt.date:
    month = date.month - 1 + months
    return date.replace(year=date.year + month // 12, month=month % 12 + 1)


def day_month(date: dt.date) -> str:
    """ "5 October": the sources print the day without the year (the year is inferred from their dates)."""
    return f"{date.day} {date:%B}"


def date_said(date: dt.date) -> Said:
    """A day and month in the reader's words: both as numbers (never above 31), for each language to name."""
    return said("trivia-q-date", day=date.day, month=date.month)


def _lead(value: Claim) -> str:
    """A value's name without its parenthesised detail: "Chocolate Industries (founded …)"."""
    return value.text.split(" (")[0]


@dataclass(frozen=True, kw_only=True)
class Row:
    """How to ask about one album fact."""

    kind: str
    difficulty: str
    prompt: Callable[[View], str]
    right: Callable[[Fact], str | None]
    wrong: Callable[[View, Fact, str], Sequence[str]]
    explanation: Callable[[View, Fact, str], str]
    prompt_said: Callable[[View], Said]
    explanation_said: Callable[[View, Fact, str], Said]
    options_said: Callable[[View, Fact, str], Sequence[tuple[str, Said]]] = lambda v, f, right: ()
    """Options in the bot's words (a day and month), each with its message."""
    also: tuple[str, ...] = ()
    """Other album facts the explanation states (so the question gives them away)."""
    numeric: bool = False
    words: bool = False
    film: bool = False
    """The question names the film: asked only when the pack gives the film's title."""


def _labels(v: View, fact: Fact, right: str) -> list[str]:
    return [
        t.original.label
        for t in v.pack.tracks
        if t.original and t.original.label and t.original.label != right
    ]


def _dates(v: View, fact: Fact, right: str) -> list[str]:
    assert fact.date is not None
    return [day_month(_shift_months(fact.date, m)) for m in (1, 2, 3)]


def _date_options(v: View, fact: Fact, right: str) -> list[tuple[str, Said]]:
    assert fact.date is not None
    dates = [fact.date, *(_shift_months(fact.date, m) for m in (1, 2, 3))]
    return [(day_month(d), date_said(d)) for d in dates]


def _film_why(v: View, fact: Fact, right: str) -> Said:
    """ "X wrote and directed *F*, which came out in Y." and "*F*, by X, came out in Y.": the other
    fact is named only when the pack states it."""
    director, year = _value(v, "director"), _value(v, "year")
    film = v.pack.film or ""
    if fact.key == "director":
        if year:
            return said("trivia-q-album-director-why-year", director=right, film=film, year=year)
        return said("trivia-q-album-director-why", director=right, film=film)
    if director:
        return said("trivia-q-album-year-why-director", director=director, film=film, year=right)
    return said("trivia-q-album-year-why", film=film, year=right)


def _value(v: View, key: str) -> str:
    fact = v.pack.fact(key)
    return _lead(fact.values[0]) if fact and fact.values and not fact.disputed else ""


def _sources(fact: Fact | None) -> tuple[str, ...]:
    return unique(s for value in fact.values for s in value.sources) if fact else ()


def _number(text: str) -> str | None:
    return text if text.isdigit() else None


ROWS: dict[str, Row] = {
    "label": Row(
        kind="album-label",
        difficulty="easy",
        prompt=lambda v: f"Which label released {v.album}?",
        right=lambda f: _lead(f.values[0]),
        wrong=_labels,
        explanation=lambda v, f, right: f"{v.album} came out on {f.values[0].text}.",
        prompt_said=lambda v: said("trivia-q-album-label", album=v.pack.title),
        explanation_said=lambda v, f, right: said(
            "trivia-q-album-label-why", album=v.pack.title, label=f.values[0].text
        ),
    ),
    "release_date": Row(
        kind="album-release-date",
        difficulty="hard",
        # "Announced", and no wrong date in the weeks before it: the CD first came with a book, earlier.
        prompt=lambda v: f"Which release date did the press announce for {v.album}?",
        right=lambda f: day_month(f.date) if f.date else None,
        wrong=_dates,
        explanation=lambda v, f, right: f"The press announced {v.album} for release on {right}.",
        prompt_said=lambda v: said("trivia-q-album-release-date", album=v.pack.title),
        explanation_said=lambda v, f, right: said(
            "trivia-q-album-release-date-why",
            album=v.pack.title,
            **dict(date_said(f.date).values if f.date else ()),
        ),
        options_said=_date_options,
    ),
    "director": Row(
        kind="album-director",
        difficulty="easy",
        prompt=lambda v: f"Who wrote and directed the film {v.film}?",
        right=lambda f: f.values[0].text,
        wrong=lambda v, f, right: [p for p in v.people() if normalise(p) != normalise(right)],
        explanation=lambda v, f, right: (
            f"{right} wrote and directed {v.film}"
            + (f", which came out in {_value(v, 'year')}." if _value(v, "year") else ".")
        ),
        prompt_said=lambda v: said("trivia-q-album-director", film=v.pack.film or ""),
        explanation_said=_film_why,
        also=("year",),
        words=True,
        film=True,
    ),
    "year": Row(
        kind="album-year",
        difficulty="medium",
        prompt=lambda v: f"In which year did the film {v.film} come out?",
        right=lambda f: _number(f.values[0].text),
        wrong=lambda v, f, right: [str(int(right) + d) for d in (-1, 1, -2, 2)],
        explanation=lambda v, f, right: (
            f"{v.film}"
            + (f", by {_value(v, 'director')}," if _value(v, "director") else "")
            + f" came out in {right}."
        ),
        prompt_said=lambda v: said("trivia-q-album-year", film=v.pack.film or ""),
        explanation_said=_film_why,
        also=("director",),
        numeric=True,
        film=True,
    ),
    "track_count": Row(
        kind="album-track-count",
        difficulty="easy",
        prompt=lambda v: f"How many tracks are on {v.album}?",
        right=lambda f: _number(f.values[0].text),
        wrong=lambda v, f, right: [str(int(right) + d) for d in (-1, 1, -2, 3) if int(right) + d > 0],
        explanation=lambda v, f, right: f"{v.album} has {plural(int(right), 'track')}.",
        prompt_said=lambda v: said("trivia-q-album-track-count", album=v.pack.title),
        explanation_said=lambda v, f, right: said(
            "trivia-q-album-track-count-why", album=v.pack.title, count=int(right)
        ),
        numeric=True,
    ),
}


def album_facts(pack: Pack) -> Iterator[Question]:
    """One question for each undisputed album fact that has a row in ``ROWS``."""
    v = View(pack)
    for fact in pack.facts:
        row = ROWS.get(fact.key)
        if row is None or fact.disputed or not fact.values or (row.film and v.film is None):
            continue
        if any(value.inference for value in fact.values):
            continue
        right = row.right(fact)
        if right is None:
            continue
        also = [key for key in row.also if _value(v, key)]
        q = choice(
            qid=f"gen:album-{fact.key.replace('_', '-')}",
            kind=row.kind,
            category="album",
            difficulty=row.difficulty,
            prompt=row.prompt(v),
            right=right,
            wrong=row.wrong(v, fact, right),
            explanation=row.explanation(v, fact, right),
            sources=unique(
                (
                    *_sources(fact),
                    *(s for key in also for s in _sources(pack.fact(key))),
                )
            ),
            about=[f"album:{fact.key}"],
            reveals=[f"album:{key}" for key in also],
            numeric=row.numeric,
            words=row.words,
            prompt_said=row.prompt_said(v),
            explanation_said=row.explanation_said(v, fact, right),
            options_said=row.options_said(v, fact, right),
        )
        if q:
            yield q
