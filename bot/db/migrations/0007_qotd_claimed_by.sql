-- Past one process (issue 13): which run of the bot claimed a day's post for sending. A day left
-- 'sending' by a run that is no longer running (it crashed mid-post) is taken over, its channel
-- checked first; one another running process is sending is left to it.
BEGIN;

ALTER TABLE qotd_day ADD COLUMN claimed_by INTEGER;

PRAGMA user_version = 7;
COMMIT;
