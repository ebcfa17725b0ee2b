-- Past one process (issue 13): which run of the bot claimed a day's post for sending (the run holds
-- a session advisory lock while it is connected). A day left 'sending' by a run that is no longer
-- running (it was killed mid-post) is taken over, its channel checked first; one another running
-- process is sending is left to it.
ALTER TABLE qotd_day ADD COLUMN claimed_by INTEGER;
