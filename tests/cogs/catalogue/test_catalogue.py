"""/album, /tracks, /track and /artist through SimCord, against the real command tree and SQLite."""

from __future__ import annotations

import re

import discord
import pytest

from bot.client import SoundtrackBot
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.domain.catalogue import Catalogue
from bot.domain.content import PackContent
from bot.domain.pack import Artist, Claim, Fact, Pack, Person, Quote, Source, Track
from bot.domain.trivia.bank import QuestionBank
from tests.cogs.catalogue.test_cards import sources_text
from tests.conftest import Server, assert_within_discord_limits


def field(embed: discord.Embed, name: str) -> str:
    return next(f.value for f in embed.fields if f.name.startswith(name))


def fact(embed: discord.Embed, label: str) -> str:
    return next(line for line in (embed.description or "").splitlines() if line.startswith(f"**{label}"))


async def test_album_shows_release_film_and_disputed_facts_with_sources(server: Server) -> None:
    result = await server.member.slash(server.channel, "album")
    assert not result.ephemeral
    [embed] = result.response.embeds
    assert embed.title == "I'm Here (Original Soundtrack)"
    assert fact(embed, "Label") == "**Label:** Chocolate Industries (BUST, EXCLAIM, INDEP, COS, TMT)"
    assert fact(embed, "Release date") == "**Release date:** 5 October — no year given (BUST, COS, GIGWISE)"
    assert "inferred from COS, GIGWISE, MF" in fact(embed, "Release year")
    assert "CD (PREFIX, IJRAT)" in fact(embed, "Formats")
    assert "Spike Jonze (WP-FILM)" in fact(embed, "Written and directed by")
    assert "Andrew Garfield as Sheldon (WP-FILM, MOVIELINE)" in fact(embed, "Cast")
    assert fact(embed, "Tracks").startswith("**Tracks:** 9 ")
    # Every disputed value shows its own sources beside it.
    assert fact(embed, "Film runtime") == (
        "**Film runtime** ⚠️ disputed: 30 min (TMT, MOVIELINE) · Half an hour (PREFIX, MF) · "
        "31 min (WP-FILM) · 35 min (BUST, MOVIEFONE)"
    )
    score = fact(embed, "Score")
    assert "disputed" in score and "Aska Matsumiya (MUSE, BIRDWELL, SEXFASH)" in score
    assert "ASKA-BIOS" not in score
    assert "disputed" in fact(embed, "Premiere date") and "Janurary 12th" in fact(embed, "Premiere date")
    assert "disputed" in fact(embed, "First out") and "With the book" in fact(embed, "First out")
    assert_within_discord_limits(embed)


async def test_album_sources_name_every_source_its_lines_cite(server: Server) -> None:
    result = await server.member.slash(server.channel, "album")
    [embed] = result.response.embeds
    cited = set(
        re.findall(r"\((?:inferred from )?([A-Z][A-Z0-9-]+(?:, [A-Z][A-Z0-9-]+)*)\)", embed.description)
    )
    keys = {k for group in cited for k in group.split(", ")}
    listed = {line.split(" — ")[0] for line in sources_text(embed).splitlines()}
    assert keys and keys <= listed, keys - listed
    assert "more sources" not in sources_text(embed)
    # "BUST — *Robots are People Too…*, Lauren Rubin": the publication is not repeated after the key.
    bust = next(line for line in sources_text(embed).splitlines() if line.startswith("BUST"))
    assert bust.startswith("BUST — ") and "BUST — BUST" not in bust and bust.endswith("Lauren Rubin")
    prefix = next(line for line in sources_text(embed).splitlines() if line.startswith("PREFIX"))
    assert prefix.startswith("PREFIX — Prefix Magazine, ")


async def test_tracks_lists_the_nine_in_order_with_artists_and_notes(server: Server) -> None:
    result = await server.member.slash(server.channel, "tracks")
    [embed] = result.response.embeds
    lines = embed.description.splitlines()
    assert len(lines) == 9
    assert lines[0].startswith("`1.` **There Are Many of Us** — The Lost Trees & Aska")
    assert "alternate take" in lines[3].lower()
    assert lines[8].startswith("`9.` **There Are Many of Us (Electric Dream Reprise)** — Sam Spiegel")
    # Every line cites its sources (⚠️ where the sources disagree on the credit) and Sources names them all.
    assert lines[0].startswith("`1.` **There Are Many of Us** — The Lost Trees & Aska (TMT) ⚠️")
    assert "Truncated (COS)" in lines[3] and "(inferred from PREFIX)" in lines[8]
    cited = set(re.findall(r"\((?:inferred from )?([A-Z][A-Z0-9, -]+)\)", embed.description))
    keys = {k for group in cited for k in group.split(", ")}
    assert keys <= {line.split(" — ")[0] for line in sources_text(embed).splitlines()}


