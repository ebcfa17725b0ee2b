"""Discord glue: what turns the core into a Discord bot and nothing else does.

The command tree and its one error handler (``tree``), the error that carries a message for the user
(``errors``), the one way to answer an interaction (``replies``), slash command options that name a
track or an artist (``options``), cards read at a glance with their sources, disputes and the rest
one tap away (``cards``, citing by marks: ``citations``), embeds kept within Discord's limits
(``embeds``) and the features /help lists (``features``). In ``bot/``, only ``bot.ui``, ``bot.client``, ``bot.sharding``, ``bot.app``,
``bot.cli`` and ``bot.tryout`` import discord (tests/bot/test_purity.py holds that).
"""
