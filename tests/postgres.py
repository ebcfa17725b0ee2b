"""A throwaway PostgreSQL server for the tests: Debian's ``postgresql`` binaries, a cluster in a fresh
temp folder, listening on 127.0.0.1 on a free port, removed when stopped.

initdb and pg_ctl refuse to run as root, and CI runs as root: there they run as the ``postgres``
system user (made by the Debian package), which then owns the cluster folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import asyncpg

log = logging.getLogger(__name__)

SUPERUSER = "postgres"
# A throwaway cluster loses nothing it needs if the machine crashes: skip the disk flushes.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}
START_ATTEMPTS = 3  # another process may take the free port between choosing it and the server binding it


class PostgresClusterError(RuntimeError):
    """A PostgreSQL command for the throwaway cluster failed; the message carries its output."""


def find_bindir() -> Path | None:
    """The folder of PostgreSQL's server binaries (initdb, pg_ctl), or None when they are missing."""
    pg_config = shutil.which("pg_config")
    if pg_config:  # libpq-dev's pg_config names the server's folder even when the server is absent
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        bindir = Path(found.stdout.strip())
        if found.returncode == 0 and (bindir / "initdb").exists():
            return bindir
    versions = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    versions.sort(key=lambda bindir: int(bindir.parent.name) if bindir.parent.name.isdigit() else 0)
    return versions[-1] if versions else None


@dataclass(frozen=True)
class PostgresCluster:
    """A running cluster: ``dsn`` reaches its ``postgres`` database as the superuser, without a password."""

    folder: Path
    port: int
    bindir: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def dsn(self) -> str:
        return self.database_dsn(SUPERUSER)

    def database_dsn(self, name: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{name}"

    async def create_database(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (a copy of ``template`` when given, which must then have no other
        connection open) and return its DSN."""
        sql = f"CREATE DATABASE {quote_identifier(name)}"
        if template is not None:
            sql += f" TEMPLATE {quote_identifier(template)}"
        await self._execute(sql)
        return self.database_dsn(name)

    async def drop_database(self, name: str) -> None:
        """Drop database ``name`` if it exists, closing any connection still open to it."""
        await self._execute(f"DROP DATABASE IF EXISTS {quote_identifier(name)} WITH (FORCE)")

    async def _execute(self, sql: str) -> None:
        connection = await asyncpg.connect(self.dsn)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    def stop(self) -> None:
        """Stop the server at once (nothing in it is worth a clean shutdown) and remove the folder."""
        try:
            _run_as_owner([self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "stop"], self.folder)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def start_cluster(bindir: Path) -> PostgresCluster:
    """Make a cluster in a fresh temp folder and start it; the caller stops it with ``stop()``."""
    # Not under pytest's tmp_path: its folders may be 0o700, which the postgres user cannot enter.
    folder = Path(tempfile.mkdtemp(prefix="im-here-postgres-"))
    try:
        folder.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(folder, SUPERUSER, SUPERUSER)
        initdb = [bindir / "initdb", "-D", folder / "data", "-A", "trust", "-U", SUPERUSER, "--no-sync"]
        _run_as_owner([*initdb, "-E", "UTF8", "--locale", "C.UTF-8"], folder)
        for attempt in range(1, START_ATTEMPTS + 1):
            cluster = PostgresCluster(folder=folder, port=_free_port(), bindir=bindir)
            if _start(cluster):
                return cluster
            log.warning("PostgreSQL did not start on port %d (attempt %d)", cluster.port, attempt)
        log_text = (folder / "server.log").read_text(errors="replace")
        raise PostgresClusterError(f"PostgreSQL did not start; its log:\n{log_text}")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _start(cluster: PostgresCluster) -> bool:
    settings = {**SETTINGS, "port": str(cluster.port), "unix_socket_directories": f"'{cluster.folder}'"}
    options = " ".join(f"-c {name}={value}" for name, value in settings.items())
    pg_ctl = [cluster.bindir / "pg_ctl", "-D", cluster.data, "-l", cluster.folder / "server.log"]
    try:
        _run_as_owner([*pg_ctl, "-o", options, "-w", "start"], cluster.folder)
    except PostgresClusterError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as_owner(command: list[str | Path], folder: Path) -> None:
    """Run a PostgreSQL command as the cluster's owner: the postgres user when we are root."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", SUPERUSER, "--", *command]
    # In the cluster folder: the postgres user may not be allowed into the caller's working directory.
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PostgresClusterError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")
