"""The pack repository: the only place that writes the soundtrack tables. It stores the data packs
(with their hand-written questions) whose files changed, and reads a whole pack back: the one source
of the content the bot serves."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from bot.db import Connection, Database
from bot.db.pack.read import stored_content
from bot.db.pack.write import insert_pack, stored_fingerprint
from bot.domain.content import PackContent

log = logging.getLogger(__name__)


class PackRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def store_packs(
        self, content: Sequence[PackContent], *, now: dt.datetime | None = None
    ) -> list[str]:
        """Store each pack, with its hand-written questions, whose files changed since it was last
        stored, all in one transaction; return the slugs stored (an unchanged pack is not written).

        Only catalogue tables are written: a pack's old rows go (by cascade from its ``pack`` row)
        and its new rows are inserted.
        """
        stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        changed = await self._changed(content)
        if changed:
            async with self._db.transaction() as conn:
                # Processes sharing PostgreSQL may start together: one stores, the others then find
                # the packs stored (the fingerprints are read again, after the lock).
                await conn.serialize("catalogue")
                changed = await self._changed(content, conn)
                for item in changed:
                    await conn.execute("DELETE FROM pack WHERE slug = ?", (item.pack.slug,))
                    await insert_pack(conn, item, stamp)
        stored = [c.pack.slug for c in changed]
        for item in content:
            slug = item.pack.slug
            log.info("Data pack %s: %s", slug, "loaded" if slug in stored else "unchanged, not reloaded")
        return stored

    async def _changed(
        self, content: Sequence[PackContent], conn: Connection | None = None
    ) -> list[PackContent]:
        rows = await (conn or self._db).fetch("SELECT slug, fingerprint FROM pack")
        known = {r["slug"]: r["fingerprint"] for r in rows}
        return [c for c in content if known.get(c.pack.slug) != stored_fingerprint(c)]

    async def content(self, slug: str) -> PackContent | None:
        """The pack ``slug`` as stored, with its hand-written questions (None if it is not stored):
        what the bot serves and builds its question bank from. Read from one snapshot, so it is one
        version of the pack even while another process stores a new one, and with no write lock, so
        a start with unchanged packs writes nothing and waits for no one."""
        async with self._db.snapshot() as reads:
            return await stored_content(reads, slug)
