"""How numbers, counts and lists read in every reply: thousands separators, the right plural, "A, B and C"."""

from __future__ import annotations

from collections.abc import Sequence


def number(value: int) -> str:
    """An integer with thousands separators: 25847 -> "25,847"."""
    return f"{value:,}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """A count and its noun, singular for exactly one: "1 game", "2 games", "1,200 games".

    Give ``nouns`` where adding "s" is wrong ("1 match", "2 matches").
    """
    return f"{number(count)} {noun if count == 1 else nouns or noun + 's'}"


def listing(items: Sequence[str], last: str = "and") -> str:
    """ "A", "A and B", "A, B and C" (or "A, B or C" with ``last="or"``)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]
