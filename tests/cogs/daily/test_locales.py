"""The daily feature's words in every locale the bot speaks: the question, the reveal, /qotd status and
history rendered in each, with no English fallback, within Discord's limits, and the data (the quote,
the question, its explanation, the players' names) exactly as given; and a French server whose
scheduled post comes out in French while the replies follow each user's own language."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator

import discord
import pytest
import simcord

from bot.db.daily.posts import DailyPostRepository
from bot.db.daily.questions import HistoryEntry, Tally
from bot.db.daily.records import DailyPost, DailySettings
from bot.db.quotes import QuoteCard, QuoteRepository
from bot.domain.daily.question import RunningStreak
from bot.domain.daily.weekdays import WEEKDAYS, mask
from bot.domain.pack import Source
from bot.ui import i18n
from bot.ui.i18n import ENGLISH, LOCALES, date, speaking
from cogs.daily import streak_section
from cogs.daily.cards import answer_rate, history_embed, post_card, sources_button, status_embed
from cogs.daily.poster import thread_refusal
from cogs.daily.question import post_view, question_embed, question_titles, reveal_embed, tally_line
from cogs.daily.sending import post_markers
from cogs.trivia import cards as trivia_cards
from cogs.trivia import question_words
from tests.bot.domain.trivia.conftest import question
from tests.cogs.daily.conftest import DAY, daily, field
from tests.conftest import Server, assert_within_discord_limits
from tests.layouts import request_errors

TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]
DAY_ONE = dt.date(2026, 6, 1)
BUST = Source("BUST", "BUST", "Lauren Rubin", "Robots are People Too", "https://bust.com/robots")
QUOTE = QuoteCard("im-here", "bust-swoon", "Nothing makes me *swoon* more than “robots”.", BUST, (), ())
ASKED = question(explanation="Because the liner notes say so, track by track.")
LEADERS = (RunningStreak("Zoë_the*fan", 12, 1), RunningStreak("Sheldon", 1200, 2))
POSTED = DailyPost(
    1,
    DAY_ONE,
    "im-here",
    "bust-swoon",
    0,
    "posted",
    10,
    99,
    None,
    dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC),
    last_error="Missing Access",
    question_id="q",
    answers_closed_at=dt.datetime(2026, 6, 2, tzinfo=dt.UTC),
)
SETTINGS = DailySettings(1, 10, dt.time(9), "Etc/GMT+5", 7, 2, True, "Missing Access", None)


@contextlib.contextmanager
def no_fallback(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails if a message fell back to English or failed to format inside the block."""
    i18n._missing.cache_clear()
    i18n._broken.cache_clear()
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"):
        yield
    assert not [r.getMessage() for r in caplog.records if r.name == "bot.ui.i18n"]


