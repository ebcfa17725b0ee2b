"""Every command's replies read right: one walk through the whole command tree (SimCord), checking each
message the bot sends (content, embeds, follow-ups, what it posts in the channel) against the rules a
person notices at once. Cross-cutting, so it lives beside the cogs rather than mirroring one of them."""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord
import pytest
import simcord

from tests.cogs.trivia.conftest import Table, current, right_label, wrong_label
from tests.conftest import Server
from tests.layouts import bare_keys

COUNTED = (
    "quotes|sources|games|points|players|questions|tracks|answers|publications|commands|features|sections"
    "|members|facts|credits|notes|spellings|names|lines|servers|days|matches|spellings|people|seconds"
)
ONE_OF_MANY = re.compile(rf"(?<![\d.,])\b1 (?:[a-z]+ )?(?:{COUNTED})\b")
"""A count of one with a plural noun: "1 games", "… and 1 more sources", "1 matching quotes"."""
MARKUP = re.compile(r"<(?:@[!&]?|#|t:)\d+(?::[tTdDfFR])?>|https?://\S+|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")
"""What may hold long digit runs on purpose: mentions, timestamps, links, dates and times of day."""
BARE_NUMBER = re.compile(r"(?<![\d,.])\d{4,}(?![\d,])")
PYTHON = re.compile(r"<class |object at 0x|<Object id=|\[\'|\{\'|\bNoneType\b|Traceback")
USER_MENTION = re.compile(r"<@!?(\d+)>")


EMBEDDED = "\x00embed\x00"
"""Marks a text from an embed: a user mention there shows as a raw id (SimCord's preview never
renders one; Discord only when it has the user at hand)."""


def _displays(components: Sequence[object]) -> list[str]:
    """The text displays of a Components V2 message, as SimCord's records (dicts) or discord.py's."""
    out: list[str] = []
    for c in components:
        if isinstance(c, dict):
            out += [c["content"]] if c.get("type") == 10 else _displays(c.get("components", ()))
        elif isinstance(c, discord.TextDisplay):
            out.append(c.content)
        else:
            out += _displays(getattr(c, "children", ()))
    return out


def _texts(message: simcord.ResponseMessage | discord.Message) -> list[str]:
    texts = [message.content or "", *_displays(message.components)]
    for embed in message.embeds:
        parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
        parts += [text for field in embed.fields for text in (field.name, field.value)]
        texts += [EMBEDDED + part for part in parts]
    return [t for t in texts if t.removeprefix(EMBEDDED)]


def reading_problems(text: str, members: set[int]) -> list[str]:
    """What reads wrong in one text: a wrong plural, a number without separators, a Python
    representation or raw id, or a mention of someone not in the server (it would not render)."""
    if text.startswith(EMBEDDED):
        text = text.removeprefix(EMBEDDED)
        members = set()  # no mention renders in an embed
    problems = [f"plural: {m.group(0)!r}" for m in ONE_OF_MANY.finditer(text)]
    problems += [f"Python: {m.group(0)!r}" for m in PYTHON.finditer(text)]
    problems += [
        f"mention that won't render: {m.group(0)}"
        for m in USER_MENTION.finditer(text)
        if int(m.group(1)) not in members
    ]
    bare = MARKUP.sub(" ", text)
    problems += [
        f"number without separators: {m.group(0)!r}"
        for m in BARE_NUMBER.finditer(bare)
        if not (len(m.group(0)) == 4 and 1900 <= int(m.group(0)) <= 2099)  # a year
    ]
    return problems


def test_the_rules_catch_what_reads_wrong() -> None:
    members = {42}
    assert reading_problems("3,900 points in 1 game · <@42> · <t:1700000000:R> · 2010 · 10:03", members) == []
    assert reading_problems("One of 1 matching quotes", members) == ["plural: '1 matching quotes'"]
    assert reading_problems("… and 1 more sources", members) == ["plural: '1 more sources'"]
    assert reading_problems("25847 points", members) == ["number without separators: '25847'"]
    assert reading_problems("<Object id=5 type=<class 'discord.object.Object'>>", members)[0].startswith(
        "Python"
    )
    assert reading_problems("<@7> won", members) == ["mention that won't render: <@7>"]
    assert reading_problems(EMBEDDED + "<@42> won", members) == ["mention that won't render: <@42>"]
    assert reading_problems("channel 1456074443980800014", members) == [
        "number without separators: '1456074443980800014'"
    ]


