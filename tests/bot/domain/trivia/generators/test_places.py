"""Where each act is from, as true or false, and which album came out on which label."""

from __future__ import annotations

from bot.domain.pack import Pack
from bot.domain.trivia.generators import places


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
