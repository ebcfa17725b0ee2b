"""What every backend offers the repositories: reads, writes in transactions, and retried writes.

The repositories write their SQL once, in SQLite's form with ``?`` parameters; :mod:`bot.db.sql`
turns it into PostgreSQL's where the two differ. Rows (sqlite3.Row, asyncpg.Record) read by name
(``row["guild_id"]``) or by position on both backends.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Literal, Protocol, TypeVar
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

T = TypeVar("T")
Dialect = Literal["sqlite", "postgres"]
Params = Sequence[Any]

RETRY_DELAY = 1.0
"""Seconds between attempts of a write that must not be lost, while the database is busy."""


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseGoneError(DatabaseError):
    """The database file was removed or replaced under the running bot: writing on would write into
    a file nobody will ever open again."""


class DatabaseBusyError(Exception):
    """The database is busy for a moment (another program holds SQLite's lock; PostgreSQL refused a
    transaction that raced another, or is restarting): nothing was written, and trying again may work.
    Each backend raises it in place of its own errors that say so."""


class DatabaseUnreachableError(DatabaseBusyError):
    """A read the database did not answer in time (a server that does not answer, a table another
    session holds locked): nothing was read, nothing changed, and a command that only reads says so
    at once rather than keep the person waiting."""


class IntegrityError(Exception):
    """A write broke a constraint (a second answer, a second running game in a channel): on either
    backend, the database refused it and nothing was written."""


_SECRET_PARAMETERS = ("password", "sslpassword")
"""Query parameters of a PostgreSQL address that carry a secret (libpq reads a password there too)."""


def redact(url: str) -> str:
    """A database URL without its password, for logs and messages: the user info's password and any
    ``password=``/``sslpassword=`` parameter become ``***``. Works on the text, not a parse of it, so an
    address that does not parse (an unencoded "/", "?", "#" or "@" in the password, a port that is no
    number) is hidden as well as a well-formed one; when in doubt it hides more, never less."""
    scheme, found, rest = url.partition("://")
    prefix = f"{scheme}://" if found else ""
    if not found:
        rest = url
    user_info, at, after = rest.rpartition("@")
    user, colon, _ = user_info.partition(":")
    if at and colon and "/" not in user:
        return f"{prefix}{user}:***@{_redact_query(after)}"
    return prefix + _redact_query(rest)


def _redact_query(text: str) -> str:
    head, sep, query = text.partition("?")
    if not sep:
        return text
    pairs = []
    for pair in query.split("&"):
        name, eq, _ = pair.partition("=")
        secret = unquote(name).strip().casefold() in _SECRET_PARAMETERS
        pairs.append(f"{name}{eq}***" if eq and secret else pair)
    return f"{head}?{'&'.join(pairs)}"


class Outage:
    """What a task that runs again and again (the daily tick) logs while its database cannot be used:
    one WARNING when the outage begins and one INFO when the database answers again, not a traceback
    every run. Errors that are not the database's are the caller's to report, as bugs."""

    def __init__(self, logger: logging.Logger, what: str) -> None:
        self._log = logger
        self._what = what
        self.down = False

    def failed(self, db: Database, error: BaseException) -> bool:
        """True if ``error`` is the database's (now logged, once per outage); False for anything else."""
        if isinstance(error, DatabaseGoneError):  # not an outage: the bot stops writing (bot/client.py)
            return False
        explained = error if isinstance(error, DatabaseError) else db.explain(error)
        if explained is None:
            return False
        if not self.down:
            self._log.warning(
                "%s waits for the database: %s (logged once until it answers)", self._what, explained
            )
            self.down = True
        return True

    def answered(self) -> None:
        """The task ran: if the database was down, say it is back."""
        if self.down:
            self._log.info("%s goes on: the database answers again", self._what)
            self.down = False


def said(error: BaseException) -> str:
    """An error's message to end a sentence with: without its own closing full stop (PostgreSQL's
    hints end with one: "... to install it.."), and never empty."""
    return str(error).strip().rstrip(".") or type(error).__name__


def address_problem(url: str) -> str | None:
    """Why a PostgreSQL address cannot be used, in words a person can act on; None if it can be.
    Never quotes the password."""
    _, _, rest = url.partition("://")
    ends = [i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0]
    before, colon, secret = rest[: min(ends)].partition(":") if ends else ("", "", "")
    if colon and "@" not in before + secret and not secret.isdigit() and "@" in rest[min(ends) :]:
        return (
            'its password holds a character that must be percent-encoded ("/" as %2F, "?" as %3F, "#" as %23)'
        )
    try:
        parsed = urlsplit(url)
        parsed.port  # noqa: B018 (reading it is the check: a port that is no number raises)
    except ValueError:
        return "its port is not a number (write it like db.example.org:5432)"
    if parsed.scheme not in ("postgresql", "postgres"):
        return "it does not start with postgresql://"
    if not parsed.hostname or not parsed.path.strip("/"):
        return "it names no host or no database"
    return None


