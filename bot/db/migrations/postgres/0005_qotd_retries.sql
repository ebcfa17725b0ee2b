-- The quote of the day: why a day's post is still waiting. A rate limit, a Discord server error or
-- a send that timed out is Discord's trouble, not the server's: the day is tried again (it never
-- counts toward pausing), and `last_error` is shown in /qotd status only if the day ends unposted.
-- PostgreSQL twin of ../0005_qotd_retries.sql.

ALTER TABLE qotd_day ADD COLUMN last_error TEXT;
