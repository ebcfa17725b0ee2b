"""The album, track, release, timeline and sayings questions in every language: each kind is worded,
its data (titles, names, years, quotes) reads unchanged in each language, song titles sit in the
language's quotation marks, and the bot's own words in an option (a day and month) are the language's."""

from __future__ import annotations

import pytest

from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question, said
from bot.ui.i18n import ENGLISH, LOCALES, speaking, t
from cogs.trivia import question_words as cards

KINDS = {
    "album-label",
    "album-release-date",
    "album-director",
    "album-year",
    "album-track-count",
    "performer",
    "true-false",
    "track-by-artist",
    "position",
    "track-at-position",
    "running-order",
    "two-versions",
    "original-album",
    "original-year",
    "original-label",
    "which-came-first",
    "said-by",
    "quote-word",
}
FLAGS = {"band", "of", "site", "plural", "counted", "first", "which", "part", "labelled", "noted"}
"""Values that choose a wording, not data to show."""
DROPPED = {"note"}
"""Data a language may leave out: English says a second version in the pack's note; the others name
the song it is a version of (also given) in their own words."""
QUOTES = {
    "en-US": ("“", "”"),
    "fr": ("«\u00a0", "\u00a0»"),
    "de": ("„", "“"),
    "es-ES": ("«", "»"),
    "pt-BR": ("“", "”"),
    "ja": ("「", "」"),
}
TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]


def mine(bank: QuestionBank) -> list[Question]:
    return sorted((q for q in bank.questions.values() if q.kind in KINDS), key=lambda q: q.id)


def test_the_real_pack_asks_every_kind_and_words_each(real_bank: QuestionBank) -> None:
    questions = mine(real_bank)
    assert {q.kind for q in questions} == KINDS
    assert [q.id for q in questions if q.prompt_said is None or q.explanation_said is None] == []


@pytest.mark.parametrize("locale", TRANSLATED)
def test_the_data_reads_unchanged_and_song_titles_in_the_languages_quotation_marks(
    real_bank: QuestionBank, locale: str
) -> None:
    opening, closing = QUOTES[locale]
    missing = []
    with speaking(locale):
        for q in mine(real_bank):
            for message, shown in (
                (q.prompt_said, cards.prompt(q)),
                (q.explanation_said, cards.explanation(q)),
            ):
                assert message is not None
                words = shown
                for name, value in message.values:
                    if isinstance(value, str) and name not in FLAGS | DROPPED and value not in shown:
                        missing.append((q.id, name, value, shown))
                    if (
                        name == "title"
                        and isinstance(value, str)
                        and f"{opening}{value}{closing}" not in shown
                    ):
                        missing.append((q.id, "quoted title", value, shown))
                    if isinstance(value, str) and value:
                        words = words.replace(value, "")
                # Around the data, no English quotation mark is left where the language has its own.
                if any(mark in words for mark in {"“", "”"} - {opening, closing}):
                    missing.append((q.id, "English quotation marks", words, shown))
    assert missing == []


@pytest.mark.parametrize(
    ("locale", "day"),
    [
        ("en-US", "5 October"),
        ("fr", "5 octobre"),
        ("de", "5. Oktober"),
        ("es-ES", "5 de octubre"),
        ("pt-BR", "5 de outubro"),
        ("ja", "10月5日"),
    ],
)
def test_the_announced_release_date_reads_the_languages_way(
    real_bank: QuestionBank, locale: str, day: str
) -> None:
    q = real_bank.questions["gen:album-release-date"]
    with speaking(locale):
        options = [cards.option_text(q, i) for i in range(len(q.options))]
        assert options[q.answer] == day
        assert day in cards.explanation(q)
    assert len(set(options)) == len(q.options) == 4


def test_the_first_of_a_month_is_written_as_each_language_writes_it() -> None:
    first = said("trivia-q-date", day=1, month=1)
    expected = {"en-US": "1 January", "fr": "1er janvier", "pt-BR": "1º de janeiro", "ja": "1月1日"}
    for locale, text in expected.items():
        with speaking(locale):
            assert t(first.key, **dict(first.values)) == text


def test_a_credit_printed_three_ways_names_each_way_in_each_language(real_bank: QuestionBank) -> None:
    """Track 2's credit is printed three ways: each language says who printed what, all three."""
    q = real_bank.questions["gen:performer:2"]
    spellings = ["Gui Boratto", "Gui Borratto", "Gui Borrato"]
    for locale in LOCALES:
        opening, closing = QUOTES[locale]
        with speaking(locale):
            why = cards.explanation(q)
        assert all(f"{opening}{s}{closing}" in why for s in spellings), (locale, why)
        assert "Tiny Mix Tapes" in why and "I Just Read About That" in why


def test_a_band_named_of_something_is_never_of_of(real_bank: QuestionBank) -> None:
    """ "of Montreal" reads as a band's name in every language: after "by" English says "the band"."""
    q = real_bank.questions["gen:true-false:2"]
    expected = {
        "en-US": "by the band of Montreal.",
        "fr": "par le groupe of Montreal.",
        "de": "von der Band of Montreal.",
        "es-ES": "de la banda of Montreal.",
        "pt-BR": "da banda of Montreal.",
    }
    for locale, end in expected.items():
        with speaking(locale):
            assert cards.prompt(q).endswith(end), (locale, cards.prompt(q))
