"""Question generators: each turns the pack's tracks, artists, facts and quotes into questions.

One module per category (tracks, releases, artists, reviews, album); ``common`` holds the keyword-only
builders and the rules every generator keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.domain.pack import Pack
from bot.domain.trivia.generators import (
    album,
    artists,
    gaps,
    names,
    places,
    releases,
    reviews,
    sayings,
    timeline,
    tracks,
)
from bot.domain.trivia.questions import Question

Generator = Callable[[Pack], Iterable[Question]]

GENERATORS: tuple[Generator, ...] = (
    tracks.credits,
    tracks.positions,
    tracks.running_order,
    tracks.two_versions,
    releases.original_release,
    artists.band_members,
    artists.odd_member,
    artists.origin,
    reviews.quote_track,
    reviews.quote_publication,
    album.album_facts,
    sayings.said_by,
    gaps.quote_words,
    names.names,
    timeline.which_came_first,
    places.origin_true_false,
    places.label_released,
)


def generate(pack: Pack) -> list[Question]:
    """Every generated question for the pack, in a stable order."""
    return [q for generator in GENERATORS for q in generator(pack)]
