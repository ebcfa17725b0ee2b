"""Where each act is from, as true or false, and which album came out on which label.

The true-or-false claim names the act's home, or another act's home that no source ties it to; which of
the two is seeded by the act, so it never changes between runs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from bot.domain.pack import Pack
from bot.domain.trivia.generators.artists import _might_be_from
from bot.domain.trivia.generators.common import (
    View,
    artist_values,
    be,
    choice,
    song,
    subject,
    true_false,
    unique,
    yes,
)
from bot.domain.trivia.generators.tracks import credit
from bot.domain.trivia.questions import Question, said


def origin_true_false(pack: Pack) -> Iterator[Question]:
    """True or false: X is from (or based in) Y. One fact: the act's home."""
    located = [a for a in pack.artists if a.origin and not a.origin.inference]
    homes = unique(a.origin.text for a in located if a.origin)
    for artist in located:
        assert artist.origin is not None
        home = artist.origin.text
        elsewhere = [h for h in homes if h != home and not _might_be_from(artist, h)]
        qid = f"gen:origin-true-false:{artist.key}"
        rng = random.Random(qid)
        true = not elsewhere or rng.random() < 0.5  # a fair coin, seeded by the act
        named = home if true else rng.choice(elsewhere)
        based = "based" in (artist.origin.note or "")
        verb = "is" if subject(artist) != artist.name else be(artist)
        at = "based in" if based else "from"
        told = f"{subject(artist).replace('The band', 'the band')} {verb} {at} {home}."
        values = {**artist_values(artist), "based": yes(based)}
        yield true_false(
            qid=qid,
            kind="origin-true-false",
            category="artists",
            difficulty="easy",
            prompt=f"True or false: {told.split(f' {verb} ')[0]} {verb} {at} {named}.",
            true=true,
            explanation=f"{'True' if true else 'False'}: {told}",
            sources=artist.origin.sources,
            about=[f"artist:{artist.key}:origin"],
            prompt_said=said("trivia-q-origin-true-false", place=named, **values),
            explanation_said=said("trivia-q-origin-true-false-why", home=home, true=yes(true), **values),
        )


def possessive(name: str) -> str:
    """ "Girls' album", "Gui Boratto's album"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def label_released(pack: Pack) -> Iterator[Question]:
    """Which of these albums came out on label L? The albums the older songs first came out on."""
    v = View(pack)
    with_label = [t for t in pack.tracks if t.original and t.original.label]
    for t in with_label:
        o = t.original
        assert o is not None and o.label is not None
        who = v.artists[t.artists[0]].name if t.artists else v.performers(t)
        q = choice(
            qid=f"gen:label-released:{t.position}",
            kind="label-released",
            category="tracks",
            difficulty="hard",
            prompt=f"Which of these albums came out on {o.label}?",
            right=o.album,
            wrong=[x.original.album for x in with_label if x.original and x.original.label != o.label],
            explanation=f"{o.label} released {possessive(who)} *{o.album}*, with {song(t.title)} on it.",
            sources=o.sources,
            about=[f"track:{t.position}:original-label"],
            reveals=[f"track:{t.position}:original-album", credit(t.position)],
            prompt_said=said("trivia-q-label-released", label=o.label),
            explanation_said=said(
                "trivia-q-label-released-why",
                label=o.label,
                artist=who,
                ends_in_s=yes(who.endswith("s")),
                album=o.album,
                title=t.title,
            ),
        )
        if q:
            yield q
