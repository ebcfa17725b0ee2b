"""How catalogue cards render (cogs.catalogue.cards), from the card records alone: every line cites its
sources, the Sources fields name them all, and a card fits Discord's limits whatever it holds.
(The cards of the real pack, through the commands, are in test_catalogue.py.)"""

from __future__ import annotations

import dataclasses

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.db.catalogue import ArtistCard, ArtistRef, ReviewQuote, TrackCard, TrackLine
from bot.domain.pack import Claim, Fact, Person, Source
from cogs.catalogue import cards
from tests.conftest import assert_within_discord_limits


def sources_text(embed: discord.Embed) -> str:
    return "\n".join(f.value for f in embed.fields if f.name.startswith("Sources"))


def test_a_value_cites_its_sources_and_says_when_it_is_inferred_from_them() -> None:
    assert cards.cite(Claim("2010", ("COS", "MF"))) == "(COS, MF)"
    assert cards.cite(Claim("2010", ("COS", "MF"), inference=True)) == "(inferred from COS, MF)"
    assert cards.cite(("TMT",)) == "(TMT)"
    assert cards.cite(Claim("2010", ())) == cards.cite(()) == ""
    assert (
        cards.cited_line(Claim("Gui Burrato", ("BUST",), note="misspelt")) == "Gui Burrato — misspelt (BUST)"
    )


def test_a_fact_line_marks_a_dispute_and_cites_each_value() -> None:
    runtime = Fact("runtime", "Film runtime", (Claim("30 min", ("TMT",)), Claim("31 min", ("WP-FILM",))))
    assert cards.fact_line(runtime) == "**Film runtime:** 30 min (TMT) · 31 min (WP-FILM)"
    disputed = dataclasses.replace(runtime, disputed=True)
    assert cards.fact_line(disputed) == "**Film runtime** ⚠️ disputed: 30 min (TMT) · 31 min (WP-FILM)"


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
    assert cards.person_line(jonze, card) == (
        "**Spike Jonze** (BUST): His older brother (COS); also Adam Spiegel (WP); see /artist Spike Jonze"
    )
    assert cards.person_line(zegon, card) == "**DJ Zegon** (EMUSICIAN)"
    itself = _artist(
        (dataclasses.replace(jonze, artist="sam-spiegel"),), (), (ArtistRef("sam-spiegel", "Sam Spiegel"),)
    )
    assert "see /artist" not in cards.person_line(itself.members[0], itself)  # not to the card it is on


def test_who_a_person_is_on_the_card_they_were_found_by() -> None:
    flea = Person("Flea", ("TMT",), about=(Claim("Red Hot Chili Peppers' bassist", ("GIGWISE",)),))
    zegon = Person("DJ Zegon", ("EMUSICIAN",), member=False)
    card = _artist((flea,), (zegon,), ())
    assert cards.who_line(card, "Flea") == (
        "**Flea** is a member of Sam Spiegel (TMT): Red Hot Chili Peppers' bassist (GIGWISE)."
    )
    assert cards.who_line(card, "DJ Zegon") == "**DJ Zegon** is named on Sam Spiegel's card (EMUSICIAN)."
    assert cards.who_line(card, "Nobody") == ""


def test_a_track_line_shows_the_first_credit_or_the_artists_and_two_notes() -> None:
    notes = tuple(Claim(f"note {i}", (f"N{i}",)) for i in range(3))
    credited = TrackLine(9, "Reprise", ("Sam Spiegel",), Claim("Sam Spiegel", ("TMT",)), True, notes)
    assert cards.track_line(credited) == "`9.` **Reprise** — Sam Spiegel (TMT) ⚠️ · _note 0 (N0); note 1 (N1)_"
    plain = TrackLine(2, "Beautiful Life", ("Gui Boratto", "Luciana"), None, False, ())
    assert cards.track_line(plain) == "`2.` **Beautiful Life** — Gui Boratto, Luciana"
    long = dataclasses.replace(plain, title="x" * 400)
    assert len(cards.track_line(long)) == 300 and cards.track_line(long).endswith("…")


def test_a_quote_is_headed_by_its_publication_author_and_key() -> None:
    bust = Source("BUST", "BUST", author="Lauren Rubin")
    assert cards.quote_heading(ReviewQuote("q", "text", bust)) == "BUST, Lauren Rubin (BUST)"
    prefix = Source("PREFIX", "Prefix Magazine")
    assert cards.quote_heading(ReviewQuote("q", "text", prefix)) == "Prefix Magazine (PREFIX)"
    assert cards.quote_body(ReviewQuote("q", "y" * 1000, prefix)) == "> " + "y" * 899 + "…"


_text = st.text(min_size=1, max_size=1500)
_keys = st.lists(st.sampled_from(["A", "B", "C"]), max_size=3).map(tuple)
_claim = st.builds(Claim, _text, _keys)
_source = Source("A", "Pub", "Author", "Title", "https://example.org/a")


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(min_size=1, max_size=400),
    claims=st.lists(_claim, max_size=40),
    quotes=st.lists(_text, max_size=30),
)
def test_any_track_card_fits_discord_and_keeps_every_source(
    title: str, claims: list[Claim], quotes: list[str]
) -> None:
    sources = tuple(dataclasses.replace(_source, key=f"K{i}") for i in range(len(claims)))
    card = TrackCard(
        pack="p",
        position=1,
        title=title,
        artists=(),
        listed_by=("A",),
        titled_by=("A",),
        credits=tuple(claims),
        credits_disputed=True,
        notes=tuple(claims),
        aliases=tuple(claims),
        original=None,
        quotes=tuple(ReviewQuote(str(i), q, _source) for i, q in enumerate(quotes)),
        sources=sources,
    )
    embed = cards.track_card(card, album_title=title, track_count=99)
    assert_within_discord_limits(embed)
    assert all(s.key in sources_text(embed) for s in sources)
    facts = tuple(Fact(f"f{i}", "Label", (c, c), disputed=True) for i, c in enumerate(claims))
    people = tuple(Person(c.text[:100], c.sources, about=(c,)) for c in claims)
    artist = ArtistCard(
        "p", "k", title, None, tuple(claims), people, True, people, facts, (), card.quotes, (), sources
    )
    embed = cards.artist_card(artist, album_title=title, person=people[0].name if people else None)
    assert_within_discord_limits(embed)
    assert all(s.key in sources_text(embed) for s in sources)
