"""How catalogue cards render (cogs.catalogue.cards), from the card records alone: every line cites its
sources, the Sources fields name them all, and a card fits Discord's limits whatever it holds.
(The cards of the real pack, through the commands, are in test_catalogue.py.)"""

from __future__ import annotations

import dataclasses

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.db.catalogue import ArtistCard, ReviewQuote, TrackCard
from bot.domain.pack import Claim, Fact, Person, Source
from cogs.catalogue import cards
from tests.conftest import assert_within_discord_limits


def sources_text(embed: discord.Embed) -> str:
    return "\n".join(f.value for f in embed.fields if f.name.startswith("Sources"))


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
