"""Which came first: the albums the soundtrack's older songs first came out on, put in order by year.

Only albums of different years stand side by side (two of one year have no "first"), and each
question asks about every year it shows: its answer tells them all apart.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from bot.domain.pack import Pack
from bot.domain.text import listing
from bot.domain.trivia.generators.common import album, choice, song, unique
from bot.domain.trivia.generators.tracks import credit
from bot.domain.trivia.questions import Question, said

SIZES = (4, 3)
"""Albums a question shows: four where four years differ, else three."""


@dataclass(frozen=True)
class Dated:
    title: str
    year: int
    sources: tuple[str, ...]
    fact: str
    track: str


def dated(pack: Pack) -> list[Dated]:
    """The albums the pack dates: where a track first came out, and its year."""
    return [
        Dated(
            t.original.album,
            t.original.year,
            t.original.sources,
            f"track:{t.position}:original-year",
            t.title,
        )
        for t in pack.tracks
        if t.original
    ]


def which_came_first(pack: Pack) -> Iterator[Question]:
    """Which of these albums came out first, and which last? Every set of three or four of different years."""
    items = dated(pack)
    for size in SIZES:
        for chosen in itertools.combinations(sorted(items, key=lambda d: (d.year, d.title)), size):
            if len({d.year for d in chosen}) < size:
                continue
            told = (
                listing([f"{album(d.title)} (with {song(d.track)}) came out in {d.year}" for d in chosen])
                + "."
            )
            told = told[:1].upper() + told[1:]
            listed: dict[str, str | int] = {"count": size}
            for i, d in enumerate(chosen, start=1):
                listed |= {f"album{i}": d.title, f"title{i}": d.track, f"year{i}": str(d.year)}
            ids = "-".join(d.fact.split(":")[1] for d in chosen)
            for word, right in (("first", chosen[0]), ("last", chosen[-1])):
                q = choice(
                    qid=f"gen:came-{word}:{ids}",
                    kind="which-came-first",
                    category="tracks",
                    difficulty="hard",
                    prompt=f"Which of these albums came out {word}?",
                    right=right.title,
                    wrong=[d.title for d in chosen if d is not right],
                    explanation=told,
                    sources=unique(s for d in chosen for s in d.sources),
                    about=[d.fact for d in chosen],
                    reveals=[f"{d.fact.rsplit(':', 1)[0]}:original-album" for d in chosen]
                    + [credit(int(d.fact.split(":")[1])) for d in chosen],
                    prompt_said=said("trivia-q-which-came-first", which=word),
                    explanation_said=said("trivia-q-which-came-first-why", **listed),
                )
                if q:
                    yield q
