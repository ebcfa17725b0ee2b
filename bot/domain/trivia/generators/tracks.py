"""Track questions: who made each track, where it sits on the album, and its other version."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from bot.domain.pack import Pack, Track
from bot.domain.text import listing, plural
from bot.domain.trivia.generators.common import View, choice, publication, song, true_false, unique
from bot.domain.trivia.questions import Question, Said, said

RUNNING_ORDER_SETS = 6
"""How many running-order questions to draw (each puts four tracks in order)."""
CREDIT_CLAIMS = 3
"""The most ways of printing a credit the locale files word (a credit printed more ways reads in English)."""


def credit(position: int) -> str:
    return f"track:{position}:credit"


def place(position: int) -> str:
    return f"track:{position}:position"


def credit_said(v: View, track: Track) -> Said | None:
    """:meth:`View.credit_line` in the locale files' words: for each way the sources print the credit,
    the publications (all but the last, comma-separated; the last; how many) and what they print."""
    if not track.credits:
        return said("trivia-q-credit-why", title=track.title, claims=0, performers=v.performers(track))
    if len(track.credits) > CREDIT_CLAIMS:
        return None
    values: dict[str, str | int] = {"title": track.title, "claims": len(track.credits)}
    for i, claim in enumerate(track.credits, start=1):
        names = [publication(v.pack, s) for s in claim.sources]
        values |= {
            f"first{i}": ", ".join(names[:-1]),
            f"last{i}": names[-1],
            f"count{i}": len(names),
            f"text{i}": claim.text,
        }
    return said("trivia-q-credit-why", **values)


def _wrong_credits(v: View, track: Track) -> list[str]:
    """Performers (or pairs of performers, for a shared credit) that did not make this track."""
    related = set().union(*(v.related(k) for k in track.artists))
    others = [a.name for a in v.performing if a.key not in related]
    if len(track.artists) == 1:
        return others
    # A shared credit: swap one of its names for an unrelated performer, so every option is a pair.
    names = [v.artists[k].name for k in track.artists]
    return [" & ".join([*names[:i], other, *names[i + 1 :]]) for other in others for i in range(len(names))]


def credits(pack: Pack) -> Iterator[Question]:
    """Who performs a track; which track is by an artist; true or false, "X is by Y". One fact: the credit."""
    v = View(pack)
    for t in v.credited:
        told, sources = v.credit_line(t)
        told_said = credit_said(v, t)
        q = choice(
            qid=f"gen:performer:{t.position}",
            kind="performer",
            category="tracks",
            difficulty="easy",
            prompt=f"Who performs {song(t.title)} on {v.album}?",
            right=v.performers(t),
            wrong=_wrong_credits(v, t),
            explanation=told,
            sources=sources,
            about=[credit(t.position)],
            prompt_said=said("trivia-q-performer", title=t.title, album=pack.title),
            explanation_said=told_said,
        )
        if q:
            yield q
        wrong = _wrong_credits(v, t)
        if wrong:
            # One true-or-false per track; whether it is the true or a false claim is seeded by the track.
            rng = random.Random(f"gen:true-false:{t.position}")
            true = rng.random() < 0.5
            plain = v.performers(t) if true else rng.choice(wrong)
            named = f"the band {plain}" if plain[:1].islower() else plain  # never "is by of Montreal"
            yield true_false(
                qid=f"gen:true-false:{t.position}",
                kind="true-false",
                category="tracks",
                difficulty="easy",
                prompt=f"True or false: {song(t.title)} on {v.album} is by {named}.",
                true=true,
                explanation=told,
                sources=sources,
                about=[credit(t.position)],
                prompt_said=said(
                    "trivia-q-true-false",
                    title=t.title,
                    album=pack.title,
                    artist=plain,
                    band="yes" if plain[:1].islower() else "no",
                ),
                explanation_said=told_said,
            )
        for key in t.artists:
            artist = v.artists[key]
            # Not a distractor: anything by the artist or a related act, or whose credit is disputed.
            excluded = v.tracks_of(v.related(key)) | v.disputed_tracks
            q = choice(
                qid=f"gen:track-by-artist:{key}:{t.position}",
                kind="track-by-artist",
                category="tracks",
                difficulty="easy" if len(t.artists) == 1 else "medium",
                prompt=f"Which of these tracks on {v.album} is by {artist.name}?",
                right=t.title,
                wrong=[o.title for o in pack.tracks if o.position not in excluded],
                explanation=told,
                sources=sources,
                about=[credit(t.position)],
                prompt_said=said("trivia-q-track-by-artist", album=pack.title, artist=artist.name),
                explanation_said=told_said,
            )
            if q:
                yield q


def positions(pack: Pack) -> Iterator[Question]:
    """Which number a track is, and which track is number N. One fact: the track's place."""
    v = View(pack)
    numbers = [t.position for t in pack.tracks]
    count = pack.fact("track_count")
    # The explanation states the count only where the pack says which sources give it.
    total = f" of the album's {plural(len(pack.tracks), 'track')}" if count else ""
    counted = [s for c in count.values for s in c.sources] if count else []
    for t in pack.tracks:
        before = v.tracks.get(t.position - 1)
        after = f", right after {song(before.title)}" if before else ", the opening track"
        told = f"{song(t.title)} is track {t.position}{total}{after}."
        told_said = said(
            "trivia-q-position-why",
            title=t.title,
            position=str(t.position),
            counted="yes" if count else "no",
            count=len(pack.tracks),
            before=before.title if before else "",
            first="no" if before else "yes",
        )
        # The sources of each value it states: this title at this number (those that print the title
        # here and give the number; the track before sits in the same lists), and the count.
        sources = unique((*t.placed_by, *counted))
        reveals = [place(before.position)] if before else []
        if count:
            reveals.append("album:track_count")
        near = sorted((n for n in numbers if n != t.position), key=lambda n: (abs(n - t.position), n))
        for q in (
            choice(
                qid=f"gen:position:{t.position}",
                kind="position",
                category="tracks",
                difficulty="medium",
                prompt=f"Which number is {song(t.title)} on the track list of {v.album}?",
                right=str(t.position),
                wrong=[str(n) for n in near],
                explanation=told,
                sources=sources,
                about=[place(t.position)],
                reveals=reveals,
                numeric=True,
                prompt_said=said("trivia-q-position", title=t.title, album=pack.title),
                explanation_said=told_said,
            ),
            choice(
                qid=f"gen:track-at:{t.position}",
                kind="track-at-position",
                category="tracks",
                difficulty="medium",
                prompt=f"Which track is number {t.position} on {v.album}?",
                right=t.title,
                wrong=[o.title for o in pack.tracks if o.position != t.position],
                explanation=told,
                sources=sources,
                about=[place(t.position)],
                reveals=reveals,
                prompt_said=said("trivia-q-track-at-position", position=str(t.position), album=pack.title),
                explanation_said=told_said,
            ),
        ):
            if q:
                yield q


