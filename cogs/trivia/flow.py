"""A game's questions, one after another: post, close on time (or once all are in), reveal, pause, and
after the last question the finish. Everything here runs in the game's turn (see Turns)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.db.trivia import TriviaRepository
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Game, Reveal
from cogs.trivia import embeds, views
from cogs.trivia.counts import LiveCounts
from cogs.trivia.deadlines import Deadlines
from cogs.trivia.turns import Turns
from cogs.trivia.views import GameSettings

log = logging.getLogger(__name__)


@dataclasses.dataclass
class LiveGame:
    state: Game
    guild_id: int
    channel: discord.abc.Messageable
    settings: GameSettings
    message: discord.Message | None = None
    turn: Turns = dataclasses.field(default_factory=Turns)
    over: bool = False
    unrecorded: tuple[int, int] | None = None
    """(question index, message id) of a question posted but not yet recorded in the database."""
    pausing: Reveal | None = None
    """The reveal on screen, with its countdown, while the next question waits."""


@dataclasses.dataclass(frozen=True)
class Pacing:
    time_limit: float
    """Seconds a question stays open."""
    reveal_pause: float
    """Seconds a reveal stays before the next question: time to read the answer and its source."""


class QuestionFlow:
    """The games in play, by channel and by id, and how each moves from question to question."""

    def __init__(
        self,
        bank: QuestionBank,
        repo: TriviaRepository,
        clock: Callable[[], dt.datetime],
        pacing: Pacing,
    ) -> None:
        self.bank = bank
        self.repo = repo
        self.clock = clock
        self.pacing = pacing
        self.closings = Deadlines(self._expire)
        """When each open question closes."""
        self.pauses = Deadlines(self._advance)
        """When each reveal gives way to the next question."""
        self.counts = LiveCounts(self._refresh_count)
        self._by_channel: dict[int, LiveGame] = {}
        self._by_id: dict[int, LiveGame] = {}
        self.names: dict[int, str] = {}
        """Players' names as last seen in an interaction, to name them in embeds (where a mention of
        someone Discord hasn't at hand shows as a raw id)."""

    def player_names(self, interaction: discord.Interaction[Any]) -> dict[int, str]:
        """The players' names known, with the name of whoever is interacting remembered first."""
        self.names[interaction.user.id] = interaction.user.display_name
        return self.names

    @property
    def time_limit(self) -> float:
        return self.pacing.time_limit

    def game_in(self, channel_id: int) -> LiveGame | None:
        """The game running in a channel, if any."""
        return self._by_channel.get(channel_id)

    def _register(self, live: LiveGame) -> None:
        self._by_channel[getattr(live.channel, "id", 0)] = live
        self._by_id[live.state.game_id] = live

    def _forget(self, live: LiveGame) -> None:
        live.over = True
        channel_id = getattr(live.channel, "id", None)
        if self._by_channel.get(channel_id or 0) is live:
            del self._by_channel[channel_id or 0]
        self._by_id.pop(live.state.game_id, None)

    async def _open_next(self, live: LiveGame) -> None:
        """Post the next question and start its timer. Call during the game's turn."""
        state = live.state
        live.pausing = None
        question = state.open_next(self.clock())
        embed = embeds.question_embed(question, state.index, len(state.questions), state.deadline)
        view = views.answer_view(state.game_id, state.index, question)
        try:
            live.message = await live.channel.send(embed=embed, view=view)
        except discord.HTTPException:
            log.warning("Could not post trivia question in game %s; ending it", state.game_id, exc_info=True)
            state.close()
            self._forget(live)
            await self.repo.end_game(state.game_id, "stopped", self.clock())
            return
        # The timer first, and the record after the turn (_record_posted): however long recording
        # the message waits on the database, the question closes on time and the game goes on.
        self.closings.schedule(state.game_id, state.index, state.time_limit)
        live.unrecorded = (state.index, live.message.id)

    async def _record_posted(self, live: LiveGame) -> None:
        """Record the posted question's message, outside the game's turn (retried while locked)."""
        if live.unrecorded is not None:
            (index, message_id), live.unrecorded = live.unrecorded, None
            await self.repo.question_posted(live.state.game_id, index, message_id)

    async def _refresh_count(self, game_id: int) -> None:
        """Show how many have answered the open question (LiveCounts calls this at most once a second)."""
        live = self._by_id.get(game_id)
        if live is not None:
            await live.turn.run(self._count_turn(live, live.state.index))

    async def _count_turn(self, live: LiveGame, index: int) -> None:
        state = live.state
        if live.over or not state.is_open or state.index != index or live.message is None:
            return  # closed meanwhile: the reveal has the final counts
        embed = embeds.question_embed(
            state.question, index, len(state.questions), state.deadline, state.answered
        )
        await live.message.edit(embed=embed)

    async def _expire(self, game_id: int, index: int) -> None:
        """Question ``index``'s time is up."""
        live = self._by_id.get(game_id)
        if live is not None:
            await self._guarded(live, index, self._close(live, index))

    async def _advance(self, game_id: int, index: int) -> None:
        """The reveal of question ``index`` has had its time: on to the next question."""
        live = self._by_id.get(game_id)
        if live is not None:
            await self._guarded(live, index, self._next(live, index))

    async def _guarded(self, live: LiveGame, index: int, work: Awaitable[None]) -> None:
        try:
            await work
        except Exception:
            # Never leave a game open with no timer: end it, and take its buttons away.
            game_id = live.state.game_id
            log.exception("Moving trivia game %s on from question %s failed; ending the game", game_id, index)
            if not live.over:
                self._forget(live)
                await self.repo.end_game(game_id, "stopped", self.clock())
                if live.message is not None:
                    try:
                        await live.message.edit(view=None)
                    except discord.HTTPException:
                        log.warning("Could not take the buttons off game %s", game_id, exc_info=True)

    async def _close(self, live: LiveGame, index: int) -> None:
        """Reveal question ``index`` (once); then the pause before the next question, or the finish."""
        await live.turn.run(self._close_turn(live, index))

    async def _next(self, live: LiveGame, index: int) -> None:
        await live.turn.run(self._next_turn(live, index))
        await self._record_posted(live)

    async def _next_turn(self, live: LiveGame, index: int) -> None:
        if live.over or live.state.is_open or live.state.index != index:
            return
        await self._open_next(live)

    async def _close_turn(self, live: LiveGame, index: int) -> None:
        state = live.state
        if live.over or state.index != index:
            return
        reveal = state.close()
        if reveal is None:
            return
        if state.has_next:
            live.pausing = reveal
            next_at = self.clock() + dt.timedelta(seconds=self.pacing.reveal_pause)
            self.pauses.schedule(state.game_id, index, self.pacing.reveal_pause)
            await self._show_reveal(live, reveal, next_at)
            return
        await self._show_reveal(live, reveal)
        await self._finish(live)

    async def _finish(self, live: LiveGame) -> None:
        """The last question is revealed: the game ends, with its podium and a Play again button."""
        self._forget(live)
        await self.repo.end_game(live.state.game_id, "finished", self.clock())
        try:
            await live.channel.send(
                embed=embeds.finish_embed(
                    "Trivia: game over", live.state.standings(), "Thanks for playing!", names=self.names
                ),
                view=views.again_view(live.settings),
            )
        except discord.HTTPException:
            log.warning("Could not post the standings of game %s", live.state.game_id, exc_info=True)

    async def _show_reveal(self, live: LiveGame, reveal: Reveal, next_at: dt.datetime | None = None) -> None:
        if live.message is None:
            return
        state = live.state
        try:
            await live.message.edit(
                embed=embeds.reveal_embed(
                    reveal, len(state.questions), self.bank.sources, names=self.names, next_at=next_at
                ),
                view=views.answer_view(state.game_id, reveal.index, reveal.question, revealed=True),
            )
        except discord.HTTPException:
            log.warning("Could not reveal question %s of game %s", reveal.index, state.game_id, exc_info=True)

    def shutdown(self) -> None:
        self.closings.stop()
        self.pauses.stop()
        self.counts.stop()
