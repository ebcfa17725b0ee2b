"""Cards a fan reads at a glance: a Components V2 layout with a title, one lead line, the essentials in
short sections and every disagreement marked ⚠️ on its face; its sources, the values of each
dispute with their sources, and whatever else it holds are one tap away, privately.

A :class:`Card` is what a feature builds (through one :class:`~bot.ui.citations.Citations`, so that
the marks on its face and in its panels are the same numbers); :func:`card_view` lays it out. The
buttons and the "More" menu are dynamic items: their custom_id names the card and the panel, and a
click finds the card again through the bot's :class:`CardShelf`, however old the message (a restart
included). Their errors go through the one error path.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Self, cast

import discord

from bot.domain.pack import Source
from bot.domain.text import shorten_words
from bot.ui.citations import superscript
from bot.ui.embeds import BRAND_COLOUR
from bot.ui.errors import UserFacingError
from bot.ui.i18n import t
from bot.ui.replies import reply
from bot.ui.tree import reports_errors

FACE_LIMIT = 1500
"""A card's face stays within this many characters: one screen, read at a glance."""
FACE_LINE_LIMIT = 300
"""A line longer than this is cut at a word on the face; the whole line is in the card's panels."""
TEXT_LIMIT = 4000
"""Discord's limit on the text of all text displays of one message."""
PAGE_LIMIT = 2800
"""Text per page of a panel (a panel's heading and page line take the rest of the message's room)."""
COMPONENT_LIMIT = 40
MORE_LIMIT = 25
"""Options in one select menu."""
ROW_LIMIT = 5
"""Buttons in one action row."""
BUTTON_LABEL_LIMIT = 80
CUSTOM_ID_LIMIT = 100


@dataclass(frozen=True)
class CardRef:
    """Which card: its kind (a feature registers the kinds it serves) and its key within the kind."""

    kind: str
    key: str


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]

    def text(self) -> str:
        head = f"**{self.heading}**\n" if self.heading else ""
        return head + "\n".join(self.lines)


@dataclass(frozen=True)
class Dispute:
    """A value the sources disagree on: on the face in a few words, each value with its sources a tap
    away."""

    label: str
    short: str
    """Every value, in a few words each, with its marks: "30 min¹˒² · Half an hour³˒⁴"."""
    values: tuple[str, ...]
    """Each value whole, with the publications that give it: "30 min — Tiny Mix Tapes¹, Movieline²"."""

    @property
    def face_line(self) -> str:
        return t("card-disputed-line", label=self.label, values=self.short)

    @property
    def panel_text(self) -> str:
        return f"⚠️ **{self.label}**\n" + "\n".join(f"• {v}" for v in self.values)


