"""Engines for SQLite (WAL, immediate transactions) and PostgreSQL, and Alembic migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

MIGRATIONS = Path(__file__).parent / "migrations"
# The key of the PostgreSQL advisory lock under which schema upgrades run: any number, as long
# as every process uses the same one.
MIGRATION_LOCK = 0x61_7373_6973  # "assis"
# The execution option of a connection that only reads (see `SqlUnitOfWork`).
READ_ONLY = "assistant_read_only"


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL and write-safe transactions."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

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
        # stays deferred: in WAL mode it then sees one snapshot and holds no writer up.
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


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
