"""/album, /tracks, /track and /artist through SimCord, against the real command tree and SQLite (and
PostgreSQL): Components V2 cards whose face reads at a glance, with marks instead of source keys, and
whose Sources, Disputed and More answer privately, also after a restart."""

from __future__ import annotations

from typing import Any

import pytest
import simcord

from bot.client import SoundtrackBot
from bot.db.catalogue import CatalogueRepository
from bot.db.pack import PackRepository
from bot.domain.catalogue import Catalogue
from bot.domain.content import PackContent
from bot.domain.pack import Artist, Claim, Fact, Pack, Person, Quote, Source, Track
from bot.domain.trivia.bank import QuestionBank
from bot.ui.cards import FACE_LIMIT
from tests.conftest import Server, restart
from tests.layouts import assert_valid_layout, bare_keys, buttons, selects, text, texts

Sent = Any


def more_buttons(message: Sent) -> list[str]:
    """The labels of the buttons that open a card's sections (the rest of the card, one tap away)."""
    return [label for label, custom_id in buttons(message).items() if custom_id.startswith("card:open:m")]


def title(message: Sent) -> str:
    return texts(message)[0].split("\n")[0].removeprefix("## ")


async def open_all(server: Server, card: Sent) -> list[str]:
    """Every panel of a card, every page: the text a fan reaches in one tap (and page turns)."""
    opened: list[simcord.InteractionResult] = []
    for label, custom_id in buttons(card).items():
        if label.startswith(("Sources", "Disputed")) or custom_id.startswith("card:open:m"):
            opened.append(await server.member.click(card, custom_id=custom_id))
    for menu in selects(card):
        for option in menu["options"]:
            opened.append(await server.member.select(card, [option["value"]], custom_id=menu["custom_id"]))
    shown: list[str] = []
    for panel in opened:
        assert panel.ephemeral
        message = panel.response
        assert_valid_layout(message)
        shown.append(text(message))
        while "Next" in buttons(message) and not _disabled(message, "Next"):
            message = (await server.member.click(message, label="Next")).response
            assert_valid_layout(message)
            shown.append(text(message))
    return shown


async def face_of(server: Server, command: str, **options: str) -> tuple[Sent, str]:
    """A card as the command posts it, and its face: a valid layout, read at a glance."""
    result = await server.member.slash(server.channel, command, **options)
    assert not result.ephemeral
    assert_valid_layout(result.response)
    face = text(result.response)
    assert len(face) <= FACE_LIMIT, (command, len(face))
    return result.response, face


def _disabled(message: Sent, label: str) -> bool:
    from tests.layouts import walk

    return any(c.get("label") == label and c.get("disabled") for c in walk(message.components))


async def test_album_face_reads_at_a_glance_with_marks_and_every_dispute(server: Server) -> None:
    card, face = await face_of(server, "album")
    assert title(card) == "I'm Here (Original Soundtrack)"
    assert "**Label:** Chocolate Industries¹⁻⁵" in face
    # Every disagreement is on the face, marked, with its values in a few words.
    for label in (
        "Release form",
        "Absolut title",
        "Premiere date",
        "Film runtime",
        "Score",
        "The label founded",
        "The label moved to Chicago",
    ):
        assert f"⚠️ **{label}:**" in face, label
    assert "30 min" in face and "Half an hour" in face and "31 min" in face and "35 min" in face
    assert "… and" not in face and not bare_keys(server.env.bot.pack, face)  # type: ignore[attr-defined]
    assert list(buttons(card)) == ["Sources (27)", "Disputed (7)", "The release", "The film", "The label"]
    assert not selects(card)


async def test_every_album_fact_and_source_is_one_tap_from_the_card(server: Server) -> None:
    card = (await server.member.slash(server.channel, "album")).response
    pack: Pack = server.env.bot.pack  # type: ignore[attr-defined]
    reached = "\n".join(await open_all(server, card))
    for fact in pack.facts:
        assert f"**{fact.label}" in reached, fact.label
        for value in fact.values:
            assert value.text in reached, value.text
    cited = {k for f in pack.facts for v in f.values for k in v.sources}
    for source in pack.sources:
        if source.key in cited:
            assert f"**{source.publication}**" in reached, source.key
            assert source.title is None or source.title in reached  # never cut mid-word
            assert source.link is None or source.link in reached
    assert not bare_keys(pack, reached)
    assert not server.env.errors


