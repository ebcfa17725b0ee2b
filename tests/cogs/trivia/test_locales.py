"""Trivia in every locale the bot speaks: each card renders without falling back to English, within
Discord's embed limits, with the question's own words (its prompt, options and explanation) untouched;
a game speaks the language it started in whatever later edits it; the leaderboard's choices are
named in each locale in the command picker."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

import discord
import pytest

from bot.db.trivia import Leaderboard, LeaderboardRow, PlayerStats
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.game import Answer, Reveal, Standing
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES, Question
from bot.domain.trivia.seasons import Season
from bot.ui import i18n
from bot.ui.errors import UserFacingError
from bot.ui.i18n import ENGLISH, LOCALES, catalogue, speaking, t
from cogs.trivia.cards import (
    finish_embed,
    hall_of_fame_embed,
    leaderboard_embed,
    question_embed,
    reveal_embed,
    sources_button,
    stats_embed,
)
from cogs.trivia.choosing import Shortfall, category_key, difficulty_key
from cogs.trivia.views import GameSettings, again_view
from tests.bot.test_command_definitions import bulk_overwrite_body
from tests.cogs.trivia.conftest import Table, buttons, cog, right_label
from tests.conftest import Server, assert_within_discord_limits, restart

WHEN = dt.datetime(2026, 1, 20, 12, tzinfo=dt.UTC)
TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]
ALIKE = {("de", "trivia-right-line")}
"""Messages a language writes as English does ("+1.000 in 1,2 s" is German too)."""


@pytest.fixture
def no_fallback(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test if any message fell back to English (bot.ui.i18n logs each, once)."""
    i18n._missing.cache_clear()
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"):
        yield
    assert [r.getMessage() for r in caplog.records if r.name == "bot.ui.i18n"] == []


def trivia_keys() -> list[str]:
    return sorted(k for k in catalogue().keys[ENGLISH] if k.startswith("trivia-"))


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_trivia_message_is_translated_not_copied(locale: str) -> None:
    """Each locale has every trivia key, and writes its sentences in its own words (a word the two
    languages share, "Podium", "Points", "UTC", may be the same)."""
    words = catalogue()
    keys = trivia_keys()
    assert keys and set(keys) <= words.keys[locale]
    names = {name for key in keys for name in words.variables[ENGLISH][key]}
    args: dict[str, object] = dict.fromkeys(names, 3) | {"difficulty": "easy", "sort": "points"}
    same = [
        key
        for key in keys
        if (locale, key) not in ALIKE
        and words.format(locale, key, args) == words.format(ENGLISH, key, args)
        and len(words.format(ENGLISH, key, args).split()) > 2
    ]
    assert same == [], f"{locale} copies English in {same}"


def _question(bank: QuestionBank, *, true_false: bool = False) -> Question:
    return next(
        q for q in bank.questions.values() if q.is_true_false == true_false and len(q.explanation) > 40
    )


def _reveal(question: Question) -> Reveal:
    wrong = (question.answer + 1) % len(question.options)
    answers = (
        Answer(1, question.answer, True, 1_000, 1.25),
        Answer(2, question.answer, True, 875, 5.0),
        Answer(3, wrong, False, 0, 2.0),
    )
    leaders = (Standing(1, 12_500, 3, 3, 1.25), Standing(2, 875, 1, 3, 5.0), Standing(3, 0, 0, 3, None))
    return Reveal(2, question, answers, streaks={1: 3, 2: 1}, leaders=leaders)


def _field_names(embed: discord.Embed) -> list[str]:
    return [f.name for f in embed.fields]


