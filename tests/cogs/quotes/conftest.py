"""Reading quote cards through SimCord: their Sources, opened privately, and the check that no text a
reader sees names a source by its key."""

from __future__ import annotations

import re
from collections.abc import Iterable

import discord
import simcord

from bot.domain.pack import Source
from tests.layouts import assert_valid_layout, buttons, text


def bare_keys(shown: str, sources: Iterable[Source]) -> list[str]:
    """The source keys ``shown`` names as words ("PREFIX", "TMT"), leaving out a key that is also its
    publication's name ("BUST")."""
    return [
        s.key
        for s in sources
        if s.key.casefold() != s.publication.casefold() and re.search(rf"\b{re.escape(s.key)}\b", shown)
    ]


def sources_label(message: discord.Message | simcord.ResponseMessage) -> str:
    """The label of the message's one Sources button: "Sources (2)"."""
    if isinstance(message, discord.Message):  # a channel message: discord.py's components
        labels = [
            getattr(b, "label", "") or "" for row in message.components for b in getattr(row, "children", ())
        ]
    else:
        labels = list(buttons(message))
    [label] = [b for b in labels if b.startswith("Sources (")]
    return label


async def open_sources(
    member: simcord.MemberActor, message: discord.Message | simcord.ResponseMessage
) -> str:
    """Tap the message's Sources button: answered privately, as a valid layout; its text."""
    result = await member.click(message, label=sources_label(message))
    assert result.ephemeral and result.response is not None
    assert_valid_layout(result.response)
    return text(result.response)
