"""The bank in numbers, as README.md shows it."""

from __future__ import annotations

from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.summary import bank_table, kinds_table


def test_the_table_counts_questions_and_distinct_facts(real_bank: QuestionBank) -> None:
    bank = real_bank
    rows = bank_table(bank).splitlines()
    assert rows[0] == "| Category | Easy | Medium | Hard | All |"
    total = rows[-1].split(" | ")[-1].rstrip(" |")
    assert total == f"{len(bank):,} / {len(bank.facts(bank.matching())):,}"
    assert sum(int(r.split(" | ")[1]) for r in kinds_table(bank).splitlines()[2:]) == len(bank)