@pytest.mark.parametrize("locale", list(LOCALES))
def test_a_question_and_its_reveal_speak_the_locale_and_keep_the_questions_words(
    locale: str, real_bank: QuestionBank, no_fallback: None
) -> None:
    for question in (_question(real_bank), _question(real_bank, true_false=True)):
        with speaking(locale):
            asked = question_embed(question, 2, 5, WHEN, answered=1_234)
            shown = reveal_embed(_reveal(question), 5, real_bank.sources, names={1: "Ada"}, next_at=WHEN)
            sources = sources_button(question).item.label
        for embed in (asked, shown):
            assert_within_discord_limits(embed)
            assert question.prompt in (embed.description or "")  # the question's own words, as written
        category = catalogue().format(locale, f"trivia-category-{question.category}", {})
        assert asked.title is not None and category in asked.title
        assert asked.footer.text == catalogue().format(locale, "trivia-question-footer", {})
        assert _field_names(shown)[:4] == [
            catalogue().format(locale, key, {})
            for key in ("trivia-right-answer", "trivia-who-got-it", "trivia-answers", "trivia-why")
        ]
        why = next(f.value for f in shown.fields if f.name == catalogue().format(locale, "trivia-why", {}))
        assert why.startswith(question.explanation)
        if not question.is_true_false:
            assert all(option in (asked.description or "") for option in question.options)
        assert sources == catalogue().format(
            locale, "card-sources-button", {"count": len(set(question.sources))}
        )
        if locale != ENGLISH:
            english = question_embed(question, 2, 5, WHEN, answered=1_234)
            assert asked.title != english.title and asked.fields[0].value != english.fields[0].value


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("en-US", "🥇 **Ada** — **12,500** points · 3/3 right · fastest 1.2 s"),
        ("fr", "🥇 **Ada** — **12\u202f500** points · 3/3 justes · la plus rapide en 1,2 s"),
        ("de", "🥇 **Ada** — **12.500** Punkte · 3/3 richtig · schnellste: 1,2 s"),
        ("es-ES", "🥇 **Ada** — **12.500** puntos · 3/3 aciertos · el más rápido en 1,2 s"),
        ("pt-BR", "🥇 **Ada** — **12.500** pontos · 3/3 certas · mais rápida em 1,2 s"),
        ("ja", "🥇 **Ada** — **12,500** ポイント · 3/3 問正解 · 最速 1.2 秒"),
    ],
)
def test_the_final_standings_write_numbers_the_locales_way(locale: str, line: str, no_fallback: None) -> None:
    standings = [Standing(1, 12_500, 3, 3, 1.25), Standing(2, 900, 1, 3, None), Standing(3, 0, 0, 2, None)]
    with speaking(locale):
        embed = finish_embed(t("trivia-game-over"), standings, t("trivia-thanks"), names={1: "Ada"})
        nobody = finish_embed(t("trivia-stopped"), [], t("trivia-stopped-by", name="Ada"), names={})
        again = again_view(GameSettings(5)).children[0].item  # type: ignore[attr-defined]
    assert_within_discord_limits(embed)
    assert_within_discord_limits(nobody)
    podium = embed.fields[0]
    assert podium.name == catalogue().format(locale, "trivia-podium", {})
    assert podium.value.splitlines()[0] == line
    assert _field_names(embed)[1] == catalogue().format(locale, "trivia-no-points", {})
    assert nobody.fields[0].value == catalogue().format(locale, "trivia-nobody-answered", {})
    assert isinstance(again, discord.ui.Button) and again.label == catalogue().format(
        locale, "trivia-play-again", {}
    )


@pytest.mark.parametrize("locale", list(LOCALES))
def test_the_leaderboard_hall_of_fame_and_stats_speak_the_locale(locale: str, no_fallback: None) -> None:
    season = Season(2026, 1, "Europe/Paris")
    rows = tuple(LeaderboardRow(rank, 10**17 + rank, 10_000 - rank, 7, 9, 2) for rank in range(1, 11))
    board = Leaderboard(rows, rows[3], 1_001)
    stats = PlayerStats(games=12, answers=40, right=31, points=23_456, best_streak=6, fastest_ms=1_250)
    with speaking(locale):
        month = leaderboard_embed(board, where="I'm Here fans", sort="accuracy", names={}, season=season)
        ever = leaderboard_embed(Leaderboard((), None, 0), where=t("trivia-everyone"), sort="games", names={})
        hall = hall_of_fame_embed(
            rows[:3], where="I'm Here fans", season=season, names={rows[0].user_id: "Ada"}
        )
        empty_hall = hall_of_fame_embed((), where="I'm Here fans", season=season, names={})
        played = stats_embed("Ada", stats, stats)
        unplayed = stats_embed("Ada", PlayerStats(0, 0, 0, 0, 0, None), stats)
    for embed in (month, ever, hall, empty_hall, played, unplayed):
        assert_within_discord_limits(embed)
    for embed in (month, hall, empty_hall):
        assert "I'm Here fans" in (embed.title or "")  # the server's name, as it is
    january = {"en-US": "January 2026", "fr": "janvier 2026", "de": "Januar 2026", "ja": "2026年1月"}
    if locale in january:
        assert january[locale] in (hall.title or "") and january[locale] in month.fields[-1].value
    assert "<t:" in month.fields[-1].value  # when the season ends, as the reader's client writes it
    assert "78%" in (month.description or "").replace("\xa0", "")  # 7 of 9 right, rounded as before
    assert _field_names(played) == [
        catalogue().format(locale, key, {})
        for key in (
            "trivia-stats-games",
            "trivia-answers",
            "trivia-stats-accuracy",
            "trivia-stats-points",
            "trivia-stats-best-streak",
            "trivia-stats-fastest",
        )
    ]
    assert unplayed.fields[0].value == catalogue().format(locale, "trivia-stats-no-answers", {})
    assert ever.description == catalogue().format(locale, "trivia-nobody-yet", {})


