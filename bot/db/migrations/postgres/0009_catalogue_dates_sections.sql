-- A source's date, and each album fact's section and whether the album card shows it on its face:
-- stored so that a card can show them (a source's date beside it; the album's facts grouped by
-- section, as options of the card's "More" menu).
-- PostgreSQL twin of ../0009_catalogue_dates_sections.sql.
--
-- Like 0001, everything here is rebuilt from the data packs (STORAGE_LAYOUT in bot/db/pack/write.py went up,
-- so every pack loaded before this migration is loaded again).
--   source.date         sources.toml's optional `date`: the source's date as text ("12 August 2010")
--   album_fact.section  album.toml's optional `section`: the heading of the group the fact is in
--   album_fact.face     1 for a fact shown on the album card's face (album.toml's `face = true`)
ALTER TABLE source ADD COLUMN date TEXT;
ALTER TABLE album_fact ADD COLUMN section TEXT;
ALTER TABLE album_fact ADD COLUMN face INTEGER NOT NULL DEFAULT 0 CHECK (face IN (0, 1));
