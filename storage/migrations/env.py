"""Alembic environment: runs migrations on the connection handed over by storage.database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.tables import metadata

# storage.database.upgrade opened it, and on PostgreSQL holds the migration lock on it.
connection: Connection = context.config.attributes["connection"]
sqlite = connection.dialect.name == "sqlite"
if sqlite:
    # Batch migrations copy tables; SQLite checks foreign keys on the drop unless told not to
    # (a pragma that only works outside a transaction, hence the raw connection).
    connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=sqlite,
)
with context.begin_transaction():
    context.run_migrations()
connection.commit()
if sqlite:
    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
