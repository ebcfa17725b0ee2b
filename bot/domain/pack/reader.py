"""Reading a pack folder: parse its files, validate every entry, and check evidence against reviews.

Reading a pack is pure: it touches no database, so a broken pack is reported before anything is
written anywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bot.domain.pack.entries import read_artists, read_fact, read_tracks, unique_keys
from bot.domain.pack.evidence import Reviews, flatten
from bot.domain.pack.model import Artist, Claim, Fact, Pack, Quote, Source, Track
from bot.domain.pack.toml import SLUG, PackError, PackProblem, TomlReader, load_toml

PACK_FILES = ("album.toml", "sources.toml", "artists.toml", "tracks.toml", "quotes.toml")
REVIEWS_DIR = "reviews"
"""Where a pack keeps the texts of the reviews it quotes (named by ``review`` in sources.toml)."""


def fingerprint_files(folder: Path) -> str:
    """A digest of the pack's files and review texts: unchanged files mean an unchanged pack."""
    digest = hashlib.sha256()
    reviews = folder / REVIEWS_DIR
    names = [*PACK_FILES, *(f"{REVIEWS_DIR}/{p.name}" for p in sorted(reviews.glob("*")) if p.is_file())]
    for name in names:
        path = folder / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"\0missing")
    return digest.hexdigest()


def read_pack(folder: Path) -> Pack:
    """Read and validate one pack folder. Raises :class:`PackError` naming every problem."""
    problems: list[PackProblem] = []
    raw = {name: load_toml(folder / name, problems) for name in PACK_FILES}
    if problems:
        raise PackError(problems)

    sources_reader = TomlReader(str(folder / "sources.toml"), problems)
    sources, reviews = _read_sources(sources_reader, raw["sources.toml"], folder)

    def reader(name: str) -> TomlReader:
        return TomlReader(str(folder / name), problems, reviews)

    album = reader("album.toml")
    slug = album.text(raw["album.toml"], "album", "slug")
    if slug is not None and not SLUG.match(slug):
        album.problem("album", "slug", f"must be lowercase letters, digits and hyphens, not {slug!r}")
    title = album.text(raw["album.toml"], "album", "title")
    artist = album.text(raw["album.toml"], "album", "artist")
    film = album.text(raw["album.toml"], "album", "film", required=False)
    about = album.text(raw["album.toml"], "album", "about", required=False)
    facts = [
        f
        for i, item in enumerate(album.tables(raw["album.toml"], "album", "facts"), start=1)
        if (f := read_fact(album, item, f"fact #{i}", album=True)) is not None
    ]
    unique_keys(album, facts, "fact")
    artists = read_artists(reader("artists.toml"), raw["artists.toml"])
    artist_keys = {a.key for a in artists}
    tracks = read_tracks(reader("tracks.toml"), raw["tracks.toml"], artist_keys)
    quotes = _read_quotes(
        reader("quotes.toml"), raw["quotes.toml"], reviews, {s.key for s in sources}, tracks, artist_keys
    )

    source_keys = {s.key for s in sources}
    cited = list(_cited(facts, artists, tracks))
    for file, entry, key in dict.fromkeys(cited):
        if key not in source_keys:
            problems.append(
                PackProblem(
                    str(folder / file), entry, "sources", f"unknown source {key!r} (not in sources.toml)"
                )
            )
    used = {key for _, _, key in cited} | {q.source for q in quotes}
    for s in sources:
        if s.key not in used:
            sources_reader.problem(f"source '{s.key}'", "key", "is cited nowhere in the pack: remove it")
    count = next((f for f in facts if f.key == "track_count"), None)
    if count is not None and count.values and count.values[0].text != str(len(tracks)):
        album.problem(
            "fact 'track_count'",
            "values",
            f"says {count.values[0].text} tracks but tracks.toml lists {len(tracks)}",
        )

    if problems:
        raise PackError(problems)
    assert slug is not None and title is not None and artist is not None
    return Pack(
        slug=slug,
        title=title,
        artist=artist,
        facts=tuple(facts),
        sources=tuple(sources),
        artists=tuple(artists),
        tracks=tuple(sorted(tracks, key=lambda t: t.position)),
        quotes=tuple(quotes),
        fingerprint=fingerprint_files(folder),
        film=film,
        about=about,
        reviews=reviews,
    )


