"""How a card cites: a small superscript number after each claim (¹, ²˒⁵, ³⁻⁶), numbered in the order
the card first cites its sources, and a numbered list of those sources one tap away.

A reader sees marks, never a pack's source keys ("TMT", "WP-FILM"): the key is how the data files
refer to a source, not something a fan can read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.domain.pack import Claim, Source
from bot.ui.i18n import listing, t

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SEPARATOR = "˒"
"""Between two marks: a raised comma, so that ¹˒³ (sources 1 and 3) never reads as ¹³ (source 13)."""
RANGE = "⁻"


def inferred(value: str) -> str:
    """A value no source states, said to be one: "2010 (inferred)" (the pack reads it between the
    sources it cites)."""
    return t("card-inferred", value=value)


def read_from(value: str, sources: str) -> str:
    """An inferred value whole, with the publications it is read from: "… (inferred) — read from A¹, B²"."""
    return t("card-read-from", value=value, sources=sources)


def superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)


def marks(numbers: Iterable[int]) -> str:
    """ "¹", "¹˒³", "¹⁻⁴˒⁷": the numbers in order, runs of three or more as a range."""
    ordered = sorted(set(numbers))
    groups: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            groups.append(f"{superscript(ordered[i])}{RANGE}{superscript(ordered[j])}")
        else:
            groups.extend(superscript(n) for n in ordered[i : j + 1])
        i = j + 1
    return SEPARATOR.join(groups)


class Citations:
    """One card's sources, numbered in the order the card cites them.

    Build every line of a card (its face, its disputes, its "More" sections) through the same
    ``Citations``: a source keeps its number wherever the card cites it, and :attr:`sources` is the
    card's numbered list.
    """

    def __init__(self, known: Iterable[Source]) -> None:
        self._known = {s.key: s for s in known}
        self._numbers: dict[str, int] = {}

    def number(self, key: str) -> int:
        if key not in self._numbers:
            self._numbers[key] = len(self._numbers) + 1
        return self._numbers[key]

    def mark(self, keys: Sequence[str]) -> str:
        """The marks of these sources, numbering any the card had not cited yet."""
        return marks(self.number(k) for k in keys)

    def cite(self, claim: Claim, text: str | None = None) -> str:
        """A claim's text (or ``text``) with its note and marks: "5 October — no year given¹˒²";
        a value the pack infers says so: "2010, going by … (inferred)³˒⁴"."""
        shown = claim.text if text is None else text
        if claim.note:
            shown = f"{shown} — {claim.note}"
        if claim.inference:
            shown = inferred(shown)
        return f"{shown}{self.mark(claim.sources)}"

    def by(self, keys: Sequence[str]) -> str:
        """The publications of these sources, each with its mark: "Tiny Mix Tapes¹, Movieline³"
        (where a publication's name reads better than a number alone)."""
        return listing([f"{self.source(k).publication}{superscript(self.number(k))}" for k in keys], ",")

    def source(self, key: str) -> Source:
        return self._known.get(key) or Source(key, key)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the card cites, in the order of its numbers."""
        return tuple(self.source(k) for k in self._numbers)
