"""python -m bench [NAME ...]: run every benchmark (or only the named modules) and print one table."""

from __future__ import annotations

import asyncio
import sys

from bench import footprint, interactions, names, postgres, qotd_load, question_clock, trivia_load
from bench.harness import table

ASYNC = {
    m.__name__.removeprefix("bench."): m
    for m in (names, interactions, trivia_load, question_clock, qotd_load, postgres)
}
CHOICES = ("footprint", *ASYNC)


async def main(chosen: list[str]) -> int:
    unknown = [c for c in chosen if c not in CHOICES]
    if unknown:
        print(f"Unknown benchmark {', '.join(unknown)}; choose from {', '.join(CHOICES)}.", file=sys.stderr)
        return 2
    wanted = chosen or list(CHOICES)
    rows = footprint.run() if "footprint" in wanted else []  # in fresh processes of its own
    for name, module in ASYNC.items():
        if name in wanted:
            rows.extend(await module.run())
    print(table(rows))
    return 0 if all(r.holds for r in rows) else 1


sys.exit(asyncio.run(main(sys.argv[1:])))
