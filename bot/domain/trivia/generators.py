"""Question generators: each turns the pack's tracks, artists, facts and quotes into questions.

Rules every generator keeps (and ``tests/bot/domain/trivia`` holds for the whole bank):
- the right answer is stated by the pack, and the question cites the pack's sources for it;
- a claim the sources disagree on (a ``disputed`` fact, a track with ``credits_disputed``) is never
  asked about, and a track whose credit is disputed is never a distractor in a question about who made
  what, because it might be right;
- distractors are of the same kind as the answer (a title for a title, a band for a band) and are
  known to be wrong: an artist related to the right one (a band and its members) is never a distractor.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from bot.domain.pack import Artist, Pack, Track
from bot.domain.trivia.questions import TRUE_FALSE, Question, arrange, normalise

log = logging.getLogger(__name__)

Generator = Callable[[Pack], Iterable[Question]]


def _choice(
    qid: str,
    kind: str,
    category: str,
    difficulty: str,
    prompt: str,
    right: str,
    distractors: Iterable[str],
    explanation: str,
    sources: Sequence[str],
    claims: Sequence[str],
    *,
    numeric: bool = False,
) -> Question | None:
    """A multiple-choice question, or None when there are fewer than two distinct distractors.

    ``numeric`` options (positions, years, counts) are shown in ascending order.
    """
    options, answer = arrange(qid, right, list(distractors))
    if numeric:
        options = tuple(sorted(options, key=int))
        answer = options.index(right)
    if len(options) < 3:
        log.debug("Not enough distractors for %s", qid)
        return None
    return Question(
        qid, kind, category, difficulty, prompt, options, answer, explanation, _unique(sources), tuple(claims)
    )


def _true_false(
    qid: str,
    kind: str,
    category: str,
    difficulty: str,
    prompt: str,
    true: bool,
    explanation: str,
    sources: Sequence[str],
    claims: Sequence[str],
) -> Question:
    return Question(
        qid,
        kind,
        category,
        difficulty,
        prompt,
        TRUE_FALSE,
        0 if true else 1,
        explanation,
        _unique(sources),
        tuple(claims),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _q(title: str) -> str:
    return f"“{title}”"


# -- shared views of the pack ------------------------------------------------------------------------


class _View:
    """Lookups the generators share, built once per pack."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.artists = {a.key: a for a in pack.artists}
        self.tracks = {t.position: t for t in pack.tracks}
        # Tracks whose credit is settled: only these are asked about or offered as "by X".
        self.credited = [t for t in pack.tracks if not t.credits_disputed and t.artists]
        self.disputed_tracks = {t.position for t in pack.tracks if t.credits_disputed}

    def related(self, key: str) -> set[str]:
        """An artist, the artists among its members, and the bands it is a member of."""
        out = {key}
        artist = self.artists.get(key)
        if artist:
            out |= {m.artist for m in artist.members if m.artist}
        out |= {a.key for a in self.pack.artists if any(m.artist == key for m in a.members)}
        return out

    def performers(self, track: Track) -> str:
        return " & ".join(self.artists[k].name for k in track.artists)

    def tracks_of(self, keys: set[str]) -> set[int]:
        return {t.position for t in self.pack.tracks if keys & set(t.artists)}

    def bands(self) -> list[Artist]:
        return [a for a in self.pack.artists if a.members]

    def people(self) -> list[str]:
        """Names of people: solo artists and band members (distractors for "who" questions)."""
        solo = [a.name for a in self.pack.artists if not a.members]
        members = [m.name for b in self.bands() for m in b.members]
        return list(_unique((*solo, *members)))


def _credit_sources(track: Track) -> tuple[str, ...]:
    return _unique((*(s for c in track.credits for s in c.sources), *track.sources))


# -- the generators ---------------------------------------------------------------------------------


def performer(pack: Pack) -> Iterator[Question]:
    """Who performs track N?"""
    v = _View(pack)
    for t in v.credited:
        related = set().union(*(v.related(k) for k in t.artists))
        distractors = [a.name for a in pack.artists if a.key not in related]
        q = _choice(
            f"gen:performer:{t.position}",
            "performer",
            "tracks",
            "easy",
            f"Who performs {_q(t.title)}, track {t.position} on the album?",
            v.performers(t),
            distractors,
            f"{_q(t.title)} is credited to {t.credits[0].text if t.credits else v.performers(t)}.",
            _credit_sources(t),
            [f"track:{t.position}:credit"],
        )
        if q:
            yield q


