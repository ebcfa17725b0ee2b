"""The bank in numbers, as README.md shows it."""

from __future__ import annotations

import dataclasses

from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.summary import bank_table, headline, kinds_table
from tests.bot.domain.trivia.conftest import SOUND


def test_the_table_counts_questions_and_distinct_facts(real_bank: QuestionBank) -> None:
    bank = real_bank
    rows = bank_table(bank).splitlines()
    assert rows[0] == "| Category | Easy | Medium | Hard | All |"
    total = rows[-1].split(" | ")[-1].rstrip(" |")
    assert total == f"{len(bank):,} / {len(bank.facts(bank.matching())):,}"
    assert sum(int(r.split(" | ")[1]) for r in kinds_table(bank).splitlines()[2:]) == len(bank)


def test_the_headline_counts_questions_over_distinct_facts() -> None:
    one = QuestionBank("p", [SOUND])
    assert headline(one) == "1 question over 1 fact"
    two = QuestionBank("p", [SOUND, dataclasses.replace(SOUND, id="gen:x:2")])
    assert headline(two) == "2 questions over 1 fact"  # two phrasings of one fact
