"""How trivia looks in Discord: question and reveal embeds, answer buttons, standings."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import discord

from bot.db.trivia import Leaderboard, LeaderboardRow, PlayerStats
from bot.domain.pack import Source
from bot.domain.text import number, plural
from bot.domain.trivia.game import Reveal, Standing, ranked
from bot.domain.trivia.questions import CATEGORIES, Question
from bot.glue.embeds import CardBuilder, source_line
from bot.glue.tree import reports_errors

log = logging.getLogger(__name__)

LETTERS = "ABCD"
CUSTOM_ID = r"trivia:(?P<game>[0-9]+):(?P<index>[0-9]+):(?P<option>[0-9]+)"


def option_label(question: Question, option: int) -> str:
    """What an option's button says: its letter, or True/False."""
    return question.options[option] if question.is_true_false else LETTERS[option]


def _title(question: Question, index: int, count: int) -> str:
    return f"Question {index + 1} of {count} · {CATEGORIES[question.category]} · {question.difficulty}"


def _option_lines(question: Question, right: int | None = None) -> list[str]:
    if question.is_true_false:
        return []
    lines = []
    for i, text in enumerate(question.options):
        mark = " ✅" if right == i else ""
        line = f"**{LETTERS[i]}.** {text}{mark}"
        lines.append(f"__{line}__" if right == i else line)
    return lines


def question_embed(question: Question, index: int, count: int, deadline: dt.datetime) -> discord.Embed:
    card = CardBuilder(
        _title(question, index, count),
        footer="Anyone here can play: one answer each. Picks stay hidden until the reveal.",
    )
    card.description_lines([question.prompt, "", *_option_lines(question)], noun="lines")
    card.field("Time", f"Closes {discord.utils.format_dt(deadline, 'R')}")
    return card.build()


def player(user_id: int, names: Mapping[int, str]) -> str:
    """A player by the name they were seen with; a mention only for someone not seen since the bot
    started (a mention in an embed shows as a raw id where Discord hasn't the user at hand)."""
    name = names.get(user_id)
    return f"**{discord.utils.escape_markdown(name)}**" if name else f"<@{user_id}>"


def reveal_embed(
    reveal: Reveal, count: int, sources: Mapping[str, Source], names: Mapping[int, str]
) -> discord.Embed:
    q = reveal.question
    card = CardBuilder(_title(q, reveal.index, count) + " · closed", footer="The answer is revealed.")
    card.description_lines([q.prompt, "", *_option_lines(q, q.answer)], noun="lines")
    card.field(
        "Right answer", f"**{option_label(q, q.answer)}**" + ("" if q.is_true_false else f": {q.right}")
    )
    right = [f"{player(a.user_id, names)} +{number(a.points)} ({a.elapsed:.1f} s)" for a in reveal.right]
    card.lines("Who got it right", right or ["Nobody this time."], noun="players")
    if reveal.answers:
        card.field(
            "Answers",
            f"{number(len(reveal.answers))} in: {number(len(reveal.right))} right, "
            f"{number(len(reveal.wrong))} wrong (0 points)",
        )
    card.field("Why", q.explanation)
    card.lines("Source", [source_line(sources[k]) if k in sources else k for k in q.sources], noun="sources")
    return card.build()


def standing_lines(standings: Sequence[Standing], names: Mapping[int, str]) -> list[str]:
    return [
        f"`#{rank}` {player(s.user_id, names)} — **{number(s.points)}** {'point' if s.points == 1 else 'points'} "
        f"({number(s.right)}/{number(s.answered)} right)"
        for rank, s in ranked(standings)
    ]


def standings_embed(
    title: str, standings: Sequence[Standing], names: Mapping[int, str], note: str = ""
) -> discord.Embed:
    card = CardBuilder(title, description=note)
    card.lines("Final standings", standing_lines(standings, names) or ["Nobody answered."], noun="players")
    return card.build()


def _board_line(row: LeaderboardRow, names: Mapping[int, str]) -> str:
    return (
        f"`#{number(row.rank)}` {player(row.user_id, names)} — **{number(row.points)}** {'point' if row.points == 1 else 'points'} "
        f"· {row.accuracy:.0%} right ({number(row.right)}/{number(row.answers)}) · {plural(row.games, 'game')}"
    )


def leaderboard_embed(
    board: Leaderboard, *, where: str, sort: str, names: Mapping[int, str]
) -> discord.Embed:
    card = CardBuilder(f"Trivia leaderboard: {where}, by {sort}")
    card.description_lines(
        [_board_line(r, names) for r in board.top]
        or ["Nobody has played yet. Start a game with /trivia start."],
        noun="players",
    )
    if board.caller is not None:
        card.field("Your rank", f"{_board_line(board.caller, names)} (of {number(board.players)})")
    else:
        card.field("Your rank", "You haven't answered a question here yet.")
    return card.build()


def stats_embed(name: str, here: PlayerStats, everywhere: PlayerStats) -> discord.Embed:
    card = CardBuilder(
        f"Trivia stats: {name}",
        footer=f"Everywhere: {plural(everywhere.points, 'point')} in {plural(everywhere.games, 'game')}",
    )
    if not here.answers:
        card.field("This server", "No answers yet.")
        return card.build()
    fastest = f"{here.fastest_ms / 1000:.1f} s" if here.fastest_ms is not None else "none yet"
    for label, value in (
        ("Games", number(here.games)),
        ("Answers", number(here.answers)),
        ("Accuracy", f"{here.accuracy:.0%} ({number(here.right)} right)"),
        ("Points", number(here.points)),
        ("Best streak", f"{number(here.best_streak)} right in a row"),
        ("Fastest right answer", fastest),
    ):
        card.field(label, value, inline=True)
    return card.build()


Answer = Callable[[discord.Interaction[Any], int, int, int], Awaitable[None]]


def answer_button_type(on_click: Answer) -> type[discord.ui.DynamicItem[discord.ui.Button[Any]]]:
    """The answer button class, bound to whatever handles clicks (the cog's game runner).

    Its custom_id carries the game, the question index and the option, so a click is understood
    however old the message is, even from before a restart.
    """

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


def answer_view(
    button: type[Any], game_id: int, index: int, question: Question, *, revealed: bool = False
) -> discord.ui.View:
    """One button per option; once revealed, all disabled and the right one green."""
    view = discord.ui.View(timeout=None)
    for i in range(len(question.options)):
        style = discord.ButtonStyle.primary
        if revealed:
            style = discord.ButtonStyle.success if i == question.answer else discord.ButtonStyle.secondary
        view.add_item(
            button(game_id, index, i, label=option_label(question, i), style=style, disabled=revealed)
        )
    return view
