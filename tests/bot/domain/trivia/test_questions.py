"""A question's checks and its options: one right option, none the same as another."""

from __future__ import annotations

from bot.domain.trivia.questions import TRUE_FALSE, arrange, problems
from tests.bot.domain.trivia.conftest import SOUND, question


def test_a_sound_question_has_no_problems() -> None:
    assert problems(SOUND) == []
    assert problems(question(options=TRUE_FALSE)) == []


def test_one_name_spelt_two_ways_is_not_two_options() -> None:
    twice = question(options=("Sleigh Bells", "SLEIGH-BELLS", "Aska"))
    assert any("all be different" in p for p in problems(twice))
    options, right = arrange("gen:x:1", "Gui Boratto", ["gui boratto", "Gui Borätto", "Aska", "Girls"])
    assert options[right] == "Gui Boratto"
    assert sorted(options) == ["Aska", "Girls", "Gui Boratto"]


def test_the_order_of_options_is_fixed_by_the_question_id() -> None:
    wrong = ["Aska", "Girls", "Sleigh Bells", "Gui Boratto"]
    assert arrange("gen:x:1", "Bear in Heaven", wrong) == arrange("gen:x:1", "Bear in Heaven", wrong)
    options, right = arrange("gen:x:1", "Bear in Heaven", wrong)
    assert len(options) == 4 and options[right] == "Bear in Heaven"
