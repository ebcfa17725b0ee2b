"""The daily post's decisions, pure: when each server is due and which quote it gets (``schedule``),
the time and zone as people type them (``local_time``), the days it posts on (``weekdays``), and its
question of the day with its streaks (``question``)."""
