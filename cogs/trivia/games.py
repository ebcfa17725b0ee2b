"""The games being played: one per channel, each with its deadlines, its messages and its records, and
how each moves from question to question: post, close on time (or once all are in), reveal, pause,
and after the last question the finish. Whatever moves a game on runs in its turn (live.Turns).

Every answer is written to the database before the player is told it is locked in, so a crash loses
nothing already answered; a game cut off by a restart is closed at the next start with its points.
What the database says and what the bot holds never part ways: a game that ends in memory ends in the
database too (retried while another program holds it), whatever happens to the messages about it.
When storing may wait, the click or command is acknowledged first, within Discord's deadline.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
from collections import OrderedDict
from collections.abc import Awaitable, Callable

import discord

from bot.client import SoundtrackBot
from bot.db.trivia import ChannelBusyError, NewAnswer, NewGame, TriviaRepository
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import AnswerStatus, Game, Standing
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES
from bot.ui.errors import UserFacingError
from bot.ui.i18n import channel_locale, speaking, t
from bot.ui.replies import defer, reply, within_deadline
from cogs.trivia import cards
from cogs.trivia.choosing import Chooser, Shortfall, check_may_stop
from cogs.trivia.counts import LiveCounts
from cogs.trivia.deadlines import Deadlines, Pacing
from cogs.trivia.live import LiveGame, LiveGames
from cogs.trivia.stored import StoredGames
from cogs.trivia.views import GameSettings

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 20.0
REVEAL_PAUSE = 6.0
"""Seconds a reveal stays before the next question."""
MAX_QUESTIONS = 20
NAMES_KEPT = 10_000  # players' names kept in memory, the most recently seen: far more than play at once
ACKNOWLEDGE_WITHIN = 2.0
"""Seconds /trivia stop may wait on its game (a close posting slowly) or the database before it is
acknowledged (deferred) first: Discord fails an interaction not acknowledged within 3 seconds. A
click is acknowledged as soon as storing its answer finds the database locked (bot.db.BUSY_TIMEOUT)."""


class GameRunner:
    """Starts, runs and ends games: the games in play, by channel and by id, and how each moves from
    question to question. Per click it touches one game in memory and writes one row."""

    def __init__(
        self,
        bank: QuestionBank,
        repo: TriviaRepository,
        *,
        clock: Callable[[], dt.datetime] = discord.utils.utcnow,
        time_limit: float = DEFAULT_TIME_LIMIT,
        reveal_pause: float = REVEAL_PAUSE,
        acknowledge_within: float = ACKNOWLEDGE_WITHIN,
        rng: random.Random | None = None,
    ) -> None:
        self.bank = bank
        self.repo = repo
        self.clock = clock
        self.pacing = Pacing(time_limit, reveal_pause)
        self.acknowledge_within = acknowledge_within
        self.rng = rng or random.Random()
        self.chooser = Chooser(bank, repo)  # the bank as each server plays it, and its rates
        self.stored = StoredGames(repo, clock)
        """Games the database holds as running that no live game does (a restart cut them off)."""
        self.closings = Deadlines(self._expire)
        """When each open question closes."""
        self.pauses = Deadlines(self._advance)
        """When each reveal gives way to the next question."""
        self.counts = LiveCounts(self._refresh_count)
        self.games = LiveGames()
        self._starting: set[int] = set()
        self.names_kept, self.names = NAMES_KEPT, OrderedDict[int, str]()
        """The names of the players seen last (NAMES_KEPT), for embeds (a mention shows a raw id)."""

    def player_names(self, interaction: discord.Interaction[SoundtrackBot]) -> dict[int, str]:
        """The players' names known, with the name of whoever is interacting remembered first."""
        self.names[interaction.user.id] = interaction.user.display_name
        self.names.move_to_end(interaction.user.id)
        while len(self.names) > self.names_kept:
            self.names.popitem(last=False)
        return self.names

    # -- starting and stopping --------------------------------------------------------------------

    def _pointer(self, channel_id: int) -> str:
        live = self.games.in_channel(channel_id)
        if live is not None and live.message is not None:
            return t("trivia-already-running-link", link=live.message.jump_url)
        return t("trivia-already-running")

    async def start(self, interaction: discord.Interaction[SoundtrackBot], settings: GameSettings) -> None:
        self.player_names(interaction)
        channel_id, guild_id = interaction.channel_id, interaction.guild_id
        channel = interaction.channel
        assert channel_id is not None and guild_id is not None
        if not isinstance(channel, discord.abc.Messageable):
            raise UserFacingError(t("trivia-text-channel-only"))
        if self.games.in_channel(channel_id) is not None or channel_id in self._starting:
            raise UserFacingError(self._pointer(channel_id))
        self._starting.add(channel_id)  # held until the game is registered: two starts can't race
        try:
            live, short = await self._create(interaction, channel, settings)
        finally:
            self._starting.discard(channel_id)
        count = len(live.state.questions)
        log.info("Trivia game %s started in channel %s (%d questions)", live.state.game_id, channel_id, count)
        with speaking(live.locale):  # the channel reads it: the server's language
            announcement = t(
                "trivia-start-short" if short else "trivia-start",
                questions=count,
                note=short.note() if short else "",
                seconds=round(self.pacing.time_limit),
                starter=interaction.user.mention,
            )
        try:
            await reply(interaction, announcement)
        except discord.HTTPException:
            # Nobody was told the game started: end it, in memory and in the database alike.
            self.games.forget(live)
            await self.repo.end_game(live.state.game_id, "stopped", self.clock())
            raise
        await live.turn.run(self._open_next(live))
        await self._record_posted(live)

    async def _create(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        channel: discord.abc.Messageable,
        settings: GameSettings,
    ) -> tuple[LiveGame, Shortfall | None]:
        """Choose the questions, store the game and register it (during the channel's start); with
        why it has fewer questions than asked (None when it has them all)."""
        channel_id, guild_id = interaction.channel_id or 0, interaction.guild_id or 0
        chosen = await self.chooser.choose(guild_id, settings, self.rng)
        selection = chosen.selection
        new = NewGame(
            guild_id=guild_id,
            channel_id=channel_id,
            starter_id=interaction.user.id,
            pack=self.bank.pack,
            cycle=chosen.cycle,
            current=selection.current,
            fresh=selection.fresh,
            time_limit=self.pacing.time_limit,
            category=settings.category,
            difficulty=settings.difficulty,
        )
        store = functools.partial(self.repo.start_game, new)
        try:
            game_id = await store(now=self.clock())  # a locked database: "try again" at once
        except ChannelBusyError:
            # The database holds a running game here that this bot does not (a lost reply, a
            # crash): it can never finish, so it is ended now rather than block the channel.
            await within_deadline(
                interaction,
                self.stored.end_in_channel(interaction.client, channel_id, "interrupted", self.games.ids),
                self.acknowledge_within,
            )
            game_id = await store(now=self.clock())
        live = LiveGame(
            Game(game_id, interaction.user.id, chosen.questions, self.pacing.time_limit),
            guild_id,
            channel,
            settings,
            locale=channel_locale(interaction),
        )
        self.games.add(live)
        return live, chosen.short

    async def play_again(
        self, interaction: discord.Interaction[SoundtrackBot], settings: GameSettings
    ) -> None:
        """Play again on a finished game: anyone in the channel may press it, for a game like the last.
        A game already running here (another press was first) is pointed to, privately."""
        if not (
            1 <= settings.count <= MAX_QUESTIONS
            and settings.category in (None, *CATEGORIES)
            and settings.difficulty in (None, *DIFFICULTIES)
        ):
            raise UserFacingError(t("trivia-play-again-stale"))
        await self.start(interaction, settings)
        if interaction.message is not None:
            try:
                await interaction.message.edit(view=None)  # it has done its job: one game per finish
            except discord.HTTPException:
                log.warning("Could not take Play again off message %s", interaction.message.id, exc_info=True)

    async def stop(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        """End this channel's game: in the database first, then on its question, then in the reply,
        so that whatever happens to the reply, the game is over everywhere."""
        channel_id = interaction.channel_id or 0
        live = self.games.in_channel(channel_id)
        if live is None:
            stored = await self.repo.running_games(channel_id)
            if not stored:
                raise UserFacingError(t("trivia-no-game"))
            # The database holds it as running here but the bot does not (its start or stop reply was
            # lost): end it and close its messages, rather than leave the channel blocked.
            check_may_stop(interaction, stored[0].starter_id)
            work = self.stored.end_in_channel(interaction.client, channel_id, "stopped", self.games.ids)
        else:
            check_may_stop(interaction, live.state.starter_id)
            work = live.turn.run(self._stop_turn(live))
        standings = await within_deadline(interaction, work, self.acknowledge_within)
        with speaking(live.locale if live is not None else channel_locale(interaction)):  # the channel's
            embed = cards.finish_embed(
                t("trivia-stopped"),
                standings,
                t("trivia-stopped-by", name=discord.utils.escape_markdown(interaction.user.display_name)),
                names=self.player_names(interaction),
            )
        await reply(interaction, embed=embed)
        log.info("Trivia game in channel %s stopped by %s", channel_id, interaction.user.id)

    async def _stop_turn(self, live: LiveGame) -> list[Standing]:
        if live.over:
            raise UserFacingError(t("trivia-no-game"))
        closed = live.state.close()
        reveal = closed or live.pausing  # a reveal counting down loses its countdown
        self.games.forget(live)
        await self.repo.end_game(live.state.game_id, "stopped", self.clock())
        await self.chooser.count(live.guild_id, closed)
        if reveal is not None:
            await live.show_reveal(reveal, self.bank.sources, self.names)
        return live.state.standings()

    # -- answers ----------------------------------------------------------------------------------

    async def answer(
        self, interaction: discord.Interaction[SoundtrackBot], game_id: int, index: int, option: int
    ) -> None:
        """A click on an answer button: lock it in (stored first), then close early if all are in.
        An error goes to the button's reporter (bot.ui.tree), the one path for every interaction."""
        live = self.games.get(game_id)
        if live is None:
            await interaction.response.send_message(t("trivia-closed"), ephemeral=True)
            return
        now = self.clock()
        state = live.state
        self.player_names(interaction)
        outcome = state.answer(interaction.user.id, index, option, now)
        if outcome.status is not AnswerStatus.LOCKED:
            await interaction.response.send_message(
                t("trivia-closed" if outcome.status is AnswerStatus.CLOSED else "trivia-already-answered"),
                ephemeral=True,
            )
            return
        question = state.questions[index]
        store = self.repo.record_answer(
            NewAnswer(
                game_id=game_id,
                index=index,
                user_id=interaction.user.id,
                guild_id=live.guild_id,
                pack=self.bank.pack,
                question_id=question.id,
                option=option,
                correct=outcome.correct,
                points=outcome.points,
                elapsed=outcome.elapsed,
            ),
            now=now,
            on_wait=functools.partial(defer, interaction),  # storing must wait: answer Discord first
        )
        try:
            # Stored before the player hears "locked in"; acknowledged first if storing waits.
            stored = await store
        except Exception:
            state.withdraw(interaction.user.id, index)
            raise
        if not stored:
            state.withdraw(interaction.user.id, index)
            await reply(interaction, t("trivia-already-answered"), ephemeral=True)
            return
        await reply(
            interaction,
            t("trivia-locked-in", option=cards.option_label(question, option)),
            ephemeral=True,
        )
        if state.everyone_answered():
            await self._close(live, index)
        else:
            self.counts.mark(game_id)

    # -- from question to question ---------------------------------------------------------------

    async def _open_next(self, live: LiveGame) -> None:
        """Post the next question and start its timer. Call during the game's turn."""
        state = live.state
        if not await live.post_next(self.clock()):
            state.close()
            self.games.forget(live)
            await self.repo.end_game(state.game_id, "stopped", self.clock())
            return
        # The timer now, and the record after the turn (_record_posted): however long recording
        # the message waits on the database, the question closes on time and the game goes on.
        self.closings.schedule(state.game_id, state.index, state.time_limit)

    async def _record_posted(self, live: LiveGame) -> None:
        """Record the posted question's message, outside the game's turn (retried while locked)."""
        if live.unrecorded is not None:
            (index, message_id), live.unrecorded = live.unrecorded, None
            await self.repo.question_posted(live.state.game_id, index, message_id)

    async def _refresh_count(self, game_id: int) -> None:
        """Show how many have answered the open question (LiveCounts calls this at most once a second)."""
        live = self.games.get(game_id)
        if live is not None:
            await live.turn.run(live.show_count(live.state.index))

    async def _expire(self, game_id: int, index: int) -> None:
        """Question ``index``'s time is up."""
        live = self.games.get(game_id)
        if live is not None:
            await self._guarded(live, index, self._close(live, index))

    async def _advance(self, game_id: int, index: int) -> None:
        """The reveal of question ``index`` has had its time: on to the next question."""
        live = self.games.get(game_id)
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
                self.games.forget(live)
                await self.repo.end_game(game_id, "stopped", self.clock())
                await live.take_buttons_off()

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
            await live.show_reveal(reveal, self.bank.sources, self.names, next_at)
            await self.chooser.count(live.guild_id, reveal)
            return
        await live.show_reveal(reveal, self.bank.sources, self.names)
        # The last question is revealed: the game ends, with its podium and a Play again button.
        self.games.forget(live)
        await self.repo.end_game(state.game_id, "finished", self.clock())
        await live.post_finish(self.names)
        await self.chooser.count(live.guild_id, reveal)

    def shutdown(self) -> None:
        self.closings.stop()
        self.pauses.stop()
        self.counts.stop()
