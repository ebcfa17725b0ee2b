"""The locale files, parsed once per version of each: Fluent's parser is pure Python (about 0.15 s of
CPU for one file), while its parsed form read back from JSON takes about 0.02 s. So a parsed file is
kept in the user's cache folder, under the digest of its text, and read back on every start until the
file changes. The cache is an optimisation only: a folder that can't be written, or an entry that
can't be read, means the file is parsed as it would be without it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from fluent.syntax import FluentParser, ast

log = logging.getLogger(__name__)

VERSION = 1
"""Bumped when what is kept changes."""


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/im-here-bot`` (``~/.cache/im-here-bot``)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "im-here-bot"


def parse(text: str) -> ast.Resource:
    """Parsed without source positions (they would triple its memory)."""
    return FluentParser(with_spans=False).parse(text)


def parse_cached(path: Path, cache: Path | None) -> ast.Resource:
    """The file at ``path`` parsed, from ``cache`` when it holds this very text."""
    text = path.read_text(encoding="utf-8")
    if cache is None:
        return parse(text)
    digest = hashlib.sha256(f"{VERSION}\n{text}".encode()).hexdigest()[:20]
    kept = cache / f"{path.stem}-{digest}.json"
    try:
        resource = ast.from_json(json.loads(kept.read_text(encoding="utf-8")))
        if isinstance(resource, ast.Resource):
            return resource
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError):
        log.debug("Could not read the cached %s", kept, exc_info=True)
    resource = parse(text)
    _keep(resource, kept, path.stem)
    return resource


def _keep(resource: ast.Resource, kept: Path, stem: str) -> None:
    """Write the parsed file (whole or not at all), and drop the entries of its earlier versions."""
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=kept.parent, delete=False) as out:
            json.dump(resource.to_json(), out)
        os.replace(out.name, kept)
        for old in kept.parent.glob(f"{stem}-*.json"):
            if old != kept:
                old.unlink(missing_ok=True)
    except OSError:
        log.debug("Could not keep the parsed %s in %s", stem, kept.parent, exc_info=True)
