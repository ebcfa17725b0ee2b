"""The bot's words in six locales: every file complete and well-formed, the fallback to English, the
reader's locale chosen right, and the command picker's descriptions in each language."""

from __future__ import annotations

import logging
from pathlib import Path

import discord
import pytest
from discord import app_commands

from bot.ui.i18n import (
    ENGLISH,
    LOCALE_DIR,
    LOCALES,
    Catalogue,
    CommandTranslator,
    catalogue,
    date,
    problems,
    speaking,
    supported,
    t,
)
from tests.bot.test_command_definitions import bulk_overwrite_body
from tests.conftest import Server

TRANSLATED = [locale for locale in LOCALES if locale != ENGLISH]


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_locale_has_every_english_key_and_no_other(locale: str) -> None:
    words = catalogue()
    missing = sorted(words.keys[ENGLISH] - words.keys[locale])
    extra = sorted(words.keys[locale] - words.keys[ENGLISH])
    assert not missing, f"{locale}.ftl lacks {missing}"
    assert not extra, f"{locale}.ftl has keys English doesn't: {extra}"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_no_message_uses_a_placeholder_english_does_not_give(locale: str) -> None:
    """A translation may leave out a value its language doesn't need (the /about lead drops the
    pack's English description), but a placeholder English doesn't give would show as an error."""
    words = catalogue()
    differ = {
        key: (sorted(words.variables[ENGLISH][key]), sorted(used))
        for key, used in words.variables[locale].items()
        if key in words.variables[ENGLISH] and not used <= words.variables[ENGLISH][key]
    }
    assert not differ, f"{locale}.ftl: placeholders English doesn't give (English, {locale}): {differ}"


@pytest.mark.parametrize("locale", list(LOCALES))
def test_every_message_formats_without_errors(locale: str) -> None:
    words = catalogue()
    bundle = words.bundles[locale]
    for key, variables in words.variables[locale].items():
        for count in (0, 1, 2, 5, 21, 1500):
            args = dict.fromkeys(variables, count)
            message = bundle.get_message(key)
            assert message.value is not None, key
            text, errors = bundle.format_pattern(message.value, args)  # type: ignore[arg-type]
            assert not errors, (locale, key, errors)
            assert text.strip(), (locale, key)


def test_the_checks_catch_a_missing_key_and_a_changed_placeholder(tmp_path: Path) -> None:
    """The two checks above are not vacuous: a locale file lacking a key, or naming a placeholder
    differently, is caught."""
    for locale in LOCALES:
        (tmp_path / f"{locale}.ftl").write_text((LOCALE_DIR / f"{locale}.ftl").read_text(encoding="utf-8"))
    french = (tmp_path / "fr.ftl").read_text(encoding="utf-8")
    french = french.replace("card-previous = Précédente\n", "")
    french = french.replace("Page { $page } sur { $pages }", "Page { $page } sur { $total }")
    (tmp_path / "fr.ftl").write_text(french, encoding="utf-8")
    words = Catalogue.load(tmp_path)
    assert "card-previous" in words.keys[ENGLISH] - words.keys["fr"]
    assert not words.variables["fr"]["card-page"] <= words.variables[ENGLISH]["card-page"]
    assert problems(words) == [
        "fr.ftl: no 'card-previous' (en-US.ftl has it)",
        "fr.ftl: 'card-page' uses $total, which en-US.ftl doesn't give",
    ]
    assert problems(catalogue()) == []


