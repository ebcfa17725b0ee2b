"""Matching what a user typed to a track or artist.

Pure logic: nothing here touches Discord or the database. A :class:`NameIndex` is built once per
pack and kind (tracks, artists) and answers two questions:

* :meth:`NameIndex.suggest`: the ranked choices for autocomplete while the user types;
* :meth:`NameIndex.resolve`: which entry a submitted value means, if any, or which ones it could mean.

Ranking tiers, best first: exact, prefix, one slip (a name with two neighbouring letters swapped, a letter
dropped or one added), word-prefix, substring, all words, fuzzy. Lookups use sorted lists and a trigram
index, so their cost follows the number of matches rather than the size of the pack; the trigrams only pick
the candidates, which rapidfuzz scores (optimal string alignment, a Damerau–Levenshtein distance, for a
slip; the better of the plain and token-sorted ratios for a fuzzy match).

The ways of naming that are not a name (a track's number, a credit as printed, a band member) are in
``bot.domain.catalogue.lookup``.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.domain.text import normalise, shorten

FUZZY_MATCH = 0.82
"""A fuzzy match at least this similar (0..1) is taken as what the user meant."""
FUZZY_SUGGEST = 0.45
"""Below this similarity a name is not worth suggesting."""
FUZZY_TIE = 0.02
"""Two fuzzy matches closer than this are equally good: the user is asked to choose."""
MAX_CHOICES = 25
MAX_CHOICE_LENGTH = 100
_FUZZY_CANDIDATES = 8
SLIP_MIN_LETTERS = 4
"""A name this long or longer is found when typed with one slip (see :attr:`Tier.SLIP`)."""
_TIER_CAP = 60
"""At most this many entries are taken from one tier, so a lookup's cost does not grow with the pack:
in a large pack, a short prefix stops collecting matches here (then they are put in entry order)."""
_SHORT = 10
"""Names this short or shorter (spaceless) are also indexed by each one-letter deletion: a slip in a
short name can share no trigram with it ("Aksa", "Aska"), but a deletion of each always meets."""
_COMMON_GRAM = 400
"""Trigrams shared by more entries than this say little about a match; fuzzy lookups skip them."""


def _compact(form: str) -> str:
    return form.replace(" ", "")


def _trigrams(compact: str) -> set[str]:
    padded = f"^{compact}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _deletions(compact: str) -> set[str]:
    """``compact`` and every string one letter shorter: two strings one slip apart share one of these."""
    return {compact} | {compact[:i] + compact[i + 1 :] for i in range(len(compact))}


class Tier(enum.IntEnum):
    EXACT = 0
    PREFIX = 1
    SLIP = 2
    """One slip of the hand from a whole name (of SLIP_MIN_LETTERS or more): two neighbouring letters
    swapped, a letter dropped, added or doubled ("Asak", "Flae", "Boratto" typed "Borattto")."""
    WORD_PREFIX = 3
    SUBSTRING = 4
    ALL_WORDS = 5
    """Every word typed starts a word of the entry's names (taken together): "many of us remix"."""
    FUZZY = 6


@dataclass(frozen=True)
class NameEntry:
    """One thing that can be named: ``names`` are its title or name first, then its aliases."""

    key: str
    names: tuple[str, ...]
    order: int
    label: str = ""
    """What autocomplete shows; defaults to the first name."""
    refers_to: str | None = None
    """For a person named on another entry's card: the key of that entry."""
    person: str | None = None
    """The person the user asked for, when they named someone on the card rather than the card itself."""
    hints: tuple[tuple[str, str], ...] = ()
    """(name, note): a note to show when the entry was found by that name ("… is from *Treats*")."""
    note: str | None = None
    """The note for the name this entry was found by, once resolved."""

    @property
    def display(self) -> str:
        return self.names[0]

    @property
    def choice_label(self) -> str:
        return shorten(self.label or self.display, MAX_CHOICE_LENGTH)

    @property
    def choice_value(self) -> str:
        """What autocomplete submits. A name too long for a choice is submitted as the key instead."""
        return self.display if len(self.display) <= MAX_CHOICE_LENGTH else self.key


@dataclass(frozen=True)
class Match:
    entry: NameEntry
    tier: Tier
    score: float


def strong(match: Match) -> bool:
    """A match good enough to be taken as what the user meant: any tier above fuzzy, or a fuzzy match
    of FUZZY_MATCH or better."""
    return match.tier is not Tier.FUZZY or match.score >= FUZZY_MATCH


def without_weak(matches: list[Match]) -> list[Match]:
    """``matches`` without the weak ones when any is strong: typing "kevin barnes" finds Kevin Barnes,
    and a name that only shares a few letters with it ("DJ Zegon") is noise beside it."""
    if any(strong(m) for m in matches):
        return [m for m in matches if strong(m)]
    return matches


class Outcome(enum.Enum):
    FOUND = "found"
    AMBIGUOUS = "ambiguous"
    MISSING = "missing"


