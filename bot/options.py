"""Slash command options that name a track or an artist: autocomplete, then resolution on submit.

Autocomplete is only a suggestion: whatever the user submits is resolved again here, so a value
typed by hand (any case, accents, punctuation, an alias) works as well as a picked choice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

import discord
from discord import app_commands

from bot.domain.names import MAX_CHOICE_LENGTH, MAX_CHOICES, NameEntry, NameIndex

if TYPE_CHECKING:
    from bot.catalogue import Kind
    from bot.client import SoundtrackBot

log = logging.getLogger(__name__)


def choices(index: NameIndex, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete choices for what the user has typed so far (Discord allows 25, each ≤ 100 chars)."""
    return [
        app_commands.Choice(name=m.entry.choice_label, value=m.entry.choice_value)
        for m in index.suggest(current[:MAX_CHOICE_LENGTH], MAX_CHOICES)
    ]


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
        return choices(interaction.client.catalogue.index(self.kind), value)

    async def transform(self, interaction: discord.Interaction[SoundtrackBot], value: str) -> NameEntry:
        return interaction.client.catalogue.find(self.kind, value)


class TrackOption(_NamedOption):
    """A track, by title, alias or position."""

    kind = "track"


class ArtistOption(_NamedOption):
    """An artist, by name or any of the aliases and spellings the sources use."""

    kind = "artist"


Track = app_commands.Transform[NameEntry, TrackOption]
Artist = app_commands.Transform[NameEntry, ArtistOption]
