-- Trivia by play and by season.
--
-- trivia_question_rate: how many answers each question has had and how many were right, per server
-- (guild_id) and over every server (guild_id 0), counted as each question closes (never per click).
-- Once a question has enough answers its difficulty follows its rate (bot/domain/trivia/rates.py).
-- Counted from the answers already stored, so play before this migration counts too.
--
-- trivia_hall_of_fame: a season's top three (a calendar month in the server's time; for everyone,
-- guild_id 0, in UTC), written once the season has ended. `season` is its month, "2026-01".
BEGIN;

CREATE TABLE trivia_question_rate (
    guild_id      INTEGER NOT NULL,
    pack          TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    answers       INTEGER NOT NULL CHECK (answers >= 0),
    right_answers INTEGER NOT NULL CHECK (right_answers >= 0 AND right_answers <= answers),
    PRIMARY KEY (guild_id, pack, question_id)
) STRICT;

INSERT INTO trivia_question_rate (guild_id, pack, question_id, answers, right_answers)
SELECT guild_id, pack, question_id, COUNT(*), SUM(correct) FROM trivia_answer GROUP BY guild_id, pack, question_id;
INSERT INTO trivia_question_rate (guild_id, pack, question_id, answers, right_answers)
SELECT 0, pack, question_id, COUNT(*), SUM(correct) FROM trivia_answer GROUP BY pack, question_id;

CREATE TABLE trivia_hall_of_fame (
    guild_id      INTEGER NOT NULL,
    season        TEXT NOT NULL,
    place         INTEGER NOT NULL CHECK (place >= 1),
    user_id       INTEGER NOT NULL,
    points        INTEGER NOT NULL,
    right_answers INTEGER NOT NULL,
    answers       INTEGER NOT NULL,
    games         INTEGER NOT NULL,
    PRIMARY KEY (guild_id, season, user_id)
) STRICT;

PRAGMA user_version = 10;
COMMIT;
