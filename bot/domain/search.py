"""Turning what a user typed into a safe SQLite FTS5 query.

User text never reaches FTS5 as syntax: it is split into words, and each word becomes a quoted
term, so quotes, `*`, `NEAR`, `AND`/`OR`/`NOT`, parentheses and column filters are just text.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
MAX_TERMS = 12


def search_terms(text: str) -> list[str]:
    """The words of ``text`` (letters and digits in any script), at most MAX_TERMS of them."""
    return [w for w in _WORD.findall(text) if w.strip("_")][:MAX_TERMS]


def fts_query(words: list[str], *, any_word: bool = False) -> str:
    """An FTS5 query for the words: all of them (or any of them); the last may be half-typed."""
    if not words:
        raise ValueError("no words to search for")
    terms = [f'"{w}"' for w in words]  # \w+ words can't contain a double quote
    # The last word may be half-typed: match it as a prefix too, the whole word ranking higher.
    terms[-1] = f"({terms[-1]} OR {terms[-1]}*)"
    return (" OR " if any_word else " AND ").join(terms)
