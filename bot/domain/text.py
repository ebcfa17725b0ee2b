"""How numbers and counts read in every reply: thousands separators and the right plural."""

from __future__ import annotations


def number(value: int) -> str:
    """An integer with thousands separators: 25847 -> "25,847"."""
    return f"{value:,}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """A count and its noun, singular for exactly one: "1 game", "2 games", "1,200 games".

    Give ``nouns`` where adding "s" is wrong ("1 match", "2 matches").
    """
    return f"{number(count)} {noun if count == 1 else nouns or noun + 's'}"
