"""The TOML reader every data file shares: each bad field becomes a problem naming its file, entry and
field, and reading goes on so that every problem is reported at once."""

from __future__ import annotations

from pathlib import Path

from bot.domain.pack import Claim, Pack, PackError, PackProblem, Reviews, TomlReader, load_toml
from tests.bot.domain.pack.conftest import problem
from tests.conftest import edit


def messages(reader: TomlReader) -> list[str]:
    return [str(p) for p in reader.problems]


def test_a_problem_names_its_file_then_its_entry_then_its_field() -> None:
    file_only = PackProblem("album.toml", "", "", "the file is missing")
    in_entry = PackProblem("tracks.toml", "track #2", "", "is odd")
    in_field = PackProblem("tracks.toml", "track 'Y.O.U.'", "title", "is missing")
    assert str(file_only) == "album.toml: the file is missing"
    assert str(in_entry) == "tracks.toml, track #2: is odd"
    assert str(in_field) == "tracks.toml, track 'Y.O.U.', field 'title': is missing"
    error = PackError([file_only, in_field])
    assert error.problems == [file_only, in_field]
    assert (
        str(error)
        == "album.toml: the file is missing\ntracks.toml, track 'Y.O.U.', field 'title': is missing"
    )


def test_a_file_missing_broken_or_not_utf8_is_a_problem_and_reads_as_empty(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("title = ", encoding="utf-8")
    (tmp_path / "latin1.toml").write_bytes('title = "Café"'.encode("latin-1"))
    (tmp_path / "good.toml").write_text('title = "Café"', encoding="utf-8")
    problems: list[PackProblem] = []
    assert load_toml(tmp_path / "good.toml", problems) == {"title": "Café"}
    assert load_toml(tmp_path / "missing.toml", problems, required=False) == {}
    assert problems == []
    for name in ("missing.toml", "broken.toml", "latin1.toml"):
        assert load_toml(tmp_path / name, problems) == {}
    assert [(Path(p.file).name, p.message.split(":")[0]) for p in problems] == [
        ("missing.toml", "the file is missing"),
        ("broken.toml", "is not valid TOML"),
        ("latin1.toml", "is not UTF-8 text"),
    ]


def test_a_text_field_is_stripped_and_a_missing_or_empty_one_is_named() -> None:
    reader = TomlReader("artists.toml", [])
    assert reader.text({"name": "  Aska \n"}, "artist #1", "name") == "Aska"
    assert reader.text({}, "artist #1", "note", required=False) is None
    assert reader.problems == []
    assert reader.text({}, "artist #1", "name") is None
    assert reader.text({"name": " "}, "artist #2", "name") is None
    assert reader.text({"name": 3}, "artist #3", "name") is None
    assert messages(reader) == [
        "artists.toml, artist #1, field 'name': is missing",
        "artists.toml, artist #2, field 'name': must be a non-empty text",
        "artists.toml, artist #3, field 'name': must be a non-empty text",
    ]


def test_a_number_and_a_flag_take_only_their_own_type() -> None:
    reader = TomlReader("tracks.toml", [])
    assert reader.integer({"position": 3}, "track #1", "position") == 3
    assert reader.flag({}, "track #1", "credits_disputed") is False
    assert reader.problems == []
    assert reader.integer({"position": True}, "track #2", "position") is None
    assert reader.integer({"position": "3"}, "track #3", "position") is None
    assert reader.flag({"credits_disputed": "yes"}, "track #4", "credits_disputed") is False
    assert messages(reader) == [
        "tracks.toml, track #2, field 'position': must be a whole number, not True",
        "tracks.toml, track #3, field 'position': must be a whole number, not '3'",
        "tracks.toml, track #4, field 'credits_disputed': must be true or false",
    ]


def test_a_key_is_a_slug_used_by_one_entry() -> None:
    reader = TomlReader("quotes.toml", [])
    seen: set[str] = set()
    assert reader.key({"key": "bust-swoon"}, "quote #1", seen) == "bust-swoon"
    assert reader.problems == []
    assert reader.key({"key": "Bust Swoon"}, "quote #2", seen) == "Bust Swoon"
    assert reader.key({"key": "bust-swoon"}, "quote #3", seen) == "bust-swoon"
    assert reader.key({"key": "x" * 40}, "quote #4", seen) == "x" * 40
    assert reader.key({"key": "y" * 41}, "quote #5", seen) == "y" * 41
    assert messages(reader) == [
        "quotes.toml, quote #2, field 'key': must be lowercase letters, digits and hyphens, not 'Bust Swoon'",
        "quotes.toml, quote #3, field 'key': 'bust-swoon' is used by another entry too",
        "quotes.toml, quote #5, field 'key': must be at most 40 characters, not 41",
    ]


def test_tables_lists_and_sources_must_have_their_shape() -> None:
    reader = TomlReader("artists.toml", [])
    assert reader.tables({"members": [{"name": "Flea"}, "Nick Zinner"]}, "artist 'x'", "members") == []
    assert reader.table({"origin": ["Brazil"]}, "artist 'x'", "origin") is None
    assert reader.strings({"artists": ["aska", ""]}, "track #1", "artists") == ()
    assert reader.sources({}, "track #1") == ()
    assert reader.sources({"sources": []}, "track #2", what="person") == ()
    assert messages(reader) == [
        "artists.toml, artist 'x', field 'members': must be a list of tables",
        "artists.toml, artist 'x', field 'origin': must be a table",
        "artists.toml, track #1, field 'artists': must be a list of non-empty texts",
        "artists.toml, track #1, field 'sources': is missing: every value needs at least one source",
        "artists.toml, track #2, field 'sources': is empty: every person needs at least one source",
    ]
    assert reader.sources({"sources": [" TMT", "COS", "TMT"]}, "track #3") == ("TMT", "COS")


def test_a_claim_reads_its_text_sources_note_and_inference() -> None:
    reader = TomlReader("album.toml", [])
    item = {"text": "5 October", "sources": ["BUST", "COS"], "note": "no year given", "inference": True}
    assert reader.claim(item, "fact 'release_date', values #1") == Claim(
        "5 October", ("BUST", "COS"), (), "no year given", inference=True
    )
    nameless = {"sources": ["BUST"], "evidence": {"BUST": "October 5th"}}
    assert reader.claims({"values": [nameless, item]}, "fact 'x'", "values") == (
        Claim("5 October", ("BUST", "COS"), (), "no year given", inference=True),
    )
    assert messages(reader) == ["album.toml, fact 'x', values #1, field 'text': is missing"]


def test_a_value_needs_a_phrase_for_every_source_it_cites_unless_it_is_an_inference() -> None:
    reviews = Reviews({"BUST": "makes her debut on this record"}, {"BUST": "reviews/bust.txt"})
    reader = TomlReader("artists.toml", [], reviews)
    phrase = {"evidence": {"BUST": "makes her debut", "TMT": "Aska Matsumiya"}}
    assert reader.evidence(phrase, "fact 'debut'", ("BUST", "TMT")) == (
        ("BUST", "makes her debut"),
        ("TMT", "Aska Matsumiya"),
    )
    assert reader.evidence({}, "fact 'guess'", ("BUST", "TMT"), inference=True) == ()
    assert reader.problems == []
    assert reader.evidence({}, "fact 'said'", ("BUST",)) == ()
    # A source whose text the pack does not ship needs one too (issue 21, item 12).
    assert reader.evidence({"evidence": {"BUST": "makes her debut"}}, "fact 'plain'", ("BUST", "TMT")) == (
        ("BUST", "makes her debut"),
    )
    assert messages(reader) == [
        "artists.toml, fact 'said', field 'evidence': cites BUST, whose text the pack ships "
        '(reviews/bust.txt), so it needs an evidence phrase from it: evidence = { BUST = "…" }',
        "artists.toml, fact 'plain', field 'evidence': cites TMT with no evidence phrase for this value: "
        "give TMT's own words that state it, as ../shared/soundtrack-facts.md quotes them "
        '(evidence = { TMT = "…" }), or drop the source if it does not state it',
    ]


def test_a_source_the_facts_file_ties_to_a_value_without_quoting_it_is_named_unquoted() -> None:
    reviews = Reviews({"BUST": "makes her debut on this record"}, {"BUST": "reviews/bust.txt"})
    reader = TomlReader("album.toml", [], reviews)
    assert reader.evidence({"unquoted": ["WP-FILM"]}, "fact 'runtime', values #3", ("WP-FILM",)) == ()
    assert reader.problems == []
    # Only a cited source, never one with a phrase as well, never a review the pack ships.
    reader.evidence({"unquoted": ["TMT"]}, "fact 'a'", ("WP-FILM",))
    reader.evidence({"unquoted": ["TMT"], "evidence": {"TMT": "a 30-minute short"}}, "fact 'b'", ("TMT",))
    reader.evidence({"unquoted": ["BUST"]}, "fact 'c'", ("BUST",))
    assert messages(reader) == [
        "album.toml, fact 'a', field 'unquoted': names 'TMT', which is not in its sources",
        "album.toml, fact 'a', field 'evidence': cites WP-FILM with no evidence phrase for this value: "
        "give WP-FILM's own words that state it, as ../shared/soundtrack-facts.md quotes them "
        '(evidence = { WP-FILM = "…" }), or drop the source if it does not state it',
        "album.toml, fact 'b', field 'unquoted': names TMT, which has a phrase in evidence: keep one",
        "album.toml, fact 'c', field 'unquoted': names BUST, whose text the pack ships: quote it",
    ]


# -- through the real pack's files ---------------------------------------------------------------------


def test_impossible_date_is_reported_with_its_file(broken: Path) -> None:
    edit(broken / "album.toml", "date = 2010-10-05", "date = 2010-13-05")
    message = problem(broken)
    assert "album.toml" in message
    assert "not valid TOML" in message


def test_a_value_without_a_source_is_refused(broken: Path) -> None:
    edit(
        broken / "album.toml",
        '{ text = "31 min", sources = ["WP-FILM"], unquoted = ["WP-FILM"] }',
        '{ text = "31 min", sources = [] }',
    )
    assert "fact 'runtime', values #3, field 'sources': is empty" in problem(broken)


def test_a_broken_evidence_phrase_is_named_by_file_entry_and_field(broken: Path) -> None:
    edit(
        broken / "artists.toml",
        'BUST = "makes her debut on this record"',
        'BUST = "makes her debut on this album"',
    )
    assert (
        "artists.toml, artist 'aska', fact 'debut', values #1, field 'evidence.BUST': "
        "“makes her debut on this album” is not in BUST's text (reviews/bust.txt), word for word"
    ) in problem(broken)


def test_a_credit_citing_a_shipped_review_without_evidence_is_refused(broken: Path) -> None:
    edit(
        broken / "tracks.toml",
        ', evidence = { PREFIX = "Two versions of “There Are Many of Us,” by a project called ASKA" }',
        "",
    )
    assert (
        "tracks.toml, track 'There Are Many of Us', credits #5, field 'evidence': cites PREFIX, whose text "
        "the pack ships (reviews/prefix.txt), so it needs an evidence phrase from it"
    ) in problem(broken)


def test_a_citation_of_an_unshipped_source_without_a_phrase_is_refused_naming_the_entry(broken: Path) -> None:
    """Issue 21, item 12: every (value, source) pair a card or question cites has its evidence, not only
    those of the reviews the pack ships."""
    edit(broken / "album.toml", ', evidence = { EXCLAIM = "I\'m Here OST" }', "")
    edit(
        broken / "tracks.toml",
        'evidence = { TMT = "Sam Spiegel - \'T", IJRAT = "The final two tracks" }',
        'evidence = { IJRAT = "The final two tracks" }',
    )
    message = problem(broken)
    assert (
        "album.toml, fact 'titles', values #2, field 'evidence': cites EXCLAIM with no evidence phrase"
        in (message)
    )
    assert (
        "tracks.toml, track 'There Are Many of Us (Electric Dream Reprise)', field 'evidence': cites TMT "
        "with no evidence phrase"
    ) in message


def test_evidence_for_a_source_the_value_does_not_cite_is_refused(broken: Path) -> None:
    edit(
        broken / "album.toml",
        'evidence = { BUST = "the 9 track play list"',
        'evidence = { PREFIX = "the 9 track play list"',
    )
    message = problem(broken)
    assert "fact 'track_count', values #1, field 'evidence': gives a phrase for 'PREFIX'" in message


def test_an_inference_needs_no_phrase_but_says_so(real_pack: Pack) -> None:
    year = real_pack.fact("release_year")
    assert year is not None and all(v.inference and not v.evidence for v in year.values)


def test_a_field_the_entry_does_not_have_is_named_not_ignored(broken: Path) -> None:
    # An artist has no sources of its own any more: each value cites its own.
    edit(broken / "artists.toml", 'key = "girls"\n', 'key = "girls"\nsources = ["WP-GIRLS"]\n')
    assert "artists.toml, artist 'girls', field 'sources': is not a field here" in problem(broken)
