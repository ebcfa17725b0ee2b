"""Quote gaps: a word blanked in every review quote, with wrong words no grammar rules out."""

from __future__ import annotations

import re

from bot.domain.pack import Pack
from bot.domain.trivia.generators import gaps
from bot.domain.trivia.generators.reviews import GAP


def test_every_quote_has_a_gap_question(real_pack: Pack) -> None:
    asked = {q.about[0] for q in gaps.quote_words(real_pack)}
    assert asked == {f"quote:{q.key}:words" for q in real_pack.quotes}


def test_the_gap_is_the_answer_and_no_option_stands_out_by_its_ending(real_pack: Pack) -> None:
    quotes = {q.key: q for q in real_pack.quotes}
    for q in gaps.quote_words(real_pack):
        quote = quotes[q.about[0].split(":")[1]]
        shown = q.prompt.split("\n> ", 1)[1]
        assert GAP in shown and shown.replace(GAP, q.right) == quote.text, q.id
        assert q.right not in re.findall(r"[a-z]+", shown), q.id  # blanked wherever it stands
        endings = {o[-1] for o in q.options}
        assert len(endings) == 1, (q.id, q.options)  # "-ly" among "-ed" would give it away
        assert all(o.islower() and o.isalpha() for o in q.options), q.id
        assert q.sources == (quote.source,) and f"quote:{quote.key}:source" in q.reveals


def test_an_article_before_the_gap_fits_every_option(real_pack: Pack) -> None:
    vowels = "aeiou"
    for q in gaps.quote_words(real_pack):
        before = re.search(rf"\b(an?)\s+{GAP}", q.prompt, re.IGNORECASE)
        if before:
            wants_vowel = before.group(1).lower() == "an"
            assert all((o[0] in vowels) == wants_vowel for o in q.options), (q.id, q.options)