async def test_disputed_answers_privately_with_each_value_and_its_publications(server: Server) -> None:
    card = (await server.member.slash(server.channel, "album")).response
    disputed = next(label for label in buttons(card) if label.startswith("Disputed"))
    panel = await server.member.click(card, label=disputed)
    assert panel.ephemeral
    shown = text(panel.response)
    runtime = shown[shown.index("**Film runtime**") :]
    assert "• 30 min — Tiny Mix Tapes" in runtime and "Movieline" in runtime
    assert "• 35 min — BUST" in runtime and "Moviefone" in runtime


async def test_the_sources_panel_pages_in_place(server: Server) -> None:
    card = (await server.member.slash(server.channel, "album")).response
    sources = next(label for label in buttons(card) if label.startswith("Sources"))
    first = await server.member.click(card, label=sources)
    assert first.ephemeral and "Page 1 of" in text(first.response)
    turned = await server.member.click(first.response, label="Next")
    assert "Page 2 of" in text(turned.response)
    assert turned.response.id == first.response.id  # the same private message, turned
    back = await server.member.click(turned.response, label="Previous")
    assert text(back.response) == text(first.response)


async def test_tracks_lists_the_nine_with_disputed_credits_on_the_face(server: Server) -> None:
    card, face = await face_of(server, "tracks")
    lines = [line for line in face.split("\n") if line.startswith("`")]
    assert len(lines) == 9
    assert lines[0].startswith("`1.` **There Are Many of Us** — The Lost Trees & Aska¹") and "⚠️" in lines[0]
    assert lines[8].startswith("`9.` **There Are Many of Us (Electric Dream Reprise)** — Sam Spiegel")
    assert "⚠️ **1. There Are Many of Us:**" in face and "ASKA feat. Nick Zinner and Flea" in face
    reached = "\n".join(await open_all(server, card))
    assert "An alternate take" in reached and "Truncated" in reached  # track 4's notes, one tap away
    assert "The remix of “There Are Many of Us”" in reached
    assert not bare_keys(server.env.bot.pack, face + reached)  # type: ignore[attr-defined]


async def test_track_card_leads_with_its_place_and_keeps_reviews_one_tap_away(server: Server) -> None:
    card, face = await face_of(server, "track", title="past is a grotesque animal")
    assert title(card) == "4. The Past Is a Grotesque Animal"
    assert "Track 4¹˒² of 9¹˒³" in face and "of Montreal" in face
    assert "⚠️ **Credited as:**" in face and "of Montreal & The Lost Trees¹" in face
    assert "An alternate take" in face
    # Each part with its own sources: the song on the album (IJRAT, WP-HF, POPFRENZY), the label and
    # year (WP-HF), track 7 (POPFRENZY).
    assert "*Hissing Fauna, Are You the Destroyer?*⁸⁻¹⁰ (Polyvinyl⁹, 2007⁹), as track 7¹⁰" in face
    assert not selects(card)  # one section: a button beside Sources, not a menu of one
    assert more_buttons(card) == ["What the reviews said"]
    reviews = await server.member.click(card, label="What the reviews said")
    assert reviews.ephemeral
    shown = text(reviews.response)
    assert "alternate take, somehow here with even more intensity" in shown
    assert "— Prefix Magazine" in shown
    sources = await server.member.click(card, label=next(b for b in buttons(card) if b.startswith("Sources")))
    assert (
        "**Prefix Magazine** · *[Various Artists – I'm Here Original Soundtrack](https://prefixmag.com/"
        in text(sources.response)
    )


async def test_a_tracks_place_and_the_albums_count_cite_their_own_sources(server: Server) -> None:
    """ "Track 4 of 9": the place is the listings' that number it (TMT, COS), the count is BUST's and
    TMT's (the pack's track_count fact): the same on the album's "9 tracks"."""
    card, face = await face_of(server, "track", title="4")
    assert face.split("\n")[1].startswith("Track 4¹˒² of 9¹˒³ · ")
    panel = text((await server.member.click(card, label=_sources(card))).response)
    assert "¹ **Tiny Mix Tapes**" in panel and "² **Consequence of Sound**" in panel and "³ **BUST**" in panel
    _, album_face = await face_of(server, "album")
    assert "9 tracks¹˒" in album_face.split("\n")[1]


async def test_a_title_only_one_listing_prints_says_which_source_prints_it(server: Server) -> None:
    """TMT lists track 9 but its copy breaks off inside the title: only IJRAT prints the whole title."""
    card = (await server.member.slash(server.channel, "track", title="electric dream")).response
    assert "title as printed by I Just Read About That" in text(card)
    plain = (await server.member.slash(server.channel, "track", title="Y.O.U.")).response
    assert "title as printed" not in text(plain)


