"""The console as a person uses it: driven in a pseudo-terminal (pexpect), read off a virtual
screen (pyte), so that what is asserted is what a person would see."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pexpect
import pyte
import pytest

from assistant.dispatch import Incoming
from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

ASSISTANT = Path(sys.executable).with_name("assistant")
# Wide enough that no line of these tests wraps.
ROWS, COLUMNS = 30, 300
# Generous: the machine running the tests may be slow and busy.
PATIENCE = 60.0
UP = "\x1b[A"
TAB = "\t"
CLEAR_LINE = "\x15"  # Ctrl-U
NEW_ROUND = '/consult new "Multilingual Internet" closes 31 January 2025 zone Geneva'


class Terminal:
    """`assistant chat` in a pseudo-terminal, with the screen it draws."""

    def __init__(self, database: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.Stream(self.screen)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(database.parent),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "ASSISTANT_ADMINS": "ana",
            # pyte does not answer cursor position requests: do not ask.
            "PROMPT_TOOLKIT_NO_CPR": "1",
            **(env or {}),
        }
        self.child = pexpect.spawn(
            str(ASSISTANT),
            ["chat", "--as", "ana", "--db", f"sqlite:///{database}", *args],
            env=environment,
            dimensions=(ROWS, COLUMNS),
            encoding="utf-8",
            timeout=PATIENCE,
        )

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        return "\n".join(self.lines())

    def cursor_line(self) -> str:
        return self.lines()[self.screen.cursor.y]

    def wait(self, what: str, ready: Callable[[], bool]) -> None:
        """Read the output until the screen shows `ready()`; fail after PATIENCE seconds."""
        deadline = time.monotonic() + PATIENCE
        while not ready():
            if time.monotonic() > deadline:
                pytest.fail(f"the screen never showed {what}:\n{self.text()}")
            try:
                self.stream.feed(self.child.read_nonblocking(4096, timeout=0.2))
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                if not ready():
                    pytest.fail(f"the console ended before showing {what}:\n{self.text()}")
                return

    def wait_for(self, text: str) -> None:
        self.wait(repr(text), lambda: text in self.text())

    def wait_for_prompt(self, typed: str = "") -> None:
        """Until the cursor is on a prompt line holding exactly `typed`."""
        prompt = f"@ana in #general> {typed}".rstrip()
        self.wait(repr(prompt), lambda: self.cursor_line() == prompt)

    def type(self, keys: str) -> None:
        self.child.send(keys)

    def say(self, line: str) -> None:
        self.wait_for_prompt()
        self.child.send(line + "\r")

    def quit(self) -> None:
        self.say("/quit")
        self.child.expect(pexpect.EOF)
        self.child.close()


@pytest.fixture
def terminals(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    started: list[Terminal] = []

    def start(*args: str, env: dict[str, str] | None = None) -> Terminal:
        started.append(Terminal(tmp_path / "console.db", *args, env=env))
        return started[-1]

    yield start
    for terminal in started:
        if terminal.child.isalive():
            terminal.child.terminate(force=True)


def test_prompt_completion_and_history_kept_across_runs(
    terminals: Callable[..., Terminal], tmp_path: Path
) -> None:
    console = terminals("--now", "2024-10-04T08:00Z", env={"NO_COLOR": "1"})
    console.wait_for("Consultation assistant — console. You are @ana in #general.")
    console.say(NEW_ROUND)
    console.wait_for("Created R1")
    console.say('/consult question R1 "What could ITU do?"')
    console.wait_for("Added Q1")

    # Tab completes the command word, its verb, then an id from the database.
    console.wait_for_prompt()
    console.type("/cons" + TAB)
    console.wait_for_prompt("/consult")
    console.type(" sta" + TAB)
    console.wait_for_prompt("/consult status")
    console.type(" R" + TAB)
    console.wait_for_prompt("/consult status R1")
    console.type("\r")
    console.wait_for("No inputs yet.")

    # A line that is not a command gets a hint.
    console.say("hello")
    console.wait_for("Commands start with /. Type /assistant help for the list.")

    # Up recalls the lines typed before, the latest first.
    console.wait_for_prompt()
    console.type(UP)
    console.wait_for_prompt("hello")
    console.type(UP)
    console.wait_for_prompt("/consult status R1")
    console.type(CLEAR_LINE)
    console.quit()

    assert (tmp_path / "console.db-history").exists()
    again = terminals("--now", "2024-10-04T08:00Z", env={"NO_COLOR": "1"})
    again.wait_for_prompt()
    again.type(UP + UP)
    again.wait_for_prompt("/consult status R1")
    again.type("\r")
    again.wait(
        "the status printed again", lambda: again.text().count("No inputs yet.") == 1
    )  # the first run's screen is gone: this is the second run's answer
    again.quit()


def test_a_reminder_prints_above_a_half_typed_line(
    terminals: Callable[..., Terminal], tmp_path: Path
) -> None:
    # With the log at INFO, the delivery is logged too (on stderr, the same terminal).
    env = {"ASSISTANT_TICK_SECONDS": "0.5", "NO_COLOR": "1", "LOG_LEVEL": "INFO"}
    console = terminals(env=env)
    console.wait_for("Consultation assistant — console.")
    console.say("/consult list")
    console.wait_for("There are no open or upcoming consultation rounds.")
    console.wait_for_prompt()
    console.type("/consult li")
    console.wait_for_prompt("/consult li")

    # Meanwhile, someone else (another process on the same database) plans a reminder that
    # is due already: the console's scheduler picks it up on its next tick.
    planned_at = datetime.now(UTC) - timedelta(minutes=1)
    deadline = planned_at + timedelta(hours=2, seconds=10)
    other = build(
        Settings(database_url=f"sqlite:///{tmp_path / 'console.db'}", admins=frozenset({"ana"})),
        FakeClock(planned_at),
    )
    for user, line, is_command in (
        ("lena", "hello everyone", False),
        ("ana", f'consult new "Multilingual Internet" closes {deadline.isoformat()}', True),
        ("ana", 'consult question R1 "What could ITU do?"', True),
        ("ana", "consult announce R1 #wg", True),
        ("ana", "consult remind R1 2h", True),
    ):
        other.assistant.handle(Incoming("console", user, "#wg", line, is_command=is_command))
    other.engine.dispose()

    console.wait_for("[DM @lena] ⏰")
    console.wait_for("messages delivered: ")
    # The half-typed line is intact, on the last line, below the reminder and the log line.
    console.wait_for_prompt("/consult li")
    lines = console.lines()
    reminder = next(n for n, line in enumerate(lines) if "[DM @lena]" in line)
    logged = next(n for n, line in enumerate(lines) if "messages delivered" in line)
    assert max(reminder, logged) < console.screen.cursor.y
    console.type("st\r")
    console.wait_for("R1 “Multilingual Internet”")
    console.quit()


def test_the_first_start_says_how_to_become_secretariat(
    terminals: Callable[..., Terminal], tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'console.db'}"
    console = terminals(env={"ASSISTANT_ADMINS": "", "ASSISTANT_LAUNCHER": "./run.sh"})
    console.wait_for("No one is secretariat yet.")
    console.wait_for_prompt()
    assert console.lines()[1:3] == [
        "No one is secretariat yet. To become secretariat, leave (/quit) and run “./run.sh admin"
        f" grant ana --db {database}”, or start with ASSISTANT_ADMINS=ana.",
        "@ana in #general>",
    ]
    console.say(NEW_ROUND)
    console.wait_for("No one is secretariat yet: whoever runs the assistant")
    console.quit()
