"""The pack's model: which sources list a track, print its title and give its number, a source's
clickable address, a person's names, a fact by its key."""

from __future__ import annotations

from bot.domain.pack import Claim, Fact, Pack, Person, Source, Track


def test_every_source_that_lists_a_track_prints_its_title_unless_told_otherwise() -> None:
    track = Track(9, "There Are Many of Us (Electric Dream Reprise)", ("sam-spiegel",), ("TMT", "IJRAT"))
    assert (track.listed_by, track.titled_by) == (("TMT", "IJRAT"), ("TMT", "IJRAT"))


def test_a_track_is_listed_with_its_title_only_by_the_sources_that_print_the_title() -> None:
    """TMT lists track 9 but its copy breaks off inside the title; IJRAT prints it whole, and so does
    a page (WP) that gives no running order."""
    track = Track(9, "Title", (), ("TMT", "IJRAT"), title_sources=("WP", "IJRAT"))
    assert track.listed_by == ("IJRAT",)  # in the order of the listing
    assert track.titled_by == ("WP", "IJRAT")


def test_a_track_placed_by_a_source_that_gives_no_number_cites_the_number_from_another() -> None:
    """IJRAT prints track 9's title as the second of "the final two" but no number; TMT numbers it 09
    but its copy breaks off inside the title: "track 9 is this title" cites both, each for its part."""
    nine = Track(9, "Title", (), ("TMT", "IJRAT"), title_sources=("IJRAT",), number_sources=("TMT",))
    assert (nine.listed_by, nine.numbered_by) == (("IJRAT",), ("TMT",))
    assert nine.placed_by == ("IJRAT", "TMT")
    # Where a source prints the title and gives the number, it alone is cited for the pair.
    eight = Track(8, "Title", (), ("TMT", "IJRAT"), number_sources=("TMT",))
    assert eight.placed_by == ("TMT",)
    # Every listing source numbers the track unless told otherwise.
    two = Track(2, "Title", (), ("TMT", "COS"))
    assert two.numbered_by == ("TMT", "COS") == two.placed_by


def test_only_a_full_web_address_is_a_link() -> None:
    assert Source("BUST", "BUST", address="https://bust.com/robots").link == "https://bust.com/robots"
    assert Source("OLD", "Old", address="http://example.org/a").link == "http://example.org/a"
    assert Source("BOOK", "The book", address="p. 12").link is None
    assert Source("MAG", "A magazine", address="www.example.org").link is None
    assert Source("TMT", "Tiny Mix Tapes").link is None


def test_a_persons_names_are_the_name_then_the_other_spellings() -> None:
    zinner = Person(
        "Nick Zinner", ("TMT",), aliases=(Claim("Nick Zimmer", ("TMT",)), Claim("Nick Zimmmer", ()))
    )
    assert zinner.names == ("Nick Zinner", "Nick Zimmer", "Nick Zimmmer")
    assert Person("Flea", ("TMT",)).names == ("Flea",)


def test_a_fact_is_found_by_its_key() -> None:
    runtime = Fact("runtime", "Film runtime", (Claim("30 min", ("TMT",)),))
    pack = Pack("p", "Title", "Various", (Fact("label", "Label", ()), runtime), (), (), (), ())
    assert pack.fact("runtime") is runtime
    assert pack.fact("Runtime") is None and pack.fact("score") is None
