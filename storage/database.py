"""Engines for SQLite (WAL, the write lock only for writers) and PostgreSQL, their
transactions taking turns within a process, and Alembic migrations."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

from assistant.ports import WriteNeeded

MIGRATIONS = Path(__file__).parent / "migrations"
# The key of the PostgreSQL advisory lock under which schema upgrades run: any number, as long
# as every process uses the same one.
MIGRATION_LOCK = 0x61_7373_6973  # "assis"
# The execution option that marks an engine (see `reading`) whose transactions only read.
READ_ONLY = "assistant_read_only"
# Per engine: its transactions in this process take turns (see `turn`).
_TURNS: WeakKeyDictionary[Engine, threading.RLock] = WeakKeyDictionary()


def reading(engine: Engine) -> Engine:
    """The same engine (pool, events) for transactions that only read: on SQLite they begin
    without the write lock, and on every database a write in them raises `WriteNeeded`."""
    return engine.execution_options(**{READ_ONLY: True})


def turn(engine: Engine) -> AbstractContextManager[object]:
    """What a transaction on `engine` holds while it runs: a lock that makes the transactions
    of this process take turns (re-entrant: one thread may nest them).

    A command's database work is mostly Python (building statements, reading rows), so threads
    running it side by side gain nothing under the interpreter lock: they only keep it from
    the threads that answer requests. Measured at 16 Slack commands in flight, against a bare
    bolt app: without turns, acks on SQLite were 2 to 3.5 times its p50, and on PostgreSQL
    (8 threads working at once) about 1 times its p50 and 2.5 to 5 times its p99; two turns at
    a time on PostgreSQL still gave 6-7 ms at p50 and 40-60 ms at p99, one gives 3 ms and
    23-44 ms, with as many commands answered per second (interleaved runs, 320 commands each).
    On SQLite, writers waiting for its write lock would also sleep in its busy handler (up to
    100 ms a time) instead of being woken when it is free. Other processes still meet the
    database's own locking."""
    return _TURNS.get(engine) or nullcontext()


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL and write-safe transactions."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if not url.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True)
        _refuse_writes_when_reading(engine)
        _TURNS[engine] = threading.RLock()
        return engine
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    _refuse_writes_when_reading(engine)
    _TURNS[engine] = threading.RLock()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Deferred transactions that read then write fail under concurrency with
        # "database is locked"; taking the write lock up front does not. One that only reads
        # needs no lock (WAL readers see a snapshot), and cannot write (see below).
        reads_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reads_only else "BEGIN IMMEDIATE")

    return engine


def _refuse_writes_when_reading(engine: Engine) -> None:
    """A write in a read-only transaction stops before it reaches the database: on SQLite it
    would try to take the write lock late, which fails under concurrency, so the work runs
    again in a transaction that takes it first. Checked here, below the ORM, so that no
    kind of write (flush, bulk statement, upsert) slips through."""

    @event.listens_for(engine, "before_cursor_execute")
    def _before_execute(
        _connection: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool
    ) -> None:
        if context is None or not context.execution_options.get(READ_ONLY, False):
            return
        if context.isinsert or context.isupdate or context.isdelete:
            raise WriteNeeded(statement.split("(", 1)[0][:80])


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration; `connection` is the one migrations run on (env.py)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the newest by default).

    Safe when several processes start at once on the same database. On PostgreSQL they take
    turns under an advisory lock held across the whole upgrade, so each one reads the version
    only after the one before has committed (without it, two of them created `alembic_version`
    together and one died on the duplicate). On SQLite the migration transaction begins
    IMMEDIATE (see `make_engine`), which takes the database's write lock before the version is
    read: that is the same turn-taking already.
    """
    with engine.connect() as connection:
        locking = connection.dialect.name == "postgresql"
        if locking:
            # A session lock, not a transaction one: it must outlive the commit below, which
            # leaves the connection outside a transaction for Alembic to begin its own.
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
        try:
            command.upgrade(alembic_config(connection), revision)
        finally:
            if locking:
                # The connection goes back to the pool, still open: release the lock by hand,
                # after leaving any transaction a failure left aborted (it would refuse even
                # the unlock).
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
