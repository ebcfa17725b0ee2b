"""Album and film questions: one table row per fact key, names read from the pack."""

from __future__ import annotations

import dataclasses

from bot.domain.pack import Claim, Pack
from bot.domain.trivia.generators.album import ROWS, album_facts
from bot.ui.i18n import ENGLISH, catalogue


def test_each_undisputed_fact_with_a_row_is_asked_once(real_pack: Pack) -> None:
    questions = list(album_facts(real_pack))
    asked = {q.about[0].removeprefix("album:") for q in questions}
    undisputed = {f.key for f in real_pack.facts if not f.disputed}
    assert asked == set(ROWS) & undisputed
    assert not asked & {f.key for f in real_pack.facts if f.disputed}


def test_the_film_and_album_names_come_from_the_pack(real_pack: Pack) -> None:
    pack = dataclasses.replace(real_pack, title="Her (Original Score)", film="Her")
    prompts = [q.prompt for q in album_facts(pack)]
    assert "Who wrote and directed the film *Her*?" in prompts
    assert "How many tracks are on *Her (Original Score)*?" in prompts
    assert not any("I'm Here" in p for p in prompts)


def test_no_question_names_the_film_when_the_pack_does_not(real_pack: Pack) -> None:
    kinds = {q.kind for q in album_facts(dataclasses.replace(real_pack, film=None))}
    assert "album-label" in kinds
    assert not kinds & {"album-director", "album-year"}


def test_a_fact_marked_disputed_is_not_asked(real_pack: Pack) -> None:
    facts = tuple(
        dataclasses.replace(f, disputed=True, values=(*f.values, Claim("Someone Else", ("BUST",))))
        if f.key == "director"
        else f
        for f in real_pack.facts
    )
    kinds = {q.kind for q in album_facts(dataclasses.replace(real_pack, facts=facts))}
    assert "album-director" not in kinds and "album-label" in kinds


def test_an_album_question_cites_only_the_sources_of_the_facts_it_states(real_pack: Pack) -> None:
    questions = list(album_facts(real_pack))
    assert questions
    for q in questions:
        stated = set()
        for name in (*q.about, *q.reveals):
            assert name.startswith("album:"), (q.id, name)
            fact = real_pack.fact(name.removeprefix("album:"))
            assert fact is not None
            stated |= {s for v in fact.values for s in v.sources}
        assert set(q.sources) <= stated, q.id
    by_id = {q.id: q for q in questions}
    assert set(by_id["gen:album-track-count"].sources) == {"BUST", "TMT"}
    assert set(by_id["gen:album-release-date"].sources) == {"BUST", "COS", "GIGWISE"}


def test_the_film_questions_without_their_other_fact_are_worded_as_english_says_them(real_pack: Pack) -> None:
    for dropped in ("year", "director"):
        pack = dataclasses.replace(real_pack, facts=tuple(f for f in real_pack.facts if f.key != dropped))
        for q in album_facts(pack):
            for message, text in ((q.prompt_said, q.prompt), (q.explanation_said, q.explanation)):
                assert message is not None
                assert catalogue().format(ENGLISH, message.key, dict(message.values)) == text, q.id
            for option, message in q.options_said:
                assert catalogue().format(ENGLISH, message.key, dict(message.values)) == option
