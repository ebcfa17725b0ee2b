"""What every generator shares: keyword-only question builders, distractor picking and wording.

Rules every generator keeps (and ``tests/bot/domain/trivia`` holds for the whole bank):
- the right answer is stated by the pack, and the question cites the pack's sources for it;
- a claim the sources disagree on (a ``disputed`` fact, a track with ``credits_disputed``) is never
  asked about, and a track whose credit is disputed is never a distractor in a question about who made
  what, because it might be right;
- distractors are of the same kind as the answer (a title for a title, a performer for a performer),
  known to be wrong (an artist related to the right one is never a distractor), and of the same form:
  no option stands out by an "&", capitals, quotation marks or its length;
- every question names the facts it asks about (``about``) and those it gives away (``reveals``).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Sequence

from bot.domain.pack import Artist, Pack, Source, Track
from bot.domain.text import listing, normalise
from bot.domain.trivia.questions import MAX_OPTIONS, TRUE_FALSE, Question, Said, arrange

log = logging.getLogger(__name__)

STAND_OUT = 2.5
"""An option this many times longer (or shorter) than every other one stands out by its length."""


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def form(text: str) -> tuple[bool, bool, bool]:
    """What makes an option look different from its neighbours: an "&", all capitals, quotation marks."""
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 1 and all(c.isupper() for c in letters)
    return "&" in text, shouting, any(c in text for c in '"“”')


def stands_out(right: str, wrong: Sequence[str]) -> bool:
    """Whether the right option is alone in being much the longest or much the shortest."""
    if not wrong:
        return False
    longest, shortest = max(len(w) for w in wrong), min(len(w) for w in wrong)
    return len(right) >= STAND_OUT * longest or len(right) * STAND_OUT <= shortest


def pick(qid: str, right: str, candidates: Iterable[str], *, words: bool = False) -> list[str]:
    """Up to three distractors of the right answer's form, nearest to it in length.

    ``words`` also asks for the same number of words (for people's names: "Flea" is no match for
    "Kevin Barnes"). Ties in length are broken by a shuffle seeded with the question id.
    """
    key = (form(right), len(right.split()) if words else 0)
    seen = {normalise(right)}
    fitting = []
    for c in candidates:
        if normalise(c) in seen or (form(c), len(c.split()) if words else 0) != key:
            continue
        seen.add(normalise(c))
        fitting.append(c)
    random.Random(qid).shuffle(fitting)
    fitting.sort(key=lambda c: abs(len(c) - len(right)))
    return fitting[: MAX_OPTIONS - 1]


def choice(  # noqa: PLR0913 - keyword-only, one argument per field of the Question it builds
    *,
    qid: str,
    kind: str,
    category: str,
    difficulty: str,
    prompt: str,
    right: str,
    wrong: Iterable[str],
    explanation: str,
    sources: Iterable[str],
    about: Iterable[str],
    reveals: Iterable[str] = (),
    numeric: bool = False,
    words: bool = False,
    order: Sequence[str] = (),
    prompt_said: Said | None = None,
    explanation_said: Said | None = None,
    options_said: Iterable[tuple[str, Said]] = (),
) -> Question | None:
    """A multiple-choice question, or None when fewer than two fitting distractors exist or the right
    option would stand out. ``numeric`` options (positions, years, counts) are shown in ascending
    order and picked as given (nearest first)."""
    distractors = list(wrong)[: MAX_OPTIONS - 1] if numeric else pick(qid, right, wrong, words=words)
    if len(distractors) < 2 or (not numeric and stands_out(right, distractors)):
        log.debug("No fair options for %s", qid)
        return None
    options, answer = arrange(qid, right, distractors)
    if numeric:
        options = tuple(sorted(options, key=int))
        answer = options.index(right)
    return Question(
        id=qid,
        kind=kind,
        category=category,
        difficulty=difficulty,
        prompt=prompt,
        options=options,
        answer=answer,
        explanation=explanation,
        sources=unique(sources),
        about=unique(about),
        reveals=unique(reveals),
        order=tuple(order),
        prompt_said=prompt_said,
        explanation_said=explanation_said,
        options_said=tuple(options_said),
    )


def true_false(  # noqa: PLR0913 - keyword-only, one argument per field of the Question it builds
    *,
    qid: str,
    kind: str,
    category: str,
    difficulty: str,
    prompt: str,
    true: bool,
    explanation: str,
    sources: Iterable[str],
    about: Iterable[str],
    reveals: Iterable[str] = (),
    prompt_said: Said | None = None,
    explanation_said: Said | None = None,
) -> Question:
    return Question(
        id=qid,
        kind=kind,
        category=category,
        difficulty=difficulty,
        prompt=prompt,
        options=TRUE_FALSE,
        answer=0 if true else 1,
        explanation=explanation,
        sources=unique(sources),
        about=unique(about),
        reveals=unique(reveals),
        prompt_said=prompt_said,
        explanation_said=explanation_said,
    )


# -- wording -------------------------------------------------------------------------------------------


def song(title: str) -> str:
    """A song title as text shows it: in quotation marks."""
    return f"“{title}”"


def album(title: str) -> str:
    """An album or film title as Discord shows it: in italics."""
    return f"*{title}*"


PRESS_FACTS = ("label", "release_date")
"""Album facts whose sources are the press on the soundtrack (with those that print its credits)."""


def press(pack: Pack) -> set[str]:
    """The source keys of the press that wrote about the soundtrack itself."""
    keys = {s for key in PRESS_FACTS if (f := pack.fact(key)) for v in f.values for s in v.sources}
    return keys | {s for t in pack.tracks for c in t.credits for s in c.sources}


def publication(pack: Pack, key: str) -> str:
    source: Source | None = next((s for s in pack.sources if s.key == key), None)
    return source.publication if source else key


class View:
    """Lookups the generators share, built once per pack."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.album = album(pack.title)
        self.film = album(pack.film) if pack.film else None
        """The film's title in italics, or None when the pack does not name the film."""
        self.artists = {a.key: a for a in pack.artists}
        self.tracks = {t.position: t for t in pack.tracks}
        # Tracks whose credit is settled: only these are asked about or offered as "by X".
        self.credited = [t for t in pack.tracks if not t.credits_disputed and t.artists]
        self.disputed_tracks = {t.position for t in pack.tracks if t.credits_disputed}
        # Artists with a track of their own on the album: the only performers offered as options.
        self.performing = [a for a in pack.artists if any(a.key in t.artists for t in pack.tracks)]

    def related(self, key: str) -> set[str]:
        """An artist, the artists among its members, the bands it is in, and those it shares a track with."""
        out = {key}
        artist = self.artists.get(key)
        if artist:
            out |= {m.artist for m in artist.members if m.artist}
        out |= {a.key for a in self.pack.artists if any(m.artist == key for m in a.members)}
        out |= {k for t in self.pack.tracks if key in t.artists for k in t.artists}
        return out

    def performers(self, track: Track) -> str:
        return " & ".join(self.artists[k].name for k in track.artists)

    def tracks_of(self, keys: set[str]) -> set[int]:
        return {t.position for t in self.pack.tracks if keys & set(t.artists)}

    def bands(self) -> list[Artist]:
        return [a for a in self.pack.artists if a.members]

    def people(self) -> list[str]:
        """Names of people on the album: solo performers and band members."""
        solo = [a.name for a in self.performing if not a.members]
        members = [m.name for b in self.bands() for m in b.members]
        return list(unique((*solo, *members)))

    def plays(self, artist: Artist) -> tuple[str, list[str], list[str]]:
        """ "“A” and “B”": the settled tracks an artist is credited with; the credit facts that gives
        away, and their sources."""
        tracks = [t for t in self.credited if artist.key in t.artists]
        facts = [f"track:{t.position}:credit" for t in tracks]
        sources = [s for t in tracks for c in t.credits if c.text for s in c.sources]
        return (listing([song(t.title) for t in tracks]) if tracks else ""), facts, sources

    def credit_line(self, track: Track) -> tuple[str, tuple[str, ...]]:
        """How the sources print a track's credit, in their own words, and those sources."""
        if not track.credits:
            return f"{song(track.title)} is credited to {self.performers(track)}.", track.sources
        parts = []
        for claim in track.credits:
            names = listing([publication(self.pack, s) for s in claim.sources])
            parts.append(f"{names} {'prints' if len(claim.sources) == 1 else 'print'} “{claim.text}”")
        sources = unique(s for c in track.credits for s in c.sources)
        return f"For {song(track.title)}, {'; '.join(parts)}.", sources


