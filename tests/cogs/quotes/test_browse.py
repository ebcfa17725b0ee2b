"""/quote random, /quote today and /quote search through SimCord."""

from __future__ import annotations

import re

import pytest

from bot.client import SoundtrackBot
from tests.conftest import Server


async def test_random_quote_shows_text_publication_author_link_and_subjects(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote random", track="Beautiful Life")
    [embed] = result.response.embeds
    assert not result.ephemeral
    assert "Gui Boratto’s “Beautiful Life,”" in embed.description
    assert "**Prefix Magazine**" in embed.description
    assert embed.url == "https://prefixmag.com/reviews/im-here-original-soundtrack/45411/"
    about = next(f.value for f in embed.fields if f.name == "About")
    assert "`2.` Beautiful Life" in about and "Gui Boratto" in about
    assert embed.footer.text == "The only matching quote"


@pytest.mark.parametrize(
    ("options", "publication"),
    [
        ({"artist": "squeak e clean"}, "BUST"),
        ({"source": "prefix magazine", "track": "7"}, "Prefix Magazine"),
    ],
)
async def test_random_quote_filters_by_artist_and_source(
    server: Server, options: dict, publication: str
) -> None:
    for _ in range(5):
        result = await server.member.slash(server.channel, "quote random", **options)
        assert f"**{publication}**" in result.response.embeds[0].description


async def test_bust_quotes_carry_the_author(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote random", source="BUST")
    assert "**BUST** by Lauren Rubin" in result.response.embeds[0].description


async def test_a_filter_that_matches_nothing_says_what_to_do(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote random", track="Beautiful Life", source="BUST")
    assert result.ephemeral
    assert "No review quote is about **Beautiful Life** and from **BUST**" in result.response.content
    assert "/quote random" in result.response.content
    server.user_errors()


async def test_an_unknown_source_lists_the_real_ones(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote random", source="Pitchfork")
    assert result.ephemeral
    assert "**BUST** or **Prefix Magazine**" in result.response.content
    server.user_errors()


async def test_source_track_and_artist_autocomplete(server: Server) -> None:
    sources = await server.member.autocomplete(server.channel, "quote random", "source", "")
    assert [c["value"] for c in sources] == ["BUST", "Prefix Magazine"]
    assert [
        c["value"] for c in await server.member.autocomplete(server.channel, "quote random", "source", "pre")
    ] == ["Prefix Magazine"]
    tracks = await server.member.autocomplete(server.channel, "quote random", "track", "hell")
    assert tracks[0]["value"] == "Hellhole Ratrace"
    artists = await server.member.autocomplete(server.channel, "quote random", "artist", "gui b")
    assert artists[0]["value"] == "Gui Boratto"


async def test_today_is_the_same_quote_for_everyone_in_the_server(server: Server) -> None:
    other = server.guild.add_member(server.env.create_user("francesca"))
    first = await server.member.slash(server.channel, "quote today")
    second = await other.slash(server.channel, "quote today")
    a, b = first.response.embeds[0], second.response.embeds[0]
    assert a.description == b.description
    assert a.footer.text == f"Quote of the day · {server.env.now().date().isoformat()}"


async def test_today_without_the_daily_feature_says_so_privately(server: Server) -> None:
    """Quotes imports nothing of daily: /quote today asks the daily feature through the bot, and a
    bot running without it answers with what to do instead."""
    bot = server.env.bot
    assert isinstance(bot, SoundtrackBot) and bot.todays_quote is not None
    bot.todays_quote = None
    result = await server.member.slash(server.channel, "quote today")
    assert result.ephemeral and "not running on this bot" in result.response.content
    assert "/quote random" in result.response.content
    assert server.user_errors() == [result.response.content]


async def test_search_highlights_matches_best_first(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote search", text="robot")
    [embed] = result.response.embeds
    assert 1 <= len(embed.fields) <= 5
    assert "(or **robot**)" in embed.fields[0].value
    assert embed.fields[0].name == "Prefix Magazine"


async def test_search_falls_back_to_any_word_and_says_so(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote search", text="robot zebra")
    [embed] = result.response.embeds
    assert "some of the words" in embed.description
    assert "**robot**" in embed.fields[0].value


@pytest.mark.parametrize(
    "text", ['"', "*", "NEAR", "AND OR NOT", "(", "-", "^", '"robot', "robot*", "NEAR(robot love)"]
)
async def test_search_input_fts_would_choke_on_gives_results_or_a_clear_message(
    server: Server, text: str
) -> None:
    result = await server.member.slash(server.channel, "quote search", text=text)
    if result.ephemeral:
        assert (
            "Type some words" in result.response.content
            or "No review quote mentions" in result.response.content
        )
        server.user_errors()
    else:
        assert result.response.embeds[0].fields


async def test_search_without_hits_is_private_and_changes_nothing(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote search", text="zebra")
    assert result.ephemeral
    assert "No review quote mentions “zebra”" in result.response.content
    server.user_errors()


async def test_search_bolds_only_the_words_typed_whole_never_stop_words_or_short_completions(
    server: Server,
) -> None:
    result = await server.member.slash(server.channel, "quote search", text="karen o")
    texts = [f.value for f in result.response.embeds[0].fields]
    bold = {word.casefold() for text in texts for word in re.findall(r"\*\*(.+?)\*\*", text)}
    assert bold and bold <= {"karen", "o"}, bold  # not "on", "of", "out"
    the = await server.member.slash(server.channel, "quote search", text="the robot")
    bold = {
        w.casefold() for f in the.response.embeds[0].fields for w in re.findall(r"\*\*(.+?)\*\*", f.value)
    }
    assert bold <= {"robot", "robots"} and "robot" in bold  # "the" found, never bold
