"""How catalogue data reads in Discord: the album, the track list, a track and an artist, as cards
(``bot.ui.cards``) a fan reads at a glance.

Each card is written through one :class:`Citations`: a claim carries the marks of its sources (¹˒²),
numbered in the order the card cites them, and the card's Sources panel lists them by those numbers.
What the face has no room for is one tap away in the card's "More" sections, and every value of a
disagreement is on the face (⚠️, in a few words) and whole, with its sources, under Disputed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from bot.db.catalogue import AlbumCard, ArtistCard, ReviewQuote, TrackCard, TrackLine
from bot.domain.pack import Claim, Fact, OriginalRelease, Person
from bot.domain.text import shorten_words
from bot.ui.cards import Card, CardRef, Dispute, Section, face_fits
from bot.ui.citations import Citations, inferred, read_from
from bot.ui.i18n import listing, t

SHORT_VALUE = 40
"""A value of a disagreement, on the face, in about this many characters (whole under Disputed)."""


def fact_line(c: Citations, fact: Fact) -> str:
    """ "**Label:** value¹˒² · value³", marked ⚠️ when the sources disagree."""
    values = " · ".join(c.cite(v) for v in fact.values)
    return t(
        "catalogue-fact-disputed" if fact.disputed else "catalogue-fact", label=fact.label, values=values
    )


def value_with_publications(c: Citations, claim: Claim) -> str:
    """A value whole, with the publications that give it: "30 min — Tiny Mix Tapes¹, Movieline²"."""
    text = claim.text + (f" — {claim.note}" if claim.note else "")
    if claim.inference:
        return read_from(inferred(text), c.by(claim.sources))
    return f"{text} — {c.by(claim.sources)}"


def dispute(c: Citations, label: str, values: Sequence[Claim]) -> Dispute:
    """A disagreement: every value in a few words with its marks, and each whole with its sources."""
    short = " · ".join(
        c.cite(dataclasses.replace(v, note=None), shorten_words(v.text, SHORT_VALUE)) for v in values
    )
    return Dispute(label, short, tuple(value_with_publications(c, v) for v in values))


def person_line(c: Citations, person: Person, card: ArtistCard) -> str:
    """ "**Flea**¹: Red Hot Chili Peppers' bassist²; also printed Nick Zimmer¹ · see /artist …"."""
    line = f"**{person.name}**{c.mark(person.sources)}"
    about = [c.cite(a) for a in person.about]
    if person.aliases:
        about.append(t("catalogue-person-also", names=listing([c.cite(a) for a in person.aliases], ",")))
    other = card.linked_name(person.artist)
    if other and other != card.name:
        about.append(t("catalogue-person-see", name=other))
    return t("catalogue-person-about", person=line, about="; ".join(about)) if about else line


def who_line(c: Citations, card: ArtistCard, name: str) -> str:
    """Who a person named on the card is there, for a lookup by that person's name."""
    person = card.person(name)
    if person is None:
        return ""
    marks = c.mark(person.sources)
    about = "; ".join(c.cite(a) for a in person.about)
    key = "catalogue-who-member" if person.member else "catalogue-who-named"
    words = {"person": person.name, "artist": card.name, "marks": marks}
    return t(f"{key}-about", **words, about=about) if about else t(key, **words)


def quote_lines(c: Citations, quotes: Iterable[ReviewQuote]) -> tuple[str, ...]:
    """Each review quote whole, then who wrote it, with its mark."""
    lines = []
    for quote in quotes:
        source = quote.source
        by = f"{source.publication}, {source.author}" if source.author else source.publication
        lines.append(f"> {quote.text}\n— {by}{c.mark((source.key,))}")
    return tuple(lines)


def _sections(*sections: tuple[str, Sequence[str]]) -> tuple[Section, ...]:
    return tuple(Section(heading, tuple(lines)) for heading, lines in sections if lines)


def _whole(card: Card, heading: str) -> Card:
    """A card whose face had no room for all of it keeps the whole face one tap away, under More."""
    if face_fits(card):
        return card
    whole = Section(heading, tuple(line for s in card.face for line in (f"**{s.heading}**", *s.lines)))
    return dataclasses.replace(card, more=(whole, *card.more))


