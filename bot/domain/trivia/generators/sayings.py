"""Who wrote this: a phrase one publication printed about the soundtrack, and which publication it was.

The phrases are the pack's evidence phrases: verbatim from their source, as the facts file gives them.
Only the press that wrote about the soundtrack itself is asked about (the publications that credit its
tracks or give its label or release date), and only phrases long enough to read as a sentence of theirs.
Each phrase is its own fact ("said:<source>:<digest>"), and it gives away the value it states.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.domain.pack import Artist, Claim, Pack, Quote, Track
from bot.domain.text import normalise
from bot.domain.trivia.generators.common import be, choice, of_name, press, publication, song
from bot.domain.trivia.questions import Question, Said, said

MIN_WORDS = 6
"""A shorter phrase ("who formed in 2008") reads as anyone's: no question asks who wrote it."""


@dataclass(frozen=True)
class Saying:
    """One evidence phrase: the value it states, what that value is about, and the facts it gives away."""

    phrase: str
    source: str
    claim: Claim
    topic: Topic
    facts: tuple[str, ...]
    folded: str
    """The phrase as :func:`bot.domain.text.normalise` folds it, to find it in other texts."""


Topic = tuple[str, Said]
"""What a value is about: in English ("the film (Story)"), and as the locale files word it (the last
part of its message's key, "trivia-q-said-by-why-…", and its values)."""
Claims = Iterator[tuple[Claim, Topic, tuple[str, ...]]]


def _named(a: Artist) -> dict[str, str]:
    """An artist's name, and whether English writes "the band" before it (see :func:`of_name`)."""
    return {"name": a.name, "of": "yes" if a.name.lower().startswith("of ") else "no"}


def _track(t: Track) -> dict[str, str]:
    return {"position": str(t.position), "title": t.title}


def _album_part(section: str | None) -> str:
    """What an album fact's section is about: "the film", "the label", or the album itself."""
    return {"The film": "the film", "The label": "the label"}.get(section or "", "the album")


def _claims(pack: Pack) -> Claims:
    """Every sourced value of the pack: (claim, what it is about, the facts it states)."""
    for fact in pack.facts:
        for value in fact.values:
            part = _album_part(fact.section)
            topic = said("album", part=part.removeprefix("the "), fact=fact.label)
            yield value, (f"{part} ({fact.label})", topic), (f"album:{fact.key}",)
    for a in pack.artists:
        yield from _artist_claims(a)
    for t in pack.tracks:
        yield from _track_claims(t)


def _artist_claims(a: Artist) -> Claims:
    named = _named(a)
    if a.origin:
        verb = "is" if a.name[:1].islower() else be(a)
        yield (
            a.origin,
            (
                f"where {of_name(a)} {verb} from",
                said("origin", plural="yes" if verb == "are" else "no", **named),
            ),
            (f"artist:{a.key}:origin",),
        )
    for i, alias in enumerate(a.aliases):
        yield alias, (f"{of_name(a)} (other names)", said("aliases", **named)), (f"artist:{a.key}:alias:{i}",)
    for i, m in enumerate(a.members):
        fact = f"artist:{a.key}:member:{i}"
        yield (
            Claim(m.name, m.sources, m.evidence),
            (f"who is in {of_name(a)}", said("members", **named)),
            (fact,),
        )
        for c in (*m.aliases, *m.about):
            yield c, (f"{m.name}, of {of_name(a)}", said("member", member=m.name, **named)), (fact,)
    for i, p in enumerate(a.people):
        fact = f"artist:{a.key}:person:{i}"
        about = (f"{of_name(a)} ({p.name})", said("artist", detail=p.name, **named))
        yield Claim(p.name, p.sources, p.evidence), about, (fact,)
        for c in (*p.aliases, *p.about):
            yield c, about, (fact,)
    for fact in a.facts:
        about = (f"{of_name(a)} ({fact.label})", said("artist", detail=fact.label, **named))
        for value in fact.values:
            yield value, about, (f"artist:{a.key}:{fact.key}",)


