-- One source of truth for content at run time (issue 19): the catalogue holds the whole validated
-- pack and its hand-written trivia questions, so the bot builds the pack it serves and its question
-- bank from what the database holds.
--
-- Like 0001, everything here is rebuilt from the data packs (STORAGE_LAYOUT in bot/db/pack/write.py went up,
-- so every pack loaded before this migration is loaded again).
--   pack.film, pack.about    album.toml's optional `film` and `about`
--   artist.position          the artists' order in artists.toml
--   artist_fact.date         a dated fact's date, as album_fact.date
--   quote_track.position, quote_artist.position   the order a quote names its tracks and artists
--   claim_evidence           per source of a claim, the phrase of that source that states the value
--   subject_evidence         the same for a whole entry: 'track:<position>', 'original:<position>'
--                            or 'person:<artist>:<position>' (as subject_source names them)
--   handwritten_question     trivia.toml's questions; its lists are JSON arrays of texts
BEGIN;

ALTER TABLE pack ADD COLUMN film TEXT;
ALTER TABLE pack ADD COLUMN about TEXT;
ALTER TABLE artist ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE artist_fact ADD COLUMN date TEXT;
ALTER TABLE quote_track ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quote_artist ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

CREATE TABLE claim_evidence (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    pack     TEXT NOT NULL,
    position INTEGER NOT NULL,
    source   TEXT NOT NULL,
    phrase   TEXT NOT NULL,
    PRIMARY KEY (claim_id, position),
    FOREIGN KEY (pack, source) REFERENCES source (pack, key) ON DELETE CASCADE
) STRICT;

CREATE TABLE subject_evidence (
    pack     TEXT NOT NULL,
    subject  TEXT NOT NULL,
    position INTEGER NOT NULL,
    source   TEXT NOT NULL,
    phrase   TEXT NOT NULL,
    PRIMARY KEY (pack, subject, position),
    FOREIGN KEY (pack, source) REFERENCES source (pack, key) ON DELETE CASCADE
) STRICT;

-- `id` is the question's stable id ('hand:<key>'), the one users' data names it by.
CREATE TABLE handwritten_question (
    pack        TEXT NOT NULL REFERENCES pack (slug) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    category    TEXT NOT NULL,
    difficulty  TEXT NOT NULL,
    prompt      TEXT NOT NULL,
    options     TEXT NOT NULL,  -- JSON array: the options as shown
    answer      INTEGER NOT NULL,  -- the right option's index in `options`
    explanation TEXT NOT NULL,
    sources     TEXT NOT NULL,  -- JSON array of source keys
    about       TEXT NOT NULL,  -- JSON array of the fact ids it asks about
    reveals     TEXT NOT NULL,  -- JSON array of the fact ids it gives away
    order_items TEXT NOT NULL,  -- JSON array: a running-order question's items (Question.order)
    PRIMARY KEY (pack, id)
) STRICT;

PRAGMA user_version = 8;
COMMIT;