class Walk:
    """Runs commands, remembering which were run and every text the bot answered with."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.run: set[str] = set()
        self.texts: list[tuple[str, str]] = []

    async def __call__(self, who: simcord.MemberActor, name: str, /, **options: object) -> None:
        self.run.add(name)
        result = await who.slash(self.table.channel, name, **options)
        replies = [r for r in (result.response, *result.followups) if r is not None]
        self.texts += [(name, text) for reply in replies for text in _texts(reply)]

    def channel_texts(self) -> None:
        self.texts += [("channel", t) for m in self.table.channel.history() for t in _texts(m)]


@pytest.fixture
def table(server: Server) -> Table:
    guild, env = server.guild, server.env
    return Table(server, server.member, *(guild.add_member(env.create_user(n)) for n in ("bob", "carol")))


@pytest.fixture
def manager(table: Table) -> simcord.MemberActor:
    role = table.server.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    return table.server.guild.add_member(table.env.create_user("manager"), roles=[role])


async def _play(table: Table, walk: Walk) -> None:
    await walk(table.alice, "trivia start", questions=2)
    for _ in range(2):
        message, question = current(table.env, table.channel)
        await table.alice.click(message, label=right_label(question))
        await table.env.advance_time(2)
        await table.bob.click(message, label=wrong_label(question))
        await table.env.advance_time(27)  # the question closes at 20 s; the next one follows 6 s later


async def test_every_command_replies_in_words_that_read_right(
    table: Table, manager: simcord.MemberActor
) -> None:
    walk, alice, channel = Walk(table), table.alice, table.channel
    for name, options in [
        ("album", {}),
        ("tracks", {}),
        ("track", {"title": "hell"}),
        ("track", {"title": "treats"}),
        ("track", {"title": "no such track at all"}),
        ("artist", {"name": "Flea"}),
        ("artist", {"name": "aska"}),
        ("artist", {"name": "spiegel"}),
        ("quote random", {}),
        ("quote random", {"artist": "girls"}),
        ("quote random", {"source": "nowhere weekly"}),
        ("quote today", {}),
        ("quote search", {"text": "karen o"}),
        ("quote search", {"text": "zzzzqqq"}),
        ("about", {}),
        ("help", {}),
        ("trivia leaderboard", {}),
        ("trivia stats", {}),
        ("trivia stop", {}),
    ]:
        await walk(alice, name, **options)
    await _play(table, walk)
    for name, options in [
        ("trivia leaderboard", {}),
        ("trivia leaderboard", {"scope": "global", "sort": "accuracy"}),
        ("trivia leaderboard", {"season": "previous"}),
        ("trivia leaderboard", {"season": "all"}),
        ("trivia stats", {"member": table.bob}),
        ("privacy forget", {}),
        ("privacy forget", {}),
    ]:
        await walk(alice, name, **options)
    for name, options in [
        ("help", {}),
        ("qotd status", {}),
        ("qotd set", {"channel": channel, "time": "09:00", "timezone": "Europe/Paris"}),
        ("qotd set", {"channel": channel, "time": "25:99"}),
        ("qotd preview", {}),
        ("qotd set", {"channel": channel, "time": "00:01"}),
    ]:
        await walk(manager, name, **options)
    await table.env.advance_time(90)  # the daily post goes out
    for name in ("qotd post", "qotd history", "qotd status", "qotd off", "qotd off"):
        await walk(manager, name)
    walk.channel_texts()
    assert any(text == EMBEDDED + "Quote of the day" for _, text in walk.texts)
    table.env.errors  # noqa: B018 - the user-facing errors above were answered; acknowledge them

    leaves = {
        c.qualified_name
        for root in table.env.bot.tree.get_commands(type=discord.AppCommandType.chat_input)
        for c in ([root] if isinstance(root, discord.app_commands.Command) else root.walk_commands())
        if isinstance(c, discord.app_commands.Command)
    }
    assert walk.run == leaves, "walk every command"
    members = {m.id for m in (alice, table.bob, table.carol, manager)}
    problems = [
        f"/{name}: {p} in {text[:120]!r}"
        for name, text in walk.texts
        for p in reading_problems(text, members)
    ]
    assert problems == []
    pack = table.env.bot.pack  # type: ignore[attr-defined]
    keys = [f"/{name}: source keys {bare_keys(pack, text)} in {text[:120]!r}" for name, text in walk.texts]
    assert [k for k in keys if "source keys set()" not in k] == []
    assert any("Chocolate Industries¹⁻⁵" in text for _, text in walk.texts)  # the walk read the cards
    assert any("1,000" in text for _, text in walk.texts)  # the rules saw a number that needs a separator
