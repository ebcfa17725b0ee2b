"""Quote gaps: every review quote with one of its words blanked, and which word fills the gap.

The blanked word is one of the quote's own plain words (lower case, no name), long enough to carry
the sentence; the wrong options are words of the same ending and about the same length from the pack's
other quotes, so they read like the reviewers' words and no grammar ending gives the answer away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.domain.pack import Pack, Quote
from bot.domain.trivia.generators.common import choice, publication, unique
from bot.domain.trivia.generators.reviews import GAP, said_by, words
from bot.domain.trivia.generators.sayings import phrases_in, sayings
from bot.domain.trivia.questions import Question, said

MIN_LETTERS = 6
"""A shorter word ("film", "love") is too easily guessed from the sentence around it."""
ENDING = 2
"""Letters at the end a wrong option shares with the right word ("-ly", "-ed", "-ng")."""
GAPS_PER_QUOTE = 2
"""Questions per quote, each blanking another word: every one asks about the quote's words."""
COMMON = frozenset(
    {
        "because",
        "through",
        "without",
        "between",
        "another",
        "something",
        "anyone",
        "everything",
        "certainly",
        "course",
        "should",
        "though",
        "within",
        "itself",
    }
)
"""Words any sentence could hold: no clue to the review, and no test of it."""
VOWELS = "aeiou"
WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


def plain_words(text: str) -> list[str]:
    """The quote's plain words that could be blanked: lower case, long, not common, and printed once."""
    found = WORD.findall(text)
    return [w for w in unique(found) if len(w) >= MIN_LETTERS and w not in COMMON and found.count(w) == 1]


def _fits_article(text: str, word: str, other: str) -> bool:
    """Whether ``other`` takes the article the quote puts before ``word`` ("an _____" asks for a vowel)."""
    before = re.search(rf"\b(a|an|A|An)\s+{word}\b", text)
    return not before or (other[0] in VOWELS) == (word[0] in VOWELS)


def _candidates(quote: Quote) -> list[str]:
    """The words to blank, longest first (ties in the quote's order)."""
    return sorted(plain_words(quote.text), key=len, reverse=True)


def quote_words(pack: Pack) -> Iterator[Question]:
    """Which word fills the gap in this quote? Up to two questions per quote, one fact: its words."""
    vocabulary = {q.key: plain_words(q.text) for q in pack.quotes}
    said = sayings(pack)
    for quote in pack.quotes:
        phrases = phrases_in(said, quote)
        own = set(WORD.findall(quote.text))
        pool = [w for key, ws in vocabulary.items() if key != quote.key for w in ws if w not in own]
        asked = 0
        # Longest words first; a word with no fitting wrong options of its ending is passed over, and
        # only when none has any is the ending shortened to one letter.
        for ending in (ENDING, 1):
            for word in _candidates(quote):
                if asked == GAPS_PER_QUOTE:
                    break
                wrong = [
                    w for w in pool if w[-ending:] == word[-ending:] and _fits_article(quote.text, word, w)
                ]
                q = _gap(pack, quote, word, wrong, phrases)
                if q:
                    asked += 1
                    yield q
            if asked:
                break


def _gap(pack: Pack, quote: Quote, word: str, wrong: list[str], phrases: list[str]) -> Question | None:
    who = publication(pack, quote.source)
    text = WORD.sub(lambda m: GAP if m.group(0) == word else m.group(0), quote.text)
    return choice(
        qid=f"gen:quote-word:{quote.key}:{word}",
        kind="quote-word",
        category="reviews",
        difficulty="medium",
        prompt=f"Which word fills the gap in this quote from {who}?\n> {text}",
        right=word,
        wrong=wrong,
        explanation=f"The word is “{word}”: {who} wrote this in its review of the soundtrack.",
        sources=[quote.source],
        about=[words(quote)],
        reveals=[said_by(quote), *phrases],
        prompt_said=said("trivia-q-quote-word", publication=who, quote=text),
        explanation_said=said("trivia-q-quote-word-why", word=word, publication=who),
    )
