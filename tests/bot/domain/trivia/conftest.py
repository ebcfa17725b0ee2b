"""A sound question to vary in tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.domain.trivia.questions import Question

SOUND = Question(
    id="gen:x:1",
    kind="x",
    category="tracks",
    difficulty="easy",
    prompt="Who?",
    options=("Sleigh Bells", "Girls", "Aska"),
    answer=0,
    explanation="Because.",
    sources=("BUST",),
    about=("track:1:credit",),
)


def question(**changes: Any) -> Question:
    """A sound question with ``changes``."""
    return dataclasses.replace(SOUND, **changes)
