"""``python -m bot try`` in a real browser: the command a newcomer runs, the page they open, and the
bot answering there (autocomplete, a card, a trivia game with buttons).

Runs headless Chromium (Debian's ``chromium``) through Playwright. Skipped when either is missing on a
developer's machine; in CI (CI=true) a missing browser fails the test instead.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from bot.tryout.session import client_speaks
from tests.conftest import Server
from tests.layouts import buttons, text

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/#\S+")
STARTUP_SECONDS = 60


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1")


def _browser() -> str:
    missing = []
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if missing:
        message = "the browser test needs " + " and ".join(missing)
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_try(folder: Path, *options: str, temporary: Path | None = None) -> Iterator[str]:
    """``python -m bot try`` started as a person starts it, on a free port; its address. Stopped
    with Ctrl+C (SIGINT) at the end, which must end it cleanly."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "try", "--port", str(port), "--no-browser", *options],
        cwd=folder,
        env={
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            **({"TMPDIR": str(temporary)} if temporary else {}),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines = []
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if found := ADDRESS.search(line):
                assert int(found.group(1)) == port
                break
        else:
            pytest.fail("no address printed:\n" + "".join(lines))
        assert found, "".join(lines)
        yield found.group(0)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    assert process.returncode == 0, "".join(lines) + output
    assert "Traceback" not in output, output


@pytest.fixture
def try_address(tmp_path: Path) -> Iterator[str]:
    with running_try(tmp_path) as address:
        yield address


def test_a_port_in_use_is_named_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot", "try", "--port", str(port), "--no-browser"],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
            capture_output=True,
            text=True,
            timeout=STARTUP_SECONDS,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"Can't serve the page on port {port} (preview could not bind port {port}). Choose another with "
        "--port N, or leave --port out to use a free one."
    )


def test_a_database_given_is_kept_and_the_default_one_is_thrown_away(tmp_path: Path) -> None:
    kept = tmp_path / "kept.sqlite3"
    with running_try(tmp_path, "--database", str(kept)):
        pass
    with closing(sqlite3.connect(kept)) as conn:
        [(channels,)] = conn.execute("SELECT count(*) FROM qotd_settings").fetchall()
    assert channels == 1  # the try server's daily post, set at start
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with running_try(tmp_path, temporary=temporary):
        assert [p.name[:12] for p in temporary.iterdir()] == ["im-here-try-"]
    assert list(temporary.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("kept.")) == ["tmp"]


def test_the_try_page_answers_a_track_card_and_a_trivia_game(try_address: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)

    executable = _browser()
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(15_000)
            page.goto(try_address)
            composer = page.get_by_placeholder("Message #general")
            send = page.get_by_role("button", name="Send")

            composer.click()
            composer.type("/trivia start")
            page.get_by_role("option", name="/trivia start").click()
            send.click()
            expect(page.locator("main").get_by_text(re.compile(r"^Question 1")).last).to_be_visible()
            answer = page.locator("main button.component-button:not([disabled])").first
            answer.click()
            expect(page.locator("main").get_by_text(re.compile("Locked in")).last).to_be_visible()

            # While the question runs: a track card, found by typing part of its title.
            composer.click()
            composer.type("/track")
            page.get_by_role("option", name=re.compile(r"^.track\s.*A track")).click()
            page.keyboard.type("hell")
            page.get_by_role("option", name="6. Hellhole Ratrace — Girls").click()
            send.click()
            card = page.locator("main article").filter(has_text="6. Hellhole Ratrace").last
            expect(card).to_be_visible()
            expect(card.get_by_text(re.compile(r"Track 6\S* of 9.* by Girls"))).to_be_visible()

            # The page keeps itself fresh: the question closes on the bot's own timer (20 s), with
            # the practice players' answers counted, and shows here without a reload.
            expect(page.locator("main").get_by_text("Who got it right").last).to_be_visible(timeout=40_000)
            expect(page.locator("main").get_by_text(re.compile(r"^3 answers: "))).to_be_visible()
        finally:
            browser.close()


SCREEN = {"width": 1280, "height": 1000}


