"""trivia.toml: read and validated like the pack, every problem named by file, entry and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.domain.pack import Pack, PackError
from bot.domain.trivia.handwritten import TRIVIA_FILE, read_handwritten
from bot.settings import PACKS_DIR


def test_the_real_hand_written_questions_are_valid(real_pack: Pack) -> None:
    questions = read_handwritten(PACKS_DIR / "im-here", real_pack)
    assert len(questions) >= 6
    assert all(q.id.startswith("hand:") and q.sources for q in questions)
    assert any(q.options == ("True", "False") for q in questions)


def test_a_pack_without_trivia_has_no_hand_written_questions(tmp_path: Path, real_pack: Pack) -> None:
    assert read_handwritten(tmp_path, real_pack) == ()


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / TRIVIA_FILE).write_text(text, encoding="utf-8")
    return tmp_path


def test_every_problem_is_named(tmp_path: Path, real_pack: Pack) -> None:
    folder = write(
        tmp_path,
        """
[[questions]]
key = "one"
category = "films"
difficulty = "easy"
question = "Q?"
answer = "A"
wrong = ["a", "B"]
explanation = "x"
sources = ["NOPE"]

[[questions]]
key = "one"
category = "album"
difficulty = "easy"
question = "Q?"
answer = true
wrong = ["no"]
explanation = "x"
sources = ["BUST"]

[[questions]]
key = "three"
category = "album"
difficulty = "easy"
question = "Q?"
answer = "A"
wrong = ["B"]
explanation = "x"
""",
    )
    with pytest.raises(PackError) as caught:
        read_handwritten(folder, real_pack)
    text = str(caught.value)
    assert "trivia.toml, question 'one', field 'sources': unknown source 'NOPE'" in text
    assert "question 'one', field 'wrong': a wrong option is the same as the answer" in text
    assert "unknown category 'films'" in text
    assert "question 'one', field 'key': 'one' is used by another question too" in text
    assert "a true/false question has no wrong options" in text
    assert "question 'three', field 'wrong': needs two or three wrong options, not 1" in text
    assert "question 'three', field 'sources': is missing" in text


def test_broken_toml_is_reported_with_the_file(tmp_path: Path, real_pack: Pack) -> None:
    folder = write(tmp_path, "[[questions]\n")
    with pytest.raises(PackError, match=r"trivia\.toml: is not valid TOML"):
        read_handwritten(folder, real_pack)


def test_a_copy_of_the_real_file_round_trips(tmp_path: Path, real_pack: Pack) -> None:
    shutil.copy(PACKS_DIR / "im-here" / TRIVIA_FILE, tmp_path / TRIVIA_FILE)
    assert read_handwritten(tmp_path, real_pack) == read_handwritten(PACKS_DIR / "im-here", real_pack)


def test_facts_default_to_the_question_and_can_be_named(tmp_path: Path, real_pack: Pack) -> None:
    body = """
category = "album"
difficulty = "easy"
question = "Q?"
answer = true
explanation = "Because."
sources = ["BUST"]
evidence = { BUST = "the 9 track play list" }
"""
    folder = write(
        tmp_path,
        f'[[questions]]\nkey = "plain"\n{body}\n'
        f'[[questions]]\nkey = "named"\nfacts = ["album:director"]\nreveals = ["track:4:credit"]\n{body}',
    )
    plain, named = read_handwritten(folder, real_pack)
    assert plain.about == ("hand:plain",) and plain.reveals == ()
    assert named.about == ("album:director",) and named.reveals == ("track:4:credit",)


def test_a_bad_fact_id_is_named(tmp_path: Path, real_pack: Pack) -> None:
    folder = write(
        tmp_path,
        """
[[questions]]
key = "bad"
category = "album"
difficulty = "easy"
question = "Q?"
answer = true
explanation = "Because."
sources = ["BUST"]
facts = []
reveals = ["Track 4"]
""",
    )
    with pytest.raises(PackError) as caught:
        read_handwritten(folder, real_pack)
    text = str(caught.value)
    assert "question 'bad', field 'facts': needs at least one fact the question asks about" in text
    assert "question 'bad', field 'reveals': must be a list of fact ids" in text


def test_a_question_citing_a_shipped_review_needs_a_phrase_from_it(tmp_path: Path, real_pack: Pack) -> None:
    body = """
category = "album"
difficulty = "easy"
question = "True or false: BUST calls the film 35 minutes long."
answer = true
explanation = "BUST calls it a 35 minute mini film."
sources = ["BUST"]
"""
    folder = write(
        tmp_path,
        f'[[questions]]\nkey = "none"\n{body}\n'
        f'[[questions]]\nkey = "wrong"\nevidence = {{ BUST = "a 40 minute mini film" }}\n{body}',
    )
    with pytest.raises(PackError) as caught:
        read_handwritten(folder, real_pack)
    text = str(caught.value)
    assert "trivia.toml, question 'none', field 'evidence': cites BUST, whose text the pack ships" in text
    assert "question 'wrong', field 'evidence.BUST': “a 40 minute mini film” is not in BUST's text" in text


def test_a_questions_sources_are_checked_as_the_packs_each_needs_a_phrase(
    tmp_path: Path, real_pack: Pack
) -> None:
    """Issue 21, item 12: a hand-written question citing a page the pack ships no text of needs a phrase
    for it too (its words as the facts file quotes them), or names it unquoted."""
    body = """
category = "album"
difficulty = "easy"
question = "Which brand funded the short film?"
answer = "Absolut"
wrong = ["Levi's", "Converse"]
explanation = "Wikipedia and Tiny Mix Tapes say so."
sources = ["WP-FILM", "TMT"]
"""
    folder = write(
        tmp_path,
        f'[[questions]]\nkey = "half"\nevidence = {{ WP-FILM = "funded by" }}\n{body}\n'
        f'[[questions]]\nkey = "told"\nevidence = {{ WP-FILM = "funded by" }}\nunquoted = ["TMT"]\n{body}',
    )
    with pytest.raises(PackError) as caught:
        read_handwritten(folder, real_pack)
    assert [str(p) for p in caught.value.problems] == [
        f"{folder / TRIVIA_FILE}, question 'half', field 'evidence': cites TMT with no evidence phrase "
        "for this value: give TMT's own words that state it, as ../shared/soundtrack-facts.md quotes them "
        '(evidence = { TMT = "…" }), or drop the source if it does not state it'
    ]


def test_the_companion_book_question_is_not_given_away_by_its_options(real_pack: Pack) -> None:
    """Its answer is also track 1's title: every option is a whole track title, so knowing the album's
    track list does not single it out, and no option is another cut short."""
    [book] = [q for q in read_handwritten(PACKS_DIR / "im-here", real_pack) if q.id == "hand:companion-book"]
    titles = {t.title for t in real_pack.tracks}
    assert set(book.options) <= titles and len(set(book.options)) == len(book.options)
    assert not any(a != b and b.startswith(a) for a in book.options for b in book.options)


def test_the_spiegel_brothers_explanation_quotes_bust_in_whole_phrases(real_pack: Pack) -> None:
    [brothers] = [
        q for q in read_handwritten(PACKS_DIR / "im-here", real_pack) if q.id == "hand:spiegel-brothers"
    ]
    assert brothers.explanation == (
        'BUST calls Sam Spiegel "Spike\'s little brother" and says he is "more commonly known as '
        'Squeak E. Clean".'
    )
