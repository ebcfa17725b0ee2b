"""How catalogue data looks in Discord: the album, track list, track and artist cards.

Every line cites its sources by key; the Sources fields, kept to the end of the card and never left
out, name every source a line cites. A disputed value always shows its own sources beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.db.catalogue import AlbumCard, ArtistCard, ReviewQuote, TrackCard, TrackLine, TrackList
from bot.domain.pack import Claim, Fact, Person, Source
from bot.domain.text import plural, shorten
from bot.ui.embeds import TOTAL_LIMIT, CardBuilder, source_fields

DISPUTED = "⚠️ disputed"
SOURCES_SHARE = 0.45
"""At most this share of a card's room goes to its Sources fields (they shrink to fit, never drop)."""


def cite(claim: Claim | Sequence[str]) -> str:
    """ "(BUST, PREFIX)", or "(inferred from BUST, PREFIX)" for a value no source states."""
    keys = claim.sources if isinstance(claim, Claim) else claim
    if not keys:
        return ""
    inferred = isinstance(claim, Claim) and claim.inference
    return f"({'inferred from ' if inferred else ''}{', '.join(keys)})"


def cited_line(value: Claim) -> str:
    note = f" — {value.note}" if value.note else ""
    return f"{value.text}{note} {cite(value)}".strip()


def fact_line(fact: Fact) -> str:
    """ "**Label:** value (SOURCES) · value (SOURCES)", marked when the sources disagree."""
    label = f"**{fact.label}** {DISPUTED}:" if fact.disputed else f"**{fact.label}:**"
    return f"{label} " + " · ".join(cited_line(v) for v in fact.values)


def person_line(person: Person, card: ArtistCard) -> str:
    """ "**Flea** (TMT, COS): Red Hot Chili Peppers' bassist (GIGWISE); also printed Nick Zimmer (TMT)"."""
    line = f"**{person.name}** {cite(person.sources)}".strip()
    about = [cited_line(a) for a in person.about]
    if person.aliases:
        about.append("also " + ", ".join(cited_line(a) for a in person.aliases))
    other = card.linked_name(person.artist)
    if other and other != card.name:
        about.append(f"see /artist {other}")
    return line + (": " + "; ".join(about) if about else "")


def who_line(card: ArtistCard, name: str) -> str:
    """Who a person named on the card is there, for a lookup by that person's name."""
    person = card.person(name)
    if person is None:
        return ""
    role = f"a member of {card.name}" if person.member else f"named on {card.name}'s card"
    about = "; ".join(cited_line(a) for a in person.about)
    return f"**{person.name}** is {role} {cite(person.sources)}" + (f": {about}" if about else "") + "."


def quote_heading(quote: ReviewQuote) -> str:
    author = f", {quote.source.author}" if quote.source.author else ""
    return f"{quote.source.publication}{author} ({quote.source.key})"


def quote_body(quote: ReviewQuote) -> str:
    """The quote; the review is linked once, in the card's Sources."""
    return f"> {shorten(quote.text, 900)}"


def _quotes(card: CardBuilder, quotes: Sequence[ReviewQuote]) -> None:
    """One field per review quote while room remains, then a count."""
    for i, quote in enumerate(quotes):
        body = quote_body(quote)
        if card.room < len(body) + 150:
            left = len(quotes) - i
            card.field("What the reviews said", f"… and {plural(left, 'more quote')} left out")
            return
        if not card.field(f"What the reviews said: {quote_heading(quote)}", body):
            return


def _keep_sources(card: CardBuilder, sources: Sequence[Source]) -> None:
    card.closing(source_fields(sources, int(min(card.room, TOTAL_LIMIT) * SOURCES_SHARE)))


def album_card(album: AlbumCard) -> discord.Embed:
    card = CardBuilder(
        album.title,
        footer="Disputed facts show every value with its sources. See /tracks for the track list.",
    )
    _keep_sources(card, album.sources)
    intro = (
        f"{album.artist} · {album.track_count} tracks. Each value is followed by the sources that state it."
    )
    card.description_lines([intro, "", *(fact_line(f) for f in album.facts)], noun="facts")
    return card.build()


def track_line(track: TrackLine) -> str:
    """ "`1.` **Title** — credit (SOURCES) ⚠️ · _note (SOURCES); note (SOURCES)_"."""
    credit = cited_line(track.credit) if track.credit else ", ".join(track.artists)
    line = f"`{track.position}.` **{track.title}** — {credit}" + (" ⚠️" if track.credits_disputed else "")
    if track.notes:
        line += f" · _{'; '.join(cited_line(n) for n in track.notes[:2])}_"
    return shorten(line, 300)


def track_list(title: str, tracks: TrackList) -> discord.Embed:
    card = CardBuilder(
        f"{title}: the tracks",
        footer="⚠️ the sources disagree on the credit. Use /track for a track's card: every credit and note "
        "with its sources, and the reviews.",
    )
    _keep_sources(card, tracks.sources)
    card.description_lines([track_line(t) for t in tracks.lines], noun="tracks")
    return card.build()


def track_card(track: TrackCard, *, album_title: str, track_count: int) -> discord.Embed:
    by = "By " + ", ".join(f"**{a.name}**" for a in track.artists) + ". " if track.artists else ""
    card = CardBuilder(
        f"{track.position}. {track.title}",
        description=f"{by}Track {track.position} in {', '.join(track.listed_by)}."
        + (f" Title as {', '.join(track.titled_by)} prints it." if track.titled_by else ""),
        footer=f"{album_title} · track {track.position} of {track_count}",
    )
    _keep_sources(card, track.sources)
    credits_name = f"Credited as ({DISPUTED})" if track.credits_disputed else "Credited as"
    card.long_lines(credits_name, [cited_line(c) for c in track.credits], noun="credits")
    card.long_lines("Version", [cited_line(n) for n in track.notes], noun="notes")
    card.lines("Also printed as", [cited_line(a) for a in track.aliases], noun="spellings")
    if track.original:
        o = track.original
        where = ", ".join(str(x) for x in (o.label, o.year) if x)
        text = f"{o.album} ({where})" + (f", {o.note}" if o.note else "")
        card.field("Original release", f"{text} {cite(o.sources)}")
    _quotes(card, track.quotes)
    return card.build()


def artist_card(artist: ArtistCard, *, album_title: str, person: str | None = None) -> discord.Embed:
    """An artist's card; ``person``, when the user asked for someone the card names, says who they are."""
    lines = [who_line(artist, person)] if person else []
    if artist.origin:
        lines.append(f"**From:** {cited_line(artist.origin)}")
    card = CardBuilder(artist.name, description="\n".join(lines), footer=album_title)
    _keep_sources(card, artist.sources)
    card.lines("Also known as", [cited_line(a) for a in artist.aliases], noun="names")
    members_name = f"Members (line-up {DISPUTED})" if artist.members_disputed else "Members"
    card.long_lines(members_name, [person_line(m, artist) for m in artist.members], noun="members")
    card.long_lines("People", [person_line(p, artist) for p in artist.people], noun="people")
    card.long_lines("Facts", [fact_line(f) for f in artist.facts], noun="facts")
    if artist.tracks:
        card.lines("On this album", [track_line(t) for t in artist.tracks], noun="tracks")
    else:
        card.field("On this album", "No track of their own on the album.")
    _quotes(card, artist.quotes)
    return card.build()
