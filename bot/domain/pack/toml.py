"""Reading TOML a person edits: every bad field becomes a problem naming its file, entry and field.

One reader for every data file (the pack's files and ``trivia.toml``), so they report alike.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain.pack.evidence import NO_REVIEWS, Reviews
from bot.domain.pack.model import Claim

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_LIMIT = 40
"""The longest key of an artist or a quote: a card's buttons carry it in their custom_id (100
characters in all, with room for what else they name)."""
"""Keys and slugs: lowercase letters, digits and hyphens."""


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack, located precisely enough to fix by hand."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.entry:
            where += f", {self.entry}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class PackError(Exception):
    """A pack failed validation. ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_toml(path: Path, problems: list[PackProblem], *, required: bool = True) -> dict[str, Any]:
    """The parsed file, or {} with a problem recorded (a missing optional file records none)."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        if required:
            problems.append(PackProblem(str(path), "", "", "the file is missing"))
    except tomllib.TOMLDecodeError as exc:
        # A TOML date such as 2010-13-05 fails here, with the line and column in the message.
        problems.append(PackProblem(str(path), "", "", f"is not valid TOML: {exc}"))
    except UnicodeDecodeError as exc:
        problems.append(PackProblem(str(path), "", "", f"is not UTF-8 text: {exc}"))
    return {}


class TomlReader:
    """Pulls typed fields out of parsed TOML, recording a located problem for each bad one."""

    def __init__(self, file: str, problems: list[PackProblem], reviews: Reviews = NO_REVIEWS) -> None:
        self.file = file
        self.problems = problems
        self.reviews = reviews

    def problem(self, entry: str, field_name: str, message: str) -> None:
        self.problems.append(PackProblem(self.file, entry, field_name, message))

    def text(self, table: dict[str, Any], entry: str, name: str, *, required: bool = True) -> str | None:
        value = table.get(name)
        if value is None:
            if required:
                self.problem(entry, name, "is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(entry, name, "must be a non-empty text")
            return None
        return value.strip()

    def key(
        self, table: dict[str, Any], entry: str, seen: set[str], name: str = "key", *, noun: str = "entry"
    ) -> str | None:
        """A unique key of lowercase letters, digits and hyphens."""
        key = self.text(table, entry, name)
        if key is None:
            return None
        if not SLUG.match(key):
            self.problem(entry, name, f"must be lowercase letters, digits and hyphens, not {key!r}")
        elif len(key) > KEY_LIMIT:
            self.problem(entry, name, f"must be at most {KEY_LIMIT} characters, not {len(key)}")
        self.unique(seen, key, entry, name, noun=noun)
        return key

    def known(self, table: dict[str, Any], entry: str, fields: Iterable[str]) -> None:
        """A field this entry does not have is a typo or a leftover: say so rather than ignore it."""
        allowed = set(fields)
        for name in table:
            if name not in allowed:
                self.problem(entry, name, f"is not a field here (fields: {', '.join(sorted(allowed))})")

    def unique(self, seen: set[Any], value: Any, entry: str, name: str, *, noun: str = "entry") -> None:
        if value in seen:
            self.problem(entry, name, f"{value!r} is used by another {noun} too")
        seen.add(value)

    def integer(self, table: dict[str, Any], entry: str, name: str, *, required: bool = True) -> int | None:
        value = table.get(name)
        if value is None:
            if required:
                self.problem(entry, name, "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(entry, name, f"must be a whole number, not {value!r}")
            return None
        return value

    def flag(self, table: dict[str, Any], entry: str, name: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.problem(entry, name, "must be true or false")
            return False
        return value

    def tables(self, table: dict[str, Any], entry: str, name: str) -> list[dict[str, Any]]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(entry, name, "must be a list of tables")
            return []
        return value

    def table(self, table: dict[str, Any], entry: str, name: str) -> dict[str, Any] | None:
        value = table.get(name)
        if value is not None and not isinstance(value, dict):
            self.problem(entry, name, "must be a table")
            return None
        return value

    def strings(self, table: dict[str, Any], entry: str, name: str) -> tuple[str, ...]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(entry, name, "must be a list of non-empty texts")
            return ()
        return tuple(v.strip() for v in value)

    def sources(
        self, table: dict[str, Any], entry: str, name: str = "sources", *, what: str = "value"
    ) -> tuple[str, ...]:
        if name not in table:
            self.problem(entry, name, f"is missing: every {what} needs at least one source")
            return ()
        keys = self.strings(table, entry, name)
        if not keys and isinstance(table[name], list):
            self.problem(entry, name, f"is empty: every {what} needs at least one source")
        return tuple(dict.fromkeys(keys))

    def evidence(
        self, table: dict[str, Any], entry: str, sources: tuple[str, ...], *, inference: bool = False
    ) -> tuple[tuple[str, str], ...]:
        """``evidence = { SOURCE = "phrase" }``: each key one of the entry's own sources.

        Every source an entry cites needs a phrase, its own words that state the value (for a source
        the pack does not ship, as ../shared/soundtrack-facts.md quotes it), unless the value is marked
        an inference (no source states it); a phrase for a source whose text the pack ships must be in
        that text."""
        raw = table.get("evidence", {})
        if not isinstance(raw, dict):
            self.problem(entry, "evidence", 'must be a table such as { BUST = "a phrase from BUST" }')
            return ()
        out = []
        for key, phrase in raw.items():
            if key not in sources:
                self.problem(entry, "evidence", f"gives a phrase for {key!r}, which is not in its sources")
            elif not isinstance(phrase, str) or not phrase.strip():
                self.problem(entry, f"evidence.{key}", "must be a non-empty text")
            else:
                out.append((key, phrase.strip()))
                if key in self.reviews and not self.reviews.says(key, phrase):
                    self.problem(entry, f"evidence.{key}", self.reviews.not_found(key, phrase))
        given = {key for key, _ in out} | set(raw) | self._unquoted(table, entry, sources, raw)
        for key in sources:
            if key not in given and not inference:
                self.problem(entry, "evidence", self.reviews.missing(key))
        return tuple(out)

    def _unquoted(
        self, table: dict[str, Any], entry: str, sources: tuple[str, ...], phrases: dict[str, Any]
    ) -> set[str]:
        """``unquoted = ["KEY"]``: sources the facts file ties to this value without quoting their words
        (an infobox, a bare ``[KEY]``), so there is no phrase to give: said in the data, not left out."""
        keys = self.strings(table, entry, "unquoted") if "unquoted" in table else ()
        for key in keys:
            if key not in sources:
                self.problem(entry, "unquoted", f"names {key!r}, which is not in its sources")
            elif key in phrases:
                self.problem(entry, "unquoted", f"names {key}, which has a phrase in evidence: keep one")
            elif key in self.reviews:
                self.problem(entry, "unquoted", f"names {key}, whose text the pack ships: quote it")
        return set(keys)

    def claim(self, item: dict[str, Any], where: str, *, text_field: str = "text") -> Claim | None:
        self.known(item, where, (text_field, "sources", "evidence", "unquoted", "note", "inference", "date"))
        text = self.text(item, where, text_field)
        sources = self.sources(item, where)
        inference = self.flag(item, where, "inference")
        claim = Claim(
            text or "",
            sources,
            self.evidence(item, where, sources, inference=inference),
            self.text(item, where, "note", required=False),
            inference,
        )
        return claim if text is not None else None

    def claims(self, table: dict[str, Any], entry: str, name: str) -> tuple[Claim, ...]:
        out = []
        for i, item in enumerate(self.tables(table, entry, name), start=1):
            claim = self.claim(item, f"{entry}, {name} #{i}")
            if claim is not None:
                out.append(claim)
        return tuple(out)
