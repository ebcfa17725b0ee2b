"""The command line: ``python -m bot`` (run), ``python -m bot sync``, ``python -m bot check-data``,
``python -m bot try``, ``python -m bot copy-db``.

Exit codes: 0 done, 1 the data or the database is unusable, 2 a setting is missing or malformed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import aiohttp
import discord
from dotenv import find_dotenv, load_dotenv

from bot.app import open_app, read_data, stop_on_signals
from bot.client import SoundtrackBot, send_rest_calls_to, sync_commands
from bot.db import DatabaseError, open_database
from bot.db.copy import CountMismatchError, backend_errors, copy_between, count_table, location
from bot.db.privacy import Forgotten, forget_user
from bot.domain.content import PackContent, find
from bot.domain.pack import PackError
from bot.domain.text import plural
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.summary import bank_table, headline
from bot.settings import DEFAULT_PACK, PACKS_DIR, Settings, SettingsError, database_from_env
from bot.sharding import describe_shards
from bot.ui.i18n import ENGLISH, LOCALES, catalogue, problems

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DATA, EXIT_SETTINGS = 0, 1, 2


class _RedactToken(logging.Filter):
    """Belt and braces: whatever logs a message, the token never reaches the log."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self._token and self._token in record.getMessage():
            record.msg = record.getMessage().replace(self._token, "[token hidden]")
            record.args = None
        return True


def _configure_logging(level: str, token: str = "") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
    handler.addFilter(_RedactToken(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def _configuration_error(error: SettingsError) -> str:
    """Every setting that is missing or malformed, one a line."""
    if len(error.problems) == 1:
        return f"Configuration error: {error}"
    lines = [f"  {setting}: {message}" for setting, message in error.problems]
    return "\n".join([f"{plural(len(lines), 'configuration error')}:", *lines])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="The I'm Here soundtrack Discord bot.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (the default)")
    sync = sub.add_parser("sync", help="register the slash commands with Discord and exit")
    sync.add_argument("--guild", type=int, metavar="ID", help="register with this server only (instant)")
    trial = sub.add_parser(
        "try", help="try the bot in a simulated Discord in your browser: no token, no network"
    )
    trial.add_argument("--database", type=Path, metavar="PATH", help="keep the data in this file")
    trial.add_argument("--port", type=int, default=0, metavar="N", help="serve the page on this port")
    trial.add_argument("--no-browser", action="store_true", help="print the address, don't open it")
    trial.add_argument(
        "--locale",
        choices=sorted(LOCALES),
        default=ENGLISH,
        help="the language of your simulated Discord client and server (default en-US)",
    )
    check = sub.add_parser("check-data", help="validate the data packs without starting the bot")
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help=f"pack folders, or folders of packs (default: {PACKS_DIR})",
    )
    copy = sub.add_parser(
        "copy-db",
        help="copy the users' data (settings, daily posts, games, answers) to another database",
    )
    forget = sub.add_parser(
        "forget",
        help="delete what the bot keeps about one person (their answers, streaks and name), by user ID",
    )
    forget.add_argument("user_id", metavar="USER_ID", help="the person's Discord user ID")
    copy.add_argument("source", metavar="SOURCE", help="a SQLite file, or a postgresql:// address")
    copy.add_argument("target", metavar="TARGET", help="a SQLite file, or a postgresql:// address")
    copy.add_argument(
        "--replace", action="store_true", help="delete the users' data the target holds, then copy"
    )
    return parser