def is_band(artist: Artist) -> bool:
    return bool(artist.members)


def subject(artist: Artist) -> str:
    """An artist's name at the start of a sentence: "The band of Montreal", never "of Montreal" there."""
    if artist.name[:1].islower():
        return f"The band {artist.name}"
    return artist.name


def be(artist: Artist) -> str:
    """The verb for an artist: bands take the plural ("Girls are"), a person the singular."""
    return "are" if is_band(artist) else "is"


def of_name(artist: Artist) -> str:
    """An artist's name after "of": "the band of Montreal", never "of of Montreal"."""
    return f"the band {artist.name}" if artist.name.lower().startswith("of ") else artist.name


# -- values for the locale files' words (bot/locales/*.ftl, "Trivia questions") ----------------------
SONGS_WORDED = 4
"""How many song titles a message lists in full (``song1`` … ``song4``; ``songs`` counts them all)."""


def yes(value: bool) -> str:
    """A choice for a message's selector: "yes" or "no"."""
    return "yes" if value else "no"


def artist_values(artist: Artist) -> dict[str, str | int]:
    """An artist's name and what a language's grammar may need of it: a band (plural in English), a
    name that starts in lower case ("The band of Montreal" at the start of a sentence), one that starts
    with "of" ("the band of Montreal" after "of")."""
    return {
        "artist": artist.name,
        "band": yes(is_band(artist)),
        "lowercase": yes(artist.name[:1].islower()),
        "of": yes(artist.name.lower().startswith("of ")),
    }


def names_values(names: Sequence[str]) -> dict[str, str | int]:
    """A list of names as data: ``members`` (all but the last, comma-separated), ``last`` and ``count``;
    each language puts its own "and" between the two."""
    return {"members": ", ".join(names[:-1]), "last": names[-1], "count": len(names)}


def songs_values(titles: Sequence[str]) -> dict[str, str | int]:
    """Song titles as data: ``song1`` … (the first few) and ``songs``, how many there are."""
    shown = {f"song{i}": title for i, title in enumerate(titles[:SONGS_WORDED], start=1)}
    return {"songs": len(titles), **shown}
