"""How text reads and compares everywhere: numbers with thousands separators, the right plural, "A, B
and C", a cut marked with "…", and spellings folded so that they compare equal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_JOINERS = re.compile(r"['’‘`´.]")
_SEPARATORS = re.compile(r"[\W_]+")


def number(value: int) -> str:
    """An integer with thousands separators: 25847 -> "25,847"."""
    return f"{value:,}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """A count and its noun, singular for exactly one: "1 game", "2 games", "1,200 games".

    Give ``nouns`` where adding "s" is wrong ("1 match", "2 matches").
    """
    return f"{number(count)} {noun if count == 1 else nouns or noun + 's'}"


def with_article(noun: str) -> str:
    """The noun with "a" or "an", by its first letter: "a track", "an artist"."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def listing(items: Sequence[str], last: str = "and") -> str:
    """ "A", "A and B", "A, B and C" (or "A, B or C" with ``last="or"``)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, marking the cut with "…"."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def shorten_words(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, marking the cut with "…"
    (mid-word only when a single word is longer than the limit)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:·—-") + "…"


def normalise(text: str) -> str:
    """Fold case, accents, punctuation and "&"/"and" so that spellings compare equal.

    Apostrophes and dots join ("Y.O.U." -> "you", "I'm" -> "im"); any other punctuation separates
    words ("A/B Machines" -> "a b machines").
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    text = _JOINERS.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return " ".join(text.split())
