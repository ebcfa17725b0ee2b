"""The daily post's settings in the reader's language: its days ("every day", "on Monday and Friday"),
its time in its zone ("09:00 UTC−5 (EST, no daylight saving)"), how a typed zone was read, and why a
typed time, zone or day was not understood. The domain (:mod:`bot.domain.daily`) reads what people
type and returns data; the words are here. Zone names (IANA ids) and offsets ("UTC−5") stay as
they are in every language; what people type is read in English ("9am", "mon,wed,fri")."""

from __future__ import annotations

import datetime as dt

import babel.dates

from bot.domain.daily.local_time import (
    LocalTimeError,
    ZoneChoice,
    abbreviation_hours,
    fixed_hours,
    offset_label,
)
from bot.domain.daily.weekdays import EVERY_DAY, WEEKDAYS, WEEKENDS, WeekdaysError, days_of
from bot.ui.i18n import LOCALES, current, t, time


def day_names() -> list[str]:
    """The names of the days, Monday first, as the reader's language writes them."""
    names = babel.dates.get_day_names("wide", locale=LOCALES[current()])
    return [names[number] for number in range(7)]


def describe_days(weekdays: int) -> str:
    """How the days read in a reply: "every day", "on weekdays", "on Monday, Wednesday and Friday"."""
    if weekdays == EVERY_DAY:
        return t("daily-days-every-day")
    if weekdays == WEEKDAYS:
        return t("daily-days-weekdays")
    if weekdays == WEEKENDS:
        return t("daily-days-weekends")
    names = [day_names()[number] for number in days_of(weekdays)]
    if len(names) == 1:
        return t("daily-days-one", day=names[0])
    return t("daily-days-several", days=t("daily-days-separator").join(names[:-1]), last=names[-1])


def clock(moment: dt.time) -> str:
    """A time of day on the 24-hour clock, "09:00", as the bot reads it back (in every language)."""
    return time(moment, "HH:mm")


def at_time(moment: dt.time, key: str, abbreviation: str = "") -> str:
    """A time of day in a stored zone: "09:00 (Europe/Paris)", "09:00 UTC−5 (no daylight saving)",
    "09:00 UTC−5 (EST, no daylight saving)" when the abbreviation typed is known."""
    hours = fixed_hours(key)
    if hours is None:
        return t("daily-at-zone", time=clock(moment), zone=key)
    if abbreviation:
        return t(
            "daily-at-fixed-named", time=clock(moment), offset=offset_label(hours), abbreviation=abbreviation
        )
    return t("daily-at-fixed", time=clock(moment), offset=offset_label(hours))


def at_chosen(choice: ZoneChoice, moment: dt.time) -> str:
    """The time in a zone as it was just chosen (with the abbreviation typed, if any)."""
    return at_time(moment, choice.zone.key, choice.abbreviation)


def zone_note(choice: ZoneChoice) -> str:
    """Said back with a zone just chosen: how a place was read, or the zone that follows daylight
    saving where an abbreviation names one fixed offset; "" when there is nothing to say."""
    hours = choice.fixed_hours
    if choice.abbreviation and choice.follows and hours is not None:
        city = choice.follows.rsplit("/", 1)[-1].replace("_", " ")
        return t(
            "daily-zone-fixed-note",
            abbreviation=choice.abbreviation,
            offset=offset_label(hours),
            city=city,
            zone=choice.follows,
        )
    if choice.read_from:
        return t("daily-zone-read-as", typed=choice.read_from, zone=choice.zone.key)
    return ""


def zone_choice_name(value: str) -> str:
    """A time zone suggestion as the list shows it: a fixed offset says which it is, the way round
    people read it ("Etc/GMT+5 (UTC−5, no daylight saving)")."""
    named = abbreviation_hours(value)
    if named is not None:
        return t("daily-zone-choice-abbreviation", zone=value, offset=offset_label(named))
    hours = fixed_hours(value)
    return t("daily-zone-choice-fixed", zone=value, offset=offset_label(hours)) if hours else value


def local_time_error(error: LocalTimeError) -> str:
    """Why a time or zone typed could not be read, and what to type."""
    if error.kind == "clock":
        return t("daily-error-time", typed=error.typed)
    if error.kind == "several zones":
        return t("daily-error-zone-several", typed=error.typed, zones=", ".join(error.zones))
    return t("daily-error-zone-unknown", typed=error.typed)


def weekdays_error(error: WeekdaysError) -> str:
    """Why the days typed could not be read, and what to type."""
    if error.word is None:
        return t("daily-error-days-empty")
    return t("daily-error-days-word", word=repr(error.word))
