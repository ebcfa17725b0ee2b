"""Two practice players who answer each trivia question after a few seconds, sometimes right and
sometimes wrong, so that a game tried alone still has a table."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping, Sequence
from typing import Any

import simcord

from bot.tryout.live import LiveWorld

log = logging.getLogger(__name__)

THINKING_SECONDS = (3.0, 9.0)
"""How long a practice player takes over a question (trivia questions stay open 20 seconds)."""


def _is_question(payload: Mapping[str, Any]) -> bool:
    embeds = payload.get("embeds") or ()
    return bool(payload.get("components")) and any(
        # A trivia game's question ("Question 1 of 5 · …"), never the question of the day: the practice
        # players play games, and leave the daily question and its streaks to the person trying it.
        str(e.get("title", "")).startswith("Question ")
        and not str(e.get("title", "")).startswith("Question of")
        for e in embeds
    )


class PracticePlayers:
    """Watches one channel for trivia questions and has each player click an answer."""

    def __init__(
        self,
        world: LiveWorld,
        channel: simcord.ChannelHandle,
        players: Sequence[simcord.MemberActor],
        rng: random.Random,
        thinking: tuple[float, float] = THINKING_SECONDS,
    ) -> None:
        self.world = world
        self.thinking = thinking
        self.channel = channel
        self.players = tuple(players)
        self.rng = rng
        self._questions: asyncio.Queue[int] = asyncio.Queue()
        self._pending: set[asyncio.Task[None]] = set()
        world.env.backend.subscribers.append(self._on_event)

    def _on_event(self, event: str, payload: Mapping[str, Any]) -> None:
        # Called inside the simulated Discord: only note the question here, answer from our own task.
        if (
            event == "MESSAGE_CREATE"
            and str(payload.get("channel_id")) == str(self.channel.id)
            and _is_question(payload)
        ):
            self._questions.put_nowait(int(payload["id"]))

    async def run(self) -> None:
        """Answer every question until cancelled (then the answers still in thought are dropped)."""
        try:
            while True:
                message_id = await self._questions.get()
                for player in self.players:
                    task = asyncio.create_task(self._answer(player, message_id))
                    self._pending.add(task)
                    task.add_done_callback(self._pending.discard)
        finally:
            for task in list(self._pending):
                task.cancel()

    async def _answer(self, player: simcord.MemberActor, message_id: int) -> None:
        await asyncio.sleep(self.rng.uniform(*self.thinking))
        message = next((m for m in self.channel.history() if m.id == message_id), None)
        labels = [
            child.label
            for row in (message.components if message else ())
            for child in getattr(row, "children", ())
            if not getattr(child, "disabled", True) and getattr(child, "label", None)
        ]
        if message is None or not labels:
            return  # the question closed before this player made up their mind
        choice = self.rng.choice(labels)
        try:
            await self.world.operate(lambda: player.click(message, label=choice))
        except (simcord.SetupError, simcord.BackendError) as exc:
            log.debug("%s's answer came too late: %s", player.name, exc)