def track_by_artist(pack: Pack) -> Iterator[Question]:
    """Which of these tracks is by artist X?"""
    v = _View(pack)
    for artist in pack.artists:
        related = v.related(artist.key)
        # Not a distractor: anything by the artist or a related act, or whose credit is disputed.
        excluded = v.tracks_of(related) | v.disputed_tracks
        for t in v.credited:
            if artist.key not in t.artists:
                continue
            q = _choice(
                f"gen:track-by-artist:{artist.key}:{t.position}",
                "track-by-artist",
                "tracks",
                "easy",
                f"Which of these tracks on the album is by {artist.name}?",
                t.title,
                [o.title for o in pack.tracks if o.position not in excluded],
                f"Track {t.position}, {_q(t.title)}, is credited to "
                f"{t.credits[0].text if t.credits else v.performers(t)}.",
                _credit_sources(t),
                [f"track:{t.position}:credit"],
            )
            if q:
                yield q


def position(pack: Pack) -> Iterator[Question]:
    """What number is track X on the album?"""
    numbers = [t.position for t in pack.tracks]
    for t in pack.tracks:
        near = sorted((n for n in numbers if n != t.position), key=lambda n: (abs(n - t.position), n))
        q = _choice(
            f"gen:position:{t.position}",
            "position",
            "tracks",
            "medium",
            f"Which number is {_q(t.title)} on the album's track list?",
            str(t.position),
            [str(n) for n in near[:5]],
            f"{_q(t.title)} is track {t.position} of {len(pack.tracks)}.",
            t.sources,
            [f"track:{t.position}:position"],
            numeric=True,
        )
        if q:
            yield q


def track_at_position(pack: Pack) -> Iterator[Question]:
    """Which track is number N?"""
    for t in pack.tracks:
        q = _choice(
            f"gen:track-at:{t.position}",
            "track-at-position",
            "tracks",
            "medium",
            f"Which track is number {t.position} on the album?",
            t.title,
            [o.title for o in pack.tracks if o.position != t.position],
            f"Track {t.position} is {_q(t.title)}.",
            t.sources,
            [f"track:{t.position}:position"],
        )
        if q:
            yield q


def _version_pairs(pack: Pack) -> list[tuple[Track, Track]]:
    """(original, other version) where a title is another title plus a parenthesised version name."""
    pairs = []
    for base in pack.tracks:
        for other in pack.tracks:
            if other.position != base.position and other.title.startswith(base.title + " ("):
                pairs.append((base, other))
    return pairs


def two_versions(pack: Pack) -> Iterator[Question]:
    """Which song appears in two versions, and which track is the other version?"""
    pairs = _version_pairs(pack)
    in_pairs = {t.position for pair in pairs for t in pair}
    others = [t.title for t in pack.tracks if t.position not in in_pairs]
    for base, variant in pairs:
        sources = _unique((*(s for n in variant.notes for s in n.sources), *variant.sources))
        note = variant.notes[0].text if variant.notes else f"a version of track {base.position}"
        q = _choice(
            f"gen:two-versions:{base.position}",
            "two-versions",
            "tracks",
            "easy",
            "Which song appears on the album in two versions?",
            base.title,
            others,
            f"Track {base.position} is {_q(base.title)} and track {variant.position} is "
            f"{_q(variant.title)}: {note[0].lower() + note[1:]}.",
            sources,
            [f"track:{variant.position}:title"],
        )
        if q:
            yield q
        q = _choice(
            f"gen:other-version:{base.position}",
            "two-versions",
            "tracks",
            "medium",
            f"Which track on the album is another version of {_q(base.title)}?",
            variant.title,
            others,
            f"Track {variant.position}, {_q(variant.title)}: {note[0].lower() + note[1:]}.",
            sources,
            [f"track:{variant.position}:title"],
        )
        if q:
            yield q


