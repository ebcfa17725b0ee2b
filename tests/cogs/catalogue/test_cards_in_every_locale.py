"""Every catalogue card of the real pack (the album, the track list, every track, every artist, every
person an artist card names) in every locale the bot speaks: nothing falls back to English, each is a
valid Components V2 message within the face's and Discord's limits, and the data (titles, names,
quotes, the sources and the marks on them) is the English card's, untouched."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from bot.db.catalogue import AlbumCard, ArtistCard, CatalogueRepository, TrackCard, TrackLine
from bot.domain.catalogue import Catalogue
from bot.domain.pack import Pack
from bot.ui import i18n
from bot.ui.cards import FACE_LIMIT, Card, CardRef, CardShelf, card_view, panel_view
from bot.ui.citations import inferred
from bot.ui.i18n import ENGLISH, LOCALES, speaking
from cogs.catalogue import CatalogueCog, cards
from tests.layouts import BUTTON, SELECT, TEXT_DISPLAY, request_errors, walk

pytestmark = pytest.mark.sqlite_only  # the records are the repository's; its backends have their own tests

PACK = "im-here"
TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]
ENGLISH_WORDS = (
    "(the sources disagree)",
    "lists them",
    "the tracks",
    "as the listings print them",
    "Credited as",
    "Also printed as",
    "Original release",
    "What the reviews said",
    "Every credit and note",
    "who it is by",
    "title as printed by",
    " of 9",
    "on the album",
    "No track of their own",
    "Also known as",
    "Also named",
    "On this album",
    "Who's who",
    "All of the card",
    "More facts",
    "is a member of",
    "is named on",
    "see /artist",
    "read from",
    "(inferred)",
)
"""The cards' own English words: none is in the pack's data, so none may show in another locale."""
_MARKS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻]+")


@dataclass(frozen=True)
class Records:
    album: AlbumCard
    lines: tuple[TrackLine, ...]
    tracks: tuple[TrackCard, ...]
    artists: tuple[ArtistCard, ...]


@pytest.fixture
async def records(repo: CatalogueRepository, real_pack: Pack) -> Records:
    album = await repo.album(PACK)
    lines = (await repo.track_list(PACK)).lines
    tracks = [await repo.track(PACK, line.position) for line in lines]
    artists = [await repo.artist(PACK, a.key) for a in real_pack.artists]
    assert album and all(tracks) and all(artists)
    return Records(album, tuple(lines), tuple(t for t in tracks if t), tuple(a for a in artists if a))


def every_card(records: Records) -> dict[str, Card]:
    """Every card the catalogue shows, in the locale spoken now, by a name for the failure message."""
    album = records.album
    built = {
        "album": cards.album_card(album),
        "tracks": cards.track_list(album.title, records.tracks, records.lines),
    }
    for track in records.tracks:
        built[f"track {track.position}"] = cards.track_card(track, album=album)
    for artist in records.artists:
        card = cards.artist_card(artist, album_title=album.title)
        built[f"artist {artist.key}"] = card
        for person in (*artist.members, *artist.people):
            built[f"{person.name} on {artist.key}"] = cards.person_card(card, artist, person.name)
    return built


def rendered(card: Card) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The card's face, then every page of every panel it opens, as the components Discord gets."""
    yield "face", card_view(card).to_components()
    panels = [*(["s"] if card.sources else []), *(["d"] if card.disputes else [])]
    panels += [f"m{i}" for i in range(len(card.more))]
    for name in panels:
        for page in range(len(card.panel(name).pages())):
            yield f"{name} page {page + 1}", panel_view(card, name, page).to_components()


def texts_of(components: Sequence[dict[str, Any]]) -> list[str]:
    return [c["content"] for c in walk(components) if c["type"] == TEXT_DISPLAY]


def written(card: Card) -> list[str]:
    """Every line the card holds, before any layout cuts it to fit."""
    lines = [card.title, card.lead, card.footer]
    lines += [x for s in (*card.face, *card.more) for x in (s.heading, *s.lines)]
    lines += [x for d in card.disputes for x in (d.label, d.short, *d.values)]
    return lines


def assert_within_limits(where: str, components: list[dict[str, Any]], *, face: bool) -> None:
    everything = list(walk(components))
    shown = texts_of(components)
    assert len(everything) <= 40, where
    assert sum(len(x) for x in shown) <= 4000, where
    if face:
        assert len("\n".join(shown)) <= FACE_LIMIT, (where, len("\n".join(shown)))
    for c in everything:
        if c["type"] == BUTTON:
            assert len(c.get("label", "")) <= 80, (where, c)
        if c["type"] == SELECT:
            assert len(c.get("placeholder", "")) <= 150, (where, c)
            assert all(len(o["label"]) <= 100 for o in c["options"]), (where, c)
    errors = request_errors(components)
    assert not errors, (where, errors[:3])