def running_order(pack: Pack) -> Iterator[Question]:
    """Put four tracks in album order. The prompt numbers the tracks 1 to 4 in a shuffled order; each
    option is an order of those numbers ("3 → 1 → 4 → 2"), and ``Question.order`` holds the four titles
    in the prompt's order so a cog can show them as a select menu instead."""
    v = View(pack)
    if len(pack.tracks) < 4:
        return
    rng = random.Random(f"gen:running-order:{pack.slug}")
    sets = rng.sample(list(itertools.combinations(pack.tracks, 4)), RUNNING_ORDER_SETS)
    for chosen in sorted(sets, key=lambda s: [t.position for t in s]):
        ids = "-".join(str(t.position) for t in chosen)
        qid = f"gen:running-order:{ids}"
        local = random.Random(qid)
        shown = list(chosen)
        while [t.position for t in shown] == sorted(t.position for t in shown):
            local.shuffle(shown)
        label = {t.position: str(i) for i, t in enumerate(shown, start=1)}
        right = " → ".join(label[t.position] for t in chosen)
        orders = [" → ".join(p) for p in itertools.permutations(label[t.position] for t in chosen)]
        local.shuffle(orders)
        lines = "\n".join(f"**{label[t.position]}.** {song(t.title)}" for t in shown)
        told = "On the album they run " + listing([f"{song(t.title)} ({t.position})" for t in chosen]) + "."
        q = choice(
            qid=qid,
            kind="running-order",
            category="tracks",
            difficulty="hard",
            prompt=f"Put these four tracks in the order they run on {v.album}, first to last:\n{lines}",
            right=right,
            wrong=[o for o in orders if o != right],
            explanation=told,
            sources=unique(s for t in chosen for s in t.placed_by),
            about=[place(t.position) for t in chosen],
            order=[t.title for t in shown],
            prompt_said=said(
                "trivia-q-running-order",
                album=pack.title,
                **{f"title{i}": t.title for i, t in enumerate(shown, start=1)},
            ),
            explanation_said=said(
                "trivia-q-running-order-why",
                **{f"title{i}": t.title for i, t in enumerate(chosen, start=1)},
                **{f"position{i}": str(t.position) for i, t in enumerate(chosen, start=1)},
            ),
        )
        if q:
            yield q


def version_pairs(pack: Pack) -> list[tuple[Track, Track]]:
    """(original, other version) where a title is another title plus a parenthesised version name."""
    return [
        (base, other)
        for base in pack.tracks
        for other in pack.tracks
        if other.position != base.position and other.title.startswith(base.title + " (")
    ]


def two_versions(pack: Pack) -> Iterator[Question]:
    """Which song appears in two versions, and which track is the other version? One fact per pair."""
    v = View(pack)
    pairs = version_pairs(pack)
    in_pairs = {t.position for pair in pairs for t in pair}
    others = [t.title for t in pack.tracks if t.position not in in_pairs]
    for base, variant in pairs:
        # Those that say it is another version (its first note), and those that print its title: not the
        # sources that list a track at its place without the title.
        sources = unique((*(s for n in variant.notes[:1] for s in n.sources), *variant.titled_by))
        said_note = f"{variant.notes[0].text[:1].lower()}{variant.notes[0].text[1:]}" if variant.notes else ""
        told = (
            f"{song(variant.title)} is {said_note}."
            if said_note
            else f"{song(base.title)} appears again as {song(variant.title)}."
        )
        about = [f"track:{variant.position}:version-of"]
        for q in (
            choice(
                qid=f"gen:two-versions:{base.position}",
                kind="two-versions",
                category="tracks",
                difficulty="easy",
                prompt=f"Which song appears on {v.album} in two versions?",
                right=base.title,
                wrong=others,
                explanation=told,
                sources=sources,
                about=about,
                prompt_said=said("trivia-q-two-versions", album=pack.title),
                explanation_said=(
                    said("trivia-q-two-versions-why", version=variant.title, title=base.title, note=said_note)
                    if said_note
                    else said("trivia-q-two-versions-why-again", version=variant.title, title=base.title)
                ),
            ),
            # No "which track is another version of X?": the answer is the only option with X in it.
        ):
            if q:
                yield q
