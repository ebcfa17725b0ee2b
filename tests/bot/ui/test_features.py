"""The features and commands read from the real command tree: what /help and /about list."""

from __future__ import annotations

import discord
import pytest

from bot.ui.features import feature_key, features, help_embed
from bot.ui.i18n import ENGLISH, _missing, catalogue
from tests.conftest import Server, assert_within_discord_limits
from tests.translations import EVERY_LOCALE, spoken


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


async def test_every_feature_and_page_has_its_heading_and_summary_in_the_reference_file(
    server: Server,
) -> None:
    """en-US.ftl holds each feature's heading and each cog's own description as the code gives them,
    so a feature renamed in code without the file (and its translations) fails here."""
    english = catalogue()
    for cog in server.env.bot.cogs.values():
        if not cog.get_app_commands():
            continue  # a cog that only listens is no feature /help lists
        name = getattr(cog, "feature", cog.qualified_name)
        assert english.format(ENGLISH, feature_key(name), {}) == name
        if cog.description:
            assert english.format(ENGLISH, f"{feature_key(name)}-summary", {}) == cog.description


@pytest.mark.parametrize("locale", EVERY_LOCALE)
async def test_help_speaks_each_locale_with_every_command_as_typed(
    server: Server, locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    tree = server.env.bot.tree
    english = {f.name: f for f in features(tree)}
    with spoken(locale, caplog):
        found = features(tree)
        embed = help_embed(found)
    assert_within_discord_limits(embed)
    words = catalogue()
    assert [f.name for f in found] == [words.format(locale, feature_key(name), {}) for name in english]
    assert [field.name for field in embed.fields] == [f.name for f in found]
    for feature, reference in zip(found, english.values(), strict=True):
        assert feature.roots == reference.roots
        assert [c.usage for c in feature.commands] == [c.usage for c in reference.commands]  # typed as is
        for line in feature.commands:
            key = "command-" + line.usage.split(" <")[0].split(" [")[0].removeprefix("/").replace(" ", "-")
            assert line.description == words.format(locale, key, {})
        if locale != ENGLISH:
            assert feature.summary != reference.summary
    assert embed.title == words.format(locale, "help-title", {})
    assert "`/`" in (embed.description or "")
    assert "`/quote random [track] [artist] [source]`: " in "\n".join(f.value or "" for f in embed.fields)
    if locale != ENGLISH:
        assert [f.name for f in found] != list(english)  # French keeps "Catalogue", not every name
        assert embed.title != "Commands" and "grouped by feature" not in (embed.description or "")


def test_a_fallback_to_english_fails_the_check(caplog: pytest.LogCaptureFixture) -> None:
    """The check the locale tests rely on is not vacuous: a message shown in English fails it."""
    with pytest.raises(AssertionError, match="shown in English"), spoken("fr", caplog):
        _missing("fr", "help-title")
