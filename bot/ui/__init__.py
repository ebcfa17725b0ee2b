"""Discord glue: what turns the core into a Discord bot and nothing else does.

The command tree and its one error handler (``tree``), the error that carries a message for the user
(``errors``), slash command options that name a track or an artist (``options``) and embeds kept within
Discord's limits (``embeds``). Everything outside ``bot.ui``, ``bot.client`` and ``bot.cli`` in
``bot/`` imports nothing from discord (tests/bot/domain/test_purity.py holds that).
"""
