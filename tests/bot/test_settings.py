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


def test_every_malformed_setting_is_named_at_once_as_it_was_typed() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(
            {"DISCORD_TOKEN": FAKE_TOKEN, "LOG_LEVEL": "loud", "SHARD_IDS": "abc", "DEV_GUILD_ID": "x"}
        )
    assert [setting for setting, _ in caught.value.problems] == ["DEV_GUILD_ID", "LOG_LEVEL", "SHARD_IDS"]
    said = str(caught.value)
    assert "'loud' is not one of DEBUG, INFO, WARNING, ERROR or CRITICAL" in said and "LOUD" not in said
    assert "'abc' is not a shard list" in said and "needs SHARD_COUNT" not in said
    assert "'x' is not a server ID" in said


def test_both_database_settings_are_named_when_both_are_malformed(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(
            {
                "DISCORD_TOKEN": FAKE_TOKEN,
                "DATABASE_PATH": str(tmp_path),
                "DATABASE_URL": "mysql://bot@db/imhere",
                "LOG_LEVEL": "Loud",
            }
        )
    assert [setting for setting, _ in caught.value.problems] == ["DATABASE_PATH", "DATABASE_URL", "LOG_LEVEL"]
    assert f"DATABASE_PATH: {str(tmp_path)!r} is a folder" in str(caught.value)
    assert "'Loud' is not one of" in str(caught.value)


def test_a_missing_token_is_named_beside_the_other_problems_and_points_at_try() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"LOG_LEVEL": "loud"})
    assert [setting for setting, _ in caught.value.problems] == ["DISCORD_TOKEN", "LOG_LEVEL"]
    assert "python -m bot try" in str(caught.value)


def test_database_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="DATABASE_PATH"):
        Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_PATH": str(tmp_path)})


@pytest.mark.parametrize(
    ("count", "ids", "expected"),
    [
        ("", "", (None, None)),
        ("8", "", (8, None)),
        ("8", "0-3", (8, (0, 1, 2, 3))),
        ("8", "4,5,6,7", (8, (4, 5, 6, 7))),
        ("10", " 0-2, 8 ", (10, (0, 1, 2, 8))),
        ("1", "0", (1, (0,))),
    ],
)
def test_shard_settings(count: str, ids: str, expected: tuple[object, object]) -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "SHARD_COUNT": count, "SHARD_IDS": ids})
    assert (settings.shard_count, settings.shard_ids) == expected


@pytest.mark.parametrize(
    ("count", "ids", "setting", "says"),
    [
        ("0", "", "SHARD_COUNT", "not a number of shards"),
        ("four", "", "SHARD_COUNT", "not a number of shards"),
        ("", "0-3", "SHARD_IDS", "needs SHARD_COUNT"),
        ("4", "2-5", "SHARD_IDS", "shards 4 and 5 do not exist with SHARD_COUNT=4"),
        ("4", "0,4", "SHARD_IDS", "shard 4 does not exist with SHARD_COUNT=4"),
        ("four", "0-3", "SHARD_COUNT", "not a number of shards"),
        ("8", "3-1", "SHARD_IDS", "runs backwards"),
        ("8", "0-3,2", "SHARD_IDS", "names a shard twice"),
        ("8", "0,,1", "SHARD_IDS", "'0,,1' is not a shard list"),
        ("8", "a-b", "SHARD_IDS", "'a-b' is not a shard list"),
        ("", "abc", "SHARD_IDS", "'abc' is not a shard list"),
    ],
)
def test_bad_shard_settings_name_the_setting(count: str, ids: str, setting: str, says: str) -> None:
    with pytest.raises(SettingsError, match=says) as caught:
        Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "SHARD_COUNT": count, "SHARD_IDS": ids})
    assert [name for name, _ in caught.value.problems] == [setting]


@pytest.mark.parametrize(
    ("raw", "base"),
    [
        ("", None),
        ("http://localhost:8080", "http://localhost:8080"),
        ("https://proxy.lan/api/v10/", "https://proxy.lan"),
    ],
)
def test_discord_api_base_is_a_proxy_address(raw: str, base: str | None) -> None:
    assert Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_API_BASE": raw}).api_base == base


@pytest.mark.parametrize("raw", ["localhost:8080", "ftp://proxy", "http://proxy?x=1", "http://"])
def test_a_discord_api_base_that_is_no_address_is_named(raw: str) -> None:
    with pytest.raises(SettingsError, match="not the address of a proxy") as caught:
        Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_API_BASE": raw})
    assert caught.value.setting == "DISCORD_API_BASE"


def test_database_url_selects_postgresql_and_stays_out_of_the_repr() -> None:
    url = "postgresql://bot:s3cret@db.lan:5432/imhere"
    settings = Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_URL": url})
    assert settings.database_url == url
    assert "s3cret" not in repr(settings)
    assert Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_URL": " "}).database_url is None


@pytest.mark.parametrize(
    "raw",
    [
        "mysql://bot@db/imhere",
        "postgresql://db.lan",
        "bot:s3cret@db/imhere",
        "postgresql:///imhere",
        "postgresql://bot:s3/cret@db.lan/imhere",
        "postgresql://bot:s3cret@db.lan:five/imhere",
        "postgresql://bot@db.lan?password=s3cret",
    ],
)
def test_a_database_url_that_is_no_postgresql_address_is_named_without_its_password(raw: str) -> None:
    with pytest.raises(SettingsError, match="not a PostgreSQL database address") as caught:
        Settings.from_env({"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_URL": raw})
    assert caught.value.setting == "DATABASE_URL"
    assert "s3cret" not in str(caught.value)
