"""The ways a fan names a track or an artist beyond the names an index holds.

:func:`track_number` reads a position ("#9", "track 9", "no. 9", "nine"); :func:`credited_names`
splits a credit as the sources print it ("Aska & The Lost Trees") into its artists; :func:`resolve`
uses both before and after the index, :func:`suggest` puts what it finds first among the index's
suggestions, and :func:`chosen` turns what was found into what to show (a
band member's band, with who they are; a note when a track was named by its original album).
Pure functions: nothing here touches Discord or the database.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from bot.domain.catalogue.index import (
    MAX_CHOICES,
    Match,
    NameEntry,
    NameIndex,
    Outcome,
    Resolution,
    Tier,
    without_weak,
)
from bot.domain.text import normalise

T = TypeVar("T")

_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ORDINALS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_NUMBERED = re.compile(r"^(?:the )?(?:(?:track|number|num|no|nr)\s*)?(\w+)(?: track)?$")


def track_number(query: str) -> int | None:
    """The position a query gives by number: "9", "#9", "track 9", "no. 9", "number nine", "nine",
    "the ninth track"; None when it is not a number."""
    form = normalise(query)
    match = _NUMBERED.match(form)
    if match is None:
        return None
    word = match.group(1)
    if word.isdigit():
        return int(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS.index(word)
    if word in _ORDINALS:
        return _ORDINALS.index(word)
    return None


_CREDIT_JOINS = re.compile(r" (?:and|feat|featuring|ft|with|x|vs) ")


def credited_names(query: str) -> list[str]:
    """The names in a credit as printed: "of Montreal feat. The Lost Trees" -> ["of montreal", "the lost
    trees"] (normalised); one name when the query joins none."""
    return [part for part in _CREDIT_JOINS.split(normalise(query)) if part]


def resolve(index: NameIndex, kind: str, query: str) -> Resolution:
    """What ``query`` means in ``index`` (see :func:`_resolve`), kept for the next time it is asked."""
    return _remembered(index, ("resolve", kind, query, 0), lambda: _resolve(index, kind, query))


def suggest(index: NameIndex, kind: str, query: str, limit: int = MAX_CHOICES) -> list[Match]:
    """Autocomplete for ``query`` (see :func:`_suggest`), kept for the next time it is asked."""
    return list(
        _remembered(
            index, ("suggest", kind, query, limit), lambda: tuple(_suggest(index, kind, query, limit))
        )
    )


KEPT = 512
"""Answers kept per index: an index never changes while the bot runs, and autocomplete asks the same
few prefixes of the same few names over and over (one request per key typed)."""
_kept: weakref.WeakKeyDictionary[NameIndex, OrderedDict[tuple[str, str, str, int], Any]] = (
    weakref.WeakKeyDictionary()
)


def _remembered(index: NameIndex, key: tuple[str, str, str, int], work: Callable[[], T]) -> T:
    """``work()``, or what it gave the last time ``key`` was asked of ``index`` (the latest
    :data:`KEPT` answers are kept)."""
    kept = _kept.get(index)
    if kept is None:
        kept = _kept[index] = OrderedDict()
    if key in kept:
        kept.move_to_end(key)
        return kept[key]  # type: ignore[no-any-return]
    answer = kept[key] = work()
    while len(kept) > KEPT:
        kept.popitem(last=False)
    return answer


def _resolve(index: NameIndex, kind: str, query: str) -> Resolution:
    """What ``query`` means in ``index``, after the ways of naming it doesn't know: a track by its
    number; an artist by a credit as printed ("Aska & The Lost Trees": the first credited artist)."""
    if kind == "track" and (number := track_number(query)) is not None:
        entry = index.get(str(number))
        if entry is not None:
            return Resolution(Outcome.FOUND, (Match(entry, Tier.EXACT, 1.0),))
    resolution = index.resolve(query)
    found_well = resolution.outcome is Outcome.FOUND and resolution.matches[0].tier < Tier.FUZZY
    names = credited_names(query)
    if kind == "artist" and len(names) > 1 and not found_well:
        first = index.resolve(names[0])
        if first.outcome is not Outcome.MISSING:
            return first
    return resolution


def _suggest(index: NameIndex, kind: str, query: str, limit: int = MAX_CHOICES) -> list[Match]:
    """Autocomplete for ``query``: first what submitting it would open (the same :func:`resolve`, so
        "nine" or "track 9" suggests track 9, and a credit as printed its first artist), then the index's
        ranked matches, without weak ones once a strong one is there. For a credit as printed ("Aska & The
    Lost Trees"), every artist it credits comes first."""
    ranked = index.suggest(query, limit)
    if not normalise(query):
        return ranked
    found = [resolve(index, kind, query)]
    names = credited_names(query)
    if kind == "artist" and len(names) > 1:  # a credit as printed: each of its artists, in its order
        found += [index.resolve(name) for name in names[1:]]
    first: dict[str, Match] = {}
    for resolution in found:
        if resolution.outcome is Outcome.FOUND:
            first.setdefault(resolution.matches[0].entry.key, resolution.matches[0])
    if not first:
        return ranked
    rest = [m for m in ranked if m.entry.key not in first]
    return without_weak([*first.values(), *rest])[:limit]


def chosen(index: NameIndex, entry: NameEntry, query: str) -> NameEntry:
    """The entry to show for what was found: for a person named on a card, that card's entry with
    ``person`` set; for a name with a hint ("Treats"), the entry with its ``note``."""
    if entry.refers_to is not None:
        card = index.get(entry.refers_to)
        if card is not None:
            return dataclasses.replace(card, person=entry.person)
    typed = normalise(query)
    for name, note in entry.hints:
        if typed and normalise(name).startswith(typed):
            return dataclasses.replace(entry, note=note)
    return entry
