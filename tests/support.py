"""Helpers shared by the tests: table snapshots, prepared databases, lines, transactions."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, event, select

from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import FluentTranslator
from assistant.runtime.settings import Settings
from storage.tables import metadata
from tests.conftest import SEED_START, Chat, make_chat

TRANSLATOR = FluentTranslator()


def table_rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove that a refusal changed nothing."""
    with engine.connect() as connection:
        return {
            name: sorted((tuple(r) for r in connection.execute(select(table))), key=repr)
            for name, table in metadata.tables.items()
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


_WRITES = ("INSERT", "UPDATE", "DELETE")


@dataclass
class Transaction:
    """The statements one transaction ran, as the database received them."""

    statements: list[str] = field(default_factory=list)
    committed: bool = False

    @property
    def writes(self) -> list[str]:
        """Its INSERT, UPDATE and DELETE statements, up to the table name."""
        found = [s.split() for s in self.statements]
        return [" ".join(words[:3]) for words in found if words[0].upper() in _WRITES]

    @property
    def locks(self) -> bool:
        """Whether it took SQLite's write lock on the whole database from its start."""
        return bool(self.statements) and self.statements[0] == "BEGIN IMMEDIATE"


class Transactions:
    """Records every transaction run on an engine inside the block, in the order they ended
    (statements are grouped per thread: a transaction never changes threads)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.ended: list[Transaction] = []
        self._open = threading.local()
        self._lock = threading.Lock()

    def _current(self) -> Transaction:
        current: Transaction | None = getattr(self._open, "transaction", None)
        if current is None:
            current = self._open.transaction = Transaction()
        return current

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self._current().statements.append(statement.strip())

    def _end(self, committed: bool) -> None:
        ended = self._current()
        ended.committed = committed
        self._open.transaction = None
        with self._lock:
            self.ended.append(ended)

    def _commit(self, _conn: Any) -> None:
        self._end(committed=True)

    def _rollback(self, _conn: Any) -> None:
        self._end(committed=False)

    def writing(self) -> list[Transaction]:
        """The committed transactions that wrote something."""
        with self._lock:
            return [t for t in self.ended if t.committed and t.writes]

    def __enter__(self) -> Self:
        event.listen(self.engine, "before_cursor_execute", self._statement)
        event.listen(self.engine, "commit", self._commit)
        event.listen(self.engine, "rollback", self._rollback)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)
        event.remove(self.engine, "rollback", self._rollback)
