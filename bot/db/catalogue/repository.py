"""The catalogue repository: reads the cards and the names from the soundtrack tables (storing a
pack in them is ``bot.db.pack``'s)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from bot.db import Database
from bot.db.catalogue.records import (
    AlbumCard,
    ArtistCard,
    ArtistRef,
    ReviewQuote,
    TrackCard,
    TrackLine,
    TrackList,
    cited_keys,
)
from bot.domain.catalogue.index import NameEntry
from bot.domain.pack import ORIGINAL_PARTS, Claim, Fact, OriginalRelease, Person, Source


def _facts_sources(facts: Iterable[Fact]) -> Iterable[str]:
    return (s for f in facts for s in cited_keys(f.values))


def _people_sources(people: Iterable[Person]) -> Iterable[str]:
    return (s for p in people for s in (*p.sources, *cited_keys((*p.aliases, *p.about))))


class CatalogueRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading cards --------------------------------------------------------------------------

    async def track_names(self, pack: str) -> list[NameEntry]:
        """Tracks as name-index entries: key is the position; names are the title, its other spellings,
        the credits as printed (not one the pack infers: that is no name anyone printed) and the
        original album's title (which says where the track is from). The label names the credit
        only where the sources agree on it."""
        aliases = await self._claims(pack, "track:%", "alias")
        credits = await self._claims(pack, "track:%", "credit")
        rows = await self._db.fetch(
            "SELECT position, title, original_album, credits_disputed FROM track WHERE pack = ? ORDER BY position",
            (pack,),
        )
        entries = []
        for r in rows:
            subject = f"track:{r['position']}"
            printed = [c for c in credits.get(subject, []) if not c.inference]
            label = f"{r['position']}. {r['title']}"
            if printed and not r["credits_disputed"]:
                label += f" — {printed[0].text}"
            names = [r["title"], *(c.text for c in (*aliases.get(subject, ()), *printed))]
            hints: tuple[tuple[str, str], ...] = ()
            if r["original_album"]:
                names.append(r["original_album"])
                hints = ((r["original_album"], f"“{r['title']}” is from *{r['original_album']}*."),)
            entries.append(NameEntry(str(r["position"]), tuple(names), r["position"], label, hints=hints))
        return entries

    async def artist_names(self, pack: str) -> list[NameEntry]:
        """Artists as name-index entries, in name order (key: the artist key), then every person an
        entry names who has no entry of their own ("Flea — The Lost Trees", leading to that card)."""
        aliases = await self._claims(pack, "artist:%", "alias")
        person_aliases = await self._claims(pack, "person:%", "alias")
        rows = await self._db.fetch("SELECT key, name FROM artist WHERE pack = ?", (pack,))
        ordered = sorted(rows, key=lambda r: r["name"].casefold())
        names = {r["key"]: r["name"] for r in rows}
        entries = []
        for order, r in enumerate(ordered):
            alias_texts = tuple(dict.fromkeys(c.text for c in aliases.get(f"artist:{r['key']}", ())))
            label = r["name"] + (f" (also {', '.join(alias_texts)})" if alias_texts else "")
            entries.append(NameEntry(r["key"], (r["name"], *alias_texts), order, label))
        people = await self._db.fetch(
            "SELECT artist, position, name FROM artist_member WHERE pack = ? AND member_artist IS NULL",
            (pack,),
        )
        people = sorted(people, key=lambda p: (p["name"].casefold(), p["artist"]))
        for order, p in enumerate(people, start=len(entries)):
            other = tuple(c.text for c in person_aliases.get(f"person:{p['artist']}:{p['position']}", ()))
            entries.append(
                NameEntry(
                    f"{p['artist']}/{p['position']}",
                    (p["name"], *other),
                    order,
                    f"{p['name']} — {names[p['artist']]}",
                    refers_to=p["artist"],
                    person=p["name"],
                )
            )
        return entries

    async def album(self, pack: str) -> AlbumCard | None:
        row = await self._one("SELECT slug, title, artist FROM pack WHERE slug = ?", (pack,))
        if row is None:
            return None
        rows = await self._db.fetch(
            "SELECT key, label, disputed, date, section, face FROM album_fact WHERE pack = ? ORDER BY position",
            (pack,),
        )
        values = await self._claims(pack, "fact:%", "value")
        count = await self._one("SELECT count(*) AS n FROM track WHERE pack = ?", (pack,))
        facts = tuple(
            Fact(
                f["key"],
                f["label"],
                tuple(values.get(f"fact:{f['key']}", ())),
                bool(f["disputed"]),
                dt.date.fromisoformat(f["date"]) if f["date"] else None,
                f["section"],
                bool(f["face"]),
            )
            for f in rows
        )
        return AlbumCard(
            slug=row["slug"],
            title=row["title"],
            artist=row["artist"],
            track_count=count["n"] if count else 0,
            facts=facts,
            sources=await self._sources(pack, _facts_sources(facts)),
        )

    async def track_list(self, pack: str) -> TrackList:
        lines = await self._track_lines(pack)
        return TrackList(lines, await self._sources(pack, (k for line in lines for k in line.cited)))

    async def _track_lines(self, pack: str) -> tuple[TrackLine, ...]:
        rows = await self._db.fetch(
            "SELECT position, title, credits_disputed FROM track WHERE pack = ? ORDER BY position", (pack,)
        )
        artists = await self._track_artists(pack)
        credits = await self._claims(pack, "track:%", "credit")
        notes = await self._claims(pack, "track:%", "note")
        return tuple(
            TrackLine(
                r["position"],
                r["title"],
                tuple(a.name for a in artists.get(r["position"], ())),
                next(iter(credits.get(f"track:{r['position']}", ())), None),
                bool(r["credits_disputed"]),
                tuple(notes.get(f"track:{r['position']}", ())),
            )
            for r in rows
        )

    async def track(self, pack: str, position: int) -> TrackCard | None:
        row = await self._one("SELECT * FROM track WHERE pack = ? AND position = ?", (pack, position))
        if row is None:
            return None
        subject = f"track:{position}"
        claims = {
            kind: tuple((await self._claims(pack, subject, kind)).get(subject, ()))
            for kind in ("credit", "note", "alias")
        }
        listed_by = await self._subject_sources(pack, subject)
        titled_by = await self._subject_sources(pack, f"title:{position}")
        numbered_by = await self._subject_sources(pack, f"number:{position}") or listed_by
        original = None
        if row["original_album"] is not None:
            parts = [
                (part, await self._subject_sources(pack, f"original:{position}:{part}"))
                for part in ORIGINAL_PARTS
            ]
            original = OriginalRelease(
                row["original_album"],
                row["original_year"],
                await self._subject_sources(pack, f"original:{position}"),
                row["original_label"],
                row["original_note"],
                parts=tuple((part, keys) for part, keys in parts if keys),
            )
        quotes = await self._quotes(
            "SELECT q.key, q.text, q.source FROM quote_track qt JOIN quote q ON q.pack = qt.pack AND q.key = qt.quote "
            "WHERE qt.pack = ? AND qt.track = ? ORDER BY q.position",
            (pack, position),
        )
        cited = [
            *listed_by,
            *numbered_by,
            *titled_by,
            *(s for group in claims.values() for s in cited_keys(group)),
            *(original.sources if original else ()),
            *(q.source.key for q in quotes),
        ]
        return TrackCard(
            pack=pack,
            position=position,
            title=row["title"],
            artists=(await self._track_artists(pack, position)).get(position, ()),
            listed_by=listed_by,
            numbered_by=numbered_by,
            titled_by=titled_by,
            credits=claims["credit"],
            credits_disputed=bool(row["credits_disputed"]),
            notes=claims["note"],
            aliases=claims["alias"],
            original=original,
            quotes=quotes,
            sources=await self._sources(pack, cited),
        )

    async def artist(self, pack: str, key: str) -> ArtistCard | None:
        row = await self._one(
            "SELECT key, name, members_disputed FROM artist WHERE pack = ? AND key = ?", (pack, key)
        )
        if row is None:
            return None
        aliases = tuple((await self._claims(pack, f"artist:{key}", "alias")).get(f"artist:{key}", ()))
        origin = next(
            iter((await self._claims(pack, f"origin:{key}", "value")).get(f"origin:{key}", ())), None
        )
        fact_rows = await self._db.fetch(
            "SELECT key, label, disputed FROM artist_fact WHERE pack = ? AND artist = ? ORDER BY position",
            (pack, key),
        )
        values = await self._claims(pack, f"artist-fact:{key}:%", "value")
        facts = tuple(
            Fact(
                f["key"],
                f["label"],
                tuple(values.get(f"artist-fact:{key}:{f['key']}", ())),
                bool(f["disputed"]),
            )
            for f in fact_rows
        )
        members, people, linked = await self._people(pack, key)
        track_rows = await self._db.fetch(
            "SELECT t.position FROM track_artist ta JOIN track t ON t.pack = ta.pack AND t.position = ta.track "
            "WHERE ta.pack = ? AND ta.artist = ? ORDER BY t.position",
            (pack, key),
        )
        wanted = {r["position"] for r in track_rows}
        tracks = tuple(t for t in await self._track_lines(pack) if t.position in wanted)
        quotes = await self._quotes(
            "SELECT q.key, q.text, q.source FROM quote_artist qa "
            "JOIN quote q ON q.pack = qa.pack AND q.key = qa.quote "
            "WHERE qa.pack = ? AND qa.artist = ? ORDER BY q.position",
            (pack, key),
        )
        cited = [
            *(origin.sources if origin else ()),
            *cited_keys(aliases),
            *_people_sources((*members, *people)),
            *_facts_sources(facts),
            *(k for t in tracks for k in t.cited),
            *(q.source.key for q in quotes),
        ]
        return ArtistCard(
            pack=pack,
            key=key,
            name=row["name"],
            origin=origin,
            aliases=aliases,
            members=members,
            members_disputed=bool(row["members_disputed"]),
            people=people,
            facts=facts,
            tracks=tracks,
            quotes=quotes,
            linked=linked,
            sources=await self._sources(pack, cited),
        )

    # -- helpers --------------------------------------------------------------------------------

    async def _one(self, sql: str, params: Sequence[object]) -> Any | None:
        return await self._db.fetchrow(sql, params)

    async def _people(
        self, pack: str, key: str
    ) -> tuple[tuple[Person, ...], tuple[Person, ...], tuple[ArtistRef, ...]]:
        rows = await self._db.fetch(
            "SELECT m.position, m.name, m.member, m.member_artist, a.name AS artist_name FROM artist_member m "
            "LEFT JOIN artist a ON a.pack = m.pack AND a.key = m.member_artist "
            "WHERE m.pack = ? AND m.artist = ? ORDER BY m.position",
            (pack, key),
        )
        aliases = await self._claims(pack, f"person:{key}:%", "alias")
        about = await self._claims(pack, f"person:{key}:%", "fact")
        people = []
        for m in rows:
            subject = f"person:{key}:{m['position']}"
            people.append(
                Person(
                    name=m["name"],
                    sources=await self._subject_sources(pack, subject),
                    artist=m["member_artist"],
                    aliases=tuple(aliases.get(subject, ())),
                    about=tuple(about.get(subject, ())),
                    member=bool(m["member"]),
                )
            )
        linked = tuple(ArtistRef(m["member_artist"], m["artist_name"]) for m in rows if m["member_artist"])
        return (
            tuple(p for p in people if p.member),
            tuple(p for p in people if not p.member),
            linked,
        )

    async def _claims(self, pack: str, subject_like: str, kind: str) -> dict[str, list[Claim]]:
        """Claims of one kind for the subjects matching ``subject_like``, grouped by subject, in order."""
        rows = await self._db.fetch(
            "SELECT c.id, c.subject, c.text, c.note, c.inference, cs.source FROM claim c "
            "LEFT JOIN claim_source cs ON cs.claim_id = c.id "
            "WHERE c.pack = ? AND c.subject LIKE ? AND c.kind = ? "
            "ORDER BY c.subject, c.position, cs.position",
            (pack, subject_like, kind),
        )
        grouped: dict[int, tuple[str, str, str | None, bool, list[str]]] = {}
        for r in rows:
            entry = grouped.setdefault(
                r["id"], (r["subject"], r["text"], r["note"], bool(r["inference"]), [])
            )
            if r["source"] is not None:
                entry[4].append(r["source"])
        out: dict[str, list[Claim]] = defaultdict(list)
        for subject, text, note, inference, sources in grouped.values():
            out[subject].append(Claim(text, tuple(sources), note=note, inference=inference))
        return out

    async def _subject_sources(self, pack: str, subject: str) -> tuple[str, ...]:
        rows = await self._db.fetch(
            "SELECT source FROM subject_source WHERE pack = ? AND subject = ? ORDER BY position",
            (pack, subject),
        )
        return tuple(r["source"] for r in rows)

    async def _track_artists(
        self, pack: str, position: int | None = None
    ) -> dict[int, tuple[ArtistRef, ...]]:
        sql = (
            "SELECT ta.track, a.key, a.name FROM track_artist ta "
            "JOIN artist a ON a.pack = ta.pack AND a.key = ta.artist WHERE ta.pack = ?"
        )
        params: tuple[object, ...] = (pack,)
        if position is not None:
            sql += " AND ta.track = ?"
            params = (pack, position)
        rows = await self._db.fetch(sql + " ORDER BY ta.track, ta.position", params)
        out: dict[int, list[ArtistRef]] = defaultdict(list)
        for r in rows:
            out[r["track"]].append(ArtistRef(r["key"], r["name"]))
        return {k: tuple(v) for k, v in out.items()}

    async def _sources(self, pack: str, keys: Iterable[str]) -> tuple[Source, ...]:
        """The named sources, each once, in the order first cited."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return ()
        rows = await self._db.fetch(
            "SELECT key, publication, author, title, address, date FROM source WHERE pack = ?", (pack,)
        )
        by_key = {r["key"]: Source(*r) for r in rows}
        return tuple(by_key[k] for k in wanted if k in by_key)

    async def _quotes(self, sql: str, params: Sequence[object]) -> tuple[ReviewQuote, ...]:
        rows = await self._db.fetch(sql, params)
        if not rows:
            return ()
        sources = {s.key: s for s in await self._sources(params[0], (r["source"] for r in rows))}  # type: ignore[arg-type]
        return tuple(ReviewQuote(r["key"], r["text"], sources[r["source"]]) for r in rows)
