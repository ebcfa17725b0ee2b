"""Artist questions: members, the odd one out, homes and other names."""

from __future__ import annotations

import dataclasses

import pytest

from bot.domain.pack import Pack
from bot.domain.trivia.generators import artists
from bot.ui.i18n import speaking
from cogs.trivia import cards
from tests.trivia_words import assert_worded


def test_the_odd_one_out_is_the_only_option_outside_the_band(real_pack: Pack) -> None:
    bands = {a.name: {m.name for m in a.members} for a in real_pack.artists if a.members}
    questions = list(artists.odd_member(real_pack))
    assert questions
    for q in questions:
        band = next(name for name in bands if q.prompt.endswith(f"member of {name}?"))
        inside = [o for o in q.options if o in bands[band]]
        assert q.right not in bands[band] and len(inside) == len(q.options) - 1, q.id


def test_bands_take_plural_verbs_and_of_montreal_is_never_of_of(real_pack: Pack) -> None:
    prompts = {q.id: q.prompt for q in artists.origin(real_pack)}
    assert prompts["gen:origin:girls"] == "Where are Girls from?"
    assert prompts["gen:origin:of-montreal"] == "Where is the band of Montreal from?"
    # The sources say where Aska is based (she was born in Japan), not where she is from.
    assert prompts["gen:origin:aska"] == "Where is Aska based?"
    members = {q.id: q.prompt for q in artists.band_members(real_pack)}
    assert members["gen:member:of-montreal:0"] == "Who is a member of the band of Montreal?"


def test_other_spellings_are_not_other_names() -> None:
    assert artists.is_spelling("Gui Burrato", "Gui Boratto")
    assert artists.is_spelling("ASKA", "Aska") and artists.is_spelling("Aska Matsumiya", "Aska")
    assert not artists.is_spelling("Squeak E. Clean", "Sam Spiegel")
    assert not artists.is_spelling("Adam Spiegel", "Spike Jonze")


def test_no_member_option_stands_out_as_a_stage_name_among_real_names(real_pack: Pack) -> None:
    """Animal Collective's members go by stage names (Avey Tare is David Portner): one of them among
    plain names, or one plain name among them, would give the answer away."""
    stage = {"Avey Tare", "Panda Bear", "Deakin", "Geologist"}
    asked = [q for q in artists.band_members(real_pack) if q.kind == "band-member"]
    assert asked
    for q in asked:
        assert len({o in stage for o in q.options}) == 1, (q.id, q.options)


def test_the_odd_one_out_questions_of_a_band_each_have_an_answer_of_their_own(real_pack: Pack) -> None:
    by_band: dict[str, list[str]] = {}
    for q in artists.odd_member(real_pack):
        by_band.setdefault(q.prompt, []).append(q.right)
    assert by_band
    for prompt, answers in by_band.items():
        assert len(set(answers)) == len(answers), (prompt, answers)


def test_artist_questions_are_worded_in_every_language(
    real_pack: Pack, caplog: pytest.LogCaptureFixture
) -> None:
    questions = [*artists.band_members(real_pack), *artists.odd_member(real_pack), *artists.origin(real_pack)]
    assert {q.kind for q in questions} == {
        "band-member",
        "member-band",
        "odd-member",
        "origin",
        "artist-from",
    }
    assert_worded(questions, caplog)


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_an_act_playing_several_songs_is_worded_as_the_generator_lists_them(
    real_pack: Pack, count: int, caplog: pytest.LogCaptureFixture
) -> None:
    """Girls credited with ``count`` tracks (those with no other credit): every song is named, in the
    English of the generator and in every language."""
    settled = [t.position for t in real_pack.tracks if not t.credits_disputed and len(t.artists) == 1]
    theirs = {6, *[p for p in settled if p != 6][: count - 1]}  # track 6 is Girls' own
    tracks = tuple(
        dataclasses.replace(t, artists=("girls",)) if t.position in theirs else t for t in real_pack.tracks
    )
    pack = dataclasses.replace(real_pack, tracks=tracks)
    [q] = [q for q in artists.origin(pack) if q.id == "gen:origin:girls"]
    assert dict(q.explanation_said.values if q.explanation_said else ())["songs"] == count
    assert_worded([q], caplog)
    for t in tracks:
        if t.position in theirs:
            with speaking("fr"):
                assert f"« {t.title} »" in cards.explanation(q)
