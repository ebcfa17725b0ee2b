"""Trivia's buttons: one per option on a question, and Play again on a finished game.

Both are dynamic items: their custom_id carries what a click needs, so a click is understood however
old the message is, even from before a restart. A click reaches the game runner through the bot (the
trivia cog it has loaded), and its errors go through the one error path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol, Self, runtime_checkable

import discord

from bot.client import SoundtrackBot
from bot.domain.trivia.questions import Question
from bot.ui.i18n import t
from bot.ui.tree import ReportingView, reports_errors
from cogs.trivia.cards import option_label, sources_button

COG_NAME = "Trivia"
ANSWER_ID = r"trivia:(?P<game>[0-9]+):(?P<index>[0-9]+):(?P<option>[0-9]+)"
AGAIN_ID = r"trivia-again:(?P<count>[0-9]{1,2}):(?P<category>[a-z]*):(?P<difficulty>[a-z]*)"


@dataclass(frozen=True)
class GameSettings:
    """What /trivia start was asked for: Play again asks for the same."""

    count: int
    category: str | None = None
    difficulty: str | None = None

    @property
    def custom_id(self) -> str:
        return f"trivia-again:{self.count}:{self.category or ''}:{self.difficulty or ''}"


@runtime_checkable
class Clicks(Protocol):
    """What the buttons ask of the game runner (games.GameRunner, whose module imports this one: hence
    a protocol here rather than an import)."""

    async def answer(
        self, interaction: discord.Interaction[SoundtrackBot], game_id: int, index: int, option: int
    ) -> None: ...

    async def play_again(
        self, interaction: discord.Interaction[SoundtrackBot], settings: GameSettings
    ) -> None: ...


def runner_of(bot: SoundtrackBot) -> Clicks:
    """The game runner of the trivia cog the bot has loaded (the cog registers these buttons)."""
    runner = getattr(bot.get_cog(COG_NAME), "runner", None)
    if not isinstance(runner, Clicks):
        raise RuntimeError("A trivia button was clicked while the trivia cog is not loaded")
    return runner


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=ANSWER_ID):
    """One option of a question. Its custom_id carries the game, the question's index and the option."""

    def __init__(
        self,
        game_id: int,
        index: int,
        option: int,
        *,
        label: str = "?",
        style: discord.ButtonStyle = discord.ButtonStyle.primary,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label, style=style, disabled=disabled, custom_id=f"trivia:{game_id}:{index}:{option}"
            )
        )
        self.game_id, self.index, self.option = game_id, index, option

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[SoundtrackBot],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(int(match["game"]), int(match["index"]), int(match["option"]), label=label or "?")

    @reports_errors
    async def callback(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        await runner_of(interaction.client).answer(interaction, self.game_id, self.index, self.option)


class PlayAgainButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=AGAIN_ID):
    """Play again on a finished game. Its custom_id carries the game's settings."""

    def __init__(self, settings: GameSettings) -> None:
        super().__init__(
            discord.ui.Button(
                label=t("trivia-play-again"),
                emoji="🔁",
                style=discord.ButtonStyle.success,
                custom_id=settings.custom_id,
            )
        )
        self.settings = settings

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[SoundtrackBot],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        return cls(GameSettings(int(match["count"]), match["category"] or None, match["difficulty"] or None))

    @reports_errors
    async def callback(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        await runner_of(interaction.client).play_again(interaction, self.settings)


def answer_view(game_id: int, index: int, question: Question, *, revealed: bool = False) -> discord.ui.View:
    """One button per option; once revealed, all disabled and the right one green, and below them the
    question's Sources (the numbers "Why" marks). Every item is dynamic and the view never times out,
    so every button answers however old the message is."""
    view = ReportingView(timeout=None)
    for i in range(len(question.options)):
        style = discord.ButtonStyle.primary
        if revealed:
            style = discord.ButtonStyle.success if i == question.answer else discord.ButtonStyle.secondary
        view.add_item(
            AnswerButton(game_id, index, i, label=option_label(question, i), style=style, disabled=revealed)
        )
    if revealed:
        sources = sources_button(question)
        sources.row = 1
        view.add_item(sources)
    return view


def again_view(settings: GameSettings) -> discord.ui.View:
    view = ReportingView(timeout=None)
    view.add_item(PlayAgainButton(settings))
    return view
