"""/about through SimCord: what the bot is and where its data comes from, as the pack says it."""

from __future__ import annotations

import dataclasses

import bot as bot_package
from bot.domain.pack import Pack
from cogs.about import _credits
from tests.conftest import Server


async def test_about_gives_version_data_origin_and_invite(server: Server, real_pack: Pack) -> None:
    result = await server.member.slash(server.channel, "about")
    [embed] = result.response.embeds
    assert embed.description.startswith(f"A bot for {real_pack.about}.")
    assert "short film *I'm Here* (2010)" in embed.description
    assert bot_package.__version__ in embed.footer.text
    data = next(f.value for f in embed.fields if f.name == "Where the data comes from")
    assert "9 tracks" in data
    assert all(s.publication in data for s in real_pack.sources[:6]) and "40 more publications" in data
    assert "The review quotes come from BUST (Lauren Rubin) and Prefix Magazine." in data
    invite = next(f.value for f in embed.fields if f.name == "Add it to your server")
    assert f"client_id={server.env.bot.application_id}" in invite
    assert "scope=bot+applications.commands" in invite


def test_the_credits_are_read_from_whatever_pack_is_served(second_pack: Pack) -> None:
    assert _credits(second_pack) == ("Test Weekly and Test Monthly", "Test Weekly (A. Tester)")
    assert _credits(dataclasses.replace(second_pack, quotes=())) == ("Test Weekly and Test Monthly", "")


def test_many_publications_are_named_first_few_then_counted(real_pack: Pack) -> None:
    publications, reviews = _credits(real_pack)
    assert publications.startswith("BUST, Prefix Magazine, ") and publications.endswith(
        "and 40 more publications"
    )
    assert reviews == "BUST (Lauren Rubin) and Prefix Magazine"


async def test_about_names_every_feature_and_points_to_help(server: Server) -> None:
    [embed] = (await server.member.slash(server.channel, "about")).response.embeds
    does = next(f.value for f in embed.fields if f.name == "What it does")
    for feature, roots in [
        ("Catalogue", "`/album`, `/tracks`, `/track`, `/artist`"),
        ("Quotes", "`/quote`"),
        ("Quote of the day", "`/qotd`"),
        ("Trivia", "`/trivia`"),
    ]:
        assert f"**{feature}** ({roots}): " in does
    assert does.endswith("`/help` lists every command.")


async def test_help_lists_every_command_privately_grouped_by_feature(server: Server) -> None:
    result = await server.member.slash(server.channel, "help")
    assert result.ephemeral
    [embed] = result.response.embeds
    fields = {f.name: f.value.splitlines() for f in embed.fields}
    assert list(fields) == ["Catalogue", "Quotes", "About", "Trivia"]  # /qotd: managers only
    assert (
        "`/track <title>`: A track's card: artists, versions, and what the reviews said"
        in fields["Catalogue"]
    )
    assert len(fields["Trivia"]) == 4 and all(line.startswith("`/trivia ") for line in fields["Trivia"])
    owner = server.guild.add_member(server.guild.owner)
    managers = (await owner.slash(server.channel, "help")).response.embeds[0]
    assert [f.name for f in managers.fields] == ["Catalogue", "Quotes", "Quote of the day", "About", "Trivia"]