def check_data(paths: Sequence[Path]) -> int:
    try:
        content = read_data(paths)
    except PackError as exc:
        return _fail(f"The data has {len(exc.problems)} problem(s):\n{exc}", EXIT_DATA)
    for item in content:
        pack = item.pack
        print(
            f"{pack.slug}: OK ({len(pack.tracks)} tracks, {len(pack.artists)} artists, "
            f"{len(pack.quotes)} quotes, {len(pack.sources)} sources, "
            f"{len(item.trivia)} hand-written trivia questions)"
        )
        bank = QuestionBank.from_pack(pack, item.trivia)
        print(f"{pack.slug} trivia: {headline(bank)}\n{bank_table(bank)}")
    try:
        words = catalogue()
        for locale in LOCALES:  # every file read now: one that can't be is named here
            words.file(locale)
    except ValueError as exc:
        return _fail(f"The locale files can't be read: {exc}", EXIT_DATA)
    if found := problems(words):
        return _fail(f"The locale files have {len(found)} problem(s):\n" + "\n".join(found), EXIT_DATA)
    print(f"bot/locales: OK ({', '.join(LOCALES)}; {len(words.keys[ENGLISH])} messages each)")
    return EXIT_OK


async def _run(
    settings: Settings, content: Sequence[PackContent], sync_guild: int | None, sync_only: bool
) -> int:
    if settings.api_base is not None:
        log.info("Sending Discord REST calls through %s", send_rest_calls_to(settings.api_base))
    async with open_app(settings, content) as app:
        log.info("Database: %s", app.db.describe())
        bot = app.bot(settings, mode="sync" if sync_only else "run")
        try:
            with stop_on_signals(bot):
                async with bot:
                    if sync_only:
                        await _sync(bot, settings, sync_guild)
                    else:
                        await bot.start(settings.token)
        except discord.LoginFailure:
            return _fail(
                "DISCORD_TOKEN was rejected by Discord. Reset the token on the developer portal's Bot page "
                "and put the new one in .env.",
                EXIT_SETTINGS,
            )
        except discord.PrivilegedIntentsRequired:
            return _fail(
                "Discord refused the bot's intents; this bot needs no privileged intents.", EXIT_DATA
            )
        except (aiohttp.ClientError, OSError) as exc:
            return _fail(
                f"Could not reach Discord ({exc}). Check the network connection and try again.", EXIT_DATA
            )
    if bot.stopped_by is not None:
        return _fail(f"Stopped: {bot.stopped_by}", EXIT_DATA)
    return EXIT_OK


async def _sync(bot: SoundtrackBot, settings: Settings, guild: int | None) -> None:
    await bot.login(settings.token)
    synced = await sync_commands(bot, guild)
    where = f"server {guild}" if guild else "all servers (Discord may take a while to show them)"
    print(
        f"Registered {len(synced)} commands with {where}: {', '.join('/' + c.name for c in synced)}"
        f"\nCommands belong to the application, so every shard serves them; these settings run "
        f"{describe_shards(settings.shard_count, settings.shard_ids)}."
    )


