"""Artist questions: who is in which band, the odd one out, where each act is from, other names."""

from __future__ import annotations

import difflib
import random
from collections.abc import Iterator

from bot.domain.pack import Artist, Pack
from bot.domain.text import listing, normalise
from bot.domain.trivia.generators.common import (
    View,
    artist_values,
    be,
    choice,
    form,
    is_band,
    names_values,
    of_name,
    songs_values,
    subject,
    unique,
    yes,
)
from bot.domain.trivia.questions import Question, Said, said

OUTSIDER_SLACK = 4
"""How many characters an odd-one-out's name may differ from the shown members' average length."""
SPELLING = 0.8
"""An alias this close to the artist's name (difflib ratio) is a spelling of it, not another name."""


def member(band: Artist, index: int) -> str:
    return f"artist:{band.key}:member:{index}"


def _line_up(band: Artist) -> str:
    names = [m.name for m in band.members]
    if len(names) == 1:
        return f"{names[0]} is in {of_name(band)}."
    return f"{subject(band)} {'is' if subject(band) != band.name else 'are'} {listing(names)}."


def _line_up_said(band: Artist) -> Said:
    """The line-up in the locale files' words (``trivia-q-line-up``)."""
    return said("trivia-q-line-up", **_line_up_values(band))


def _line_up_values(band: Artist) -> dict[str, str | int]:
    return {**artist_values(band), **names_values([m.name for m in band.members])}


def _line_up_sources(band: Artist) -> tuple[str, ...]:
    """The sources that name the band's members (the line-up the explanation gives)."""
    return unique(s for m in band.members for s in m.sources)


def _stage_named(band: Artist) -> bool:
    """Whether the band's members go by stage names: most have another name in the sources that is
    not a spelling of this one (Avey Tare is David Portner). Options never mix the two kinds of name,
    or the one plain name among stage names gives itself away."""
    named = sum(
        any(not a.inference and not is_spelling(a.text, m.name) for a in m.aliases) for m in band.members
    )
    return 2 * named > len(band.members)


def settled_bands(v: View) -> list[Artist]:
    """Bands whose sources agree on the line-up: only these are asked about."""
    return [b for b in v.bands() if not b.members_disputed]


def band_members(pack: Pack) -> Iterator[Question]:
    """Who is in band X, and which band is person Y in? One fact per member."""
    v = View(pack)
    bands = settled_bands(v)
    for band in bands:
        own = {normalise(m.name) for m in band.members}
        # Members of bands related to this one (sharing a member or a track) are no distractors.
        others = [
            m.name
            for b in bands
            if b.key not in v.related(band.key) and _stage_named(b) == _stage_named(band)
            for m in b.members
            if normalise(m.name) not in own
        ]
        everyone = [member(band, i) for i in range(len(band.members))]
        for i, person in enumerate(band.members):
            theirs = {
                b.key for b in bands if normalise(person.name) in {normalise(m.name) for m in b.members}
            }
            for q in (
                choice(
                    qid=f"gen:member:{band.key}:{i}",
                    kind="band-member",
                    category="artists",
                    difficulty="medium",
                    prompt=f"Who is a member of {of_name(band)}?",
                    right=person.name,
                    wrong=others,
                    explanation=_line_up(band),
                    sources=_line_up_sources(band),
                    about=[member(band, i)],
                    reveals=everyone,
                    words=True,
                    prompt_said=said("trivia-q-band-member", **artist_values(band)),
                    explanation_said=_line_up_said(band),
                ),
                choice(
                    qid=f"gen:member-of:{band.key}:{i}",
                    kind="member-band",
                    category="artists",
                    difficulty="medium",
                    prompt=f"Which band on the album is {person.name} a member of?",
                    right=band.name,
                    wrong=[b.name for b in bands if b.key not in theirs],
                    explanation=_line_up(band),
                    sources=_line_up_sources(band),
                    about=[member(band, i)],
                    reveals=everyone,
                    prompt_said=said("trivia-q-member-band", person=person.name),
                    explanation_said=_line_up_said(band),
                ),
            ):
                if q:
                    yield q


def _outsiders(
    v: View, band: Artist, bands: list[Artist]
) -> list[tuple[str, Artist | None, tuple[str, ...], list[str]]]:
    """Who could stand among the band's members as the odd one out: (name, the band the explanation
    says they are in, or None when it says only that they are not in this one, its sources, the facts
    it gives away). A band whose members go by stage names gets
    one-word names from elsewhere on the album (a plain first-and-last name would stand out), of whom
    the explanation says only that they are not in the band: their own band's line-up may be disputed."""
    own = {normalise(m.name) for m in band.members}
    if not _stage_named(band):
        return [
            (m.name, b, m.sources, [member(b, i)])
            for b in bands
            if b.key not in v.related(band.key) and not _stage_named(b)
            for i, m in enumerate(b.members)
            if normalise(m.name) not in own
        ]
    people = [p for a in v.pack.artists if a.key not in v.related(band.key) for p in (*a.members, *a.people)]
    return [
        (p.name, None, (), []) for p in people if len(p.name.split()) == 1 and normalise(p.name) not in own
    ]