@dataclass(frozen=True)
class Card:
    ref: CardRef
    title: str
    lead: str = ""
    face: tuple[Section, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    more: tuple[Section, ...] = ()
    """What does not fit the face, by section: each is an option of the card's "More" menu."""
    sources: tuple[Source, ...] = ()
    """The card's numbered sources: source n is ``sources[n - 1]``."""
    footer: str = ""
    disputes_first: bool = False
    """Show the disagreements right under the lead (a track's disputed credit), not after the face."""

    def panel(self, name: str) -> Panel:
        """The panel a button or the menu opens: "s" the sources, "d" the disputes, "m<i>" a section."""
        if name == "s":
            lines = tuple(source_entry(i, s) for i, s in enumerate(self.sources, start=1))
            return Panel(t("card-sources-heading"), lines, t("card-sources-note"))
        if name == "d":
            return Panel(t("card-disputed-heading"), tuple(d.panel_text for d in self.disputes))
        if name.startswith("m") and name[1:].isdigit() and int(name[1:]) < len(self.more):
            section = self.more[int(name[1:])]
            return Panel(section.heading, section.lines, t("card-section-note"))
        raise UserFacingError(t("card-part-gone"))


@dataclass(frozen=True)
class Panel:
    """What a tap on a card shows privately: a heading and lines, paged when long."""

    heading: str
    lines: tuple[str, ...]
    note: str = ""

    def pages(self) -> list[str]:
        """The lines in pages of whole lines within :data:`PAGE_LIMIT` (a longer line is cut at a word)."""
        pages: list[str] = []
        current: list[str] = []
        for line in (shorten_words(x, PAGE_LIMIT) for x in self.lines):
            if current and len("\n".join([*current, line])) > PAGE_LIMIT:
                pages.append("\n".join(current))
                current = []
            current.append(line)
        pages.append("\n".join(current) if current else t("card-empty-panel"))
        return pages


def source_entry(number: int, source: Source) -> str:
    """A numbered source as the Sources panel lists it: publication, title (linked), author, date;
    nothing cut. "¹ **BUST** · *[Robots are People Too: …](https://…)* · Lauren Rubin · 2010"."""
    title = source.title.replace("*", "") if source.title else None
    if title and source.link:
        shown = f"*[{title}]({source.link})*"
    elif title:
        shown = f"*{title}*"
    else:
        shown = f"[{t('card-source-read-it')}]({source.link})" if source.link else ""
    date = getattr(source, "date", None)
    parts = [f"**{source.publication}**", shown, source.author or "", date or ""]
    if not source.link and source.address:
        parts.append(f"`{source.address}`")
    return f"{superscript(number)} " + " · ".join(p for p in parts if p)


Resolver = Callable[[str], Awaitable[Card | None]]


class CardShelf:
    """The cards the bot can show again when a button on one is pressed: each feature registers the
    kinds it serves (the catalogue "album", "track", …) with how to build a card from its key."""

    def __init__(self) -> None:
        self._resolvers: dict[str, Resolver] = {}

    def register(self, kind: str, resolver: Resolver) -> None:
        self._resolvers[kind] = resolver

    async def card(self, ref: CardRef) -> Card:
        resolver = self._resolvers.get(ref.kind)
        card = await resolver(ref.key) if resolver is not None else None
        if card is None:
            raise UserFacingError(t("card-gone"))
        return card


def _fit_face(card: Card) -> tuple[list[str], bool]:
    """The face's text blocks within :data:`FACE_LIMIT`: whole sections' lines while they fit (each
    cut at a word past :data:`FACE_LINE_LIMIT`). True when something was left for the panels."""
    used = len(card.title) + len(card.lead) + len(card.footer) + 20
    used += sum(len(d.face_line) + 1 for d in card.disputes)
    blocks: list[str] = []
    trimmed = False
    for section in card.face:
        lines: list[str] = []
        for line in section.lines:
            shown = shorten_words(line, FACE_LINE_LIMIT)
            trimmed |= shown != line
            if used + len(shown) + 1 > FACE_LIMIT:
                trimmed = True
                break
            lines.append(shown)
            used += len(shown) + 1
        if lines:
            blocks.append(Section(section.heading, tuple(lines)).text())
            used += len(section.heading) + 5
    return blocks, trimmed


def face_fits(card: Card) -> bool:
    """Whether the whole face shows, nothing cut or left for the panels."""
    return not _fit_face(card)[1]


def card_view(card: Card, *, extra: Sequence[discord.ui.Item[Any]] = ()) -> discord.ui.LayoutView:
    """The card as a Components V2 layout: one container holding the face and, at its foot, a row of
    buttons: Sources, Disputed, ``extra`` (a feature's own) and, while they fit in the row, one button
    per "More" section; a card with more sections than that has a More menu instead.

    The title, lead and face are one text display (the title a heading, sections apart by a blank
    line), and a few sections are buttons rather than a menu: each component costs Discord and the
    client a little work on every send, and a card is sent again and again."""
    blocks, trimmed = _fit_face(card)
    head = f"## {shorten_words(card.title, 200)}"
    if card.lead:
        head += f"\n{shorten_words(card.lead, FACE_LINE_LIMIT)}"
    disputes = "\n".join(d.face_line for d in card.disputes)
    body = [t for t in ((disputes, *blocks) if card.disputes_first else (*blocks, disputes)) if t]
    row: list[discord.ui.Item[Any]] = []
    if card.sources:
        row.append(PanelButton(card.ref, "s", label=t("card-sources-button", count=len(card.sources))))
    if card.disputes:
        label = t("card-disputed-button", count=len(card.disputes))
        row.append(PanelButton(card.ref, "d", label=label, emoji="⚠️"))
    row.extend(extra)
    as_buttons = len(row) + len(card.more) <= ROW_LIMIT
    footer = [card.footer] if card.footer else []
    if trimmed and card.more:
        footer.append(t("card-everything-else-buttons" if as_buttons else "card-everything-else-menu"))
    if footer:
        body.append("-# " + " · ".join(footer))
    container: discord.ui.Container[discord.ui.LayoutView] = discord.ui.Container(accent_colour=BRAND_COLOUR)
    container.add_item(discord.ui.TextDisplay("\n\n".join([head, *body])))
    if as_buttons:
        row.extend(
            PanelButton(card.ref, f"m{i}", label=shorten_words(s.heading, BUTTON_LABEL_LIMIT))
            for i, s in enumerate(card.more)
        )
    if row:
        container.add_item(discord.ui.ActionRow(*row))
    if card.more and not as_buttons:
        menu = cast("discord.ui.Item[Any]", MoreMenu(card.ref, [s.heading for s in card.more]))
        container.add_item(discord.ui.ActionRow(menu))
    view = discord.ui.LayoutView(timeout=None)
    view.add_item(container)
    return view


def panel_view(card: Card, name: str, page: int) -> discord.ui.LayoutView:
    """A panel of a card, one page of it, as a private Components V2 message; Previous and Next turn
    its pages in place, and a panel other than Sources has a Sources button (its marks are numbers)."""
    panel = card.panel(name)
    pages = panel.pages()
    page = min(max(page, 0), len(pages) - 1)
    container: discord.ui.Container[discord.ui.LayoutView] = discord.ui.Container(accent_colour=BRAND_COLOUR)
    container.add_item(discord.ui.TextDisplay(f"### {panel.heading}\n-# {shorten_words(card.title, 200)}"))
    container.add_item(discord.ui.TextDisplay(pages[page]))
    notes = [t("card-page", page=page + 1, pages=len(pages))] if len(pages) > 1 else []
    if panel.note and card.sources:
        notes.append(panel.note)
    if notes:
        container.add_item(discord.ui.TextDisplay("-# " + " · ".join(notes)))
    row: list[discord.ui.Item[Any]] = []
    if len(pages) > 1:
        row.append(PageButton(card.ref, name, page - 1, label=t("card-previous"), disabled=page == 0))
        last = page == len(pages) - 1
        row.append(PageButton(card.ref, name, page + 1, label=t("card-next"), disabled=last))
    if name != "s" and card.sources:
        row.append(PanelButton(card.ref, "s", label=t("card-sources-button", count=len(card.sources))))
    if row:
        container.add_item(discord.ui.ActionRow(*row))
    view = discord.ui.LayoutView(timeout=None)
    view.add_item(container)
    return view


class HasCards(Protocol):
    cards: CardShelf


def shelf_of(interaction: discord.Interaction[Any]) -> CardShelf:
    return cast(HasCards, interaction.client).cards


_KIND = r"(?P<kind>[a-z]+)"
_PANEL = r"(?P<panel>s|d|m[0-9]{1,2})"
_KEY = r"(?P<key>[^\s]{0,60})"


def _id(*parts: object) -> str:
    custom_id = ":".join(str(p) for p in parts)
    if len(custom_id) > CUSTOM_ID_LIMIT:
        raise ValueError(f"custom_id over {CUSTOM_ID_LIMIT} characters: {custom_id!r}")
    return custom_id


class PanelButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.LayoutView]],
    template=rf"card:open:{_PANEL}:{_KIND}:{_KEY}",
):
    """Sources, Disputed: opens a panel of the card privately, on its first page."""

    def __init__(self, ref: CardRef, panel: str, *, label: str = "Open", emoji: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                emoji=emoji,
                style=discord.ButtonStyle.secondary,
                custom_id=_id("card", "open", panel, ref.kind, ref.key),
            )
        )
        self.ref, self.panel = ref, panel

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(CardRef(match["kind"], match["key"]), match["panel"])

    @reports_errors
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        card = await shelf_of(interaction).card(self.ref)
        await reply(interaction, view=panel_view(card, self.panel, 0), ephemeral=True)


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.LayoutView]],
    template=rf"card:page:{_PANEL}:(?P<page>[0-9]{{1,3}}):{_KIND}:{_KEY}",
):
    """Previous, Next: turns the page of a panel in place."""

    def __init__(
        self, ref: CardRef, panel: str, page: int, *, label: str = "Page", disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                disabled=disabled,
                style=discord.ButtonStyle.secondary,
                custom_id=_id("card", "page", panel, max(page, 0), ref.kind, ref.key),
            )
        )
        self.ref, self.panel, self.page = ref, panel, max(page, 0)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(CardRef(match["kind"], match["key"]), match["panel"], int(match["page"]))

    @reports_errors
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        card = await shelf_of(interaction).card(self.ref)
        view = panel_view(card, self.panel, self.page)
        await interaction.response.edit_message(view=view, allowed_mentions=discord.AllowedMentions.none())


