-- Past one process (issue 23): which run of the bot plays a trivia game. A starting process closes a
-- game left running only when it is its own to close: in a server on its shards, or played by a run
-- that is no longer running (the runs hold session locks while connected). Games from before this
-- migration have none: they are closed by the process that serves their server.
-- PostgreSQL twin of ../0011_trivia_played_by.sql.
ALTER TABLE trivia_game ADD COLUMN played_by INTEGER;
