"""A copy of the real pack to break (with ``tests.conftest.edit``), and the problem the pack reader
then reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.domain.pack import PackError, read_pack
from bot.settings import PACKS_DIR


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A writable copy of the real pack to break."""
    folder = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", folder)
    return folder


def problem(folder: Path) -> str:
    """What reading the pack in ``folder`` reports (it must fail)."""
    with pytest.raises(PackError) as caught:
        read_pack(folder)
    return str(caught.value)
