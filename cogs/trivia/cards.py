"""How trivia reads in Discord: the question, its reveal, the finish with its podium, the leaderboard.

A reveal cites as every card does (bot.ui.citations): "Why" ends with the marks of its sources (¹˒²),
and its Sources button opens the question's card, whose numbered sources are those marks.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Mapping, Sequence
from decimal import Decimal

import babel.dates
import babel.numbers
import discord

from bot.client import StatsSection
from bot.db.trivia import Leaderboard, LeaderboardRow, PlayerStats
from bot.domain.pack import Source
from bot.domain.text import shorten_words
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Reveal, Standing, ranked
from bot.domain.trivia.questions import Question
from bot.domain.trivia.seasons import UTC_ZONE, Season
from bot.ui.cards import Card, CardRef, PanelButton
from bot.ui.citations import Citations
from bot.ui.embeds import CardBuilder
from bot.ui.i18n import LOCALES, current, t
from cogs.trivia.question_words import explanation, option_text, prompt

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
    return option_text(question, option) if question.is_true_false else LETTERS[option]


def option_line(question: Question, option: int) -> str:
    """An option as the question lists it: its letter and text (a True/False option: its text)."""
    text = option_text(question, option)
    return text if question.is_true_false else f"**{LETTERS[option]}.** {text}"


def right_answer(question: Question) -> str:
    """The right answer as a reveal states it: its label in bold, and its text after a letter."""
    return f"**{option_label(question, question.answer)}**" + (
        "" if question.is_true_false else f": {option_text(question, question.answer)}"
    )


def number(value: int) -> str:
    """An integer as the reader's locale writes it: 25,847 / 25 847 / 25.847."""
    return babel.numbers.format_decimal(value, locale=LOCALES[current()])


def seconds(value: float) -> str:
    """ "1.2 s": rounded as Python rounds (so English reads as it always has), written the locale's way."""
    tenths = babel.numbers.format_decimal(
        Decimal(f"{value:.1f}"), format="#,##0.0", locale=LOCALES[current()]
    )
    return t("trivia-seconds", seconds=tenths)


def percent(rate: float) -> str:
    """A rate as a whole percentage, rounded as Python's ``:.0%`` rounds: "83%", "83 %"."""
    return t("trivia-percent", percent=int(f"{rate * 100:.0f}"))


def category_name(category: str) -> str:
    return t(f"trivia-category-{category}")


def difficulty_name(difficulty: str) -> str:
    return t(f"trivia-difficulty-{difficulty}")


def season_name(season: Season) -> str:
    """How a person reads a season: "January 2026", "janvier 2026", "2026年1月"."""
    first = dt.date(season.year, season.month, 1)
    return babel.dates.format_skeleton("yMMMM", first, locale=LOCALES[current()])


def _title(question: Question, index: int, count: int) -> str:
    return t(
        "trivia-question-title",
        number=index + 1,
        count=count,
        category=category_name(question.category),
        difficulty=question.difficulty,
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
            line += " · " + t("trivia-picks", count=reveal.picks[i])
        lines.append(line)
    return lines


def _time_line(deadline: dt.datetime, answered: int) -> str:
    when = discord.utils.format_dt(deadline, "R")
    if answered:
        return t("trivia-closes-answered", when=when, answered=answered)
    return t("trivia-closes", when=when)


def question_embed(
    question: Question, index: int, count: int, deadline: dt.datetime, answered: int = 0
) -> discord.Embed:
    card = CardBuilder(
        _title(question, index, count),
        footer=t("trivia-question-footer"),
    )
    card.description_lines([prompt(question), "", *_option_lines(question)], noun="lines")
    card.field(t("trivia-time"), _time_line(deadline, answered))
    return card.build()


def player(user_id: int, names: Mapping[int, str]) -> str:
    """A player by the name they were seen with; a mention only for someone not seen since the bot
    started (a mention in an embed shows as a raw id where Discord hasn't the user at hand)."""
    name = names.get(user_id)
    return f"**{discord.utils.escape_markdown(name)}**" if name else f"<@{user_id}>"


def _right_line(reveal: Reveal, user_id: int, points: int, elapsed: float, names: Mapping[int, str]) -> str:
    streak = reveal.streaks.get(user_id, 0)
    who, time = player(user_id, names), seconds(elapsed)
    if streak >= STREAK_FROM:
        return t("trivia-right-line-streak", player=who, points=points, time=time, streak=streak)
    return t("trivia-right-line", player=who, points=points, time=time)


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
    card = CardBuilder(t("trivia-closed-title", title=_title(q, reveal.index, count)))
    card.description_lines([prompt(q), "", *_option_lines(q, reveal)], noun="lines")
    card.field(t("trivia-right-answer"), right_answer(q))
    right = [_right_line(reveal, a.user_id, a.points, a.elapsed, names) for a in reveal.right]
    card.lines(t("trivia-who-got-it"), right or [t("trivia-nobody-right")], noun="players")
    if reveal.answers:
        card.field(
            t("trivia-answers"),
            t(
                "trivia-answers-line",
                count=len(reveal.answers),
                right=len(reveal.right),
                wrong=len(reveal.wrong),
            ),
        )
    card.field(t("trivia-why"), why(q, sources))
    if next_at is not None:
        # A medal is for points: nobody is first with nothing.
        leaders = [
            _medal_line(rank, s, names)
            for rank, s in ranked(reveal.leaders)
            if rank <= len(MEDALS) and s.points > 0
        ]
        if leaders:
            card.field(t("trivia-top-three"), " · ".join(leaders[: len(MEDALS)]))
        card.field(t("trivia-next-question"), discord.utils.format_dt(next_at, "R"))
    return card.build()


def standing_line(standing: Standing, names: Mapping[int, str]) -> str:
    """Points, right answers and fastest right answer of one player."""
    who, points, right, answered = (
        player(standing.user_id, names),
        standing.points,
        standing.right,
        standing.answered,
    )
    if standing.fastest is None:
        return t("trivia-standing", player=who, points=points, right=right, answered=answered)
    return t(
        "trivia-standing-fastest",
        player=who,
        points=points,
        right=right,
        answered=answered,
        time=seconds(standing.fastest),
    )


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
        t("trivia-no-points-line", player=player(s.user_id, names), right=s.right, answered=s.answered)
        for _, s in places
        if not s.points
    ]
    nobody = t("trivia-nobody-scored") if standings else t("trivia-nobody-answered")
    card.lines(t("trivia-podium"), podium or [nobody], noun="players")
    card.lines(t("trivia-everyone-else"), rest, noun="players")
    card.lines(t("trivia-no-points"), pointless, noun="players")
    return card.build()


