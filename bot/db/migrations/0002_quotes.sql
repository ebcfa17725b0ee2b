-- Review quotes: full-text search, and the quote of the day.
BEGIN;

-- Full-text index over the catalogue's quotes, kept in step with `quote` by triggers (a pack
-- reload deletes and re-inserts quotes, and cascaded deletes fire these triggers too).
CREATE VIRTUAL TABLE quote_fts USING fts5 (
    text,
    content = 'quote',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE ON quote BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO quote_fts (rowid, text) VALUES (new.rowid, new.text);
END;
INSERT INTO quote_fts (quote_fts) VALUES ('rebuild');

-- Users' data from here on: it names quotes by (pack, quote key), never by foreign key, so that a
-- pack reload cannot touch it.

-- A server's quote-of-the-day settings. `channel_id` NULL means the daily post is off.
CREATE TABLE qotd_settings (
    guild_id        INTEGER PRIMARY KEY,
    channel_id      INTEGER,
    post_time       TEXT NOT NULL DEFAULT '09:00',
    timezone        TEXT NOT NULL DEFAULT 'UTC',
    role_id         INTEGER,
    failures        INTEGER NOT NULL DEFAULT 0,  -- failed posts in a row
    paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    last_failure    TEXT,
    last_failure_at TEXT,
    updated_at      TEXT NOT NULL
) STRICT;

-- Each server's quote for each of its local dates: chosen once (by /quote today or the post),
-- then fixed. `status` follows the post: 'chosen' (not posted yet), 'sending' (claimed by a
-- poster: after a crash it is checked against the channel before anything is sent again),
-- 'posted' or 'failed' (retried the next day).
CREATE TABLE qotd_day (
    guild_id   INTEGER NOT NULL,
    local_date TEXT NOT NULL,
    pack       TEXT NOT NULL,
    quote      TEXT NOT NULL,
    cycle      INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'chosen' CHECK (status IN ('chosen', 'sending', 'posted', 'failed')),
    channel_id INTEGER,
    message_id INTEGER,
    claimed_at TEXT,
    posted_at  TEXT,
    PRIMARY KEY (guild_id, local_date)
) STRICT;
CREATE INDEX qotd_day_by_cycle ON qotd_day (guild_id, pack, cycle);

PRAGMA user_version = 2;
COMMIT;
