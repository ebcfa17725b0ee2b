"""Settings, read from the environment (and a `.env` file loaded into it by the entry point)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from bot.db.base import address_problem, redact
from bot.domain.text import listing

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
PACKS_DIR = DATA_DIR / "packs"
DEFAULT_DATABASE = DATA_DIR / "bot.sqlite3"
DEFAULT_PACK = "im-here"

_T = TypeVar("_T")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A bot token is three base64url parts joined by dots. Checking the shape catches a pasted client
# secret, application ID or "Bot " prefix before the bot tries to connect.
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{20,}$")


class SettingsError(Exception):
    """Settings missing or malformed. ``problems`` holds each as (setting, how to fix it), in the
    order they were checked; ``setting`` names the first."""

    def __init__(self, setting: str, message: str, *more: tuple[str, str]) -> None:
        self.problems: tuple[tuple[str, str], ...] = ((setting, message), *more)
        self.setting = setting
        super().__init__("\n".join(f"{name}: {text}" for name, text in self.problems))

    @classmethod
    def every(cls, errors: Sequence[SettingsError]) -> SettingsError:
        """One error naming every problem of ``errors`` (at least one)."""
        problems = [problem for error in errors for problem in error.problems]
        return cls(*problems[0], *problems[1:])


def _shard_count(raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise SettingsError(
            "SHARD_COUNT",
            f"{raw!r} is not a number of shards. Give a whole number from 1 (the same in every process), "
            "or leave it empty for the count Discord recommends.",
        )
    return int(raw)


def _shard_ids(raw: str, count: int | None, *, count_malformed: bool = False) -> tuple[int, ...] | None:
    """``0-3``, ``4,5,6,7`` or a mix (``0-3,8``): the shards this process runs (checked against
    ``count`` unless SHARD_COUNT itself is malformed, which is said already)."""
    if not raw:
        return None
    ids: list[int] = []
    for part in (p.strip() for p in raw.split(",")):
        first, dash, last = part.partition("-")
        if not first.strip().isdigit() or (dash and not last.strip().isdigit()):
            raise SettingsError(
                "SHARD_IDS", f"{raw!r} is not a shard list; write the shards like 0-3, 4,5,6,7 or 0-3,8."
            )
        low, high = int(first), int(last) if dash else int(first)
        if high < low:
            raise SettingsError("SHARD_IDS", f"the range {part!r} runs backwards; write it as {high}-{low}.")
        ids.extend(range(low, high + 1))
    if count_malformed:
        return tuple(ids)
    if count is None:
        raise SettingsError(
            "SHARD_IDS", "needs SHARD_COUNT: set the total number of shards, the same in every process."
        )
    outside = sorted({i for i in ids if i >= count})
    if outside:
        raise SettingsError(
            "SHARD_IDS",
            f"{'shard' if len(outside) == 1 else 'shards'} {listing([str(i) for i in outside])} "
            f"{'does' if len(outside) == 1 else 'do'} not exist with SHARD_COUNT={count} "
            f"(shards are numbered 0 to {count - 1}).",
        )
    if len(set(ids)) != len(ids):
        raise SettingsError("SHARD_IDS", f"{raw!r} names a shard twice.")
    return tuple(ids)


def _api_base(raw: str) -> str | None:
    """A shared rate-limit proxy's address (nirn-proxy, twilight's http-proxy): every REST call goes there."""
    if not raw:
        return None
    parsed = urlsplit(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or parsed.query or parsed.fragment:
        raise SettingsError(
            "DISCORD_API_BASE",
            f"{raw!r} is not the address of a proxy; write it like http://localhost:8080 (the proxy "
            "answers Discord's /api/v10 paths there), or leave it empty to call Discord directly.",
        )
    return raw.rstrip("/").removesuffix("/api/v10")


def _database_url(raw: str) -> str | None:
    """A PostgreSQL server's database (``postgresql://user:password@host:5432/name``), shared by
    every process of one deployment."""
    if not raw:
        return None
    problem = address_problem(raw)
    if problem:
        raise SettingsError(
            "DATABASE_URL",
            f"{redact(raw)!r} is not a PostgreSQL database address that can be used: {problem}. Write "
            "it like postgresql://bot:password@localhost:5432/imhere, or leave it empty to use the SQLite "
            "file at DATABASE_PATH.",
        )
    return raw


def database_from_env(env: Mapping[str, str]) -> tuple[Path, str | None]:
    """The SQLite file (DATABASE_PATH) and the PostgreSQL address (DATABASE_URL, which wins when set)
    the bot uses: read alone by the commands that need no token (``python -m bot forget``)."""
    db_raw = env.get("DATABASE_PATH", "").strip()
    database_path = Path(db_raw).expanduser() if db_raw else DEFAULT_DATABASE
    errors = []
    if database_path.exists() and database_path.is_dir():
        errors.append(SettingsError("DATABASE_PATH", f"{db_raw!r} is a folder; give the path of a file."))
    try:
        database_url = _database_url(env.get("DATABASE_URL", "").strip())
    except SettingsError as exc:
        errors.append(exc)
    if errors:
        raise SettingsError.every(errors)
    return database_path, database_url


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    database_path: Path = DEFAULT_DATABASE
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    shard_count: int | None = None
    """The total number of shards; None for the count Discord recommends."""
    shard_ids: tuple[int, ...] | None = None
    """The shards this process runs; None for all of them."""
    api_base: str | None = None
    """Where REST calls go instead of https://discord.com (a shared rate-limit proxy); None: Discord."""
    database_url: str | None = field(default=None, repr=False)
    """A PostgreSQL database shared by every process; None: the SQLite file at ``database_path``.
    Not in the repr: it may carry a password."""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """The settings ``env`` gives; :class:`SettingsError` names every one missing or malformed."""
        errors: list[SettingsError] = []

        def read(parse: Callable[[], _T], default: _T) -> _T:
            try:
                return parse()
            except SettingsError as exc:
                errors.append(exc)
                return default

        token = read(lambda: _token(env.get("DISCORD_TOKEN", "").strip()), "")
        database_path, database_url = read(lambda: database_from_env(env), (DEFAULT_DATABASE, None))
        dev_guild_id = read(lambda: _dev_guild_id(env.get("DEV_GUILD_ID", "").strip()), None)
        log_level = read(lambda: _log_level(env.get("LOG_LEVEL", "").strip()), "INFO")
        shard_count = read(lambda: _shard_count(env.get("SHARD_COUNT", "").strip()), None)
        malformed = bool(errors) and errors[-1].setting == "SHARD_COUNT"
        shard_ids = read(
            lambda: _shard_ids(env.get("SHARD_IDS", "").strip(), shard_count, count_malformed=malformed), None
        )
        api_base = read(lambda: _api_base(env.get("DISCORD_API_BASE", "").strip()), None)
        if errors:
            raise SettingsError.every(errors)
        return cls(
            token=token,
            database_path=database_path,
            dev_guild_id=dev_guild_id,
            log_level=log_level,
            shard_count=shard_count,
            shard_ids=shard_ids,
            api_base=api_base,
            database_url=database_url,
        )


