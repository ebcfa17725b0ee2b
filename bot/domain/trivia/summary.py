"""The bank in numbers: questions and distinct facts by category and difficulty (README shows this)."""

from __future__ import annotations

import sys
from collections import Counter

from bot.domain.text import plural
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES


def headline(bank: QuestionBank) -> str:
    """The bank in one line: "312 questions over 215 facts" (a fact counted once however many ask it)."""
    return f"{plural(len(bank), 'question')} over {plural(len(bank.facts(bank.matching())), 'fact')}"


def bank_table(bank: QuestionBank) -> str:
    """A Markdown table: each cell is "questions / distinct facts"."""
    head = ["Category", *(d.capitalize() for d in DIFFICULTIES), "All"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def cell(category: str | None, difficulty: str | None) -> str:
        ids = bank.matching(category, difficulty)
        return f"{len(ids):,} / {len(bank.facts(ids)):,}"

    for key, label in (*CATEGORIES.items(), (None, "All")):
        cells = [cell(key, d) for d in (*DIFFICULTIES, None)]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def kinds_table(bank: QuestionBank) -> str:
    """A Markdown table of the question kinds: questions and distinct facts of each."""
    counts = Counter(q.kind for q in bank.questions.values())
    rows = ["| Kind | Questions | Facts |", "|---|---|---|"]
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        facts = {f for q in bank.questions.values() if q.kind == kind for f in q.about}
        rows.append(f"| {kind} | {n:,} | {len(facts):,} |")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m bot.domain.trivia.summary: the numbers README.md shows, and the kinds
    from bot.domain.content import read_content
    from bot.settings import DEFAULT_PACK, PACKS_DIR

    [content] = read_content([PACKS_DIR / DEFAULT_PACK])
    loaded = QuestionBank.from_pack(content.pack, content.trivia)
    sys.stdout.write(f"{headline(loaded)}\n\n{bank_table(loaded)}\n\n{kinds_table(loaded)}\n")