async def test_disputed_credit_is_shown_with_every_value(server: Server) -> None:
    card = (await server.member.slash(server.channel, "track", title="electric dream")).response
    face = text(card)
    assert "⚠️ **Credited as:** Sam Spiegel" in face and "ASKA: Prefix Magazine" in face
    panel = await server.member.click(card, label="Disputed (1)")
    shown = text(panel.response)
    assert "• Sam Spiegel — Tiny Mix Tapes" in shown and "I Just Read About That" in shown
    # COS says only "two songs from Squeak E. Clean", and its list breaks off in track 5: no track-9 credit.
    assert "Consequence of Sound" not in shown


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hellhole rat race", "6. Hellhole Ratrace"),
        ("did you see the worlds", "5. Did You See the Words"),
        ("9", "9."),
    ],
)
async def test_track_resolves_what_was_typed_by_hand(server: Server, typed: str, expected: str) -> None:
    result = await server.member.slash(server.channel, "track", title=typed)
    assert title(result.response).startswith(expected)


async def test_artist_card_has_names_members_tracks_and_the_rest_one_tap_away(server: Server) -> None:
    card, face = await face_of(server, "artist", name="the lost trees")
    assert title(card) == "The Lost Trees"
    assert "**Members ⚠️ the sources disagree on the line-up**" in face
    assert "**Flea**" in face and "**Nick Thelan**" in face
    assert "There Are Many of Us" in face and "The Past Is a Grotesque Animal" in face
    assert more_buttons(card) == ["Who's who", "Facts", "What the reviews said"]
    who = text((await server.member.click(card, label="Who's who")).response)
    assert "Red Hot Chili Peppers' bassist" in who and "Nathan Thelen (inferred)" in who
    assert "see /artist Aska" in who
    reached = "\n".join(await open_all(server, card))
    assert "A band made up for the film" in reached and "Lauren Rubin" in reached
    assert not bare_keys(server.env.bot.pack, face + reached)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("typed", "name"), [("gui burrato", "Gui Boratto"), ("squeak e clean", "Sam Spiegel"), ("ASKA", "Aska")]
)
async def test_artist_resolves_aliases_and_misspellings(server: Server, typed: str, name: str) -> None:
    card = (await server.member.slash(server.channel, "artist", name=typed)).response
    assert title(card) == name
    if typed == "gui burrato":
        assert "Gui Burrato — misspelt¹" in text(card) or "Gui Burrato — misspelt" in text(card)


async def test_artist_without_tracks_says_so(server: Server) -> None:
    card = (await server.member.slash(server.channel, "artist", name="spike jonze")).response
    assert "No track of their own on the album" in text(card)


async def test_every_card_keeps_its_buttons_after_a_restart(server: Server) -> None:
    posted = [
        (await server.member.slash(server.channel, "album")).response,
        (await server.member.slash(server.channel, "track", title="1")).response,
        (await server.member.slash(server.channel, "artist", name="Flea")).response,
    ]
    before = [text((await server.member.click(m, label=_sources(m))).response) for m in posted]
    await restart(server.env)
    after = [text((await server.member.click(m, label=_sources(m))).response) for m in posted]
    assert after == before
    more = await server.member.click(posted[1], label="What the reviews said")
    assert more.ephemeral and "What the reviews said" in text(more.response)
    menu_card = (await server.member.slash(server.channel, "tracks")).response
    [menu] = selects(menu_card)  # nine sections: a menu
    await restart(server.env)
    notes = await server.member.select(menu_card, ["m8"], custom_id=menu["custom_id"])
    assert notes.ephemeral and "9. There Are Many of Us" in text(notes.response)
    assert not server.env.errors


def _sources(message: Sent) -> str:
    return next(label for label in buttons(message) if label.startswith("Sources"))


async def test_unknown_track_is_a_private_error_with_suggestions(server: Server) -> None:
    result = await server.member.slash(server.channel, "track", title="lonsome robbot theem song")
    assert result.ephemeral
    assert "couldn't find a track" in result.response.content
    assert "Did you mean **8. Lonesome Robot Theme" in result.response.content
    assert server.user_errors() == [result.response.content]