def test_a_locale_file_that_does_not_parse_is_refused_naming_it(tmp_path: Path) -> None:
    for locale in LOCALES:
        (tmp_path / f"{locale}.ftl").write_text((LOCALE_DIR / f"{locale}.ftl").read_text(encoding="utf-8"))
    (tmp_path / "de.ftl").write_text("card-next = Weiter\nthis is not fluent\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"de\.ftl"):
        Catalogue.load(tmp_path)


def test_a_key_a_locale_lacks_is_shown_in_english_and_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for locale in LOCALES:
        text = (LOCALE_DIR / f"{locale}.ftl").read_text(encoding="utf-8")
        if locale == "ja":
            text = text.replace("card-next = 次へ\n", "")
        (tmp_path / f"{locale}.ftl").write_text(text, encoding="utf-8")
    words = Catalogue.load(tmp_path)
    with caplog.at_level(logging.WARNING, logger="bot.ui.i18n"):
        assert words.format("ja", "card-next", {}) == "Next"
        assert words.format("ja", "card-next", {}) == "Next"
        assert words.format("ja", "card-previous", {}) == "前へ"
    assert [r.getMessage() for r in caplog.records] == ["No 'card-next' in ja.ftl: shown in English"]


def test_a_key_english_lacks_is_a_bug() -> None:
    with pytest.raises(KeyError):
        t("no-such-message")


@pytest.mark.parametrize(
    ("discord_locale", "spoken"),
    [
        ("fr", "fr"),
        ("de", "de"),
        ("es-ES", "es-ES"),
        ("es-419", "es-ES"),
        ("pt-BR", "pt-BR"),
        ("ja", "ja"),
        ("en-GB", "en-US"),
        ("ko", "en-US"),
        (None, "en-US"),
    ],
)
def test_a_discord_locale_is_read_in_itself_its_nearest_or_english(
    discord_locale: str | None, spoken: str
) -> None:
    assert supported(discord_locale) == spoken
    if discord_locale is not None:
        assert supported(discord.Locale(discord_locale)) == spoken


def test_plurals_follow_the_languages_rules() -> None:
    """French counts 0 as singular, and numbers use the locale's separators."""
    with speaking("fr"):
        assert t("card-page", page=1, pages=2) == "Page 1 sur 2"
        assert "1 234" in t("error-cooldown", seconds=1234).replace("\u202f", " ")
    with speaking("de"):
        assert "1.234" in t("error-cooldown", seconds=1234)
    with speaking("en-US"):
        assert "1,234" in t("error-cooldown", seconds=1234)


def test_dates_are_written_the_readers_way() -> None:
    import datetime as dt

    day = dt.date(2026, 12, 7)
    expected = {
        "en-US": "December 7, 2026",
        "fr": "7 décembre 2026",
        "de": "7. Dezember 2026",
        "es-ES": "7 de diciembre de 2026",
        "pt-BR": "7 de dezembro de 2026",
        "ja": "2026年12月7日",
    }
    for locale, written in expected.items():
        with speaking(locale):
            assert date(day) == written


def test_speaking_is_undone_when_the_block_ends() -> None:
    with speaking("ja"):
        assert t("card-next") == "次へ"
    assert t("card-next") == "Next"


async def test_the_command_picker_shows_every_description_in_each_locale(server: Server) -> None:
    """What ``tree.sync()`` sends has each command's and option's description in French, German,
    Spanish (Spain and Latin America), Brazilian Portuguese and Japanese, exactly as the locale
    files write them; names stay English."""
    body = await bulk_overwrite_body(server)
    tree = server.env.bot.tree
    for command in tree.get_commands():
        payload = next(c for c in body if c["name"] == command.name)
        key = f"command-{command.name}"
        localised = payload["description_localizations"]
        assert set(localised) == {*TRANSLATED, "es-419"}
        for locale in TRANSLATED:
            assert localised[locale] == catalogue().format(locale, key, {})
        assert localised["es-419"] == localised["es-ES"]
        assert "name_localizations" not in payload or not payload["name_localizations"]


async def test_every_command_and_option_has_its_english_description_in_the_reference_file(
    server: Server,
) -> None:
    """en-US.ftl holds each command's description as the code gives it, so a translator sees the
    source text beside its key, and a description changed in code without the file fails here."""
    tree = server.env.bot.tree
    english = catalogue()

    def check(command: app_commands.Command | app_commands.Group) -> None:
        key = "command-" + command.qualified_name.replace(" ", "-")
        assert english.format(ENGLISH, key, {}) == command.description, key
        if isinstance(command, app_commands.Group):
            for sub in command.commands:
                check(sub)  # type: ignore[arg-type]
            return
        for parameter in command.parameters:
            own = f"{key}-{parameter.name}"
            shared = f"option-{parameter.name}"  # an option many commands share: one key
            found = own if own in english.keys[ENGLISH] else shared
            assert english.format(ENGLISH, found, {}) == parameter.description, own

    for command in tree.get_commands():
        assert isinstance(command, app_commands.Command | app_commands.Group)
        check(command)


async def test_the_translator_leaves_english_and_names_alone() -> None:
    translator = CommandTranslator()
    command = app_commands.Command(name="help", description="d", callback=_noop)
    context = app_commands.TranslationContext(app_commands.TranslationContextLocation.command_name, command)
    assert await translator.translate(app_commands.locale_str("help"), discord.Locale.french, context) is None
    described = app_commands.TranslationContext(
        app_commands.TranslationContextLocation.command_description, command
    )
    assert (
        await translator.translate(app_commands.locale_str("d"), discord.Locale.british_english, described)
        is None
    )
    assert await translator.translate(app_commands.locale_str("d"), discord.Locale.korean, described) is None
    french = await translator.translate(app_commands.locale_str("d"), discord.Locale.french, described)
    assert french == catalogue().format("fr", "command-help", {})


async def _noop(interaction: discord.Interaction) -> None:
    return None


def test_a_language_is_read_only_when_first_spoken_and_an_unreadable_one_speaks_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for locale in LOCALES:
        (tmp_path / f"{locale}.ftl").write_text((LOCALE_DIR / f"{locale}.ftl").read_text(encoding="utf-8"))
    (tmp_path / "pt-BR.ftl").write_text("card-next = Próxima\nthis is not fluent\n", encoding="utf-8")
    words = Catalogue(tmp_path)
    assert words.format("fr", "card-next", {}) == "Suivante"
    assert set(words._files) == {"fr"}  # nothing else read yet
    with caplog.at_level(logging.ERROR, logger="bot.ui.i18n"):
        assert words.format("pt-BR", "card-next", {}) == "Next"
        assert words.format("pt-BR", "card-previous", {}) == "Previous"
    assert len([r for r in caplog.records if "pt-BR.ftl can't be read" in r.getMessage()]) == 1
