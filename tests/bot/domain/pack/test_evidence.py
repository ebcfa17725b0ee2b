"""Evidence phrases: found in a shipped review word for word, with whitespace and typographic quotes
forgiven and nothing else (case and spelling count); a phrase that is not there is named, shortened."""

from __future__ import annotations

from pathlib import Path

from bot.domain.pack import read_pack
from tests.bot.domain.pack.conftest import edit, problem


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
