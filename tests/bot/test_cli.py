"""The command line, run as a person runs it: in a subprocess, from a folder with no .env."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import ClassVar

import asyncpg
import pytest

from bot import cli
from bot.cli import EXIT_DATA, EXIT_OK, check_data
from bot.db import SqliteDatabase
from bot.db.daily.settings import DailySettingsRepository
from bot.domain.content import PackContent
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.summary import bank_table, headline
from bot.settings import PACKS_DIR, PROJECT_ROOT
from bot.ui import i18n
from tests.bot.db.test_copy import BIG_USER, fill_users_data, users_data
from tests.conftest import FAKE_TOKEN, edit
from tests.postgres import PostgresCluster


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DEV_GUILD_ID", "DATABASE_PATH"}
    }
    clean["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_no_token_exits_2_naming_the_setting(tmp_path: Path) -> None:
    result = run_cli(cwd=tmp_path)
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert ".env" in result.stderr
    assert "`python -m bot try` needs no token" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_malformed_setting_is_named_at_once_as_typed(tmp_path: Path) -> None:
    result = run_cli(
        cwd=tmp_path,
        env={"DISCORD_TOKEN": FAKE_TOKEN, "LOG_LEVEL": "loud", "SHARD_IDS": "abc", "DEV_GUILD_ID": "x"},
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "3 configuration errors:"
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["DEV_GUILD_ID", "LOG_LEVEL", "SHARD_IDS"]
    assert "  LOG_LEVEL: 'loud' is not one of DEBUG, INFO, WARNING, ERROR or CRITICAL." in lines
    assert "  SHARD_IDS: 'abc' is not a shard list" in result.stderr
    assert "LOUD" not in result.stderr and "Traceback" not in result.stderr


def test_an_invalid_shard_setting_exits_2_naming_it(tmp_path: Path) -> None:
    result = run_cli(cwd=tmp_path, env={"DISCORD_TOKEN": FAKE_TOKEN, "SHARD_COUNT": "4", "SHARD_IDS": "0-7"})
    assert result.returncode == 2
    assert (
        "Configuration error: SHARD_IDS: shards 4, 5, 6 and 7 do not exist with SHARD_COUNT=4"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "url", ["postgresql://bot:s3/cret@localhost/imhere", "postgresql://bot:s3cret@localhost:five/imhere"]
)
def test_a_database_url_that_does_not_parse_exits_2_in_one_line_without_its_password(
    tmp_path: Path, url: str
) -> None:
    result = run_cli(cwd=tmp_path, env={"DISCORD_TOKEN": FAKE_TOKEN, "DATABASE_URL": url})
    assert result.returncode == 2
    assert "Configuration error: DATABASE_URL: 'postgresql://bot:***@localhost" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "s3" not in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_token_is_read_from_a_dotenv_file_and_malformed_settings_are_named(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nDEV_GUILD_ID=my-server\n")
    result = run_cli(cwd=tmp_path)
    assert result.returncode == 2
    assert "DEV_GUILD_ID" in result.stderr  # so the token was found and accepted
    assert FAKE_TOKEN not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_check_data_passes_on_the_real_packs(tmp_path: Path) -> None:
    result = run_cli("check-data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "im-here: OK (9 tracks" in result.stdout
    assert "bot/locales: OK (en-US, fr, de, es-ES, pt-BR, ja;" in result.stdout


def test_check_data_fails_naming_a_locale_files_problem(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for locale in i18n.LOCALES:
        text = (i18n.LOCALE_DIR / f"{locale}.ftl").read_text(encoding="utf-8")
        if locale == "de":
            text = text.replace("card-next = Weiter\n", "")
        (tmp_path / f"{locale}.ftl").write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue", lambda: i18n.Catalogue.load(tmp_path))
    monkeypatch.setattr(cli, "catalogue", lambda: i18n.Catalogue.load(tmp_path))
    assert check_data([]) == EXIT_DATA
    assert "de.ftl: no 'card-next' (en-US.ftl has it)" in capsys.readouterr().err


def test_check_data_on_a_broken_pack_names_file_entry_and_field(tmp_path: Path) -> None:
    pack = tmp_path / "packs" / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", pack)
    tracks = pack / "tracks.toml"
    tracks.write_text(tracks.read_text().replace('artists = ["sleigh-bells"]', 'artists = ["sleigh-belles"]'))
    result = run_cli("check-data", str(tmp_path / "packs"), cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "tracks.toml, track 'A/B Machines', field 'artists': unknown artist 'sleigh-belles'" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_bot_refuses_to_start_on_a_broken_pack_and_leaves_the_database(tmp_path: Path) -> None:
    # The installed pack is what the bot loads, so break a copy of the project and run from it.
    project = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "bot", project / "bot")
    shutil.copytree(PROJECT_ROOT / "cogs", project / "cogs")
    shutil.copytree(PACKS_DIR, project / "data" / "packs")
    database = tmp_path / "kept.sqlite3"
    database.write_bytes(b"not touched")
    album = project / "data" / "packs" / "im-here" / "album.toml"
    album.write_text(album.read_text().replace("date = 2010-10-05", 'date = "2010-02-30"'))
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=project,
        env={
            **os.environ,
            "PYTHONPATH": str(project),
            "DISCORD_TOKEN": FAKE_TOKEN,
            "DATABASE_PATH": str(database),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "album.toml, fact 'release_date', values #1, field 'date'" in result.stderr
    assert database.read_bytes() == b"not touched"


def test_check_data_counts_the_hand_written_questions(
    capsys: pytest.CaptureFixture[str], real_content: PackContent
) -> None:
    assert check_data([PACKS_DIR / "im-here"]) == EXIT_OK
    out = capsys.readouterr().out
    assert (
        "im-here: OK (9 tracks" in out and f"{len(real_content.trivia)} hand-written trivia questions" in out
    )


def test_check_data_prints_the_bank_as_readme_shows_it(
    capsys: pytest.CaptureFixture[str], real_bank: QuestionBank
) -> None:
    """Issue 24: "N questions over M facts" and the category x difficulty table, the numbers README gives."""
    assert check_data([PACKS_DIR / "im-here"]) == EXIT_OK
    out = capsys.readouterr().out
    line = f"im-here trivia: {headline(real_bank)}\n{bank_table(real_bank)}\n"
    assert line in out
    assert (
        headline(real_bank)
        == f"{len(real_bank):,} questions over {len(real_bank.facts(real_bank.matching())):,} facts"
    )
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"The trivia bank of the default pack: **{headline(real_bank)}**" in readme
    assert bank_table(real_bank) in readme


def test_check_data_names_a_broken_trivia_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", pack)
    trivia = pack / "trivia.toml"
    trivia.write_text(trivia.read_text().replace('sources = ["IJRAT"]', 'sources = ["IJRAAT"]', 1))
    assert check_data([pack]) == EXIT_DATA
    err = capsys.readouterr().err
    assert "trivia.toml, question 'companion-book', field 'sources': unknown source 'IJRAAT'" in err


def test_check_data_fails_on_a_broken_phrase_naming_file_entry_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", pack)
    edit(
        pack / "tracks.toml",
        'PREFIX = "is actually an alternate take"',
        'PREFIX = "is really an alternate take"',
    )
    assert check_data([pack]) == EXIT_DATA
    err = capsys.readouterr().err
    assert (
        "tracks.toml, track 'The Past Is a Grotesque Animal', notes #1, field 'evidence.PREFIX': "
        "“is really an alternate take” is not in PREFIX's text (reviews/prefix.txt), word for word"
    ) in err


def test_check_data_fails_on_a_citation_without_evidence_naming_the_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 21, item 12: every source a value or a hand-written question cites needs its phrase, not
    only the reviews the pack ships (TMT and Wikipedia are not shipped)."""
    pack = tmp_path / "im-here"
    shutil.copytree(PACKS_DIR / "im-here", pack)
    edit(pack / "trivia.toml", 'WP-FILM = "made its debut at the 2010 Sundance Film Festival", ', "")
    assert check_data([pack]) == EXIT_DATA
    err = capsys.readouterr().err
    assert "trivia.toml, question 'premiere', field 'evidence': cites WP-FILM with no evidence phrase" in err
    edit(pack / "album.toml", 'TMT = "a 30-minute short", ', "")
    assert check_data([pack]) == EXIT_DATA
    err = capsys.readouterr().err
    assert "album.toml, fact 'runtime', values #1, field 'evidence': cites TMT with no evidence phrase" in err


