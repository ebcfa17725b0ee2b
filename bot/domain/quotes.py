"""Turning what a user typed into a safe full-text query: SQLite's FTS5, or PostgreSQL's tsquery.

User text never reaches either as syntax: it is split into words, and each word becomes a quoted
term, so quotes, `*`, `NEAR`, `AND`/`OR`/`NOT`, `&`/`|`/`!`, `<->`, parentheses and column filters are
just text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"\w+")
MAX_TERMS = 12
PREFIX_MIN = 3
"""A half-typed last word shorter than this finds quotes, but its completions are not highlighted:
"karen o" would otherwise bold every "on" and "of"."""
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "you",
        "your",
    ]
)
"""Words too common to be worth bold in a result, or to search for: nearly every quote has one."""


def search_terms(text: str) -> list[str]:
    """The words of ``text`` (letters and digits in any script), at most MAX_TERMS of them."""
    return [w for w in _WORD.findall(text) if w.strip("_")][:MAX_TERMS]


def telling_words(words: Sequence[str]) -> list[str]:
    """The words worth searching for: ``words`` without the stop words, which would match quotes at
    random ("the zebra" is a search for "zebra"); empty when every word is one."""
    return [w for w in words if _fold(w) not in STOP_WORDS]


def fts_query(words: list[str], *, any_word: bool = False) -> str:
    """An FTS5 query for the words: all of them (or any of them); the last may be half-typed."""
    if not words:
        raise ValueError("no words to search for")
    terms = [f'"{w}"' for w in words]  # \w+ words can't contain a double quote
    # The last word may be half-typed: match it as a prefix too, the whole word ranking higher.
    terms[-1] = f"({terms[-1]} OR {terms[-1]}*)"
    return (" OR " if any_word else " AND ").join(terms)


def tsquery(words: list[str], *, any_word: bool = False, prefix: bool = True) -> str:
    """The same query as :func:`fts_query`, in PostgreSQL's tsquery syntax (for ``to_tsquery``);
    without ``prefix``, the last word too must be whole."""
    if not words:
        raise ValueError("no words to search for")
    terms = [f"'{w}'" for w in words]  # \w+ words can't contain a quote or a backslash
    if prefix:
        terms[-1] = f"({terms[-1]} | {terms[-1]}:*)"
    return (" | " if any_word else " & ").join(terms)


def _fold(word: str) -> str:
    """Case and accents aside, as the full-text index compares words."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def worth_highlighting(word: str, typed: Sequence[str]) -> bool:
    """Whether a word of a result is one the user typed: the same word whole, or a completion of the
    half-typed last word (of PREFIX_MIN letters or more). Never a stop word."""
    folded = _fold(word)
    wanted = [_fold(t) for t in typed]
    if folded in STOP_WORDS or not wanted:
        return False
    last = wanted[-1]
    return folded in wanted or (
        len(last) >= PREFIX_MIN and last not in STOP_WORDS and folded.startswith(last)
    )


def keep_highlights(marked: str, typed: Sequence[str], start: str, end: str) -> str:
    """``marked`` (words the index matched between ``start`` and ``end``) with the marks kept only
    around the words worth highlighting for what was ``typed``."""
    span = re.compile(re.escape(start) + "(.*?)" + re.escape(end), re.DOTALL)

    def remark(match: re.Match[str]) -> str:
        return _WORD.sub(
            lambda w: f"{start}{w.group()}{end}" if worth_highlighting(w.group(), typed) else w.group(),
            match.group(1),
        )

    return span.sub(remark, marked)
