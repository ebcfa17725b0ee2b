"""Autocomplete and name resolution on a generated pack of 10,000 tracks and 2,000 artists, against
the same calls on the real nine-track pack: the cost must not grow with the size of the pack."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from bench.harness import RealBot, Row, percentile
from bot.domain.catalogue import Catalogue
from bot.domain.catalogue.index import NameIndex
from bot.domain.pack import Artist, Pack, Source, Track
from bot.ui.options import choices

WORDS = [
    "love",
    "robot",
    "lonely",
    "city",
    "night",
    "light",
    "dream",
    "theme",
    "machine",
    "animal",
    "past",
    "words",
    "many",
    "grotesque",
    "life",
    "beautiful",
    "hell",
    "rat",
    "race",
    "electric",
    "reprise",
    "silver",
    "paper",
    "heart",
    "river",
    "summer",
    "winter",
    "golden",
    "ghost",
    "echo",
    "signal",
    "static",
    "neon",
    "ocean",
    "forest",
    "glass",
    "velvet",
    "thunder",
    "whisper",
    "shadow",
    "morning",
    "midnight",
]
CALLS = 3000


def generated_pack(tracks: int = 10_000, artists: int = 2_000, seed: int = 1) -> Pack:
    rng = random.Random(seed)
    source = Source("GEN", "Generated for benchmarks")
    people = tuple(
        Artist(
            f"artist-{i}",
            " ".join(rng.choice(WORDS).title() for _ in range(rng.randint(1, 3))) + f" {i}",
        )
        for i in range(artists)
    )
    songs = tuple(
        Track(
            position=p,
            title=" ".join(rng.choice(WORDS).title() for _ in range(rng.randint(1, 5))),
            artists=(people[rng.randrange(artists)].key,),
            sources=("GEN",),
        )
        for p in range(1, tracks + 1)
    )
    return Pack(
        "generated", "Generated", "Various", (), (source,), people, songs, (), fingerprint="generated"
    )


def queries(index: NameIndex, count: int, seed: int = 2) -> list[str]:
    """What people type: prefixes, whole names, typos, stray words and nothing at all."""
    rng = random.Random(seed)
    names = [name for match in index.suggest("", len(index)) for name in match.entry.names]
    out = []
    for _ in range(count):
        name = rng.choice(names)
        kind = rng.random()
        if kind < 0.4:
            out.append(name[: rng.randint(1, max(1, len(name)))])
        elif kind < 0.6:
            out.append(name)
        elif kind < 0.8:
            i = rng.randrange(len(name))
            out.append(name[:i] + rng.choice("aeiouxyz") + name[i + 1 :])
        elif kind < 0.95:
            out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))))
        else:
            out.append("")
    return out


def costs(catalogue: Catalogue) -> list[float]:
    """CPU seconds per autocomplete (choices built as the handler builds them) and per resolution."""
    samples: list[float] = []
    for kind, index in (("track", catalogue.tracks), ("artist", catalogue.artists)):
        calls: list[Callable[[], object]] = []
        for q in queries(index, CALLS // 2):
            calls.append(lambda q=q, index=index, kind=kind: choices(index, kind, q))
            calls.append(lambda q=q, index=index: index.resolve(q))
        for call in calls[:200]:  # warm-up
            call()
        for call in calls:
            start = time.process_time()
            call()
            samples.append(time.process_time() - start)
    return samples


async def run() -> list[Row]:
    async with RealBot() as real:
        base = costs(real.catalogue)
    async with RealBot([generated_pack()], pack="generated") as big:
        large = costs(big.catalogue)
    ratio = percentile(large, 99) / percentile(base, 99)
    return [
        Row(
            "autocomplete + resolution, 10,000 tracks / 2,000 artists vs 9 tracks (p99)",
            f"{ratio:.2f}x",
            "<= 3x",
            ratio <= 3.0,
        )
    ]
