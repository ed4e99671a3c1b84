"""Helpers the benchmark scripts share: progress lines and PostgreSQL schemas of their own."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import make_url, text

from storage.database import make_engine
from storage.repositories import row_values


def _row(item: Any) -> dict[str, Any]:
    values = row_values(item)
    if values.get("id") is None:
        values.pop("id", None)
    return values


def insert(connection: Any, row_type: Any, items: Iterable[Any]) -> None:
    """Bulk-insert domain objects into their table (ids are not read back)."""
    rows = [_row(item) for item in items]
    if rows:
        connection.execute(row_type.__table__.insert(), rows)


def insert_all(connection: Any, row_type: Any, items: list[Any]) -> None:
    """Insert, and give each domain object the id its row got."""
    table = row_type.__table__
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    ids = connection.execute(statement, [_row(item) for item in items]).scalars().all()
    for item, row_id in zip(items, ids, strict=True):
        item.id = row_id


def backend(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def progress(label: str) -> Callable[[str], None]:
    """Progress lines on stderr, so the tables on stdout stay clean."""
    start = time.perf_counter()

    def log(message: str) -> None:
        print(f"  [{time.perf_counter() - start:6.1f} s] {label}: {message}", file=sys.stderr)

    return log


def postgres_schema_url(url: str, schema: str) -> str:
    """A URL for a fresh schema of its own in the given database (dropped, then created), so
    the tests' `public` schema is never touched."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    own = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return own.render_as_string(hide_password=False)


def drop_postgres_schema(url: str, schema: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()
