"""Cost of an answer, a form, a channel join and a zone change as a round's audience grows.

A migrated database is seeded in bulk: a round announced in #big to 5,000 people and, beside
it, rounds announced each in its own channel of 50 people (as many as the samples need, since
every sampled answer comes from someone who has not answered yet); two questions each, and
the reminders the product's own planner (`plan_round`) makes for them stored as rows (the
opening reminders, already due, as sent; the others pending).

Then, through the application's entry points, each operation is timed on both sides, one
side after the other in turn (50, 5,000, 50, 5,000, ...) after one warm-up call per side, so
that a colleague's load on the machine falls on both sides alike:

- answer: `consult answer Rn Q1 "…"` typed in the round's channel by someone of its audience
  who has not answered yet (their pending reminders are cancelled);
- form: the Slack respond form with both questions answered, as the modal submits it;
- join: someone new says something in the channel, and so joins its audience;
- zone: `assistant settings tz …` by someone of the audience (their reminders move).

Per operation and side: median and p90 (`statistics.quantiles(n=10, method="inclusive")`,
i.e. linear interpolation between the closest ranks) over --samples calls, the ratio of the
5,000 side to the 50 side, and SQL statements per call. SQLite always (a file in a temporary
directory); PostgreSQL too when --database-url or TEST_DATABASE_URL is set (in its own
schema, bench_replan, dropped and recreated). Prints a table and writes
bench/results/replan.json.

    .venv/bin/python bench/replan.py [--quick] [--samples N] [--database-url URL]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shared import backend, drop_postgres_schema, insert, insert_all, postgres_schema_url, progress
from sqlalchemy import Engine, event, text

from assistant import commands as c
from assistant.dispatch import Assistant, Incoming
from assistant.domain.model import (
    Channel,
    ChannelMember,
    Person,
    Question,
    Reminder,
    ReminderState,
    Role,
    Round,
)
from assistant.domain.reminders import PlannedReminder, plan_round
from assistant.messages import Outgoing
from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings
from storage import tables
from storage.database import make_engine, upgrade

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)  # a Monday morning
PLATFORM = "console"
SCHEMA = "bench_replan"
SMALL, BIG = 50, 5_000
ZONES = ("Europe/Zurich", "Asia/Tokyo")
OPERATIONS = ("answer", "form", "join", "zone")


@dataclass
class Side:
    """One audience size: its round, its channel and the people not yet used by a sample."""

    size: int
    rounds: list[tuple[int, str, list[str]]]  # round id, channel, its people's user ids

    def __post_init__(self) -> None:
        self._fresh = [(rid, ch, user) for rid, ch, users in self.rounds for user in users]
        self._joined = 0

    def someone_new(self) -> tuple[int, str, str]:
        """A person of an audience who has not answered yet: round id, channel, user id."""
        return self._fresh.pop()

    def newcomer(self) -> tuple[str, str]:
        self._joined += 1
        return self.rounds[0][1], f"new-{self.size}-{self._joined}"

    def member(self) -> tuple[str, str]:
        _, channel, users = self.rounds[0]
        return channel, users[0]


def _reminder(item: PlannedReminder) -> Reminder:
    """A planned reminder as the planner's sync stores it; one already due at NOW was sent."""
    sent = item.due_at <= NOW
    return Reminder(
        key=item.key,
        kind=item.kind,
        subject="round",
        subject_id=item.subject_id,
        person_id=item.person.id if item.person else None,
        channel_id=item.channel_id,
        due_at=item.due_at,
        deadline=item.deadline,
        state=ReminderState.SENT if sent else ReminderState.PENDING,
        sent_at=item.due_at if sent else None,
        attempts=1 if sent else 0,
    )


def seed(engine: Engine, small_rounds: int) -> tuple[Side, Side, int]:
    """The rounds, channels, people and reminders; returns both sides and the row count."""
    layout = [("#big", BIG)] + [(f"#small-{i}", SMALL) for i in range(small_rounds)]
    with engine.begin() as connection:
        ana = Person(platform=PLATFORM, user_id="ana", display_name="Ana", role=Role.SECRETARIAT)
        people = {
            channel: [
                Person(
                    platform=PLATFORM,
                    user_id=f"{channel[1:]}-{n}",
                    display_name=f"{channel[1:]} {n}",
                    tz=ZONES[n % len(ZONES)],
                    tz_known=True,
                )
                for n in range(size)
            ]
            for channel, size in layout
        }
        insert_all(connection, tables.PersonRow, [ana, *[p for ps in people.values() for p in ps]])
        channels = [Channel(platform=PLATFORM, channel_id=channel) for channel, _ in layout]
        insert_all(connection, tables.ChannelRow, channels)
        insert(
            connection,
            tables.ChannelMemberRow,
            (
                ChannelMember(channel_id=row.id or 0, person_id=p.id or 0)
                for row in channels
                for p in people[row.channel_id]
            ),
        )
        rounds = [
            Round(
                title=f"Consultation in {channel}",
                opens_at=NOW - timedelta(days=1),
                closes_at=NOW + timedelta(days=20),
                zone="Europe/Zurich",
                created_by=ana.id or 0,
                created_at=NOW - timedelta(days=2),
                announce_channels=channel,
                announced_at=NOW - timedelta(days=1),
            )
            for channel, _ in layout
        ]
        insert_all(connection, tables.RoundRow, rounds)
        insert(
            connection,
            tables.QuestionRow,
            (
                Question(round_id=r.id or 0, position=n, text=f"Question {n}?")
                for r in rounds
                for n in (1, 2)
            ),
        )
        reminders = [
            _reminder(item)
            for r in rounds
            for item in plan_round(r, people[r.announce_channels], set())
        ]
        insert(connection, tables.ReminderRow, reminders)
        if connection.dialect.name == "postgresql":
            for table in tables.metadata.sorted_tables:  # as autovacuum does after a load
                connection.execute(text(f"ANALYZE {table.name}"))

    def side(picked: list[Round]) -> list[tuple[int, str, list[str]]]:
        return [
            (r.id or 0, r.announce_channels, [p.user_id for p in people[r.announce_channels]])
            for r in picked
        ]

    return Side(SMALL, side(rounds[1:])), Side(BIG, side(rounds[:1])), len(reminders)