class Connection(Protocol):
    """Reads and writes, on the database itself or inside one transaction."""

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]: ...
    async def fetchrow(self, sql: str, params: Params = ()) -> Any | None: ...
    async def execute(self, sql: str, params: Params = ()) -> int: ...
    async def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...
    async def serialize(self, name: str) -> None:
        """Until this transaction ends, no other transaction serializing on ``name`` runs, in any
        process; statements after this one see what those committed."""


class Reads:
    """:meth:`fetchrow` for anything that can :meth:`fetch`."""

    async def fetch(self, sql: str, params: Params = ()) -> list[Any]:
        raise NotImplementedError

    async def fetchrow(self, sql: str, params: Params = ()) -> Any | None:
        rows = await self.fetch(sql, params)
        return rows[0] if rows else None


class Database(Reads):
    """The bot's database, SQLite or PostgreSQL. Reads go straight to it; every write goes through
    :meth:`transaction`; a write that must not be lost goes through :meth:`retry`."""

    dialect: Dialect

    def __init__(self, *, retry_delay: float = RETRY_DELAY) -> None:
        self.retry_delay = retry_delay
        self.instance = random.SystemRandom().randrange(1 << 20, 1 << 31)
        """This run of the bot, in the claims it writes (a day's post being sent)."""
        self._on_gone: list[Callable[[DatabaseGoneError], None]] = []

    # -- each backend ------------------------------------------------------------------------------

    def transaction(self) -> AbstractAsyncContextManager[Connection]:
        """One write transaction: committed if the block finishes, rolled back if it raises."""
        raise NotImplementedError

    async def write(self, sql: str, params: Params = ()) -> int:
        """One statement in a transaction of its own (an answer stored, a game ended); the number
        of rows it changed. A backend may run it in one trip to the database."""
        async with self.transaction() as conn:
            return await conn.execute(sql, params)

    def snapshot(self) -> AbstractAsyncContextManager[Reads]:
        """Reads that all see one committed state of the database, taking no write lock: several
        statements that must agree (a whole pack) even while another process writes."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        """Where the database is, for logs and messages (never a password)."""
        raise NotImplementedError

    def explain(self, error: BaseException) -> DatabaseError | None:
        """A message a person can act on, for this backend's error met while starting; None for any
        other error (a bug, to be reported as one)."""
        raise NotImplementedError

    async def schema_version(self) -> int:
        raise NotImplementedError

    async def continue_numbering(self, conn: Connection, table: str) -> None:
        """After rows were written into ``table`` with their ``id`` given (a copy from another
        database), make the ids the database numbers next follow the largest one. SQLite numbers a
        new row from the largest id already there: nothing to do."""

    async def alive(self, conn: Connection, instances: Iterable[int]) -> set[int]:
        """Which of these runs of the bot are still running. One SQLite file serves one process, so
        any run but this one has ended (it crashed or was stopped)."""
        return set(instances) & {self.instance}

    # -- shared -----------------------------------------------------------------------------------

    def on_gone(self, callback: Callable[[DatabaseGoneError], None]) -> None:
        """Call ``callback`` once, the first time the database is found gone under the bot."""
        self._on_gone.append(callback)

    def check_file(self) -> None:
        """Raise :class:`DatabaseGoneError` if the database is no longer the one that was opened
        (a SQLite file removed or replaced); nothing to check for a server."""

    async def retry(
        self,
        operation: Callable[[], Awaitable[T]],
        *,
        what: str,
        on_wait: Callable[[], Awaitable[object]] | None = None,
    ) -> T:
        """Run a write that must not be lost, again and again while the database is busy (another
        program holds SQLite's lock; PostgreSQL refused a transaction that raced another, or is
        restarting); ``on_wait`` runs once, when the first attempt finds it busy (a click
        acknowledges itself then). Any other error is raised at once."""
        attempt = 0
        while True:
            try:
                return await operation()
            except Exception as exc:
                if not isinstance(exc, DatabaseBusyError):
                    raise
                if attempt == 0 and on_wait is not None:
                    await on_wait()
                attempt += 1
                log_at = logging.WARNING if attempt in (1, 10) or attempt % 60 == 0 else logging.DEBUG
                log.log(log_at, "The database is busy while %s (attempt %d); trying again", what, attempt)
            await asyncio.sleep(self.retry_delay)