def counted_by(album: AlbumCard) -> tuple[str, ...]:
    """The sources that give the number of tracks (the pack's ``track_count`` fact), if it has one."""
    return tuple(
        dict.fromkeys(k for f in album.facts if f.key == "track_count" for v in f.values for k in v.sources)
    )


def album_card(album: AlbumCard) -> Card:
    c = Citations(album.sources)
    count = t("catalogue-track-count", count=album.track_count) + c.mark(counted_by(album))
    face = [fact_line(c, f) for f in album.facts if f.face and not f.disputed]
    disputes = tuple(dispute(c, f.label, f.values) for f in album.facts if f.disputed)
    sections: dict[str, list[str]] = {}
    for fact in album.facts:
        sections.setdefault(fact.section or t("catalogue-more-facts"), []).append(fact_line(c, fact))
    return Card(
        CardRef("album", ""),
        album.title,
        lead=t("catalogue-album-lead", artist=album.artist, tracks=count),
        face=_sections(("", face)),
        disputes=disputes,
        more=_sections(*sections.items()),
        sources=c.sources,
        footer=t("catalogue-album-footer"),
    )


def credit_text(c: Citations, track: TrackLine) -> str:
    credit = c.cite(track.credit) if track.credit else ", ".join(track.artists)
    return credit + (" ⚠️" if track.credits_disputed else "")


def original_line(c: Citations, o: OriginalRelease) -> str:
    """ "*Album* (Label, Year), note" with the sources of the whole line; where the pack gives each part
    its own sources, each part carries only its own marks: "*Chromophobia*¹ (Kompakt¹˒², 2007²), …"."""
    if not o.parts:
        where = ", ".join(str(x) for x in (o.label, o.year) if x)
        return f"*{o.album}* ({where})" + (f", {o.note}" if o.note else "") + c.mark(o.sources)
    album = f"*{o.album}*{c.mark(o.sources_of('album'))}"
    where = ", ".join(
        f"{x}{c.mark(o.sources_of(part))}" for part, x in (("label", o.label), ("year", o.year)) if x
    )
    return f"{album} ({where})" + (f", {o.note}{c.mark(o.sources_of('note'))}" if o.note else "")


def track_details(c: Citations, track: TrackCard, *, credits: bool = True) -> tuple[Section, ...]:
    """Every credit (unless ``credits`` is false) and note of a track, with its marks, in short
    sections."""
    heading = t("catalogue-credited-as-disputed" if track.credits_disputed else "catalogue-credited-as")
    sections = [
        (heading, [c.cite(x) for x in track.credits] if credits else []),
        (t("catalogue-version"), [c.cite(n) for n in track.notes]),
        (t("catalogue-also-printed-as"), [c.cite(a) for a in track.aliases]),
    ]
    if track.original:  # after the lines above: marks are numbered in reading order
        sections.append((t("catalogue-original-release"), [original_line(c, track.original)]))
    return _sections(*sections)


def track_list(title: str, tracks: Sequence[TrackCard], lines: Sequence[TrackLine]) -> Card:
    """The tracks in order, each with its first credit; a disputed credit's values on the face; each
    track's every credit and note one tap away."""
    c = Citations(s for t in tracks for s in t.sources)
    face = [f"`{t.position}.` **{t.title}** — {credit_text(c, t)}" for t in lines]
    disputes = tuple(dispute(c, f"{t.position}. {t.title}", t.credits) for t in tracks if t.credits_disputed)
    more = tuple(
        Section(
            f"{t.position}. {t.title}",
            tuple(line for s in track_details(c, t) for line in (f"**{s.heading}**", *s.lines)),
        )
        for t in tracks
    )
    return Card(
        CardRef("tracks", ""),
        t("catalogue-tracks-title", album=title),
        lead=t("catalogue-tracks-lead", count=len(lines)),
        face=_sections(("", face)),
        disputes=disputes,
        more=more,
        sources=c.sources,
        footer=t("catalogue-tracks-footer"),
    )


def byline(c: Citations, track: TrackCard) -> str:
    """Who the track is by, as its sources credit it: the first credit with its marks, or, where the
    sources disagree on who, a ⚠️ pointing at the disagreement (never one side of it, uncited)."""
    if track.credits_disputed:
        return " · " + t("catalogue-track-by-disputed")
    if track.credits:
        return " · " + t(
            "catalogue-track-by", credit=c.cite(dataclasses.replace(track.credits[0], note=None))
        )
    return ""


