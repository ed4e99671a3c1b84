"""Cost of one scheduler tick with many pending reminders, start-up time and peak memory.

For each size (1,000 and 100,000 pending reminders; with --quick 1,000 and 10,000) a fresh
database is migrated and seeded in bulk: people, channels, open and closed rounds, meetings
with their RSVPs, and the pending reminders the product's own planner (plan_round,
plan_meeting) makes for them, none of them due yet. Then it measures:

- tick: what the ticker runs, `Assistant.tick()` then `deliver_due` with a no-op
  sender, with --due reminders come due before each tick; median and p90, SQL per tick;
- claim: `SqlReminderRepository.claim` alone (rolled back), with --due rows due and with none;
- start-up: a fresh process that imports the application, runs `build(...)` (migrations
  check and composition) and its first tick; the peak RSS of that process;
- opening: the one tick in which a round opens for everyone (announce, plan, deliver).

The sizes are seeded first and then take turns: each claim, tick and start-up is measured on
one size and then on the other, the size going first alternating, so that a noisy moment on a
shared machine weighs on both. Medians, and p90 by `statistics.quantiles(n=10,
method="inclusive")`.

SQLite always (a file in a temporary directory); PostgreSQL too when --database-url or
TEST_DATABASE_URL is set. There the script works in schemas of its own (bench_scheduler_<size>),
which it drops and recreates, and leaves everything else in that database alone. Prints tables
and writes bench/results/scheduler.json.

    .venv/bin/python bench/scheduler.py [--quick] [--ticks N] [--due N] [--database-url URL]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shared import backend, drop_postgres_schema, insert, insert_all, postgres_schema_url, progress
from sqlalchemy import Engine, event, func, select, text
from sqlmodel import Session

from assistant.domain.model import (
    Channel,
    ChannelMember,
    Meeting,
    Person,
    Question,
    Reminder,
    ReminderState,
    Role,
    Round,
    Rsvp,
    RsvpChoice,
)
from assistant.domain.reminders import PlannedReminder, plan_meeting, plan_round
from assistant.messages import Outgoing
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.scheduler import deliver_due
from assistant.runtime.settings import Settings
from storage import tables
from storage.database import make_engine, upgrade
from storage.repositories import SqlReminderRepository

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)  # a Monday morning
STALE_AFTER = timedelta(minutes=2)
SCHEMA = "bench_scheduler"
URL_VARIABLE = "BENCH_SCHEDULER_URL"  # hands the database to the start-up process
PLENARY = "#plenary"
CHANNELS = (PLENARY, "#members", "#secretariat", "#tech", "#outreach")
ZONES = ("UTC", "Europe/Zurich", "America/New_York", "Asia/Tokyo", "Africa/Nairobi")
LANGUAGES = ("en", "en", "fr", "es", "ru", "ar", "zh")
CLOSED_ROUNDS = 30
ROUND_SHARE = 0.8  # of the pending reminders; the rest are meeting reminders
PEOPLE_PER_PENDING = 40  # 2,500 people for 100,000 pending reminders
STARTUP_RUNS = 3
CLAIM_REPS = 30


class NullSender:
    """A `Sender` (assistant/runtime/scheduler.py) that accepts everything at no cost."""

    def __init__(self) -> None:
        self.sent = 0

    def send(self, item: Outgoing) -> None:
        self.sent += 1

    def was_sent(self, item: Outgoing) -> bool:
        return False


class Counter:
    """SQL statements and transactions on an engine, read before and after a phase."""

    def __init__(self, engine: Engine) -> None:
        self.statements = 0
        self.transactions = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)

    def _statement(self, *_: Any) -> None:
        self.statements += 1

    def _begin(self, *_: Any) -> None:
        self.transactions += 1

    def read(self) -> tuple[int, int]:
        return self.statements, self.transactions


@dataclasses.dataclass
class Layout:
    """What was seeded, as far as the measurements need it."""

    people: list[int]
    open_rounds: list[Round]
    meetings: int
    pending: int
    history: int
    secretariat: int


def _reminder(item: PlannedReminder, subject: str) -> Reminder:
    """A planned reminder as `_sync` in assistant/services/reminders.py stores it; those
    already due at NOW are history (sent), the others pending."""
    sent = item.due_at <= NOW
    return Reminder(
        key=item.key,
        kind=item.kind,
        subject=subject,
        subject_id=item.subject_id,
        person_id=item.person.id if item.person else None,
        channel_id=item.channel_id,
        due_at=item.due_at,
        deadline=item.deadline,
        state=ReminderState.SENT if sent else ReminderState.PENDING,
        claimed_by="worker-seed" if sent else "",
        claimed_at=item.due_at if sent else None,
        sent_at=item.due_at if sent else None,
        attempts=1 if sent else 0,
    )


def _questions(round_ids: Iterable[int]) -> list[Question]:
    return [
        Question(round_id=rid, position=position, text=f"Question {position} of R{rid}?")
        for rid in round_ids
        for position in (1, 2)
    ]


def seed(engine: Engine, pending: int) -> Layout:
    """Everything a deployment with `pending` reminders ahead plausibly holds, in one
    transaction of bulk inserts."""
    count = max(20, pending // PEOPLE_PER_PENDING)
    open_count = max(1, math.ceil(ROUND_SHARE * pending / (3 * count)))
    meeting_count = max(1, math.ceil((1 - ROUND_SHARE) * pending / (2 * count)))
    with engine.begin() as connection:
        people = [
            Person(
                platform="slack",
                user_id=f"U{i:06d}",
                display_name=f"Person {i}",
                tz=ZONES[i % len(ZONES)],
                tz_known=True,
                language=LANGUAGES[i % len(LANGUAGES)],
                role=(
                    Role.SECRETARIAT if i == 0 else Role.MEMBER if i % 10 == 1 else Role.STAKEHOLDER
                ),
            )
            for i in range(count + 1)
        ]
        insert_all(connection, tables.PersonRow, people)
        secretariat, audience = people[0], people[1:]
        sec_id = secretariat.id or 0

        channels = [
            Channel(
                platform="slack",
                channel_id=name,
                members_only=name in ("#members", "#secretariat"),
                # Scheduled, but not due at NOW: the tick looks at it and moves on.
                digest_schedule="mon 09:00" if name == PLENARY else "",
                digest_last_at=NOW if name == PLENARY else None,
            )
            for name in CHANNELS
        ]
        insert_all(connection, tables.ChannelRow, channels)
        channel_ids = {c.channel_id: c.id or 0 for c in channels}
        links = [
            ChannelMember(channel_id=channel_ids[PLENARY], person_id=p.id or 0) for p in people
        ]
        links += [
            ChannelMember(channel_id=channel_ids["#members"], person_id=p.id or 0)
            for p in people
            if p.role != Role.STAKEHOLDER
        ]
        links.append(ChannelMember(channel_id=channel_ids["#secretariat"], person_id=sec_id))
        insert(connection, tables.ChannelMemberRow, links)

        closed = [
            Round(
                title=f"Closed consultation {i}",
                opens_at=NOW - timedelta(days=400 - 10 * i),
                closes_at=NOW - timedelta(days=370 - 10 * i),
                zone="Europe/Zurich",
                created_by=sec_id,
                created_at=NOW - timedelta(days=401 - 10 * i),
                announce_channels=PLENARY,
                announced_at=NOW - timedelta(days=400 - 10 * i),
                closed_at=NOW - timedelta(days=370 - 10 * i),
                closing_announced_at=NOW - timedelta(days=370 - 10 * i),
            )
            for i in range(CLOSED_ROUNDS)
        ]
        open_rounds = [
            Round(
                title=f"Open consultation {i}",
                opens_at=NOW - timedelta(days=1),
                closes_at=(NOW + timedelta(days=8 + i)).replace(hour=16),
                zone="Europe/Zurich",
                created_by=sec_id,
                created_at=NOW - timedelta(days=2),
                announce_channels=PLENARY,
                announced_at=NOW - timedelta(days=1),
            )
            for i in range(open_count)
        ]
        rounds = closed + open_rounds
        insert_all(connection, tables.RoundRow, rounds)
        insert(connection, tables.QuestionRow, _questions(r.id or 0 for r in rounds))

        meetings = [
            Meeting(
                title=f"Meeting {i}",
                starts_at=(NOW + timedelta(days=3 + i)).replace(hour=12),
                ends_at=(NOW + timedelta(days=3 + i)).replace(hour=14),
                zone="Europe/Zurich",
                place="Geneva, room XVII",
                created_by=sec_id,
                created_at=NOW - timedelta(days=10),
                announce_channels=PLENARY,
                announced_at=NOW - timedelta(days=10),
            )
            for i in range(meeting_count)
        ]
        insert_all(connection, tables.MeetingRow, meetings)
        insert(
            connection,
            tables.RsvpRow,
            (
                Rsvp(
                    meeting_id=m.id or 0,
                    person_id=p.id or 0,
                    choice=RsvpChoice.IN_PERSON if (p.id or 0) % 3 else RsvpChoice.REMOTE,
                    seq=n,
                    updated_at=NOW - timedelta(days=5),
                )
                for m in meetings
                for n, p in enumerate(audience)
            ),
        )

        round_rows = [
            _reminder(item, "round") for r in open_rounds for item in plan_round(r, audience, set())
        ]
        answered = {p.id or 0 for p in people}
        meeting_rows = [
            _reminder(item, "meeting")
            for m in meetings
            for item in plan_meeting(m, people, answered, audience, m.created_at)
        ]
        history = [r for r in round_rows + meeting_rows if r.state == ReminderState.SENT]
        round_pending = [r for r in round_rows if r.state == ReminderState.PENDING]
        meeting_pending = [r for r in meeting_rows if r.state == ReminderState.PENDING]
        from_rounds = min(len(round_pending), round(ROUND_SHARE * pending))
        chosen = round_pending[:from_rounds] + meeting_pending[: pending - from_rounds]
        if len(chosen) != pending:
            raise AssertionError(f"planned {len(chosen)} pending reminders, wanted {pending}")
        insert(connection, tables.ReminderRow, history + chosen)
        if connection.dialect.name == "postgresql":
            for table in tables.metadata.sorted_tables:  # as autovacuum does after a load
                connection.execute(text(f"ANALYZE {table.name}"))
    return Layout(
        people=[p.id or 0 for p in audience],
        open_rounds=open_rounds,
        meetings=meeting_count,
        pending=len(chosen),
        history=len(history),
        secretariat=sec_id,
    )


def seed_due(engine: Engine, layout: Layout, batch: int, count: int) -> None:
    """`count` reminders due a minute ago, each to a different person and round (so that
    none supersedes another), as the planner would have left them."""
    rows = []
    for i in range(batch * count, (batch + 1) * count):
        pid = layout.people[i % len(layout.people)]
        round_ = layout.open_rounds[i // len(layout.people) % len(layout.open_rounds)]
        stamp = int(round_.closes_at.timestamp())
        rows.append(
            Reminder(
                key=f"round:{round_.id}:{stamp}:due{batch}:p{pid}",
                kind="round-due",
                subject="round",
                subject_id=round_.id or 0,
                person_id=pid,
                due_at=NOW - timedelta(minutes=1),
                deadline=round_.closes_at,
            )
        )
    with engine.begin() as connection:
        insert(connection, tables.ReminderRow, rows)


def seed_opening(engine: Engine, layout: Layout) -> None:
    """A round announced to the plenary that opened a minute ago and awaits its tick."""
    opening = Round(
        title="Consultation opening now",
        opens_at=NOW - timedelta(minutes=1),
        closes_at=NOW + timedelta(days=14),
        zone="Europe/Zurich",
        created_by=layout.secretariat,
        created_at=NOW - timedelta(days=3),
        announce_channels=PLENARY,
    )
    with engine.begin() as connection:
        insert_all(connection, tables.RoundRow, [opening])
        insert(connection, tables.QuestionRow, _questions([opening.id or 0]))


def count_reminders(engine: Engine) -> int:
    table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def run_tick(application: Application, sender: NullSender, counter: Counter) -> dict[str, Any]:
    """One tick as `run_due_work` does it."""
    before_sent, (before_sql, before_tx) = sender.sent, counter.read()
    start = time.perf_counter()
    application.assistant.tick()
    ticked = time.perf_counter()
    deliver_due(application.assistant, sender, "worker-bench")
    done = time.perf_counter()
    statements, transactions = counter.read()
    return {
        "total_ms": (done - start) * 1000,
        "tick_ms": (ticked - start) * 1000,
        "deliver_ms": (done - ticked) * 1000,
        "sent": sender.sent - before_sent,
        "statements": statements - before_sql,
        "transactions": transactions - before_tx,
    }


def time_claim(engine: Engine, reps: int) -> tuple[list[float], int]:
    """The claim statement alone, in a transaction rolled back each time."""
    samples: list[float] = []
    claimed = 0
    for _ in range(reps):
        with Session(engine) as session:
            repository = SqlReminderRepository(session, Reminder, tables.ReminderRow)
            start = time.perf_counter()
            rows = repository.claim(NOW, "worker-claim", 200, NOW - STALE_AFTER)
            samples.append((time.perf_counter() - start) * 1000)
            claimed = len(rows)
            session.rollback()
    return samples, claimed


def claim_plan(engine: Engine) -> list[str]:
    """The database's plan for the claim statement (captured as it is sent)."""
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE REMINDERS"):
            captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        time_claim(engine, 1)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    statement, parameters = captured[0]
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
        result = connection.exec_driver_sql(prefix + statement, parameters).all()
        connection.rollback()
    if sqlite:
        return [f"{row[1]}/{row[0]} {row[3]}" for row in result]
    return [row[0] for row in result]


