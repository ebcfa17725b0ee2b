"""Other names: who goes by which name (Avey Tare is David Portner, Spike Jonze was born Adam Spiegel).

Only another name proper is asked, never a spelling of the same name ("Gui Burrato", "ASKA"), and never
a name the pack only infers. Line-ups the sources dispute are left out: their members are no fact.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass

from bot.domain.pack import Claim, Pack
from bot.domain.text import normalise
from bot.domain.trivia.generators.artists import is_spelling
from bot.domain.trivia.generators.common import choice, yes
from bot.domain.trivia.questions import Question, Said, said

ALIKE = 0.5
"""Two names this alike (difflib ratio) give each other away."""


@dataclass(frozen=True)
class OtherName:
    """``name`` also goes by ``other``; ``fact`` names that fact."""

    name: str
    other: Claim
    fact: str


def other_names(pack: Pack) -> list[OtherName]:
    """Every name in the pack with another name proper, from artists, band members and people."""
    out = []
    for a in pack.artists:
        for i, alias in enumerate(a.aliases):
            out.append(OtherName(a.name, alias, f"artist:{a.key}:alias:{i}"))
        members = () if a.members_disputed else a.members
        for what, people in (("member", members), ("person", a.people)):
            for i, p in enumerate(people):
                if p.artist:
                    continue  # has an entry of its own, where its names are
                for alias in p.aliases:
                    out.append(OtherName(p.name, alias, f"artist:{a.key}:{what}:{i}:name"))
    return [o for o in out if not o.other.inference and not _alike(o.other.text, o.name)]


def _alike(other: str, name: str) -> bool:
    """A spelling of the name, or a name made from it (DJ Zegon is Ze Gonzales): it answers itself."""
    ratio = difflib.SequenceMatcher(None, normalise(other), normalise(name)).ratio()
    return is_spelling(other, name) or ratio >= ALIKE


def born(o: OtherName) -> bool:
    return o.other.note == "birth name"


def _told(o: OtherName) -> str:
    if born(o):
        return f"{o.name} was born {o.other.text}."
    return f"{o.name} is also known as {o.other.text}."


def _told_said(o: OtherName) -> Said:
    return said("trivia-q-other-name-why", name=o.name, other=o.other.text, born=yes(born(o)))


def names(pack: Pack) -> Iterator[Question]:
    """Which name does X also go by, and who also goes by Y? One fact: the pair."""
    pairs = other_names(pack)
    for o in pairs:
        theirs = {p.other.text for p in pairs if p.name == o.name}
        same = {p.name for p in pairs if p.other.text == o.other.text}
        for q in (
            choice(
                qid=f"gen:other-name:{o.fact}",
                kind="other-name",
                category="artists",
                difficulty="hard",
                prompt=(
                    f"What was {o.name}'s name at birth?"
                    if born(o)
                    else f"Which other name does {o.name} go by?"
                ),
                right=o.other.text,
                wrong=[p.other.text for p in pairs if p.other.text not in theirs],
                explanation=_told(o),
                sources=o.other.sources,
                about=[o.fact],
                prompt_said=said("trivia-q-other-name", name=o.name, born=yes(born(o))),
                explanation_said=_told_said(o),
            ),
            choice(
                qid=f"gen:named:{o.fact}",
                kind="who-is-named",
                category="artists",
                difficulty="hard",
                prompt=f"Who was born {o.other.text}?"
                if born(o)
                else f"Who also goes by the name {o.other.text}?",
                right=o.name,
                wrong=[p.name for p in pairs if p.name not in same],
                explanation=_told(o),
                sources=o.other.sources,
                about=[o.fact],
                prompt_said=said("trivia-q-who-is-named", other=o.other.text, born=yes(born(o))),
                explanation_said=_told_said(o),
            ),
        ):
            if q:
                yield q
