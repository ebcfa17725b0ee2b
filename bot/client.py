"""The bot: a ``commands.Bot`` that receives its settings and database and loads an explicit list of cogs."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal, NamedTuple

import discord
from discord.ext import commands
from discord.http import Route

from bot.db import Database, DatabaseError, DatabaseGoneError
from bot.domain.catalogue import Catalogue
from bot.domain.pack import Pack
from bot.domain.text import plural
from bot.domain.trivia.bank import QuestionBank
from bot.settings import Settings
from bot.sharding import describe_shards
from bot.ui.cards import CARD_ITEMS, CardShelf
from bot.ui.i18n import ENGLISH, CommandTranslator, catalogue
from bot.ui.installs import invites
from bot.ui.tree import SoundtrackTree

log = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = (
    "cogs.catalogue",
    "cogs.quotes",
    "cogs.daily",
    "cogs.about",
    "cogs.trivia",
    "cogs.privacy",
)

# The bot never joins voice: don't warn at every start that voice libraries are missing.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


def intents() -> discord.Intents:
    """Guilds only: slash commands and buttons need no message content and no privileged intents."""
    return discord.Intents(guilds=True)


def send_rest_calls_to(api_base: str | None) -> str:
    """Route this process's REST calls through a proxy (discord.py's rate limiter only sees its own
    process; a shared proxy sees every process's calls). Returns where they go."""
    if api_base is not None:
        Route.BASE = f"{api_base}/api/v10"
    return Route.BASE


class StatsSection(NamedTuple):
    """A titled line another feature adds to a player's /trivia stats (the daily question's streak)."""

    title: str
    text: str


StatsSectionSource = Callable[[int, int], Awaitable[StatsSection | None]]
"""A feature's section of a player's /trivia stats in a server: (guild id, user id) -> a section or None."""


class TodaysQuote(NamedTuple):
    """A server's quote of the day for its local date today (chosen once, then fixed for the day)."""

    day: dt.date
    pack: str
    quote: str


TodaysQuoteSource = Callable[[int], Awaitable[TodaysQuote]]
"""The quote of the day of a server (by guild id), as the daily feature chooses it."""


ServerZoneSource = Callable[[int], Awaitable[str | None]]
"""A server's time zone (by guild id), as the daily feature holds it: None where it is not set."""


class SoundtrackBot(commands.AutoShardedBot):
    """The bot, given everything it serves: ``main`` builds each part once and passes it in, and each
    cog's ``setup`` hands its cog the parts it uses. ``pack`` is the validated data pack the commands
    answer about; ``catalogue`` serves it from the database; ``bank`` holds its trivia questions."""

    def __init__(
        self,
        *,
        settings: Settings,
        db: Database,
        pack: Pack,
        catalogue: Catalogue,
        bank: QuestionBank,
        mode: Literal["run", "sync"] = "run",
        freeze_heap_at_ready: bool = True,
    ) -> None:
        """``mode`` says what the process is for. Only "run" recovers from a restart (closing what a
        crash left open in the database) and syncs to the development server: "sync" (``python -m bot
        sync``) may run beside a live bot over the same database and must leave its state alone."""
        # discord.py's typing asks for a list; None (its default) runs every shard.
        shards: dict[str, Any] = {} if settings.shard_ids is None else {"shard_ids": list(settings.shard_ids)}
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SoundtrackTree,
            shard_count=settings.shard_count,
            **shards,
        )
        self.settings = settings
        self.db = db
        self.pack = pack
        self.catalogue = catalogue
        self.bank = bank
        self.mode = mode
        self._freeze_heap = freeze_heap_at_ready
        self._on_run: list[Callable[[], Awaitable[object]]] = []
        self.stopped_by: DatabaseError | None = None
        self.player_stats: dict[str, StatsSectionSource] = {}
        """What other features add to a player's /trivia stats, by feature: trivia shows them and
        imports none of those features."""
        self.cards = CardShelf()
        """The cards each feature serves, by kind: a card's Sources, Disputed and More find it here."""
        self.todays_quote: TodaysQuoteSource | None = None
        """Set by the daily feature: /quote today shows the server's quote of the day through it, so
        that quotes imports nothing of daily (daily uses quotes)."""
        self.server_zone: ServerZoneSource | None = None
        """Set by the daily feature: trivia's seasons are months in the server's time, its zone."""
        db.on_gone(self._database_gone)

    def when_running(self, start: Callable[[], Awaitable[object]]) -> None:
        """Register what a feature does once the bot starts to run, and never when it only syncs:
        recover from a restart (close what a crash left open), start posting on its own. Loading a
        feature does nothing of the kind, so ``python -m bot sync`` beside a live bot is harmless."""
        self._on_run.append(start)

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CommandTranslator())
        self.add_dynamic_items(*CARD_ITEMS)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.application_id is not None:
            links = invites(self.application_id)
            log.info(
                "Add me to a server: %s · add me to your own account (the read-only commands in DMs "
                "and any server): %s (this process runs %s)",
                links.server,
                links.user,
                describe_shards(self.settings.shard_count, self.settings.shard_ids),
            )
        if self.mode != "run":
            return
        starts, self._on_run = self._on_run, []  # once, even if setup runs again
        for start in starts:
            await start()
        if self.settings.dev_guild_id is not None:
            synced = await sync_commands(self, self.settings.dev_guild_id)
            log.info(
                "Synced %d commands to the development server %s", len(synced), self.settings.dev_guild_id
            )

    def _database_gone(self, error: DatabaseGoneError) -> None:
        """The database file vanished or was replaced: stop, rather than write on into nothing."""
        if self.stopped_by is None:
            self.stopped_by = error
            self._stopping = asyncio.get_running_loop().create_task(self.close(), name="stop-database-gone")

    async def on_ready(self) -> None:
        # The bot's English words, read in a thread once it is up: not on the way to READY, not on
        # the first command (other languages are read when first spoken).
        self._read_ahead = asyncio.create_task(catalogue().read_ahead(ENGLISH))
        log.info(
            "Logged in as %s (%s) in %s on %s",
            self.user,
            self.user.id if self.user else "?",
            plural(len(self.guilds), "server"),
            describe_shards(self.shard_count, self.shard_ids),
        )

    async def on_shard_ready(self, shard_id: int) -> None:
        servers = sum(1 for g in self.guilds if g.shard_id == shard_id)
        log.info("Shard %d of %s ready with %s", shard_id, self.shard_count, plural(servers, "server"))
        if self._freeze_heap:
            self._freeze_heap = False
            _freeze_heap()


def _freeze_heap() -> None:
    """What exists once the bot is up (modules, the data, the cache of every server) lives as long as
    the bot. Moved out of the garbage collector's view, it is no longer scanned by every full
    collection, whose cost otherwise grows with the number of servers.

    No collection first: that would be a pause as long as the ones this avoids. The price is that
    whatever start-up garbage is caught in reference cycles at that moment is never freed, once."""
    gc.freeze()
    log.debug("Froze %d objects out of garbage collection", gc.get_freeze_count())


async def sync_commands(
    bot: commands.Bot | commands.AutoShardedBot, guild_id: int | None
) -> list[discord.app_commands.AppCommand]:
    """Register the slash commands with one server (instantly) or globally (Discord rate-limits this)."""
    if guild_id is None:
        return await bot.tree.sync()
    guild = discord.Object(id=guild_id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)
