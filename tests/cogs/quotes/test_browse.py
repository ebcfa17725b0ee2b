"""/quote random, /quote today and /quote search through SimCord: cards whose quotes are attributed by
publication with a mark, and whose Sources button gives the whole citation privately, after a restart
too."""

from __future__ import annotations

import re

import pytest

from bot.client import SoundtrackBot
from bot.domain.catalogue.index import NameEntry
from bot.domain.pack import Pack, Source
from cogs.quotes.browse import QuotesCog, _joined, _one_of, _too_common
from tests.cogs.quotes.conftest import bare_keys, open_sources
from tests.conftest import Server, restart
from tests.layouts import assert_valid_layout, buttons, text, texts
from tests.translations import EVERY_LOCALE, spoken

PREFIX_LINK = "https://prefixmag.com/reviews/im-here-original-soundtrack/45411/"


async def quote_card(server: Server, command: str, **options: object) -> str:
    """A public quote card: a valid layout; its text."""
    result = await server.member.slash(server.channel, command, **options)
    assert not result.ephemeral and result.response is not None
    assert_valid_layout(result.response)
    return text(result.response)


async def test_random_quote_shows_text_publication_and_subjects_and_its_sources_privately(
    server: Server, real_pack: Pack
) -> None:
    result = await server.member.slash(server.channel, "quote random", track="Beautiful Life")
    assert not result.ephemeral
    assert_valid_layout(result.response)
    shown = text(result.response)
    assert "> " in shown and "Gui Boratto’s “Beautiful Life,”" in shown
    assert "— **Prefix Magazine**¹" in shown
    assert "`2.` Beautiful Life" in shown and "Gui Boratto" in shown
    assert "The only matching quote" in shown
    assert list(buttons(result.response)) == ["Sources (1)"]
    assert bare_keys(shown, real_pack.sources) == []

    panel = await open_sources(server.member, result.response)
    assert "¹ **Prefix Magazine** · *[Various Artists – I'm Here Original Soundtrack]" in panel
    assert f"]({PREFIX_LINK})*" in panel
    assert bare_keys(panel, real_pack.sources) == []

    # The button still answers after a restart: it finds the quote's card again by its key.
    await restart(server.env)
    assert await open_sources(server.member, result.response) == panel


@pytest.mark.parametrize(
    ("options", "publication"),
    [
        ({"artist": "squeak e clean"}, "BUST"),
        ({"source": "prefix magazine", "track": "8"}, "Prefix Magazine"),
    ],
)
async def test_random_quote_filters_by_artist_and_source(
    server: Server, options: dict, publication: str
) -> None:
    for _ in range(5):
        assert f"— **{publication}**¹" in await quote_card(server, "quote random", **options)


async def test_random_quote_without_a_filter_counts_every_quote_and_with_one_the_matching_ones(
    server: Server, real_pack: Pack
) -> None:
    # Issue 22: with no filter, "One of 24 matching quotes" spoke of a match nobody asked for.
    shown = await quote_card(server, "quote random")
    assert f"One of {len(real_pack.quotes)} quotes" in shown and "matching" not in shown
    bust = [q for q in real_pack.quotes if q.source == "BUST"]
    assert f"One of {len(bust)} matching quotes" in await quote_card(server, "quote random", source="BUST")


