"""The features and commands read from the real command tree: what /help and /about list."""

from __future__ import annotations

import discord

from bot.ui.features import features
from tests.conftest import Server


def _usages(server: Server, permissions: discord.Permissions | None = None) -> dict[str, list[str]]:
    return {f.name: [c.usage for c in f.commands] for f in features(server.env.bot.tree, permissions)}


async def test_every_slash_command_is_listed_once_under_its_cog(server: Server) -> None:
    tree = server.env.bot.tree
    leaves = []
    for root in tree.get_commands(type=discord.AppCommandType.chat_input):
        leaves += [root] if isinstance(root, discord.app_commands.Command) else root.walk_commands()
    listed = [usage.split(" <")[0].split(" [")[0] for usages in _usages(server).values() for usage in usages]
    assert sorted(listed) == sorted(f"/{leaf.qualified_name}" for leaf in leaves)
    # The features first, then the pages about the bot itself (issue 22: Trivia came after About).
    assert list(_usages(server)) == ["Catalogue", "Quotes", "Quote of the day", "Trivia", "About", "Privacy"]


async def test_usage_marks_required_and_optional_options(server: Server) -> None:
    usages = _usages(server)
    assert "/track <title>" in usages["Catalogue"]
    assert "/quote random [track] [artist] [source]" in usages["Quotes"]
    assert any(u.startswith("/qotd set <channel> [time]") for u in usages["Quote of the day"])


async def test_a_feature_summary_and_its_top_level_commands(server: Server) -> None:
    by_name = {f.name: f for f in features(server.env.bot.tree)}
    assert by_name["Trivia"].roots == ("/trivia",)
    assert by_name["Trivia"].summary == "Soundtrack trivia the whole channel plays together"
    assert by_name["Catalogue"].roots == ("/album", "/tracks", "/track", "/artist")


async def test_commands_for_managers_are_left_out_for_members_without_the_permission(server: Server) -> None:
    member = _usages(server, discord.Permissions.none())
    manager = _usages(server, discord.Permissions(manage_guild=True))
    assert "Quote of the day" not in member and "Quote of the day" in manager