class MoreMenu(
    discord.ui.DynamicItem[discord.ui.Select[discord.ui.LayoutView]],
    template=rf"card:more:{_KIND}:{_KEY}",
):
    """ "More: The release · The film · …": each option opens a section of the card privately."""

    def __init__(self, ref: CardRef, headings: Sequence[str] = ()) -> None:
        shown = list(headings)[:MORE_LIMIT]
        options = [
            discord.SelectOption(label=shorten_words(h, 100), value=f"m{i}") for i, h in enumerate(shown)
        ]
        more = t("card-more")
        placeholder = (
            shorten_words(t("card-more-sections", sections=" · ".join(shown)), 150) if shown else more
        )
        super().__init__(
            discord.ui.Select(
                custom_id=_id("card", "more", ref.kind, ref.key),
                placeholder=placeholder,
                options=options or [discord.SelectOption(label=more, value="m0")],
            )
        )
        self.ref = ref

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(CardRef(match["kind"], match["key"]))

    @reports_errors
    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        card = await shelf_of(interaction).card(self.ref)
        [panel] = self.item.values or ["m0"]
        await reply(interaction, view=panel_view(card, panel, 0), ephemeral=True)


CARD_ITEMS = (PanelButton, PageButton, MoreMenu)
"""The bot registers these once (``add_dynamic_items``): a click on any card's button is understood."""
