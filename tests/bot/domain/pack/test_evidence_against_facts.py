"""The pack's evidence phrases are the facts file's (issue 21, item 12): for a source whose text the
pack does not ship, each phrase the pack gives is one the facts file gives for the same source key, so
a phrase is never moved onto a source, or a value, that the facts file does not tie it to; the same holds
for the hand-written questions. (A shipped review's phrases are checked against its text by check-data,
which also requires a phrase, or an ``unquoted`` note, for every source every value cites.)"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any

from bot.domain.pack import Claim, OriginalRelease, Pack, Person, Track
from bot.domain.pack.evidence import flatten
from bot.settings import PACKS_DIR
from tests.conftest import SHARED

SHIPPED = {"BUST", "PREFIX"}
"""The sources whose review texts the pack ships (sources.toml ``review``)."""

Evidenced = Claim | Person | Track | OriginalRelease


def _facts_text() -> str:
    return flatten((SHARED / "soundtrack-facts.md").read_text(encoding="utf-8")).replace('"', "'")


def _same(phrase: str) -> str:
    return flatten(phrase).replace('"', "'")


def _evidenced(pack: Pack) -> Iterator[Evidenced]:
    for fact in pack.facts:
        yield from fact.values
    for artist in pack.artists:
        yield from artist.aliases
        for fact in artist.facts:
            yield from fact.values
        if artist.origin:
            yield artist.origin
        for person in (*artist.members, *artist.people):
            yield person
            yield from person.aliases
            yield from person.about
    for track in pack.tracks:
        yield track
        yield from track.credits
        yield from track.notes
        yield from track.aliases
        if track.original:
            yield track.original


def given_for(facts: str, key: str, phrase: str) -> bool:
    """Whether the facts file gives ``phrase`` for ``key``: inside a ``[KEY …]`` citation, after
    ``KEY:`` in the same clause (the credit column), or right before ``[KEY]``."""
    for m in re.finditer(re.escape(phrase), facts):
        opened, closed = facts.rfind("[", 0, m.start()), facts.rfind("]", 0, m.start())
        if opened > closed and re.match(rf"\[{re.escape(key)}\b", facts[opened:]):
            return True
        if re.search(
            rf"\b{re.escape(key)}(?: \([^)]*\))?:[^;|\[\]]*$", facts[max(0, m.start() - 120) : m.start()]
        ):
            return True
        if re.match(rf"'?(?: \([^)]*\))? \[{re.escape(key)}\]", facts[m.end() :]):
            return True
    return False


def _raw_entries(value: Any) -> Iterator[dict[str, Any]]:
    """Every table in a parsed data file, nested ones included."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _raw_entries(v)
    elif isinstance(value, list):
        for v in value:
            yield from _raw_entries(v)


def _raw(name: str) -> dict[str, Any]:
    with (PACKS_DIR / "im-here" / name).open("rb") as fh:
        return tomllib.load(fh)


def test_every_phrase_of_a_hand_written_question_is_the_facts_files_or_its_reviews() -> None:
    """A question's sources are held like the pack's: its phrases for pages the pack does not ship are
    the facts file's for that key (a shipped review's are checked against its text by check-data)."""
    facts = _facts_text()
    questions = _raw("trivia.toml")["questions"]
    phrases = [(q["key"], k, p) for q in questions for k, p in q.get("evidence", {}).items()]
    assert len(phrases) >= 10
    assert [(q, k, p) for q, k, p in phrases if k not in SHIPPED and not given_for(facts, k, _same(p))] == []


def test_a_source_named_unquoted_is_one_the_facts_file_cites_without_quoting() -> None:
    """``unquoted`` is for a page the facts file ties to a value with no words of its own (a bare
    ``[KEY]``, ``[KEY, infobox]``), never a way round a phrase the facts file gives."""
    facts = _facts_text()
    named = {
        key
        for name in ("album.toml", "artists.toml", "tracks.toml", "trivia.toml")
        for entry in _raw_entries(_raw(name))
        for key in entry.get("unquoted", [])
    }
    assert named  # WP-FILM's "31 min" is its infobox's
    for key in named:
        assert re.search(rf"\[{re.escape(key)}(?:, [^\]']*)?\]", facts), key


def test_every_phrase_for_an_unshipped_source_is_the_facts_files_for_that_key(real_pack: Pack) -> None:
    facts = _facts_text()
    shipped = set(real_pack.reviews.texts)
    stray = [
        (key, phrase)
        for item in _evidenced(real_pack)
        for key, phrase in item.evidence
        if key not in shipped and not given_for(facts, key, _same(phrase))
    ]
    assert stray == []


def test_a_phrase_under_another_key_is_caught() -> None:
    facts = _facts_text()
    assert given_for(facts, "RA-CHROMO", _same("an album for Kompakt about the fear of colors"))
    assert not given_for(facts, "DHA", _same("an album for Kompakt about the fear of colors"))
    assert given_for(facts, "TMT", _same("The Lost Trees & Aska"))
    assert given_for(facts, "IJRAT", _same("The first track"))
    assert given_for(facts, "COS", _same("I'm Here: The Soundtrack"))  # "(tracklist heading) [COS]"
    assert not given_for(facts, "IJRAT", _same("I'm Here: The Soundtrack"))