def _read_sources(reader: TomlReader, raw: dict[str, Any], folder: Path) -> tuple[list[Source], Reviews]:
    out: list[Source] = []
    seen: set[str] = set()
    texts, files = {}, {}
    for i, item in enumerate(reader.tables(raw, "", "sources"), start=1):
        entry = f"source #{i}"
        key = reader.text(item, entry, "key")
        if key is not None:
            entry = f"source '{key}'"
            reader.unique(seen, key, entry, "key")
        reader.known(item, entry, ("key", "publication", "author", "title", "address", "date", "review"))
        publication = reader.text(item, entry, "publication")
        review = reader.text(item, entry, "review", required=False)
        if review is not None:
            path = folder / review
            if path.parent != folder / REVIEWS_DIR:
                reader.problem(entry, "review", f"must name a file in {REVIEWS_DIR}/, not {review!r}")
            elif not path.is_file():
                reader.problem(entry, "review", f"{review} is missing")
            else:
                text = path.read_text(encoding="utf-8")
                if key is not None:
                    texts[key], files[key] = flatten(text), review
        if key is not None and publication is not None:
            out.append(
                Source(
                    key,
                    publication,
                    reader.text(item, entry, "author", required=False),
                    reader.text(item, entry, "title", required=False),
                    reader.text(item, entry, "address", required=False),
                    reader.text(item, entry, "date", required=False),
                )
            )
    return out, Reviews(texts, files)


def _read_quotes(
    reader: TomlReader,
    raw: dict[str, Any],
    reviews: Reviews,
    source_keys: set[str],
    tracks: list[Track],
    artist_keys: set[str],
) -> list[Quote]:
    positions = {t.position for t in tracks}
    out: list[Quote] = []
    seen: set[str] = set()
    for i, item in enumerate(reader.tables(raw, "", "quotes"), start=1):
        entry = f"quote #{i}"
        key = reader.key(item, entry, seen)
        if key is not None:
            entry = f"quote '{key}'"
        reader.known(item, entry, ("key", "source", "text", "tracks", "artists"))
        source = reader.text(item, entry, "source")
        text = reader.text(item, entry, "text")
        if source is not None and source not in source_keys:
            reader.problem(entry, "source", f"unknown source {source!r} (not in sources.toml)")
        elif source is not None and source not in reviews:
            reader.problem(
                entry, "source", f"{source} ships no review text (review in sources.toml) to quote from"
            )
        elif source is not None and text is not None and not reviews.says(source, text):
            reader.problem(entry, "text", reviews.not_found(source, text))
        tracks_of = item.get("tracks", [])
        if not isinstance(tracks_of, list) or not all(
            isinstance(t, int) and not isinstance(t, bool) for t in tracks_of
        ):
            reader.problem(entry, "tracks", "must be a list of track positions")
            tracks_of = []
        for t in tracks_of:
            if t not in positions:
                reader.problem(entry, "tracks", f"no track at position {t}")
        artists = tuple(dict.fromkeys(reader.strings(item, entry, "artists")))
        for a in artists:
            if a not in artist_keys:
                reader.problem(entry, "artists", f"unknown artist {a!r} (not in artists.toml)")
        if key is not None and source is not None and text is not None:
            out.append(Quote(key, source, " ".join(text.split()), tuple(dict.fromkeys(tracks_of)), artists))
    return out


def _claims_of(artist: Artist) -> Iterator[Claim]:
    yield from artist.aliases
    if artist.origin:
        yield artist.origin
    for fact in artist.facts:
        yield from fact.values
    for person in (*artist.members, *artist.people):
        yield Claim(person.name, person.sources)
        yield from (*person.aliases, *person.about)


def _cited(facts: list[Fact], artists: list[Artist], tracks: list[Track]) -> Iterator[tuple[str, str, str]]:
    """Every (file, entry, source key) the pack cites outside quotes.toml."""
    for f in facts:
        for v in f.values:
            for s in v.sources:
                yield "album.toml", f"fact '{f.key}'", s
    for a in artists:
        for c in _claims_of(a):
            for s in c.sources:
                yield "artists.toml", f"artist '{a.key}'", s
    for t in tracks:
        claims: Iterable[Claim] = (*t.credits, *t.notes, *t.aliases)
        own = t.original.sources if t.original else ()
        for s in (*t.sources, *t.title_sources, *own, *(s for c in claims for s in c.sources)):
            yield "tracks.toml", f"track '{t.title}'", s


def discover_packs(root: Path) -> list[Path]:
    """The pack folders under ``root``: each sub-folder that holds an ``album.toml``."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "album.toml").exists())


def read_packs(folders: Iterable[Path]) -> list[Pack]:
    """Read several packs, reporting the problems of all of them together."""
    packs, problems = [], []
    for folder in folders:
        try:
            packs.append(read_pack(folder))
        except PackError as exc:
            problems.extend(exc.problems)
    slugs: dict[str, int] = {}
    for pack in packs:
        slugs[pack.slug] = slugs.get(pack.slug, 0) + 1
    for slug, count in slugs.items():
        if count > 1:
            problems.append(PackProblem("album.toml", "album", "slug", f"{slug!r} is used by {count} packs"))
    if problems:
        raise PackError(problems)
    return packs
