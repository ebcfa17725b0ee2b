"""Embeds within Discord's limits: whole lines while they fit, then a count of what was left out."""

from __future__ import annotations

from bot.ui.embeds import TOTAL_LIMIT, CardBuilder, fit_lines


def test_lines_that_fit_are_kept_whole() -> None:
    assert fit_lines(["one", "two"], 100, "tracks") == "one\ntwo"


def test_lines_past_the_limit_are_counted_and_the_result_never_exceeds_it() -> None:
    lines = [f"line {i:02d}" for i in range(10)]
    text = fit_lines(lines, 40, "lines")
    assert len(text) <= 40
    kept = text.splitlines()
    assert kept[-1] == f"… and {10 - len(kept) + 1} more lines"
    assert kept[:-1] == lines[: len(kept) - 1]


def test_a_single_long_line_is_cut_with_an_ellipsis() -> None:
    text = fit_lines(["x" * 500], 100, "lines")
    assert len(text) <= 100 and text.endswith("…")


def test_a_card_leaves_out_what_cannot_fit_and_says_so() -> None:
    card = CardBuilder("Title", footer="Sources")
    added = [card.field(f"Field {i}", "v" * 1000) for i in range(10)]
    embed = card.build()
    assert len(embed) <= TOTAL_LIMIT
    assert not all(added)
    assert embed.footer.text == f"Sources · {added.count(False)} more sections left out to fit Discord"


def test_what_is_left_out_is_counted_with_the_right_plural_and_separators() -> None:
    lines = ["a line of forty characters, give or take"] * 3
    assert fit_lines(lines, 110, "sources").endswith("… and 1 more source")
    assert fit_lines(lines, 60, "sources").endswith("… and 2 more sources")
    assert fit_lines(["x" * 30] * 1500, 100, "people").endswith(" more people")
    assert fit_lines(["x" * 30] * 1500, 100, "people").split("… and ")[1].startswith("1,4")