@dataclass(frozen=True)
class Resolution:
    outcome: Outcome
    matches: tuple[Match, ...]
    """FOUND: the one match. AMBIGUOUS: the equally good matches. MISSING: up to three suggestions."""

    @property
    def entry(self) -> NameEntry:
        if self.outcome is not Outcome.FOUND:
            raise ValueError(f"no single entry: {self.outcome.value}")
        return self.matches[0].entry


class NameIndex:
    """Ranked lookup of entries by any of their names."""

    def __init__(self, entries: Iterable[NameEntry]) -> None:
        self._entries = sorted(entries, key=lambda e: e.order)
        self._by_key = {e.key: i for i, e in enumerate(self._entries)}
        # (form, entry) where form is a normalised name, or its compact (spaceless) form.
        self._forms: list[tuple[str, int]] = []
        self._words: list[tuple[str, int]] = []
        self._exact: dict[str, set[int]] = {}
        self._with_word: dict[str, set[int]] = {}  # a word of a name: the entries it is in
        self._grams: dict[str, list[int]] = {}
        self._compacts: list[tuple[str, ...]] = []  # per entry: the compact form of each name
        self._spaced: list[tuple[str, ...]] = []  # per entry: the normalised form of each name
        self._deletions: dict[str, set[int]] = {}  # a short compact name, and each one-letter deletion
        for idx, entry in enumerate(self._entries):
            grams: set[str] = set()
            compacts = []
            spaced = []
            for name in entry.names:
                form = normalise(name)
                if not form:
                    continue
                compact = _compact(form)
                compacts.append(compact)
                spaced.append(form)
                for f in {form, compact}:
                    self._forms.append((f, idx))
                    self._exact.setdefault(f, set()).add(idx)
                starts = [m.start() for m in re.finditer(r" ", form)]
                for s in starts:
                    self._words.append((form[s + 1 :], idx))
                grams |= _trigrams(compact)
                if SLIP_MIN_LETTERS <= len(compact) <= _SHORT:
                    for d in _deletions(compact):
                        self._deletions.setdefault(d, set()).add(idx)
            self._compacts.append(tuple(compacts))
            self._spaced.append(tuple(spaced))
            for word in {w for f in spaced for w in f.split()}:
                self._with_word.setdefault(word, set()).add(idx)
            for g in grams:
                self._grams.setdefault(g, []).append(idx)
        self._forms.sort()
        self._words.sort()
        self._vocabulary = sorted(self._with_word)  # every word of every name, once

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> NameEntry | None:
        """The entry with this key (a person's entry leads to the card its ``refers_to`` names)."""
        idx = self._by_key.get(key)
        return None if idx is None else self._entries[idx]

    # -- lookups ------------------------------------------------------------------------------

    @staticmethod
    def _prefixed(table: list[tuple[str, int]], prefix: str) -> list[int]:
        """Entries with a form starting with ``prefix`` (at most _TIER_CAP of them)."""
        out: dict[int, None] = {}
        for i in range(bisect.bisect_left(table, (prefix,)), len(table)):
            form, idx = table[i]
            if not form.startswith(prefix) or len(out) >= _TIER_CAP:
                break
            out[idx] = None
        return list(out)

    def _substring(self, compact: str) -> list[int]:
        """Entries whose compact name contains ``compact`` (three characters or more)."""
        grams = _trigrams(compact) - {g for g in _trigrams(compact) if g[0] == "^" or g[-1] == "$"}
        if not grams:
            return []
        postings = sorted((self._grams.get(g, []) for g in grams), key=len)
        candidates = set(postings[0])
        for p in postings[1:]:
            candidates.intersection_update(p)
            if not candidates:
                return []
        out = []
        for idx in sorted(candidates):
            if any(compact in form for form in self._compacts[idx]):
                out.append(idx)
            if len(out) >= _TIER_CAP:
                break
        return out

    def _every_word(self, form: str) -> list[int]:
        """Entries with, for every word typed, a word of one of their names that starts with it."""
        found: set[int] | None = None
        for word in set(form.split()):
            have: set[int] = set()
            for i in range(bisect.bisect_left(self._vocabulary, word), len(self._vocabulary)):
                w = self._vocabulary[i]
                if not w.startswith(word):
                    break
                have |= self._with_word[w]
            found = have if found is None else found & have
            if not found:
                return []
        return sorted(found or ())

    def _candidates(self, compact: str) -> list[int]:
        """The entries sharing the most trigrams with ``compact``: the only ones worth scoring."""
        postings = sorted((self._grams.get(g, []) for g in _trigrams(compact)), key=len)
        # The rarer trigrams pick the candidates; very common ones would only add cost.
        telling = [p for p in postings if len(p) <= _COMMON_GRAM] or postings[:2]
        counts: Counter[int] = Counter()
        for posting in telling:
            counts.update(posting[: _COMMON_GRAM * 2])
        return [idx for idx, _ in counts.most_common(_FUZZY_CANDIDATES)]

    def _slipped(self, compact: str, candidates: list[int]) -> list[int]:
        """Candidates with a whole name (of SLIP_MIN_LETTERS letters or more) one slip from ``compact``."""
        if len(compact) <= _SHORT + 1:
            short = {i for d in _deletions(compact) for i in self._deletions.get(d, ())}
            candidates = [*candidates, *sorted(short - set(candidates))]
        return [
            idx
            for idx in candidates
            if any(
                len(other) >= SLIP_MIN_LETTERS and OSA.distance(other, compact, score_cutoff=1) <= 1
                for other in self._compacts[idx]
            )
        ]

    def _fuzzy(self, form: str, candidates: list[int]) -> list[Match]:
        compact = _compact(form)
        matches = []
        for idx in candidates:
            best = 0.0
            for other, spaced in zip(self._compacts[idx], self._spaced[idx], strict=True):
                cutoff = best * 100
                best = max(
                    best,
                    fuzz.ratio(other, compact, score_cutoff=cutoff) / 100,
                    fuzz.token_sort_ratio(spaced, form, score_cutoff=cutoff) / 100,
                )
            if best >= FUZZY_SUGGEST:
                matches.append(Match(self._entries[idx], Tier.FUZZY, best))
        matches.sort(key=lambda m: (-m.score, m.entry.order))
        return matches

    def _ranked(self, query: str, *, want: int, best_tier_only: bool = False) -> list[Match]:
        """Matches best first, one per entry, stopping once ``want`` are found in the better tiers
        (or, with ``best_tier_only``, once any tier has matches: resolving needs no worse ones)."""
        form = normalise(query)
        found: dict[int, Match] = {}
        if best_tier_only:
            want = 1

        def add(tier: Tier, hits: Iterable[int]) -> None:
            for idx in sorted((i for i in hits if i not in found), key=lambda i: self._entries[i].order):
                found[idx] = Match(self._entries[idx], tier, 1.0)

        compact = _compact(form)
        add(Tier.EXACT, self._exact.get(form, ()))
        add(Tier.EXACT, self._exact.get(compact, ()))
        if len(found) < want:
            add(Tier.PREFIX, self._prefixed(self._forms, form))
            if compact != form:
                add(Tier.PREFIX, self._prefixed(self._forms, compact))
        candidates: list[int] = []  # found when first needed: most lookups stop before
        # Only a submitted value is taken as slipped; while typing, a slip ranks among the fuzzy matches.
        if best_tier_only and not found and len(compact) >= SLIP_MIN_LETTERS - 1:
            candidates = self._candidates(compact)
            add(Tier.SLIP, self._slipped(compact, candidates))
        if len(found) < want:
            add(Tier.WORD_PREFIX, self._prefixed(self._words, form))
        if len(found) < want and len(compact) >= 3:
            add(Tier.SUBSTRING, self._substring(compact))
        if len(found) < want and len(form.split()) > 1:
            add(Tier.ALL_WORDS, self._every_word(form))
        if len(found) < want and len(compact) >= 3:
            for m in self._fuzzy(form, candidates or self._candidates(compact)):
                found.setdefault(self._by_key[m.entry.key], m)
        return sorted(found.values(), key=lambda m: (m.tier, -m.score, m.entry.order))

    def suggest(self, query: str, limit: int = MAX_CHOICES) -> list[Match]:
        """Autocomplete: everything in order for empty input, else ranked matches (at most ``limit``),
        without the weak ones when there is a strong one (see :func:`without_weak`)."""
        if not normalise(query):
            return [Match(e, Tier.PREFIX, 1.0) for e in self._entries[:limit]]
        return without_weak(self._ranked(query, want=limit))[:limit]

    def resolve(self, query: str) -> Resolution:
        """What a submitted value means: one entry, several equally good ones, or nothing close."""
        if not normalise(query):
            return Resolution(Outcome.MISSING, ())
        by_key = self._by_key.get(query.strip())
        if by_key is not None:  # a value autocomplete submitted for a name too long to be a choice
            entry = self._entries[by_key]
            return Resolution(Outcome.FOUND, (Match(entry, Tier.EXACT, 1.0),))
        ranked = self._ranked(query, want=MAX_CHOICES, best_tier_only=True)
        if not ranked:
            return Resolution(Outcome.MISSING, ())
        best = ranked[0]
        if best.tier is Tier.FUZZY:
            if best.score < FUZZY_MATCH:
                return Resolution(Outcome.MISSING, tuple(ranked[:3]))
            ties = tuple(m for m in ranked if m.tier is Tier.FUZZY and best.score - m.score < FUZZY_TIE)
        else:
            ties = tuple(m for m in ranked if m.tier is best.tier)
        if len(ties) > 1:
            # A fuller list of the equally good matches, to say which ones they are.
            everything = self._ranked(query, want=MAX_CHOICES)
            if best.tier is Tier.FUZZY:
                ties = tuple(
                    m for m in everything if m.tier is Tier.FUZZY and best.score - m.score < FUZZY_TIE
                )
            else:
                ties = tuple(m for m in everything if m.tier is best.tier)
            return Resolution(Outcome.AMBIGUOUS, ties)
        return Resolution(Outcome.FOUND, (best,))
