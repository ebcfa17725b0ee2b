"""The bot's own words in the reader's language: headings, labels, buttons, errors and command
descriptions, from one Fluent file per locale in ``bot/locales/`` (``en-US.ftl`` is the reference).

Why Fluent (``fluent.runtime``) rather than gettext: a translator edits one plain text file per
language, and a message carries its own plural and select rules (``{ $count -> [one] … *[other] … }``),
so French "0 piste", German word order and Japanese counters are the translator's to write, not the
code's. Fluent formats numbers through Babel (which it depends on), in the locale's own digits and
separators; dates go through Babel too (:func:`date`).

The locale is the reader's: a reply follows the interaction's locale (the user's client), and a post
in a channel (the daily post, a trivia game) the server's preferred locale. It is held in a context
variable, set where an interaction enters the bot (the command tree, a component's callback) and
around a channel post (:func:`speaking`), so the code that writes a card calls :func:`t` without
passing a locale through every function. Facts, titles and quotes are never translated: they reach
the text as arguments, exactly as their sources wrote them.

A key a locale lacks falls back to English, logged once; a key English lacks is a bug and raises.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dt
import functools
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import babel.dates
import discord
from discord import app_commands
from fluent.runtime import FluentBundle
from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.ui.ftl_cache import cache_dir, parse_cached

log = logging.getLogger(__name__)
T = TypeVar("T")

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
ENGLISH = "en-US"
LOCALES: dict[str, str] = {
    "en-US": "en_US",
    "fr": "fr",
    "de": "de",
    "es-ES": "es_ES",
    "pt-BR": "pt_BR",
    "ja": "ja",
}
"""The locales the bot speaks, as Discord names them, with Babel's name for each."""
CLOSEST: dict[str, str] = {"en-GB": ENGLISH, "es-419": "es-ES"}
"""Discord locales read in the nearest one the bot speaks (Latin American Spanish in Spain's)."""

_current: contextvars.ContextVar[str] = contextvars.ContextVar("locale", default=ENGLISH)


def supported(locale: discord.Locale | str | None) -> str:
    """The locale the bot speaks for a Discord locale: itself, its nearest, or English."""
    name = locale.value if isinstance(locale, discord.Locale) else (locale or ENGLISH)
    if name in LOCALES:
        return name
    return CLOSEST.get(name, ENGLISH)


def current() -> str:
    return _current.get()


def speak(locale: discord.Locale | str | None) -> None:
    """Speak ``locale`` for the rest of this task (each interaction runs in its own task)."""
    _current.set(supported(locale))


def speak_to(interaction: discord.Interaction) -> None:
    """Speak the language of the person who used a command or pressed a button."""
    speak(interaction.locale)


def channel_locale(interaction: discord.Interaction) -> str:
    """The language of a post everyone in the channel reads: the server's, or in a DM the user's."""
    return supported(interaction.guild_locale or interaction.locale)


@contextlib.contextmanager
def speaking(locale: discord.Locale | str | None) -> Iterator[str]:
    """Speak ``locale`` inside the block (a post in a channel, a card rendered for a test)."""
    token = _current.set(supported(locale))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


class LocaleFile:
    """One locale's messages; the variables each uses (``$count``) are worked out only for the checks."""

    def __init__(self, bundle: FluentBundle, resource: ast.Resource) -> None:
        self.bundle = bundle
        self._resource = resource
        self.keys = frozenset(e.id.name for e in resource.body if isinstance(e, ast.Message))

    @functools.cached_property
    def variables(self) -> dict[str, frozenset[str]]:
        return message_variables(self._resource)

    @classmethod
    def read(cls, path: Path, babel_name: str, cache: Path | None = None) -> LocaleFile:
        # The bundle takes the parsed file (fluent.runtime's FluentResource is this parse).
        resource = parse_cached(path, cache)
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        if junk:
            unreadable = (junk[0].content or "").strip()[:80]
            raise ValueError(f"{path.name}: cannot read {unreadable!r}")
        bundle = FluentBundle([babel_name], use_isolating=False)
        bundle.add_resource(resource)
        return cls(bundle, resource)


