"""What people type for a time of day and a time zone, read forgivingly: "9", "9am", "9:30 pm",
"21:30"; "Paris", "new york", "Japan" or "Europe/Paris"; "EST" (accepted, with a note that it never
follows daylight saving, naming the zone that does)."""

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
    """A time or time zone that can't be read; the message says what is expected."""


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
        raise LocalTimeError(f"“{text.strip()[:40]}” isn't a time I can read. Try 9, 9am, 9:30 pm or 21:30.")
    return dt.time(hour, minute)


@dataclass(frozen=True)
class ZoneChoice:
    """The zone a person meant, and what to tell them about it."""

    zone: zoneinfo.ZoneInfo
    note: str = ""
    """Said back with the zone: how a city or country was read, or that an abbreviation is fixed."""


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
def _cities() -> dict[str, str]:
    """City (the last part of a zone's name, as people write it) -> the zone."""
    canonical = {row[2] for row in _tab_lines("zone.tab")}
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
    offset = f"UTC{'−' if hours < 0 else '+'}{abs(hours)}" if hours else "UTC"
    city = _key(follows.rsplit("/", 1)[-1]).title()
    return ZoneChoice(
        zone,
        f"{abbreviation} is {offset} all year round: it doesn't follow daylight saving. "
        f"For the time in {city} through the year, use {follows}.",
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
    if not place and not zones and exact is not None:
        place = exact  # an old name the database keeps, like "Iceland"
    if place:
        said = "" if place.casefold() == typed.casefold() else f"“{typed}” read as {place}."
        return ZoneChoice(zoneinfo.ZoneInfo(place), said)
    if zones:
        raise LocalTimeError(
            f"“{typed[:40]}” has several time zones ({listing([*zones[:3], 'others'])}). "
            "Type a city instead, like Chicago or Sydney, or a zone, like America/Chicago."
        )
    raise LocalTimeError(
        f"“{typed[:60]}” isn't a time zone or a place I know. Type a city (Paris, New York, Tokyo) "
        "or pick a zone from the list as you type, like Europe/Paris."
    )
