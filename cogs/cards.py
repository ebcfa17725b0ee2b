"""How catalogue data looks in Discord: the album, track list, track and artist cards."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import discord

from bot.db.catalogue import AlbumCard, ArtistCard, Cited, ReviewQuote, SourceRef, TrackCard, TrackLine
from bot.domain.names import shorten
from bot.glue.embeds import CardBuilder

log = logging.getLogger(__name__)

DISPUTED = "⚠️ disputed"


def cite(keys: Sequence[str]) -> str:
    return f"({', '.join(keys)})" if keys else ""


def cited_line(value: Cited) -> str:
    note = f" — {value.note}" if value.note else ""
    return f"{value.text}{note} {cite(value.sources)}".strip()


def source_line(source: SourceRef) -> str:
    name = source.publication + (f", {source.title}" if source.title else "")
    if source.author:
        name += f", by {source.author}"
    if source.link:
        return f"**{source.key}**: [{shorten(name, 200)}]({source.link})"
    where = f" ({source.address})" if source.address else ""
    return f"**{source.key}**: {shorten(name, 200)}{where}"


def quote_heading(quote: ReviewQuote) -> str:
    author = f", {quote.source.author}" if quote.source.author else ""
    return f"{quote.source.publication}{author}"


def quote_body(quote: ReviewQuote) -> str:
    link = f"\n[Read the review]({quote.source.link})" if quote.source.link else ""
    return f"> {shorten(quote.text, 900)}{link}"


def _quotes(card: CardBuilder, quotes: Sequence[ReviewQuote], *, keep_room: int) -> None:
    """One field per review quote while room remains (keeping some for the sources), then a count."""
    for i, quote in enumerate(quotes):
        body = quote_body(quote)
        if card.room - keep_room < len(body) + 100:
            left = len(quotes) - i
            card.field("What the reviews said", f"… and {left} more quote{'s' if left != 1 else ''} left out")
            return
        if not card.field(f"What the reviews said: {quote_heading(quote)}", body):
            return


def _sources(card: CardBuilder, sources: Iterable[SourceRef]) -> None:
    card.lines("Sources", [source_line(s) for s in sources], noun="sources")


def _sources_room(sources: Sequence[SourceRef]) -> int:
    return min(1024, sum(len(source_line(s)) + 1 for s in sources)) + 20


def album_card(album: AlbumCard) -> discord.Embed:
    card = CardBuilder(
        album.title,
        description=f"{album.artist} · {album.track_count} tracks. Values are followed by their sources.",
        footer="Disputed facts show every value with its source. See /tracks for the track list.",
    )
    for fact in album.facts:
        name = f"{fact.label} ({DISPUTED})" if fact.disputed else fact.label
        card.lines(name, [cited_line(v) for v in fact.values], noun="values")
    _sources(card, album.sources)
    return card.build()


def track_line(track: TrackLine) -> str:
    credit = track.credit or ", ".join(track.artists)
    line = f"`{track.position}.` **{track.title}** — {credit}"
    if track.notes:
        line += f" · _{'; '.join(track.notes)}_"
    return shorten(line, 400)


def track_list(title: str, tracks: Sequence[TrackLine]) -> discord.Embed:
    card = CardBuilder(
        f"{title}: the tracks", footer="Use /track to see a track's card, with what the reviews said."
    )
    card.description_lines([track_line(t) for t in tracks], noun="tracks")
    return card.build()


def track_card(track: TrackCard, *, album_title: str, track_count: int) -> discord.Embed:
    card = CardBuilder(
        f"{track.position}. {track.title}",
        description="By " + ", ".join(f"**{a.name}**" for a in track.artists) if track.artists else "",
        footer=f"{album_title} · track {track.position} of {track_count}",
    )
    credits_name = f"Credited as ({DISPUTED})" if track.credits_disputed else "Credited as"
    card.lines(credits_name, [cited_line(c) for c in track.credits], noun="credits")
    card.lines("Version", [cited_line(n) for n in track.notes], noun="notes")
    card.lines("Also printed as", [cited_line(a) for a in track.aliases], noun="spellings")
    if track.original:
        o = track.original
        where = ", ".join(str(x) for x in (o.label, o.year) if x)
        text = f"{o.album} ({where})" + (f", {o.note}" if o.note else "")
        card.field("Original release", f"{text} {cite(o.sources)}")
    _quotes(card, track.quotes, keep_room=_sources_room(track.sources))
    _sources(card, track.sources)
    return card.build()


def artist_card(artist: ArtistCard, *, album_title: str) -> discord.Embed:
    card = CardBuilder(artist.name, footer=album_title)
    card.lines("Also known as", [cited_line(a) for a in artist.aliases], noun="names")
    members = []
    for m in artist.members:
        note = f" ({m.note})" if m.note else ""
        also = f", see /artist {m.artist.name}" if m.artist and m.artist.name != m.name else ""
        members.append(f"{m.name}{note}{also}")
    card.lines("Members", members, noun="members")
    if artist.origin:
        card.field("From", artist.origin, inline=True)
    card.lines("Facts", [cited_line(f) for f in artist.facts], noun="facts")
    if artist.tracks:
        card.lines("On this album", [track_line(t) for t in artist.tracks], noun="tracks")
    else:
        card.field("On this album", "No track of their own on the album.")
    _quotes(card, artist.quotes, keep_room=_sources_room(artist.sources))
    _sources(card, artist.sources)
    return card.build()
