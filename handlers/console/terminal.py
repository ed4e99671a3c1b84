"""The console at a terminal: a prompt saying who and where, line editing, history kept across
runs, tab completion, and scheduled messages printed above the line being typed.

Only used when both standard input and output are terminals; piped input goes through
`ConsoleAdapter.run` line by line, exactly as before.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory
from prompt_toolkit.patch_stdout import patch_stdout

from handlers.console.adapter import CONSOLE_COMMANDS, QUIT, ConsoleAdapter

log = logging.getLogger(__name__)

# Names from the database are read again at most this often while completing.
NAMES_FRESH_SECONDS = 2.0
HISTORY_NAME = "console-history"


def history_path(database_url: str, environ: Mapping[str, str] = os.environ) -> Path:
    """Where the typed lines are kept: beside a SQLite database file (`assistant.db-history`,
    so each database has its own ids in its history), else in the user's state folder
    (`$XDG_STATE_HOME/consultation-assistant/console-history`, `~/.local/state/…` by default).
    """
    if database_url.startswith("sqlite:///"):
        name = database_url.removeprefix("sqlite:///").split("?", 1)[0]
        if name and name != ":memory:":
            database = Path(name)
            return database.with_name(database.name + "-history")
    state = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "consultation-assistant" / HISTORY_NAME


def wants_colour(environ: Mapping[str, str] = os.environ) -> bool:
    """Colours on a terminal unless the person asked for none (https://no-color.org)."""
    return not environ.get("NO_COLOR") and environ.get("TERM", "") != "dumb"


class CommandCompleter(Completer):
    """Completes the command word, then its verb, then ids and names from the database."""

    def __init__(self, verbs: Mapping[str, Sequence[str]], names: Callable[[], list[str]]) -> None:
        self.verbs = verbs
        self.first_words = [f"/{group}" for group in verbs] + list(CONSOLE_COMMANDS)
        self._names = names
        self._cached: list[str] = []
        self._read_at = float("-inf")

    def names(self) -> list[str]:
        if time.monotonic() - self._read_at > NAMES_FRESH_SECONDS:
            try:
                self._cached = self._names()
            except Exception:
                # A busy or unreachable database costs the completion of ids, nothing more
                # (and no traceback on the line being typed).
                log.debug("names for completion unreadable", exc_info=True)
            self._read_at = time.monotonic()
        return self._cached

    def candidates(self, words: list[str]) -> list[str]:
        """What may come as the last of `words` (the one being typed)."""
        if len(words) == 1:
            return self.first_words
        group = words[0].lstrip("/").lower()
        if len(words) == 2 and group in self.verbs:
            return list(self.verbs[group])
        if group == "as":
            return [name for name in self.names() if name.startswith("@")]
        if group == "in":
            return [name for name in self.names() if name.startswith("#")]
        return self.names()

    def get_completions(
        self, document: Document, complete_event: CompleteEvent
    ) -> Iterator[Completion]:
        before = document.text_before_cursor
        words = before.split()
        if not words or before[-1:].isspace():
            words.append("")
        typed = words[-1]
        for candidate in self.candidates(words):
            if candidate.lower().startswith(typed.lower()):
                yield Completion(candidate, start_position=-len(typed))


class ConsoleHistory(FileHistory):
    """The lines typed, in a file; leaving (/quit) is not kept, so that Up then Enter at the
    next start does not end it at once."""

    def append_string(self, string: str) -> None:
        if string.strip() not in QUIT:
            super().append_string(string)


class Terminal:
    """One person typing at a terminal, through a `ConsoleAdapter`."""

    def __init__(
        self,
        adapter: ConsoleAdapter,
        history: Path,
        verbs: Mapping[str, Sequence[str]],
        names: Callable[[], list[str]],
        colour: bool,
    ) -> None:
        self.adapter = adapter
        self.history = history
        self.colour = colour
        self.completer = CommandCompleter(verbs, names)

    @contextmanager
    def printing_above(self) -> Iterator[None]:
        """While inside, everything printed (replies, and scheduled messages from other
        threads) goes above the line being typed, which is then drawn again intact."""
        with patch_stdout(raw=True):
            previous = self.adapter.out
            self.adapter.out = sys.stdout  # now prompt_toolkit's proxy
            # Log handlers keep the stream they were made with: point them at the proxy too,
            # so that a warning is printed above the line being typed, not through it.
            moved = [
                (handler, handler.setStream(sys.stderr))
                for handler in logging.getLogger().handlers
                if type(handler) is logging.StreamHandler
            ]
            try:
                yield
            finally:
                self.adapter.out = previous
                for handler, stream in moved:
                    if stream is not None:
                        handler.setStream(stream)

    def prompt(self) -> FormattedText:
        """`@you in #general> `, coloured when colours are on."""
        user, channel = f"@{self.adapter.user}", self.adapter.channel
        if not self.colour:
            return FormattedText([("", f"{user} in {channel}> ")])
        return FormattedText(
            [
                ("ansigreen bold", user),
                ("", " in "),
                ("ansicyan bold", channel),
                ("", "> "),
            ]
        )

    def run(self) -> None:
        """Read lines until /quit or end of input (Ctrl-D); Ctrl-C clears the line."""
        self.history.parent.mkdir(parents=True, exist_ok=True)
        session: PromptSession[str] = PromptSession(
            history=ConsoleHistory(str(self.history)),
            completer=self.completer,
            complete_while_typing=False,
            enable_history_search=False,
        )
        while True:
            try:
                line = session.prompt(self.prompt)
            except KeyboardInterrupt:
                continue
            except EOFError:
                break
            if line.strip() in QUIT:
                break
            self.adapter.run([line])
