"""Where each act is from, as true or false, and which album came out on which label."""

from __future__ import annotations

import pytest

from bot.domain.pack import Pack
from bot.domain.trivia.generators import places
from bot.ui.i18n import speaking
from cogs.trivia import cards
from tests.trivia_words import assert_worded


def test_which_album_came_out_on_a_label(real_pack: Pack) -> None:
    labels = {t.original.album: t.original.label for t in real_pack.tracks if t.original}
    questions = list(places.label_released(real_pack))
    assert {q.right for q in questions} >= {"Feels", "Chromophobia"}
    for q in questions:
        label = q.prompt.removeprefix("Which of these albums came out on ").removesuffix("?")
        assert [o for o in q.options if labels[o] == label] == [q.right], q.id


def test_where_an_act_is_from_as_true_or_false(real_pack: Pack) -> None:
    homes = {a.name: a.origin.text for a in real_pack.artists if a.origin}
    questions = list(places.origin_true_false(real_pack))
    assert len(questions) == len(homes)
    assert {q.right for q in questions} == {"True", "False"}
    for q in questions:
        assert q.difficulty == "easy" and q.about[0].endswith(":origin")
        claimed = q.prompt.rsplit(" from ", 1)[-1].rsplit(" based in ", 1)[-1].rstrip(".")
        assert q.explanation.endswith(f"{claimed}.") == (q.right == "True"), q.id


def test_place_and_label_questions_are_worded_in_every_language(
    real_pack: Pack, caplog: pytest.LogCaptureFixture
) -> None:
    homes = list(places.origin_true_false(real_pack))
    # Both answers are asked, and "Girls'" (a name ending in s) as well as "Gui Boratto's".
    assert {q.answer for q in homes} == {0, 1}
    labels = list(places.label_released(real_pack))
    assert any("Girls' *Album*" in q.explanation for q in labels)
    assert any("Gui Boratto's" in q.explanation for q in labels)
    assert_worded([*homes, *labels], caplog)
    aska = next(q for q in homes if q.id == "gen:origin-true-false:aska")
    with speaking("de"):
        assert cards.prompt(aska) == "Wahr oder falsch: Aska ist in San Francisco ansässig."
        assert cards.explanation(aska) == "Falsch: Aska ist in Los Angeles ansässig."