async def test_bust_quotes_carry_the_author_and_the_whole_citation(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote random", source="BUST")
    assert "— **BUST**¹, Lauren Rubin" in text(result.response)
    panel = await open_sources(server.member, result.response)
    assert "¹ **BUST** · *[Robots are People Too:" in panel and "· Lauren Rubin" in panel
    assert "(https://bust.com/robots-are-people-too" in panel


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
    first = await quote_card(server, "quote today")
    second = await other.slash(server.channel, "quote today")
    assert text(second.response) == first
    assert first.startswith("## Quote of the day\n")
    assert f"Quote of the day · {server.env.now().date().isoformat()}" in first
    assert "¹" in first and list(buttons(second.response)) == ["Sources (1)"]


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


def hits(shown: str) -> list[str]:
    """The quotes of a search card, in order."""
    return [line for line in shown.splitlines() if line.startswith("> ")]


async def test_search_highlights_matches_best_first_each_attributed_with_a_mark(
    server: Server, real_pack: Pack
) -> None:
    result = await server.member.slash(server.channel, "quote search", text="robot")
    assert_valid_layout(result.response)
    shown = text(result.response)
    assert 1 <= len(hits(shown)) <= 5
    assert "(or **robot**)" in hits(shown)[0]
    # Each hit: its quote, then its publication with the mark of the card's numbered source.
    [first] = [block for block in shown.split("\n\n") if block.startswith("> ")][:1]
    assert first.splitlines()[-1] == "— **Prefix Magazine**¹"
    assert bare_keys(shown, real_pack.sources) == []
    panel = await open_sources(server.member, result.response)
    assert "¹ **Prefix Magazine**" in panel and PREFIX_LINK in panel
    await restart(server.env)
    assert await open_sources(server.member, result.response) == panel


async def test_search_falls_back_to_any_word_and_says_so(server: Server) -> None:
    shown = await quote_card(server, "quote search", text="robot zebra")
    assert "some of the words" in shown
    assert "**robot**" in hits(shown)[0]


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
        assert_valid_layout(result.response)
        assert hits("\n".join(texts(result.response)))  # (``text`` is the parameter here)


@pytest.mark.parametrize(
    ("typed", "echo"), [("the", "“the” is"), ("The", "“The” is"), ("of the", "“of the” has")]
)
async def test_search_for_a_word_too_common_asks_for_another_privately(
    server: Server, typed: str, echo: str
) -> None:
    # Issue 22: "/quote search the" listed five random quotes under "Best matches for “the”".
    result = await server.member.slash(server.channel, "quote search", text=typed)
    assert result.ephemeral
    assert result.response.content.startswith(echo) and "too common" in result.response.content
    assert "Try another word" in result.response.content
    assert server.user_errors() == [result.response.content]


async def test_a_word_too_common_never_makes_a_partial_match(server: Server) -> None:
    # "the zebra": no quote has "zebra", and "the" alone would match any quote at random.
    result = await server.member.slash(server.channel, "quote search", text="the zebra")
    assert result.ephemeral
    assert "No review quote mentions “the zebra”" in result.response.content
    server.user_errors()


async def test_search_without_hits_is_private_and_changes_nothing(server: Server) -> None:
    result = await server.member.slash(server.channel, "quote search", text="zebra")
    assert result.ephemeral
    assert "No review quote mentions “zebra”" in result.response.content
    server.user_errors()


async def test_search_bolds_only_the_words_typed_whole_never_stop_words_or_short_completions(
    server: Server,
) -> None:
    found = hits(await quote_card(server, "quote search", text="karen o"))
    bold = {word.casefold() for hit in found for word in re.findall(r"\*\*(.+?)\*\*", hit)}
    assert bold and bold <= {"karen", "o"}, bold  # not "on", "of", "out"
    found = hits(await quote_card(server, "quote search", text="the robot"))
    bold = {w.casefold() for hit in found for w in re.findall(r"\*\*(.+?)\*\*", hit)}
    assert bold <= {"robot", "robots"} and "robot" in bold  # "the" found, never bold


def test_the_refusals_and_footers_read_in_english_as_they_always_have() -> None:
    track, artist = NameEntry("2", ("Beautiful Life",), 2), NameEntry("gui", ("Gui Boratto",), 1)
    bust = Source("BUST", "BUST")
    assert _one_of(1, filtered=False) == "The only quote"
    assert _one_of(1, filtered=True) == "The only matching quote"
    assert _one_of(1234, filtered=False) == "One of 1,234 quotes"
    assert _one_of(24, filtered=True) == "One of 24 matching quotes"
    assert _too_common(" the ", ["the"]) == (
        "“the” is too common a word to search for. Try another word, like `robot` or `love`."
    )
    assert _too_common("of the", ["of", "the"]).startswith("“of the” has only words too common to search")
    assert QuotesCog._nothing_matches(track, artist, bust) == (
        "No review quote is about **Beautiful Life** and about **Gui Boratto** and from **BUST**. Try "
        "fewer filters: `/quote random` on its own picks from every quote."
    )
    assert _joined("quotes-or", ["**A**", "**B**", "**C**"]) == "**A** or **B** or **C**"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_refusals_speak_each_locale_and_keep_what_was_typed_and_named(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    track = NameEntry("2", ("Beautiful Life",), 2)
    prefix = Source("PREFIX", "Prefix Magazine")
    with spoken(locale, caplog):
        footers = [_one_of(n, filtered=f) for n in (1, 24) for f in (False, True)]
        common = [_too_common("the *robot*", ["the"]), _too_common("of the", ["of", "the"])]
        nothing = QuotesCog._nothing_matches(track, None, prefix)
        either = _joined("quotes-or", ["**BUST**", "**Prefix Magazine**"])
    assert len(set(footers)) == 4 and all("24" in f for f in footers[2:])
    assert "the \\*robot\\*" in common[0] and "of the" in common[1] and common[0] != common[1]
    assert all("`robot`" in c and "`love`" in c for c in common)  # the quotes are English: so are the words
    assert (
        "**Beautiful Life**" in nothing and "**Prefix Magazine**" in nothing and "`/quote random`" in nothing
    )
    assert "**BUST**" in either and "**Prefix Magazine**" in either
    if locale != "en-US":
        assert not any(f.startswith(("The only", "One of")) for f in footers)
        assert "too common" not in " ".join(common) and "No review quote" not in nothing
        assert " or " not in either