def try_bot(database: Path | None, port: int, *, open_browser: bool, locale: str = ENGLISH) -> int:
    """``python -m bot try``: the bot in SimCord's simulated Discord, in a browser page."""
    from bot import tryout  # imports nothing optional: it says what is missing

    if missing := tryout.missing_extra():
        return _fail(
            f"Trying the bot needs the 'try' extra ({', '.join(missing)} missing): {tryout.INSTALL_HINT}",
            EXIT_SETTINGS,
        )
    _configure_logging("WARNING")  # the address and what goes wrong; not the bot's routine
    try:
        content = read_data()
        find(content, DEFAULT_PACK)
    except PackError as exc:
        return _fail(f"Not starting: the data has {len(exc.problems)} problem(s):\n{exc}", EXIT_DATA)
    # Importing SimCord makes discord.py warn about a state without the guilds intent: not the bot's.
    logging.getLogger("discord.state").setLevel(logging.ERROR)
    from bot.tryout.session import run_session

    logging.getLogger("discord.state").setLevel(logging.NOTSET)

    def announce(url: str) -> None:
        print(
            f"\nThe bot is running in a simulated Discord. Open this address in your browser:\n\n    {url}\n"
        )
        print("Stop it with Ctrl+C.", flush=True)

    try:
        asyncio.run(
            run_session(
                content,
                database=database,
                port=port,
                open_browser=open_browser,
                announce=announce,
                locale=locale,
            )
        )
    except DatabaseError as exc:
        return _fail(f"Not starting: {exc}", EXIT_DATA)
    except tryout.PageUnavailableError as exc:
        return _fail(str(exc), EXIT_SETTINGS)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def copy_db(source: str, target: str, *, replace: bool) -> int:
    """``python -m bot copy-db``: the users' data from one database to another (see bot/db/copy.py)."""
    try:
        source_at, target_at = location(source, "SOURCE"), location(target, "TARGET")
    except ValueError as exc:
        return _fail(str(exc), EXIT_SETTINGS)
    if source_at == target_at:
        return _fail("SOURCE and TARGET are the same database: nothing to copy.", EXIT_SETTINGS)
    if isinstance(source_at, Path) and not source_at.exists():
        return _fail(f"The source database {source_at} does not exist: nothing to copy.", EXIT_DATA)
    if isinstance(target_at, Path) and target_at.is_dir():
        return _fail(f"The target {target_at} is a folder, not a database file.", EXIT_SETTINGS)
    try:
        copied = asyncio.run(copy_between(source_at, target_at, replace=replace))
    except CountMismatchError as exc:
        print(count_table(exc.counts))
        return _fail(f"Not copied: {exc}", EXIT_DATA)
    except DatabaseError as exc:
        return _fail(f"Not copied: {exc}", EXIT_DATA)
    except backend_errors() as exc:
        return _fail(f"Not copied (the target was left as it was): {exc}", EXIT_DATA)
    print(f"Copied the users' data from {copied.source} to {copied.target}:")
    print(count_table(copied.counts))
    return EXIT_OK


def forget(raw_id: str) -> int:
    """``python -m bot forget USER_ID``: what ``/privacy forget`` does, for the operator (a request
    that came by mail, a person who left every server), on the database the bot is configured with."""
    if not raw_id.isdigit() or not 15 <= len(raw_id) <= 20:
        return _fail(
            f"{raw_id!r} is not a Discord user ID (a number of 15 to 20 digits: Developer Mode, then "
            "right-click the person and 'Copy User ID').",
            EXIT_SETTINGS,
        )
    try:
        path, url = database_from_env(os.environ)
    except SettingsError as exc:
        return _fail(_configuration_error(exc), EXIT_SETTINGS)
    if url is None and not path.exists():
        print(f"There is no database at {path} yet: the bot keeps nothing about anyone.")
        return EXIT_OK

    async def run() -> Forgotten:
        db = await open_database(path=path, url=url)
        try:
            return await forget_user(db, int(raw_id))
        finally:
            await db.close()

    try:
        done = asyncio.run(run())
    except DatabaseError as exc:
        return _fail(f"Nothing deleted: {exc}", EXIT_DATA)
    print(done.said(you=False))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    load_dotenv(find_dotenv(usecwd=True))
    command = args.command or "run"
    if command == "check-data":
        _configure_logging("WARNING")
        return check_data(args.paths)
    if command == "try":
        return try_bot(args.database, args.port, open_browser=not args.no_browser, locale=args.locale)
    if command == "copy-db":
        _configure_logging("WARNING")
        return copy_db(args.source, args.target, replace=args.replace)
    if command == "forget":
        _configure_logging("WARNING")
        return forget(args.user_id)
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as exc:
        return _fail(_configuration_error(exc), EXIT_SETTINGS)
    _configure_logging(settings.log_level, settings.token)
    try:
        content = read_data()
        find(content, DEFAULT_PACK)
    except PackError as exc:
        return _fail(
            f"Not starting: the data has {len(exc.problems)} problem(s):\n{exc}\n"
            "Fix them (python -m bot check-data shows them again); the database was not touched.",
            EXIT_DATA,
        )
    try:
        return asyncio.run(_run(settings, content, getattr(args, "guild", None), command == "sync"))
    except DatabaseError as exc:
        return _fail(f"Not starting: {exc}", EXIT_DATA)
    except KeyboardInterrupt:
        return EXIT_OK
