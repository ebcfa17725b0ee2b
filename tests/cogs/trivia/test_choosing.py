"""/trivia start's filters through SimCord: only what the bank (as it plays in this server) can fill
is offered, every offered filter fills a game, a short game says why, and difficulty follows play."""

from __future__ import annotations

from bot.db.trivia_play import QuestionRates
from bot.domain.trivia.bank import DEFAULT_GAME, QuestionBank
from bot.domain.trivia.questions import CATEGORIES, DIFFICULTIES
from bot.domain.trivia.rates import RATED_FROM
from tests.cogs.trivia.conftest import Table, cog, current, question_messages, wrong_label


def values(choices: list[dict]) -> list[str]:
    return [c["value"] for c in choices]


async def test_only_filters_that_fill_a_game_are_offered(table: Table, real_bank: QuestionBank) -> None:
    """Computed from whatever bank is loaded: a category x difficulty is offered when it fills a
    default game, and the bank today has some that don't (Artists/Hard, Reviews/Easy)."""
    alice = table.alice
    fills = real_bank.fills_a_default_game
    categories = values(await alice.autocomplete(table.channel, "trivia start", "category", ""))
    assert categories == [c for c in CATEGORIES if fills(c, None)]
    unfilled = 0
    for category in categories:
        offered = values(
            await alice.autocomplete(table.channel, "trivia start", "difficulty", "", category=category)
        )
        assert offered == [d for d in DIFFICULTIES if fills(category, d)]
        unfilled += len(DIFFICULTIES) - len(offered)
    assert unfilled, "the bank fills every filter: this test no longer shows anything is left out"
    hard = values(await alice.autocomplete(table.channel, "trivia start", "category", "", difficulty="hard"))
    assert hard == [c for c in CATEGORIES if fills(c, "hard")]
    typed = await alice.autocomplete(table.channel, "trivia start", "difficulty", "ME")
    assert [c["name"] for c in typed] == ["Medium"]


async def test_every_offered_filter_starts_a_full_default_game(table: Table) -> None:
    env = table.env
    for category in values(await table.alice.autocomplete(table.channel, "trivia start", "category", "")):
        offered = await table.alice.autocomplete(
            table.channel, "trivia start", "difficulty", "", category=category
        )
        for difficulty in values(offered):
            # A fresh server each time: nothing seen, so only the filter can make a game short.
            guild = env.create_guild(f"{category} {difficulty}")
            channel = guild.create_text_channel("trivia")
            player = guild.add_member(env.create_user(f"p-{category}-{difficulty}"))
            result = await player.slash(channel, "trivia start", category=category, difficulty=difficulty)
            assert not result.ephemeral and f"**Trivia!** {DEFAULT_GAME} questions," in (
                result.response.content or ""
            )
            live = cog(env).runner.games.in_channel(channel.id)
            assert live is not None and len(live.state.questions) == DEFAULT_GAME
            assert {(q.category, q.difficulty) for q in live.state.questions} == {(category, difficulty)}
            await player.slash(channel, "trivia stop")


async def test_a_game_short_because_of_its_category_says_what_the_category_holds(
    table: Table, real_bank: QuestionBank
) -> None:
    pool = real_bank.matching("album", "easy")
    assert 5 <= len(pool) < 20  # offered (it fills a default game), but not a game of 20
    result = await table.alice.slash(
        table.channel, "trivia start", questions=20, category="Album & film", difficulty="Easy"
    )
    text = result.response.content or ""
    live = cog(table.env).runner.games.in_channel(table.channel.id)
    assert live is not None
    got = len(live.state.questions)
    assert "hasn't seen" not in text
    if got == len(pool):
        assert f"**Trivia!** {got} questions (Album & film has {len(pool)} easy questions)," in text
    else:
        assert f"(Album & film has {len(pool)} easy questions, and only {got} can share a game" in text


async def test_an_unknown_filter_is_refused_privately_and_starts_nothing(table: Table) -> None:
    result = await table.alice.slash(table.channel, "trivia start", category="Lyrics")
    assert result.ephemeral
    assert table.server.user_errors() == [
        "There is no trivia category by that name: pick one of Tracks, Artists, Reviews, Album & film."
    ]
    assert cog(table.env).runner.games.in_channel(table.channel.id) is None
    assert question_messages(table.channel) == []


async def test_answers_from_clicks_set_a_questions_difficulty_once_it_has_enough(table: Table) -> None:
    env, guild = table.env, table.server.guild
    players = [guild.add_member(env.create_user(f"player{i}")) for i in range(RATED_FROM)]
    await table.alice.slash(table.channel, "trivia start", questions=1)
    message, question = current(env, table.channel)
    for player in players:
        await player.click(message, label=wrong_label(question))
    await env.advance_time(21)
    runner = cog(env).runner
    here, everywhere = await runner.chooser.rates.rates(guild.id, runner.bank.pack)
    assert here[question.id].answers == everywhere[question.id].answers == RATED_FROM
    assert here[question.id].right == 0
    assert (await runner.chooser.played(guild.id)).question(question.id).difficulty == "hard"


async def test_a_question_answered_mostly_wrong_plays_hard_everywhere(
    table: Table, real_bank: QuestionBank
) -> None:
    """Generated answers: every easy Album question answered wrong 20 times (in another server) plays
    hard; Album/Easy is no longer offered, and an Album/Hard game shows them as hard."""
    runner = cog(table.env).runner
    easy = real_bank.matching("album", "easy")
    rates: QuestionRates = runner.chooser.rates
    for qid in easy:
        await rates.count_answers(999, real_bank.pack, qid, RATED_FROM, 1)
    offered = values(
        await table.alice.autocomplete(table.channel, "trivia start", "difficulty", "", category="album")
    )
    assert "easy" not in offered
    await table.alice.slash(table.channel, "trivia start", category="album", difficulty="hard", questions=20)
    live = runner.games.in_channel(table.channel.id)
    assert live is not None
    assert {q.difficulty for q in live.state.questions} == {"hard"}
    assert {q.id for q in live.state.questions} & set(easy)
    title = question_messages(table.channel)[-1].embeds[0].title or ""
    assert title.endswith("· hard")
