"""The layout says what the code does: no import circles among the modules of bot/ and cogs/, each
feature (catalogue, quotes, daily, trivia) named the same in every layer with dependencies between
features running one way, every module with its test module, and no module past 400 lines.
Cross-cutting, so it lives at the top."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "cogs")
FEATURES = ("catalogue", "quotes", "daily", "trivia")
LAYERS = (("cogs",), ("bot", "db"), ("bot", "domain"))
USES: dict[str, set[str]] = {
    "catalogue": set(),
    "trivia": set(),
    "quotes": {"catalogue"},
    "daily": {"catalogue", "quotes", "trivia"},  # the daily post is a quote with a trivia question
}
"""Which features each feature may import. Anything a feature needs from one it may not import goes
through the bot (``SoundtrackBot.player_stats``, ``SoundtrackBot.todays_quote``)."""
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """The project's modules ``path`` imports when it runs (imports for type checkers only aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in MODULES}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if submodule in MODULES:
                    found.add(submodule)
                elif node.module in MODULES:
                    found.add(node.module)
    return found


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _circles() -> Iterator[list[str]]:
    """Each group of modules that import one another, however indirectly (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(module: str) -> Iterator[list[str]]:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(GRAPH[module]):
            if other not in index:
                yield from visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in GRAPH[module]:
                yield sorted(group)

    for module in sorted(GRAPH):
        if module not in index:
            yield from visit(module)


def _feature(module: str) -> str | None:
    parts = module.split(".")
    for layer in LAYERS:
        n = len(layer)
        if tuple(parts[:n]) == layer and len(parts) > n and parts[n] in FEATURES:
            return parts[n]
    return None


def test_the_graph_sees_the_imports_it_is_about() -> None:
    """The checks below can only pass for the right reason if the imports are read: a few known ones."""
    assert "bot.app" in GRAPH["bot.cli"] and "bot.db.daily.posts" in GRAPH["cogs.daily"]
    assert "cogs.trivia.cards" in GRAPH["cogs.daily.question"]


def test_no_module_imports_itself_back() -> None:
    assert list(_circles()) == []


def test_a_circle_would_be_found() -> None:
    GRAPH["bot.sharding"].add("bot.cli")  # bot.cli imports bot.sharding
    try:
        assert any({"bot.cli", "bot.sharding"} <= set(group) for group in _circles())
    finally:
        GRAPH["bot.sharding"].discard("bot.cli")


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_has_one_name_in_every_layer(feature: str) -> None:
    assert (ROOT / "cogs" / feature).is_dir()
    for layer in ("db", "domain"):
        assert (ROOT / "bot" / layer / feature).is_dir() or (ROOT / "bot" / layer / f"{feature}.py").is_file()


def test_features_depend_on_each_other_one_way() -> None:
    crossings = {
        (_feature(module), _feature(other), module, other)
        for module, imported in GRAPH.items()
        for other in imported
        if _feature(module) and _feature(other) and _feature(module) != _feature(other)
    }
    assert crossings, "the daily feature uses quotes and trivia: these crossings must be seen"
    wrong = sorted(c for c in crossings if c[1] not in USES[c[0]])  # type: ignore[index]
    assert wrong == []


def test_every_module_has_its_test_module() -> None:
    """tests/ mirrors bot/ and cogs/: bot/db/daily/posts.py is tested in tests/bot/db/daily/test_posts.py
    (a package's __init__ is tested beside its modules)."""
    modules = [p for name, p in MODULES.items() if p.name not in ("__init__.py", "__main__.py")]
    assert len(modules) > 50
    missing = [
        str(p.relative_to(ROOT))
        for p in modules
        if not (ROOT / "tests" / p.parent.relative_to(ROOT) / f"test_{p.name}").is_file()
    ]
    assert missing == []


def test_no_module_is_longer_than_400_lines() -> None:
    lines = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert len(lines) > 50 and max(lines.values()) > 100  # every module was read
    assert {name: n for name, n in lines.items() if n > MAX_LINES} == {}
