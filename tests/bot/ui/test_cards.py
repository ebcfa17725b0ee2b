"""Cards at a glance (bot.ui.cards): the face within one screen, every panel paged within Discord's
limits, and every layout valid by Discord's OpenAPI description whatever the card holds. (Cards of the
real pack, through the commands and their buttons, are in tests/cogs/catalogue.)"""

from __future__ import annotations

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.pack import Source
from bot.ui.cards import (
    FACE_LIMIT,
    PAGE_LIMIT,
    Card,
    CardRef,
    CardShelf,
    Dispute,
    Panel,
    Section,
    card_view,
    face_fits,
    panel_view,
    source_entry,
)
from bot.ui.errors import UserFacingError
from tests.layouts import request_errors, walk

REF = CardRef("track", "3")


def view_text(view: discord.ui.LayoutView) -> str:
    return "\n".join(i.content for i in view.walk_children() if isinstance(i, discord.ui.TextDisplay))


def test_a_source_entry_gives_publication_whole_title_link_author_and_date() -> None:
    title = "Robots are People Too: Soundtrack to Spike Jonze's New Film Puts Butterflies in Your Stomach"
    bust = Source("BUST", "BUST", "Lauren Rubin", title, "https://bust.com/robots", "2010")
    assert source_entry(1, bust) == f"¹ **BUST** · *[{title}](https://bust.com/robots)* · Lauren Rubin · 2010"
    bare = Source("TMT", "Tiny Mix Tapes", address="tinymixtapes.com/news/x")
    assert source_entry(12, bare) == "¹² **Tiny Mix Tapes** · `tinymixtapes.com/news/x`"


def test_a_long_panel_is_paged_in_whole_lines_and_keeps_every_line() -> None:
    lines = tuple(f"line {i} " + "x" * 290 for i in range(40))
    pages = Panel("Sources", lines).pages()
    assert len(pages) > 1 and all(len(p) <= PAGE_LIMIT for p in pages)
    assert [line for page in pages for line in page.split("\n")] == list(lines)
    assert Panel("Empty", ()).pages() == ["Nothing here."]


def test_a_panel_that_is_not_there_is_a_clear_error() -> None:
    card = Card(REF, "3. A/B Machines")
    with pytest.raises(UserFacingError, match="run the command again"):
        card.panel("m4")


async def test_a_card_of_an_unknown_kind_or_key_is_a_clear_error() -> None:
    shelf = CardShelf()

    async def track(key: str) -> Card | None:
        return Card(CardRef("track", key), "A track") if key == "3" else None

    shelf.register("track", track)
    assert (await shelf.card(REF)).title == "A track"
    for ref in (CardRef("track", "99"), CardRef("gone", "")):
        with pytest.raises(UserFacingError, match="older version"):
            await shelf.card(ref)


def test_a_custom_id_over_discords_limit_is_refused_when_the_card_is_built() -> None:
    with pytest.raises(ValueError, match="over 100"):
        card_view(Card(CardRef("artist", "k" * 95), "x", sources=(Source("A", "A"),)))


def test_the_face_is_cut_in_whole_lines_and_points_to_more() -> None:
    lines = tuple(f"fact {i}: " + "word " * 30 for i in range(30))
    card = Card(REF, "Title", face=(Section("Facts", lines),), more=(Section("Facts", lines),))
    assert not face_fits(card)
    shown = view_text(card_view(card))
    assert len(shown) <= FACE_LIMIT + 100 and "the buttons below" in shown
    assert all(line in shown for line in shown.split("\n") if line.startswith("fact"))


def test_a_few_sections_are_buttons_beside_sources_and_many_are_a_menu() -> None:
    """One row holds five buttons: while Sources, Disputed and the sections fit, each section is a
    button (one tap, no menu of one); past that they are options of a More menu."""
    source = (Source("A", "A"),)
    few = Card(REF, "T", more=tuple(Section(f"Part {i}", ("x",)) for i in range(4)), sources=source)
    [row] = [c for c in walk(card_view(few).to_components()) if c["type"] == 1]
    assert [b["label"] for b in row["components"]] == ["Sources (1)", "Part 0", "Part 1", "Part 2", "Part 3"]
    assert [b["custom_id"] for b in row["components"]][1:] == [f"card:open:m{i}:track:3" for i in range(4)]
    many = Card(REF, "T", more=tuple(Section(f"Part {i}", ("x",)) for i in range(5)), sources=source)
    kinds = [c["type"] for c in walk(card_view(many).to_components()) if c["type"] in (2, 3)]
    assert kinds == [2, 3]  # Sources, then the menu of five


def test_disputes_show_on_the_face_with_a_button_that_opens_each_value() -> None:
    runtime = Dispute("Film runtime", "30 min¹ · 35 min²", ("30 min — Tiny Mix Tapes¹", "35 min — BUST²"))
    card = Card(
        REF,
        "I'm Here",
        disputes=(runtime,),
        sources=(Source("TMT", "Tiny Mix Tapes"), Source("BUST", "BUST")),
    )
    view = card_view(card)
    assert "⚠️ **Film runtime:** 30 min¹ · 35 min²" in view_text(view)
    labels = [c["label"] for c in walk(view.to_components()) if c["type"] == 2]
    assert labels == ["Sources (2)", "Disputed (1)"]
    panel = view_text(panel_view(card, "d", 0))
    assert "• 30 min — Tiny Mix Tapes¹\n• 35 min — BUST²" in panel


_line = st.text(min_size=1, max_size=700)
_lines = st.lists(_line, max_size=12).map(tuple)
_sections = st.lists(st.builds(Section, st.text(max_size=80), _lines), max_size=8).map(tuple)
_disputes = st.lists(st.builds(Dispute, st.text(min_size=1, max_size=80), _line, _lines), max_size=8).map(
    tuple
)
_sources = st.lists(
    st.builds(
        Source,
        st.text(min_size=1, max_size=10),
        st.text(min_size=1, max_size=80),
        title=st.text(max_size=300),
    ),
    max_size=60,
).map(tuple)


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(min_size=1, max_size=300),
    lead=st.text(max_size=500),
    face=_sections,
    disputes=_disputes,
    more=st.lists(st.builds(Section, st.text(min_size=1, max_size=150), _lines), max_size=30).map(tuple),
    sources=_sources,
)
def test_any_card_and_every_page_of_its_panels_is_a_valid_message(
    title: str,
    lead: str,
    face: tuple[Section, ...],
    disputes: tuple[Dispute, ...],
    more: tuple[Section, ...],
    sources: tuple[Source, ...],
) -> None:
    card = Card(REF, title, lead, face, disputes, more, sources, footer="footer")
    views = [card_view(card)]
    for name in ("s", "d", *(f"m{i}" for i in range(min(len(more), 25)))):
        pages = card.panel(name).pages()
        views += [panel_view(card, name, p) for p in {0, len(pages) - 1}]
    for view in views:
        components = view.to_components()
        assert len(list(walk(components))) <= 40
        assert len(view_text(view)) <= 4000
        assert not request_errors(components)