def _checked(items: list[Outgoing], expected: str) -> None:
    """A measured call must have done its work, not been refused."""
    ids = [line.id for item in items for line in item.lines]
    if expected not in ids:
        raise AssertionError(f"expected {expected}, got {ids}")


def operation(assistant: Assistant, name: str, side: Side, turn: int) -> Callable[[], None]:
    """One call of `name` on `side`, ready to be timed."""
    if name == "answer":
        rid, channel, user = side.someone_new()
        said = Incoming(PLATFORM, user, channel, f'consult answer R{rid} Q1 "Multilingual DNS"')
        return lambda: _checked(assistant.handle(said), "answer-received")
    if name == "form":
        rid, _, user = side.someone_new()
        return lambda: submit_form(assistant, user, rid)
    if name == "join":
        channel, user = side.newcomer()
        said = Incoming(PLATFORM, user, channel, "assistant when tomorrow 10:00")
        return lambda: _checked(assistant.handle(said), "when-read")
    channel, user = side.member()
    said = Incoming(PLATFORM, user, channel, f"assistant settings tz {ZONES[turn % 2]}")
    return lambda: _checked(assistant.handle(said), "settings-show")


def submit_form(assistant: Assistant, user: str, round_id: int) -> None:
    """Both questions answered, as the Slack modal submits them (handlers/slack/app.py)."""
    event = Incoming(PLATFORM, user, "", "round:answers")
    command = c.AnswerQuestions(round_id, tuple((q, f"Answer to Q{q}") for q in (1, 2)))
    _checked(assistant.execute(event, ("consult", "answers"), command), "answer-received")


class Statements:
    """SQL statements sent on an engine."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._one)

    def _one(self, *_: Any) -> None:
        self.count += 1


def _summary(samples: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(samples),
        "p90": statistics.quantiles(samples, n=10, method="inclusive")[-1],
    }


def bench(url: str, samples: int) -> dict[str, Any]:
    log = progress(backend(url))
    engine = make_engine(url)
    upgrade(engine)
    # Answers and forms each use someone new per sample; the 50-person side needs more rounds.
    small_rounds = math.ceil((2 * samples + 2) / SMALL)
    small, big, rows = seed(engine, small_rounds)
    engine.dispose()
    log(f"seeded {rows:,} reminders, {small_rounds} rounds of {SMALL} and one of {BIG:,}")

    application = build(Settings(database_url=url, admins=frozenset({"ana"})), FakeClock(NOW))
    assistant = application.assistant
    statements = Statements(application.engine)
    results: dict[str, Any] = {}
    for name in OPERATIONS:
        times: dict[int, list[float]] = {SMALL: [], BIG: []}
        sql: dict[int, list[int]] = {SMALL: [], BIG: []}
        for turn in range(samples + 1):
            for side in (small, big):
                call = operation(assistant, name, side, turn)
                before = statements.count
                start = time.perf_counter()
                call()
                elapsed = (time.perf_counter() - start) * 1000
                if turn:  # the first call per side warms caches up
                    times[side.size].append(elapsed)
                    sql[side.size].append(statements.count - before)
        results[name] = {
            str(size): {**_summary(times[size]), "statements": statistics.median(sql[size])}
            for size in (SMALL, BIG)
        }
        results[name]["ratio"] = (
            results[name][str(BIG)]["median"] / results[name][str(SMALL)]["median"]
        )
        log(f"{name}: {samples} samples per side")
    application.engine.dispose()
    return {"backend": backend(url), "samples": samples, "reminders": rows, "results": results}


def print_table(runs: list[dict[str, Any]]) -> None:
    for run in runs:
        print(
            f"\n{run['backend']}: {run['reminders']:,} reminder rows, "
            f"{run['samples']} samples per side, sides interleaved"
        )
        print(
            f"| operation | {SMALL} median | {BIG:,} median | ratio | {SMALL} p90 | {BIG:,} p90 "
            "| statements |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, result in run["results"].items():
            s, b = result[str(SMALL)], result[str(BIG)]
            print(
                f"| {name} | {s['median']:.1f} ms | {b['median']:.1f} ms | {result['ratio']:.2f} "
                f"| {s['p90']:.1f} ms | {b['p90']:.1f} ms "
                f"| {s['statements']:.0f} / {b['statements']:.0f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="30 samples per side")
    parser.add_argument("--samples", type=int, default=100, help="calls timed per side")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL"),
        help="PostgreSQL to measure as well (default: TEST_DATABASE_URL)",
    )
    args = parser.parse_args()
    samples = 30 if args.quick else args.samples
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-replan-") as workdir:
        runs.append(bench(f"sqlite:///{Path(workdir) / 'replan.db'}", samples))
    if args.database_url:
        try:
            runs.append(bench(postgres_schema_url(args.database_url, SCHEMA), samples))
        finally:
            drop_postgres_schema(args.database_url, SCHEMA)
    print_table(runs)
    out = Path(__file__).parent / "results" / "replan.json"
    out.parent.mkdir(exist_ok=True)
    settings = {"now": NOW.isoformat(), "sizes": [SMALL, BIG], "samples": samples}
    out.write_text(
        json.dumps({"settings": settings, "runs": runs}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
