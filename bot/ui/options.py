"""Slash command options that name a track or an artist: autocomplete, then resolution on submit.

Autocomplete is only a suggestion: whatever the user submits is resolved again here, so a value
typed by hand (any case, accents, punctuation, an alias) works as well as a picked choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import discord
from discord import app_commands

from bot.domain.catalogue import lookup
from bot.domain.catalogue.index import MAX_CHOICE_LENGTH, MAX_CHOICES, Match, NameEntry, NameIndex, Outcome
from bot.ui.errors import UserFacingError
from bot.ui.i18n import listing, t

if TYPE_CHECKING:
    from bot.client import SoundtrackBot
    from bot.domain.catalogue import Kind


def choices(index: NameIndex, kind: Kind, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete choices for what the user has typed so far (Discord allows 25, each ≤ 100 chars):
    what submitting it would open first, as :func:`resolve` finds it."""
    return [
        app_commands.Choice(name=m.entry.choice_label, value=m.entry.choice_value)
        for m in lookup.suggest(index, kind, current[:MAX_CHOICE_LENGTH], MAX_CHOICES)
    ]


def _shown(text: str) -> str:
    """What was typed, to echo between the message's quotes: cut, and unable to ping or format."""
    shown = text if len(text) <= 80 else text[:79] + "…"
    return discord.utils.escape_mentions(discord.utils.escape_markdown(shown))


def _listing(matches: tuple[Match, ...]) -> str:
    return listing([f"**{m.entry.choice_label}**" for m in matches], "or")


def resolve(index: NameIndex, kind: Kind, query: str) -> NameEntry:
    """The entry ``query`` means, or a :class:`UserFacingError` saying what to type instead."""
    resolution = lookup.resolve(index, kind, query)
    if resolution.outcome is Outcome.FOUND:
        return lookup.chosen(index, resolution.entry, query)
    if resolution.outcome is Outcome.AMBIGUOUS:
        shown = resolution.matches[:5]
        more = len(resolution.matches) - len(shown)
        matches = _listing(shown)
        if more:
            matches = t("catalogue-matches-more", matches=matches, count=more)
        raise UserFacingError(t("catalogue-ambiguous", kind=kind, query=_shown(query), matches=matches))
    if resolution.matches:
        raise UserFacingError(
            t("catalogue-near-miss", kind=kind, query=_shown(query), matches=_listing(resolution.matches[:3]))
        )
    raise UserFacingError(t("catalogue-not-found", kind=kind, query=_shown(query)))


class _NamedOption(app_commands.Transformer):
    """A string option naming something in the catalogue's index for ``kind``.

    A transformer is named in a command's signature, before there is a bot, so it finds the catalogue
    through the interaction: its client is the :class:`SoundtrackBot` that was given the catalogue.
    """

    kind: ClassVar[Kind]

    @property
    def max_value(self) -> int:  # the option's max_length
        return MAX_CHOICE_LENGTH

    async def autocomplete(  # type: ignore[override]
        self, interaction: discord.Interaction[SoundtrackBot], value: str
    ) -> list[app_commands.Choice[str]]:
        return choices(interaction.client.catalogue.index(self.kind), self.kind, value)

    async def transform(self, interaction: discord.Interaction[SoundtrackBot], value: str) -> NameEntry:
        return resolve(interaction.client.catalogue.index(self.kind), self.kind, value)


class TrackOption(_NamedOption):
    """A track, by title, alias or position."""

    kind = "track"


class ArtistOption(_NamedOption):
    """An artist, by name or any of the aliases and spellings the sources use."""

    kind = "artist"


NamedTrack = app_commands.Transform[NameEntry, TrackOption]
"""A track option, resolved to its name-index entry (not a pack ``Track``: the entry says how it was named)."""
NamedArtist = app_commands.Transform[NameEntry, ArtistOption]
"""An artist option, resolved to its entry (with ``person`` set when a band member was named)."""