def odd_member(pack: Pack) -> Iterator[Question]:
    """Odd one out: which of these is not in band X? Three of its members (both, for a duo) and one from
    elsewhere."""
    v = View(pack)
    bands = settled_bands(v)
    for band in bands:
        if len(band.members) < 2:  # two members and an outsider make three options
            continue
        outsiders = _outsiders(v, band, bands)
        if not outsiders:
            continue
        variants = list(range(len(band.members))) if len(band.members) > 3 else [None]
        # Each variant has an outsider of its own: one answer for every variant would teach it, not
        # ask it. So no more variants are asked than there are outsiders to go round.
        taken: set[str] = set()
        for left_out in variants[: len(outsiders)]:
            shown = [i for i in range(len(band.members)) if i != left_out]
            qid = f"gen:odd-member:{band.key}" + ("" if left_out is None else f":{left_out}")
            rng = random.Random(qid)
            names = [band.members[i].name for i in shown]
            forms = {form(n) for n in names}  # an outsider in quotation marks would stand out
            candidates = [
                c for c in rng.sample(outsiders, len(outsiders)) if c[0] not in taken and form(c[0]) in forms
            ]
            if not candidates:
                continue
            # The outsider: one near the shown members' length (so no option stands out), seeded per question.
            mean = sum(len(n) for n in names) / len(names)
            near = [c for c in candidates if abs(len(c[0]) - mean) <= OUTSIDER_SLACK]
            right, theirs, sources, reveals = (
                near[0] if near else min(candidates, key=lambda c: abs(len(c[0]) - mean))
            )
            taken.add(right)
            if theirs is None:
                told = f"{right} is not in {of_name(band)}. "
                why = said("trivia-q-odd-member-why-not", outsider=right, **_line_up_values(band))
            else:
                told = f"{right} is in {of_name(theirs)}. "
                other = {"other": theirs.name, "other_of": yes(theirs.name.lower().startswith("of "))}
                why = said("trivia-q-odd-member-why", outsider=right, **other, **_line_up_values(band))
            q = choice(
                qid=qid,
                kind="odd-member",
                category="artists",
                difficulty="medium",
                prompt=f"Odd one out: which of these is not a member of {of_name(band)}?",
                right=right,
                wrong=names,
                explanation=f"{told}{_line_up(band)}",
                sources=unique((*_line_up_sources(band), *sources)),
                about=[member(band, i) for i in shown],
                reveals=[member(band, i) for i in range(len(band.members))] + reveals,
                prompt_said=said("trivia-q-odd-member", **artist_values(band)),
                explanation_said=why,
            )
            if q:
                yield q


def _might_be_from(artist: Artist, place: str) -> bool:
    """Whether a source ties the act to the place after all, in a fact the sources dispute (Animal
    Collective: formed in Baltimore, or in New York City): then the place is no safe wrong option."""
    parts = [p.strip().lower() for p in place.split(",") if p.strip()]
    disputed = " ".join(v.text.lower() for f in artist.facts if f.disputed for v in f.values)
    return any(part in disputed for part in parts)


def origin(pack: Pack) -> Iterator[Question]:
    """Where an act is from, and which act is from a place. One fact: the act's home."""
    v = View(pack)
    located = [a for a in pack.artists if a.origin and not a.origin.inference]
    places = unique(a.origin.text for a in located if a.origin)
    for artist in located:
        assert artist.origin is not None
        home = artist.origin.text
        verb = "is" if subject(artist) != artist.name else be(artist)
        # "Based in" where the sources say no more than that (Aska is based in LA, born in Japan).
        based = "based" in (artist.origin.note or "")
        at = "based in" if based else "from"
        played, credits, credit_sources = v.plays(artist)
        titles = [t.title for t in v.credited if artist.key in t.artists]
        place = {**artist_values(artist), "based": yes(based)}
        why = said("trivia-q-origin-why", home=home, **place, **songs_values(titles))
        plays = "play" if is_band(artist) and subject(artist) == artist.name else "plays"
        on_album = f" {subject(artist)} {plays} {played} on the album." if played else ""
        told = f"{subject(artist)} {verb} {at} {home}.{on_album}"
        sources = unique((*artist.origin.sources, *credit_sources))
        about = [f"artist:{artist.key}:origin"]
        reveals = credits
        where = f"Where {be(artist)} {artist.name} {'based' if based else 'from'}?"
        if artist.name[:1].islower():
            where = f"Where is the band {artist.name} {'based' if based else 'from'}?"
        for q in (
            choice(
                qid=f"gen:origin:{artist.key}",
                kind="origin",
                category="artists",
                difficulty="medium",
                prompt=where,
                right=home,
                wrong=[p for p in places if p != home and not _might_be_from(artist, p)],
                explanation=told,
                sources=sources,
                about=about,
                reveals=reveals,
                prompt_said=said("trivia-q-origin", **place),
                explanation_said=why,
            ),
            # Artists whose home is unknown might be from there: only located artists are distractors.
            choice(
                qid=f"gen:from:{artist.key}",
                kind="artist-from",
                category="artists",
                difficulty="medium",
                prompt=f"Which of these {'bands' if is_band(artist) else 'artists'} is {at} {home}?",
                right=artist.name,
                wrong=[
                    a.name
                    for a in located
                    if a.origin
                    and a.origin.text != home
                    and is_band(a) == is_band(artist)
                    and not _might_be_from(a, home)
                ],
                explanation=told,
                sources=sources,
                about=about,
                reveals=reveals,
                prompt_said=said(
                    "trivia-q-artist-from", home=home, band=yes(is_band(artist)), based=yes(based)
                ),
                explanation_said=why,
            ),
        ):
            if q:
                yield q


def is_spelling(alias: str, name: str) -> bool:
    """An alias that is the name spelt another way ("ASKA", "Gui Burrato") or the name plus more
    ("Aska Matsumiya"): derived from the two names, not from any note."""
    a, n = normalise(alias), normalise(name)
    return n in a or difflib.SequenceMatcher(None, a, n).ratio() >= SPELLING