async def test_an_unknown_artist_reads_an_artist_not_a_artist(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="zzzzqqq")
    assert result.ephemeral
    assert "I couldn't find an artist called" in result.response.content
    assert "a artist" not in result.response.content
    server.user_errors()


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
    # Track 1's credit is disputed: a suggestion names no side of it; track 2's is not.
    assert choices[0] == {"name": "1. There Are Many of Us", "value": "There Are Many of Us"}
    assert choices[1] == {"name": "2. Beautiful Life — Gui Boratto", "value": "Beautiful Life"}


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
    assert title(result.response) == "4. The Past Is a Grotesque Animal"


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


async def test_cards_for_a_huge_pack_stay_within_limits_and_leave_nothing_out(
    server: Server, repo: CatalogueRepository, packs: PackRepository
) -> None:
    aska = (await server.member.slash(server.channel, "artist", name="aska")).response
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

    track = (await server.member.slash(server.channel, "track", title="1")).response
    assert_valid_layout(track)
    assert len(text(track)) <= FACE_LIMIT + 300 and "the buttons below" in text(track)
    reached = "\n".join(await open_all(server, track))
    assert all(f"Note {j} " in reached for j in range(30))  # nothing left out: one tap away
    assert all(f"Publication {i} " in reached for i in range(10))

    artist = (await server.member.slash(server.channel, "artist", name="artist 0")).response
    assert_valid_layout(artist)
    album = (await server.member.slash(server.channel, "album")).response
    assert_valid_layout(album)
    reached = "\n".join(await open_all(server, album))
    assert all(f"**Publication {i} " in reached for i in range(20))  # every source cited, none dropped
    assert all(f"**Fact {j}:**" in reached for j in range(40))
    listing = (await server.member.slash(server.channel, "tracks")).response
    assert_valid_layout(listing)
    choices = await server.member.autocomplete(server.channel, "track", "title", "track")
    assert len(choices) == 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    picked = await server.member.slash(server.channel, "track", title=choices[4]["value"])
    assert title(picked.response).startswith("5. Track 5")
    assert not server.env.errors
    # A card of the pack served before: its buttons say what to do, they don't fail.
    gone = await server.member.click(aska, label=next(b for b in buttons(aska) if b.startswith("Sources")))
    assert gone.ephemeral and "run the command again" in gone.response.content
    assert server.user_errors() == [gone.response.content]


# -- people, and every way a fan names a track ---------------------------------------------------------


async def test_a_band_member_shows_the_bands_card_saying_who_they_are_there(server: Server) -> None:
    result = await server.member.slash(server.channel, "artist", name="Flea")
    assert not result.ephemeral
    card = result.response
    assert_valid_layout(card)
    assert title(card) == "The Lost Trees"
    lead = texts(card)[0].split("\n")[1]
    assert (
        lead.startswith("**Flea** is a member of The Lost Trees") and "Red Hot Chili Peppers' bassist" in lead
    )
    # The band's own card does not open with anyone in particular, and its panels are the same.
    plain = (await server.member.slash(server.channel, "artist", name="The Lost Trees")).response
    assert "**Flea** is" not in texts(plain)[0]
    assert await open_all(server, plain) == await open_all(server, card)


async def test_autocomplete_offers_people_with_their_band(server: Server) -> None:
    choices = await server.member.autocomplete(server.channel, "artist", "name", "fle")
    assert {"name": "Flea — The Lost Trees", "value": "Flea"} in choices
    zinner = await server.member.autocomplete(server.channel, "artist", "name", "nick zimm")
    assert zinner[0] == {"name": "Nick Zinner — The Lost Trees", "value": "Nick Zinner"}


async def test_an_original_albums_title_finds_its_track_and_says_so(server: Server) -> None:
    card = (await server.member.slash(server.channel, "track", title="Treats")).response
    assert texts(card)[0].split("\n")[1] == "“A/B Machines” is from *Treats*."
    assert title(card) == "3. A/B Machines"


@pytest.mark.parametrize("typed", ["remix", "the reprise", "There Are Many of Us (remix)", "#9", "nine"])
async def test_track_nine_by_every_name_fans_use(server: Server, typed: str) -> None:
    result = await server.member.slash(server.channel, "track", title=typed)
    assert title(result.response) == "9. There Are Many of Us (Electric Dream Reprise)"


async def test_a_card_posted_twice_answers_on_both_messages(server: Server) -> None:
    """The layout of a card is kept and sent again: both messages' buttons answer, each privately."""
    first = (await server.member.slash(server.channel, "track", title="3")).response
    second = (await server.member.slash(server.channel, "track", title="3")).response
    assert first.id != second.id and first.components == second.components
    for message in (first, second, first):
        panel = await server.member.click(message, label=_sources(message))
        assert panel.ephemeral and "**Tiny Mix Tapes**" in text(panel.response)
    assert not server.env.errors


