"""Evidence: the review texts a pack ships, and the check that a phrase is really in one.

A phrase is found when it occurs in the text with whitespace collapsed and typographic quotation marks
and apostrophes read as straight ones; nothing else is forgiven (case and spelling count).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def flatten(text: str) -> str:
    """Text as phrases are compared: whitespace collapsed, typographic quotes made straight."""
    return " ".join(text.translate(_STRAIGHT).split())


@dataclass(frozen=True)
class Reviews:
    """The shipped review texts, by source key, flattened once for searching."""

    texts: Mapping[str, str]
    files: Mapping[str, str]
    """The file each text came from, to name in a problem."""

    def __contains__(self, source: str) -> bool:
        return source in self.texts

    def says(self, source: str, phrase: str) -> bool:
        return flatten(phrase) in self.texts[source]

    def not_found(self, source: str, phrase: str) -> str:
        shown = phrase if len(phrase) <= 80 else phrase[:79] + "…"
        return f"“{shown}” is not in {source}'s text ({self.files[source]}), word for word"

    def missing(self, source: str) -> str:
        if source in self.files:
            return (
                f"cites {source}, whose text the pack ships ({self.files[source]}), "
                f'so it needs an evidence phrase from it: evidence = {{ {source} = "…" }}'
            )
        return (
            f"cites {source} with no evidence phrase for this value: give {source}'s own words that state it, "
            f'as ../shared/soundtrack-facts.md quotes them (evidence = {{ {source} = "…" }}), '
            "or drop the source if it does not state it"
        )


NO_REVIEWS = Reviews({}, {})
