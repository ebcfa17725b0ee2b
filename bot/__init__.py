"""The I'm Here soundtrack bot: core package (settings, bot, database, domain logic)."""

__version__ = "0.1.0"
