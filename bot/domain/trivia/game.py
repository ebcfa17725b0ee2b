"""One game's state: the current question, who answered what and when, and the scores so far.

Pure: times are passed in. Who is "playing" (for closing a question early): the player who started
the game and everyone who has answered at least one question of it. A question closes early once
every player has answered it, except the first question, which always runs its full time so that
the channel has a chance to join in.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.domain.trivia.questions import Question
from bot.domain.trivia.scoring import points


class AnswerStatus(enum.Enum):
    LOCKED = "locked"
    ALREADY = "already"
    CLOSED = "closed"


@dataclass(frozen=True)
class AnswerOutcome:
    """What a pick came to: locked in (right or not, its points and time), or refused (already
    answered, or the question closed)."""

    status: AnswerStatus
    correct: bool = False
    points: int = 0
    elapsed: float = 0.0


@dataclass(frozen=True)
class Answer:
    user_id: int
    option: int
    correct: bool
    points: int
    elapsed: float


@dataclass(frozen=True)
class Standing:
    user_id: int
    points: int
    right: int
    answered: int
    fastest: float | None = None
    """Seconds taken by the player's fastest right answer, if any."""


@dataclass(frozen=True)
class Reveal:
    index: int
    question: Question
    answers: tuple[Answer, ...]
    """In the order given."""
    streaks: Mapping[int, int] = field(default_factory=dict)
    """Each player's run of right answers up to and including this question."""
    leaders: tuple[Standing, ...] = ()
    """The standings after this question, best first."""

    @property
    def picks(self) -> tuple[int, ...]:
        """How many players picked each option."""
        counts = [0] * len(self.question.options)
        for a in self.answers:
            counts[a.option] += 1
        return tuple(counts)

    @property
    def right(self) -> tuple[Answer, ...]:
        return tuple(sorted((a for a in self.answers if a.correct), key=lambda a: (-a.points, a.elapsed)))

    @property
    def wrong(self) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if not a.correct)


@dataclass
class Game:
    game_id: int
    starter_id: int
    questions: tuple[Question, ...]
    time_limit: float
    index: int = -1
    opened_at: dt.datetime | None = None
    is_open: bool = False
    answers: dict[int, Answer] = field(default_factory=dict)
    players: set[int] = field(default_factory=set)
    _totals: dict[int, list[int]] = field(default_factory=dict)
    _fastest: dict[int, float] = field(default_factory=dict)
    _streaks: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.questions:
            raise ValueError("a game needs at least one question")
        self.players.add(self.starter_id)

    @property
    def question(self) -> Question:
        return self.questions[self.index]

    @property
    def has_next(self) -> bool:
        return self.index + 1 < len(self.questions)

    @property
    def deadline(self) -> dt.datetime:
        assert self.opened_at is not None
        return self.opened_at + dt.timedelta(seconds=self.time_limit)

    def open_next(self, now: dt.datetime) -> Question:
        if self.is_open:
            raise RuntimeError("close the current question first")
        if not self.has_next:
            raise RuntimeError("no questions left")
        self.index += 1
        self.opened_at = now
        self.is_open = True
        self.answers = {}
        return self.question

    def answer(self, user_id: int, index: int, option: int, now: dt.datetime) -> AnswerOutcome:
        """Lock in ``user_id``'s pick for question ``index``. Once per player per question."""
        if not self.is_open or index != self.index or now > self.deadline:
            return AnswerOutcome(AnswerStatus.CLOSED)
        if user_id in self.answers:
            return AnswerOutcome(AnswerStatus.ALREADY)
        if not 0 <= option < len(self.question.options):
            return AnswerOutcome(AnswerStatus.CLOSED)
        assert self.opened_at is not None
        elapsed = max(0.0, (now - self.opened_at).total_seconds())
        correct = option == self.question.answer
        earned = points(correct, elapsed, self.time_limit)
        self.answers[user_id] = Answer(user_id, option, correct, earned, elapsed)
        self.players.add(user_id)
        total = self._totals.setdefault(user_id, [0, 0, 0])
        total[0] += earned
        total[1] += int(correct)
        total[2] += 1
        return AnswerOutcome(AnswerStatus.LOCKED, correct, earned, elapsed)

    def withdraw(self, user_id: int, index: int) -> None:
        """Undo an answer that could not be stored, so the player can try again."""
        answer = self.answers.get(user_id) if index == self.index else None
        if answer is None:
            return
        del self.answers[user_id]
        total = self._totals[user_id]
        total[0] -= answer.points
        total[1] -= int(answer.correct)
        total[2] -= 1

    def everyone_answered(self) -> bool:
        return self.is_open and self.index > 0 and self.players <= set(self.answers)

    def close(self) -> Reveal | None:
        """Close the current question; None if it was already closed (closing is idempotent)."""
        if not self.is_open:
            return None
        self.is_open = False
        for player in self.players:
            answer = self.answers.get(player)
            right = answer is not None and answer.correct
            self._streaks[player] = self._streaks.get(player, 0) + 1 if right else 0
            if right and answer is not None:
                best = self._fastest.get(player)
                self._fastest[player] = answer.elapsed if best is None else min(best, answer.elapsed)
        return Reveal(
            self.index,
            self.question,
            tuple(self.answers.values()),
            streaks=dict(self._streaks),
            leaders=tuple(self.standings()),
        )

    @property
    def answered(self) -> int:
        """How many players have answered the open question."""
        return len(self.answers) if self.is_open else 0

    def standings(self) -> list[Standing]:
        rows = [
            Standing(user, t[0], t[1], t[2], self._fastest.get(user))
            for user, t in self._totals.items()
            if t[2]
        ]
        return sorted(rows, key=lambda s: (-s.points, -s.right, s.user_id))


def ranked(standings: Sequence[Standing]) -> list[tuple[int, Standing]]:
    """Standings with their rank; equal points share a rank."""
    out: list[tuple[int, Standing]] = []
    for i, s in enumerate(standings):
        rank = out[-1][0] if out and out[-1][1].points == s.points else i + 1
        out.append((rank, s))
    return out
