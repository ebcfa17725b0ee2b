"""Generated trivia questions in every language: each carries its prompt and explanation as messages of
the locale files, the English messages say exactly what the generator says, and every language words
them with no English fallback and the data unchanged."""

from __future__ import annotations

import logging

import pytest

from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question, Said
from bot.ui.i18n import ENGLISH, LOCALES, catalogue, speaking
from cogs.trivia import question_words as cards


def generated(bank: QuestionBank) -> list[Question]:
    return sorted((q for q in bank.questions.values() if q.id.startswith("gen:")), key=lambda q: q.id)


def english(said: Said) -> str:
    return catalogue().format(ENGLISH, said.key, dict(said.values))


def test_every_generated_question_is_worded_in_the_locale_files(real_bank: QuestionBank) -> None:
    unworded = sorted(
        {q.kind for q in generated(real_bank) if q.prompt_said is None or q.explanation_said is None}
    )
    assert unworded == []


def test_the_english_messages_say_exactly_what_the_generators_say(real_bank: QuestionBank) -> None:
    """The locale files' English is the reference a translator reads: it must be the question itself."""
    differ = []
    for q in generated(real_bank):
        for said, text in ((q.prompt_said, q.prompt), (q.explanation_said, q.explanation)):
            if said is not None and english(said) != text:
                differ.append((q.id, english(said), text))
        for option, said in q.options_said:
            if english(said) != option:
                differ.append((q.id, english(said), option))
    assert differ == []


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != ENGLISH])
def test_every_generated_question_reads_in_each_language_with_its_data_unchanged(
    real_bank: QuestionBank, locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"), speaking(locale):
        for q in generated(real_bank):
            shown = cards.prompt(q)
            why = cards.explanation(q)
            assert shown.strip() and why.strip(), q.id
            if q.prompt_said is not None:
                assert shown != q.prompt or locale == ENGLISH, (q.id, shown)
            for option in range(len(q.options)):
                assert cards.option_text(q, option).strip()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
