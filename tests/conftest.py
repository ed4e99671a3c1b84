"""Shared fixtures: databases (SQLite, PostgreSQL), a simulated clock and a console chat."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from assistant.dispatch import Assistant
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings
from handlers.console.adapter import ConsoleAdapter
from storage.database import make_engine

# The seed scenario starts on the day of CWG-Internet's twentieth meeting.
SEED_START = datetime(2024, 10, 4, 8, 0, tzinfo=UTC)


def postgres_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL")


def _reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


_NO_POSTGRES = "TEST_DATABASE_URL is not set: PostgreSQL tests need a server (.ci/run sets it)"


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A PostgreSQL database created empty for this test alone (dropped afterwards), so tests
    that start processes on it cannot meet another test's tables or locks."""
    url = postgres_url()
    if not url:
        pytest.skip(_NO_POSTGRES)
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind; PostgreSQL needs TEST_DATABASE_URL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url = postgres_url()
    if not url:
        pytest.skip(_NO_POSTGRES)
    _reset_postgres(url)
    return url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(SEED_START)


class Chat:
    """A console conversation: say lines as someone, read what the assistant printed."""

    def __init__(self, application: Application, clock: FakeClock, workdir: Path) -> None:
        self.application = application
        self.clock = clock
        self.out = io.StringIO()
        self.console = ConsoleAdapter(
            application.assistant,
            application.translator,
            self.out,
            user="ana",
            clock=clock,
            export_dir=workdir,
        )

    @property
    def assistant(self) -> Assistant:
        return self.application.assistant

    def say(self, line: str, *, as_user: str | None = None, channel: str | None = None) -> str:
        """Everything printed in response to one line (console commands included)."""
        if as_user is not None:
            self.console.user = as_user.lstrip("@")
        if channel is not None:
            self.console.channel = channel
        start = self.out.tell()
        self.console.run([line])
        self.out.seek(start)
        printed = self.out.read()
        self.out.seek(0, io.SEEK_END)
        return printed

    def script(self, text: str) -> str:
        """Play several lines (as a piped script would) and return all output."""
        return "".join(self.say(line) for line in text.strip().splitlines())


def make_chat(
    database_url: str, clock: FakeClock, workdir: Path, admins: frozenset[str] = frozenset({"ana"})
) -> Chat:
    application = build(Settings(database_url=database_url, admins=admins), clock)
    return Chat(application, clock, workdir)


@pytest.fixture
def chat(tmp_path: Path, clock: FakeClock) -> Iterator[Chat]:
    """A console chat on a fresh SQLite database; `ana` is the first secretariat."""
    session = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", clock, tmp_path)
    yield session
    session.application.engine.dispose()
