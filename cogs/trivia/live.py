"""The games in play as the bot holds them: each with its state, its channel and messages and its turns
(one operation at a time on it, in the order they came), found by channel or by id. The runner
(games.py) decides when each of these happens."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Collection, Coroutine, Mapping
from typing import Any, TypeVar

import discord

from bot.domain.pack import Source
from bot.domain.trivia.game import Game, Reveal
from bot.ui.i18n import ENGLISH, speaking, t
from cogs.trivia import cards, views
from cogs.trivia.views import GameSettings

log = logging.getLogger(__name__)
T = TypeVar("T")


class Turns:
    """One operation at a time on a game (a close, a stop, the first question), in the order they
    came, like an ``asyncio.Lock``. Each operation runs as a task that waits for the one before it,
    not on a bare future: SimCord (and a reader of a stuck task's stack) can then see what it waits
    for, so a stop waiting out a slow close is tested like any other wait."""

    def __init__(self) -> None:
        self._last: asyncio.Task[Any] | None = None

    async def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` once every operation before it on this game has finished."""
        task = asyncio.get_running_loop().create_task(self._after(self._last, work))
        self._last = task
        return await task

    @staticmethod
    async def _after(previous: asyncio.Task[Any] | None, work: Coroutine[Any, Any, T]) -> T:
        try:
            if previous is not None and not previous.done():
                await asyncio.wait({previous})  # its outcome is its caller's, not ours
        except asyncio.CancelledError:
            work.close()
            raise
        return await work


@dataclasses.dataclass
class LiveGame:
    """A game in play: its state, where it is played, its latest question's message and its turn.
    Its methods post and edit its messages; call them during its turn. Every message of the game is
    in ``locale``, the server's when it started, whatever click or timer later edits it."""

    state: Game
    guild_id: int
    channel: discord.abc.Messageable
    settings: GameSettings
    message: discord.Message | None = None
    """The latest question's message."""
    turn: Turns = dataclasses.field(default_factory=Turns)
    over: bool = False
    unrecorded: tuple[int, int] | None = None
    """(question index, message id) of a question posted but not yet recorded in the database."""
    pausing: Reveal | None = None
    """The reveal on screen, with its countdown, while the next question waits."""
    locale: str = ENGLISH
    """The language its messages speak: the server's (bot.ui.i18n.channel_locale) when it started."""

    async def post_next(self, now: dt.datetime) -> bool:
        """Open the next question and post it with its buttons; False if Discord refused the post."""
        state = self.state
        self.pausing = None
        question = state.open_next(now)
        with speaking(self.locale):
            embed = cards.question_embed(question, state.index, len(state.questions), state.deadline)
            view = views.answer_view(state.game_id, state.index, question)
        try:
            self.message = await self.channel.send(embed=embed, view=view)
        except discord.HTTPException:
            log.warning("Could not post trivia question in game %s; ending it", state.game_id, exc_info=True)
            return False
        self.unrecorded = (state.index, self.message.id)
        return True

    async def show_count(self, index: int) -> None:
        """Show how many have answered question ``index``, if it is still the open one."""
        state = self.state
        if self.over or not state.is_open or state.index != index or self.message is None:
            return  # closed meanwhile: the reveal has the final counts
        with speaking(self.locale):
            embed = cards.question_embed(
                state.question, index, len(state.questions), state.deadline, state.answered
            )
        await self.message.edit(embed=embed)

    async def show_reveal(
        self,
        reveal: Reveal,
        sources: Mapping[str, Source],
        names: Mapping[int, str],
        next_at: dt.datetime | None = None,
    ) -> None:
        """Put the reveal on the question's message, its buttons disabled and the right one green."""
        if self.message is None:
            return
        state = self.state
        with speaking(self.locale):
            embed = cards.reveal_embed(reveal, len(state.questions), sources, names=names, next_at=next_at)
            view = views.answer_view(state.game_id, reveal.index, reveal.question, revealed=True)
        try:
            await self.message.edit(embed=embed, view=view)
        except discord.HTTPException:
            log.warning("Could not reveal question %s of game %s", reveal.index, state.game_id, exc_info=True)

    async def post_finish(self, names: Mapping[int, str]) -> None:
        """The podium below the last reveal, with a Play again button."""
        with speaking(self.locale):
            embed = cards.finish_embed(
                t("trivia-game-over"), self.state.standings(), t("trivia-thanks"), names=names
            )
            view = views.again_view(self.settings)
        try:
            await self.channel.send(embed=embed, view=view)
        except discord.HTTPException:
            log.warning("Could not post the standings of game %s", self.state.game_id, exc_info=True)

    async def take_buttons_off(self) -> None:
        """Take the buttons off the latest question (a game that ended where it could not go on)."""
        if self.message is not None:
            try:
                await self.message.edit(view=None)
            except discord.HTTPException:
                log.warning("Could not take the buttons off game %s", self.state.game_id, exc_info=True)


class LiveGames:
    """The games in play, by channel and by id."""

    def __init__(self) -> None:
        self._by_channel: dict[int, LiveGame] = {}
        self._by_id: dict[int, LiveGame] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def in_channel(self, channel_id: int) -> LiveGame | None:
        """The game running in a channel, if any."""
        return self._by_channel.get(channel_id)

    def get(self, game_id: int) -> LiveGame | None:
        return self._by_id.get(game_id)

    @property
    def ids(self) -> Collection[int]:
        """The ids of the games in play, as they change."""
        return self._by_id.keys()

    def add(self, live: LiveGame) -> None:
        self._by_channel[getattr(live.channel, "id", 0)] = live
        self._by_id[live.state.game_id] = live

    def forget(self, live: LiveGame) -> None:
        """The game is over: out of play, and its channel free for another."""
        live.over = True
        channel_id = getattr(live.channel, "id", None)
        if self._by_channel.get(channel_id or 0) is live:
            del self._by_channel[channel_id or 0]
        self._by_id.pop(live.state.game_id, None)
