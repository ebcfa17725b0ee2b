"""One SQL text for both backends: the repositories write SQLite's form, this turns it into PostgreSQL's.

What differs is small and named here, once:
- parameters: ``?`` becomes ``$1``, ``$2``... (no repository SQL has a ``?`` inside a string literal);
- a list passed as one JSON parameter (one bound parameter, however many items): ``{ints}``,
  ``{texts}`` (``x IN ({ints})``), ``{pairs}``, a table of (g, d) pairs (a server and a date), and
  ``{user_pairs}``, of (g, u) pairs (a server and a user);
- ``{for_share}``: the row a transaction reads stays as read until it commits. SQLite's write
  transactions already exclude each other; PostgreSQL locks the row.
"""

from __future__ import annotations

import functools
import re

from bot.db.base import Dialect

_PARTS: dict[Dialect, dict[str, str]] = {
    "sqlite": {
        "ints": "SELECT value FROM json_each(?)",
        "texts": "SELECT value FROM json_each(?)",
        "pairs": "SELECT json_extract(value, '$[0]') AS g, json_extract(value, '$[1]') AS d FROM json_each(?)",
        "user_pairs": "SELECT json_extract(value, '$[0]') AS g, json_extract(value, '$[1]') AS u FROM json_each(?)",
        "for_share": "",
    },
    "postgres": {
        "ints": "SELECT value::bigint FROM json_array_elements_text(?::json)",
        "texts": "SELECT value FROM json_array_elements_text(?::json)",
        "pairs": "SELECT (value->>0)::bigint AS g, value->>1 AS d FROM json_array_elements(?::json)",
        "user_pairs": "SELECT (value->>0)::bigint AS g, (value->>1)::bigint AS u FROM json_array_elements(?::json)",
        "for_share": " FOR SHARE",
    },
}
_PART = re.compile(r"\{(ints|texts|pairs|user_pairs|for_share)\}")
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@functools.cache
def translate(sql: str, dialect: Dialect) -> str:
    """``sql`` (SQLite's form, with the parts above) for ``dialect``. Cached: the repositories' SQL
    is a fixed set of strings."""
    parts = _PARTS[dialect]
    sql = _PART.sub(lambda m: parts[m.group(1)], sql)
    if dialect == "postgres":
        numbers = iter(range(1, sql.count("?") + 1))
        sql = re.sub(r"\?", lambda _: f"${next(numbers)}", sql)
    return sql


def identifier(name: str) -> str:
    """A table or column name of the bot's own schema, quoted for SQL text on both backends (the
    few statements that name a table only known at run time: copying a deployment). Anything but a
    plain lower-case name is refused, so no text from elsewhere becomes SQL."""
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a table or column name of the bot's schema")
    return f'"{name}"'
