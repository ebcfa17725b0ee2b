"""Helpers for playing trivia through SimCord: find the question messages and the right buttons."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import discord
import pytest
import simcord

from bot.db import Database
from bot.db.trivia import TriviaRepository
from bot.domain.pack import Source
from bot.domain.trivia.questions import Question
from cogs.trivia import TriviaCog, cards
from tests.conftest import Server


@dataclass
class Table:
    """A server with three players around it."""

    server: Server
    alice: simcord.MemberActor
    bob: simcord.MemberActor
    carol: simcord.MemberActor

    @property
    def env(self) -> simcord.Env:
        return self.server.env

    @property
    def channel(self) -> simcord.ChannelHandle:
        return self.server.channel


@pytest.fixture
def table(server: Server) -> Table:
    return Table(
        server,
        server.member,
        server.guild.add_member(server.env.create_user("bob")),
        server.guild.add_member(server.env.create_user("carol")),
    )


@pytest.fixture
def trivia_repo(db: Database) -> TriviaRepository:
    return TriviaRepository(db)


def cog(env: simcord.Env) -> TriviaCog:
    # discord.py loads extensions as fresh module objects, so compare by name, not isinstance.
    found = env.bot.get_cog("Trivia")  # type: ignore[attr-defined]
    assert type(found).__name__ == "TriviaCog"
    return found  # type: ignore[no-any-return]


def question_messages(channel: simcord.ChannelHandle) -> list[discord.Message]:
    return [m for m in channel.history() if m.embeds and (m.embeds[0].title or "").startswith("Question ")]


def current(env: simcord.Env, channel: simcord.ChannelHandle) -> tuple[discord.Message, Question]:
    """The open question's message and the question itself."""
    live = cog(env).runner.games.in_channel(channel.id)
    assert live is not None and live.state.is_open
    return question_messages(channel)[-1], live.state.question


def right_label(question: Question) -> str:
    return cards.option_label(question, question.answer)


def wrong_label(question: Question) -> str:
    wrong = next(i for i in range(len(question.options)) if i != question.answer)
    return cards.option_label(question, wrong)


def field(embed: discord.Embed, name: str) -> str:
    return next(f.value for f in embed.fields if f.name == name)


def buttons(message: discord.Message) -> list[discord.Button]:
    """The game's buttons on a message (its answers, Play again), not a revealed question's Sources."""
    return [
        c
        for row in message.components
        for c in getattr(row, "children", [])
        if not (c.custom_id or "").startswith("card:")
    ]


def sources_button(message: discord.Message) -> discord.Button | None:
    """The Sources button of a revealed question, if it has one."""
    found = [
        c
        for row in message.components
        for c in getattr(row, "children", [])
        if (c.custom_id or "").startswith("card:open:s:")
    ]
    return found[0] if found else None


def bare_keys(text: str, sources: Iterable[Source]) -> list[str]:
    """The source keys ("PREFIX", "WP-FILM") a reader would see in ``text``; a key that is also a
    publication's name ("BUST") reads as that name."""
    known = list(sources)
    publications = {s.publication for s in known}
    return [
        s.key
        for s in known
        if s.key not in publications and re.search(rf"(?<![\w-]){re.escape(s.key)}(?![\w-])", text)
    ]
