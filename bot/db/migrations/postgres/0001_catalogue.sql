-- The soundtrack catalogue: everything here is rebuilt from the data packs.
-- PostgreSQL twin of ../0001_catalogue.sql: same tables, columns, keys and checks.
--
-- A reload deletes a pack's row and lets ON DELETE CASCADE clear the rest, then inserts the pack
-- again. Tables that hold users' data (settings, scores, what was posted) must therefore never
-- reference these tables by foreign key: they name catalogue rows by (pack slug, natural key),
-- which survives a reload.

CREATE TABLE pack (
    slug        TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    artist      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    loaded_at   TEXT NOT NULL
);

CREATE TABLE source (
    pack        TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    position    INTEGER NOT NULL,
    publication TEXT NOT NULL,
    author      TEXT,
    title       TEXT,
    address     TEXT,
    PRIMARY KEY (pack, key)
);

CREATE TABLE album_fact (
    pack     TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    position INTEGER NOT NULL,
    label    TEXT NOT NULL,
    disputed INTEGER NOT NULL CHECK (disputed IN (0, 1)),
    date     TEXT,
    PRIMARY KEY (pack, key)
);

CREATE TABLE artist (
    pack   TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    name   TEXT NOT NULL,
    origin TEXT,
    PRIMARY KEY (pack, key)
);

CREATE TABLE artist_member (
    pack          TEXT NOT NULL,
    artist        TEXT NOT NULL,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    note          TEXT,
    member_artist TEXT,
    PRIMARY KEY (pack, artist, position),
    FOREIGN KEY (pack, artist) REFERENCES artist (pack, key) ON DELETE CASCADE
);

CREATE TABLE track (
    pack             TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    credits_disputed INTEGER NOT NULL CHECK (credits_disputed IN (0, 1)),
    original_album   TEXT,
    original_label   TEXT,
    original_year    INTEGER,
    original_note    TEXT,
    PRIMARY KEY (pack, position)
);

CREATE TABLE track_artist (
    pack     TEXT NOT NULL,
    track    INTEGER NOT NULL,
    artist   TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (pack, track, artist),
    FOREIGN KEY (pack, track) REFERENCES track (pack, position) ON DELETE CASCADE,
    FOREIGN KEY (pack, artist) REFERENCES artist (pack, key) ON DELETE CASCADE
);
CREATE INDEX track_artist_by_artist ON track_artist (pack, artist);

-- A value with its sources: an album fact's values, a track's credits and version notes, the
-- aliases and short facts of tracks and artists. `subject` names what it is about:
-- 'fact:<key>', 'track:<position>' or 'artist:<key>'.
-- `id` is given by the loader on every insert (no identity), as on SQLite.
CREATE TABLE claim (
    id       BIGINT PRIMARY KEY,
    pack     TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    subject  TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('value', 'credit', 'note', 'alias', 'fact')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    note     TEXT
);
CREATE INDEX claim_by_subject ON claim (pack, subject, kind, position);

CREATE TABLE claim_source (
    claim_id BIGINT NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    pack     TEXT NOT NULL,
    source   TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, position),
    FOREIGN KEY (pack, source) REFERENCES source (pack, key) ON DELETE CASCADE
);

-- The sources of a whole entry: 'track:<position>', 'original:<position>' (a track's original
-- release) or 'artist:<key>'.
CREATE TABLE subject_source (
    pack     TEXT NOT NULL,
    subject  TEXT NOT NULL,
    source   TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (pack, subject, position),
    FOREIGN KEY (pack, source) REFERENCES source (pack, key) ON DELETE CASCADE
);

-- 0002 adds the full-text column `search` to this table.
CREATE TABLE quote (
    pack     TEXT NOT NULL,
    key      TEXT NOT NULL,
    position INTEGER NOT NULL,
    source   TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (pack, key),
    FOREIGN KEY (pack, source) REFERENCES source (pack, key) ON DELETE CASCADE
);

CREATE TABLE quote_track (
    pack  TEXT NOT NULL,
    quote TEXT NOT NULL,
    track INTEGER NOT NULL,
    PRIMARY KEY (pack, quote, track),
    FOREIGN KEY (pack, quote) REFERENCES quote (pack, key) ON DELETE CASCADE,
    FOREIGN KEY (pack, track) REFERENCES track (pack, position) ON DELETE CASCADE
);
CREATE INDEX quote_track_by_track ON quote_track (pack, track);

CREATE TABLE quote_artist (
    pack   TEXT NOT NULL,
    quote  TEXT NOT NULL,
    artist TEXT NOT NULL,
    PRIMARY KEY (pack, quote, artist),
    FOREIGN KEY (pack, quote) REFERENCES quote (pack, key) ON DELETE CASCADE,
    FOREIGN KEY (pack, artist) REFERENCES artist (pack, key) ON DELETE CASCADE
);
CREATE INDEX quote_artist_by_artist ON quote_artist (pack, artist);
