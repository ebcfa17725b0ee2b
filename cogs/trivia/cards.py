"""How trivia reads in Discord: the question, its reveal, the finish with its podium, the leaderboard.

A reveal cites as every card does (bot.ui.citations): "Why" ends with the marks of its sources (¹˒²),
and its Sources button opens the question's card, whose numbered sources are those marks.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Mapping, Sequence

import discord

from bot.client import StatsSection
from bot.db.trivia import Leaderboard, LeaderboardRow, PlayerStats
from bot.domain.pack import Source
from bot.domain.text import number, plural, shorten_words
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Reveal, Standing, ranked
from bot.domain.trivia.questions import CATEGORIES, Question
from bot.domain.trivia.seasons import UTC_ZONE, Season
from bot.ui.cards import Card, CardRef, PanelButton
from bot.ui.citations import Citations
from bot.ui.embeds import CardBuilder

LETTERS = "ABCD"
MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}
STREAK_FROM = 3
"""Right answers in a row that earn a 🔥 on the reveal."""
QUESTION_KIND = "question"
"""The kind of card (bot.ui.cards) a question's Sources button opens."""
TITLE_LIMIT = 150
"""Characters of a question's first line its card's title keeps (cut at a word)."""


def option_label(question: Question, option: int) -> str:
    """What an option's button says: its letter, or True/False."""
    return question.options[option] if question.is_true_false else LETTERS[option]


def option_line(question: Question, option: int) -> str:
    """An option as the question lists it: its letter and text (a True/False option: its text)."""
    text = question.options[option]
    return text if question.is_true_false else f"**{LETTERS[option]}.** {text}"


def right_answer(question: Question) -> str:
    """The right answer as a reveal states it: its label in bold, and its text after a letter."""
    return f"**{option_label(question, question.answer)}**" + (
        "" if question.is_true_false else f": {question.right}"
    )


def seconds(value: float) -> str:
    return f"{value:,.1f} s"


def _title(question: Question, index: int, count: int) -> str:
    return (
        f"Question {number(index + 1)} of {number(count)} · {CATEGORIES[question.category]} · "
        f"{question.difficulty}"
    )


def _option_lines(question: Question, reveal: Reveal | None = None) -> list[str]:
    if question.is_true_false and reveal is None:
        return []
    lines = []
    for i in range(len(question.options)):
        line = option_line(question, i)
        if reveal is not None:
            right = i == question.answer
            line = f"__{line}__ ✅" if right else line
            line += f" · {plural(reveal.picks[i], 'pick')}"
        lines.append(line)
    return lines


def _time_line(deadline: dt.datetime, answered: int) -> str:
    closes = f"Closes {discord.utils.format_dt(deadline, 'R')}"
    return f"{closes} · {number(answered)} answered" if answered else closes


def question_embed(
    question: Question, index: int, count: int, deadline: dt.datetime, answered: int = 0
) -> discord.Embed:
    card = CardBuilder(
        _title(question, index, count),
        footer="Anyone here can play: one answer each. Picks stay hidden until the reveal.",
    )
    card.description_lines([question.prompt, "", *_option_lines(question)], noun="lines")
    card.field("Time", _time_line(deadline, answered))
    return card.build()


def player(user_id: int, names: Mapping[int, str]) -> str:
    """A player by the name they were seen with; a mention only for someone not seen since the bot
    started (a mention in an embed shows as a raw id where Discord hasn't the user at hand)."""
    name = names.get(user_id)
    return f"**{discord.utils.escape_markdown(name)}**" if name else f"<@{user_id}>"


def _right_line(reveal: Reveal, user_id: int, points: int, elapsed: float, names: Mapping[int, str]) -> str:
    streak = reveal.streaks.get(user_id, 0)
    fire = f" 🔥 {number(streak)} in a row" if streak >= STREAK_FROM else ""
    return f"{player(user_id, names)} +{number(points)} in {seconds(elapsed)}{fire}"


def _medal_line(rank: int, standing: Standing, names: Mapping[int, str]) -> str:
    return f"{MEDALS.get(rank, f'`#{rank}`')} {player(standing.user_id, names)} {number(standing.points)}"


