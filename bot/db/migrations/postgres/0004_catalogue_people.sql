-- The catalogue, re-cited: values read between sources, artists' labelled facts, people.
-- PostgreSQL twin of ../0004_catalogue_people.sql.
--
-- Like 0001, everything here is rebuilt from the data packs.
--   claim.inference       1 for a value no source states, read between the sources it cites
--   artist_fact           an artist's labelled facts; their values are claims of kind 'value' with
--                         subject 'artist-fact:<artist>:<key>'
--   artist_member.member  1 for a band member, 0 for another person the entry names; a person's
--                         sources are subject_source rows 'person:<artist>:<position>', and who they
--                         are there claims of kind 'fact' (and 'alias') with that subject
--   artist.members_disputed  1 when the sources give different line-ups
-- An artist's origin is a claim of kind 'value' with subject 'origin:<artist>'.

ALTER TABLE claim ADD COLUMN inference INTEGER NOT NULL DEFAULT 0 CHECK (inference IN (0, 1));
ALTER TABLE artist ADD COLUMN members_disputed INTEGER NOT NULL DEFAULT 0 CHECK (members_disputed IN (0, 1));
ALTER TABLE artist_member ADD COLUMN member INTEGER NOT NULL DEFAULT 1 CHECK (member IN (0, 1));

CREATE TABLE artist_fact (
    pack     TEXT NOT NULL,
    artist   TEXT NOT NULL,
    key      TEXT NOT NULL,
    position INTEGER NOT NULL,
    label    TEXT NOT NULL,
    disputed INTEGER NOT NULL CHECK (disputed IN (0, 1)),
    PRIMARY KEY (pack, artist, key),
    FOREIGN KEY (pack, artist) REFERENCES artist (pack, key) ON DELETE CASCADE
);

-- Packs loaded before this migration lack the new rows: forget their fingerprints so they reload.
UPDATE pack SET fingerprint = '';
