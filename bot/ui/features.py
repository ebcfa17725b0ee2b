"""The bot's features and their commands, read from the command tree: what /help and /about list, so
that they can never drift from the commands the bot really has."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.ext import commands


@dataclass(frozen=True)
class CommandLine:
    usage: str
    """How to type it: "/quote random [track] [artist] [source]" (<required>, [optional])."""
    description: str


@dataclass(frozen=True)
class Feature:
    name: str
    summary: str
    roots: tuple[str, ...]
    """The feature's top-level commands: "/album", "/quote"."""
    commands: tuple[CommandLine, ...]


def _usage(command: app_commands.Command) -> str:
    options = [
        f"<{p.display_name}>" if p.required else f"[{p.display_name}]"
        for p in command.parameters
        if p.name != "private"  # every read-only command has it: /help says so once
    ]
    return " ".join([f"/{command.qualified_name}", *options])


def _leaves(root: app_commands.Command | app_commands.Group) -> list[app_commands.Command]:
    if isinstance(root, app_commands.Command):
        return [root]
    return [leaf for child in root.commands for leaf in _leaves(child)]


def _allowed(
    root: app_commands.Command | app_commands.Group, permissions: discord.Permissions | None
) -> bool:
    """Whether someone with ``permissions`` sees the command by default (None: show everything)."""
    needed = root.default_permissions
    return permissions is None or needed is None or permissions >= needed


def _about_the_bot(cog: object) -> bool:
    """Whether a cog is a page about the bot itself (/about, /help, /privacy) rather than a feature:
    such pages are listed after the features, which are what a newcomer came for."""
    return bool(getattr(cog, "about_the_bot", False))


def features(
    tree: app_commands.CommandTree,
    permissions: discord.Permissions | None = None,
    usable: Callable[[app_commands.Command | app_commands.Group], bool] | None = None,
) -> list[Feature]:
    """Each feature (a cog: its ``feature`` heading or else its name, and its description or else its
    group's) with its slash commands, in the order the bot loads them, the pages about the bot itself
    (a cog with ``about_the_bot``) last; only the commands someone with ``permissions`` sees by
    default (None: all of them), and only those ``usable`` where it is asked (a DM has no /trivia)."""
    found: dict[str, Feature] = {}
    last: set[str] = set()
    for root in tree.get_commands(type=discord.AppCommandType.chat_input):
        assert isinstance(root, app_commands.Command | app_commands.Group)
        if not _allowed(root, permissions) or (usable is not None and not usable(root)):
            continue
        for leaf in _leaves(root):
            cog = leaf.binding
            name = getattr(cog, "feature", cog.qualified_name) if isinstance(cog, commands.Cog) else "Other"
            summary = (cog.description if isinstance(cog, commands.Cog) else "") or root.description
            feature = found.get(name, Feature(name, summary, (), ()))
            roots = feature.roots if f"/{root.name}" in feature.roots else (*feature.roots, f"/{root.name}")
            line = CommandLine(_usage(leaf), leaf.description)
            found[name] = Feature(name, feature.summary, roots, (*feature.commands, line))
            if _about_the_bot(cog):
                last.add(name)
    # sorted() is stable: the features keep their loading order, and so do the pages after them.
    return sorted(found.values(), key=lambda f: f.name in last)
