"""Which came first: albums of different years, every year asked about."""

from __future__ import annotations

from bot.domain.pack import Pack
from bot.domain.trivia.generators import timeline


def test_which_came_first_and_last_by_year(real_pack: Pack) -> None:
    years = {d.title: d.year for d in timeline.dated(real_pack)}
    questions = list(timeline.which_came_first(real_pack))
    assert len(questions) >= 10
    for q in questions:
        shown = [years[o] for o in q.options]
        assert len(set(shown)) == len(shown), q.id  # two of one year have no "first"
        pick = min if "first" in q.prompt else max
        assert years[q.right] == pick(shown), q.id
        assert len(q.about) == len(q.options) and all(f.endswith(":original-year") for f in q.about)
