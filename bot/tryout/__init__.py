"""``python -m bot try``: the real bot (same cogs, database code and data pack) in SimCord's simulated
Discord, shown in a browser page: no token, no network.

This package is Discord-side (it drives SimCord); only ``missing_extra`` runs before SimCord is known
to be installed, so that a missing extra is one line, not a traceback.
"""

from __future__ import annotations

import importlib.util

INSTALL_HINT = ".venv/bin/pip install -e '.[try]'"

PREVIEW_MODULES = ("simcord", "aiohttp", "markdown_it", "linkify_it", "regex", "PIL")
"""SimCord and the runtime of its browser preview (the ``simcord[preview]`` extra)."""


def missing_extra() -> list[str]:
    """The modules of the ``try`` extra that are not installed (empty when it is)."""
    return [name for name in PREVIEW_MODULES if importlib.util.find_spec(name) is None]


class PageUnavailableError(Exception):
    """The page could not be served (the port is taken or not a port); the message says what to do."""