def original_release(pack: Pack) -> Iterator[Question]:
    """The album, year and label a track first came out on, before this soundtrack."""
    v = _View(pack)
    with_original = [t for t in pack.tracks if t.original]
    albums = [t.original.album for t in with_original if t.original]
    labels = _unique(t.original.label for t in with_original if t.original and t.original.label)
    for t in with_original:
        o = t.original
        assert o is not None
        # The first linked artist made the original (track 4's other artist joined for the remake).
        who = v.artists[t.artists[0]].name if t.artists else v.performers(t)
        where = ", ".join(str(x) for x in (o.label, o.year) if x)
        told = f"{_q(t.title)} is on {o.album} by {who} ({where})" + (f"; {o.note}" if o.note else "") + "."
        album = _choice(
            f"gen:original-album:{t.position}",
            "original-album",
            "tracks",
            "medium",
            f"Before this soundtrack, {_q(t.title)} came out on which {who} album?",
            o.album,
            [a for a in albums if a != o.album],
            told,
            o.sources,
            [f"original:{t.position}:album"],
        )
        if album:
            yield album
        # Years named in the note ("first released on a 2009 EP") are not distractors.
        noted = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", o.note or "")}
        years = [o.year + d for d in (-3, -2, -1, 1, 2, 3) if o.year + d not in noted]
        years.sort(key=lambda y: (abs(y - o.year), y))
        year = _choice(
            f"gen:original-year:{t.position}",
            "original-year",
            "tracks",
            "hard",
            f"In which year did {o.album}, the {who} album with {_q(t.title)} on it, come out?",
            str(o.year),
            [str(y) for y in years[:4]],
            told,
            o.sources,
            [f"original:{t.position}:year"],
            numeric=True,
        )
        if year:
            yield year
        if o.label:
            label = _choice(
                f"gen:original-label:{t.position}",
                "original-label",
                "tracks",
                "hard",
                f"Which label released {o.album}, the {who} album with {_q(t.title)} on it?",
                o.label,
                [lab for lab in labels if lab != o.label],
                told,
                o.sources,
                [f"original:{t.position}:label"],
            )
            if label:
                yield label


def band_members(pack: Pack) -> Iterator[Question]:
    """Who is in band X, and which band is person Y in?"""
    v = _View(pack)
    bands = v.bands()
    for band in bands:
        own = {normalise(m.name) for m in band.members}
        others = [
            m.name for b in bands if b.key != band.key for m in b.members if normalise(m.name) not in own
        ]
        for i, member in enumerate(band.members):
            note = f" ({member.note})" if member.note else ""
            told = f"{band.name}: {', '.join(m.name for m in band.members)}."
            q = _choice(
                f"gen:member:{band.key}:{i}",
                "band-member",
                "artists",
                "medium",
                f"Who is a member of {band.name}?",
                member.name,
                others,
                told,
                band.sources,
                [f"artist:{band.key}:members"],
            )
            if q:
                yield q
            # Bands that also list this person are not distractors.
            theirs = {
                b.key for b in bands if normalise(member.name) in {normalise(m.name) for m in b.members}
            }
            q = _choice(
                f"gen:member-of:{band.key}:{i}",
                "member-band",
                "artists",
                "medium",
                f"Which band on the album is {member.name}{note} a member of?",
                band.name,
                [b.name for b in bands if b.key not in theirs],
                told,
                band.sources,
                [f"artist:{band.key}:members"],
            )
            if q:
                yield q


def _publications(pack: Pack) -> dict[str, str]:
    return {s.key: s.publication for s in pack.sources}


def quote_publication(pack: Pack) -> Iterator[Question]:
    """Which publication wrote this review quote?"""
    pubs = _publications(pack)
    # Publications that printed a review or news item about the album (not "later biographies").
    press = _unique(
        pubs[s.key] for s in pack.sources if s.address and not s.publication.startswith("Wikipedia")
    )
    for quote in pack.quotes:
        right = pubs[quote.source]
        # A publication that wrote any quote with the same text cannot be a distractor.
        same = {pubs[q.source] for q in pack.quotes if normalise(q.text) == normalise(quote.text)}
        q = _choice(
            f"gen:quote-source:{quote.key}",
            "quote-source",
            "reviews",
            "medium",
            f"Which publication wrote this about the soundtrack or the film?\n> {quote.text}",
            right,
            [p for p in press if p not in same],
            f"The quote is from {right}'s review.",
            [quote.source],
            [f"quote:{quote.key}:source"],
        )
        if q:
            yield q


