"""python -m bot check-data also validates the hand-written trivia questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import EXIT_DATA, EXIT_OK, check_data
from bot.settings import PACKS_DIR


def test_check_data_counts_the_hand_written_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_data([PACKS_DIR / "im-here"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "im-here: OK (9 tracks" in out and "10 hand-written trivia questions" in out


def test_check_data_names_a_broken_trivia_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", pack)
    trivia = pack / "trivia.toml"
    trivia.write_text(trivia.read_text().replace('sources = ["IJRAT"]', 'sources = ["IJRAAT"]', 1))
    assert check_data([pack]) == EXIT_DATA
    err = capsys.readouterr().err
    assert "trivia.toml, question 'companion-book', field 'sources': unknown source 'IJRAAT'" in err
