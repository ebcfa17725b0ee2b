"""The games being played: one per channel, each with its timer, its messages and its records.

Every answer is written to the database before the player is told it is locked in, so a crash loses
nothing already answered; a game cut off by a restart is closed at the next start with its points.
What the database says and what the bot holds never part ways: a game that ends in memory ends in the
database too (retried while another program holds it), whatever happens to the messages about it.
When storing may wait, the click or command is acknowledged first, within Discord's deadline.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import heapq
import logging
import random
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

import discord

from bot.db.trivia import ChannelBusy, RunningGame, Status, TriviaRepository
from bot.domain.trivia.bank import NoQuestionsLeft, QuestionBank
from bot.domain.trivia.game import AnswerStatus, Game, Reveal, Standing
from bot.glue.errors import UserFacingError
from cogs.trivia import views

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 20.0
ACKNOWLEDGE_WITHIN = 2.0
"""Seconds /trivia stop may wait on its game (a close posting slowly) or the database before it is
acknowledged (deferred) first: Discord fails an interaction not acknowledged within 3 seconds. A
click is acknowledged as soon as storing its answer finds the database locked (bot.db.BUSY_TIMEOUT)."""
CLOSED = "This question has closed."
NO_GAME = "No trivia game is running in this channel."
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


@dataclass
class LiveGame:
    state: Game
    guild_id: int
    channel: discord.abc.Messageable
    message: discord.Message | None = None
    turn: Turns = field(default_factory=Turns)
    over: bool = False
    unrecorded: tuple[int, int] | None = None
    """(question index, message id) of a question posted but not yet recorded in the database."""


class QuestionClock:
    """One timer for every open question, however many games run: a heap of deadlines and a single
    task that sleeps until the nearest one. Each due question is closed in a task of its own, so one
    game's slow reveal never delays another's. A question closed early leaves a stale entry behind,
    which ``expire`` recognises and ignores."""

    def __init__(self, expire: Callable[[int, int], Awaitable[None]]) -> None:
        self._expire = expire
        self._deadlines: list[tuple[float, int, int]] = []
        self._task: asyncio.Task[None] | None = None
        self._target: float | None = None
        self._closing: set[asyncio.Task[None]] = set()

    def schedule(self, game_id: int, index: int, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        heapq.heappush(self._deadlines, (deadline, game_id, index))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run(), name="trivia-question-clock")
        elif self._target is not None and deadline < self._target:
            self._task.cancel()  # a nearer deadline than the one slept for: start over
            self._task = loop.create_task(self._run(), name="trivia-question-clock")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self._deadlines:
            self._target = self._deadlines[0][0]
            await asyncio.sleep(max(0.0, self._target - loop.time()))
            while self._deadlines and self._deadlines[0][0] <= loop.time():
                _, game_id, index = heapq.heappop(self._deadlines)
                task = loop.create_task(self._close(game_id, index), name=f"trivia-close-{game_id}-{index}")
                self._closing.add(task)
                task.add_done_callback(self._closing.discard)
        self._target = None

    async def _close(self, game_id: int, index: int) -> None:
        try:
            await self._expire(game_id, index)
        except Exception:
            log.exception("Closing question %s of trivia game %s failed", index, game_id)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        for task in self._closing:
            task.cancel()
        self._deadlines.clear()


class GameRunner:
    """Starts, runs and ends games. Per click it touches one game in memory and writes one row."""

    def __init__(
        self,
        bank: QuestionBank,
        repo: TriviaRepository,
        *,
        clock: Callable[[], dt.datetime] = discord.utils.utcnow,
        time_limit: float = DEFAULT_TIME_LIMIT,
        acknowledge_within: float = ACKNOWLEDGE_WITHIN,
        rng: random.Random | None = None,
    ) -> None:
        self.bank = bank
        self.repo = repo
        self.clock = clock
        self.time_limit = time_limit
        self.acknowledge_within = acknowledge_within
        self.rng = rng or random.Random()
        self.button = views.answer_button_type(self.answer)
        self.clock_of_questions = QuestionClock(self._expire)
        self.names: dict[int, str] = {}
        """Players' names as last seen in an interaction, to name them in embeds (where a mention
        of someone Discord hasn't at hand shows as a raw id)."""
        self._by_channel: dict[int, LiveGame] = {}
        self._by_id: dict[int, LiveGame] = {}
        self._starting: set[int] = set()

    def game_in(self, channel_id: int) -> LiveGame | None:
        """The game running in a channel, if any."""
        return self._by_channel.get(channel_id)

    # -- starting and stopping --------------------------------------------------------------------

    def _pointer(self, channel_id: int) -> str:
        live = self._by_channel.get(channel_id)
        if live is not None and live.message is not None:
            return f"A trivia game is already running in this channel: [jump to it]({live.message.jump_url})."
        return "A trivia game is already running in this channel."

    async def start(
        self,
        interaction: discord.Interaction[Any],
        count: int,
        category: str | None,
        difficulty: str | None,
    ) -> None:
        self.seen(interaction)
        channel_id, guild_id = interaction.channel_id, interaction.guild_id
        channel = interaction.channel
        assert channel_id is not None and guild_id is not None
        if not isinstance(channel, discord.abc.Messageable):
            raise UserFacingError("Trivia can only be played in a text channel.")
        if channel_id in self._by_channel or channel_id in self._starting:
            raise UserFacingError(self._pointer(channel_id))
        self._starting.add(channel_id)  # held until the game is registered: two starts can't race
        try:
            seen = await self.repo.seen(guild_id, self.bank.pack)
            try:
                selection = self.bank.choose(
                    count, seen.ids, category=category, difficulty=difficulty, rng=self.rng
                )
            except NoQuestionsLeft as exc:
                raise UserFacingError(str(exc)) from exc
            store = functools.partial(
                self.repo.start_game,
                guild_id=guild_id,
                channel_id=channel_id,
                starter_id=interaction.user.id,
                pack=self.bank.pack,
                cycle=seen.cycle,
                current=selection.current,
                fresh=selection.fresh,
                time_limit=self.time_limit,
                category=category,
                difficulty=difficulty,
            )
            try:
                game_id = await store(now=self.clock())  # a locked database: "try again" at once
            except ChannelBusy:
                # The database holds a running game here that this bot does not (a lost reply, a
                # crash): it can never finish, so it is ended now rather than block the channel.
                await self._within_deadline(
                    interaction, self._end_stored_games(interaction.client, channel_id, "interrupted")
                )
                game_id = await store(now=self.clock())
            questions = tuple(self.bank.questions[q] for q in selection.ids)
            live = LiveGame(Game(game_id, interaction.user.id, questions, self.time_limit), guild_id, channel)
            self._by_channel[channel_id] = live
            self._by_id[game_id] = live
        finally:
            self._starting.discard(channel_id)
        log.info("Trivia game %s started in channel %s (%d questions)", game_id, channel_id, len(questions))
        short = (
            f" (only {len(questions)} left that this server hasn't seen)" if len(questions) < count else ""
        )
        try:
            await self._reply(
                interaction,
                f"**Trivia!** {len(questions)} question{'s' if len(questions) != 1 else ''}{short}, "
                f"{self.time_limit:.0f} seconds each, started by {interaction.user.mention}. "
                "Anyone here can play: pick an answer with the buttons. Faster right answers earn more.",
            )
        except discord.HTTPException:
            # Nobody was told the game started: end it, in memory and in the database alike.
            self._forget(live)
            await self.repo.end_game(game_id, "stopped", self.clock())
            raise
        await live.turn.run(self._open_next(live))
        await self._record_posted(live)

    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        """End this channel's game: in the database first, then on its question, then in the reply,
        so that whatever happens to the reply, the game is over everywhere."""
        channel_id = interaction.channel_id or 0
        live = self._by_channel.get(channel_id)
        if live is None:
            await self._stop_stored(interaction, channel_id)
            return
        self._check_may_stop(interaction, live.state.starter_id)
        standings = await self._within_deadline(interaction, self._end_by_stop(live))
        await self._reply(
            interaction,
            embed=views.standings_embed(
                "Trivia stopped", standings, self.seen(interaction), f"Stopped by {self._name(interaction)}."
            ),
        )
        log.info("Trivia game %s stopped by %s", live.state.game_id, interaction.user.id)

    def seen(self, interaction: discord.Interaction[Any]) -> dict[int, str]:
        """Remember the name of whoever is interacting; the names known."""
        self.names[interaction.user.id] = interaction.user.display_name
        return self.names

    def _name(self, interaction: discord.Interaction[Any]) -> str:
        return discord.utils.escape_markdown(interaction.user.display_name)

    @staticmethod
    def _check_may_stop(interaction: discord.Interaction[Any], starter_id: int) -> None:
        if interaction.user.id != starter_id and not interaction.permissions.manage_messages:
            raise UserFacingError(
                "Only the player who started this game, or someone with the Manage Messages permission, can stop it."
            )

    async def _end_by_stop(self, live: LiveGame) -> list[Standing]:
        return await live.turn.run(self._stop_turn(live))

    async def _stop_turn(self, live: LiveGame) -> list[Standing]:
        if live.over:
            raise UserFacingError(NO_GAME)
        reveal = live.state.close()
        self._forget(live)
        await self.repo.end_game(live.state.game_id, "stopped", self.clock())
        if reveal is not None:
            await self._show_reveal(live, reveal)
        return live.state.standings()

    async def _stop_stored(self, interaction: discord.Interaction[Any], channel_id: int) -> None:
        """Stop a game the database holds as running here but the bot does not (its start or
        stop reply was lost): end it and close its messages, rather than leave the channel blocked."""
        stored = await self.repo.running_games(channel_id)
        if not stored:
            raise UserFacingError(NO_GAME)
        self._check_may_stop(interaction, stored[0].starter_id)
        standings = await self._within_deadline(
            interaction, self._end_stored_games(interaction.client, channel_id, "stopped")
        )
        await self._reply(
            interaction,
            embed=views.standings_embed(
                "Trivia stopped", standings, self.seen(interaction), f"Stopped by {self._name(interaction)}."
            ),
        )

    async def _end_stored_games(
        self, client: discord.Client, channel_id: int, status: Status
    ) -> list[Standing]:
        """End the games stored as running in a channel that no live game holds; their standings."""
        standings: list[Standing] = []
        for game in await self.repo.running_games(channel_id):
            if game.id in self._by_id:
                continue
            log.warning("Trivia game %s was still running in the database only; ending it", game.id)
            await self.repo.end_game(game.id, status, self.clock())
            standings = await self._scores(game.id)
            await self._close_messages(client, game, None)
        return standings

    # -- questions --------------------------------------------------------------------------------

    async def _open_next(self, live: LiveGame) -> None:
        """Post the next question and start its timer. Call during the game's turn."""
        state = live.state
        question = state.open_next(self.clock())
        embed = views.question_embed(question, state.index, len(state.questions), state.deadline)
        view = views.answer_view(self.button, state.game_id, state.index, question)
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
        self.clock_of_questions.schedule(state.game_id, state.index, state.time_limit)
        live.unrecorded = (state.index, live.message.id)

    async def _record_posted(self, live: LiveGame) -> None:
        """Record the posted question's message, outside the game's turn (retried while locked)."""
        if live.unrecorded is not None:
            (index, message_id), live.unrecorded = live.unrecorded, None
            await self.repo.question_posted(live.state.game_id, index, message_id)

    async def _expire(self, game_id: int, index: int) -> None:
        live = self._by_id.get(game_id)
        if live is None:
            return
        try:
            await self._close(live, index)
        except Exception:
            # Never leave a game open with no timer: end it, and take its buttons away.
            log.exception("Closing question %s of trivia game %s failed; ending the game", index, game_id)
            if not live.over:
                self._forget(live)
                await self.repo.end_game(game_id, "stopped", self.clock())
                if live.message is not None:
                    try:
                        await live.message.edit(view=None)
                    except discord.HTTPException:
                        log.warning("Could not take the buttons off game %s", game_id, exc_info=True)

    async def _close(self, live: LiveGame, index: int) -> None:
        """Reveal question ``index`` (once), then post the next question or the final standings."""
        await live.turn.run(self._close_turn(live, index))
        await self._record_posted(live)

    async def _close_turn(self, live: LiveGame, index: int) -> None:
        if live.over or live.state.index != index:
            return
        reveal = live.state.close()
        if reveal is None:
            return
        await self._show_reveal(live, reveal)
        if live.state.has_next:
            await self._open_next(live)
            return
        self._forget(live)
        await self.repo.end_game(live.state.game_id, "finished", self.clock())
        try:
            await live.channel.send(
                embed=views.standings_embed(
                    "Trivia: game over", live.state.standings(), self.names, "Thanks for playing!"
                )
            )
        except discord.HTTPException:
            log.warning("Could not post the standings of game %s", live.state.game_id, exc_info=True)

    async def _show_reveal(self, live: LiveGame, reveal: Reveal) -> None:
        if live.message is None:
            return
        state = live.state
        try:
            await live.message.edit(
                embed=views.reveal_embed(reveal, len(state.questions), self.bank.sources, self.names),
                view=views.answer_view(
                    self.button, state.game_id, reveal.index, reveal.question, revealed=True
                ),
            )
        except discord.HTTPException:
            log.warning("Could not reveal question %s of game %s", reveal.index, state.game_id, exc_info=True)

    async def _within_deadline(self, interaction: discord.Interaction[Any], work: Awaitable[T]) -> T:
        """Await ``work``; if it takes longer than Discord allows for an answer (the database is
        locked, the game is busy posting), acknowledge the interaction first, then wait."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.acknowledge_within)
        if not done:
            await self._defer(interaction)
        return await task

    @staticmethod
    async def _defer(interaction: discord.Interaction[Any]) -> None:
        """Acknowledge an interaction now, to answer it later (privately for a click)."""
        if interaction.response.is_done():
            return
        ephemeral = interaction.type is discord.InteractionType.component
        try:
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        except discord.HTTPException:
            log.warning("Could not acknowledge interaction %s in time", interaction.id, exc_info=True)

    @staticmethod
    async def _reply(
        interaction: discord.Interaction[Any],
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        ephemeral: bool = False,
    ) -> None:
        """Answer an interaction, or follow up on it if it was acknowledged (deferred) first."""
        if interaction.response.is_done():
            await interaction.followup.send(
                content or discord.utils.MISSING, embed=embed or discord.utils.MISSING, ephemeral=ephemeral
            )
        else:
            await interaction.response.send_message(
                content, embed=embed or discord.utils.MISSING, ephemeral=ephemeral
            )

    def _forget(self, live: LiveGame) -> None:
        live.over = True
        channel_id = getattr(live.channel, "id", None)
        if self._by_channel.get(channel_id or 0) is live:
            del self._by_channel[channel_id or 0]
        self._by_id.pop(live.state.game_id, None)

    # -- answers ----------------------------------------------------------------------------------

    async def answer(
        self, interaction: discord.Interaction[Any], game_id: int, index: int, option: int
    ) -> None:
        """A click on an answer button: lock it in (stored first), then close early if all are in.
        An error goes to the button's reporter (bot.glue.tree), the one path for every interaction."""
        live = self._by_id.get(game_id)
        if live is None:
            await interaction.response.send_message(CLOSED, ephemeral=True)
            return
        now = self.clock()
        state = live.state
        self.seen(interaction)
        result = state.answer(interaction.user.id, index, option, now)
        if result.status is AnswerStatus.CLOSED:
            await interaction.response.send_message(CLOSED, ephemeral=True)
            return
        if result.status is AnswerStatus.ALREADY:
            await interaction.response.send_message(
                "You've already locked in an answer to this question.", ephemeral=True
            )
            return
        question = state.questions[index]
        store = self.repo.record_answer(
            game_id=game_id,
            index=index,
            user_id=interaction.user.id,
            guild_id=live.guild_id,
            pack=self.bank.pack,
            question_id=question.id,
            option=option,
            correct=result.correct,
            points=result.points,
            elapsed=result.elapsed,
            now=now,
            on_wait=functools.partial(self._defer, interaction),  # storing must wait: answer Discord first
        )
        try:
            # Stored before the player hears "locked in"; acknowledged first if storing waits.
            stored = await store
        except Exception:
            state.withdraw(interaction.user.id, index)
            raise
        if not stored:
            state.withdraw(interaction.user.id, index)
            await self._reply(
                interaction, "You've already locked in an answer to this question.", ephemeral=True
            )
            return
        await self._reply(
            interaction,
            f"🔒 Locked in: **{views.option_label(question, option)}**. "
            "The answer is revealed when the question closes.",
            ephemeral=True,
        )
        if state.everyone_answered():
            await self._close(live, index)

    # -- restarts ---------------------------------------------------------------------------------

    async def close_interrupted(self, client: discord.Client) -> int:
        """Close games a restart cut off: mark them, and say so on their message. Their points stand.
        Runs once when the bot starts to run (never when it only syncs its commands)."""
        games = await self.repo.running_games()
        for game in games:
            await self.repo.end_game(game.id, "interrupted", self.clock())
            embed = views.standings_embed(
                "Trivia: game cut off",
                await self._scores(game.id),
                self.names,
                f"This game stopped at question {game.current_index + 1} of {game.question_count} when the bot "
                "restarted. Every answer given before then is kept, and the points stand.",
            )
            await self._close_messages(client, game, embed)
        if games:
            log.info("Closed %d trivia game(s) cut off by a restart", len(games))
        return len(games)

    async def _scores(self, game_id: int) -> list[Standing]:
        return [
            Standing(s.user_id, s.points, s.right, s.answered) for s in await self.repo.game_scores(game_id)
        ]

    async def _close_messages(
        self, client: discord.Client, game: RunningGame, embed: discord.Embed | None
    ) -> None:
        """Take the buttons off every question a game left open. The stored message is the last one
        recorded, but a crash can fall between posting a question and recording it: the channel's
        recent messages are searched for any other question of the game that still has buttons."""
        channel = client.get_partial_messageable(game.channel_id)
        open_ids = set() if game.message_id is None else {game.message_id}
        prefix = f"trivia:{game.id}:"
        try:
            since = discord.Object(discord.utils.time_snowflake(game.started_at, high=False))
            async for message in channel.history(limit=100, after=since):
                if client.user is None or message.author.id != client.user.id:
                    continue
                ids = [
                    (c.custom_id or "", c.disabled)
                    for row in message.components
                    for c in getattr(row, "children", [])
                    if isinstance(c, discord.Button)
                ]
                mine = [disabled for cid, disabled in ids if cid.startswith(prefix)]
                if mine and not all(mine):
                    open_ids.add(message.id)
                elif mine:
                    open_ids.discard(message.id)  # already revealed: leave its answer showing
        except discord.HTTPException:
            log.warning("Could not read the channel of game %s for open questions", game.id, exc_info=True)
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

    def shutdown(self) -> None:
        self.clock_of_questions.stop()