def reveal_embed(
    reveal: Reveal,
    count: int,
    sources: Mapping[str, Source],
    *,
    names: Mapping[int, str],
    next_at: dt.datetime | None = None,
) -> discord.Embed:
    """The closed question: picks per option, who was right and how fast, why (with the marks of its
    sources, which the Sources button under it lists), and (when another question follows) the
    running top three and when the next question comes."""
    q = reveal.question
    card = CardBuilder(_title(q, reveal.index, count) + " · closed")
    card.description_lines([q.prompt, "", *_option_lines(q, reveal)], noun="lines")
    card.field("Right answer", right_answer(q))
    right = [_right_line(reveal, a.user_id, a.points, a.elapsed, names) for a in reveal.right]
    card.lines("Who got it right", right or ["Nobody this time."], noun="players")
    if reveal.answers:
        card.field(
            "Answers",
            f"{plural(len(reveal.answers), 'answer')}: {number(len(reveal.right))} right, "
            f"{number(len(reveal.wrong))} wrong (a wrong answer scores nothing)",
        )
    card.field("Why", why(q, sources))
    if next_at is not None:
        # A medal is for points: nobody is first with nothing.
        leaders = [
            _medal_line(rank, s, names)
            for rank, s in ranked(reveal.leaders)
            if rank <= len(MEDALS) and s.points > 0
        ]
        if leaders:
            card.field("Top three", " · ".join(leaders[: len(MEDALS)]))
        card.field("Next question", discord.utils.format_dt(next_at, "R"))
    return card.build()


def standing_line(standing: Standing, names: Mapping[int, str]) -> str:
    """Points, right answers and fastest right answer of one player."""
    line = (
        f"{player(standing.user_id, names)} — **{number(standing.points)}** points · "
        f"{number(standing.right)}/{number(standing.answered)} right"
    )
    return line + (f" · fastest {seconds(standing.fastest)}" if standing.fastest is not None else "")


def finish_embed(
    title: str, standings: Sequence[Standing], note: str = "", *, names: Mapping[int, str]
) -> discord.Embed:
    """The end of a game: a podium for the top three ranks, then a line for everyone else who played."""
    card = CardBuilder(title, description=note)
    places = ranked(standings)
    # A medal is for points: players on none are listed with everyone else.
    podium = [
        f"{MEDALS[rank]} {standing_line(s, names)}" for rank, s in places if rank in MEDALS and s.points
    ]
    rest = [f"`#{rank}` {standing_line(s, names)}" for rank, s in places if rank not in MEDALS and s.points]
    # Nobody is ranked on no points: a `#3` under a podium without 🥉, or `#1` for everyone, misleads.
    pointless = [
        f"{player(s.user_id, names)} — {number(s.right)}/{number(s.answered)} right"
        for _, s in places
        if not s.points
    ]
    card.lines(
        "Podium", podium or ["Nobody scored a point." if standings else "Nobody answered."], noun="players"
    )
    card.lines("Everyone else", rest, noun="players")
    card.lines("No points this game", pointless, noun="players")
    return card.build()


def _board_line(row: LeaderboardRow, names: Mapping[int, str]) -> str:
    return (
        f"`#{row.rank}` {player(row.user_id, names)} — **{number(row.points)}** points · {row.accuracy:.0%} right "
        f"({number(row.right)}/{number(row.answers)}) · {plural(row.games, 'game')}"
    )


def _season_note(season: Season | None) -> str:
    if season is None:
        return "All time. Last season's top three: `season: Previous season`."
    zone = "UTC" if season.zone == UTC_ZONE else f"{season.zone} time"
    return (
        f"{season.name} ({zone}), ends {discord.utils.format_dt(season.end, 'R')}; its top three go to "
        "the hall of fame. Every season together: `season: All time`."
    )


def leaderboard_embed(
    board: Leaderboard, *, where: str, sort: str, names: Mapping[int, str], season: Season | None = None
) -> discord.Embed:
    """A leaderboard of one season (``season``) or of all time (None)."""
    card = CardBuilder(f"Trivia leaderboard: {where}, by {sort}")
    nobody = "Nobody has played yet this season." if season else "Nobody has played yet."
    card.description_lines(
        [_board_line(r, names) for r in board.top] or [f"{nobody} Start a game with /trivia start."],
        noun="players",
    )
    if board.caller is not None:
        card.field("Your rank", f"Of {plural(board.players, 'player')}: {_board_line(board.caller, names)}")
    else:
        card.field(
            "Your rank", "You haven't answered a question here yet" + (" this season." if season else ".")
        )
    card.field("Season", _season_note(season))
    return card.build()