class _ByLocale(Mapping[str, T]):
    """One part of every locale's file, each file read when first asked for."""

    def __init__(self, catalogue: Catalogue, part: Callable[[LocaleFile], T]) -> None:
        self._catalogue, self._part = catalogue, part

    def __getitem__(self, locale: str) -> T:
        return self._part(self._catalogue.file(locale))

    def __iter__(self) -> Iterator[str]:
        return iter(LOCALES)

    def __len__(self) -> int:
        return len(LOCALES)


class Catalogue:
    """Every locale's messages from ``bot/locales``, each file read the first time its language is
    spoken: a bot whose servers all speak English never reads the others (each costs about 0.1 s)."""

    def __init__(self, directory: Path = LOCALE_DIR, cache: Path | None = None) -> None:
        self.directory = directory
        self.cache = cache
        """Where parsed files are kept between starts (bot.ui.ftl_cache); None: parsed each time."""
        self._files: dict[str, LocaleFile] = {}
        self._reading = threading.Lock()  # a file may be read ahead in a thread (see read_ahead)
        self.bundles = _ByLocale(self, lambda f: f.bundle)
        self.keys = _ByLocale(self, lambda f: f.keys)
        self.variables = _ByLocale(self, lambda f: f.variables)

    def file(self, locale: str) -> LocaleFile:
        found = self._files.get(locale)
        if found is None:
            if locale not in LOCALES:
                raise KeyError(locale)
            with self._reading:
                found = self._files.get(locale)
                if found is None:
                    path = self.directory / f"{locale}.ftl"
                    found = self._files[locale] = LocaleFile.read(path, LOCALES[locale], self.cache)
        return found

    async def read_ahead(self, locale: str = ENGLISH) -> None:
        """Read a language's file in a thread, so that neither the start nor the first command waits
        for it (reading one takes about 0.15 s of CPU)."""
        try:
            await asyncio.to_thread(self.file, locale)
        except ValueError:
            log.exception("%s.ftl can't be read", locale)

    @classmethod
    def load(cls, directory: Path = LOCALE_DIR) -> Catalogue:
        """Every file read now: a file that can't be read raises ValueError naming it."""
        words = cls(directory)
        for locale in LOCALES:
            words.file(locale)
        return words

    def format(self, locale: str, key: str, args: dict[str, object]) -> str:
        """The message, formatted; the same message with the same values is formatted once (a card
        is written again and again with the same words: Fluent takes tens of microseconds a call)."""
        try:
            return self._remembered(locale, key, tuple(args.items()))
        except TypeError:  # a value that can't be a cache key
            return self._format(locale, key, args)

    @functools.lru_cache(maxsize=8192)  # noqa: B019 (one catalogue lives as long as the process)
    def _remembered(self, locale: str, key: str, args: tuple[tuple[str, object], ...]) -> str:
        return self._format(locale, key, dict(args))

    def _format(self, locale: str, key: str, args: dict[str, object]) -> str:
        try:
            bundle = self.bundles[locale]
        except ValueError as exc:  # a translator's file that doesn't parse: English, said once
            if locale == ENGLISH:
                raise
            _unreadable(locale, str(exc))
            return self._format(ENGLISH, key, args)
        if not bundle.has_message(key):
            if locale == ENGLISH:
                raise KeyError(f"no message {key!r} in {ENGLISH}.ftl")
            _missing(locale, key)
            return self._format(ENGLISH, key, args)
        message = bundle.get_message(key)
        if message.value is None:
            raise KeyError(f"message {key!r} in {locale}.ftl has no value")
        text, errors = bundle.format_pattern(message.value, args)  # type: ignore[arg-type]
        if errors:
            _broken(locale, key, tuple(str(e) for e in errors))
        return str(text)


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802 (Fluent's name)
        self.names.add(node.id.name)
        self.generic_visit(node)


def message_variables(resource: ast.Resource) -> dict[str, frozenset[str]]:
    """Each message of a Fluent file with the variables it uses."""
    found: dict[str, frozenset[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            visitor = _Variables()
            visitor.visit(entry)
            found[entry.id.name] = frozenset(visitor.names)
    return found


def problems(words: Catalogue) -> list[str]:
    """What a translator must fix: a key a locale lacks (it would show in English) or has that English
    doesn't, and a placeholder English doesn't give (it would show as an error)."""
    found: list[str] = []
    english = words.keys[ENGLISH]
    for locale in LOCALES:
        if locale == ENGLISH:
            continue
        found += [
            f"{locale}.ftl: no {key!r} (en-US.ftl has it)" for key in sorted(english - words.keys[locale])
        ]
        found += [
            f"{locale}.ftl: {key!r} is not in en-US.ftl" for key in sorted(words.keys[locale] - english)
        ]
        for key in sorted(words.keys[locale] & english):
            unknown = words.variables[locale][key] - words.variables[ENGLISH][key]
            if unknown:
                names = ", ".join(f"${name}" for name in sorted(unknown))
                found.append(f"{locale}.ftl: {key!r} uses {names}, which en-US.ftl doesn't give")
    return found


@functools.cache
def _unreadable(locale: str, problem: str) -> None:
    log.error("%s.ftl can't be read (%s): that language is shown in English", locale, problem)


@functools.cache
def _missing(locale: str, key: str) -> None:
    log.warning("No %r in %s.ftl: shown in English", key, locale)


@functools.cache
def _broken(locale: str, key: str, errors: tuple[str, ...]) -> None:
    log.error("Message %r in %s.ftl: %s", key, locale, "; ".join(errors))


@functools.cache
def catalogue() -> Catalogue:
    """The bot's own files, their parsed forms kept between starts."""
    return Catalogue(LOCALE_DIR, cache_dir())


def t(key: str, /, **args: object) -> str:
    """The message ``key`` in the current locale, with ``args`` in its placeholders. Numbers are
    formatted in the locale's way; pass a year or a track number as a string to keep it bare."""
    return catalogue().format(_current.get(), key, args)


def date(day: dt.date | dt.datetime, form: str = "long") -> str:
    """A date as the reader's locale writes it: "7 December 2026", "7. Dezember 2026", "2026年12月7日"."""
    return babel.dates.format_date(day, format=form, locale=LOCALES[_current.get()])


def time(moment: dt.time | dt.datetime, form: str = "short") -> str:
    return babel.dates.format_time(moment, format=form, locale=LOCALES[_current.get()])


def listing(items: Sequence[str], last: str = "and") -> str:
    """ "A", "A and B", "A, B and C" (``last="or"``: "A, B or C"; ``last=","``: "A, B, C") as the
    reader's language joins a list: each language's words and commas are in its file."""
    if not items:
        return ""
    text = items[0]
    for item in items[1:-1]:
        text = t("list-comma", first=text, next=item)
    if len(items) > 1:
        key = {"and": "list-and", "or": "list-or", ",": "list-comma"}[last]
        text = t(key, first=text, next=items[-1])
    return text


def command_key(context: app_commands.TranslationContextTypes) -> str | None:
    """The Fluent key of a command's or option's description: ``command-quote-search`` for /quote
    search, ``command-quote-search-words`` for its option ``words``. (A choice's name names its key
    itself: ``Choice(name=locale_str("All time", key="trivia-season-all"), value="all")``.)"""
    location = context.location
    if location in (
        app_commands.TranslationContextLocation.command_description,
        app_commands.TranslationContextLocation.group_description,
    ):
        return "command-" + context.data.qualified_name.replace(" ", "-")  # type: ignore[union-attr]
    if location is app_commands.TranslationContextLocation.parameter_description:
        parameter = context.data
        return f"command-{parameter.command.qualified_name.replace(' ', '-')}-{parameter.name}"  # type: ignore[union-attr]
    return None


def option_key(context: app_commands.TranslationContextTypes) -> str | None:
    """The key of an option many commands share (``private``): ``option-private``."""
    if context.location is app_commands.TranslationContextLocation.parameter_description:
        return f"option-{context.data.name}"  # type: ignore[union-attr]
    return None


class CommandTranslator(app_commands.Translator):
    """Command and option descriptions in each locale the bot speaks, for Discord's command picker.
    Names stay English: a fan who reads "/track" in a channel finds it under that name, whatever
    their client's language, and one name per command keeps the help and the docs true."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        speaks = supported(locale)
        key = string.extras.get("key") or command_key(context)
        if key is None or speaks == ENGLISH:
            return None
        words = catalogue()
        if key is not None and key not in words.keys[ENGLISH]:
            key = option_key(context) or key
        try:
            known = words.keys[speaks]
        except ValueError as exc:
            _unreadable(speaks, str(exc))
            return None
        if key not in known:
            _missing(speaks, key)
            return None
        return words.format(speaks, key, {})