GAP = "_____"


def _title_spans(text: str, titles: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where each title appears in ``text`` (case-insensitive), longest titles first, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for title in sorted(titles, key=len, reverse=True):
        for match in re.finditer(re.escape(normalise(title)), normalise(text)):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, title))
    return sorted(found)


def quote_gap(pack: Pack) -> Iterator[Question]:
    """Which track title is missing from this review quote?"""
    titles = [t.title for t in pack.tracks]
    by_title = {t.title: t for t in pack.tracks}
    versions = {t.title: {a.title for pair in _version_pairs(pack) for a in pair} for t in pack.tracks}
    for quote in pack.quotes:
        # normalise() keeps lengths for these texts only when no character changes width; check it.
        if len(normalise(quote.text)) != len(quote.text):
            continue
        spans = _title_spans(quote.text, titles)
        mentioned = {title for _, _, title in spans}
        for start, end, title in spans:
            text = quote.text[:start] + GAP + quote.text[end:]
            track = by_title[title]
            excluded = mentioned | versions.get(title, set())
            q = _choice(
                f"gen:quote-gap:{quote.key}:{track.position}",
                "quote-gap",
                "reviews",
                "medium",
                f"Which track's title is missing from this review quote?\n> {text}",
                title,
                [t for t in titles if t not in excluded and t not in versions.get(title, set())],
                f"The review names track {track.position}, {_q(title)}.",
                [quote.source],
                [f"quote:{quote.key}:text"],
            )
            if q:
                yield q


