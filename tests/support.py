"""Helpers shared by the transcript tests: table snapshots, prepared databases, lines."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, select

from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import FluentTranslator
from assistant.runtime.settings import Settings
from tests.conftest import SEED_START, Chat, make_chat

TRANSLATOR = FluentTranslator()
_SCHEMA = MetaData()


def table_rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove that a refusal changed nothing."""
    if not _SCHEMA.tables:
        _SCHEMA.reflect(engine)
    with engine.connect() as connection:
        return {
            name: sorted((tuple(r) for r in connection.execute(select(table))), key=repr)
            for name, table in _SCHEMA.tables.items()
        }


def template_database(tmp_path_factory: Any, name: str, prepare: Callable[[Chat], None]) -> Path:
    """A prepared SQLite database, built once per module and copied for each test."""
    directory = tmp_path_factory.mktemp(name)
    path = directory / "template.db"
    chat = make_chat(f"sqlite:///{path}", FakeClock(SEED_START), directory)
    prepare(chat)
    chat.application.engine.dispose()
    return path


def chat_on_copy(template: Path, tmp_path: Path) -> Chat:
    """A console chat on a fresh copy of a prepared SQLite database (already migrated)."""
    target = tmp_path / "chat.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{target}{suffix}"))
    clock = FakeClock(SEED_START)
    settings = Settings(database_url=f"sqlite:///{target}", admins=frozenset({"ana"}))
    application = build(settings, clock, migrate=False)
    application.translator = application.assistant.translator = TRANSLATOR
    return Chat(application, clock, tmp_path)


def has_line(out: str, *parts: str) -> bool:
    """Whether one printed line contains all of `parts`."""
    return any(all(part in line for part in parts) for line in out.splitlines())


def mentioned(out: str, label: str) -> list[str]:
    """The @users named on the line that starts with `label`."""
    (line,) = [line for line in out.splitlines() if line.startswith(label)]
    return re.findall(r"@\w+", line)


def grant(chat: Chat, user: str, role: str) -> None:
    out = chat.say(f"/assistant role @{user} {role}", as_user="ana")
    assert f"@{user} is now {role}." in out


def as_role(chat: Chat, user: str, role: str) -> None:
    """Make `user` known (by speaking elsewhere) and give them `role`."""
    chat.say("hello", as_user=f"@{user}", channel="#random")
    if role != "stakeholder":
        grant(chat, user, role)
