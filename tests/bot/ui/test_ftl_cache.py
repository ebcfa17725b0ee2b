"""A locale file's parsed form, kept between starts: read back while the file is unchanged, parsed again
when it changes or the kept copy can't be used, and never in the way when the cache can't be written."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import ast

from bot.ui import ftl_cache
from bot.ui.ftl_cache import parse_cached


def messages(resource: ast.Resource) -> dict[str, str]:
    return {
        e.id.name: "".join(getattr(p, "value", "") for p in e.value.elements)
        for e in resource.body
        if isinstance(e, ast.Message) and e.value is not None
    }


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "fr.ftl"
    path.write_text("card-next = Suivante\ncard-previous = Précédente\n", encoding="utf-8")
    return path


def test_a_parsed_file_is_read_back_while_it_is_unchanged(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = parse_cached(source, cache)
    [kept] = cache.iterdir()
    assert kept.name.startswith("fr-")

    def no_parse(text: str) -> ast.Resource:
        raise AssertionError("parsed again although the file did not change")

    monkeypatch.setattr(ftl_cache, "parse", no_parse)
    again = parse_cached(source, cache)
    assert messages(again) == messages(first) == {"card-next": "Suivante", "card-previous": "Précédente"}


def test_a_changed_file_is_parsed_again_and_its_old_entry_dropped(source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    parse_cached(source, cache)
    source.write_text("card-next = Page suivante\n", encoding="utf-8")
    assert messages(parse_cached(source, cache)) == {"card-next": "Page suivante"}
    assert len(list(cache.iterdir())) == 1


def test_a_kept_copy_that_cant_be_read_is_parsed_again(source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    parse_cached(source, cache)
    [kept] = cache.iterdir()
    kept.write_text("{not json", encoding="utf-8")
    assert messages(parse_cached(source, cache)) == {"card-next": "Suivante", "card-previous": "Précédente"}


def test_a_cache_that_cant_be_written_is_no_obstacle(source: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder would go
    assert messages(parse_cached(source, blocked / "cache")) == {
        "card-next": "Suivante",
        "card-previous": "Précédente",
    }


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert ftl_cache.cache_dir() == tmp_path / "im-here-bot"
