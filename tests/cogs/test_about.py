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
    assert all(s.publication in data for s in real_pack.sources)
    assert "The review quotes come from BUST (Lauren Rubin) and Prefix Magazine." in data
    invite = next(f.value for f in embed.fields if f.name == "Add it to your server")
    assert f"client_id={server.env.bot.application_id}" in invite
    assert "scope=bot+applications.commands" in invite


def test_the_credits_are_read_from_whatever_pack_is_served(second_pack: Pack) -> None:
    assert _credits(second_pack) == ("Test Weekly", "Test Weekly (A. Tester)")
    assert _credits(dataclasses.replace(second_pack, quotes=())) == ("Test Weekly", "")
