"""Generated questions in the locale files' words, for the generators' tests: the English message says
exactly what the generator says, and every other language words it with the data unchanged."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from bot.domain.trivia.questions import Question, Said
from bot.ui.i18n import ENGLISH, catalogue
from cogs.trivia import cards
from tests.translations import TRANSLATED, spoken


def english(said: Said) -> str:
    return catalogue().format(ENGLISH, said.key, dict(said.values))


def assert_worded(questions: Iterable[Question], caplog: pytest.LogCaptureFixture) -> None:
    """Each question carries its prompt and explanation as messages whose English is the question's own
    text, and reads in every other language with no English fallback and its data (quoted in the
    prompt) unchanged."""
    questions = list(questions)
    assert questions
    for q in questions:
        assert q.prompt_said is not None and q.explanation_said is not None, q.id
        assert english(q.prompt_said) == q.prompt, q.id
        assert english(q.explanation_said) == q.explanation, q.id
    for locale in TRANSLATED:
        with spoken(locale, caplog):
            for q in questions:
                shown, why = cards.prompt(q), cards.explanation(q)
                assert shown != q.prompt and why != q.explanation, (locale, q.id)
                if "\n> " in q.prompt:  # a review quote, shown as written
                    assert shown.endswith(q.prompt[q.prompt.index("\n> ") :]), (locale, q.id)