@pytest.mark.parametrize("locale", list(LOCALES))
def test_start_notes_filters_and_refusals_speak_the_locale(locale: str, no_fallback: None) -> None:
    with speaking(locale):
        notes = [
            Shortfall(3).note(),
            Shortfall(8, 8, "album", "easy").note(),
            Shortfall(2, 3, None, "hard").note(),
            Shortfall(1, 1, "reviews", None).note(),
        ]
        start = t("trivia-start-short", questions=5, note=notes[1], seconds=20, starter="<@1>")
        # A category or difficulty is found by its key, its English name or its name here.
        for key in CATEGORIES:
            assert category_key(t(f"trivia-category-{key}").upper()) == key
            assert category_key(CATEGORIES[key]) == category_key(key) == key
        for key in DIFFICULTIES:
            assert difficulty_key(t(f"trivia-difficulty-{key}")) == difficulty_key(key) == key
        with pytest.raises(UserFacingError) as refused:
            category_key("polka")
    assert catalogue().format(locale, "trivia-category-album", {}) in notes[1]
    assert notes[1] in start and len(start) <= 2_000
    assert all(note and "{" not in note for note in notes)
    assert catalogue().format(locale, "trivia-category-tracks", {}) in str(refused.value)
    if locale == ENGLISH:
        assert notes == [
            "only 3 left that this server hasn't seen",
            "Album & film has 8 easy questions",
            "The bank has 3 hard questions, and only 2 can share a game (no two ask the same fact)",
            "Reviews has 1 question",
        ]


async def test_the_leaderboards_choices_are_named_in_each_locale_in_the_picker(server: Server) -> None:
    body = await bulk_overwrite_body(server)
    trivia = next(c for c in body if c["name"] == "trivia")
    board = next(o for o in trivia["options"] if o["name"] == "leaderboard")
    keys = {
        "season": ["trivia-season-current", "trivia-season-all", "trivia-season-previous"],
        "scope": ["trivia-scope-server", "trivia-scope-global"],
        "sort": ["trivia-sort-points", "trivia-sort-accuracy", "trivia-sort-games"],
    }
    for option in board["options"]:
        choices = option["choices"]
        assert [c["name"] for c in choices] == [
            catalogue().format(ENGLISH, k, {}) for k in keys[option["name"]]
        ]
        for choice, key in zip(choices, keys[option["name"]], strict=True):
            localised = choice["name_localizations"]
            assert set(localised) == {*TRANSLATED, "es-419"}
            for locale in TRANSLATED:
                assert localised[locale] == catalogue().format(locale, key, {})
                assert 0 < len(localised[locale]) <= 100
        assert [c["value"] for c in choices] == [k.rsplit("-", 1)[1] for k in keys[option["name"]]]


async def test_a_game_keeps_the_language_it_started_in_when_timers_edit_it(table: Table) -> None:
    """SimCord's interactions are always en-US: the game is told it started in a French server, as
    channel_locale would have found, and everything its timers and other players' clicks post or
    edit afterwards is French. Replies to one player (their lock-in) stay in that player's language."""
    env, channel, alice, bob = table.env, table.channel, table.alice, table.bob
    await alice.slash(channel, "trivia start", questions=2)
    live = cog(env).runner.games.in_channel(channel.id)
    assert live is not None and live.locale == ENGLISH  # SimCord's guild_locale
    live.locale = "fr"
    first, question = live.message, live.state.question
    assert first is not None
    locked = await bob.click(first, label=right_label(question))
    assert "Locked in" in locked.response.content  # bob's own client is English
    await env.advance_time(1.5)  # the live count of answers, edited by its own timer
    counted = next(m for m in channel.history() if m.id == first.id)
    assert counted.embeds[0].fields[0].value.endswith("· 1 a répondu")
    await env.advance_time(20)  # the question closes on its timer: its reveal, in French
    revealed = next(m for m in channel.history() if m.id == first.id)
    assert (revealed.embeds[0].title or "").endswith(" · close")
    assert [f.name for f in revealed.embeds[0].fields][:2] == ["Bonne réponse", "Qui a trouvé"]
    assert "Question suivante" in [f.name for f in revealed.embeds[0].fields]
    await env.advance_time(6)  # the next question, posted by the pause's timer
    second = live.message
    assert second is not None and second.id != first.id
    assert (second.embeds[0].title or "").startswith("Question 2 sur 2 · ")
    await env.advance_time(21)
    final = channel.last_message
    assert final is not None and final.embeds[0].title == "Quiz : partie terminée"
    assert final.embeds[0].description == "Merci d'avoir joué !"
    assert [b.label for b in buttons(final)] == ["Rejouer"]


async def test_a_game_cut_off_by_a_restart_is_closed_in_its_servers_language(table: Table) -> None:
    env = table.env
    guild = env.create_guild("Fans de I'm Here", preferred_locale="fr")
    salon = guild.create_text_channel("bande-originale")
    amelie = guild.add_member(env.create_user("amelie"))
    await amelie.slash(salon, "trivia start", questions=3)
    live = cog(env).runner.games.in_channel(salon.id)
    assert live is not None and live.message is not None
    message, question = live.message, live.state.question
    await amelie.click(message, label=right_label(question))
    await restart(env)
    closed = next(m for m in salon.history() if m.id == message.id)
    assert closed.embeds[0].title == "Quiz : partie interrompue"
    assert (closed.embeds[0].description or "").startswith("Cette partie s'est arrêtée à la question 1 sur 3")
    assert f"🥇 <@{amelie.id}> — **1\u202f000** points" in closed.embeds[0].fields[0].value
