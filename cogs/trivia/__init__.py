"""/trivia: quizzes a whole channel plays together with buttons, from the soundtrack data itself."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import SoundtrackBot, StatsSectionSource
from bot.db.trivia import Sort, TriviaRepository
from bot.db.trivia_play import HallOfFame
from bot.domain.trivia.seasons import season_at
from bot.ui.errors import UserFacingError
from bot.ui.i18n import channel_locale, speaking, t
from bot.ui.installs import servers_only
from cogs.trivia import cards
from cogs.trivia.cards import category_name, difficulty_name
from cogs.trivia.choosing import category_key, difficulty_key
from cogs.trivia.games import GameRunner
from cogs.trivia.views import COG_NAME, AnswerButton, GameSettings, PlayAgainButton


def _known(typed: str | None, parse: Callable[[str | None], str | None]) -> str | None:
    """A filter already filled in, for another option's suggestions (None while unknown)."""
    try:
        return parse(typed)
    except UserFacingError:
        return None


def _suggested(keys: list[str], labels: Callable[[str], str], current: str) -> list[app_commands.Choice[str]]:
    typed = current.strip().casefold()
    return [
        app_commands.Choice(name=labels(k), value=k)
        for k in keys
        if typed in k or typed in labels(k).casefold()
    ]


def _choice(name: str, key: str, value: str) -> app_commands.Choice[str]:
    """A static choice, named in each locale by its Fluent ``key`` (bot.ui.i18n.CommandTranslator)."""
    return app_commands.Choice(name=app_commands.locale_str(name, key=key), value=value)


def _server_name(interaction: discord.Interaction[SoundtrackBot]) -> str:
    return interaction.guild.name if interaction.guild else t("trivia-this-server")


