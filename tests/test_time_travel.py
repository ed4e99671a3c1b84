"""`assistant run --now`: a whole server put at another moment, whose clock then runs on."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from assistant.dispatch import Incoming
from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock, ShiftedClock
from assistant.runtime.settings import Settings
from tests.slack_standin import SlackStandIn
from tests.test_reminder_processes import running, start_assistant

DEADLINE = datetime(2025, 1, 31, 17, 0, 3, tzinfo=UTC)


def test_shifted_clock_starts_at_the_given_moment_and_runs_on() -> None:
    clock = ShiftedClock(DEADLINE)
    first = clock.now()
    assert abs((first - DEADLINE).total_seconds()) < 1
    time.sleep(0.01)
    assert clock.now() > first


def test_a_server_started_in_the_past_closes_the_round_when_its_deadline_comes(
    tmp_path: Path,
) -> None:
    database = f"sqlite:///{tmp_path / 'travel.db'}"
    seeded = build(
        Settings(database_url=database, admins=frozenset({"UANA"})),
        FakeClock(datetime(2025, 1, 20, 9, 0, tzinfo=UTC)),
    )
    for line in (
        f'consult new "Multilingualization of the Internet" closes {DEADLINE.isoformat()}',
        'consult question R1 "What could ITU do?"',
        "consult announce R1",
    ):
        seeded.assistant.handle(Incoming("slack", "UANA", "C1", line))
    seeded.engine.dispose()

    with SlackStandIn(members={"C1": ["UANA"]}) as standin, running() as processes:
        # Two seconds before the deadline: the round is open when the server starts and
        # closes while it runs, on its own clock.
        processes.append(
            start_assistant(
                database,
                standin,
                tmp_path / "run.log",
                now=datetime(2025, 1, 31, 17, 0, 1, tzinfo=UTC),
            )
        )
        deadline = time.monotonic() + 20
        closing: list[str] = []
        while not closing and time.monotonic() < deadline:
            time.sleep(0.1)
            closing = [
                str(c.params.get("text"))
                for c in standin.calls("chat.postMessage")
                if c.ok and "is now closed" in str(c.params.get("text"))
            ]
        assert closing == [
            "🔒 Consultation R1 “Multilingualization of the Internet” is now closed. "
            "No inputs were received."
        ], processes[0].output()
