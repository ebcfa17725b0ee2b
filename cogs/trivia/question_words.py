"""A trivia question's own words in the reader's language: a generated question's prompt, explanation
and options as the locale files word them (filled with the data as its sources wrote it), a
hand-written question as written, True and False in every language."""

from __future__ import annotations

from bot.domain.trivia.questions import Question, Said
from bot.ui.i18n import ENGLISH, current, t


def worded(english: str, said: Said | None) -> str:
    """A question's text in the reader's language: the locale files' words for a generated question
    (filled with the data as its sources wrote it), the text as written for a hand-written one."""
    if said is None or current() == ENGLISH:
        return english
    return t(said.key, **dict(said.values))


def prompt(question: Question) -> str:
    return worded(question.prompt, question.prompt_said)


def explanation(question: Question) -> str:
    return worded(question.explanation, question.explanation_said)


def option_text(question: Question, option: int) -> str:
    """An option's text: the data as written, True/False and options in the bot's own words in the
    reader's language."""
    text = question.options[option]
    if question.is_true_false:
        return t("trivia-true" if option == 0 else "trivia-false")
    return worded(text, dict(question.options_said).get(text))
