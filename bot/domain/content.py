"""Reading what the bot serves: the data packs and, beside each, its hand-written trivia questions.

This is read once, when the bot starts (or ``check-data`` runs), and everything the bot builds from
the data (the database, the catalogue, the question bank) is built from what was read and validated
here: nothing reads the pack files again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.domain.pack import Pack, PackError, PackProblem, read_packs
from bot.domain.trivia.handwritten import read_handwritten
from bot.domain.trivia.questions import Question


@dataclass(frozen=True)
class PackContent:
    """A pack that passed validation, with its hand-written trivia questions (from ``trivia.toml``)."""

    pack: Pack
    trivia: tuple[Question, ...] = ()


def read_content(folders: Sequence[Path]) -> list[PackContent]:
    """Read and validate the packs in ``folders`` and their trivia; PackError lists every problem."""
    packs = read_packs(folders)
    problems: list[PackProblem] = []
    content: list[PackContent] = []
    for folder, pack in zip(folders, packs, strict=True):
        try:
            content.append(PackContent(pack, read_handwritten(folder, pack)))
        except PackError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PackError(problems)
    return content


def find(content: Sequence[PackContent], slug: str) -> PackContent:
    """The pack with this slug, or a PackError saying it is not installed."""
    for item in content:
        if item.pack.slug == slug:
            return item
    installed = ", ".join(c.pack.slug for c in content) or "none"
    raise PackError(
        [PackProblem(slug, "", "", f"the data pack {slug!r} is not installed (installed: {installed})")]
    )
