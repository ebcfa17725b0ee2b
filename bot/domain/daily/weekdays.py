"""The local weekdays a server's daily post goes out on, as a user types them and as they are stored.

Stored as a bit mask (Monday = 1, Tuesday = 2, ... Sunday = 64), so "every day" is 127."""

from __future__ import annotations

import re
from collections.abc import Iterable

NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVERY_DAY = 0b1111111
WEEKDAYS = 0b0011111
WEEKENDS = 0b1100000
_PRESETS = {
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "daily": EVERY_DAY,
    "all": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekends": WEEKENDS,
}
_SEPARATORS = re.compile(r"[\s,;/]+")


class WeekdaysError(ValueError):
    """What a user typed for ``days`` names no weekday; the message says what is expected (in
    English, for logs and tests); ``word`` is the word that is no day (None: no word at all), for the
    ui to say it in the reader's language."""

    def __init__(self, message: str, *, word: str | None = None) -> None:
        super().__init__(message)
        self.word = word


def mask(days: Iterable[int]) -> int:
    """The mask of these weekdays (0 = Monday, as ``date.weekday()`` counts)."""
    out = 0
    for day in days:
        out |= 1 << day
    return out


def includes(weekdays: int, weekday: int) -> bool:
    """Whether the mask includes ``weekday`` (0 = Monday)."""
    return bool(weekdays >> weekday & 1)


def _day(word: str) -> int:
    for number, name in enumerate(NAMES):
        if len(word) >= 2 and name.lower().startswith(word):  # "mo", "mon", "monday"
            return number
    raise WeekdaysError(
        f"{word[:20]!r} is not a day. Use weekdays, weekends, every day, or days like mon,wed,fri.",
        word=word[:20],
    )


def parse_weekdays(text: str) -> int:
    """``weekdays``, ``weekends``, ``every day`` or a list of days such as "mon,wed,fri"."""
    typed = text.strip().lower()
    if typed in _PRESETS:
        return _PRESETS[typed]
    words = [w for w in _SEPARATORS.split(typed) if w]
    if not words:
        raise WeekdaysError("Say which days: weekdays, weekends, every day, or days like mon,wed,fri.")
    return mask(_day(w) for w in words)


def days_of(weekdays: int) -> list[int]:
    """The weekdays of a mask, in order (0 = Monday)."""
    return [number for number in range(len(NAMES)) if includes(weekdays, number)]


def describe(weekdays: int) -> str:
    """How the days read in a reply: "every day", "on weekdays", "on Monday, Wednesday and Friday"."""
    if weekdays == EVERY_DAY:
        return "every day"
    if weekdays == WEEKDAYS:
        return "on weekdays"
    if weekdays == WEEKENDS:
        return "on weekends"
    names = [name for number, name in enumerate(NAMES) if includes(weekdays, number)]
    return "on " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
