"""The games being played: one per channel, each with its timer, its messages and its records.

Every answer is written to the database before the player is told it is locked in, so a crash loses
nothing already answered; a game cut off by a restart is closed at the next start with its points.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import logging
import random
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.db.trivia import ChannelBusy, TriviaRepository
from bot.domain.trivia.bank import NoQuestionsLeft, QuestionBank
from bot.domain.trivia.game import AnswerStatus, Game, Reveal, Standing
from bot.glue.errors import UserFacingError
from bot.glue.tree import reply_privately
from cogs.trivia import views

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 20.0
CLOSED = "This question has closed."


@dataclass
class LiveGame:
    state: Game
    guild_id: int
    channel: discord.abc.Messageable
    message: discord.Message | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    over: bool = False


class QuestionClock:
    """One timer for every open question, however many games run: a heap of deadlines and a single
    task that sleeps until the nearest one. A question closed early leaves a stale entry behind,
    which ``expire`` recognises and ignores."""

    def __init__(self, expire: Callable[[int, int], Awaitable[None]]) -> None:
        self._expire = expire
        self._deadlines: list[tuple[float, int, int]] = []
        self._task: asyncio.Task[None] | None = None
        self._target: float | None = None

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
                try:
                    await self._expire(game_id, index)
                except Exception:
                    log.exception("Closing question %s of trivia game %s failed", index, game_id)
        self._target = None

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
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
        rng: random.Random | None = None,
    ) -> None:
        self.bank = bank
        self.repo = repo
        self.clock = clock
        self.time_limit = time_limit
        self.rng = rng or random.Random()
        self.button = views.answer_button_type(self.answer)
        self.clock_of_questions = QuestionClock(self._expire)
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
            try:
                game_id = await self.repo.start_game(
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
                    now=self.clock(),
                )
            except ChannelBusy as exc:
                raise UserFacingError(self._pointer(channel_id)) from exc
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
        await interaction.response.send_message(
            f"**Trivia!** {len(questions)} question{'s' if len(questions) != 1 else ''}{short}, "
            f"{self.time_limit:.0f} seconds each, started by {interaction.user.mention}. "
            "Anyone here can play: pick an answer with the buttons. Faster right answers earn more."
        )
        async with live.lock:
            await self._open_next(live)

    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        live = self._by_channel.get(interaction.channel_id or 0)
        if live is None:
            raise UserFacingError("No trivia game is running in this channel.")
        if interaction.user.id != live.state.starter_id and not interaction.permissions.manage_messages:
            raise UserFacingError(
                "Only the player who started this game, or someone with the Manage Messages permission, can stop it."
            )
        async with live.lock:
            if live.over:
                raise UserFacingError("No trivia game is running in this channel.")
            reveal = live.state.close()
            self._forget(live)
            await interaction.response.send_message(
                embed=views.standings_embed(
                    "Trivia stopped", live.state.standings(), f"Stopped by {interaction.user.mention}."
                )
            )
            if reveal is not None:
                await self._show_reveal(live, reveal)
            await self.repo.end_game(live.state.game_id, "stopped", self.clock())
        log.info("Trivia game %s stopped by %s", live.state.game_id, interaction.user.id)

    # -- questions --------------------------------------------------------------------------------

    async def _open_next(self, live: LiveGame) -> None:
        """Post the next question and start its timer. Call with the game's lock held."""
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
        await self.repo.question_posted(state.game_id, state.index, live.message.id)
        self.clock_of_questions.schedule(state.game_id, state.index, state.time_limit)

    async def _expire(self, game_id: int, index: int) -> None:
        live = self._by_id.get(game_id)
        if live is not None:
            await self._close(live, index)

    async def _close(self, live: LiveGame, index: int) -> None:
        """Reveal question ``index`` (once), then post the next question or the final standings."""
        async with live.lock:
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
                        "Trivia: game over", live.state.standings(), "Thanks for playing!"
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
                embed=views.reveal_embed(reveal, len(state.questions), self.bank.sources),
                view=views.answer_view(
                    self.button, state.game_id, reveal.index, reveal.question, revealed=True
                ),
            )
        except discord.HTTPException:
            log.warning("Could not reveal question %s of game %s", reveal.index, state.game_id, exc_info=True)

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
        """A click on an answer button: lock it in (stored first), then close early if all are in."""
        try:
            await self._answer(interaction, game_id, index, option)
        except Exception:
            reference = secrets.token_hex(4)
            log.exception("Unexpected error [ref %s] answering trivia game %s", reference, game_id)
            await reply_privately(
                interaction,
                "Something went wrong on my side and has been logged. "
                f"If it keeps happening, tell the bot's owner the reference `{reference}`.",
            )
            raise

    async def _answer(
        self, interaction: discord.Interaction[Any], game_id: int, index: int, option: int
    ) -> None:
        live = self._by_id.get(game_id)
        if live is None:
            await interaction.response.send_message(CLOSED, ephemeral=True)
            return
        now = self.clock()
        state = live.state
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
        try:
            stored = await self.repo.record_answer(
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
            )
        except Exception:
            state.withdraw(interaction.user.id, index)
            raise
        if not stored:
            state.withdraw(interaction.user.id, index)
            await interaction.response.send_message(
                "You've already locked in an answer to this question.", ephemeral=True
            )
            return
        await interaction.response.send_message(
            f"🔒 Locked in: **{views.option_label(question, option)}**. "
            "The answer is revealed when the question closes.",
            ephemeral=True,
        )
        if state.everyone_answered():
            await self._close(live, index)

    # -- restarts ---------------------------------------------------------------------------------

    async def close_interrupted(self, client: discord.Client) -> int:
        """Close games a restart cut off: mark them, and say so on their message. Their points stand."""
        games = await self.repo.running_games()
        for game in games:
            await self.repo.end_game(game.id, "interrupted", self.clock())
            scores = [
                Standing(s.user_id, s.points, s.right, s.answered)
                for s in await self.repo.game_scores(game.id)
            ]
            if game.message_id is None:
                continue
            embed = views.standings_embed(
                "Trivia: game cut off",
                scores,
                f"This game stopped at question {game.current_index + 1} of {game.question_count} when the bot "
                "restarted. Every answer given before then is kept, and the points stand.",
            )
            message = client.get_partial_messageable(game.channel_id).get_partial_message(game.message_id)
            try:
                await message.edit(embed=embed, view=None)
            except discord.HTTPException:
                log.warning("Could not update the message of interrupted game %s", game.id, exc_info=True)
        if games:
            log.info("Closed %d trivia game(s) cut off by a restart", len(games))
        return len(games)

    def shutdown(self) -> None:
        self.clock_of_questions.stop()