def _shift_months(date: dt.date, months: int) -> dt.date:
    month = date.month - 1 + months
    return date.replace(year=date.year + month // 12, month=month % 12 + 1)


def _long_date(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def album_facts(pack: Pack) -> Iterator[Question]:
    """The label, release date, director, year and track count: undisputed album facts only."""
    labels = _unique(t.original.label for t in pack.tracks if t.original and t.original.label)
    for fact in pack.facts:
        if fact.disputed or not fact.values:
            continue
        value = fact.values[0]
        sources = value.sources
        claims = [f"fact:{fact.key}"]
        if fact.key == "label":
            right = value.text.split(" (")[0]
            q = _choice(
                "gen:album-label",
                "album-label",
                "album",
                "easy",
                f"Which label released {pack.title}?",
                right,
                [lab for lab in labels if lab != right],
                f"Label: {value.text}.",
                sources,
                claims,
            )
        elif fact.key == "release_date" and fact.date:
            d = fact.date
            wrong = [_long_date(_shift_months(d, m)) for m in (-1, 1, -12, 12)]
            q = _choice(
                "gen:album-release-date",
                "album-release-date",
                "album",
                "hard",
                f"When was {pack.title} released?",
                _long_date(d),
                wrong,
                f"It was released on {value.text}.",
                sources,
                claims,
            )
        elif fact.key == "director":
            artists = [p for p in _View(pack).people() if normalise(p) != normalise(value.text)]
            q = _choice(
                "gen:album-director",
                "album-director",
                "album",
                "easy",
                "Who directed the short film I'm Here?",
                value.text,
                artists,
                f"I'm Here was written and directed by {value.text}.",
                sources,
                claims,
            )
        elif fact.key == "year" and value.text.isdigit():
            year = int(value.text)
            q = _choice(
                "gen:album-year",
                "album-year",
                "album",
                "medium",
                "In which year did the film I'm Here come out?",
                value.text,
                [str(year + d) for d in (-2, -1, 1, 2)],
                f"I'm Here came out in {value.text}.",
                sources,
                claims,
                numeric=True,
            )
        elif fact.key == "track_count" and value.text.isdigit():
            n = int(value.text)
            q = _choice(
                "gen:album-track-count",
                "album-track-count",
                "album",
                "easy",
                f"How many tracks are on {pack.title}?",
                value.text,
                [str(n + d) for d in (-2, -1, 1, 3) if n + d > 0],
                f"The album has {value.text} tracks.",
                sources,
                claims,
                numeric=True,
            )
        else:
            continue
        if q:
            yield q


def origin(pack: Pack) -> Iterator[Question]:
    """Where an artist comes from, and which artist comes from a place."""
    located = [a for a in pack.artists if a.origin]
    places = _unique(a.origin for a in located if a.origin)
    for artist in located:
        assert artist.origin is not None
        told = (
            f"{artist.name}: "
            + (artist.facts[0].text if artist.facts else f"from {artist.origin}").rstrip(".")
            + "."
        )
        sources = _unique((*(s for f in artist.facts[:1] for s in f.sources), *artist.sources))
        q = _choice(
            f"gen:origin:{artist.key}",
            "origin",
            "artists",
            "medium",
            f"Where is {artist.name} from?",
            artist.origin,
            [p for p in places if p != artist.origin],
            told,
            sources,
            [f"artist:{artist.key}:origin"],
        )
        if q:
            yield q
        # Artists whose origin is unknown might be from there: only located artists are distractors.
        q = _choice(
            f"gen:from:{artist.key}",
            "artist-from",
            "artists",
            "medium",
            f"Which of these artists is from {artist.origin}?",
            artist.name,
            [a.name for a in located if a.origin != artist.origin],
            told,
            sources,
            [f"artist:{artist.key}:origin"],
        )
        if q:
            yield q


def true_or_false(pack: Pack) -> Iterator[Question]:
    """True or false: track X is by Y (once with the right artist, once with a wrong one)."""
    v = _View(pack)
    for t in v.credited:
        related = set().union(*(v.related(k) for k in t.artists))
        wrong = [a for a in pack.artists if a.key not in related and v.tracks_of({a.key})]
        credit = t.credits[0].text if t.credits else v.performers(t)
        sources = _credit_sources(t)
        claims = [f"track:{t.position}:credit"]
        yield _true_false(
            f"gen:true-false:{t.position}:true",
            "true-false",
            "tracks",
            "easy",
            f"True or false: {_q(t.title)} on this album is by {v.performers(t)}.",
            True,
            f"True: {_q(t.title)} is credited to {credit}.",
            sources,
            claims,
        )
        if wrong:
            liar = random.Random(f"gen:true-false:{t.position}").choice(wrong)
            yield _true_false(
                f"gen:true-false:{t.position}:false",
                "true-false",
                "tracks",
                "easy",
                f"True or false: {_q(t.title)} on this album is by {liar.name}.",
                False,
                f"False: {_q(t.title)} is credited to {credit}.",
                sources,
                claims,
            )


def alias(pack: Pack) -> Iterator[Question]:
    """Which other name does artist X go by? (Misspellings in the press are not names.)"""
    names = _View(pack).people()
    for artist in pack.artists:
        for i, a in enumerate(artist.aliases):
            if a.note and "misspel" in a.note:
                continue
            # Other spellings of the artist's own name ("ASKA") are not worth a question.
            if normalise(a.text) == normalise(artist.name) or normalise(artist.name) in normalise(a.text):
                continue
            own = {normalise(x.text) for x in artist.aliases} | {normalise(artist.name)}
            q = _choice(
                f"gen:alias:{artist.key}:{i}",
                "alias",
                "artists",
                "hard",
                f"Which other name is {artist.name} known by?",
                a.text,
                [n for n in names if normalise(n) not in own],
                f"{artist.name} is also known as {a.text}" + (f" ({a.note})." if a.note else "."),
                a.sources,
                [f"artist:{artist.key}:alias"],
            )
            if q:
                yield q


GENERATORS: tuple[Generator, ...] = (
    performer,
    track_by_artist,
    position,
    track_at_position,
    two_versions,
    original_release,
    band_members,
    quote_publication,
    quote_gap,
    album_facts,
    origin,
    true_or_false,
    alias,
)


def generate(pack: Pack) -> list[Question]:
    """Every generated question for the pack, in a stable order."""
    return [q for generator in GENERATORS for q in generator(pack)]
