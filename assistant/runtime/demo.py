"""The demo: the CWG-Internet consultation of October 2024 – January 2025, on a simulated clock.

It plays a script of console lines, the same language a person types in `assistant chat`,
so everything shown went through the real command table, services and database.
"""

from __future__ import annotations

import io
import shlex
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings
from handlers.console.adapter import ConsoleAdapter

START = datetime(2024, 10, 4, 8, 0, tzinfo=UTC)

SCRIPT = Path(__file__).with_name("cwg-internet-demo.chat")


def scenes(text: str) -> list[tuple[str, list[str]]]:
    """Split the script into (title, console lines) at lines starting with "=== "."""
    found: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("=== "):
            found.append((line[4:].strip(), []))
        elif found and line.strip():
            found[-1][1].append(line)
    return found


def play(
    database_url: str, *, fresh: bool, out: TextIO, workdir: Path, launcher: str = "assistant"
) -> None:
    """Seed the scenario and play its timeline, printing the whole conversation.

    Exported files are written in `workdir`; the last line names the command (`launcher`
    followed by its arguments) that opens the console on the demo database.
    """
    if fresh and database_url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(database_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    clock = FakeClock(START)
    application = build(Settings(database_url=database_url, admins=frozenset({"ana"})), clock)
    console = ConsoleAdapter(
        application.assistant,
        application.translator,
        out,
        user="ana",
        channel="#general",
        clock=clock,
        echo=True,
        export_dir=workdir,
    )
    # The cast introduces themselves without printing: the demo shows the story, not setup.
    quiet = ConsoleAdapter(
        application.assistant, application.translator, io.StringIO(), user="ana", clock=clock
    )
    for title, lines in scenes(SCRIPT.read_text(encoding="utf-8")):
        if title == "setup":
            quiet.run(lines)
            continue
        out.write(f"\n══ {title} ══\n")
        console.run(lines)
    summary = workdir / "cwg-internet-R1-inputs.md"
    if summary.exists():
        heading = application.translator.translate("en", "demo-export-summary", file=summary.name)
        out.write(f"\n══ {heading} ══\n")
        text = summary.read_text(encoding="utf-8")
        out.write(text.split("\n## Q1", 1)[0].rstrip() + "\n")
    database = shlex.quote(database_url)
    command = f"{launcher} chat --as ana --db {database} --now {clock.now():%Y-%m-%dT%H:%MZ}"
    out.write("\n" + application.translator.translate("en", "demo-explore", command=command) + "\n")
    application.engine.dispose()
