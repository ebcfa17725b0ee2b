"""/trivia leaderboard and /trivia stats through SimCord, after games really played."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import discord

from bot.settings import PROJECT_ROOT
from tests.cogs.daily.conftest import daily
from tests.cogs.trivia.conftest import Table, current, field, right_label, wrong_label


async def play_one(table: Table, right: list, wrong: list) -> None:
    await table.alice.slash(table.channel, "trivia start", questions=1)
    message, question = current(table.env, table.channel)
    for player in right:
        await player.click(message, label=right_label(question))
        await table.env.advance_time(2)
    for player in wrong:
        await player.click(message, label=wrong_label(question))
    await table.env.advance_time(21)


async def test_leaderboard_orders_players_and_gives_the_callers_rank(table: Table) -> None:
    alice, bob, carol = table.alice, table.bob, table.carol
    await play_one(table, right=[alice, bob], wrong=[carol])
    await play_one(table, right=[bob], wrong=[alice])
    result = await carol.slash(table.channel, "trivia leaderboard")
    assert not result.ephemeral
    embed = result.response.embeds[0]
    lines = (embed.description or "").splitlines()
    # Named as seen when they played: a mention in an embed shows as a raw id where Discord hasn't
    # the user at hand.
    assert [line.split("**")[1] for line in lines] == [bob.name, alice.name, carol.name]
    assert lines[0].startswith("`#1`") and "2 games" in lines[0]
    assert field(embed, "Your rank").startswith(f"Of 3 players: `#3` **{carol.name}** — **0** points")
    by_games = await alice.slash(table.channel, "trivia leaderboard", scope="global", sort="games")
    assert "everyone, by games" in (by_games.response.embeds[0].title or "")
    assert field(by_games.response.embeds[0], "Your rank").startswith(f"Of 3 players: `#1` **{alice.name}**")


async def test_leaderboard_before_anyone_played(table: Table) -> None:
    result = await table.alice.slash(table.channel, "trivia leaderboard", sort="accuracy")
    embed = result.response.embeds[0]
    assert "Nobody has played yet" in (embed.description or "")
    assert field(embed, "Your rank") == "You haven't answered a question here yet this season."


async def test_stats_show_games_accuracy_points_streak_and_fastest(table: Table) -> None:
    alice, bob = table.alice, table.bob
    await play_one(table, right=[bob], wrong=[])
    await play_one(table, right=[bob], wrong=[])
    await play_one(table, right=[], wrong=[bob])
    result = await alice.slash(table.channel, "trivia stats", member=bob)
    embed = result.response.embeds[0]
    assert field(embed, "Games") == "3"
    assert field(embed, "Answers") == "3"
    assert field(embed, "Accuracy") == "67% (2 right)"
    assert field(embed, "Points") == "2,000"
    assert field(embed, "Best streak") == "2 right answers in a row"
    assert field(embed, "Fastest right answer") == "0.0 s"
    mine = await alice.slash(table.channel, "trivia stats")
    assert field(mine.response.embeds[0], "This server") == "No answers yet."


def test_trivia_imports_nothing_of_the_daily_feature() -> None:
    """Daily may use trivia, never the other way: the daily streak reaches /trivia stats through the
    bot's player_stats sections (see tests/cogs/daily/test_commands.py for what it shows)."""
    trivia = [
        *(PROJECT_ROOT / "cogs" / "trivia").rglob("*.py"),
        *(PROJECT_ROOT / "bot" / "domain" / "trivia").rglob("*.py"),
        PROJECT_ROOT / "bot" / "db" / "trivia.py",
    ]
    daily = []
    for path in trivia:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            daily += [f"{Path(path).relative_to(PROJECT_ROOT)}: {n}" for n in names if ".daily" in f".{n}"]
    assert len(trivia) > 10 and daily == []


async def test_a_season_ends_at_the_months_end_in_the_servers_time_and_its_top_three_stay(
    table: Table,
) -> None:
    """SimCord's clock starts at 2026-01-01 00:00 UTC: 31 December, 16:00 in Los Angeles, the zone the
    server's daily post is set to. A game then is December's; nine hours on, January has begun there."""
    env, alice, bob, carol = table.env, table.alice, table.bob, table.carol
    managers = table.server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    manager = table.server.guild.add_member(env.create_user("manager"), roles=[managers])
    await manager.slash(
        table.channel, "qotd set", channel=table.channel, time="12:00", timezone="America/Los_Angeles"
    )
    # The daily post's 30-second tick would have SimCord run a month of ticks: this test is about
    # trivia's seasons, and only needs the daily feature's zone setting.
    daily(table.server).tick.cancel()
    assert env.now() == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    await play_one(table, right=[alice, bob], wrong=[carol])
    december = (await carol.slash(table.channel, "trivia leaderboard")).response.embeds[0]
    assert [line.split("**")[1] for line in (december.description or "").splitlines()] == [
        alice.name,
        bob.name,
        carol.name,
    ]
    assert field(december, "Season").startswith("December 2025 (America/Los_Angeles time)")
    # Everyone's leaderboard keeps UTC, where it is January already.
    everyone = (await carol.slash(table.channel, "trivia leaderboard", scope="global")).response.embeds[0]
    assert field(everyone, "Season").startswith("January 2026 (UTC)")
    early = await carol.slash(table.channel, "trivia leaderboard", season="previous")
    assert "Nobody scored a point in November 2025." in (early.response.embeds[0].description or "")

    await env.advance_time(9 * 3600)  # 1 January, 01:00 in Los Angeles
    await play_one(table, right=[carol], wrong=[alice])
    january = (await alice.slash(table.channel, "trivia leaderboard")).response.embeds[0]
    assert field(january, "Season").startswith("January 2026 (America/Los_Angeles time)")
    assert [line.split("**")[1] for line in (january.description or "").splitlines()] == [
        carol.name,
        alice.name,
    ]
    hall = (await alice.slash(table.channel, "trivia leaderboard", season="previous")).response.embeds[0]
    assert hall.title == f"Trivia hall of fame: {table.server.guild.name}, December 2025"
    lines = (hall.description or "").splitlines()
    assert [line.split(" ")[0] for line in lines] == ["🥇", "🥈"]  # carol scored nothing: no medal
    assert [line.split("**")[1] for line in lines] == [alice.name, bob.name]
    every = (await alice.slash(table.channel, "trivia leaderboard", season="all")).response.embeds[0]
    assert "3 players" in field(every, "Your rank") and field(every, "Season").startswith("All time")

    # A month on, December's hall of fame is as it was (written once, when its season ended).
    await env.advance_time(31 * 24 * 3600)
    assert (await alice.slash(table.channel, "trivia leaderboard", season="previous")).response.embeds[
        0
    ].title == f"Trivia hall of fame: {table.server.guild.name}, January 2026"
