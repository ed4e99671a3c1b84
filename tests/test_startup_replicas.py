"""Replicas starting together on an empty database: each one migrates, none of them fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from storage.database import alembic_config, make_engine

ROOT = Path(__file__).resolve().parent.parent
REPLICAS = 3


def _start_together(database_url: str, log_dir: Path) -> list[tuple[int, str]]:
    """Run `assistant db upgrade` in REPLICAS processes started at once: (exit code, output)."""
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    logs = [log_dir / f"replica-{n}.log" for n in range(REPLICAS)]
    processes = []
    for log in logs:
        with log.open("wb") as out:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "assistant", "db", "upgrade"],
                    cwd=ROOT,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            )
    try:
        codes = [process.wait(timeout=120) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return [(code, log.read_text()) for code, log in zip(codes, logs, strict=True)]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_replicas_started_at_once_on_an_empty_database_all_migrate(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # Without serialising the upgrades, two of three runs of two replicas on PostgreSQL ended
    # with one of them dying on a duplicate alembic_version row (issue 11).
    if kind == "postgresql":
        url: str = request.getfixturevalue("fresh_postgres_url")
    else:
        url = f"sqlite:///{tmp_path / 'replicas.db'}"
    results = _start_together(url, tmp_path)
    assert [code for code, _ in results] == [0] * REPLICAS, results
    engine = make_engine(url)
    try:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [tuple(v) for v in versions] == [(head,)]
        assert {"people", "channels", "channel_members", "reminders"} <= set(
            inspect(engine).get_table_names()
        )
    finally:
        engine.dispose()
