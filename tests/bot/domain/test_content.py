"""Reading what the bot serves: each pack with its trivia, every problem of every pack at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.domain.content import PackContent, find, read_content
from bot.domain.pack import PackError
from bot.settings import PACKS_DIR
from tests.conftest import TEST_PACKS


def test_each_pack_comes_with_its_hand_written_questions() -> None:
    real, test = read_content([PACKS_DIR / "im-here", TEST_PACKS / "test-pack"])
    assert real.pack.slug == "im-here" and len(real.trivia) >= 1
    assert all(q.id.startswith("hand:") for q in real.trivia)
    assert test.pack.slug == "test-pack" and test.trivia == ()  # it has no trivia.toml


def test_the_trivia_problems_of_every_pack_are_reported_together(tmp_path: Path) -> None:
    real = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", real)
    trivia = real / "trivia.toml"
    trivia.write_text(trivia.read_text().replace('sources = ["IJRAT"]', 'sources = ["NOPE"]', 1))
    other = tmp_path / "test-pack"
    shutil.copytree(TEST_PACKS / "test-pack", other)
    (other / "trivia.toml").write_text("questions = 3\n")
    with pytest.raises(PackError) as caught:
        read_content([real, other])
    assert {Path(p.file).parent.name for p in caught.value.problems} == {"im-here", "test-pack"}
    assert all(Path(p.file).name == "trivia.toml" for p in caught.value.problems)


def test_find_names_the_missing_pack_and_what_is_installed(real_content: PackContent) -> None:
    assert find([real_content], "im-here") is real_content
    with pytest.raises(PackError, match="'her' is not installed \\(installed: im-here\\)"):
        find([real_content], "her")
