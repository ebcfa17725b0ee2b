"""The shared builders: fair distractors, keyword-only questions, and wording that reads right."""

from __future__ import annotations

import dataclasses

import pytest

from bot.domain.pack import Artist, Pack, Person
from bot.domain.trivia.generators.common import (
    View,
    be,
    choice,
    form,
    of_name,
    pick,
    stands_out,
    subject,
)


def test_distractors_share_the_answers_form_and_are_nearest_in_length() -> None:
    wrong = pick(
        "q", "Kevin Barnes", ["Flea", "Avey Tare", "Aska & Flea", "ASKA", "Christopher Owens"], words=True
    )
    assert wrong == ["Avey Tare", "Christopher Owens"]
    assert form("Aska & The Lost Trees") != form("Girls")
    assert pick("q", "Aska & The Lost Trees", ["Girls", "Girls & The Lost Trees"]) == [
        "Girls & The Lost Trees"
    ]


def test_a_right_answer_much_longer_or_shorter_than_the_rest_stands_out() -> None:
    assert stands_out("Hissing Fauna, Are You the Destroyer?", ["Feels", "Album", "Treats"])
    assert stands_out("Y.O.U.", ["There Are Many of Us", "The Past Is a Grotesque Animal"])
    assert not stands_out("Feels", ["Album", "Treats", "Chromophobia"])


def test_a_question_without_two_fair_distractors_is_dropped() -> None:
    common = {
        "qid": "gen:t:1",
        "kind": "t",
        "category": "tracks",
        "difficulty": "easy",
        "prompt": "Who?",
        "explanation": "Because.",
        "sources": ["BUST"],
        "about": ["t:1"],
    }
    assert choice(right="Kevin Barnes", wrong=["Flea", "Deakin"], words=True, **common) is None
    q = choice(
        right="Kevin Barnes", wrong=["Avey Tare", "Panda Bear", "Nick Zinner", "Alexis Krauss"], **common
    )
    assert q is not None and len(q.options) == 4 and q.right == "Kevin Barnes" and q.about == ("t:1",)
    with pytest.raises(TypeError):
        choice("gen:t:1", "t")  # type: ignore[misc]  # keyword-only: a swapped argument can't slip by


def test_a_band_name_in_lower_case_never_opens_a_sentence_nor_follows_of() -> None:
    band = Artist(key="of-montreal", name="of Montreal", members=(Person("Kevin Barnes", ("X",)),))
    person = Artist(key="aska", name="Aska")
    assert subject(band) == "The band of Montreal" and of_name(band) == "the band of Montreal"
    assert be(band) == "are" and be(person) == "is" and subject(person) == "Aska"


def test_the_film_title_is_the_packs_film_field(real_pack: Pack) -> None:
    assert View(real_pack).film == "*I'm Here*"
    # Read, not derived from the album title: a pack that names no film has no film title.
    assert View(dataclasses.replace(real_pack, title="Her (Original Score)", film="Her")).film == "*Her*"
    assert View(dataclasses.replace(real_pack, film=None)).film is None
