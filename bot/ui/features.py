"""The bot's features and their commands, read from the command tree: what /help and /about list, so
that they can never drift from the commands the bot really has. Their names and descriptions are in
the reader's language: a feature's heading and summary under ``help-feature-…`` keys (by its English
heading, "Quote of the day" is ``help-feature-quote-of-the-day``), a command's description under its
``command-…`` key, as the command picker shows it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.ext import commands

from bot.ui.embeds import CardBuilder
from bot.ui.i18n import ENGLISH, catalogue, t


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


def _words(key: str, english: str) -> str:
    """``key``'s message in the reader's language, or ``english`` where there is no such message (a
    feature or command added without its words in the locale files)."""
    return t(key) if key in catalogue().keys[ENGLISH] else english


def feature_key(name: str) -> str:
    """The key of a feature's heading: "Quote of the day" is ``help-feature-quote-of-the-day``."""
    return "help-feature-" + "-".join(name.casefold().split())


def command_key(command: app_commands.Command | app_commands.Group) -> str:
    """The key of a command's description: /quote random's is ``command-quote-random``."""
    return "command-" + command.qualified_name.replace(" ", "-")


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
            if name not in found:
                described = cog.description if isinstance(cog, commands.Cog) else ""
                summary = (
                    _words(f"{feature_key(name)}-summary", described)
                    if described
                    else _words(command_key(root), root.description)
                )
                found[name] = Feature(_words(feature_key(name), name), summary, (), ())
            feature = found[name]
            roots = feature.roots if f"/{root.name}" in feature.roots else (*feature.roots, f"/{root.name}")
            line = CommandLine(_usage(leaf), _words(command_key(leaf), leaf.description))
            found[name] = Feature(feature.name, feature.summary, roots, (*feature.commands, line))
            if _about_the_bot(cog):
                last.add(name)
    # sorted() is stable: the features keep their loading order, and so do the pages after them.
    return [feature for _, feature in sorted(found.items(), key=lambda item: item[0] in last)]


def help_embed(found: Sequence[Feature]) -> discord.Embed:
    """/help: every command of each feature, with how to type it and what it does."""
    card = CardBuilder(t("help-title"), description=t("help-how-to-type"))
    for feature in found:
        card.lines(
            feature.name,
            [f"`{line.usage}`: {line.description}" for line in feature.commands],
            noun="commands",
        )
    return card.build()
