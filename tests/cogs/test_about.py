"""/about through SimCord: what the bot is and where its data comes from, as the pack says it, with
every source of the pack one tap away."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qs, urlparse

import discord

import bot as bot_package
from bot.domain.pack import Pack
from bot.ui.cards import face_fits, source_entry
from bot.ui.installs import invites
from cogs.about import _credits, about_card
from tests.conftest import Server, restart
from tests.layouts import Sent, assert_valid_layout, buttons, text, texts, walk


def section(message: Sent, heading: str) -> str:
    """The lines under a bold heading of a card (its sections are apart by a blank line)."""
    blocks = [b for t in texts(message) for b in t.split("\n\n")]
    [found] = [b for b in blocks if b.startswith(f"**{heading}**\n")]
    return found.removeprefix(f"**{heading}**\n")


def can_turn(message: Sent) -> bool:
    return any(c.get("label") == "Next" and not c.get("disabled") for c in walk(message.components))


async def test_about_gives_version_data_origin_and_invite(server: Server, real_pack: Pack) -> None:
    result = await server.member.slash(server.channel, "about")
    about = result.response
    assert not result.ephemeral
    assert_valid_layout(about)
    shown = text(about)
    assert shown.startswith(f"## About the {real_pack.title} bot\nA bot for {real_pack.about}.")
    assert "short film *I'm Here* (2010)" in shown
    assert f"Version {bot_package.__version__}" in shown
    data = section(about, "Where the data comes from")
    assert "9 tracks" in data
    assert all(s.publication in data for s in real_pack.sources[:6]) and "40 more publications" in data
    assert "The review quotes come from BUST (Lauren Rubin) and Prefix Magazine." in data
    assert section(about, "Add it").startswith("To a server, for everyone there; or to your own account")
    links = {c.get("label"): c.get("url") for c in walk(about.components) if c.get("url")}
    assert links == dict(
        zip(["Add to a server", "Add to my apps"], invites(server.env.bot.application_id), strict=True)
    )
    server_link = parse_qs(urlparse(links["Add to a server"]).query)
    assert server_link["scope"] == ["bot applications.commands"] and server_link["integration_type"] == ["0"]
    assert discord.Permissions(int(server_link["permissions"][0])) == discord.Permissions(
        view_channel=True, send_messages=True, embed_links=True, read_message_history=True
    )
    account_link = parse_qs(urlparse(links["Add to my apps"]).query)
    assert account_link["scope"] == ["applications.commands"] and account_link["integration_type"] == ["1"]
    assert "permissions" not in account_link


async def test_about_names_publications_in_words_never_a_source_key(server: Server, real_pack: Pack) -> None:
    shown = text((await server.member.slash(server.channel, "about")).response)
    keys = {s.key for s in real_pack.sources} - {s.publication for s in real_pack.sources}  # BUST is both
    assert "PREFIX" in keys and not [k for k in keys if k in shown]


async def test_the_sources_button_lists_every_source_of_the_pack_privately(
    server: Server, real_pack: Pack
) -> None:
    about = (await server.member.slash(server.channel, "about")).response
    label = f"Sources ({len(real_pack.sources)})"
    assert label == "Sources (54)" and label in buttons(about)
    await restart(server.env)  # an /about posted before a restart still answers
    opened = await server.member.click(about, label=label)
    assert opened.ephemeral
    panel = opened.response
    pages = [text(panel)]  # Next turns the page in place: read each page as it shows
    while can_turn(panel) and len(pages) < 10:
        await server.member.click(panel, label="Next")
        assert_valid_layout(panel)
        pages.append(text(panel))
    listed = "\n".join(pages)
    assert len(pages) > 1 and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    for number, source in enumerate(real_pack.sources, start=1):
        assert source_entry(number, source) in listed
    assert server.env.errors == []


def test_the_about_card_shows_whole_on_one_screen(real_pack: Pack) -> None:
    assert face_fits(about_card(real_pack, links=invites(1)))


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
    does = section((await server.member.slash(server.channel, "about")).response, "What it does")
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
    # The features first, then the pages about the bot itself; /qotd is for managers only.
    assert list(fields) == ["Catalogue", "Quotes", "Trivia", "About", "Privacy"]
    assert (
        "`/track <title>`: A track's card: artists, versions, and what the reviews said"
        in fields["Catalogue"]
    )
    assert len(fields["Trivia"]) == 4 and all(line.startswith("`/trivia ") for line in fields["Trivia"])
    owner = server.guild.add_member(server.guild.owner)
    managers = (await owner.slash(server.channel, "help")).response.embeds[0]
    assert [f.name for f in managers.fields] == [
        "Catalogue",
        "Quotes",
        "Quote of the day",
        "Trivia",
        "About",
        "Privacy",
    ]
