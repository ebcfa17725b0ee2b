"""The try server, seeded in SimCord: #general, the person as its owner, two practice players, the
commands synced, and the quote of the day set to post at once."""

from __future__ import annotations

import discord
import simcord

from bot.tryout.world import BOT_NAME, PRACTICE_PLAYERS, name_the_bot, post_quote_of_the_day_now, seed


async def test_the_try_server_has_general_its_owner_two_players_and_every_command(
    simcord_env: simcord.Env,
) -> None:
    server = await seed(simcord_env)
    assert server.general.name == "general"
    assert server.guild.owner.id == server.owner.id
    assert [p.name for p in server.players] == [name for name, _ in PRACTICE_PLAYERS]
    assert "trivia start" in server.owner.available_commands(server.general)
    assert "qotd set" in server.owner.available_commands(server.general)  # the owner manages the server


async def test_the_quote_of_the_day_posts_within_a_tick(simcord_env: simcord.Env) -> None:
    server = await seed(simcord_env)
    await simcord_env.advance_time(60)  # to a fresh minute: the post time is "now"
    await post_quote_of_the_day_now(server, simcord_env.now())
    await simcord_env.advance_time(31)
    posts = [m for m in server.general.history() if m.embeds and m.embeds[0].title == "Quote of the day"]
    assert len(posts) == 1


def test_the_bot_is_named_before_it_logs_in(simcord_bot: discord.Client) -> None:
    env = simcord.Env(simcord_bot)
    name_the_bot(env)
    assert (env.backend.bot_user.name, env.backend.bot_user.global_name) == BOT_NAME