def test_each_card_fits_one_screen_and_its_sources_are_one_tap_away(try_address: str) -> None:
    """/album, a track and an artist in a real browser: each card's first view fits one 1280×1000
    screen, and Sources answers privately with the numbered sources, linked."""
    from playwright.sync_api import Page, expect, sync_playwright

    expect.set_options(timeout=15_000)

    def run(page: Page, command: str, typed: str = "", pick: str = "") -> None:
        composer = page.get_by_placeholder("Message #general")
        composer.click()
        composer.type(command)
        page.get_by_role("option").filter(has_text=command).first.click()
        if typed:
            page.keyboard.type(typed)
            page.get_by_role("option", name=pick).click()
        page.get_by_role("button", name="Send").click()

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=_browser(), headless=True)
        try:
            page = browser.new_page(viewport=SCREEN)
            page.set_default_timeout(15_000)
            page.goto(try_address)
            for command, typed, pick, heading in (
                ("/album", "", "", "I'm Here (Original Soundtrack)"),
                (
                    "/track",
                    "past",
                    "4. The Past Is a Grotesque Animal",  # its credit is disputed: no side named
                    "4. The Past Is a Grotesque Animal",
                ),
                ("/artist", "lost trees", "The Lost Trees", "The Lost Trees"),
            ):
                run(page, command, typed, pick)
                title = page.get_by_role("heading", name=heading, exact=True)
                card = page.locator("main article").filter(has=title).last
                expect(card).to_be_visible()
                box = card.bounding_box()
                assert box is not None and box["height"] <= SCREEN["height"] - 150, (heading, box)
                expect(card.get_by_text("⚠️").first).to_be_visible()  # each of these has a disagreement
                card.get_by_role("button", name=re.compile(r"^Sources \(")).click()
                panel = page.locator("main article").filter(has_text="Only you can see this").last
                expect(panel.get_by_text("Sources", exact=True)).to_be_visible()
                expect(panel.get_by_text(heading).first).to_be_visible()
                links = panel.locator("a[href^='https://']")
                expect(links.first).to_be_visible()
                assert links.count() >= 3
            expect(page.get_by_text("Action outcome uncertain")).to_have_count(0)
        finally:
            browser.close()


def test_the_first_screen_welcomes_and_a_refusal_reads_as_an_answer_not_an_error(try_address: str) -> None:
    """The page opens on the welcome, with no time already past; a refusal (no track 10, an artist not
    on the album, a second game in the channel) is an answered action: no "outcome uncertain", no
    error counted in the Inspector."""
    from playwright.sync_api import Page, expect, sync_playwright

    expect.set_options(timeout=15_000)

    def run(page: Page, command: str, typed: str = "") -> None:
        composer = page.get_by_placeholder("Message #general")
        composer.click()
        composer.type(command)
        page.get_by_role("option").filter(has_text=command).first.click()
        if typed:
            page.keyboard.type(typed)
            # The page drops a command sent while the suggestions for what was typed are on their way.
            expect(page.get_by_text("No options match")).to_be_visible()
        page.get_by_role("button", name="Send").click()

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=_browser(), headless=True)
        try:
            page = browser.new_page(viewport=SCREEN)
            page.set_default_timeout(15_000)
            page.goto(try_address)
            main = page.locator("main")
            welcome = main.locator("article").filter(has_text="Welcome to the I'm Here listening party!")
            expect(welcome).to_be_in_viewport()
            for command in ("/help", "/track", "/trivia start"):
                expect(welcome.get_by_text(command, exact=True)).to_be_visible()
            expect(main.get_by_text(re.compile(r"\bago\b"))).to_have_count(0)  # no time already past

            status, errors = page.locator("#action-status"), page.locator("#inspector-count")
            for command, typed, refusal in (
                ("/track", "10", "I couldn't find a track called “10”"),
                ("/artist", "radiohead", "I couldn't find an artist called “radiohead”"),
                ("/trivia start", "", r"^Question 1"),  # not a refusal: the game the next one meets
                ("/trivia start", "", "A trivia game is already running in this channel"),
            ):
                run(page, command, typed)
                expect(main.get_by_text(re.compile(refusal)).last).to_be_visible()
                expect(status).to_have_text("Action completed")
                expect(errors).to_be_hidden()
            expect(page.get_by_text("Action outcome uncertain")).to_have_count(0)
        finally:
            browser.close()


async def test_a_client_in_another_language_is_answered_in_it_through_the_real_tree(server: Server) -> None:
    """``client_speaks`` (what ``python -m bot try --locale`` uses) makes SimCord send interactions as a
    Japanese or French client would: the command tree, the card, its Sources button and a refusal all
    answer in that language, with the data as written."""
    with client_speaks("ja"):
        card = (await server.member.slash(server.channel, "track", title="9")).response
        shown = text(card)
        assert "9曲目" in shown and "There Are Many of Us (Electric Dream Reprise)" in shown
        label = next(b for b in buttons(card) if b.startswith("出典"))
        opened = await server.member.click(card, label=label)
        assert opened.ephemeral and text(opened.response).startswith("### 出典")
        await server.member.slash(server.channel, "track", title="no such song at all")
        [refusal] = server.user_errors()
        assert "no such song at all" in refusal and not refusal.startswith("No track")
    with client_speaks("fr"):
        started = await server.member.slash(server.channel, "trivia start", questions=1)
        assert (started.response.content or "").startswith("**Quiz !** 1 question, 20 secondes chacune")
    english = (await server.member.slash(server.channel, "track", title="9")).response
    assert "Track 9" in text(english)  # undone when the block ends
