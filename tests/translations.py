"""Rendering in each locale the bot speaks, for the tests: inside :func:`spoken`, the bot speaks the
locale, and the block fails if any message fell back to English (a key the locale's file lacks)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import pytest

from bot.ui.i18n import ENGLISH, LOCALES, _missing, speaking

EVERY_LOCALE = list(LOCALES)
TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]


@contextlib.contextmanager
def spoken(locale: str, caplog: pytest.LogCaptureFixture) -> Iterator[str]:
    """Speak ``locale`` in the block, and fail if a message in it was shown in English instead."""
    _missing.cache_clear()  # a fallback is logged once per process: forget those logged before
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"), speaking(locale) as speaks:
        assert speaks == locale
        yield speaks
    fallbacks = [r.getMessage() for r in caplog.records if r.name == "bot.ui.i18n"]
    assert not fallbacks, fallbacks
