"""python -m bench: run every benchmark and print one table."""

from __future__ import annotations

import asyncio
import sys

from bench import footprint, interactions, names, qotd_load, question_clock, trivia_load
from bench.harness import table


async def main() -> int:
    rows = footprint.run()  # in fresh processes of its own
    for module in (names, interactions, trivia_load, question_clock, qotd_load):
        rows.extend(await module.run())
    print(table(rows))
    return 0 if all(r.holds for r in rows) else 1


sys.exit(asyncio.run(main()))