@pytest.mark.parametrize("locale", list(LOCALES))
async def test_every_card_renders_in_the_locale_within_limits_without_english(
    records: Records, locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    i18n._missing.cache_clear()  # a key already missed in this process would not be logged again
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"), speaking(locale):
        built = every_card(records)
        shown = {name: list(rendered(card)) for name, card in built.items()}
    assert not [r.getMessage() for r in caplog.records], "a message fell back to English"
    assert len(built) > 2 + len(records.tracks) + len(records.artists)  # person cards too
    for name, card in built.items():
        for panel, components in shown[name]:
            assert_within_limits(f"{locale} {name} {panel}", components, face=panel == "face")
        if locale != ENGLISH:
            words = "\n".join(written(card) + [t for _, c in shown[name] for t in texts_of(c)])
            assert not [w for w in ENGLISH_WORDS if w in words], (locale, name)


@pytest.mark.parametrize("locale", TRANSLATED)
def test_the_data_and_its_marks_are_the_english_cards(records: Records, locale: str) -> None:
    with speaking(ENGLISH):
        english = every_card(records)
        said_inferred = inferred("\0").replace("\0", "")
    with speaking(locale):
        translated = every_card(records)
        says_inferred = inferred("\0").replace("\0", "")
    assert translated.keys() == english.keys()
    for name, card in translated.items():
        before = english[name]
        # The same sources under the same numbers, and every mark there as often as in English.
        assert card.sources == before.sources, name
        marks = Counter(m for line in written(card) for m in _MARKS.findall(line))
        assert marks == Counter(m for line in written(before) for m in _MARKS.findall(line)), name
        # Titles stay as the sources print them (the track list's title holds the album's).
        if name == "tracks":
            assert records.album.title in card.title
        else:
            assert card.title == before.title, name
        # Disputed values (but the word saying one is inferred) and review quotes are the English card's.
        if not name.startswith("track "):  # a fact's label is the pack's (a track's dispute is its credit)
            assert [d.label for d in card.disputes] == [d.label for d in before.disputes], name
        shorts = [d.short.replace(says_inferred, said_inferred) for d in card.disputes]
        assert shorts == [d.short for d in before.disputes], name
        quotes = {x for s in before.more for x in s.lines if x.startswith("> ")}
        assert quotes <= {x for s in card.more for x in s.lines}, name


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_track_keeps_its_title_credit_and_quotes(records: Records, locale: str) -> None:
    with speaking(locale):
        built = every_card(records)
    listing = "\n".join(x for s in built["tracks"].face for x in s.lines)
    for track in records.tracks:
        card = built[f"track {track.position}"]
        assert card.title == f"{track.position}. {track.title}"
        assert f"**{track.title}**" in listing
        if track.credits and not track.credits_disputed:
            assert track.credits[0].text in card.lead
        lines = [x for s in card.more for x in s.lines]
        assert all(any(q.text in x for x in lines) for q in track.quotes), track.position


@pytest.mark.parametrize("locale", TRANSLATED)
def test_a_person_card_opens_with_who_they_are_in_the_locale(records: Records, locale: str) -> None:
    [band] = [a for a in records.artists if a.name == "The Lost Trees"]
    with speaking(ENGLISH):
        english = cards.person_card(cards.artist_card(band, album_title="I'm Here"), band, "Flea")
    with speaking(locale):
        card = cards.person_card(cards.artist_card(band, album_title="I'm Here"), band, "Flea")
    who = card.lead.split("\n")[0]
    assert who.startswith("**Flea**") and "The Lost Trees" in who and "Red Hot Chili Peppers' bassist" in who
    assert _MARKS.findall(who) == _MARKS.findall(english.lead.split("\n")[0])
    assert "is a member of" not in who


@pytest.mark.parametrize("locale", list(LOCALES))
def test_a_track_found_by_its_original_album_says_where_it_is_from(records: Records, locale: str) -> None:
    [track] = [t for t in records.tracks if t.original and t.original.album == "Treats"]
    with speaking(locale):
        note = cards.from_album(track)
    assert track.title in note and "Treats" in note
    assert (note == "“A/B Machines” is from *Treats*.") == (locale == ENGLISH)


async def test_a_card_is_kept_for_each_language_it_is_read_in(repo: CatalogueRepository) -> None:
    """A button pressed by a French reader, then by an English one, finds each their own card (the
    cog keeps a card per locale)."""
    shelf = CardShelf()
    CatalogueCog(await Catalogue.open(repo, PACK), repo, shelf)
    with speaking("fr"):
        french = await shelf.card(CardRef("track", "1"))
    with speaking(ENGLISH):
        english = await shelf.card(CardRef("track", "1"))
    with speaking("fr"):
        again = await shelf.card(CardRef("track", "1"))
    assert french.lead.startswith("Morceau 1") and english.lead.startswith("Track 1")
    assert again is french and french.title == english.title
