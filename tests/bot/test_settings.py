"""Settings from the environment: defaults, parsing, and errors that name the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import DEFAULT_DATABASE, Settings, SettingsError
from tests.conftest import FAKE_TOKEN


def test_settings_defaults_and_parsing(tmp_path: Path) -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN})
    assert settings.database_path == DEFAULT_DATABASE
    assert settings.dev_guild_id is None and settings.log_level == "INFO"
    assert FAKE_TOKEN not in repr(settings)
    custom = Settings.from_env(
        {
            "DISCORD_TOKEN": FAKE_TOKEN,
            "DATABASE_PATH": str(tmp_path / "b.sqlite3"),
            "DEV_GUILD_ID": "123456789012345678",
            "LOG_LEVEL": "debug",
        }
    )
    assert custom.dev_guild_id == 123456789012345678
    assert custom.log_level == "DEBUG"
    assert custom.database_path == tmp_path / "b.sqlite3"


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({}, "DISCORD_TOKEN"),
        ({"DISCORD_TOKEN": "Bot " + FAKE_TOKEN}, "DISCORD_TOKEN"),
        ({"DISCORD_TOKEN": "1234567890"}, "DISCORD_TOKEN"),
        ({"DISCORD_TOKEN": FAKE_TOKEN, "DEV_GUILD_ID": "12ab"}, "DEV_GUILD_ID"),
        ({"DISCORD_TOKEN": FAKE_TOKEN, "LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_bad_settings_name_the_setting(env: dict[str, str], setting: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env)
    assert caught.value.setting == setting
    if "DISCORD_TOKEN" in env:
        assert env["DISCORD_TOKEN"] not in str(caught.value)


def test_database_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="DATABASE_PATH"):
        Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_PATH": str(tmp_path)})