def _memory(field: str) -> float:
    """Resident memory in MiB: VmRSS (now) or VmHWM (peak) from /proc/self/status.

    Not ru_maxrss: on Linux a child keeps across fork and exec the peak of the parent it was
    forked from (here, the benchmark holding 100,000 rows), so it overstates a fresh process.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if field == "VmHWM":  # not Linux: the best there is (KiB on most, bytes on macOS)
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return math.nan


def startup_child(started: float) -> None:
    """In a fresh process: build the application on the seeded database, run its first
    tick, and report the timings and memory as one line of JSON."""
    entered = time.time()
    url = os.environ[URL_VARIABLE]
    application = build(Settings(database_url=url), FakeClock(NOW))
    built = time.time()
    rss_built = _memory("VmRSS")
    sender = NullSender()
    application.assistant.tick()
    deliver_due(application.assistant, sender, "worker-startup")
    ticked = time.time()
    report = {
        "imports_ms": (entered - started) * 1000,
        "build_ms": (built - entered) * 1000,
        "first_tick_ms": (ticked - built) * 1000,
        "ready_ms": (built - started) * 1000,
        "sent": sender.sent,
        "rss_after_build_mib": rss_built,
        "rss_after_tick_mib": _memory("VmRSS"),
        "peak_rss_mib": _memory("VmHWM"),
    }
    print(json.dumps(report))


def measure_startup(url: str) -> dict[str, Any]:
    env = {**os.environ, URL_VARIABLE: url}
    started = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--startup-child", repr(started)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"start-up process failed:\n{done.stderr}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["process_ms"] = (time.time() - started) * 1000
    return report


def _summary(samples: list[float]) -> dict[str, float]:
    p90 = (
        statistics.quantiles(samples, n=10, method="inclusive")[-1]
        if len(samples) > 1
        else samples[0]
    )
    return {"median": statistics.median(samples), "p90": p90}


@dataclasses.dataclass
class Side:
    """One size, seeded and built, with what its measurements need."""

    url: str
    layout: Layout
    application: Application
    counter: Counter
    seed_s: float
    sender: NullSender = dataclasses.field(default_factory=NullSender)
    batch: int = 0

    def due(self, count: int) -> None:
        """`count` more reminders come due (a batch of its own)."""
        seed_due(self.application.engine, self.layout, self.batch, count)
        self.batch += 1


def prepare(url: str, pending: int) -> Side:
    log = progress(f"{backend(url)} {pending:,}")
    engine = make_engine(url)
    start = time.perf_counter()
    upgrade(engine)
    layout = seed(engine, pending)
    seed_s = time.perf_counter() - start
    engine.dispose()
    log(f"seeded {layout.pending:,} pending + {layout.history:,} sent in {seed_s:.1f} s")
    application = build(Settings(database_url=url), FakeClock(NOW))
    return Side(url, layout, application, Counter(application.engine), seed_s)


def bench_sizes(urls: dict[int, str], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Every measurement on every size, the sizes taking turns (the one going first
    alternating), so that a noisy moment on the machine weighs on all of them."""
    sides = [prepare(url, pending) for pending, url in urls.items()]
    log = progress(f"{backend(sides[0].url)} {' and '.join(f'{p:,}' for p in urls)}")

    def turns(index: int) -> list[Side]:
        return sides if index % 2 == 0 else sides[::-1]

    empty_claims: dict[int, list[float]] = {id(s): [] for s in sides}
    due_claims: dict[int, list[float]] = {id(s): [] for s in sides}
    claimed: dict[int, int] = {}
    for index in range(CLAIM_REPS):
        for side in turns(index):
            empty_claims[id(side)] += time_claim(side.application.engine, 1)[0]
    for side in sides:
        side.due(args.due)
    for index in range(CLAIM_REPS):
        for side in turns(index):
            samples, claimed[id(side)] = time_claim(side.application.engine, 1)
            due_claims[id(side)] += samples
    plans = {id(s): claim_plan(s.application.engine) for s in sides}
    log("claims measured")

    warm = {id(s): run_tick(s.application, s.sender, s.counter) for s in sides}  # not counted
    idle: dict[int, list[dict[str, Any]]] = {id(s): [] for s in sides}
    ticks: dict[int, list[dict[str, Any]]] = {id(s): [] for s in sides}
    for index in range(args.ticks):
        for side in turns(index):
            idle[id(side)].append(run_tick(side.application, side.sender, side.counter))
    for index in range(args.ticks):
        for side in turns(index):
            side.due(args.due)
            ticks[id(side)].append(run_tick(side.application, side.sender, side.counter))
    for side in sides:
        sent = [t["sent"] for t in ticks[id(side)]]
        if any(n != args.due for n in sent):
            raise AssertionError(f"a tick did not deliver {args.due}: {sent}")
    log(f"{args.ticks} ticks measured per size")

    startups: dict[int, list[dict[str, Any]]] = {id(s): [] for s in sides}
    for index in range(STARTUP_RUNS):
        for side in turns(index):
            side.due(args.due)
            startups[id(side)].append(measure_startup(side.url))
    log("start-up measured")

    openings = {}
    for side in sides:
        seed_opening(side.application.engine, side.layout)
        before = count_reminders(side.application.engine)
        opening = run_tick(side.application, side.sender, side.counter)
        opening["reminders_added"] = count_reminders(side.application.engine) - before
        openings[id(side)] = opening
        log(f"opening tick measured ({opening['total_ms'] / 1000:.1f} s)")
        side.application.engine.dispose()

    def med(key: str, rows: list[dict[str, Any]]) -> float:
        return statistics.median(r[key] for r in rows)

    results = []
    for side in sides:
        key, layout = id(side), side.layout
        measured = ticks[key]
        results.append(
            {
                "backend": backend(side.url),
                "pending": layout.pending,
                "sent_history": layout.history,
                "people": len(layout.people) + 1,
                "open_rounds": len(layout.open_rounds),
                "closed_rounds": CLOSED_ROUNDS,
                "meetings": layout.meetings,
                "seed_s": side.seed_s,
                "tick": {
                    "due_per_tick": args.due,
                    "ticks": args.ticks,
                    "total_ms": _summary([t["total_ms"] for t in measured]),
                    "tick_ms": _summary([t["tick_ms"] for t in measured]),
                    "deliver_ms": _summary([t["deliver_ms"] for t in measured]),
                    "statements": med("statements", measured),
                    "transactions": med("transactions", measured),
                    "warm_up_ms": warm[key]["total_ms"],
                    "samples_ms": [t["total_ms"] for t in measured],
                },
                "idle_tick": {
                    "total_ms": _summary([t["total_ms"] for t in idle[key]]),
                    "statements": med("statements", idle[key]),
                    "transactions": med("transactions", idle[key]),
                },
                "claim": {
                    "due_ms": _summary(due_claims[key]),
                    "claimed": claimed[key],
                    "none_due_ms": _summary(empty_claims[key]),
                    "plan": plans[key],
                },
                "startup": {
                    "runs": STARTUP_RUNS,
                    **{k: med(k, startups[key]) for k in startups[key][0] if k != "sent"},
                    "sent_in_first_tick": startups[key][0]["sent"],
                },
                "opening": openings[key],
            }
        )
    return results