async def test_track_card_has_credits_versions_original_quotes_and_sources(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="past is a grotesque animal")
    [embed] = result.response.embeds
    assert embed.title == "4. The Past Is a Grotesque Animal"
    assert "of Montreal" in embed.description and "The Lost Trees" in embed.description
    assert "of Montreal & The Lost Trees (TMT)" in field(embed, "Credited as")
    assert "An alternate take (PREFIX)" in field(embed, "Version")
    original = field(embed, "Original release")
    assert original.startswith("Hissing Fauna, Are You the Destroyer? (Polyvinyl, 2007)")
    assert original.endswith("(IJRAT, WP-HF, POPFRENZY)")
    quotes = [f for f in embed.fields if f.name.startswith("What the reviews said")]
    assert len(quotes) == 2 and all("Prefix Magazine" in f.name for f in quotes)
    assert "alternate take, somehow here with even more intensity" in quotes[1].value
    assert "PREFIX — Prefix Magazine" in sources_text(embed)
    assert embed.footer.text.endswith("track 4 of 9")
    assert_within_discord_limits(embed)


async def test_disputed_credit_is_shown_as_disputed(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="electric dream")
    [embed] = result.response.embeds
    credited = next(f for f in embed.fields if f.name.startswith("Credited as"))
    assert "disputed" in credited.name
    assert "Sam Spiegel (TMT, IJRAT)" in credited.value and "(PREFIX)" in credited.value
    # COS says only "two songs from Squeak E. Clean", and its list breaks off in track 5: no track-9 credit.
    assert "(COS)" not in credited.value


async def test_a_title_only_one_listing_prints_says_which_source_prints_it(server: Server) -> None:
    """TMT lists track 9 but its copy breaks off inside the title: only IJRAT prints the whole title."""
    result = await server.member.slash(server.channel, "track", title="electric dream")
    description = result.response.embeds[0].description
    assert "Track 9 in TMT, IJRAT. Title as IJRAT prints it." in description
    plain = await server.member.slash(server.channel, "track", title="Y.O.U.")
    assert "Title as" not in plain.response.embeds[0].description


async def test_a_card_links_each_review_once(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="There Are Many of Us")
    [embed] = result.response.embeds
    text = "\n".join([embed.description or "", *(f.value for f in embed.fields)])
    assert text.count("https://bust.com/") == 1 and text.count("https://prefixmag.com/") == 1


async def test_quote_names_publication_and_author(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="There Are Many of Us")
    [embed] = result.response.embeds
    names = [f.name for f in embed.fields if f.name.startswith("What the reviews said")]
    assert "What the reviews said: BUST, Lauren Rubin (BUST)" in names
    assert "What the reviews said: Prefix Magazine (PREFIX)" in names


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("hellhole rat race", "6. Hellhole Ratrace"),
        ("did you see the worlds", "5. Did You See the Words"),
        ("9", "9."),
    ],
)
async def test_track_resolves_what_was_typed_by_hand(server: Server, typed: str, title: str) -> None:
    result = await server.member.slash(server.channel, "track", title=typed)
    assert result.response.embeds[0].title.startswith(title)


async def test_artist_card_has_aliases_members_facts_tracks_and_quotes(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="the lost trees")
    [embed] = result.response.embeds
    assert embed.title == "The Lost Trees"
    members_field = next(f for f in embed.fields if f.name.startswith("Members"))
    assert "disputed" in members_field.name
    members = members_field.value
    assert "**Flea** (TMT, COS, EXCLAIM, BUST, GIGWISE): Red Hot Chili Peppers' bassist (GIGWISE)" in members
    assert "**Nick Thelan** (MF)" in members and "Nathan Thelen (inferred from MF, PAPER)" in members
    assert "see /artist Aska" in members
    assert "A band made up for the film (IJRAT, MF)" in field(embed, "Facts")
    on_album = field(embed, "On this album")
    assert "There Are Many of Us" in on_album and "The Past Is a Grotesque Animal" in on_album
    assert any(f.name == "What the reviews said: BUST, Lauren Rubin (BUST)" for f in embed.fields)
    assert_within_discord_limits(embed)


