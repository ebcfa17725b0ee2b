"""User installs: the read-only commands can be added to a person's own account and used in DMs and in
servers without the bot; trivia and the quote of the day stay in servers that added the bot."""

from __future__ import annotations

from typing import Any

import discord
import pytest
import simcord

from tests.bot.test_command_definitions import bulk_overwrite_body
from tests.conftest import Server
from tests.layouts import assert_valid_layout, buttons, text

ANYWHERE = {"album", "tracks", "track", "artist", "quote", "help", "about", "privacy"}
SERVERS_ONLY = {"trivia", "qotd"}
GUILD_INSTALL, USER_INSTALL = 0, 1
GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2
READ_ONLY = [
    ("album", {}),
    ("tracks", {}),
    ("track", {"title": "9"}),
    ("artist", {"name": "Sam Spiegel"}),
    ("quote random", {}),
    ("quote search", {"text": "robot"}),
    ("about", {}),
]


async def test_read_only_commands_install_for_users_and_work_everywhere(server: Server) -> None:
    body = {c["name"]: c for c in await bulk_overwrite_body(server)}
    assert set(body) == ANYWHERE | SERVERS_ONLY
    for name in ANYWHERE:
        assert sorted(body[name]["integration_types"]) == [GUILD_INSTALL, USER_INSTALL], name
        assert sorted(body[name]["contexts"]) == [GUILD, BOT_DM, PRIVATE_CHANNEL], name
    for name in SERVERS_ONLY:
        assert body[name]["integration_types"] == [GUILD_INSTALL], name
        assert body[name]["contexts"] == [GUILD], name


async def test_every_read_only_command_has_the_private_option(server: Server) -> None:
    body = {c["name"]: c for c in await bulk_overwrite_body(server)}

    def leaves(command: dict[str, Any]) -> list[dict[str, Any]]:
        subs = [
            o
            for o in command.get("options", [])
            if o["type"] == discord.AppCommandOptionType.subcommand.value
        ]
        return subs or [command]

    for name in ANYWHERE - {"help", "privacy"}:
        for leaf in leaves(body[name]):
            [private] = [o for o in leaf.get("options", []) if o["name"] == "private"]
            assert private["type"] == discord.AppCommandOptionType.boolean.value
            assert not private.get("required")
            assert private["description_localizations"]["fr"].startswith("Vous seul voyez")


@pytest.fixture
def fan(server: Server) -> simcord.UserHandle:
    """Someone who talks to the bot in its DMs (SimCord: the bot-DM context, en-US)."""
    return server.env.create_user("fan")


@pytest.mark.parametrize(("command", "options"), READ_ONLY)
async def test_each_read_only_command_answers_in_a_dm(
    server: Server, fan: simcord.UserHandle, command: str, options: dict[str, Any]
) -> None:
    result = await fan.slash(command, **options)
    assert not result.ephemeral
    assert_valid_layout(result.response)
    assert server.user_errors() == []


async def test_a_card_in_a_dm_opens_its_sources_and_help_answers_privately(
    server: Server, fan: simcord.UserHandle
) -> None:
    card = (await fan.slash("track", title="9")).response
    label = next(b for b in buttons(card) if b.startswith("Sources"))
    opened = await fan.click(card, label=label)
    assert opened.ephemeral and "¹" in text(opened.response)
    helped = await fan.slash("help")
    assert helped.ephemeral
    fields = [f.name for f in helped.response.embeds[0].fields]
    assert "Trivia" not in fields and "Quote of the day" not in fields  # not usable here
    assert server.user_errors() == []


async def test_trivia_and_the_daily_post_cannot_be_used_in_a_dm(fan: simcord.UserHandle) -> None:
    """Discord (SimCord, from the synced contexts) doesn't offer them in a DM at all."""
    offered = set(fan.available_commands())
    assert {"track", "quote random", "about"} <= offered
    assert not {c for c in offered if c.split()[0] in SERVERS_ONLY}
    with pytest.raises(simcord.SetupError, match="context"):
        await fan.slash("trivia start")


@pytest.mark.parametrize(("command", "options"), [*READ_ONLY, ("quote today", {})])
async def test_private_answers_only_the_one_who_asked(
    server: Server, command: str, options: dict[str, Any]
) -> None:
    result = await server.member.slash(server.channel, command, **options, private=True)
    assert result.ephemeral
    assert_valid_layout(result.response)
    assert server.user_errors() == []


async def test_a_private_card_still_opens_its_sources(server: Server) -> None:
    card = (await server.member.slash(server.channel, "artist", name="Sam Spiegel", private=True)).response
    label = next(b for b in buttons(card) if b.startswith("Sources"))
    assert (await server.member.click(card, label=label)).ephemeral
    assert server.user_errors() == []


def forget_the_server(server: Server) -> None:
    """As the bot is in a server it was never added to (SimCord can't add an app to a user alone):
    it drops the server from its cache, so an interaction from there names a server it knows nothing of."""
    bot = server.env.bot
    guild = bot.get_guild(server.guild.id)
    assert guild is not None
    bot._connection._remove_guild(guild)  # type: ignore[attr-defined]
    assert bot.get_guild(server.guild.id) is None


@pytest.mark.parametrize(("command", "options"), [*READ_ONLY, ("quote today", {})])
async def test_read_only_commands_need_nothing_of_a_server_the_bot_is_not_in(
    server: Server, command: str, options: dict[str, Any]
) -> None:
    """A user-installed command in a server without the bot: the interaction names the server, but
    the bot has no cache of it (no guild object, no channel)."""
    forget_the_server(server)
    result = await server.member.slash(server.channel, command, **options)
    assert_valid_layout(result.response)
    assert server.user_errors() == []


async def test_help_in_a_server_the_bot_is_not_in_lists_only_what_works_there(server: Server) -> None:
    forget_the_server(server)
    helped = await server.member.slash(server.channel, "help")
    assert helped.ephemeral
    assert [f.name for f in helped.response.embeds[0].fields] == ["Catalogue", "Quotes", "About", "Privacy"]
    assert server.user_errors() == []


async def test_a_private_answer_leaves_the_shared_card_layouts_without_a_timeout(server: Server) -> None:
    """discord.py gives an ephemeral message's layout a 15-minute timeout: the layouts the catalogue
    and the quotes keep for everyone must never be the ones sent privately."""
    for private in (False, True, False):
        await server.member.slash(server.channel, "track", title="9", private=private)
        await server.member.slash(server.channel, "quote search", text="robot", private=private)
    kept = [
        view
        for name in ("Catalogue", "QuotesCog")
        for view in getattr(server.env.bot.get_cog(name), "_views", {}).values()
    ]
    searched = list(getattr(server.env.bot.get_cog("QuotesCog"), "_searches", {}).values())
    assert kept and searched
    assert all(view.timeout is None for view in [*kept, *searched] if not isinstance(view, str))
    assert server.user_errors() == []
