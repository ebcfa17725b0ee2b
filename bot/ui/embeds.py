"""Embeds that stay within Discord's limits however much there is to show."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.domain.text import plural, shorten
from bot.ui.i18n import t

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000

BRAND_COLOUR = discord.Colour(0xC8A2C8)


_SINGULAR = {"people": "person"}
"""The singular of the plural nouns the cards count, where dropping the "s" is wrong."""


COUNTED = frozenset({"lines", "players", "posts", "commands", "sources", "people", "tracks"})
"""The nouns the locale files count in every language (``card-and-more``); any other is English."""


def _more(count: int, noun: str) -> str:
    """ "… and 1 more source", "… and 1,200 more sources" (``noun`` is the plural)."""
    if noun in COUNTED:
        return t("card-and-more", noun=noun, count=count)
    one = _SINGULAR.get(noun, noun.removesuffix("s"))
    return f"… and {plural(count, f'more {one}', f'more {noun}')}"


def _continued(name: str) -> str:
    return t("card-continued", name=name)


def fit_lines(lines: Sequence[str], limit: int, noun: str) -> str:
    """As many whole lines as fit in ``limit`` characters, then "… and N more <noun>".

    A single line longer than the limit is cut with "…". The result never exceeds ``limit``.
    """
    out: list[str] = []
    used = 0
    for i, line in enumerate(lines):
        left = len(lines) - i - 1
        reserve = len("\n" + _more(left, noun)) if left else 0
        sep = 1 if out else 0
        room = limit - used - sep - reserve
        if len(line) <= room:
            out.append(line)
            used += sep + len(line)
            continue
        if not out and room >= 20:
            out.append(shorten(line, room))
            used += len(out[-1])
            if left:
                out.append(_more(left, noun))
            return "\n".join(out)
        tail = _more(len(lines) - i, noun)
        if used + sep + len(tail) <= limit:
            out.append(tail)
        return "\n".join(out)
    return "\n".join(out)


def pack_fields(name: str, lines: Sequence[str]) -> list[tuple[str, str]]:
    """Lines packed into as few fields as hold them all: "Name", then "Name (continued)"."""
    fields: list[tuple[str, str]] = []
    current: list[str] = []
    for line in lines:
        line = shorten(line, FIELD_VALUE_LIMIT)
        if current and len("\n".join([*current, line])) > FIELD_VALUE_LIMIT:
            fields.append((name if not fields else _continued(name), "\n".join(current)))
            current = []
        current.append(line)
    if current:
        fields.append((name if not fields else _continued(name), "\n".join(current)))
    return fields


class CardBuilder:
    """Builds an embed section by section, keeping the total within Discord's limits.

    Sections that no longer fit are left out and counted in the footer, so a card says when it is
    incomplete instead of failing to send.
    """

    def __init__(
        self, title: str, *, description: str = "", url: str | None = None, footer: str = ""
    ) -> None:
        self._title = shorten(title, TITLE_LIMIT)
        self._footer = shorten(footer, FOOTER_LIMIT - 60) if footer else ""
        self._url = url
        self._fields: list[tuple[str, str, bool]] = []
        self._closing: list[tuple[str, str]] = []
        self._left_out = 0
        # Room kept for the footer and the "N sections left out" note that may join it.
        self._used = len(self._title) + len(self._footer) + 60
        self._description = ""
        if description:
            self._description = shorten(description, min(DESCRIPTION_LIMIT, TOTAL_LIMIT - self._used - 200))
            self._used += len(self._description)

    @property
    def room(self) -> int:
        return TOTAL_LIMIT - self._used

    def closing(self, fields: Sequence[tuple[str, str]]) -> None:
        """Fields that always come last and are never left out: their room is kept from now on."""
        self._closing.extend((shorten(n, FIELD_NAME_LIMIT), shorten(v, FIELD_VALUE_LIMIT)) for n, v in fields)
        self._used += sum(len(n) + len(v) for n, v in self._closing[-len(fields) :]) if fields else 0

    def _slots(self) -> int:
        return FIELD_LIMIT - len(self._closing) - len(self._fields)

    def description_lines(self, lines: Sequence[str], *, noun: str) -> None:
        limit = min(DESCRIPTION_LIMIT, self.room + len(self._description) - 200)
        self._used -= len(self._description)
        self._description = fit_lines(lines, limit, noun)
        self._used += len(self._description)

    def field(self, name: str, value: str, *, inline: bool = False) -> bool:
        """Add a field, cutting its value with "…" if needed. False (and counted) if it can't fit."""
        return self.lines(name, [value], noun="lines", inline=inline)

    def lines(self, name: str, lines: Sequence[str], *, noun: str, inline: bool = False) -> bool:
        """Add a field of lines: as many as fit, then "… and N more <noun>"."""
        if not lines:
            return True
        name = shorten(name, FIELD_NAME_LIMIT)
        limit = min(FIELD_VALUE_LIMIT, self.room - len(name))
        if self._slots() <= 0 or limit < 40:
            self._left_out += 1
            return False
        value = fit_lines(lines, limit, noun)
        self._fields.append((name, value, inline))
        self._used += len(name) + len(value)
        return True

    def long_lines(self, name: str, lines: Sequence[str], *, noun: str) -> None:
        """Lines in as many fields as they need ("Name", then "Name (continued)") while room remains;
        the last field that fits ends with "… and N more <noun>", counting every line left out."""
        rest = [shorten(line, FIELD_VALUE_LIMIT) for line in lines]
        field_name = name
        while rest:
            chunk = pack_fields(field_name, rest)[0][1].split("\n")
            whole = len(chunk) == len(rest) or self.room - len(field_name) - len("\n".join(chunk)) > 200
            if not whole or self._slots() <= 1:
                self.lines(field_name, rest, noun=noun)
                return
            self.lines(field_name, chunk, noun=noun)
            rest = rest[len(chunk) :]
            field_name = _continued(name)

    def build(self) -> discord.Embed:
        embed = discord.Embed(
            title=self._title, description=self._description or None, url=self._url, colour=BRAND_COLOUR
        )
        for name, value, inline in (*self._fields, *((n, v, False) for n, v in self._closing)):
            embed.add_field(name=name, value=value, inline=inline)
        footer = self._footer
        if self._left_out:
            note = t("card-left-out", count=self._left_out)
            footer = f"{footer} · {note}" if footer else note
        if footer:
            embed.set_footer(text=footer)
        assert len(embed) <= TOTAL_LIMIT, len(embed)
        return embed
