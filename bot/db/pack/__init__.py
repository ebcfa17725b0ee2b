"""A data pack in the database: ``repository`` stores packs whose files changed and reads a whole
pack back (the one source of the content the bot serves), ``write`` writes a pack's rows and ``read``
reads them back into the pack's model."""

from bot.db.pack.repository import PackRepository

__all__ = ["PackRepository"]
