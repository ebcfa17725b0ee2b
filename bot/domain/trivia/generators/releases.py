"""Where the album's older songs first came out: the album, its year and its label."""

from __future__ import annotations

from collections.abc import Iterator

from bot.domain.pack import Pack
from bot.domain.trivia.generators.common import View, album, choice, song, unique
from bot.domain.trivia.generators.tracks import credit
from bot.domain.trivia.questions import Question, said


def original_release(pack: Pack) -> Iterator[Question]:
    """The album, year and label a track first came out on, before this soundtrack."""
    v = View(pack)
    with_original = [t for t in pack.tracks if t.original]
    albums = [t.original.album for t in with_original if t.original]
    labels = unique(t.original.label for t in with_original if t.original and t.original.label)
    for t in with_original:
        o = t.original
        assert o is not None
        # The first linked artist made the original (track 4's other artist joined for the remake).
        who = v.artists[t.artists[0]].name if t.artists else v.performers(t)
        where = ", ".join(str(x) for x in (o.label, o.year) if x)
        # The note reads as the release's own words: "(Kompakt, 2007; Gui Boratto's first album)".
        details = "; ".join(x for x in (where, o.note) if x)
        told = f"{song(t.title)} came out on {album(o.album)} by {who}" + (
            f" ({details})." if details else "."
        )
        told_said = (
            said(
                "trivia-q-original-why",
                title=t.title,
                album=o.album,
                artist=who,
                year=str(o.year),
                label=o.label or "",
                labelled="yes" if o.label else "no",
                note=o.note or "",
                noted="yes" if o.note else "no",
            )
            if o.year
            else said("trivia-q-original-why-plain", title=t.title, album=o.album, artist=who)
        )
        asked = {"title": t.title, "album": o.album, "artist": who}
        facts = {part: f"track:{t.position}:original-{part}" for part in ("album", "year", "label")}
        told_facts = [facts["album"], facts["year"], *([facts["label"]] if o.label else [])]
        questions = [
            choice(
                qid=f"gen:original-album:{t.position}",
                kind="original-album",
                category="tracks",
                difficulty="medium",
                prompt=f"Before this soundtrack, {song(t.title)} came out on which album by {who}?",
                right=o.album,
                wrong=[a for a in albums if a != o.album],
                explanation=told,
                prompt_said=said("trivia-q-original-album", title=t.title, artist=who),
                explanation_said=told_said,
                sources=o.sources,
                about=[facts["album"]],
                reveals=[*told_facts, credit(t.position)],
            ),
            choice(
                qid=f"gen:original-year:{t.position}",
                kind="original-year",
                category="tracks",
                difficulty="hard",
                prompt=f"In which year did {album(o.album)}, the {who} album with {song(t.title)} on it, "
                "come out?",
                right=str(o.year),
                wrong=[str(o.year + d) for d in (-1, 1, -2, 2)],
                explanation=told,
                prompt_said=said("trivia-q-original-year", **asked),
                explanation_said=told_said,
                sources=o.sources,
                about=[facts["year"]],
                reveals=[*told_facts, credit(t.position)],
                numeric=True,
            ),
        ]
        if o.label:
            questions.append(
                choice(
                    qid=f"gen:original-label:{t.position}",
                    kind="original-label",
                    category="tracks",
                    difficulty="hard",
                    prompt=f"Which label released {album(o.album)}, the {who} album with {song(t.title)} on it?",
                    right=o.label,
                    wrong=[lab for lab in labels if lab != o.label],
                    explanation=told,
                    prompt_said=said("trivia-q-original-label", **asked),
                    explanation_said=told_said,
                    sources=o.sources,
                    about=[facts["label"]],
                    reveals=[*told_facts, credit(t.position)],
                )
            )
        yield from (q for q in questions if q)
