"""The quote of the day: the daily post (poster), the /qotd commands, and sending many posts at once."""

from __future__ import annotations

import logging

from cogs.quotes.daily.commands import DailyQuoteCog
from cogs.quotes.daily.poster import DailyPoster, post_nonce
from cogs.quotes.daily.sending import TICK_SECONDS, SendDeadlines

log = logging.getLogger(__name__)

__all__ = ["TICK_SECONDS", "DailyPoster", "DailyQuoteCog", "SendDeadlines", "post_nonce"]
