"""/about through SimCord."""

from __future__ import annotations

import bot as bot_package
from tests.conftest import Server


async def test_about_gives_version_data_origin_and_invite(server: Server) -> None:
    result = await server.member.slash(server.channel, "about")
    [embed] = result.response.embeds
    assert "I'm Here" in embed.description
    assert bot_package.__version__ in embed.footer.text
    data = next(f.value for f in embed.fields if f.name == "Where the data comes from")
    assert "9 tracks" in data and "BUST" in data and "Prefix Magazine" in data
    invite = next(f.value for f in embed.fields if f.name == "Add it to your server")
    assert f"client_id={server.env.bot.application_id}" in invite
    assert "scope=bot+applications.commands" in invite
