"""Every generated question cites only sources the pack cites for the very values it asks about or
gives away: never a whole row's sources, never a source that lists a track without printing its title."""

from __future__ import annotations

from bot.domain.pack import Artist, Pack, Track
from bot.domain.trivia.generators import generate


def stated(pack: Pack, fact: str) -> set[str]:
    """The sources the pack cites for one fact a question names ("track:9:position", "album:label")."""
    kind, key, *rest = fact.split(":")
    if kind == "album":
        found = pack.fact(key)
        assert found is not None, fact
        return {s for v in found.values for s in v.sources}
    if kind == "quote":
        return {q.source for q in pack.quotes if q.key == key}
    if kind == "said":  # a phrase printed by this one source
        return {key}
    if kind == "track":
        return _track(next(t for t in pack.tracks if t.position == int(key)), fact, rest)
    if kind == "artist":
        return _artist(next(a for a in pack.artists if a.key == key), fact, rest)
    raise AssertionError(f"no rule for the fact {fact!r}: add one here")


def _track(t: Track, fact: str, rest: list[str]) -> set[str]:
    what = rest[0]
    if what == "position":
        # The title at this place and the number: IJRAT places track 9 but gives no number.
        return set(t.placed_by)
    if what == "credit":
        return {s for c in t.credits for s in c.sources} or set(t.sources)
    if what.startswith("original-"):
        assert t.original is not None, fact
        return set(t.original.sources)
    if what == "version-of":
        # Its title names the song; its notes say it is another version.
        return {*t.titled_by, *(s for n in t.notes if not n.inference for s in n.sources)}
    if what == "note":
        return set(t.notes[int(rest[1])].sources)
    raise AssertionError(f"no rule for the fact {fact!r}: add one here")


def _artist(a: Artist, fact: str, rest: list[str]) -> set[str]:
    what = rest[0]
    if what == "origin":
        assert a.origin is not None, fact
        return set(a.origin.sources)
    if what in ("member", "person"):
        person = (a.members if what == "member" else a.people)[int(rest[1])]
        return {*person.sources, *(s for c in (*person.aliases, *person.about) for s in c.sources)}
    if what == "alias":
        return set(a.aliases[int(rest[1])].sources)
    found = next((f for f in a.facts if f.key == what), None)
    assert found is not None, f"no rule for the fact {fact!r}: add one here"
    return {s for v in found.values for s in v.sources}


def test_every_generated_question_cites_only_sources_of_the_values_it_states(real_pack: Pack) -> None:
    questions = list(generate(real_pack))
    assert questions
    for q in questions:
        allowed = set().union(*(stated(real_pack, f) for f in (*q.about, *q.reveals)))
        assert q.sources and set(q.sources) <= allowed, (q.id, set(q.sources) - allowed)
