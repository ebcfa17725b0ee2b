"""Review questions: which track a quote describes, which title is missing, and who wrote it.

A quote question shows the quote's words, so it gives away ``quote:<key>:words`` (and its explanation
names the publication, ``quote:<key>:source``): one question per quote in a game.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence

from bot.domain.pack import Pack, Quote
from bot.domain.text import listing
from bot.domain.trivia.generators.common import View, choice, press, publication, song, unique
from bot.domain.trivia.generators.sayings import phrases_in, sayings
from bot.domain.trivia.generators.tracks import credit, version_pairs
from bot.domain.trivia.questions import Question, Said, said

log = logging.getLogger(__name__)

GAP = "_____"
MIN_PUBLICATIONS = 3
""""Which publication wrote this?" needs this many publications on the soundtrack, or its options give it
away."""


def words(quote: Quote) -> str:
    return f"quote:{quote.key}:words"


def said_by(quote: Quote) -> str:
    return f"quote:{quote.key}:source"


def fold(text: str) -> str:
    """Case, runs of spaces and curly quotes folded, and nothing else: unlike name matching's
    ``normalise`` it keeps punctuation, so a position in the folded text is one in the text whenever
    both are the same length."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def title_spans(text: str, titles: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where each title appears in ``text`` (case-insensitive), longest titles first, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for title in sorted(titles, key=len, reverse=True):
        for match in re.finditer(re.escape(fold(title)), fold(text)):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, title))
    return sorted(found)


def _blank(text: str, spans: Sequence[tuple[int, int, str]], title: str) -> str:
    for start, end, found in reversed(spans):
        if found == title:
            text = text[:start] + GAP + text[end:]
    return text


def _quotable(quote: Quote) -> bool:
    # fold() keeps lengths only when no character changes width; spans rely on it.
    return len(fold(quote.text)) == len(quote.text)


def _named(v: View, quote: Quote) -> set[str]:
    """The artists the quote links to whose name (or another of their names) its words print."""
    text = fold(quote.text)
    return {
        key
        for key in quote.artists
        if any(fold(n) in text for n in (v.artists[key].name, *(a.text for a in v.artists[key].aliases)))
    }


def _names_something_of(v: View, quote: Quote, artists: Iterable[str]) -> bool:
    """Whether the quote prints a name (or another name) of one of these artists, or of a member or
    person their card names: a clue to which track it is about."""
    text = fold(quote.text)
    for key in artists:
        artist = v.artists[key]
        names = [artist.name, *(a.text for a in artist.aliases)]
        names += [n for p in (*artist.members, *artist.people) for n in p.names]
        if any(fold(n) in text for n in names):
            return True
    return False


def _about(who: str, pack: Pack, quote: Quote, title: str) -> tuple[str, Said]:
    """What the explanation says the quote is about: the track, or every version of it the quote covers
    (a track's versions are a pair); in English and in the locale files' words."""
    # A quote tagged to one version that speaks of the song's versions ("Two versions of ...") is about
    # every version: which tracks they are is the album's titles' to say, not the quote's tag.
    tagged = set(quote.tracks) | (_version_positions(pack, title) if "version" in fold(quote.text) else set())
    versions = sorted(_version_positions(pack, title) & tagged)
    if len(versions) > 1:
        places = listing([f"track {p}" for p in versions])
        text = f"{who} wrote this about {song(title)}, in both its versions on the album ({places})."
        first, second = str(versions[0]), str(versions[-1])
        return text, said(
            "trivia-q-quote-versions-why", publication=who, title=title, first=first, second=second
        )
    track = next(t for t in pack.tracks if t.title == title)
    text = f"{who} wrote this about track {track.position}, {song(title)}."
    return text, said("trivia-q-quote-track-why", publication=who, title=title, position=str(track.position))


def _version_positions(pack: Pack, title: str) -> set[int]:
    """The positions of every version of the track titled ``title`` (itself included)."""
    for pair in version_pairs(pack):
        if any(t.title == title for t in pair):
            return {t.position for t in pair}
    return set()


