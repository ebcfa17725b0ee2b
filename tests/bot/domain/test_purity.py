"""The domain stays pure: no module under bot/domain (or the database layer) imports discord."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bot

BOT = Path(bot.__file__).resolve().parent
PURE_ROOTS = [BOT / "domain", BOT / "db"]


def _discord_imports(path: Path, base: Path = BOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [
            f"{path.relative_to(base)}:{node.lineno} {name}"
            for name in names
            if name.split(".")[0] == "discord"
        ]
    return found


def _pure_modules() -> list[Path]:
    return sorted(p for root in PURE_ROOTS for p in root.rglob("*.py"))


@pytest.mark.parametrize("path", _pure_modules(), ids=lambda p: str(p.relative_to(BOT)))
def test_pure_module_does_not_import_discord(path: Path) -> None:
    assert _discord_imports(path) == []


def test_the_check_catches_a_discord_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("import os\nfrom discord import app_commands\nimport discord.ui\n", encoding="utf-8")
    assert _discord_imports(module, tmp_path) == ["probe.py:2 discord", "probe.py:3 discord.ui"]