def _token(token: str) -> str:
    if not token:
        raise SettingsError(
            "DISCORD_TOKEN",
            "is not set. Copy .env.example to .env and paste your bot's token from the Discord "
            "developer portal (Bot > Reset Token), or set it in the environment. To try the bot first, "
            "`python -m bot try` needs no token.",
        )
    if token.lower().startswith("bot "):
        raise SettingsError("DISCORD_TOKEN", "should be the token alone, without the 'Bot ' prefix.")
    if not _TOKEN_SHAPE.match(token):
        raise SettingsError(
            "DISCORD_TOKEN",
            "does not look like a bot token (three parts separated by dots). Copy it again from the "
            "developer portal's Bot page; the client secret and application ID are not the token.",
        )
    return token


def _dev_guild_id(raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit() or not 15 <= len(raw) <= 20:
        raise SettingsError(
            "DEV_GUILD_ID",
            f"{raw!r} is not a server ID. Enable Developer Mode in Discord, right-click the "
            "server and choose 'Copy Server ID', or leave DEV_GUILD_ID empty.",
        )
    return int(raw)


def _log_level(raw: str) -> str:
    if not raw:
        return "INFO"
    if raw.upper() not in _LOG_LEVELS:
        raise SettingsError("LOG_LEVEL", f"{raw!r} is not one of {listing(list(_LOG_LEVELS), 'or')}.")
    return raw.upper()