def quote_track(pack: Pack) -> Iterator[Question]:
    """Which track is a publication describing here (one-track quotes, title blanked), and which title
    is missing from a quote that names several tracks."""
    v = View(pack)
    known = sayings(pack)
    titles = [t.title for t in pack.tracks]
    versions: dict[str, set[str]] = {}
    for pair in version_pairs(pack):
        for t in pair:
            versions.setdefault(t.title, set()).update(x.title for x in pair)
    for quote in pack.quotes:
        if not quote.tracks or not _quotable(quote):
            continue
        spans = title_spans(quote.text, titles)
        named = {title for _, _, title in spans}
        who = publication(pack, quote.source)
        if len(quote.tracks) == 1:
            track = v.tracks[quote.tracks[0]]
            if not spans and not _names_something_of(v, quote, track.artists):
                continue  # a quote that names nothing of its track gives no clue to which it is
            targets = [(track.title, f"Which track is {who} describing here?")]
        else:
            targets = [(title, "Which track's title is missing from this review quote?") for title in named]
        kind = "quote-describes" if len(quote.tracks) == 1 else "quote-gap"
        # The quote ties each track it covers to the artists it names: it gives those credits away.
        # (Not a disputed credit: that is no fact to ask or give away.)
        tied = [
            credit(p)
            for p in quote.tracks
            if set(v.tracks[p].artists) & _named(v, quote) and p not in v.disputed_tracks
        ]
        for title, ask in targets:
            track = next(t for t in pack.tracks if t.title == title)
            # With the track's artist named beside the blank, knowing the credit answers it.
            answers = [credit(track.position)] if credit(track.position) in tied else []
            text = _blank(quote.text, spans, title)
            excluded = named | versions.get(title, set())
            wrong = [t for t in titles if t not in excluded]
            if answers:
                # The artist named beside the blank answers it, unless the options are all theirs.
                theirs = set(track.artists)
                wrong = [
                    t for t in wrong if theirs & set(next(x for x in pack.tracks if x.title == t).artists)
                ]
            explanation, why = _about(who, pack, quote, title)
            q = choice(
                qid=f"gen:quote-track:{quote.key}:{track.position}",
                kind=kind,
                category="reviews",
                difficulty="medium",
                prompt=f"{ask}\n> {text}",
                right=title,
                wrong=wrong,
                explanation=explanation,
                sources=[quote.source],
                about=[words(quote), *answers],
                reveals=[
                    said_by(quote),
                    f"track:{track.position}:position",
                    *tied,
                    *phrases_in(known, quote),
                ],
                prompt_said=said(f"trivia-q-{kind}", publication=who, quote=text),
                explanation_said=why,
            )
            if q:
                yield q


def quote_publication(pack: Pack) -> Iterator[Question]:
    """Which publication wrote this quote? The options are publications quoted or otherwise cited as the
    press on the soundtrack (those that credit its tracks or give its label or release date), and there
    must be at least three of them."""
    known = sayings(pack)
    quoted = unique(
        (
            *(publication(pack, q.source) for q in pack.quotes),
            *sorted(publication(pack, s) for s in press(pack)),
        )
    )
    if len(quoted) < MIN_PUBLICATIONS:
        log.debug("Only %d publications on the soundtrack: no 'which publication' questions", len(quoted))
        return
    for quote in pack.quotes:
        right = publication(pack, quote.source)
        # A publication that printed the same words cannot be a distractor.
        same = {publication(pack, q.source) for q in pack.quotes if fold(q.text) == fold(quote.text)}
        q = choice(
            qid=f"gen:quote-source:{quote.key}",
            kind="quote-source",
            category="reviews",
            difficulty="medium",
            prompt=f"Which publication wrote this?\n> {quote.text}",
            right=right,
            wrong=[p for p in quoted if p not in same],
            explanation=f"{right} wrote this in its piece on the soundtrack.",
            sources=[quote.source],
            about=[said_by(quote)],
            reveals=[words(quote), *phrases_in(known, quote)],
            prompt_said=said("trivia-q-quote-source", quote=quote.text),
            explanation_said=said("trivia-q-quote-source-why", publication=right),
        )
        if q:
            yield q
