"""Commands under concurrency: one transaction per command (none that writes for a command
that only reads), repeated events handled once, first commands in a new channel at once,
transient database failures run again, and a polite answer when the database stays busy."""

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
from tests.support import Transactions

PEOPLE = 50


@pytest.fixture
def application(database_url: str) -> Iterator[Application]:
    """The assistant on a fresh database of each kind; `ana` is the first secretariat."""
    app = build(
        Settings(database_url=database_url, admins=frozenset({"ana"})), FakeClock(SEED_START)
    )
    yield app
    app.engine.dispose()


def say(app: Application, user: str, line: str, channel: str = "#wg", key: str = "") -> str:
    """The one reply to a command, rendered for its reader."""
    items = app.assistant.handle(Incoming("console", user, channel, line, key=key))
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


LISTED = "One consultation round:"


def open_round(app: Application) -> None:
    """R1, open and announced in #wg, with one question."""
    say(app, "ana", 'consult new "Multilingual Internet" closes 31 January 2025')
    say(app, "ana", 'consult question R1 "What could ITU do?"')
    app.assistant.handle(Incoming("console", "ana", "#wg", "consult announce R1 #wg"))


def test_a_command_that_only_reads_writes_nothing_and_takes_no_write_lock(
    application: Application,
) -> None:
    open_round(application)
    say(application, "lena", 'consult answer R1 Q1 "Domain names"')  # known, in #wg
    with Transactions(application.engine) as seen:
        assert say(application, "lena", "consult list").startswith(LISTED)
    (only,) = seen.ended
    assert only.committed
    assert only.writes == []
    assert not only.locks  # on SQLite: BEGIN, not BEGIN IMMEDIATE
    # With an event key, the key is the one write, alone in a short transaction after the
    # reading one (so that a repeat of the event is not answered twice).
    with Transactions(application.engine) as seen:
        assert say(application, "lena", "consult list", key="slack-command:T1").startswith(LISTED)
    assert [t.writes for t in seen.ended] == [[], ["INSERT INTO received_events"]]
    assert not seen.ended[0].locks


def test_the_first_command_of_a_newcomer_writes_once_in_one_transaction(
    application: Application,
) -> None:
    open_round(application)
    with Transactions(application.engine) as seen:
        assert say(application, "omar", "consult list", key="slack-command:T1").startswith(LISTED)
    (writing,) = seen.writing()
    tables = {w.removeprefix("INSERT INTO ") for w in writing.writes if w.startswith("INSERT")}
    # The event's key, the person and their membership of #wg, which makes them part of the
    # round's audience (their reminders are planned in the same transaction).
    assert {"received_events", "people", "channel_members"} <= tables
    # It read first without the write lock, met the first write and started again with it.
    assert [t.committed for t in seen.ended] == [False, True]
    assert seen.ended[0].writes == []


def test_a_command_that_writes_starts_writing_in_its_one_transaction(
    application: Application,
) -> None:
    open_round(application)
    say(application, "lena", "consult list")  # known, in #wg
    with Transactions(application.engine) as seen:
        answer = say(application, "lena", 'consult answer R1 Q1 "Domain names"', key="Ev1")
    assert answer.startswith("Receipt: your answer to R1 Q1 is")
    (only,) = seen.ended  # the command table says it writes: no read-only attempt first
    assert only.committed
    assert {"INSERT INTO received_events", "INSERT INTO answers"} <= set(only.writes)
    assert only.locks or application.engine.dialect.name != "sqlite"


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('consult answer R1 Q1 "Domain names, take {n}"', "Receipt: your answer to R1 Q1 is"),
        ("consult list", LISTED),
    ],
    ids=["writes", "reads"],
)
def test_an_event_delivered_twice_at_once_is_handled_once(
    application: Application, line: str, reply: str
) -> None:
    open_round(application)
    say(application, "lena", "consult list")  # known, so that both kinds can start by reading
    tries = 5
    answered: list[list[Any]] = []
    errors: list[BaseException] = []

    def deliver(number: int, barrier: threading.Barrier) -> None:
        event = Incoming("console", "lena", "#wg", line.format(n=number), key=f"Ev{number}")
        try:
            barrier.wait()
            answered.append(application.assistant.handle(event))
        except BaseException as error:
            errors.append(error)

    for number in range(tries):
        barrier = threading.Barrier(2)
        twins = [threading.Thread(target=deliver, args=(number, barrier)) for _ in range(2)]
        for thread in twins:
            thread.start()
        for thread in twins:
            thread.join(timeout=60)
    assert errors == []
    replies = [items for items in answered if items]
    assert len(answered) == 2 * tries
    assert len(replies) == tries  # one of each pair; the other got nothing
    renderer = Renderer(application.translator)
    for (item,) in replies:
        assert renderer.render(item.lines, item.locale, item.tz).startswith(reply)
    assert count(application, "received_events") == tries
    if line.startswith("consult answer"):
        assert count(application, "answers") == tries  # one version per event


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
    "statement",
    [
        # Recording her in a channel she speaks in for the first time.
        "INSERT INTO channel_members",
        # The command's own write.
        "UPDATE people",
    ],
)
def test_a_command_the_database_keeps_refusing_is_answered_in_the_speakers_language(
    application: Application, failing: list[Failing], statement: str
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
        # One transaction: the channel first seen in the refused command is not kept either.
        found = connection.execute(text("SELECT channel_id FROM channels ORDER BY channel_id"))
        assert [c for (c,) in found] == ["#wg"]
