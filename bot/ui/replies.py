"""Answering an interaction: within Discord's deadline whatever the game or the database is doing, and
whether or not it was acknowledged first. Every reply allows no mentions."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

log = logging.getLogger(__name__)
T = TypeVar("T")


async def within_deadline(interaction: discord.Interaction[Any], work: Awaitable[T], seconds: float) -> T:
    """Await ``work``; if it takes longer than ``seconds`` (the database is locked, the game is busy
    posting), acknowledge the interaction first, then wait: Discord fails an interaction not
    acknowledged within 3 seconds."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        await defer(interaction)
    return await task


async def defer(interaction: discord.Interaction[Any]) -> None:
    """Acknowledge an interaction now, to answer it later (privately for a click)."""
    if interaction.response.is_done():
        return
    ephemeral = interaction.type is discord.InteractionType.component
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    except discord.HTTPException:
        log.warning("Could not acknowledge interaction %s in time", interaction.id, exc_info=True)


async def reply(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.LayoutView | None = None,
    ephemeral: bool = False,
) -> None:
    """Answer an interaction, or follow up on it if it was acknowledged (deferred) first. A ``view``
    is a Components V2 layout: it is the whole message (Discord allows no content or embed beside it)."""
    none = discord.AllowedMentions.none()
    if view is not None:
        if interaction.response.is_done():
            await interaction.followup.send(view=view, ephemeral=ephemeral, allowed_mentions=none)
        else:
            await interaction.response.send_message(view=view, ephemeral=ephemeral, allowed_mentions=none)
        return
    if interaction.response.is_done():
        await interaction.followup.send(
            content or discord.utils.MISSING,
            embed=embed or discord.utils.MISSING,
            ephemeral=ephemeral,
            allowed_mentions=none,
        )
    else:
        await interaction.response.send_message(
            content, embed=embed or discord.utils.MISSING, ephemeral=ephemeral, allowed_mentions=none
        )
