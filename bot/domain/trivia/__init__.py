"""Track trivia: the question bank, scoring and game state. Pure logic: nothing here imports discord.

Time is always passed in (``now``), so the engine is tested with plain functions and hypothesis.
"""
