"""What people type for a time of day and a time zone, read forgivingly: "9", "9am", "9:30 pm",
"21:30"; "Paris", "new york", "Japan" or "Europe/Paris"; "EST" (accepted, with a note that it never
follows daylight saving, naming the zone that does); and the zones to suggest as people type, real
matches first."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.domain.daily.schedule import timezone_names
from bot.domain.text import listing


class LocalTimeError(ValueError):
    """A time or time zone that can't be read; the message says what is expected (in English, for
    logs and tests). What the user typed is in ``typed``; ``kind`` says which trouble it is
    ("clock", "several zones", "unknown zone") and ``zones`` the zones of a country that has several,
    so the ui can say it in the reader's language."""

    def __init__(self, message: str, *, kind: str, typed: str, zones: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.kind, self.typed, self.zones = kind, typed, zones


_CLOCK = re.compile(
    r"^(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?\s*(?:m\.?)?$", re.IGNORECASE
)
_WORDS = {"noon": dt.time(12, 0), "midday": dt.time(12, 0), "midnight": dt.time(0, 0)}


def parse_clock(text: str) -> dt.time:
    """A time of day: "9" and "9am" (09:00), "9:30 pm" (21:30), "21:30", "21h30", "12am" (00:00),
    "noon", "midnight"."""
    typed = text.strip().casefold()
    if typed in _WORDS:
        return _WORDS[typed]
    match = _CLOCK.match(typed)
    hour = int(match["hour"]) if match else -1
    minute = int(match["minute"] or 0) if match else -1
    half = match["half"] if match else None
    if half is not None and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    elif half is not None:
        hour = -1  # "13pm"
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        typed = text.strip()[:40]
        raise LocalTimeError(
            f"“{typed}” isn't a time I can read. Try 9, 9am, 9:30 pm or 21:30.", kind="clock", typed=typed
        )
    return dt.time(hour, minute)


@dataclass(frozen=True)
class ZoneChoice:
    """The zone a person meant, and what to tell them about it."""

    zone: zoneinfo.ZoneInfo
    note: str = ""
    """Said back with the zone: how a city or country was read, or the zone that follows daylight
    saving where an abbreviation names a fixed offset."""
    abbreviation: str = ""
    """The abbreviation typed for a fixed offset ("EST"), to say the zone as people know it."""
    read_from: str = ""
    """What was typed, when it was read as another name (a city, a country): the ui words the note."""
    follows: str = ""
    """For an abbreviation, the zone that follows daylight saving where it is used."""

    @property
    def fixed_hours(self) -> int | None:
        """The hours from UTC of a fixed-offset zone, or None."""
        return fixed_hours(self.zone.key)

    def at(self, time: dt.time) -> str:
        """The time in this zone, as a reply says it: "09:00 (Europe/Paris)", "09:00 UTC−5 (EST, no
        daylight saving)"."""
        return at_time(time, self.zone.key, self.abbreviation)


_ETC_OFFSET = re.compile(r"^Etc/GMT(?P<hours>[+-]\d{1,2})$")


def offset_label(hours: int) -> str:
    """A fixed offset as people read it: "UTC", "UTC−5", "UTC+10" (the same in every language)."""
    return f"UTC{'−' if hours < 0 else '+'}{abs(hours)}" if hours else "UTC"


def fixed_hours(key: str) -> int | None:
    """The hours from UTC of a fixed-offset zone (Etc/GMT+5 is five hours *behind* UTC: POSIX signs,
    the other way round), or None for a zone that is not one."""
    if key in ("Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu"):
        return 0
    match = _ETC_OFFSET.match(key)
    return -int(match["hours"]) if match else None


def zone_label(key: str) -> str:
    """A stored zone as a person reads it: "Europe/Paris", "UTC−5" (never "Etc/GMT+5")."""
    hours = fixed_hours(key)
    return key if hours is None else offset_label(hours)


def at_time(time: dt.time, key: str, abbreviation: str = "") -> str:
    """A time of day in a stored zone: "09:00 (Europe/Paris)", "09:00 UTC−5 (no daylight saving)",
    "09:00 UTC−5 (EST, no daylight saving)" when the abbreviation typed is known."""
    hours = fixed_hours(key)
    if hours is None:
        return f"{time:%H:%M} ({key})"
    named = f"{abbreviation}, " if abbreviation else ""
    return f"{time:%H:%M} {offset_label(hours)} ({named}no daylight saving)"


_FIXED = {
    # abbreviation: (hours from UTC, the zone that follows daylight saving)
    "GMT": (0, "Europe/London"),
    "BST": (1, "Europe/London"),
    "WET": (0, "Europe/Lisbon"),
    "CET": (1, "Europe/Paris"),
    "CEST": (2, "Europe/Paris"),
    "EET": (2, "Europe/Athens"),
    "EEST": (3, "Europe/Athens"),
    "EST": (-5, "America/New_York"),
    "EDT": (-4, "America/New_York"),
    "CST": (-6, "America/Chicago"),
    "CDT": (-5, "America/Chicago"),
    "MST": (-7, "America/Denver"),
    "MDT": (-6, "America/Denver"),
    "PST": (-8, "America/Los_Angeles"),
    "PDT": (-7, "America/Los_Angeles"),
    "AKST": (-9, "America/Anchorage"),
    "AEST": (10, "Australia/Sydney"),
    "AEDT": (11, "Australia/Sydney"),
}
"""Abbreviations people type for a zone that changes with daylight saving, while the abbreviation
itself names one fixed offset."""

_PLACES = {
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "beijing": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "munich": "Europe/Berlin",
    "uk": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "usa": None,
    "us": None,
}
"""Places people name that are not the city of a zone (None: a country with several zones)."""


def _key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


def _tab_lines(name: str) -> Iterator[list[str]]:
    """The rows of one of the time zone database's tables (zone.tab, iso3166.tab), wherever the
    database is: the system's, or the tzdata package's. None found: no rows."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            break
    else:
        try:
            text = (importlib.resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError):
            return
    yield from (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _countries() -> dict[str, tuple[str, ...]]:
    """Country name (as the database and people write it) -> its zones."""
    zones: dict[str, list[str]] = {}
    for row in _tab_lines("zone.tab"):
        zones.setdefault(row[0], []).append(row[2])
    names: dict[str, tuple[str, ...]] = {}
    for code, country, *_ in _tab_lines("iso3166.tab"):
        if code in zones:
            names[_key(country)] = tuple(zones[code])
            names.setdefault(_key(country.split(" (")[0]), tuple(zones[code]))
    return names


@cache
def _canonical() -> frozenset[str]:
    """The zones the database lists as its own (zone.tab), not the old names it keeps as links."""
    return frozenset(row[2] for row in _tab_lines("zone.tab"))


@cache
def _cities() -> dict[str, str]:
    """City (the last part of a zone's name, as people write it) -> the zone."""
    canonical = _canonical()
    cities: dict[str, str] = {}
    for name in timezone_names():
        city = _key(name.rsplit("/", 1)[-1])
        if "/" in name and (city not in cities or (name in canonical and cities[city] not in canonical)):
            cities[city] = name
    return cities


def _fixed(abbreviation: str) -> ZoneChoice:
    hours, follows = _FIXED[abbreviation]
    # Etc/GMT+5 is five hours *behind* UTC: POSIX signs, the other way round.
    zone = zoneinfo.ZoneInfo(f"Etc/GMT{-hours:+d}" if hours else "Etc/UTC")
    city = _key(follows.rsplit("/", 1)[-1]).title()
    return ZoneChoice(
        zone,
        f"{abbreviation} is {offset_label(hours)} all year round. For the time in {city} through the year, "
        f"with daylight saving, use {follows}.",
        abbreviation,
        follows=follows,
    )


def parse_zone(text: str) -> ZoneChoice:
    """A time zone as people name it: an IANA name in any case ("europe/paris"), a city ("Paris",
    "new york"), a country with one zone ("Japan"), UTC, or an abbreviation ("EST")."""
    typed = text.strip()
    if typed.upper() in _FIXED:
        return _fixed(typed.upper())
    exact = {n.casefold(): n for n in timezone_names()}.get(typed.casefold())
    if exact is not None and ("/" in exact or exact.startswith("UTC")):
        return ZoneChoice(zoneinfo.ZoneInfo(exact))
    key = _key(typed)
    place = _PLACES.get(key, "") or _cities().get(key, "")
    zones = _countries().get(key, ()) if key not in _PLACES else ("America/New_York", "America/Chicago")
    if not place and len(zones) == 1:
        place = zones[0]
    if not place and exact is not None:
        # An old name the database keeps, like "Iceland", or "Portugal" (Europe/Lisbon), though the
        # country has several zones: the suggestions offer it, so it must be read.
        place = exact
    if place:
        said = "" if place.casefold() == typed.casefold() else f"“{typed}” read as {place}."
        return ZoneChoice(zoneinfo.ZoneInfo(place), said, read_from=typed if said else "")
    if zones:
        raise LocalTimeError(
            f"“{typed[:40]}” has several time zones ({listing([*zones[:3], 'others'])}). "
            "Type a city instead, like Chicago or Sydney, or a zone, like America/Chicago.",
            kind="several zones",
            typed=typed[:40],
            zones=tuple(zones[:3]),
        )
    raise LocalTimeError(
        f"“{typed[:60]}” isn't a time zone or a place I know. Type a city (Paris, New York, Tokyo) "
        "or pick a zone from the list as you type, like Europe/Paris.",
        kind="unknown zone",
        typed=typed[:60],
    )


_COMMON = ("UTC", "Europe/London", "Europe/Paris", "America/New_York", "America/Los_Angeles")


def suggest_zones(typed: str, limit: int = 25) -> list[tuple[str, str]]:
    """Zones to offer as someone types, as (what the list shows, what it fills in), best first:
    what the text names (an abbreviation such as "EST" with the zone that follows daylight saving, or
    what ``parse_zone`` reads it as: a city, a place, every zone of a country), then zone names and
    cities that start with it. Only when nothing is named, places, countries and zones with a word that
    starts with it; only when nothing at all matches so, zones that contain it ("est" in "Bucharest")."""
    key = _key(typed)
    names = timezone_names()
    if not key:
        return [(_shown(n), n) for n in [*_COMMON, *(n for n in names if n not in _COMMON)][:limit]]
    keyed = {n: _key(n) for n in names}
    abbreviation = key.upper()
    named = [abbreviation, _FIXED[abbreviation][1]] if abbreviation in _FIXED else _read_as(typed, key)
    starting = [n for n in names if keyed[n].startswith(key)]
    starting += [n for n in names if keyed[n].rsplit("/", 1)[-1].startswith(key)]
    starting.sort(key=lambda n: n not in _canonical())  # Asia/Kathmandu before the old Asia/Katmandu
    partial: list[str] = []
    if not named and len(key) >= 3:
        partial += [zone for place, zone in _PLACES.items() if zone and place.startswith(key)]
        partial += [z for country, zones in _countries().items() if country.startswith(key) for z in zones]
        partial += [n for n in names if any(word.startswith(key) for word in re.split(r"[/ ]", keyed[n]))]
    chosen = list(dict.fromkeys([*named, *starting, *partial])) or [n for n in names if key in keyed[n]]
    return [(_shown(value), value) for value in chosen[:limit]]


def _read_as(typed: str, key: str) -> list[str]:
    """The zones ``parse_zone`` reads ``typed`` as: one, or a country's several."""
    several = _countries().get(key, ())
    if key in _PLACES and _PLACES[key] is None:
        several = _countries().get("united states", ())
    try:
        return [parse_zone(typed).zone.key, *several]
    except LocalTimeError:
        return list(several)


def abbreviation_hours(value: str) -> int | None:
    """The fixed offset an abbreviation ("EST") names, or None for anything else."""
    return _FIXED[value][0] if value in _FIXED else None


def _shown(value: str) -> str:
    """A suggestion as the list shows it: a fixed offset says which it is, the way round people read
    it ("Etc/GMT+5 (UTC−5, no daylight saving)")."""
    if value in _FIXED:
        return f"{value} ({offset_label(_FIXED[value][0])} all year, no daylight saving)"
    hours = fixed_hours(value)
    return f"{value} ({offset_label(hours)}, no daylight saving)" if hours else value
