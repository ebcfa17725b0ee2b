"""What is pure is visible in the layout: in bot/, only the Discord glue (bot/ui), the Bot subclass
(bot/client.py) and its shards (bot/sharding.py), building it (bot/app.py), the command line (bot/cli.py,
bot/__main__.py) and the try mode (bot/tryout, which runs the bot in SimCord) import discord, directly or
through another module. The domain, the database layer, the catalogue and the settings don't."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.settings import PROJECT_ROOT

BOT = Path(bot.__file__).resolve().parent
DISCORD_SIDE = {"bot.ui", "bot.client", "bot.sharding", "bot.app", "bot.cli", "bot.__main__", "bot.tryout"}
"""The modules (and packages) of bot/ that may import discord: what turns the core into a bot."""
FORBIDDEN = ("discord", "simcord", "cogs", *DISCORD_SIDE)


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _on_discord_side(name: str) -> bool:
    return any(name == side or name.startswith(side + ".") for side in DISCORD_SIDE)


def _forbidden_imports(path: Path, base: Path = BOT) -> list[str]:
    """The imports of discord, of SimCord, of the cogs or of bot's Discord side, in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [
            f"{path.relative_to(base)}:{node.lineno} {name}"
            for name in names
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
        ]
    return sorted(set(found))


def _pure_modules() -> list[Path]:
    return sorted(p for p in BOT.rglob("*.py") if not _on_discord_side(_module_name(p)))


@pytest.mark.parametrize("path", _pure_modules(), ids=lambda p: str(p.relative_to(BOT)))
def test_pure_module_imports_nothing_discord(path: Path) -> None:
    assert _forbidden_imports(path) == [], (
        "this module imports Discord (or glue that does): move the Discord part into bot/ui or a cog"
    )


def test_importing_every_pure_module_leaves_discord_unloaded() -> None:
    """The whole pure side, imported in a fresh interpreter, never loads discord however indirectly."""
    names = [_module_name(p) for p in _pure_modules()]
    assert "bot.domain.catalogue.index" in names and "bot.domain.catalogue" in names
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "    assert 'discord' not in sys.modules, f'importing {name} loads discord'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_check_catches_a_discord_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        "import os\nfrom discord import app_commands\nimport discord.ui\nfrom bot.ui.errors import X\n",
        encoding="utf-8",
    )
    assert _forbidden_imports(module, tmp_path) == [
        "probe.py:2 discord",
        "probe.py:2 discord.app_commands",
        "probe.py:3 discord.ui",
        "probe.py:4 bot.ui.errors",
        "probe.py:4 bot.ui.errors.X",
    ]