def test_try_without_its_extra_names_the_pip_command_in_one_line(tmp_path: Path) -> None:
    # The preview's Markdown renderer hidden, as in a venv made with `pip install -e .` alone.
    hide = "import sys; sys.modules['markdown_it'] = None; from bot.cli import main; sys.exit(main(['try']))"
    result = subprocess.run(
        [sys.executable, "-c", hide],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "pip install -e '.[try]'" in result.stderr
    assert "markdown_it" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


class _FakeProxy(http.server.BaseHTTPRequestHandler):
    """A rate-limit proxy stand-in on loopback: answers the calls `sync` makes, and records them."""

    seen: ClassVar[list[tuple[str, str, str]]] = []
    APP = "111111111111111111"

    def _answer(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _record(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append((self.command, self.path, self.headers.get("Authorization", "")))
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        self._record()
        user = {
            "id": "222222222222222222",
            "username": "bot",
            "discriminator": "0",
            "avatar": None,
            "bot": True,
        }
        if self.path == "/api/v10/users/@me":
            self._answer(user)
        else:
            self._answer(
                {
                    "id": self.APP,
                    "name": "Soundtrack",
                    "description": "",
                    "icon": None,
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": {**user, "id": "333333333333333333", "bot": False},
                    "verify_key": "0" * 64,
                    "flags": 0,
                }
            )

    def do_PUT(self) -> None:
        commands = json.loads(self._record())
        self._answer(
            [
                {**c, "id": str(400000000000000000 + i), "application_id": self.APP, "version": "1"}
                for i, c in enumerate(commands)
            ]
        )

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


def test_rest_calls_go_through_the_proxy_named_by_discord_api_base(tmp_path: Path) -> None:
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeProxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        result = run_cli(
            "sync",
            "--guild",
            "444444444444444444",
            cwd=tmp_path,
            env={
                "DISCORD_TOKEN": FAKE_TOKEN,
                "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
                "DISCORD_API_BASE": f"http://127.0.0.1:{proxy.server_port}/",
            },
        )
    finally:
        proxy.shutdown()
    assert result.returncode == 0, result.stderr
    assert "Registered" in result.stdout and "server 444444444444444444" in result.stdout
    assert f"Sending Discord REST calls through http://127.0.0.1:{proxy.server_port}/api/v10" in result.stderr
    assert [(method, path) for method, path, _ in _FakeProxy.seen] == [
        ("GET", "/api/v10/users/@me"),
        ("GET", "/api/v10/oauth2/applications/@me"),
        ("PUT", f"/api/v10/applications/{_FakeProxy.APP}/guilds/444444444444444444/commands"),
    ]
    assert all(auth == f"Bot {FAKE_TOKEN}" for _, _, auth in _FakeProxy.seen)
    assert FAKE_TOKEN not in result.stderr + result.stdout


# -- copy-db ---------------------------------------------------------------------------------------------


async def _deployment(path: Path, template: Path) -> dict[str, list[dict[str, object]]]:
    """A SQLite database at ``path`` with users' data in every table, made by the real repositories;
    its user tables' rows."""
    shutil.copyfile(template, path)
    database = await SqliteDatabase.open(path)
    try:
        await fill_users_data(database)
        return await users_data(database)
    finally:
        await database.close()


async def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    database = await SqliteDatabase.open(path)
    try:
        return await users_data(database)
    finally:
        await database.close()


async def test_copy_db_copies_the_users_data_and_prints_the_counts(
    tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    expected = await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    result = run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[0] == f"Copied the users' data from {tmp_path / 'old.sqlite3'} to {tmp_path / 'new.sqlite3'}:"
    )
    assert lines[1].split() == ["table", "source", "target"]
    assert [line.split() for line in lines[2:]] == [
        [table, str(len(rows)), str(len(rows))] for table, rows in expected.items()
    ]
    assert await _rows(tmp_path / "new.sqlite3") == expected


async def test_copy_db_refuses_a_target_with_data_unless_told_to_replace_it(
    tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    expected = await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    assert run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path).returncode == 0
    new = await SqliteDatabase.open(tmp_path / "new.sqlite3")
    try:
        await DailySettingsRepository(new).save(
            99, channel_id=1, post_time=dt.time(8), timezone="UTC", role_id=None, now=dt.datetime.now(dt.UTC)
        )
        held = await users_data(new)
    finally:
        await new.close()

    refused = run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path)
    assert refused.returncode == 1
    assert "already holds users' data: qotd_settings (3 rows), qotd_day (2 rows)" in refused.stderr
    assert "Pass --replace to delete it and copy over it." in refused.stderr
    assert "Traceback" not in refused.stderr and refused.stdout == ""
    assert await _rows(tmp_path / "new.sqlite3") == held

    replaced = run_cli("copy-db", "old.sqlite3", "new.sqlite3", "--replace", cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert "qotd_settings" in replaced.stdout
    assert await _rows(tmp_path / "new.sqlite3") == expected


async def test_copy_db_into_a_target_another_program_holds_locked_is_refused_cleanly(
    tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    assert run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path).returncode == 0
    held = await _rows(tmp_path / "new.sqlite3")
    holder = sqlite3.connect(tmp_path / "new.sqlite3", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing to the target
        refused = run_cli("copy-db", "old.sqlite3", "new.sqlite3", "--replace", cwd=tmp_path)
    finally:
        holder.rollback()
        holder.close()
    assert refused.returncode == 1, refused.stderr
    assert "Not copied" in refused.stderr and "locked" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert await _rows(tmp_path / "new.sqlite3") == held


async def test_copy_db_to_postgresql_and_back_hides_the_password(
    tmp_path: Path, database_templates: dict[bool, Path], postgres_cluster: PostgresCluster
) -> None:
    expected = await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    name = f"cli_copy_{uuid.uuid4().hex[:12]}"
    await postgres_cluster.create_database(name)
    # The test server trusts every local connection: the password is only there to be hidden.
    url = f"postgresql://postgres:s3cret@127.0.0.1:{postgres_cluster.port}/{name}"
    try:
        there = run_cli("copy-db", "old.sqlite3", url, cwd=tmp_path)
        back = run_cli("copy-db", url, "back.sqlite3", cwd=tmp_path)
    finally:
        await postgres_cluster.drop_database(name)
    assert there.returncode == 0, there.stderr
    assert f"to postgresql://postgres:***@127.0.0.1:{postgres_cluster.port}/{name}:" in there.stdout
    assert back.returncode == 0, back.stderr
    assert "trivia_answer" in back.stdout
    assert "s3cret" not in there.stdout + there.stderr + back.stdout + back.stderr
    assert await _rows(tmp_path / "back.sqlite3") == expected


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_copy_db_refuses_a_source_the_bot_did_not_write_and_leaves_it_as_it_was(
    tmp_path: Path, content: bytes | None
) -> None:
    source = tmp_path / "old.sqlite3"
    if content is None:  # a SQLite database, but another program's
        other = sqlite3.connect(source)
        other.execute("CREATE TABLE notes (text TEXT)")
        other.commit()
        other.close()
    else:
        source.write_bytes(content)
    before = source.read_bytes()
    result = run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert f"The source {source} is not a database the bot has written" in result.stderr
    assert "Copied" not in result.stdout and "Traceback" not in result.stderr
    assert source.read_bytes() == before and not (tmp_path / "new.sqlite3").exists()


async def test_copy_db_refuses_an_empty_postgresql_source_and_adds_no_table_to_it(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    name = f"cli_empty_{uuid.uuid4().hex[:12]}"
    await postgres_cluster.create_database(name)
    try:
        result = run_cli("copy-db", postgres_cluster.database_dsn(name), "new.sqlite3", cwd=tmp_path)
        conn = await asyncpg.connect(postgres_cluster.database_dsn(name))
        try:
            tables = await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        finally:
            await conn.close()
    finally:
        await postgres_cluster.drop_database(name)
    assert result.returncode == 1, result.stdout
    assert "is not a database the bot has written" in result.stderr and "Traceback" not in result.stderr
    assert tables == 0 and not (tmp_path / "new.sqlite3").exists()


def test_copy_db_names_what_is_wrong_with_its_arguments_and_never_a_password(tmp_path: Path) -> None:
    missing = run_cli("copy-db", "nowhere.sqlite3", "new.sqlite3", cwd=tmp_path)
    assert missing.returncode == 1
    assert f"The source database {tmp_path / 'nowhere.sqlite3'} does not exist" in missing.stderr
    assert not (tmp_path / "nowhere.sqlite3").exists() and not (tmp_path / "new.sqlite3").exists()

    same = run_cli("copy-db", "bot.sqlite3", str(tmp_path / "bot.sqlite3"), cwd=tmp_path)
    assert same.returncode == 2 and "SOURCE and TARGET are the same database" in same.stderr

    other = run_cli("copy-db", "bot.sqlite3", "mysql://bot:s3cret@localhost/imhere", cwd=tmp_path)
    assert other.returncode == 2
    assert "TARGET 'mysql://bot:***@localhost/imhere' is neither a SQLite file nor a PostgreSQL address" in (
        other.stderr
    )

    # Nothing listens on port 1: the server cannot be reached (or its driver is not installed).
    (tmp_path / "bot.sqlite3").touch()
    unreachable = run_cli(
        "copy-db", "bot.sqlite3", "postgresql://bot:s3cret@127.0.0.1:1/imhere", cwd=tmp_path
    )
    assert unreachable.returncode == 1
    assert unreachable.stderr.startswith("Not copied: ")
    slash = run_cli("copy-db", "bot.sqlite3", "postgresql://bot:s3/cret@localhost/imhere", cwd=tmp_path)
    assert slash.returncode == 2
    assert "TARGET 'postgresql://bot:***@localhost/imhere' cannot be used: its password" in slash.stderr
    port = run_cli("copy-db", "postgresql://bot:s3cret@localhost:five/imhere", "new.sqlite3", cwd=tmp_path)
    assert port.returncode == 2 and "its port is not a number" in port.stderr
    assert not (tmp_path / "new.sqlite3").exists()
    folder = run_cli("copy-db", "bot.sqlite3", str(tmp_path), cwd=tmp_path)
    assert (
        folder.returncode == 2 and f"The target {tmp_path} is a folder, not a database file." in folder.stderr
    )
    for result in (missing, same, other, unreachable, slash, port, folder):
        assert "s3cret" not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def _held_exclusively(path: Path) -> sqlite3.Connection:
    """Another program in the middle of writing ``path`` in rollback-journal mode: nobody else may
    even read it."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    return holder


async def test_copy_db_speaks_of_its_own_source_and_target_when_one_cannot_be_used(
    tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    (tmp_path / "damaged.sqlite3").write_bytes(b"not a database at all, but the user's file")
    shutil.copyfile(tmp_path / "old.sqlite3", tmp_path / "newer.sqlite3")
    newer = sqlite3.connect(tmp_path / "newer.sqlite3")
    newer.execute("PRAGMA user_version = 999")
    newer.commit()
    newer.close()
    before = {name: (tmp_path / name).read_bytes() for name in ("damaged.sqlite3", "newer.sqlite3")}

    damaged = run_cli("copy-db", "old.sqlite3", "damaged.sqlite3", cwd=tmp_path)
    assert damaged.returncode == 1
    assert (
        f"Not copied: The target {tmp_path / 'damaged.sqlite3'} is not a SQLite database, or is damaged. "
        "Name another TARGET (copy-db makes a new file there), or restore a backup of this one."
    ) in damaged.stderr
    into_newer = run_cli("copy-db", "old.sqlite3", "newer.sqlite3", cwd=tmp_path)
    assert into_newer.returncode == 1
    assert f"The target {tmp_path / 'newer.sqlite3'} was written by a newer version of the bot" in (
        into_newer.stderr
    )
    assert "Run copy-db from that version, or name another TARGET." in into_newer.stderr
    from_newer = run_cli("copy-db", "newer.sqlite3", "new.sqlite3", cwd=tmp_path)
    assert from_newer.returncode == 1
    assert f"The source {tmp_path / 'newer.sqlite3'} was written by a newer version" in from_newer.stderr
    holder = _held_exclusively(tmp_path / "old.sqlite3")
    try:
        locked = run_cli("copy-db", "old.sqlite3", "new.sqlite3", cwd=tmp_path)
    finally:
        holder.rollback()
        holder.close()
    assert locked.returncode == 1
    assert f"The source {tmp_path / 'old.sqlite3'} is locked by another program" in locked.stderr
    assert "is not a database the bot has written" not in locked.stderr
    unreachable = run_cli(
        "copy-db", "old.sqlite3", "postgresql://bot:s3cret@127.0.0.1:1/imhere", cwd=tmp_path
    )
    assert unreachable.returncode == 1
    assert "The target postgresql://bot:***@127.0.0.1:1/imhere cannot be reached" in unreachable.stderr
    assert "Check the TARGET address" in unreachable.stderr

    for result in (damaged, into_newer, from_newer, locked, unreachable):
        said = result.stdout + result.stderr
        assert "DATABASE_PATH" not in said and "DATABASE_URL" not in said and "the bot then" not in said
        assert "Traceback" not in said and "s3cret" not in said
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert not (tmp_path / "new.sqlite3").exists()


async def test_copy_db_refuses_a_postgresql_target_from_a_newer_bot_naming_the_target(
    tmp_path: Path, database_templates: dict[bool, Path], postgres_cluster: PostgresCluster
) -> None:
    await _deployment(tmp_path / "old.sqlite3", database_templates[True])
    name = f"cli_newer_{uuid.uuid4().hex[:12]}"
    await postgres_cluster.create_database(name)
    try:
        conn = await asyncpg.connect(postgres_cluster.database_dsn(name))
        try:
            await conn.execute("CREATE TABLE bot_schema (version INTEGER NOT NULL)")
            await conn.execute("INSERT INTO bot_schema VALUES (999)")
        finally:
            await conn.close()
        result = run_cli("copy-db", "old.sqlite3", postgres_cluster.database_dsn(name), cwd=tmp_path)
        conn = await asyncpg.connect(postgres_cluster.database_dsn(name))
        try:
            tables = await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        finally:
            await conn.close()
    finally:
        await postgres_cluster.drop_database(name)
    assert result.returncode == 1
    assert "was written by a newer version of the bot (schema 999" in result.stderr
    assert result.stderr.startswith("Not copied: The target postgresql://")
    assert "DATABASE_URL" not in result.stderr and "Traceback" not in result.stderr
    assert tables == 1  # bot_schema alone: nothing was migrated or copied into it


async def test_forget_deletes_one_persons_data_from_the_configured_database(
    tmp_path: Path, database_templates: dict[bool, Path]
) -> None:
    await _deployment(tmp_path / "bot.sqlite3", database_templates[True])
    env = {"DATABASE_PATH": str(tmp_path / "bot.sqlite3")}  # no token needed
    bad = run_cli("forget", "sheldon", cwd=tmp_path, env=env)
    assert bad.returncode == 2 and "'sheldon' is not a Discord user ID" in bad.stderr
    done = run_cli("forget", str(BIG_USER), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Deleted: 1 answer to the question of the day, ")
    rows = await _rows(tmp_path / "bot.sqlite3")
    assert not [r for t in rows.values() for r in t if BIG_USER in (r.get("user_id"), r.get("starter_id"))]
    assert [r for r in rows["trivia_answer"] if r["user_id"] == 7]  # everyone else's stays
    again = run_cli("forget", str(BIG_USER), cwd=tmp_path, env=env)
    assert again.stdout.strip() == "The bot keeps nothing about them: there was nothing to delete."
