"""Reading a whole pack back from the database: what the bot serves is what was validated."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from bot.db import Database
from bot.db.pack import PackRepository
from bot.domain.content import PackContent, read_content
from bot.domain.pack import Claim, Fact, Pack
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.questions import Question
from bot.settings import PACKS_DIR


def _assert_same_bank(stored: PackContent, validated: PackContent) -> None:
    """The question bank built from the database asks exactly what the one built from the files asks."""
    from_db = QuestionBank.from_pack(stored.pack, stored.trivia)
    from_files = QuestionBank.from_pack(validated.pack, validated.trivia)
    assert list(from_db.questions.values()) == list(from_files.questions.values())
    assert from_db.sources == from_files.sources


async def test_the_real_pack_reads_back_as_it_was_validated(
    packs: PackRepository, real_content: PackContent
) -> None:
    stored = await packs.content("im-here")
    assert stored is not None
    assert stored.pack == real_content.pack
    assert stored.trivia == real_content.trivia and len(stored.trivia) >= 9
    assert stored.pack.fingerprint == real_content.pack.fingerprint
    # What the cards' tables alone could not give back: each is held here, not by luck of defaults.
    assert stored.pack.film == "I'm Here" and stored.pack.about
    assert any(c.evidence for t in stored.pack.tracks for c in t.credits)
    assert any(p.evidence for a in stored.pack.artists for p in a.members)
    assert any(t.original and t.original.evidence for t in stored.pack.tracks)
    assert any(len(q.artists) > 1 for q in stored.pack.quotes)
    assert all(f.section for f in stored.pack.facts) and any(f.face for f in stored.pack.facts)
    assert any(not f.face for f in stored.pack.facts)
    assert stored.pack.sources == real_content.pack.sources
    assert {s.date for s in stored.pack.sources} >= {"4 September 2010", "c. 2021", None}
    _assert_same_bank(stored, real_content)


async def test_the_test_pack_reads_back_as_it_was_validated(db: Database, second_pack: Pack) -> None:
    packs = PackRepository(db)
    validated = PackContent(second_pack)
    assert await packs.store_packs([validated]) == ["test-pack"]
    stored = await packs.content("test-pack")
    assert stored == validated
    assert [s.date for s in stored.pack.sources] == [None, "February 2020"]
    assert [(f.section, f.face) for f in stored.pack.facts] == [("The release", True), (None, False)]
    _assert_same_bank(stored, validated)


async def test_what_no_shipped_pack_uses_reads_back_too(db: Database, second_pack: Pack) -> None:
    """A dated artist fact, a running-order question, lists in an order no sort gives, text beyond ASCII."""
    artist = second_pack.artists[0]
    dated = Fact(
        "release_date", "First record", (Claim("1 February 2020", ("T1",)),), date=dt.date(2020, 2, 1)
    )
    pack = dataclasses.replace(
        second_pack,
        artists=(dataclasses.replace(artist, facts=(*artist.facts, dated)), *second_pack.artists[1:]),
        film="Ein Film “über” Roboter",
        about="a **test** pack",
    )
    ordered = Question(
        id="hand:order",
        kind="hand-written",
        category="tracks",
        difficulty="hard",
        prompt="Put these in running order: “Zed”, Ärger, Alpha.",
        options=("Zed, Ärger, Alpha", "Alpha, Zed, Ärger", "Ärger, Alpha, Zed"),
        answer=2,
        explanation="As the back cover lists them.",
        sources=("T2", "T1"),
        about=("track:2:position", "track:1:position"),
        reveals=("hand:b", "hand:a"),
        order=("Zed", "Ärger", "Alpha"),
    )
    validated = PackContent(pack, (ordered,))
    packs = PackRepository(db)
    assert await packs.store_packs([validated]) == ["test-pack"]
    assert await packs.content("test-pack") == validated


async def test_a_change_to_the_trivia_file_alone_stores_the_pack_again(
    packs: PackRepository, real_content: PackContent, tmp_path: Path
) -> None:
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    trivia = folder / "trivia.toml"
    text = trivia.read_text(encoding="utf-8")
    assert 'difficulty = "medium"' in text
    trivia.write_text(text.replace('difficulty = "medium"', 'difficulty = "hard"', 1), encoding="utf-8")
    [edited] = read_content([folder])
    assert edited.pack.fingerprint == real_content.pack.fingerprint  # the pack's own files are unchanged
    assert await packs.store_packs([edited]) == ["im-here"]
    stored = await packs.content("im-here")
    assert stored is not None and stored.trivia[0].difficulty == "hard" != real_content.trivia[0].difficulty
    assert stored == edited


async def test_a_pack_not_stored_reads_as_none(packs: PackRepository) -> None:
    assert await packs.content("not-a-pack") is None
