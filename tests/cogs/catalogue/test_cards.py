"""How catalogue cards are written (cogs.catalogue.cards), from the card records alone: each value
carries the marks of exactly its sources, a disagreement shows every value, and a card of any size is a
valid message whose sources are all listed. (The real pack's cards, through the commands, are in
test_catalogue.py.)"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.db.catalogue import AlbumCard, ArtistCard, ArtistRef, ReviewQuote, TrackCard, TrackLine
from bot.domain.pack import Claim, Fact, OriginalRelease, Person, Source
from bot.ui.cards import card_view, panel_view
from bot.ui.citations import Citations
from bot.ui.i18n import LOCALES, speaking
from cogs.catalogue import cards
from tests.layouts import request_errors, walk

TMT = Source("TMT", "Tiny Mix Tapes")
WP = Source("WP-FILM", "Wikipedia")
COS = Source("COS", "Consequence of Sound")


def test_each_part_of_an_original_release_carries_only_its_own_marks() -> None:
    """Issue 21: "*Chromophobia* (Kompakt, 2007), Gui Boratto's first album" with both sources on the
    whole line credited RA-CHROMO with the year and the first album, which only DHA states."""
    ra, dha = Source("RA-CHROMO", "Resident Advisor"), Source("DHA", "Deep House Amsterdam")
    whole = OriginalRelease(
        "Chromophobia", 2007, ("RA-CHROMO", "DHA"), "Kompakt", "Gui Boratto's first album"
    )
    parts = (
        ("album", ("RA-CHROMO",)),
        ("label", ("RA-CHROMO", "DHA")),
        ("year", ("DHA",)),
        ("note", ("DHA",)),
    )
    split = dataclasses.replace(whole, parts=parts)
    assert cards.original_line(Citations([ra, dha]), split) == (
        "*Chromophobia*¹ (Kompakt¹˒², 2007²), Gui Boratto's first album²"
    )
    # Without parts, every source states the whole line.
    assert cards.original_line(Citations([ra, dha]), whole) == (
        "*Chromophobia* (Kompakt, 2007), Gui Boratto's first album¹˒²"
    )


def test_a_fact_line_marks_each_value_and_a_dispute() -> None:
    c = Citations([TMT, WP])
    runtime = Fact("runtime", "Film runtime", (Claim("30 min", ("TMT",)), Claim("31 min", ("WP-FILM",))))
    assert cards.fact_line(c, runtime) == "**Film runtime:** 30 min¹ · 31 min²"
    disputed = dataclasses.replace(runtime, disputed=True)
    assert cards.fact_line(c, disputed) == "⚠️ **Film runtime** (the sources disagree): 30 min¹ · 31 min²"


def test_a_dispute_shows_every_value_short_and_each_whole_with_its_publications() -> None:
    c = Citations([TMT, WP, COS])
    values = (
        Claim("30 min", ("TMT",)),
        Claim("A very long value that goes on about the film's length for a while", ("WP-FILM",), note="n"),
        Claim("Half an hour, so", ("TMT", "COS"), inference=True),
    )
    dispute = cards.dispute(c, "Film runtime", values)
    assert (
        dispute.short == "30 min¹ · A very long value that goes on about…² · Half an hour, so (inferred)¹˒³"
    )
    assert dispute.values == (
        "30 min — Tiny Mix Tapes¹",
        "A very long value that goes on about the film's length for a while — n — Wikipedia²",
        "Half an hour, so (inferred) — read from Tiny Mix Tapes¹, Consequence of Sound³",
    )


def _artist(
    members: tuple[Person, ...], people: tuple[Person, ...], linked: tuple[ArtistRef, ...]
) -> ArtistCard:
    return ArtistCard(
        "p", "sam-spiegel", "Sam Spiegel", None, (), members, False, people, (), (), (), linked, ()
    )


def test_a_person_line_says_who_they_are_and_points_to_their_own_card() -> None:
    jonze = Person(
        "Spike Jonze",
        ("BUST",),
        artist="spike-jonze",
        aliases=(Claim("Adam Spiegel", ("WP",)),),
        about=(Claim("His older brother", ("COS",)),),
        member=False,
    )
    zegon = Person("DJ Zegon", ("EMUSICIAN",), member=False)
    card = _artist((), (jonze, zegon), (ArtistRef("spike-jonze", "Spike Jonze"),))
    c = Citations([])
    assert cards.person_line(c, jonze, card) == (
        "**Spike Jonze**¹: His older brother²; also Adam Spiegel³; see /artist Spike Jonze"
    )
    assert cards.person_line(c, zegon, card) == "**DJ Zegon**⁴"
    itself = _artist(
        (dataclasses.replace(jonze, artist="sam-spiegel"),), (), (ArtistRef("sam-spiegel", "Sam Spiegel"),)
    )
    assert "see /artist" not in cards.person_line(c, itself.members[0], itself)  # not to the card it is on


def test_who_a_person_is_on_the_card_they_were_found_by() -> None:
    flea = Person("Flea", ("TMT",), about=(Claim("Red Hot Chili Peppers' bassist", ("GIGWISE",)),))
    zegon = Person("DJ Zegon", ("EMUSICIAN",), member=False)
    card = _artist((flea,), (zegon,), ())
    c = Citations([])
    assert (
        cards.who_line(c, card, "Flea")
        == "**Flea** is a member of Sam Spiegel¹: Red Hot Chili Peppers' bassist²."
    )
    assert cards.who_line(c, card, "DJ Zegon") == "**DJ Zegon** is named on Sam Spiegel's card³."
    assert cards.who_line(c, card, "Nobody") == ""


def test_a_person_card_keeps_the_artist_cards_numbers() -> None:
    flea = Person("Flea", ("TMT",), about=(Claim("Red Hot Chili Peppers' bassist", ("GIGWISE",)),))
    artist = dataclasses.replace(_artist((flea,), (), ()), origin=Claim("Los Angeles", ("COS",)))
    card = cards.artist_card(artist, album_title="I'm Here")
    person = cards.person_card(card, artist, "Flea")
    assert person.sources == card.sources and person.more == card.more
    numbers = {s.key: i for i, s in enumerate(card.sources, start=1)}
    assert numbers == {"COS": 1, "TMT": 2, "GIGWISE": 3}
    assert person.lead.startswith("**Flea** is a member of Sam Spiegel²: Red Hot Chili Peppers' bassist³.")


def test_a_track_line_keeps_the_credit_and_marks_a_dispute() -> None:
    c = Citations([TMT])
    credited = TrackLine(9, "Reprise", ("Sam Spiegel",), Claim("Sam Spiegel", ("TMT",)), True, ())
    assert cards.credit_text(c, credited) == "Sam Spiegel¹ ⚠️"
    plain = TrackLine(2, "Beautiful Life", ("Gui Boratto", "Luciana"), None, False, ())
    assert cards.credit_text(c, plain) == "Gui Boratto, Luciana"


_text = st.text(min_size=1, max_size=1500)
_keys = st.lists(st.sampled_from(["A", "B", "C"]), max_size=3).map(tuple)
_claim = st.builds(Claim, _text, _keys)
_source = Source("A", "Pub", "Author", "Title", "https://example.org/a")


@settings(max_examples=30, deadline=None)
@given(
    title=st.text(min_size=1, max_size=400),
    claims=st.lists(_claim, max_size=40),
    quotes=st.lists(_text, max_size=30),
    locale=st.sampled_from(list(LOCALES)),
)
def test_any_track_or_artist_card_is_a_valid_message_listing_every_source_it_cites(
    title: str, claims: list[Claim], quotes: list[str], locale: str
) -> None:
    sources = (_source, dataclasses.replace(_source, key="B"), dataclasses.replace(_source, key="C"))
    card = TrackCard(
        pack="p",
        position=1,
        title=title,
        artists=(),
        listed_by=("A",),
        numbered_by=("A",),
        titled_by=("A",),
        credits=tuple(claims),
        credits_disputed=True,
        notes=tuple(claims),
        aliases=tuple(claims),
        original=None,
        quotes=tuple(ReviewQuote(str(i), q, _source) for i, q in enumerate(quotes)),
        sources=sources,
    )
    facts = tuple(Fact(f"f{i}", "Label", (c, c), disputed=True) for i, c in enumerate(claims))
    people = tuple(Person(c.text[:100], c.sources, about=(c,)) for c in claims)
    artist = ArtistCard(
        "p", "k", title, None, tuple(claims), people, True, people, facts, (), card.quotes, (), sources
    )
    with speaking(locale):  # in any language the bot speaks: German runs long
        for built, listed in (
            (cards.track_card(card, album=AlbumCard("p", title, "V", 99, (), ())), {"A"}),
            (cards.artist_card(artist, album_title=title), set()),
        ):
            cited = {k for c in claims for k in c.sources} | listed
            assert cited <= {s.key for s in built.sources}
            panels = ("s", "d", *(f"m{i}" for i in range(len(built.more))))
            for view in (card_view(built), *(panel_view(built, p, 0) for p in panels)):
                components = view.to_components()
                assert len(list(walk(components))) <= 40 and not request_errors(components)