def _board_line(row: LeaderboardRow, names: Mapping[int, str]) -> str:
    return t(
        "trivia-board-line",
        rank=str(row.rank),
        player=player(row.user_id, names),
        points=row.points,
        percent=percent(row.accuracy),
        right=row.right,
        answers=row.answers,
        games=row.games,
    )


def _season_note(season: Season | None) -> str:
    if season is None:
        return t("trivia-season-all-note")
    zone = t("trivia-zone-utc") if season.zone == UTC_ZONE else t("trivia-zone", zone=season.zone)
    when = discord.utils.format_dt(season.end, "R")
    return t("trivia-season-note", season=season_name(season), zone=zone, when=when)


def leaderboard_embed(
    board: Leaderboard, *, where: str, sort: str, names: Mapping[int, str], season: Season | None = None
) -> discord.Embed:
    """A leaderboard of one season (``season``) or of all time (None)."""
    card = CardBuilder(t("trivia-leaderboard-title", where=where, sort=sort))
    nobody = t("trivia-nobody-yet-season") if season else t("trivia-nobody-yet")
    card.description_lines([_board_line(r, names) for r in board.top] or [nobody], noun="players")
    if board.caller is not None:
        line = _board_line(board.caller, names)
        card.field(t("trivia-your-rank"), t("trivia-your-rank-line", players=board.players, line=line))
    else:
        unranked = t("trivia-not-ranked-season") if season else t("trivia-not-ranked")
        card.field(t("trivia-your-rank"), unranked)
    card.field(t("trivia-season"), _season_note(season))
    return card.build()


def hall_of_fame_embed(
    top: Sequence[LeaderboardRow], *, where: str, season: Season, names: Mapping[int, str]
) -> discord.Embed:
    """A season's top three, as the hall of fame keeps them."""
    name = season_name(season)
    card = CardBuilder(t("trivia-hall-title", where=where, season=name))
    lines = [
        t(
            "trivia-hall-line",
            medal=MEDALS.get(r.rank, f"`#{r.rank}`"),
            player=player(r.user_id, names),
            points=r.points,
            right=r.right,
            answers=r.answers,
            games=r.games,
        )
        for r in top
    ]
    card.description_lines(lines or [t("trivia-hall-empty", season=name)], noun="players")
    return card.build()


def stats_embed(
    name: str, here: PlayerStats, everywhere: PlayerStats, *, sections: Sequence[StatsSection] = ()
) -> discord.Embed:
    """A player's stats in this server, after what other features add (``sections``)."""
    card = CardBuilder(
        t("trivia-stats-title", name=name),
        footer=t("trivia-stats-footer", points=everywhere.points, games=everywhere.games),
    )
    for section in sections:
        card.field(section.title, section.text)
    if not here.answers:
        card.field(t("trivia-stats-here"), t("trivia-stats-no-answers"))
        return card.build()
    fastest = (
        seconds(here.fastest_ms / 1000) if here.fastest_ms is not None else t("trivia-stats-fastest-none")
    )
    for label, value in (
        (t("trivia-stats-games"), number(here.games)),
        (t("trivia-answers"), number(here.answers)),
        (
            t("trivia-stats-accuracy"),
            t("trivia-stats-accuracy-value", percent=percent(here.accuracy), right=here.right),
        ),
        (t("trivia-stats-points"), number(here.points)),
        (t("trivia-stats-best-streak"), best_streak(here.best_streak)),
        (t("trivia-stats-fastest"), fastest),
    ):
        card.field(label, value, inline=True)
    return card.build()


def best_streak(right_in_a_row: int) -> str:
    """A player's longest run of right answers, as words: a run of one is no run."""
    if right_in_a_row <= 1:
        return t("trivia-streak-none")
    return t("trivia-streak", count=right_in_a_row)


def why(question: Question, sources: Mapping[str, Source]) -> str:
    """The explanation with the marks of its sources: "… came out in 2010.¹"; the numbers are those of
    the question's card (:func:`question_card`), which its Sources button opens."""
    return explanation(question) + Citations(sources.values()).mark(question.sources)


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
    title = shorten_words(prompt(question).strip().splitlines()[0], TITLE_LIMIT)
    return Card(question_ref(question), title, sources=citations.sources)


def sources_button(question: Question) -> PanelButton:
    """ "Sources (2)": the question's numbered sources, privately; it works on any message, however old."""
    count = len(dict.fromkeys(question.sources))
    return PanelButton(question_ref(question), "s", label=t("card-sources-button", count=count))


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
