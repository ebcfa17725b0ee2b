-- Track trivia: games, every answer as it is given, and which questions each server has seen.
--
-- All of this is users' data: it names questions by their stable id string ('gen:performer:4',
-- 'hand:<key>') and the pack by its slug, never by foreign key or rowid into the catalogue, so
-- reloading a data pack cannot touch it.
BEGIN;

-- A game in a channel. `status` is 'running' while it plays; 'finished', 'stopped' (by /trivia stop)
-- or 'interrupted' (the bot restarted mid-game: closed at the next start, its points stand).
-- `message_id` is the current question's message, so an interrupted game's message can be closed.
CREATE TABLE trivia_game (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    starter_id     INTEGER NOT NULL,
    pack           TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'running'
                   CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
    question_count INTEGER NOT NULL CHECK (question_count >= 1),
    category       TEXT,
    difficulty     TEXT,
    time_limit     REAL NOT NULL,
    current_index  INTEGER NOT NULL DEFAULT -1,
    message_id     INTEGER,
    started_at     TEXT NOT NULL,
    ended_at       TEXT
) STRICT;
-- One running game per channel, held by the database too.
CREATE UNIQUE INDEX trivia_game_running_channel ON trivia_game (channel_id) WHERE status = 'running';

-- Every answer, written when it is given (before the player is told it is locked in). The primary
-- key makes "one answer per player per question" hold in the database as well.
CREATE TABLE trivia_answer (
    game_id        INTEGER NOT NULL REFERENCES trivia_game (id),
    question_index INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    guild_id       INTEGER NOT NULL,
    pack           TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    option         INTEGER NOT NULL,
    correct        INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points         INTEGER NOT NULL CHECK (points >= 0),
    elapsed_ms     INTEGER NOT NULL CHECK (elapsed_ms >= 0),
    answered_at    TEXT NOT NULL,
    PRIMARY KEY (game_id, question_index, user_id)
) STRICT;
CREATE INDEX trivia_answer_by_guild_user ON trivia_answer (guild_id, user_id);
CREATE INDEX trivia_answer_by_user ON trivia_answer (user_id, answered_at);

-- The questions each server has been shown, by cycle: a question comes round again only in the
-- server's next cycle, which begins once it has seen the whole bank.
CREATE TABLE trivia_seen (
    guild_id    INTEGER NOT NULL,
    pack        TEXT NOT NULL,
    cycle       INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (guild_id, pack, cycle, question_id)
) STRICT;

PRAGMA user_version = 3;
COMMIT;
