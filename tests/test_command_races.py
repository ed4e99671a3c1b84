"""Commands under concurrency: first commands in a new channel at once, transient database
failures run again, and a polite answer when the database stays busy."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg.errors
import pytest
from sqlalchemy import event, text

from assistant.dispatch import Incoming
from assistant.messages import Reply
from assistant.retry import ATTEMPTS
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import Renderer
from assistant.runtime.settings import Settings
from tests.conftest import SEED_START

PEOPLE = 50


@pytest.fixture
def application(database_url: str) -> Iterator[Application]:
    """The assistant on a fresh database of each kind; `ana` is the first secretariat."""
    app = build(
        Settings(database_url=database_url, admins=frozenset({"ana"})), FakeClock(SEED_START)
    )
    yield app
    app.engine.dispose()


def say(app: Application, user: str, line: str, channel: str = "#wg") -> str:
    """The one reply to a command, rendered for its reader."""
    items = app.assistant.handle(Incoming("console", user, channel, line))
    assert len(items) == 1, items
    (reply,) = items
    assert isinstance(reply, Reply)
    return Renderer(app.translator).render(reply.lines, reply.locale, reply.tz)


def count(app: Application, table: str) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_first_commands_of_many_people_at_once_in_a_new_channel_are_all_answered(
    application: Application,
) -> None:
    # On PostgreSQL, 4 to 9 of 400 such commands used to collide on the new channel's (or
    # person's, or membership's) unique key and were lost without a reply (issue 11).
    barrier = threading.Barrier(PEOPLE)
    replies: dict[str, str] = {}
    errors: list[BaseException] = []

    def first_command(user: str) -> None:
        try:
            barrier.wait()
            replies[user] = say(application, user, "consult list", channel="#new")
        except BaseException as error:
            errors.append(error)

    users = [f"person{n:02}" for n in range(PEOPLE)]
    threads = [threading.Thread(target=first_command, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert replies == dict.fromkeys(users, "There are no open or upcoming consultation rounds.")
    assert count(application, "channels") == 1
    assert count(application, "people") == PEOPLE
    assert count(application, "channel_members") == PEOPLE


@dataclass
class Failing:
    """Makes the database driver fail statements that start with `statement`, as a real
    deadlock, serialization failure, lost race or lock would: `times` of them, then none."""

    statement: str
    error: Any
    times: int
    failed: int = 0

    def __call__(self, _conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql.lstrip().startswith(self.statement) and self.failed < self.times:
            self.failed += 1
            raise self.error()


def _transient(dialect: str, kind: str) -> Any:
    """A driver error of `kind`, as the driver of `dialect` raises it."""

    def make() -> Exception:
        if dialect == "postgresql":
            return {
                "unique": psycopg.errors.UniqueViolation,
                "deadlock": psycopg.errors.DeadlockDetected,
                "serialization": psycopg.errors.SerializationFailure,
            }[kind](f"{kind} (forced by the test)")
        if kind == "unique":
            return sqlite3.IntegrityError("UNIQUE constraint failed (forced by the test)")
        error = sqlite3.OperationalError("database is locked (forced by the test)")
        error.sqlite_errorcode = sqlite3.SQLITE_BUSY
        return error

    return make


@pytest.fixture
def failing(application: Application) -> Iterator[list[Failing]]:
    """Failures to inject, listening on the application's engine while the test runs."""
    installed: list[Failing] = []

    def listener(*args: Any) -> None:
        for failure in installed:
            failure(*args)

    event.listen(application.engine, "before_cursor_execute", listener)
    yield installed
    event.remove(application.engine, "before_cursor_execute", listener)


# Where a command can meet a transient failure: recording a newcomer to a new channel (a lost
# race on its unique key), and the command's own write (a deadlock or a lock on the row).
PLACES = {
    "first-sight": ("INSERT INTO channels", "unique"),
    "own-write-deadlock": ("UPDATE people", "deadlock"),
    "own-write-serialization": ("UPDATE people", "serialization"),
}


@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_command_that_meets_a_transient_failure_runs_again_and_succeeds(
    application: Application, failing: list[Failing], place: str
) -> None:
    statement, kind = PLACES[place]
    failure = Failing(statement, _transient(application.engine.dialect.name, kind), times=1)
    failing.append(failure)
    assert say(application, "ana", "assistant role @bob member") == "@bob is now member."
    assert failure.failed == 1
    assert say(application, "bob", "assistant settings").startswith("Your settings: ")
    with application.engine.connect() as connection:
        roles = connection.execute(text("SELECT user_id, role FROM people ORDER BY user_id"))
        assert roles.all() == [("ana", "secretariat"), ("bob", "member")]


@pytest.mark.parametrize(
    ("statement", "channels"),
    [
        # Recording her in a channel she speaks in for the first time: nothing is kept.
        ("INSERT INTO channel_members", ["#wg"]),
        # The command's own write: she is known in the new channel, nothing else is kept.
        ("UPDATE people", ["#elsewhere", "#wg"]),
    ],
)
def test_a_command_the_database_keeps_refusing_is_answered_in_the_speakers_language(
    application: Application, failing: list[Failing], statement: str, channels: list[str]
) -> None:
    assert say(application, "ana", "assistant settings language fr").startswith("Vos ")
    failure = Failing(statement, _transient(application.engine.dialect.name, "deadlock"), 99)
    failing.append(failure)
    answer = say(application, "ana", "assistant role @bob member", channel="#elsewhere")
    assert answer == (
        "L’assistant est occupé et n’a pas pu faire cela\u202f; rien n’a été modifié. "
        "Veuillez réessayer dans un instant."
    )
    assert failure.failed == ATTEMPTS
    with application.engine.connect() as connection:
        people = connection.execute(text("SELECT user_id, role FROM people ORDER BY user_id"))
        assert people.all() == [("ana", "secretariat")]
        found = connection.execute(text("SELECT channel_id FROM channels ORDER BY channel_id"))
        assert [c for (c,) in found] == channels
