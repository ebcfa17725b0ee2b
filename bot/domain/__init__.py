"""The pure domain: no discord, no database, no I/O beyond reading a data pack's files.

Everything here is plain Python over plain values (the clock is passed in), so it can be tested and
reasoned about without Discord. tests/bot/domain/test_purity.py fails if a module here imports discord.
"""