@pytest.mark.parametrize(
    ("typed", "name"), [("gui burrato", "Gui Boratto"), ("squeak e clean", "Sam Spiegel"), ("ASKA", "Aska")]
)
async def test_artist_resolves_aliases_and_misspellings(server: Server, typed: str, name: str) -> None:
    result = await server.member.slash(server.channel, "artist", name=typed)
    [embed] = result.response.embeds
    assert embed.title == name
    if typed == "gui burrato":
        assert "Gui Burrato — misspelt (BUST)" in field(embed, "Also known as")


async def test_artist_without_tracks_says_so(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="spike jonze")
    assert field(result.response.embeds[0], "On this album") == "No track of their own on the album."


async def test_unknown_track_is_a_private_error_with_suggestions(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="lonsome robbot theem song")
    assert result.ephemeral
    assert "couldn't find a track" in result.response.content
    assert "Did you mean **8. Lonesome Robot Theme" in result.response.content
    assert server.user_errors() == [result.response.content]


async def test_nothing_close_points_to_the_track_list(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="zzzzzz")
    assert result.ephemeral
    assert "/tracks" in result.response.content
    server.user_errors()


async def test_ambiguous_track_names_both_and_asks(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="many of us")
    assert result.ephemeral
    content = result.response.content
    assert "more than one track" in content
    assert (
        "1. There Are Many of Us" in content and "9. There Are Many of Us (Electric Dream Reprise)" in content
    )
    assert "Which one" in content
    server.user_errors()


async def test_error_echo_cannot_ping_or_format(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="@everyone **bold**")
    assert result.ephemeral
    assert "@everyone" not in result.response.content.replace("@\u200beveryone", "")
    assert "\\*\\*bold\\*\\*" in result.response.content
    server.user_errors()


async def test_track_autocomplete_empty_offers_album_order(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "track", "title", "")
    assert [c["name"].split(".")[0] for c in choices] == [str(n) for n in range(1, 10)]
    assert choices[0] == {
        "name": "1. There Are Many of Us — The Lost Trees & Aska",
        "value": "There Are Many of Us",
    }


async def test_track_autocomplete_ranks_prefix_matches_first(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "track", "title", "the")
    values = [c["value"] for c in choices]
    assert values[:3] == [
        "There Are Many of Us",
        "The Past Is a Grotesque Animal",
        "There Are Many of Us (Electric Dream Reprise)",
    ]
    assert set(values[3:]) == {"Did You See the Words", "Lonesome Robot Theme"}


async def test_artist_autocomplete_finds_aliases_and_lists_by_name(server: Server) -> None:
    everyone = await server.member.autocomplete(server.channel, "artist", "name", "")
    assert everyone[0]["value"] == "Animal Collective"
    cards_first = ["Animal Collective", "Aska", "Girls", "Gui Boratto", "of Montreal", "Sam Spiegel"]
    cards_first += ["Sleigh Bells", "Spike Jonze", "The Lost Trees"]
    assert [c["value"] for c in everyone[:9]] == sorted(cards_first, key=str.casefold)
    squeak = await server.member.autocomplete(server.channel, "artist", "name", "squeak")
    assert squeak[0]["value"] == "Sam Spiegel"


async def test_autocomplete_choice_submits_a_value_that_resolves(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "track", "title", "grotesque")
    result = await server.member.slash(server.channel, "track", title=choices[0]["value"])
    assert result.response.embeds[0].title == "4. The Past Is a Grotesque Animal"


# -- cards stay within Discord's limits however much data there is ----------------------------------


def _huge_pack() -> Pack:
    sources = tuple(
        Source(f"S{i}", f"Publication {i} " + "p" * 80, f"Author {i}", "t" * 150, f"https://example.org/{i}")
        for i in range(60)
    )
    keys = tuple(s.key for s in sources)
    artists = tuple(
        Artist(
            f"artist-{i}",
            f"Artist {i} " + "n" * 60,
            aliases=tuple(Claim(f"Alias {i}-{j} " + "a" * 50, keys[:5]) for j in range(30)),
            members=tuple(Person(f"Member {j} " + "m" * 40, keys[:6]) for j in range(30)),
            facts=tuple(
                Fact(f"f{j}", f"Fact {j}", (Claim("f" * 300, keys[:8]), Claim("g" * 200, keys[8:12])))
                for j in range(40)
            ),
        )
        for i in range(3)
    )
    tracks = tuple(
        Track(
            position=p,
            title=f"Track {p} " + "x" * 220,
            artists=tuple(a.key for a in artists),
            sources=keys,
            credits=tuple(Claim(f"Credit {j} " + "c" * 200, keys[:10]) for j in range(30)),
            notes=tuple(Claim(f"Note {j} " + "v" * 400, keys[:10]) for j in range(30)),
            aliases=tuple(Claim(f"Alias {j} " + "l" * 90, keys[:3]) for j in range(30)),
        )
        for p in range(1, 41)
    )
    quotes = tuple(
        Quote(f"q{i}", keys[i % 60], "Quote " + "q" * 1500, tracks=(1,), artists=("artist-0",))
        for i in range(40)
    )
    facts = tuple(
        Fact(f"f{j}", f"Fact {j}", (Claim("v" * 400, keys[:20]),), disputed=False) for j in range(40)
    )
    return Pack(
        "huge", "Huge " + "h" * 300, "Everyone", facts, sources, artists, tracks, quotes, fingerprint="huge"
    )


