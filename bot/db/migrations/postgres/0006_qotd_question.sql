-- The daily post grows (issue 11): a question of the day with answers and streaks, a thread per
-- post, and the weekdays a server posts on.
-- PostgreSQL twin of ../0006_qotd_question.sql.

-- `question` 1: each post carries a trivia question. `weekdays` is a bit mask of the local days a
-- server posts on (Monday = 1 ... Sunday = 64; 127 is every day). `thread` 1: each post opens a thread.
ALTER TABLE qotd_settings ADD COLUMN question INTEGER NOT NULL DEFAULT 1 CHECK (question IN (0, 1));
ALTER TABLE qotd_settings ADD COLUMN weekdays INTEGER NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127);
ALTER TABLE qotd_settings ADD COLUMN thread INTEGER NOT NULL DEFAULT 0 CHECK (thread IN (0, 1));

-- A day's question is chosen once, before its post is sent, then fixed. `reveals` is the earlier
-- day whose answer this day's post reveals, set once together with that day's `revealed_at` and
-- with `reveal`, what the post says of it (JSON: the question, answers, right answers, the longest
-- running streaks): the reveal belongs to exactly one post and reads the same however often that
-- post is retried or re-rendered.
ALTER TABLE qotd_day ADD COLUMN question_id TEXT;
ALTER TABLE qotd_day ADD COLUMN reveals TEXT;
ALTER TABLE qotd_day ADD COLUMN reveal TEXT;
ALTER TABLE qotd_day ADD COLUMN revealed_at TEXT;

-- One answer per person per server's day, stored at the click. `name` is the display name at the
-- click: the bot has no member list (guilds intent only), and the reveal names streaks without pings.
CREATE TABLE qotd_answer (
    guild_id    BIGINT NOT NULL,
    local_date  TEXT NOT NULL,
    user_id     BIGINT NOT NULL,
    name        TEXT NOT NULL,
    option      INTEGER NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, local_date, user_id),
    FOREIGN KEY (guild_id, local_date) REFERENCES qotd_day (guild_id, local_date) ON DELETE CASCADE
);
CREATE INDEX qotd_answer_by_user ON qotd_answer (guild_id, user_id, local_date);

-- Each person's daily streak in a server, brought up to date when a question's answer is revealed
-- (with the reveal, in one transaction): `current` is the run of right answers ending on `last_day`.
CREATE TABLE qotd_streak (
    guild_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    current  INTEGER NOT NULL,
    best     INTEGER NOT NULL,
    last_day TEXT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