class TriviaCog(commands.Cog, name=COG_NAME):
    trivia = servers_only(
        app_commands.Group(
            name="trivia", description="Soundtrack trivia the whole channel plays together", guild_only=True
        )
    )

    def __init__(
        self,
        bot: SoundtrackBot,
        runner: GameRunner,
        repo: TriviaRepository,
        sections: Mapping[str, StatsSectionSource],
        hall: HallOfFame,
    ) -> None:
        """``sections``: what other features add to a player's stats (SoundtrackBot.player_stats)."""
        self.bot = bot
        self.runner = runner
        self.repo = repo
        self.sections = sections
        self.hall = hall

    async def cog_load(self) -> None:
        # Nothing stored changes here: a cog also loads for `python -m bot sync`, beside a live bot.
        self.bot.add_dynamic_items(AnswerButton, PlayAgainButton)

    async def cog_unload(self) -> None:
        self.runner.shutdown()
        self.bot.remove_dynamic_items(AnswerButton, PlayAgainButton)

    @commands.Cog.listener()
    async def on_user_forgotten(self, user_id: int) -> None:
        """/privacy forget: the runner no longer holds the person's name."""
        self.runner.names.pop(user_id, None)

    @trivia.command(name="start", description="Start a trivia game in this channel")
    @app_commands.describe(
        questions="How many questions (1 to 20, default 5)",
        category="Only questions about this (default: everything)",
        difficulty="Only questions this hard (default: any)",
    )
    @app_commands.checks.bot_has_permissions(view_channel=True, send_messages=True, embed_links=True)
    async def start(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        questions: app_commands.Range[int, 1, 20] = 5,
        category: app_commands.Range[str, 1, 40] | None = None,
        difficulty: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        settings = GameSettings(questions, category_key(category), difficulty_key(difficulty))
        await self.runner.start(interaction, settings)

    @start.autocomplete("category")
    async def category_suggestions(
        self, interaction: discord.Interaction[SoundtrackBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The categories that fill a game here (at the difficulty already chosen, if any)."""
        played = await self.runner.chooser.played(interaction.guild_id or 0)
        difficulty = _known(getattr(interaction.namespace, "difficulty", None), difficulty_key)
        return _suggested(played.categories(difficulty), category_name, current)

    @start.autocomplete("difficulty")
    async def difficulty_suggestions(
        self, interaction: discord.Interaction[SoundtrackBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The difficulties that fill a game here (in the category already chosen, if any)."""
        played = await self.runner.chooser.played(interaction.guild_id or 0)
        category = _known(getattr(interaction.namespace, "category", None), category_key)
        return _suggested(played.difficulties(category), difficulty_name, current)

    @trivia.command(name="stop", description="Stop this channel's game (its starter, or Manage Messages)")
    async def stop(self, interaction: discord.Interaction[SoundtrackBot]) -> None:
        await self.runner.stop(interaction)

    @trivia.command(name="leaderboard", description="The top ten trivia players, and your own rank")
    @app_commands.describe(
        scope="This server or everyone (default: this server)",
        sort="What to rank by",
        season="This month's, all time, or last month's top three (default: this month)",
    )
    @app_commands.choices(
        season=[
            _choice("This season (this month)", "trivia-season-current", "current"),
            _choice("All time", "trivia-season-all", "all"),
            _choice("Previous season: its hall of fame", "trivia-season-previous", "previous"),
        ],
        scope=[
            _choice("This server", "trivia-scope-server", "server"),
            _choice("Everyone", "trivia-scope-global", "global"),
        ],
        sort=[
            _choice("Points", "trivia-sort-points", "points"),
            _choice("Accuracy", "trivia-sort-accuracy", "accuracy"),
            _choice("Games played", "trivia-sort-games", "games"),
        ],
    )
    async def leaderboard(
        self,
        interaction: discord.Interaction[SoundtrackBot],
        scope: app_commands.Choice[str] | None = None,
        sort: app_commands.Choice[str] | None = None,
        season: app_commands.Choice[str] | None = None,
    ) -> None:
        everywhere = scope is not None and scope.value == "global"
        order: Sort = "points"
        if sort is not None and sort.value in ("accuracy", "games"):
            order = "accuracy" if sort.value == "accuracy" else "games"
        guild_id = None if everywhere else interaction.guild_id
        zone = None
        if guild_id is not None and self.bot.server_zone is not None:
            zone = await self.bot.server_zone(guild_id)
        now = season_at(self.runner.clock(), zone)
        # An ended season goes to the hall of fame the first time anyone looks after it ends.
        await self.hall.close(guild_id, now.previous())
        names = self.runner.player_names(interaction)
        chosen = season.value if season else "current"
        if chosen == "previous":
            top = await self.hall.season(guild_id, now.previous())
        else:
            board = await self.repo.leaderboard(
                guild_id=guild_id,
                sort=order,
                user_id=interaction.user.id,
                between=now.bounds if chosen == "current" else None,
            )
        with speaking(channel_locale(interaction)):  # the channel reads it: the server's language
            where = t("trivia-everyone") if everywhere else _server_name(interaction)
            if chosen == "previous":
                embed = cards.hall_of_fame_embed(top, where=where, season=now.previous(), names=names)
            else:
                this = now if chosen == "current" else None
                embed = cards.leaderboard_embed(board, where=where, sort=order, names=names, season=this)
        await interaction.response.send_message(embed=embed)

    @trivia.command(name="stats", description="A player's trivia stats in this server")
    @app_commands.describe(member="Whose stats (default: yours)")
    async def stats(
        self, interaction: discord.Interaction[SoundtrackBot], member: discord.Member | None = None
    ) -> None:
        who = member or interaction.user
        here = await self.repo.stats(who.id, interaction.guild_id)
        everywhere = await self.repo.stats(who.id, None)
        # Other features' sections (the question of the day's streak): a server's own, so only in a server.
        # The channel reads the stats: they, and those sections, speak the server's language.
        with speaking(channel_locale(interaction)):
            sections = []
            if interaction.guild_id:
                for section in self.sections.values():
                    found = await section(interaction.guild_id, who.id)
                    if found is not None:
                        sections.append(found)
            embed = cards.stats_embed(who.display_name, here, everywhere, sections=sections)
        await interaction.response.send_message(embed=embed)


async def setup(bot: SoundtrackBot) -> None:
    repo = TriviaRepository(bot.db)
    runner = GameRunner(bot.bank, repo)
    await bot.add_cog(TriviaCog(bot, runner, repo, bot.player_stats, HallOfFame(bot.db)))
    bot.cards.register(cards.QUESTION_KIND, cards.QuestionCards(bot.bank).card)
    bot.when_running(functools.partial(runner.stored.close_interrupted, bot))
