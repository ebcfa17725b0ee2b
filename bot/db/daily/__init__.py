"""The daily post in the database: each server's settings (``settings``), each day's post and its
claim (``posts``), the question of the day's answers, reveals and streaks (``questions``), and the
records they return (``records``)."""