async def test_the_label_disputes_are_on_the_album_with_each_values_sources(server: Server) -> None:
    """Issue 21, item 1: the label's founding year and its move to Chicago are disputed on the face,
    and Disputed gives each value with the publications that state it."""
    card, face = await face_of(server, "album")
    assert "⚠️ **The label founded:** 1998" in face and "⚠️ **The label moved to Chicago:**" in face
    shown = text(
        (await server.member.click(card, label=next(b for b in buttons(card) if "Disputed" in b))).response
    )
    founded = shown[shown.index("**The label founded**") :]
    assert "• 1998 — Music Wiki (Fandom)" in founded and "Miami New Times" in founded
    assert "• 1997 — Wikipedia (Italian)" in founded
    assert "• A “year-old” label in late 1998 — Chicago Reader" in founded
    moved = shown[shown.index("**The label moved to Chicago**") :]
    assert "• September 1999 — Chicago Reader" in moved
    assert "• 1998, the year it was founded — Music Wiki (Fandom)" in moved


async def test_a_tracks_byline_is_cited_and_never_takes_a_side_of_a_dispute(server: Server) -> None:
    """Issue 21, item 2: "by X" under a track's title cites the sources of the credit it shows, and
    where the sources disagree on who, it says so instead of naming one side (track 9: not "by Sam
    Spiegel" while Prefix credits ASKA)."""
    pack: Pack = server.env.bot.pack  # type: ignore[attr-defined]
    for track in pack.tracks:
        card, _ = await face_of(server, "track", title=str(track.position))
        lead = texts(card)[0].split("\n")[1]
        if track.credits_disputed:
            assert " · by " not in lead and "⚠️ who it is by: the sources disagree" in lead, lead
        else:
            by = lead[lead.index(" · by ") + len(" · by ") :].split(" · ")[0]
            credit = track.credits[0].text
            assert by.startswith(credit) and by != credit and by[len(credit)] in "¹²³⁴⁵⁶⁷⁸⁹", lead
    nine, _ = await face_of(server, "track", title="9")
    assert "by Sam Spiegel" not in texts(nine)[0]


async def test_prefix_crediting_track_nine_to_aska_is_marked_inferred(server: Server) -> None:
    """Issue 21, item 3: Prefix never names track 9; tying its second version of the song to track 9
    is the pack's reading, shown as such on track 9's card and on Sam Spiegel's."""
    _, nine = await face_of(server, "track", title="9")
    aska = nine[nine.index("ASKA: Prefix Magazine") :].split("\n")[0]
    assert "(inferred)" in aska
    card, spiegel = await face_of(server, "artist", name="sam spiegel")
    assert "(inferred)" in spiegel[spiegel.index("Track 9 is ASKA's") :].split("\n")[0]
    shown = text((await server.member.click(card, label="Disputed (1)")).response)
    assert "(inferred) — read from Prefix Magazine" in shown
    assert "as Prefix Magazine reads it" not in nine + spiegel + shown


async def test_a_quote_is_under_a_track_only_where_its_words_tie_it_there(server: Server) -> None:
    """Issue 21, item 4: Prefix never names track 9 or track 7; its remix, its second version of the
    song and ASKA's "another song" are tied to them only by the pack's inference, so those quotes are
    not shown under those tracks as if Prefix had said so."""
    for position, words in (
        ("9", ("The remix of the song", "Two versions of")),
        ("7", ("ASKA has another song",)),
    ):
        card = (await server.member.slash(server.channel, "track", title=position)).response
        reached = text(card) + "\n".join(await open_all(server, card))
        for phrase in words:
            assert phrase not in reached, (position, phrase)


async def test_track_one_marks_original_against_already_out_and_track_three_has_its_demo(
    server: Server,
) -> None:
    """Issue 21, item 8: Exclaim!'s "original material" beside "already out before the soundtrack" is
    a disagreement and says so; track 3's card knows the 2009 demo EP the Sleigh Bells card shows."""
    _, one = await face_of(server, "track", title="1")
    for words in ("Original material", "Already out before", "Already out as a digital release"):
        line = next(line for line in one.split("\n") if line.startswith(words))
        assert "⚠️ the sources disagree" in line, line
    _, three = await face_of(server, "track", title="3")
    assert "Already on the band's demo EP" in three
    assert "the Sleigh Bells EP the band self-released in 2009 (inferred)" in three