def _texts(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    return "\n".join([*parts, *(f"{f.name}\n{f.value}" for f in embed.fields)])


def _rendered(locale: str) -> list[discord.Embed]:
    """Every card of the feature, in ``locale``."""
    with speaking(locale):
        settings = dataclasses.replace(SETTINGS, weekdays=mask([0, 2, 4]), thread=True)
        return [
            question_embed(ASKED, DAY_ONE),
            question_embed(ASKED, DAY_ONE, Tally(3, 1)),
            reveal_embed(ASKED, DAY_ONE, Tally(1200, 1), LEADERS, "²"),
            status_embed(settings, next_post=None, last=POSTED, last_url="https://x.test/1", missed=POSTED),
            status_embed(
                dataclasses.replace(SETTINGS, paused=False, weekdays=WEEKDAYS, timezone="Europe/Paris"),
                next_post=dt.datetime(2026, 6, 3, 7, tzinfo=dt.UTC),
                last=None,
                last_url=None,
            ),
            status_embed(None, next_post=None, last=None, last_url=None),
            history_embed(
                [HistoryEntry(POSTED, Tally(4, 3)), HistoryEntry(POSTED, Tally(1, 1))], {QUOTE.key: QUOTE}
            ),
            history_embed([], {}),
        ]


@pytest.mark.parametrize("locale", list(LOCALES))
def test_every_card_renders_in_each_locale_within_discords_limits_and_keeps_the_data(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    with no_fallback(caplog):
        embeds = _rendered(locale)
    for embed in embeds:
        assert_within_discord_limits(embed)
    asked, closed, reveal, status, *_, history, _empty = embeds
    # The question, its options and its explanation are data: exactly as the bank holds them.
    for embed in (asked, closed, reveal):
        assert ASKED.prompt in (embed.description or "")
    assert ASKED.explanation in _texts(reveal)
    # Names are shown as written (escaped for markdown), never translated.
    assert discord.utils.escape_markdown("Zoë_the*fan") in _texts(reveal)
    # The quote's opening, as the data has it (escaped for markdown).
    assert discord.utils.escape_markdown("“Nothing makes me *swoon* more than “robots”.”") in (
        history.description or ""
    )
    assert "Missing Access" in _texts(status)  # Discord's own words, as it gave them
    assert "Etc/GMT" not in _texts(status) and "UTC−5" in _texts(status)
    with speaking(locale):
        assert date(DAY_ONE) in (reveal.title or "")


@pytest.mark.parametrize("locale", TRANSLATED)
def test_no_card_is_left_in_english(locale: str) -> None:
    english, spoken = _rendered(ENGLISH), _rendered(locale)
    for before, after in zip(english, spoken, strict=True):
        assert before.title != after.title or not before.title
        assert [f.name for f in before.fields] != [f.name for f in after.fields] or not before.fields
        assert before.footer.text != after.footer.text or not before.footer.text
    # The question's text is data and reads the same; the status and history lines are the bot's.
    for before, after in zip(english[:3], spoken[:3], strict=True):
        assert before.description == after.description
    for before, after in zip(english[3:], spoken[3:], strict=True):
        assert before.description != after.description


@pytest.mark.parametrize("locale", list(LOCALES))
def test_the_post_buttons_and_lines_in_each_locale(locale: str, caplog: pytest.LogCaptureFixture) -> None:
    with no_fallback(caplog), speaking(locale):
        card = post_card(QUOTE, ASKED, {BUST.key: BUST})
        sources = sources_button(card)
        view = post_view((), sources)
        lines = [
            tally_line(Tally(0, 0)),
            tally_line(Tally(1, 0)),
            tally_line(Tally(1200, 1)),
            answer_rate(HistoryEntry(dataclasses.replace(POSTED, answers_closed_at=None), Tally(2, 1))),
            answer_rate(HistoryEntry(POSTED, Tally(3, 1))),
            thread_refusal(discord.Forbidden(_response(403), "Missing Access"), 10),
        ]
    assert sources.item.label and len(sources.item.label) <= 80
    assert request_errors(view.to_components(), flags=0) == []
    assert all(lines)
    assert "<#10>" in lines[-1]
    if locale != ENGLISH:
        english = [tally_line(Tally(0, 0)), tally_line(Tally(1200, 1))]
        assert english[0] != lines[0] and english[1] != lines[2]


def _response(status: int) -> object:
    @dataclasses.dataclass
    class Response:
        status: int
        reason: str = "Forbidden"

    return Response(status)


def test_an_old_post_is_recognised_whatever_language_it_was_made_in() -> None:
    titles = question_titles()
    markers = post_markers(DAY_ONE)
    for locale in LOCALES:
        with speaking(locale):
            assert (question_embed(ASKED, DAY_ONE).title or "") in titles
            assert (question_embed(ASKED, DAY_ONE, Tally(1, 1)).title or "").startswith(tuple(titles))
    assert len(titles) == len(LOCALES)  # one title per language: none left in English
    assert len(markers) >= 1


def french_server(
    env: simcord.Env,
) -> tuple[simcord.GuildHandle, simcord.ChannelHandle, simcord.MemberActor]:
    """A server whose preferred language is French, its channel, and a member who manages it."""
    guild = env.create_guild("Fans de I'm Here", preferred_locale="fr")
    channel = guild.create_text_channel("bande-originale")
    managers = guild.create_role("Gestion", permissions=discord.Permissions(manage_guild=True))
    return guild, channel, guild.add_member(env.create_user("gestion"), roles=[managers])


async def test_a_french_server_gets_its_scheduled_post_in_french_and_each_user_their_own_replies(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    env = server.env
    guild, channel, manager = french_server(env)
    fan = guild.add_member(env.create_user("fan"))
    done = await manager.slash(channel, "qotd set", channel=channel, time="00:00")
    # The manager's reply speaks the manager's language (SimCord's users are en-US).
    assert done.response.content.startswith("The quote of the day will be posted in")

    now = env.now()
    poster = daily(server).poster
    db = env.bot.db  # type: ignore[attr-defined]
    days = DailyPostRepository(db, QuoteRepository(db))
    with no_fallback(caplog):
        assert await poster.post_due(now) == 1
    [first] = [m for m in channel.history() if m.author.bot and m.embeds]
    day = await days.day(guild.id, now.date())
    assert day is not None and day.question_id is not None
    asked = env.bot.bank.questions[day.question_id]  # type: ignore[attr-defined]
    quote = await QuoteRepository(db).quote(day.pack, day.quote)
    assert quote is not None
    # The quote is data: in the post exactly as the pack has it.
    assert " ".join(quote.text.split())[:200] in " ".join((first.embeds[0].description or "").split())
    question_card = first.embeds[1]
    assert question_card.title == "Question du jour"
    assert (question_card.footer.text or "").startswith(
        f"Question du jour · {now.date().isoformat()} · une réponse"
    )
    with speaking("fr"):  # the question in the server's words, its right option's button too
        asked_in_french, right = question_words.prompt(asked), trivia_cards.option_label(asked, asked.answer)
    assert asked_in_french in (question_card.description or "")

    # A member's answer is private: it speaks the member's language, not the server's.
    answered = await fan.click(first, label=right)
    assert answered.ephemeral and answered.response.content.startswith("Locked in")

    # The next day's post reveals it, in French, and closes the first post in French.
    with no_fallback(caplog):
        assert await poster.post_due(now + DAY) == 1
    second = [m for m in channel.history() if m.author.bot and m.embeds][-1]
    [reveal] = [e for e in second.embeds if (e.title or "").startswith("La réponse à la question du")]
    with speaking("fr"):
        assert reveal.title == f"La réponse à la question du {date(now.date())}"
        right_in_french = question_words.option_text(asked, asked.answer)  # "Vrai", or the data
    assert field(reveal, "Réponses") == "1 joueur sur 1 a trouvé la bonne réponse."
    assert right_in_french in (field(reveal, "Bonne réponse") or "")
    closed = next(m for m in channel.history() if m.id == first.id)
    assert closed.embeds[1].title == "Question du jour · terminée"
    assert all(
        b.disabled
        for row in closed.components
        for b in row.children
        if (b.custom_id or "").startswith("qotd:")
    )

    # /trivia stats' streak line, and /qotd status, speak the reader's language: English here.
    section = await streak_section(env.bot.get_cog("DailyAnswers").questions, guild.id, fan.id)  # type: ignore[union-attr]
    assert section is not None and section.title == "Question of the day"
    status = await manager.slash(channel, "qotd status")
    assert (status.response.embeds[0].description or "").startswith("Posting in")


async def test_one_round_posts_each_server_in_its_own_language(
    server: Server, manager: simcord.MemberActor
) -> None:
    env = server.env
    _, salon, responsable = french_server(env)
    await manager.slash(server.channel, "qotd set", channel=server.channel, time="00:00")
    await responsable.slash(salon, "qotd set", channel=salon, time="00:00")
    poster = daily(server).poster
    assert await poster.post_due(env.now()) == 2  # one round, both servers
    [english] = [m for m in server.channel.history() if m.author.bot and m.embeds]
    [francais] = [m for m in salon.history() if m.author.bot and m.embeds]
    assert english.embeds[1].title == "Question of the day"
    assert francais.embeds[1].title == "Question du jour"


def test_a_rendering_shared_in_a_round_is_shared_only_within_a_language(server: Server) -> None:
    poster = daily(server).poster
    made: list[str] = []

    def make() -> str:
        made.append(i18n.current())
        return i18n.t("daily-question-title")

    with speaking("fr"):
        assert poster._once(("question", "q", DAY_ONE), make) == "Question du jour"
        assert poster._once(("question", "q", DAY_ONE), make) == "Question du jour"
    assert poster._once(("question", "q", DAY_ONE), make) == "Question of the day"
    assert made == ["fr", ENGLISH]


async def test_a_late_click_closes_a_french_post_in_french_and_answers_in_the_users_language(
    server: Server,
) -> None:
    env = server.env
    guild, channel, manager = french_server(env)
    await manager.slash(channel, "qotd set", channel=channel, time="00:00")
    now = env.now()
    poster = daily(server).poster
    assert await poster.post_due(now) == 1
    [first] = [m for m in channel.history() if m.author.bot and m.embeds]
    # The bot stops between the reveal and closing the earlier post: that edit never happens.
    env.inject_error("PATCH", f"/channels/{channel.id}/messages/{first.id}", status=404, times=1)
    assert await poster.post_due(now + DAY) == 1
    late = guild.add_member(env.create_user("late"))
    buttons = [b for row in first.components for b in row.children if (b.custom_id or "").startswith("qotd:")]
    result = await late.click(first, label=buttons[0].label)
    assert result.ephemeral and result.response.content.startswith("Answers to this question are closed")
    closed = next(m for m in channel.history() if m.id == first.id)
    assert [e.title for e in closed.embeds][1] == "Question du jour · terminée"
    assert field(closed.embeds[1], "Réponses") == "Personne n'a répondu."