async def test_cards_for_a_huge_pack_stay_within_limits_and_say_what_was_cut(
    server: Server, repo: CatalogueRepository, packs: PackRepository
) -> None:
    pack = _huge_pack()
    assert await packs.store_packs([PackContent(pack)]) == ["huge"]
    bot: SoundtrackBot = server.env.bot  # type: ignore[assignment]
    huge = SoundtrackBot(
        settings=bot.settings,
        db=bot.db,
        pack=pack,
        catalogue=await Catalogue.open(repo, "huge"),
        bank=QuestionBank.from_pack(pack),
        freeze_heap_at_ready=False,
    )
    await server.env.restart_bot(huge)
    await huge.tree.sync()

    track = await server.member.slash(server.channel, "track", title="1")
    [embed] = track.response.embeds
    assert_within_discord_limits(embed)
    text = "\n".join(f.value for f in embed.fields) + (embed.footer.text or "")
    assert "more credits" in text or "more notes" in text
    assert "left out" in text

    artist = await server.member.slash(server.channel, "artist", name="artist 0")
    assert_within_discord_limits(artist.response.embeds[0])
    album = await server.member.slash(server.channel, "album")
    [embed] = album.response.embeds
    assert_within_discord_limits(embed)
    # Sixty sources cited: the card shortens their lines but names every one.
    assert all(f"S{i}" in sources_text(embed) for i in range(20))
    listing = await server.member.slash(server.channel, "tracks")
    [embed] = listing.response.embeds
    assert_within_discord_limits(embed)
    assert embed.description.endswith("more tracks")
    choices = await server.member.autocomplete(server.channel, "track", "title", "track")
    assert len(choices) == 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    picked = await server.member.slash(server.channel, "track", title=choices[4]["value"])
    assert picked.response.embeds[0].title.startswith("5. Track 5")


# -- people, and every way a fan names a track ---------------------------------------------------------


async def test_a_band_member_shows_the_bands_card_saying_who_they_are_there(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="Flea")
    assert not result.ephemeral
    [embed] = result.response.embeds
    assert embed.title == "The Lost Trees"
    first = embed.description.splitlines()[0]
    assert first.startswith("**Flea** is a member of The Lost Trees (TMT, COS, EXCLAIM, BUST, GIGWISE)")
    assert "Red Hot Chili Peppers' bassist (GIGWISE)" in first
    assert_within_discord_limits(embed)
    # The band's own card does not open with anyone in particular.
    plain = await server.member.slash(server.channel, "artist", name="The Lost Trees")
    assert not (plain.response.embeds[0].description or "").startswith("**Flea**")


async def test_autocomplete_offers_people_with_their_band(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "artist", "name", "fle")
    assert {"name": "Flea — The Lost Trees", "value": "Flea"} in choices
    zinner = await server.member.autocomplete(server.channel, "artist", "name", "nick zimm")
    assert zinner[0] == {"name": "Nick Zinner — The Lost Trees", "value": "Nick Zinner"}


async def test_an_original_albums_title_finds_its_track_and_says_so(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="Treats")
    assert result.response.content == "“A/B Machines” is from *Treats*."
    assert result.response.embeds[0].title == "3. A/B Machines"


@pytest.mark.parametrize("typed", ["remix", "the reprise", "There Are Many of Us (remix)", "#9", "nine"])
async def test_track_nine_by_every_name_fans_use(server: Server, typed: str) -> None:
    result = await server.member.slash(server.channel, "track", title=typed)
    assert result.response.embeds[0].title == "9. There Are Many of Us (Electric Dream Reprise)"
    assert not result.response.content