def print_tables(results: list[dict[str, Any]]) -> None:
    print(
        f"{'database':<11}{'pending':>9}{'tick med':>10}{'tick p90':>10}{'tick()':>8}"
        f"{'deliver':>9}{'SQL/tick':>9}{'idle tick':>11}{'claim due':>11}{'claim none':>12}"
    )
    for r in results:
        t, c = r["tick"], r["claim"]
        print(
            f"{r['backend']:<11}{r['pending']:>9,}{t['total_ms']['median']:>10.1f}"
            f"{t['total_ms']['p90']:>10.1f}{t['tick_ms']['median']:>8.1f}"
            f"{t['deliver_ms']['median']:>9.1f}{t['statements']:>9.0f}"
            f"{r['idle_tick']['total_ms']['median']:>11.2f}"
            f"{c['due_ms']['median']:>11.2f}{c['none_due_ms']['median']:>12.2f}"
        )
    due = results[0]["tick"]["due_per_tick"]
    print(
        f"(ms; {due} reminders due and delivered per tick, none in an idle tick;"
        " claim = the claim statement alone)"
    )
    print()
    print(
        f"{'database':<11}{'pending':>9}{'imports':>9}{'build()':>9}{'ready':>8}"
        f"{'1st tick':>10}{'RSS built':>11}{'RSS ticked':>12}{'peak RSS':>10}"
    )
    for r in results:
        s = r["startup"]
        print(
            f"{r['backend']:<11}{r['pending']:>9,}{s['imports_ms']:>9.0f}{s['build_ms']:>9.0f}"
            f"{s['ready_ms']:>8.0f}{s['first_tick_ms']:>10.0f}"
            f"{s['rss_after_build_mib']:>11.1f}{s['rss_after_tick_mib']:>12.1f}"
            f"{s['peak_rss_mib']:>10.1f}"
        )
    print("(ms, MiB; a fresh process, median of", STARTUP_RUNS, "runs; ready = imports + build)")
    print()
    print(
        f"{'database':<11}{'pending':>9}{'audience':>10}{'opening s':>11}{'tick()':>8}"
        f"{'deliver':>9}{'added':>9}{'sent':>7}{'SQL':>8}"
    )
    for r in results:
        o = r["opening"]
        print(
            f"{r['backend']:<11}{r['pending']:>9,}{r['people'] - 1:>10,}"
            f"{o['total_ms'] / 1000:>11.2f}{o['tick_ms'] / 1000:>8.2f}"
            f"{o['deliver_ms'] / 1000:>9.2f}{o['reminders_added']:>9,}{o['sent']:>7,}"
            f"{o['statements']:>8,}"
        )
    print("(s; the tick in which a round opens for everyone in the plenary channel)")
    print()
    for r in results:
        print(f"claim plan, {r['backend']} {r['pending']:,}:")
        for line in r["claim"]["plan"]:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 pending")
    parser.add_argument("--ticks", type=int, default=15, help="ticks measured per size")
    parser.add_argument("--due", type=int, default=50, help="reminders due per tick")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL"),
        help="PostgreSQL to measure as well (default: TEST_DATABASE_URL)",
    )
    parser.add_argument("--startup-child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.startup_child is not None:
        startup_child(args.startup_child)
        return
    sizes = (1_000, 10_000) if args.quick else (1_000, 100_000)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scheduler-") as workdir:
        urls = {n: f"sqlite:///{Path(workdir) / f'pending-{n}.db'}" for n in sizes}
        results += bench_sizes(urls, args)
    if args.database_url:
        schemas = {n: f"{SCHEMA}_{n}" for n in sizes}
        try:
            urls = {
                n: postgres_schema_url(args.database_url, schema) for n, schema in schemas.items()
            }
            results += bench_sizes(urls, args)
        finally:
            for schema in schemas.values():
                drop_postgres_schema(args.database_url, schema)
    print_tables(results)
    out = Path(__file__).parent / "results" / "scheduler.json"
    out.parent.mkdir(exist_ok=True)
    settings = {"now": NOW.isoformat(), "sizes": list(sizes), "due_per_tick": args.due}
    out.write_text(
        json.dumps({"settings": settings, "results": results}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
