"""Embeds within Discord's limits: whole lines while they fit, then a count of what was left out."""

from __future__ import annotations

import logging

import pytest

from bot.ui import i18n
from bot.ui.embeds import COUNTED, TOTAL_LIMIT, CardBuilder, fit_lines
from bot.ui.i18n import ENGLISH, LOCALES, speaking


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


@pytest.mark.parametrize(
    ("locale", "one", "many"),
    [
        ("en-US", "… and 1 more player", "… and 1,498 more players"),
        ("fr", "… et 1 joueur de plus", "… et 1\u202f498 joueurs de plus"),
        ("de", "… und 1 weiterer Spieler", "… und 1.498 weitere Spieler"),
        ("es-ES", "… y 1 jugador más", "… y 1.498 jugadores más"),
        ("pt-BR", "… e mais 1 jogador", "… e mais 1.498 jogadores"),
        ("ja", "…ほか1人", "…ほか1,498人"),
    ],
)
def test_what_was_left_out_is_counted_in_the_readers_language(locale: str, one: str, many: str) -> None:
    with speaking(locale):
        assert fit_lines(["x" * 30] * 3, 90, "players").endswith("\n" + one)
        cut = fit_lines(["x" * 30] * 1500, 100, "players")
    assert cut.endswith(many) and len(cut) <= 100


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != ENGLISH])
def test_every_counted_noun_and_the_footer_note_are_translated(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    i18n._missing.cache_clear()
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"), speaking(locale):
        counts = {noun: fit_lines(["x" * 30] * 9, 60, noun) for noun in sorted(COUNTED)}
        card = CardBuilder("Title", footer="Sources")
        card.long_lines("Name", ["v" * 1000] * 3, noun="lines")
        for i in range(30):
            card.field(f"Field {i}", "v" * 1000)
        embed = card.build()
    assert not caplog.records
    with speaking(ENGLISH):
        english = {noun: fit_lines(["x" * 30] * 9, 60, noun) for noun in sorted(COUNTED)}
    assert all(counts[noun] != english[noun] and len(counts[noun]) <= 60 for noun in COUNTED)
    assert len(embed) <= TOTAL_LIMIT and "left out" not in (embed.footer.text or "")
    assert [f.name for f in embed.fields[:2]] == [
        "Name",
        i18n.catalogue().format(locale, "card-continued", {"name": "Name"}),
    ]