def _track_claims(t: Track) -> Claims:
    where, track = f"track {t.position}, {song(t.title)}", _track(t)
    yield (
        Claim(t.title, t.sources, t.evidence),
        (where, said("track", **track)),
        (f"track:{t.position}:position",),
    )
    for c in t.credits:
        made = (f"who made {where}", said("track-credit", **track))
        yield c, made, () if t.credits_disputed else (f"track:{t.position}:credit",)
    for i, c in enumerate(t.notes):
        yield c, (where, said("track", **track)), (f"track:{t.position}:note:{i}",)
    for c in t.aliases:
        yield c, (f"the title of {where}", said("track-title", **track)), ()
    if o := t.original:
        facts = tuple(f"track:{t.position}:original-{part}" for part in ("album", "year", "label"))
        first = (f"where {where} first came out", said("track-original", **track))
        yield Claim(o.album, o.sources, o.evidence), first, facts


def sayings(pack: Pack) -> list[Saying]:
    """The press's phrases, each once: a phrase printed by more than one publication is left out."""
    asked = press(pack)
    found: dict[str, list[Saying]] = {}
    for claim, topic, facts in _claims(pack):
        if claim.inference:
            continue
        for source, phrase in claim.evidence:
            folded = normalise(phrase)
            found.setdefault(folded, []).append(Saying(phrase, source, claim, topic, facts, folded))
    out = []
    for same in found.values():
        printed_by = {publication(pack, s.source) for s in same}
        first = same[0]
        if len(printed_by) == 1 and first.source in asked and len(first.phrase.split()) >= MIN_WORDS:
            out.append(first)
    return out


def said_fact(saying: Saying) -> str:
    return f"said:{saying.source}:{_digest(saying.phrase)}"


def phrases_in(said: Sequence[Saying], quote: Quote) -> list[str]:
    """The facts of the phrases (of ``said``, the pack's :func:`sayings`) a review quote prints: showing
    the quote under its publication's name, or asking who wrote it, gives away who wrote them."""
    text = normalise(quote.text)
    return [said_fact(s) for s in said if s.source == quote.source and s.folded in text]


def _quotes_with(quotes: dict[str, tuple[str, str]], saying: Saying) -> list[str]:
    """The facts of the review quotes (key: source and folded text) that print this phrase: its question
    gives away who wrote them, and some of their words."""
    return [
        fact
        for key, (source, text) in quotes.items()
        if source == saying.source and saying.folded in text
        for fact in (f"quote:{key}:source", f"quote:{key}:words")
    ]


def _lead(name: str) -> str:
    """A publication's name at the start of a sentence: "The site monsterfresh", never "monsterfresh"."""
    return f"The site {name}" if name[:1].islower() else name


def _digest(text: str) -> str:
    return hashlib.sha1(normalise(text).encode()).hexdigest()[:10]


def said_by(pack: Pack) -> Iterator[Question]:
    """Which publication wrote this phrase? The options are other publications of the press on the
    soundtrack, none of which states the same value (it might have put it the same way), and none
    whose name the phrase prints."""
    publications = sorted({publication(pack, s) for s in press(pack)})
    quotes = {q.key: (q.source, normalise(q.text)) for q in pack.quotes}
    for s in sayings(pack):
        right = publication(pack, s.source)
        text = normalise(s.phrase)
        if normalise(right) in text or re.search(r"\bof of\b", s.phrase, re.IGNORECASE):
            continue  # names its publication, or reads as a slip ("a version of Of Montreal's")
        stating = {publication(pack, k) for k in s.claim.sources}
        wrong = [p for p in publications if p not in stating and normalise(p) not in text]
        digest = _digest(s.phrase)
        q = choice(
            qid=f"gen:said-by:{s.source}:{digest}",
            kind="said-by",
            category="reviews",
            difficulty="hard",
            prompt=f"Which publication wrote this?\n> {s.phrase}",
            right=right,
            wrong=wrong,
            explanation=f"{_lead(right)} wrote this, on {s.topic[0]}.",
            prompt_said=said("trivia-q-said-by", phrase=s.phrase),
            explanation_said=said(
                f"trivia-q-said-by-why-{s.topic[1].key}",
                publication=right,
                site="yes" if right[:1].islower() else "no",
                **dict(s.topic[1].values),
            ),
            sources=[s.source],
            about=[said_fact(s)],
            reveals=[*s.facts, *_quotes_with(quotes, s)],
        )
        if q:
            yield q
