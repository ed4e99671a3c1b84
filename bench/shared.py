"""Helpers the benchmark scripts share: progress lines and PostgreSQL schemas of their own."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from sqlalchemy import make_url, text

from storage.database import make_engine


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
