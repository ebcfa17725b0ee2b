"""The test harness itself: reference material missing from ../shared fails CI instead of skipping."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared


def test_missing_reference_material_skips_locally_and_fails_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "openapi.json"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        shared(missing)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must be beside the project"):
        shared(missing)
    missing.write_text("{}")
    assert shared(missing) == missing
