"""Which servers a process serves when the bot runs as several processes, each on part of the shards."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.domain.text import listing, plural


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord sends a server's events to (its documented sharding formula)."""
    return (guild_id >> 22) % shard_count


def serves(client: discord.Client, guild_id: int) -> bool:
    """Whether this process runs the shard of ``guild_id``: what it posts on its own is only for those
    servers, so that several processes, each running part of the shards, never post twice."""
    count = client.shard_count
    if count is None or count == 1:
        return True
    ids = client.shard_ids if isinstance(client, discord.AutoShardedClient) else [client.shard_id]
    return ids is None or shard_of(guild_id, count) in ids


def describe_shards(count: int | None, ids: Sequence[int] | None) -> str:
    """Which shards a process runs, as the logs say it: 'shards 0-3 of 8', 'all 2 shards'."""
    if count is None:
        return "as many shards as Discord recommends"
    if ids is None or sorted(ids) == list(range(count)):
        return f"all {plural(count, 'shard')}" if count > 1 else "one shard"
    return f"{'shards' if len(ids) > 1 else 'shard'} {_ranges(sorted(ids))} of {count}"


def _ranges(ids: list[int]) -> str:
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 2 else str(n) for r in runs for n in (r[:1] if len(r) > 2 else r)]
    return listing(parts)
