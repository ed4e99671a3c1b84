"""The console adapter: a local chat in the terminal, also driven by piped scripts and tests."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from assistant.commands import clean_input
from assistant.dispatch import Assistant, Incoming
from assistant.messages import (
    Direct,
    Edit,
    FileOut,
    Message,
    Noted,
    Outgoing,
    Post,
    Reply,
    msg,
    rstripped,
)
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import FluentTranslator, Renderer
from assistant.runtime.scheduler import run_due_work

log = logging.getLogger(__name__)

PLATFORM = "console"
# A file written for longer than this gets a line saying how far it is (then again each time).
PROGRESS_SECONDS = 2.0
DEFAULT_CHANNEL = "#general"
# The console's own commands, besides the assistant's.
CONSOLE_COMMANDS = ("/as", "/in", "/clock", "/quit")
QUIT = ("/quit", "/exit")
# ANSI colours for what the assistant sends, on a terminal only (never when piped).
_PAINT = {"post": "\033[1;36m", "direct": "\033[1;35m", "note": "\033[2m"}
_PLAIN = "\033[0m"
_ANSI = re.compile(r"\033\[[0-9;]*m")
_STEP = re.compile(r"^\+(\d{1,5})([wdhm])$")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


class ConsoleAdapter:
    """Reads lines as one person in one channel, prints everything the assistant sends.

    Console-only commands: `/as USER`, `/in #channel`, `/clock +2d` or `/clock ISO8601`.
    """

    def __init__(
        self,
        assistant: Assistant,
        translator: FluentTranslator,
        out: TextIO,
        user: str,
        channel: str = DEFAULT_CHANNEL,
        clock: FakeClock | None = None,
        echo: bool = False,
        export_dir: Path | None = None,
        colour: bool = False,
    ) -> None:
        self.assistant = assistant
        self.translator = translator
        self.renderer = Renderer(translator)
        self.out = out
        self.user = user.lstrip("@")
        self.channel = channel
        self.clock = clock
        self.echo = echo
        self.colour = colour
        # Files asked for with a path are written inside this folder, and nowhere else.
        self.export_dir = export_dir or Path.cwd()
        self.progress_seconds = PROGRESS_SECONDS
        self._print_lock = threading.Lock()

    # ------------------------------------------------------------ input

    def run(self, lines: Iterable[str]) -> None:
        for line in lines:
            if line.strip() in QUIT:
                break
            try:
                self.handle_line(line)
            except Exception:
                # One bad line must never end the conversation or show a traceback.
                log.exception("console line failed")
                self._note("error-internal")

    def handle_line(self, line: str) -> None:
        text = clean_input(line).strip()
        if not text or text.startswith("# "):
            return
        if self.echo:
            self._write(f"@{self.user} in {self.channel}> {text}")
        word = text.split(maxsplit=1)[0].lower()
        rest = text[len(word) :].strip()
        if word == "/as":
            self._switch_user(rest)
        elif word == "/in":
            self._switch_channel(rest)
        elif word == "/clock":
            self._move_clock(rest)
        else:
            is_command = text.startswith("/")
            event = Incoming(
                platform=PLATFORM,
                user_id=self.user,
                channel_id=self.channel,
                text=text[1:] if is_command else text,
                is_command=is_command,
                commands_only=True,
            )
            self.show(self.assistant.handle(event))

    def _note(self, message_id: str, **args: object) -> None:
        """The console's own messages, in the current speaker's language."""
        language = self.assistant.language_of(PLATFORM, self.user)
        self._write(self._paint("note", self.translator.translate(language, message_id, **args)))

    def _switch_user(self, rest: str) -> None:
        if not re.fullmatch(r"@?[\w.\-]{1,64}", rest):
            self._note("console-as-usage")
            return
        self.user = rest.lstrip("@")
        self._note("console-as", user=f"@{self.user}")

    def _switch_channel(self, rest: str) -> None:
        if not re.fullmatch(r"#[\w.\-]{1,64}", rest):
            self._note("console-in-usage")
            return
        self.channel = rest
        self._note("console-in", channel=self.channel)

    def _move_clock(self, rest: str) -> None:
        if self.clock is None:
            self._note("console-clock-real")
            return
        step = _STEP.match(rest.strip().lower())
        if step:
            self.clock.advance(timedelta(**{_UNITS[step.group(2)]: int(step.group(1))}))
        else:
            try:
                moment = datetime.fromisoformat(rest.strip().replace("Z", "+00:00"))
            except ValueError:
                self._note("console-clock-usage")
                return
            if moment.tzinfo is None or moment.astimezone(UTC) < self.clock.now():
                self._note("console-clock-usage")
                return
            self.clock.set(moment)
        self._note("console-clock", now=self.clock.now().strftime("%Y-%m-%d %H:%M UTC"))
        self.tick()

    def tick(self) -> None:
        """Fire what has come due: openings, closings, digests, then the posts and reminders."""
        run_due_work(self.assistant, self, PLATFORM)

    # ------------------------------------------------------------ scheduled messages (Sender)

    def send(self, item: Outgoing) -> None:
        self.show([item])

    def was_sent(self, item: Outgoing) -> bool:
        return False  # printed lines cannot be looked up; the console accepts the tiny window

    # ------------------------------------------------------------ output

    def _write(self, text: str) -> None:
        with self._print_lock:
            self.out.write(text + "\n")
            self.out.flush()

    def show(self, items: list[Outgoing]) -> None:
        for item in items:
            if isinstance(item, Edit):
                continue  # the console cannot change what it printed; the counts are a command away
            if isinstance(item, Noted) and not item.lines:
                continue
            text = self.renderer.render(item.lines, item.locale, item.tz)
            if isinstance(item, Post):
                self._write(self._prefixed(self._paint("post", f"[{item.channel_id}]"), text))
            elif isinstance(item, Direct):
                file = _saved_if_binary(item.file)
                refusal = self._save(file) if file and file.path else None
                if refusal is not None:
                    text = self.renderer.render((refusal,), item.locale, item.tz)
                self._write(self._prefixed(self._paint("direct", f"[DM @{item.user_id}]"), text))
                if file is not None and not file.path:
                    self._print_file(file)
            elif isinstance(item, Noted):
                self._write(self._prefixed("  ", text) if self.echo else text)
            elif isinstance(item, Reply):
                file = _saved_if_binary(item.file)
                refusal = self._save(file) if file and file.path else None
                if refusal is not None:
                    text = self.renderer.render((refusal,), item.locale, item.tz)
                self._write(self._prefixed("  ", text) if self.echo else text)
                if file is not None and not file.path:
                    self._print_file(file)

    def _print_file(self, file: FileOut) -> None:
        """The file's text as it comes, ending in one line break (in place of its own)."""
        with self._print_lock:
            for piece in rstripped(file.chunks(), "\n"):
                self.out.write(piece)
            self.out.write("\n")
            self.out.flush()

    def _save(self, file: FileOut) -> Message | None:
        """Write a file inside the export folder; what went wrong instead, if anything.

        The text is written as it comes (an export is read from the database meanwhile), into a
        temporary file renamed at the end: a failure halfway leaves no half-written file. A
        write that takes a while says how far it got every `PROGRESS_SECONDS`.
        """
        folder = self.export_dir.resolve()
        # resolve() follows symbolic links and "..", so a path cannot lead out of the folder.
        target = (folder / (file.path or file.filename)).resolve()
        if not target.is_relative_to(folder) or target == folder:
            return msg("console-file-outside", path=file.path, folder=str(folder))
        partial = target.with_name(f".{target.name}.part")
        try:
            # Sub-folders are made inside the export folder only, never anywhere else.
            target.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as out:
                last = time.monotonic()
                pieces = [file.data()] if file.binary else (c.encode() for c in file.chunks())
                for chunk in pieces:
                    out.write(chunk)
                    if time.monotonic() - last >= self.progress_seconds:
                        last = time.monotonic()
                        kilobytes = out.tell() // 1024
                        self._note("console-file-progress", path=str(target), kilobytes=kilobytes)
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            return msg("console-file-error", path=str(target), reason=error.strerror or "")
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return None

    def _paint(self, kind: str, text: str) -> str:
        return f"{_PAINT[kind]}{text}{_PLAIN}" if self.colour else text

    @staticmethod
    def _prefixed(prefix: str, text: str) -> str:
        lines = text.split("\n")
        pad = " " * (len(_ANSI.sub("", prefix)) + 1)
        return "\n".join([f"{prefix} {lines[0]}"] + [pad + line for line in lines[1:]])


def _saved_if_binary(file: FileOut | None) -> FileOut | None:
    """A binary file (a DOCX report) cannot be printed: without a path of its own it is saved
    under its file name in the export folder, which the reply names already."""
    if file is not None and file.binary and not file.path:
        return replace(file, path=file.filename)
    return file
