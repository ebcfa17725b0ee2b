"""Track questions: credits, places on the album, running order and the other version."""

from __future__ import annotations

import dataclasses
import re

from bot.domain.pack import Pack
from bot.domain.trivia.generators import tracks


def test_a_shared_credit_is_asked_with_shared_credits_as_every_option(real_pack: Pack) -> None:
    # Track 4's credit is disputed in the real pack; settled, it would be asked like this.
    settled = [
        dataclasses.replace(t, credits_disputed=False) if t.position == 4 else t for t in real_pack.tracks
    ]
    pack = dataclasses.replace(real_pack, tracks=tuple(settled))
    q = next(q for q in tracks.credits(pack) if q.id == "gen:performer:4")
    assert q.right == "of Montreal & The Lost Trees"
    assert all(" & " in o for o in q.options)
    # Aska sings in The Lost Trees: she is no wrong answer beside them.
    assert not any(o.startswith("Aska") for o in q.options)


def test_a_disputed_credit_is_never_asked_nor_offered(real_pack: Pack) -> None:
    disputed = {t.title for t in real_pack.tracks if t.credits_disputed}
    assert disputed
    for q in tracks.credits(real_pack):
        assert not any(title in q.prompt or title in q.options for title in disputed), q.id


def test_every_credit_question_asks_about_one_fact_the_credit(real_pack: Pack) -> None:
    by_fact: dict[tuple[str, ...], set[str]] = {}
    for q in tracks.credits(real_pack):
        by_fact.setdefault(q.about, set()).add(q.kind)
    assert by_fact[("track:6:credit",)] == {"performer", "track-by-artist", "true-false"}


def test_running_order_options_are_orders_and_one_is_the_album_order(real_pack: Pack) -> None:
    questions = list(tracks.running_order(real_pack))
    assert len(questions) == tracks.RUNNING_ORDER_SETS
    position = {t.title: t.position for t in real_pack.tracks}
    for q in questions:
        numbered = dict(re.findall(r"\*\*(\d)\.\*\* “(.+?)”", q.prompt))
        assert [numbered[str(i)] for i in range(1, 5)] == list(q.order)
        for option in q.options:
            assert sorted(option.split(" → ")) == ["1", "2", "3", "4"]
        ordered = [numbered[n] for n in q.right.split(" → ")]
        assert [position[t] for t in ordered] == sorted(position[t] for t in ordered)
        assert q.about == tuple(f"track:{position[t]}:position" for t in ordered)
        assert list(q.order) != ordered  # the prompt never lists them in album order already


def test_the_other_version_is_found_from_the_titles(real_pack: Pack) -> None:
    pairs = tracks.version_pairs(real_pack)
    assert [(a.position, b.position) for a, b in pairs] == [(1, 9)]
    questions = list(tracks.two_versions(real_pack))
    assert {q.about for q in questions} == {("track:9:version-of",)}


def _cited_for_place(pack: Pack, about: str) -> set[str]:
    position = int(about.split(":")[1])
    return set(next(t for t in pack.tracks if t.position == position).listed_by)


def test_a_place_question_cites_only_sources_that_print_that_title_at_that_place(real_pack: Pack) -> None:
    questions = [*tracks.positions(real_pack), *tracks.running_order(real_pack)]
    assert questions
    for q in questions:
        assert set(q.sources) <= set().union(*(_cited_for_place(real_pack, a) for a in q.about)), q.id
        if len(q.about) == 1:
            assert set(q.sources) == _cited_for_place(real_pack, q.about[0]), q.id
    by_id = {q.id: q for q in questions}
    # TMT's copy breaks off inside track 9's title; IJRAT names only the first and last two tracks.
    assert by_id["gen:track-at:9"].sources == ("IJRAT",)
    assert "IJRAT" not in by_id["gen:position:2"].sources


def test_the_other_version_cites_the_sources_that_say_so_not_every_list_with_the_track(
    real_pack: Pack,
) -> None:
    questions = list(tracks.two_versions(real_pack))
    assert {q.id for q in questions} == {
        "gen:two-versions:1"
    }  # "which is another version of X?" gives X away
    variant = next(t for t in real_pack.tracks if t.position == 9)
    stated = {*variant.titled_by, *variant.notes[0].sources}
    for q in questions:
        assert set(q.sources) <= stated and "TMT" not in q.sources, q.id
