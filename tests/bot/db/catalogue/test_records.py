"""The cards the catalogue repository returns: what a line cites, and the people a card names."""

from __future__ import annotations

from bot.db.catalogue.records import ArtistCard, ArtistRef, TrackLine, TrackList, cited_keys
from bot.domain.pack import Claim, Person


def test_cited_keys_are_every_claims_sources_in_order_repeats_kept() -> None:
    claims = [Claim("a", ("BUST", "TMT")), Claim("b", ()), Claim("c", ("TMT", "COS"))]
    assert list(cited_keys(claims)) == ["BUST", "TMT", "TMT", "COS"]


def _line(credit: Claim | None, notes: tuple[Claim, ...]) -> TrackLine:
    return TrackLine(1, "Title", ("Artist",), credit, False, notes)


def test_a_track_line_cites_its_credit_and_its_first_two_notes_each_source_once() -> None:
    notes = (Claim("n1", ("COS", "TMT")), Claim("n2", ("PREFIX",)), Claim("n3", ("NOT-SHOWN",)))
    assert _line(Claim("credit", ("TMT",)), notes).cited == ("TMT", "COS", "PREFIX")
    assert _line(None, notes[1:]).cited == ("PREFIX", "NOT-SHOWN")
    assert _line(None, ()).cited == ()


def test_a_track_lists_length_is_its_lines() -> None:
    lines = tuple(_line(None, ()) for _ in range(3))
    assert len(TrackList(lines, ())) == 3
    assert len(TrackList((), ())) == 0


def _card(
    members: tuple[Person, ...], people: tuple[Person, ...], linked: tuple[ArtistRef, ...]
) -> ArtistCard:
    return ArtistCard("p", "band", "The Band", None, (), members, False, people, (), (), (), linked, ())


def test_an_artist_card_finds_a_person_among_members_then_people_by_exact_name() -> None:
    flea = Person("Flea", ("TMT",))
    partner = Person("Karen O", ("BUST",), member=False)
    card = _card((flea,), (partner,), ())
    assert card.person("Flea") is flea
    assert card.person("Karen O") is partner
    assert card.person("flea") is None and card.person("Nobody") is None


def test_an_artist_card_names_the_artists_its_people_link_to() -> None:
    card = _card((), (), (ArtistRef("aska", "Aska"), ArtistRef("girls", "Girls")))
    assert card.linked_name("girls") == "Girls"
    assert card.linked_name("sleigh-bells") is None
    assert card.linked_name(None) is None