def hall_of_fame_embed(
    top: Sequence[LeaderboardRow], *, where: str, season: Season, names: Mapping[int, str]
) -> discord.Embed:
    """A season's top three, as the hall of fame keeps them."""
    card = CardBuilder(f"Trivia hall of fame: {where}, {season.name}")
    lines = [
        f"{MEDALS.get(r.rank, f'`#{r.rank}`')} {player(r.user_id, names)} — **{number(r.points)}** points · "
        f"{number(r.right)}/{number(r.answers)} right · {plural(r.games, 'game')}"
        for r in top
    ]
    card.description_lines(lines or [f"Nobody scored a point in {season.name}."], noun="players")
    return card.build()


def stats_embed(
    name: str, here: PlayerStats, everywhere: PlayerStats, *, sections: Sequence[StatsSection] = ()
) -> discord.Embed:
    """A player's stats in this server, after what other features add (``sections``)."""
    card = CardBuilder(
        f"Trivia stats: {name}",
        footer=f"Everywhere: {plural(everywhere.points, 'point')} in {plural(everywhere.games, 'game')}",
    )
    for section in sections:
        card.field(section.title, section.text)
    if not here.answers:
        card.field("This server", "No answers yet.")
        return card.build()
    fastest = seconds(here.fastest_ms / 1000) if here.fastest_ms is not None else "none yet"
    for label, value in (
        ("Games", number(here.games)),
        ("Answers", number(here.answers)),
        ("Accuracy", f"{here.accuracy:.0%} ({number(here.right)} right)"),
        ("Points", number(here.points)),
        ("Best streak", best_streak(here.best_streak)),
        ("Fastest right answer", fastest),
    ):
        card.field(label, value, inline=True)
    return card.build()


def best_streak(right_in_a_row: int) -> str:
    """A player's longest run of right answers, as words: a run of one is no run."""
    if right_in_a_row <= 1:
        return "no two right in a row yet"
    return f"{number(right_in_a_row)} right answers in a row"


def why(question: Question, sources: Mapping[str, Source]) -> str:
    """The explanation with the marks of its sources: "… came out in 2010.¹"; the numbers are those of
    the question's card (:func:`question_card`), which its Sources button opens."""
    return question.explanation + Citations(sources.values()).mark(question.sources)


def question_key(question: Question) -> str:
    """A short key for the question in a button's custom_id: a digest of its id, so the same across
    restarts and pack reloads (an id may be longer than a custom_id has room for)."""
    return hashlib.blake2b(question.id.encode(), digest_size=6).hexdigest()


def question_ref(question: Question) -> CardRef:
    return CardRef(QUESTION_KIND, question_key(question))


def question_card(question: Question, sources: Mapping[str, Source]) -> Card:
    """The card a question's Sources button opens: the question (its first line, cut at a word) and
    its numbered sources, in the order "Why" marks them."""
    citations = Citations(sources.values())
    citations.mark(question.sources)
    title = shorten_words(question.prompt.strip().splitlines()[0], TITLE_LIMIT)
    return Card(question_ref(question), title, sources=citations.sources)


def sources_button(question: Question) -> PanelButton:
    """ "Sources (2)": the question's numbered sources, privately; it works on any message, however old."""
    count = len(dict.fromkeys(question.sources))
    return PanelButton(question_ref(question), "s", label=f"Sources ({count})")


class QuestionCards:
    """The question cards of a bank, by key: what the bot's card shelf asks when a Sources button on a
    reveal is pressed (before or after a restart)."""

    def __init__(self, bank: QuestionBank) -> None:
        self.bank = bank

    @functools.cached_property
    def _by_key(self) -> dict[str, Question]:
        return {question_key(q): q for q in self.bank.questions.values()}

    async def card(self, key: str) -> Card | None:
        question = self._by_key.get(key)
        return question_card(question, self.bank.sources) if question is not None else None
