"""Where the older songs first came out."""

from __future__ import annotations

from bot.domain.pack import Pack
from bot.domain.trivia.generators.releases import original_release


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
