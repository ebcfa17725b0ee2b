-- Review quotes: full-text search, and the quote of the day.
-- PostgreSQL twin of ../0002_quotes.sql.

-- Full-text search over the catalogue's quotes. Where SQLite keeps an FTS5 table in step with
-- `quote` by triggers, PostgreSQL keeps a generated column: it is recomputed by every insert and
-- update, so a pack reload needs nothing more. Like FTS5's 'unicode61 remove_diacritics 2', the
-- configuration ignores case (simple lowercases) and accents (unaccent runs first), and stems
-- nothing. The mapped token types are every word that may hold non-ASCII letters, with or without
-- digits ('Café', 'naïve-Café', 'Café2'). unaccent is a trusted extension: a database owner may
-- create it without superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION im_here_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION im_here_search
    ALTER MAPPING FOR hword, hword_part, word, numhword, hword_numpart, numword WITH unaccent, simple;
-- to_tsvector with a regconfig constant is immutable, as a generated column requires.
ALTER TABLE quote ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('im_here_search', text)) STORED;
CREATE INDEX quote_search ON quote USING GIN (search);

-- Users' data from here on: it names quotes by (pack, quote key), never by foreign key, so that a
-- pack reload cannot touch it.

-- A server's quote-of-the-day settings. `channel_id` NULL means the daily post is off.
CREATE TABLE qotd_settings (
    guild_id        BIGINT PRIMARY KEY,
    channel_id      BIGINT,
    post_time       TEXT NOT NULL DEFAULT '09:00',
    timezone        TEXT NOT NULL DEFAULT 'UTC',
    role_id         BIGINT,
    failures        INTEGER NOT NULL DEFAULT 0,  -- failed posts in a row
    paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    last_failure    TEXT,
    last_failure_at TEXT,
    updated_at      TEXT NOT NULL
);

-- Each server's quote for each of its local dates: chosen once (by /quote today or the post),
-- then fixed. `status` follows the post: 'chosen' (not posted yet), 'sending' (claimed by a
-- poster: after a crash it is checked against the channel before anything is sent again),
-- 'posted' or 'failed' (retried the next day).
CREATE TABLE qotd_day (
    guild_id   BIGINT NOT NULL,
    local_date TEXT NOT NULL,
    pack       TEXT NOT NULL,
    quote      TEXT NOT NULL,
    cycle      INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'chosen' CHECK (status IN ('chosen', 'sending', 'posted', 'failed')),
    channel_id BIGINT,
    message_id BIGINT,
    claimed_at TEXT,
    posted_at  TEXT,
    PRIMARY KEY (guild_id, local_date)
);
CREATE INDEX qotd_day_by_cycle ON qotd_day (guild_id, pack, cycle);
