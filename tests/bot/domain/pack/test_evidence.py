"""Evidence phrases: found in a shipped review word for word, with whitespace and typographic quotes
forgiven and nothing else (case and spelling count); a phrase that is not there is named, shortened."""

from __future__ import annotations

from pathlib import Path

from bot.domain.pack import Reviews, flatten, read_pack
from tests.bot.domain.pack.conftest import problem
from tests.conftest import edit

REVIEWS = Reviews(
    {"BUST": flatten("Nothing makes me\n  swoon like “Lonesome Robot Theme” — it’s Sam Spiegel’s.")},
    {"BUST": "reviews/bust.txt"},
)


def test_flatten_collapses_whitespace_and_straightens_quotes_and_nothing_else() -> None:
    assert flatten("  Nothing\tmakes me\n\nswoon  ") == "Nothing makes me swoon"
    assert flatten("“It’s” ‘here’") == "\"It's\" 'here'"
    assert flatten("I'm HERE — «robots»") == "I'm HERE — «robots»"


def test_a_phrase_is_found_whatever_its_spacing_and_quotation_marks() -> None:
    assert REVIEWS.says("BUST", "makes me swoon")
    assert REVIEWS.says("BUST", 'like "Lonesome Robot\n Theme"')
    assert REVIEWS.says("BUST", "it's Sam Spiegel's")


def test_a_phrase_with_another_case_or_word_is_not_found() -> None:
    assert not REVIEWS.says("BUST", "nothing makes me swoon")
    assert not REVIEWS.says("BUST", "Nothing makes me faint")


def test_the_reviews_know_which_sources_they_hold() -> None:
    assert "BUST" in REVIEWS
    assert "PREFIX" not in REVIEWS


def test_a_phrase_not_found_is_named_with_the_file_and_shortened_past_80_characters() -> None:
    assert REVIEWS.not_found("BUST", "makes me faint") == (
        "“makes me faint” is not in BUST's text (reviews/bust.txt), word for word"
    )
    long = "x" * 79 + "yz"
    assert REVIEWS.not_found("BUST", long).startswith(f"“{'x' * 79}…” is not in BUST's text")
    assert f"“{'x' * 80}”" in REVIEWS.not_found("BUST", "x" * 80)


def test_a_missing_phrase_says_how_to_give_one() -> None:
    assert REVIEWS.missing("BUST") == (
        "cites BUST, whose text the pack ships (reviews/bust.txt), "
        'so it needs an evidence phrase from it: evidence = { BUST = "…" }'
    )


def test_evidence_is_whitespace_insensitive_and_reads_curly_quotes_as_straight(broken: Path) -> None:
    spaced, straight = "is   actually an\nalternate take", "Of Montreal's schizophrenic epic"
    spaced_toml = 'PREFIX = "is   actually an\\nalternate take"'  # a TOML escape: a line break
    edit(broken / "tracks.toml", 'PREFIX = "is actually an alternate take"', spaced_toml)
    edit(broken / "artists.toml", 'PREFIX = "Of Montreal’s schizophrenic epic"', f'PREFIX = "{straight}"')
    pack = read_pack(broken)  # accepted: neither change alters a word of the review
    [track] = [t for t in pack.tracks if t.position == 4]
    assert ("PREFIX", spaced) in {e for n in track.notes for e in n.evidence}
    [montreal] = [a for a in pack.artists if a.key == "of-montreal"]
    assert ("PREFIX", straight) in {e for a in montreal.aliases for e in a.evidence}
    # The same tolerance does not stretch to a changed word.
    edit(
        broken / "tracks.toml",
        spaced_toml,
        'PREFIX = "is actually an other take"',
    )
    assert "“is actually an other take” is not in PREFIX's text" in problem(broken)
