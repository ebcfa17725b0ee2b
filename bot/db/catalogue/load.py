"""Writing a pack into the catalogue tables (inside the repository's load transaction)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import aiosqlite

from bot.domain.pack import Claim, Pack, Person

log = logging.getLogger(__name__)


async def insert_claims(
    conn: aiosqlite.Connection, pack: str, subject: str, kind: str, claims: Iterable[Claim]
) -> None:
    for position, claim in enumerate(claims):
        async with conn.execute(
            "INSERT INTO claim (pack, subject, kind, position, text, note, inference) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (pack, subject, kind, position, claim.text, claim.note, int(claim.inference)),
        ) as cur:
            claim_id = cur.lastrowid
        await conn.executemany(
            "INSERT INTO claim_source (claim_id, pack, source, position) VALUES (?, ?, ?, ?)",
            [(claim_id, pack, source, i) for i, source in enumerate(claim.sources)],
        )


async def insert_subject_sources(
    conn: aiosqlite.Connection, pack: str, subject: str, sources: Iterable[str]
) -> None:
    await conn.executemany(
        "INSERT INTO subject_source (pack, subject, source, position) VALUES (?, ?, ?, ?)",
        [(pack, subject, s, i) for i, s in enumerate(dict.fromkeys(sources))],
    )


async def _insert_people(
    conn: aiosqlite.Connection, slug: str, artist: str, people: Iterable[Person]
) -> None:
    for i, person in enumerate(people):
        subject = f"person:{artist}:{i}"
        await conn.execute(
            "INSERT INTO artist_member (pack, artist, position, name, member_artist, member) VALUES (?, ?, ?, ?, ?, ?)",
            (slug, artist, i, person.name, person.artist, int(person.member)),
        )
        await insert_subject_sources(conn, slug, subject, person.sources)
        await insert_claims(conn, slug, subject, "alias", person.aliases)
        await insert_claims(conn, slug, subject, "fact", person.about)


async def insert_pack(conn: aiosqlite.Connection, pack: Pack, stamp: str) -> None:
    slug = pack.slug
    await conn.execute(
        "INSERT INTO pack (slug, title, artist, fingerprint, loaded_at) VALUES (?, ?, ?, ?, ?)",
        (slug, pack.title, pack.artist, pack.fingerprint, stamp),
    )
    await conn.executemany(
        "INSERT INTO source (pack, key, position, publication, author, title, address) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(slug, s.key, i, s.publication, s.author, s.title, s.address) for i, s in enumerate(pack.sources)],
    )
    for i, fact in enumerate(pack.facts):
        await conn.execute(
            "INSERT INTO album_fact (pack, key, position, label, disputed, date) VALUES (?, ?, ?, ?, ?, ?)",
            (slug, fact.key, i, fact.label, int(fact.disputed), fact.date.isoformat() if fact.date else None),
        )
        await insert_claims(conn, slug, f"fact:{fact.key}", "value", fact.values)
    for artist in pack.artists:
        await conn.execute(
            "INSERT INTO artist (pack, key, name, origin, members_disputed) VALUES (?, ?, ?, ?, ?)",
            (
                slug,
                artist.key,
                artist.name,
                artist.origin.text if artist.origin else None,
                int(artist.members_disputed),
            ),
        )
        await insert_claims(conn, slug, f"artist:{artist.key}", "alias", artist.aliases)
        if artist.origin:
            await insert_claims(conn, slug, f"origin:{artist.key}", "value", [artist.origin])
        for i, fact in enumerate(artist.facts):
            await conn.execute(
                "INSERT INTO artist_fact (pack, artist, key, position, label, disputed) VALUES (?, ?, ?, ?, ?, ?)",
                (slug, artist.key, fact.key, i, fact.label, int(fact.disputed)),
            )
            await insert_claims(conn, slug, f"artist-fact:{artist.key}:{fact.key}", "value", fact.values)
    for artist in pack.artists:
        await _insert_people(conn, slug, artist.key, (*artist.members, *artist.people))
    for track in pack.tracks:
        subject = f"track:{track.position}"
        o = track.original
        await conn.execute(
            "INSERT INTO track (pack, position, title, credits_disputed, original_album, original_label, "
            "original_year, original_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                slug,
                track.position,
                track.title,
                int(track.credits_disputed),
                o.album if o else None,
                o.label if o else None,
                o.year if o else None,
                o.note if o else None,
            ),
        )
        await conn.executemany(
            "INSERT INTO track_artist (pack, track, artist, position) VALUES (?, ?, ?, ?)",
            [(slug, track.position, a, i) for i, a in enumerate(track.artists)],
        )
        await insert_subject_sources(conn, slug, subject, track.sources)
        if o is not None:
            await insert_subject_sources(conn, slug, f"original:{track.position}", o.sources)
        await insert_claims(conn, slug, subject, "credit", track.credits)
        await insert_claims(conn, slug, subject, "note", track.notes)
        await insert_claims(conn, slug, subject, "alias", track.aliases)
    for i, quote in enumerate(pack.quotes):
        await conn.execute(
            "INSERT INTO quote (pack, key, position, source, text) VALUES (?, ?, ?, ?, ?)",
            (slug, quote.key, i, quote.source, quote.text),
        )
        await conn.executemany(
            "INSERT INTO quote_track (pack, quote, track) VALUES (?, ?, ?)",
            [(slug, quote.key, t) for t in dict.fromkeys(quote.tracks)],
        )
        await conn.executemany(
            "INSERT INTO quote_artist (pack, quote, artist) VALUES (?, ?, ?)",
            [(slug, quote.key, a) for a in dict.fromkeys(quote.artists)],
        )