def track_card(track: TrackCard, *, album: AlbumCard) -> Card:
    """The track's card; its lead's "Track 6 of 9" cites its place (the listings that print the title
    there and give its number) and the count (the album's sources for the number of tracks)."""
    c = Citations((*track.sources, *album.sources))
    placed = c.mark(track.placed_by)
    counted = c.mark(counted_by(album))
    lead = t(
        "catalogue-track-place",
        position=str(track.position),
        placed=placed,
        count=album.track_count,
        counted=counted,
    )
    lead += byline(c, track)
    if track.titled_by:
        lead += " · " + t("catalogue-track-titled-by", sources=c.by(track.titled_by))
    # Marks are numbered in reading order: a disputed credit opens the card, then the face, then More.
    disputes = (dispute(c, t("catalogue-credited-as"), track.credits),) if track.credits_disputed else ()
    face = track_details(c, track, credits=not track.credits_disputed)
    card = Card(
        CardRef("track", str(track.position)),
        f"{track.position}. {track.title}",
        lead=lead,
        face=face,
        disputes=disputes,
        more=_sections((t("catalogue-reviews"), quote_lines(c, track.quotes))),
        sources=c.sources,
        footer=album.title,
        disputes_first=True,
    )
    return _whole(card, t("catalogue-track-whole"))


def artist_card(artist: ArtistCard, *, album_title: str) -> Card:
    c = Citations(artist.sources)
    lead = []
    if artist.origin:
        lead.append(t("catalogue-artist-from", place=c.cite(artist.origin)))
    if artist.tracks:
        numbers = listing([str(x.position) for x in artist.tracks])
        lead.append(t("catalogue-artist-tracks", count=len(artist.tracks), numbers=numbers))
    else:
        lead.append(t("catalogue-artist-no-tracks"))
    names = [f"**{p.name}**{c.mark(p.sources)}" for p in artist.members]
    people = [f"**{p.name}**{c.mark(p.sources)}" for p in artist.people]
    face = _sections(
        (
            t("catalogue-also-known-as"),
            [" · ".join(c.cite(a) for a in artist.aliases)] if artist.aliases else [],
        ),
        (
            t("catalogue-members-disputed" if artist.members_disputed else "catalogue-members"),
            [" · ".join(names)] if names else [],
        ),
        (t("catalogue-also-named"), [" · ".join(people)] if people else []),
        (
            t("catalogue-on-this-album"),
            [f"`{x.position}.` **{x.title}** — {credit_text(c, x)}" for x in artist.tracks],
        ),
        (t("catalogue-facts"), [fact_line(c, f) for f in artist.facts if not f.disputed]),
    )
    disputes = tuple(dispute(c, f.label, f.values) for f in artist.facts if f.disputed)
    whos = [person_line(c, p, artist) for p in (*artist.members, *artist.people)]
    card = Card(
        CardRef("artist", artist.key),
        artist.name,
        lead=" · ".join(lead),
        face=face,
        disputes=disputes,
        more=_sections(
            (t("catalogue-whos-who"), whos),
            (t("catalogue-facts"), [fact_line(c, f) for f in artist.facts]),
            (t("catalogue-reviews"), quote_lines(c, artist.quotes)),
        ),
        sources=c.sources,
        footer=album_title,
    )
    return _whole(card, t("catalogue-artist-whole"))


def person_card(card: Card, artist: ArtistCard, person: str) -> Card:
    """An artist's card opened by the name of someone it names: it opens with who they are there. The
    marks are the artist card's (every person is cited on it), so its panels are the same."""
    c = Citations(card.sources)
    for source in card.sources:
        c.number(source.key)
    who = who_line(c, artist, person)
    return dataclasses.replace(card, lead=f"{who}\n{card.lead}" if who else card.lead)


def from_album(track: TrackCard) -> str:
    """For a track found by its original album's title: where it is from ("“A/B Machines” is from
    *Treats*.")."""
    return t("catalogue-from-album", title=track.title, album=track.original.album) if track.original else ""
