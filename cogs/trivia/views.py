"""Trivia's buttons: one per option on a question, and Play again on a finished game.

Both are dynamic items: their custom_id carries what a click needs, so a click is understood however
old the message is, even from before a restart. Their errors go through the one error path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from bot.domain.trivia.questions import Question
from bot.ui.tree import ReportingView, reports_errors
from cogs.trivia.embeds import option_label

CUSTOM_ID = r"trivia:(?P<game>[0-9]+):(?P<index>[0-9]+):(?P<option>[0-9]+)"
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


Answer = Callable[[discord.Interaction[Any], int, int, int], Awaitable[None]]
Again = Callable[[discord.Interaction[Any], GameSettings], Awaitable[None]]


def answer_button_type(on_click: Answer) -> type[discord.ui.DynamicItem[discord.ui.Button[Any]]]:
    """The answer button class, bound to whatever handles clicks (the cog's game runner). Its
    custom_id carries the game, the question index and the option."""

    class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CUSTOM_ID):
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
                    label=label,
                    style=style,
                    disabled=disabled,
                    custom_id=f"trivia:{game_id}:{index}:{option}",
                )
            )
            self.game_id, self.index, self.option = game_id, index, option

        @classmethod
        async def from_custom_id(  # type: ignore[override]
            cls, interaction: discord.Interaction[Any], item: discord.ui.Button[Any], match: Any
        ) -> AnswerButton:
            return cls(int(match["game"]), int(match["index"]), int(match["option"]), label=item.label or "?")

        @reports_errors
        async def callback(self, interaction: discord.Interaction[Any]) -> None:
            await on_click(interaction, self.game_id, self.index, self.option)

    return AnswerButton


def again_button_type(on_click: Again) -> type[discord.ui.DynamicItem[discord.ui.Button[Any]]]:
    """The Play again button class, bound to the game runner. Its custom_id carries the settings."""

    class PlayAgainButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=AGAIN_ID):
        def __init__(self, settings: GameSettings) -> None:
            super().__init__(
                discord.ui.Button(
                    label="Play again",
                    emoji="🔁",
                    style=discord.ButtonStyle.success,
                    custom_id=settings.custom_id,
                )
            )
            self.settings = settings

        @classmethod
        async def from_custom_id(  # type: ignore[override]
            cls, interaction: discord.Interaction[Any], item: discord.ui.Button[Any], match: Any
        ) -> PlayAgainButton:
            return cls(
                GameSettings(int(match["count"]), match["category"] or None, match["difficulty"] or None)
            )

        @reports_errors
        async def callback(self, interaction: discord.Interaction[Any]) -> None:
            await on_click(interaction, self.settings)

    return PlayAgainButton


def answer_view(
    button: type[Any], game_id: int, index: int, question: Question, *, revealed: bool = False
) -> discord.ui.View:
    """One button per option; once revealed, all disabled and the right one green."""
    view = ReportingView(timeout=None)
    for i in range(len(question.options)):
        style = discord.ButtonStyle.primary
        if revealed:
            style = discord.ButtonStyle.success if i == question.answer else discord.ButtonStyle.secondary
        view.add_item(
            button(game_id, index, i, label=option_label(question, i), style=style, disabled=revealed)
        )
    return view


def again_view(button: type[Any], settings: GameSettings) -> discord.ui.View:
    view = ReportingView(timeout=None)
    view.add_item(button(settings))
    return view
