"""Games the database holds as running that no live game does: cut off by a restart, or left behind by
a lost reply. They are ended with their points, and their open questions lose their buttons."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Collection

import discord

from bot.db.trivia import RunningGame, Status, TriviaRepository
from bot.domain.text import plural
from bot.domain.trivia.game import Standing
from bot.sharding import serves
from bot.ui.i18n import speaking, t
from cogs.trivia import cards

log = logging.getLogger(__name__)


class StoredGames:
    """Ends stored games and tidies their messages; never touches a game the bot is playing."""

    def __init__(self, repo: TriviaRepository, clock: Callable[[], dt.datetime]) -> None:
        self.repo = repo
        self.clock = clock

    async def scores(self, game_id: int) -> list[Standing]:
        return [
            Standing(s.user_id, s.points, s.right, s.answered, s.fastest)
            for s in await self.repo.game_scores(game_id)
        ]

    async def end_in_channel(
        self, client: discord.Client, channel_id: int, status: Status, live: Collection[int]
    ) -> list[Standing]:
        """End the games stored as running in a channel whose ids are not in ``live``; their standings."""
        standings: list[Standing] = []
        for game in await self.repo.running_games(channel_id):
            if game.id in live:
                continue
            log.warning("Trivia game %s was still running in the database only; ending it", game.id)
            await self.repo.end_game(game.id, status, self.clock())
            standings = await self.scores(game.id)
            await self.close_messages(client, game, None)
        return standings

    async def close_interrupted(self, client: discord.Client) -> int:
        """Close games a restart cut off: mark them, and say so on their message. Their points stand.
        Runs once when the bot starts to run (never when it only syncs its commands). Past one
        process, only the games this one owns: in servers on its shards, or left by a run that ended."""
        games = await self.repo.cut_off_games(functools.partial(serves, client))
        languages: dict[int, str | None] = {}  # one request per server, however many games it had
        for game in games:
            await self.repo.end_game(game.id, "interrupted", self.clock())
            scores = await self.scores(game.id)
            if game.guild_id not in languages:
                languages[game.guild_id] = await _server_locale(client, game.guild_id)
            with speaking(languages[game.guild_id]):  # the channel reads it
                embed = cards.finish_embed(
                    t("trivia-cut-off"),
                    scores,
                    t("trivia-cut-off-note", number=game.current_index + 1, count=game.question_count),
                    names={},  # nobody seen yet since the restart: players are mentioned
                )
            await self.close_messages(client, game, embed)
        if games:
            log.info("Closed %s cut off by a restart", plural(len(games), "trivia game"))
        return len(games)

    async def close_messages(
        self, client: discord.Client, game: RunningGame, embed: discord.Embed | None
    ) -> None:
        """Take the buttons off every question a game left open, and put ``embed`` on the latest.

        The stored message is the last one recorded, but a crash can fall between posting a question
        and recording it: the channel's recent messages are searched for any other question of the
        game that still has buttons. A game cut off while a reveal was showing has no open question:
        ``embed`` is then posted below that reveal, which keeps its answer."""
        channel = client.get_partial_messageable(game.channel_id)
        open_ids: set[int] = set()
        prefix = f"trivia:{game.id}:"
        try:
            since = discord.Object(discord.utils.time_snowflake(game.started_at, high=False))
            async for message in channel.history(limit=100, after=since):
                if client.user is None or message.author.id != client.user.id:
                    continue
                mine = [disabled for cid, disabled in _buttons(message) if cid.startswith(prefix)]
                if mine and not all(mine):
                    open_ids.add(message.id)
        except discord.HTTPException:
            log.warning("Could not read the channel of game %s for open questions", game.id, exc_info=True)
            if game.message_id is not None:
                open_ids.add(game.message_id)
        if not open_ids and embed is not None:
            try:
                await channel.send(embed=embed)
            except discord.HTTPException:
                log.warning("Could not post the end of interrupted game %s", game.id, exc_info=True)
            return
        for message_id in sorted(open_ids, reverse=True):
            message = channel.get_partial_message(message_id)
            try:
                if embed is not None and message_id == max(open_ids):
                    await message.edit(embed=embed, view=None)
                else:
                    await message.edit(view=None)
            except discord.HTTPException:
                log.warning(
                    "Could not update message %s of interrupted game %s", message_id, game.id, exc_info=True
                )


async def _server_locale(client: discord.Client, guild_id: int) -> str | None:
    """The server's preferred language. This runs as the bot starts, before the gateway has sent any
    server, so it is asked over HTTP; None (English) if Discord can't say."""
    guild = client.get_guild(guild_id)
    if guild is None:
        try:
            guild = await client.fetch_guild(guild_id)
        except discord.HTTPException:
            log.warning("Could not read the language of server %s", guild_id, exc_info=True)
            return None
    return guild.preferred_locale.value


def _buttons(message: discord.Message) -> list[tuple[str, bool]]:
    return [
        (c.custom_id or "", c.disabled)
        for row in message.components
        for c in getattr(row, "children", [])
        if isinstance(c, discord.Button)
    ]
