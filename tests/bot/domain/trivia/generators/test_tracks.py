"""Track questions: credits, places on the album, running order and the other version."""

from __future__ import annotations

import dataclasses
import re

from bot.domain.pack import Pack
from bot.domain.trivia.generators import tracks
from bot.domain.trivia.questions import Said
from bot.ui.i18n import ENGLISH, catalogue


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
    return set(next(t for t in pack.tracks if t.position == position).placed_by)


def _count_sources(pack: Pack) -> set[str]:
    count = pack.fact("track_count")
    assert count is not None
    return {s for v in count.values for s in v.sources}


def test_a_place_question_cites_the_sources_of_the_title_at_that_number_and_of_the_count(
    real_pack: Pack,
) -> None:
    questions = [*tracks.positions(real_pack), *tracks.running_order(real_pack)]
    assert questions
    for q in questions:
        placed = set().union(*(_cited_for_place(real_pack, a) for a in q.about))
        if len(q.about) == 1:  # "… is track N of the album's 9 tracks": the place and the count
            assert "album:track_count" in q.reveals, q.id
            assert set(q.sources) == placed | _count_sources(real_pack), q.id
        else:  # a running order states places, not the count
            assert set(q.sources) == placed, q.id
    by_id = {q.id: q for q in questions}
    # Track 9's title is IJRAT's (TMT's copy breaks off inside it), its number TMT's (IJRAT says only
    # "the final two"), the count BUST's and TMT's: the question cites each, not IJRAT alone.
    assert set(by_id["gen:track-at:9"].sources) == {"IJRAT", "TMT", "BUST"}
    assert set(by_id["gen:position:9"].sources) == {"IJRAT", "TMT", "BUST"}
    # Track 8: TMT prints the title and the number; IJRAT, which gives no number, is not cited.
    assert set(by_id["gen:track-at:8"].sources) == {"TMT", "BUST"}
    assert "IJRAT" not in by_id["gen:position:2"].sources
    # Track 1: IJRAT's "The first track" gives the number too.
    assert "IJRAT" in by_id["gen:position:1"].sources


def test_a_title_no_source_numbers_cites_the_title_and_the_number_each_from_its_own_sources(
    real_pack: Pack,
) -> None:
    nine = next(t for t in real_pack.tracks if t.position == 9)
    assert (nine.listed_by, nine.numbered_by) == (("IJRAT",), ("TMT",))
    assert nine.placed_by == ("IJRAT", "TMT")
    eight = next(t for t in real_pack.tracks if t.position == 8)
    assert eight.placed_by == ("TMT",)


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


def english(message: Said | None) -> str:
    assert message is not None
    return catalogue().format(ENGLISH, message.key, dict(message.values))


def test_a_credit_printed_more_ways_than_the_locale_files_word_reads_as_english_says_it(
    real_pack: Pack,
) -> None:
    # Track 4's credit, settled, is printed six ways: its prompt is worded, its explanation stays English.
    settled = [
        dataclasses.replace(t, credits_disputed=False) if t.position == 4 else t for t in real_pack.tracks
    ]
    pack = dataclasses.replace(real_pack, tracks=tuple(settled))
    q = next(q for q in tracks.credits(pack) if q.id == "gen:performer:4")
    assert len(next(t for t in pack.tracks if t.position == 4).credits) > tracks.CREDIT_CLAIMS
    assert q.explanation_said is None
    assert english(q.prompt_said) == q.prompt


def test_a_credit_no_source_prints_and_a_list_with_no_count_are_worded_as_english_says_them(
    real_pack: Pack,
) -> None:
    bare = [dataclasses.replace(t, credits=()) if t.position == 6 else t for t in real_pack.tracks]
    pack = dataclasses.replace(
        real_pack, tracks=tuple(bare), facts=tuple(f for f in real_pack.facts if f.key != "track_count")
    )
    performer = next(q for q in tracks.credits(pack) if q.id == "gen:performer:6")
    assert (
        performer.explanation
        == english(performer.explanation_said)
        == "“Hellhole Ratrace” is credited to Girls."
    )
    placed = {q.id: q for q in tracks.positions(pack)}
    for qid in ("gen:position:1", "gen:position:6"):
        assert english(placed[qid].explanation_said) == placed[qid].explanation
        assert "of the album's" not in placed[qid].explanation
