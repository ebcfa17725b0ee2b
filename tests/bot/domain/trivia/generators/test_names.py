"""Other names: stage and birth names, never a spelling of the same name."""

from __future__ import annotations

import pytest

from bot.domain.pack import Pack
from bot.domain.trivia.generators import names
from bot.ui.i18n import speaking
from cogs.trivia import cards
from tests.trivia_words import assert_worded


def test_other_names_are_names_proper_not_spellings(real_pack: Pack) -> None:
    pairs = {(o.name, o.other.text) for o in names.other_names(real_pack)}
    assert ("Avey Tare", "David Portner") in pairs and ("Sam Spiegel", "Squeak E. Clean") in pairs
    assert ("Spike Jonze", "Adam Spiegel") in pairs
    others = {other for _, other in pairs}
    assert not others & {"ASKA", "Aska Matsumiya", "Gui Burrato", "Of Montreal", "Nick Zimmer"}
    assert "Ze Gonzales" not in others  # DJ Zegon's other name is made from it: it answers itself
    assert "Nick Thelen" not in others  # the Lost Trees' line-up is disputed


def test_a_birth_name_is_asked_as_one(real_pack: Pack) -> None:
    questions = {q.id: q for q in names.names(real_pack)}
    born = questions["gen:named:artist:spike-jonze:alias:0"]
    assert born.prompt == "Who was born Adam Spiegel?" and born.right == "Spike Jonze"
    assert born.explanation == "Spike Jonze was born Adam Spiegel." and born.sources == ("WP-JONZE",)
    portner = questions["gen:other-name:artist:animal-collective:member:0:name"]
    assert portner.right == "David Portner" and "Avey Tare" not in portner.options


def test_other_names_are_worded_in_every_language(real_pack: Pack, caplog: pytest.LogCaptureFixture) -> None:
    questions = list(names.names(real_pack))
    assert {q.kind for q in questions} == {"other-name", "who-is-named"}
    assert_worded(questions, caplog)
    born = next(q for q in questions if q.id == "gen:other-name:artist:spike-jonze:alias:0")
    with speaking("es-ES"):
        assert cards.prompt(born) == "¿Con qué nombre nació Spike Jonze?"
        assert cards.explanation(born) == "Spike Jonze nació con el nombre de Adam Spiegel."
