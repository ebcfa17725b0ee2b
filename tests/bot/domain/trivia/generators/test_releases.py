"""Where the older songs first came out."""

from __future__ import annotations

import dataclasses

from bot.domain.pack import Pack
from bot.domain.trivia.generators.releases import original_release
from bot.ui.i18n import ENGLISH, catalogue


def test_album_year_and_label_are_three_facts_told_together(real_pack: Pack) -> None:
    questions = {q.id: q for q in original_release(real_pack)}
    year = questions["gen:original-year:6"]
    assert year.right == "2009" and year.about == ("track:6:original-year",)
    # Its prompt names the album and the band; its explanation names the label too.
    assert {"track:6:original-album", "track:6:original-label", "track:6:credit"} <= set(year.reveals)
    assert "*Album*" in year.prompt and "“Hellhole Ratrace”" in year.prompt


def test_an_album_title_that_would_stand_out_is_not_asked(real_pack: Pack) -> None:
    # "Hissing Fauna, Are You the Destroyer?" is three times longer than any other album's title.
    assert "gen:original-album:4" not in {q.id for q in original_release(real_pack)}


def test_a_release_with_no_label_nor_note_is_worded_as_english_says_it(real_pack: Pack) -> None:
    """The locale files' English says what the generator says, whichever parts the pack gives."""
    bare = [
        dataclasses.replace(t, original=dataclasses.replace(t.original, label=None, note=None))
        if t.original and t.position == 2
        else t
        for t in real_pack.tracks
    ]
    pack = dataclasses.replace(real_pack, tracks=tuple(bare))
    questions = {q.id: q for q in original_release(pack)}
    for qid in ("gen:original-album:2", "gen:original-year:2", "gen:original-album:3", "gen:original-year:5"):
        q = questions[qid]
        for message, text in ((q.prompt_said, q.prompt), (q.explanation_said, q.explanation)):
            assert message is not None
            assert catalogue().format(ENGLISH, message.key, dict(message.values)) == text
    assert questions["gen:original-year:2"].explanation.endswith("by Gui Boratto (2007).")
