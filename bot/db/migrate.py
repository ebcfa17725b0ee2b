"""The numbered migration scripts of each backend (``bot/db/migrations``, and ``migrations/postgres``
for PostgreSQL): each backend applies them in order at start and records the version it reached."""

from __future__ import annotations

import re
from importlib import resources

from bot.db.base import Dialect

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations(dialect: Dialect) -> list[tuple[int, str, str]]:
    """The numbered migration scripts of a backend, in order, as (version, file name, SQL). Both
    backends have the same numbers and names: PostgreSQL's scripts are in ``migrations/postgres``."""
    folder = resources.files("bot.db").joinpath("migrations")
    if dialect == "postgres":
        folder = folder.joinpath("postgres")
    found = []
    for item in folder.iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration {name} is out of sequence: expected number {expected:04d}")
    return found
