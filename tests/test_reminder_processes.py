"""Reminders delivered exactly once by real `assistant run --adapter slack` processes.

The assistant runs as a subprocess against the local Slack stand-in (127.0.0.1 only):

- crash test (SQLite): a few hundred due reminders, the process killed with SIGKILL at
  random moments and restarted until every reminder row is sent, in several trials;
- replica test (PostgreSQL): two processes on one database sharing a few thousand reminders,
  and a round that opens while both run, whose announcement both find due.

Both check on the platform side (the stand-in's successful chat.postMessage calls, whose
message metadata carries the row's key) that each reminder or post arrived exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

import pytest
from sqlalchemy import Engine, create_engine, text

from assistant.dispatch import Assistant, Incoming
from assistant.messages import Reply
from assistant.runtime.bootstrap import build
from assistant.runtime.clock import SystemClock
from assistant.runtime.settings import Settings
from storage.database import make_engine
from tests.conftest import _reset_postgres, postgres_url
from tests.slack_standin import Call, SlackStandIn

ROOT = Path(__file__).resolve().parent.parent
PLATFORM = "slack"
ADMIN = "UANA"
CHANNEL = "C1"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")

CRASH_REMINDERS = 300
CRASH_TRIALS = 4
KILLS_PER_TRIAL = 3
CRASH_SEED = 20241004
REPLICA_REMINDERS = 2000
ANNOUNCED_IN = "C2"  # a channel with no one to remind: the announcement is its only message
OPENING_DELAY = timedelta(seconds=2)  # long enough for both processes to be ticking


# --------------------------------------------------------------------------------- seeding


def _say(assistant: Assistant, user: str, line: str) -> list[str]:
    """Run a command as `user` in the channel; the message ids of the replies (no errors)."""
    items = assistant.handle(
        Incoming(platform=PLATFORM, user_id=user, channel_id=CHANNEL, text=line)
    )
    ids = [m.id for item in items if isinstance(item, Reply) for m in item.lines]
    assert ids, f"no reply to {line!r}"
    assert not [i for i in ids if i.startswith("error-")], f"{line!r} was refused: {ids}"
    return ids


def seed_reminders(database_url: str, people: int) -> set[str]:
    """A round announced in the channel to `people` stakeholders: one round-open reminder
    each, due now, and nothing else pending. Returns the reminder keys."""
    settings = Settings(database_url=database_url, admins=frozenset({ADMIN}))
    application = build(settings, SystemClock())
    assistant = application.assistant
    try:
        users = [f"U{number:05d}" for number in range(1, people + 1)]
        assistant.sync_members(PLATFORM, CHANNEL, [ADMIN, *users])
        # No quiet hours, so that no reminder is moved out of anyone's night whatever the
        # hour the test runs: the product's own command for one person (equal start and end
        # means none), the same values through the unit of work for the others.
        assert "settings-show" in _say(assistant, users[0], "assistant settings quiet 00:00-00:00")
        with assistant.unit_of_work() as uow:
            for person in uow.people.find(platform=PLATFORM):
                if (person.quiet_start, person.quiet_end) != ("00:00", "00:00"):
                    person.quiet_start = person.quiet_end = "00:00"
                    uow.people.save(person)
        closes = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%MZ")
        assert "round-created" in _say(
            assistant, ADMIN, f'consult new "Reminder delivery" closes {closes}'
        )
        _say(assistant, ADMIN, 'consult question R1 "Anything to add?"')
        # Only the reminder at opening: 7 days before a deadline 3 days away is no reminder.
        _say(assistant, ADMIN, "consult remind R1 7d")
        assert "round-announced" in _say(assistant, ADMIN, "consult announce R1")
    finally:
        application.engine.dispose()
    engine = reader(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT key, state, kind, due_at, person_id FROM reminders")
            ).all()
    finally:
        engine.dispose()
    assert len(rows) == people, f"{len(rows)} reminder rows, not {people}"
    assert {(r.state, r.kind) for r in rows} == {("pending", "round-open")}
    assert all(r.person_id is not None for r in rows)
    due = [_aware(r.due_at) for r in rows]
    assert max(due) <= datetime.now(UTC), "a reminder is not due yet (quiet hours?)"
    return {r.key for r in rows}


def seed_opening(database_url: str) -> str:
    """R2, to be announced in its own channel when it opens, `OPENING_DELAY` from now (while
    the processes run, each of whose ticks will find it due). Returns the announcement's key."""
    settings = Settings(database_url=database_url, admins=frozenset({ADMIN}))
    application = build(settings, SystemClock())
    assistant = application.assistant
    try:
        now = datetime.now(UTC)
        opens, closes = (
            (now + timedelta(days=days)).strftime("%Y-%m-%dT%H:%MZ") for days in (1, 3)
        )
        assert "round-created" in _say(
            assistant, ADMIN, f'consult new "Announced at opening" closes {closes} opens {opens}'
        )
        _say(assistant, ADMIN, 'consult question R2 "Anything else?"')
        _say(assistant, ADMIN, "consult remind R2 7d")  # no channel reminders either
        assert "round-announce-scheduled" in _say(
            assistant, ADMIN, f"consult announce R2 <#{ANNOUNCED_IN}>"
        )
        # The command takes minutes; the test wants the opening seconds away.
        with assistant.unit_of_work() as uow:
            (round_,) = uow.rounds.find(id=2)
            round_.opens_at = datetime.now(UTC) + OPENING_DELAY
            uow.rounds.save(round_)
    finally:
        application.engine.dispose()
    return f"round:2:announce:{ANNOUNCED_IN}"


def _aware(moment: datetime | str) -> datetime:
    if isinstance(moment, str):  # SQLite through a plain engine
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def reader(database_url: str) -> Engine:
    """An engine for looking at the database while the assistant runs: on SQLite a plain one
    (reads in WAL mode take no lock, unlike the product's BEGIN IMMEDIATE)."""
    if database_url.startswith("sqlite"):
        return create_engine(database_url)
    return make_engine(database_url)


def states(engine: Engine) -> Counter[str]:
    with engine.connect() as connection:
        found = connection.execute(text("SELECT state, count(*) FROM reminders GROUP BY state"))
        return Counter({state: int(count) for state, count in found})


# --------------------------------------------------------------------------------- processes


@dataclass
class Process:
    popen: subprocess.Popen[bytes]
    log: Path
    started: float
    token: str

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.popen.wait(timeout=10)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


def start_assistant(
    database_url: str,
    standin: SlackStandIn,
    log: Path,
    *,
    claim_timeout: float | None = None,
    token: str = "xoxb-test",
    now: datetime | None = None,
) -> Process:
    """`assistant run --adapter slack` on 127.0.0.1, any free port, talking to the stand-in."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    env.update(
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN=token,
        SLACK_SIGNING_SECRET="x",
        SLACK_API_BASE_URL=standin.base_url,
        ASSISTANT_TICK_SECONDS="0.2",
        ASSISTANT_SEND_RATE="2000",
        LOG_LEVEL="INFO",
        NO_PROXY="127.0.0.1",
    )
    env.pop("SLACK_APP_TOKEN", None)
    env.pop("ASSISTANT_ADMINS", None)
    if claim_timeout is not None:
        env["ASSISTANT_CLAIM_TIMEOUT"] = str(claim_timeout)
    else:
        env.pop("ASSISTANT_CLAIM_TIMEOUT", None)
    command = [sys.executable, "-m", "assistant", "run", "--adapter", "slack"]
    command += ["--host", "127.0.0.1", "--port", "0"]
    if now is not None:
        command += ["--now", now.isoformat()]
    with log.open("ab") as out:
        popen = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
    return Process(popen, log, time.monotonic(), token)


@contextmanager
def running() -> Iterator[list[Process]]:
    """Processes started inside are killed on the way out, whatever happened."""
    processes: list[Process] = []
    try:
        yield processes
    finally:
        for process in processes:
            if process.popen.poll() is None:
                process.popen.send_signal(signal.SIGKILL)
        for process in processes:
            process.popen.wait(timeout=10)


def delivered(standin: SlackStandIn, token: str | None = None) -> list[str]:
    """The reminder keys of the messages the platform accepted, in order of arrival."""
    keys = []
    for call in standin.calls("chat.postMessage"):
        if not call.ok or (token is not None and _token(call) != token):
            continue
        metadata = call.params.get("metadata") or {}
        keys.append(str((metadata.get("event_payload") or {}).get("key", "")))
    return keys


def _token(call: Call) -> str:
    return call.headers.get("authorization", "").removeprefix("Bearer ").strip()


def assert_exactly_once(standin: SlackStandIn, engine: Engine, expected: set[str]) -> None:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT key, state FROM reminders")).all()
    assert {r.key for r in rows} == expected
    assert Counter(r.state for r in rows) == Counter({"sent": len(expected)})
    counts = Counter(delivered(standin))
    twice = sorted(key for key, count in counts.items() if count > 1)
    assert not twice, f"{len(twice)} reminders delivered more than once, e.g. {twice[:5]}"
    missing = sorted(expected - counts.keys())
    assert not missing, f"{len(missing)} reminders never delivered, e.g. {missing[:5]}"
    assert set(counts) == expected, f"unexpected messages: {sorted(set(counts) - expected)[:5]}"


def wait_until_sent(engine: Engine, total: int, processes: list[Process], deadline: float) -> None:
    """Poll the database until every row is sent; fail with the logs if a process died."""
    while True:
        found = states(engine)
        if found["sent"] == total:
            return
        for process in processes:
            if process.popen.poll() is not None:
                pytest.fail(
                    f"assistant exited with {process.popen.returncode}:\n{process.output()}"
                )
        if time.monotonic() > deadline:
            logs = "\n".join(p.output() for p in processes)
            pytest.fail(f"not all reminders sent in time: {dict(found)}\n{logs}")
        time.sleep(0.05)


# --------------------------------------------------------------------------------- crash test


class HoldingStandIn(SlackStandIn):
    """The stand-in, able to hold back its answer to one chat.postMessage it has accepted:
    the message is delivered, but the assistant has not heard so when the test kills it."""

    def __init__(self) -> None:
        super().__init__()
        self._accepted = 0
        self._hold_at: int | None = None
        self._count_lock = threading.Lock()
        self.holding = threading.Event()
        self._released = threading.Event()

    def start(self) -> Self:
        super().start()
        server = self._server
        assert server is not None
        report = server.handle_error

        def handle_error(request: Any, client_address: Any) -> None:
            # The answer held for a process that was killed meanwhile has nowhere to go.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                report(request, client_address)

        server.handle_error = handle_error  # type: ignore[method-assign]
        return self

    def hold(self, nth: int) -> None:
        """Hold the answer to the `nth` message accepted from now on."""
        with self._count_lock:
            self._hold_at = self._accepted + nth
        self.holding.clear()
        self._released.clear()

    def release(self) -> None:
        with self._count_lock:
            self._hold_at = None
        self._released.set()

    def _handle(
        self, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        status, extra, answer = super()._handle(path, headers, body)
        if urlsplit(path).path == "/api/chat.postMessage" and status == 200 and answer["ok"]:
            with self._count_lock:
                self._accepted += 1
                hit = self._accepted == self._hold_at
            if hit:
                self.holding.set()
                self._released.wait(30)
        return status, extra, answer


@dataclass
class Kill:
    trial: int
    how: str  # "random" (after a random delay) or "held" (answer to a delivered message held)
    delay: float  # seconds after the start
    posted_at_start: int  # reminders the platform had accepted when the process started
    posted_before: int  # ... when it died
    sent_before: int  # rows recorded as sent when it died

    def mid_delivery(self, total: int) -> bool:
        """The process had sent some reminders, and some were left for the next one."""
        return self.posted_before > self.posted_at_start and self.sent_before < total

    def __str__(self) -> str:
        return (
            f"trial {self.trial}: {self.how} kill after {self.delay:.2f} s, "
            f"{self.posted_before - self.posted_at_start} posted by this process, "
            f"{self.posted_before} on the platform, {self.sent_before} recorded as sent"
        )


@dataclass(frozen=True)
class Calibration:
    first: float  # seconds from the start to the first reminder on the platform
    last: float  # ... to the last one


def _accepted(standin: SlackStandIn) -> int:
    return len([c for c in standin.calls("chat.postMessage") if c.ok])


def _calibrate(tmp_path: Path) -> Calibration:
    """One uninterrupted delivery: how long a process takes to start and to send them all
    (and a baseline: exactly once without any crash)."""
    url = f"sqlite:///{tmp_path / 'calibration.db'}"
    keys = seed_reminders(url, CRASH_REMINDERS)
    engine = reader(url)
    try:
        with SlackStandIn() as standin, running() as processes:
            process = start_assistant(url, standin, tmp_path / "calibration.log", claim_timeout=1)
            processes.append(process)
            wait_until_sent(engine, len(keys), processes, time.monotonic() + 60)
            process.stop()
            posts = [c for c in standin.calls("chat.postMessage") if c.ok]
            assert_exactly_once(standin, engine, keys)
            return Calibration(posts[0].at - process.started, posts[-1].at - process.started)
    finally:
        engine.dispose()


def _crash_trial(
    tmp_path: Path, trial: int, rng: random.Random, calibration: Calibration
) -> list[Kill]:
    """A kill while the answer to a delivered message is held, kills at random moments, then
    a last start that must finish; every reminder exactly once on the platform."""
    url = f"sqlite:///{tmp_path / f'crash-{trial}.db'}"
    keys = seed_reminders(url, CRASH_REMINDERS)
    engine = reader(url)
    kills: list[Kill] = []
    standin = HoldingStandIn()
    try:
        with standin, running() as processes:

            def start(name: str) -> Process:
                log = tmp_path / f"crash-{trial}-{name}.log"
                process = start_assistant(url, standin, log, claim_timeout=1)
                processes.append(process)
                return process

            def kill(process: Process, how: str, at_start: int) -> Kill:
                if process.popen.poll() is not None:
                    pytest.fail(f"assistant exited by itself:\n{process.output()}")
                delay = time.monotonic() - process.started
                process.kill()
                record = Kill(
                    trial, how, delay, at_start, _accepted(standin), states(engine)["sent"]
                )
                kills.append(record)
                return record

            # The worst moment: the platform has the message, the database does not know.
            standin.hold(rng.randint(1, len(keys) // 2))
            process = start("held")
            assert standin.holding.wait(30), f"no reminder went out:\n{process.output()}"
            held_call = [c for c in standin.calls("chat.postMessage") if c.ok][-1]
            held = delivered(standin)[-1]
            record = kill(process, "held", 0)
            standin.release()
            state = _state_of(engine, held)
            assert state == "claimed", f"the held {held} is {state}: {record}"
            # Kill times spread from just before the first message of an uninterrupted run
            # to when the reminders left would be out, so that most land while they go out.
            for attempt in range(KILLS_PER_TRIAL):
                at_start = _accepted(standin)
                left = len(keys - set(delivered(standin))) / len(keys)
                sending = calibration.last - calibration.first
                process = start(f"random-{attempt}")
                delay = rng.uniform(calibration.first * 0.8, calibration.first + sending * left)
                time.sleep(max(0.0, process.started + delay - time.monotonic()))
                if kill(process, "random", at_start).sent_before == len(keys):
                    break
            # Last start: it must finish the work, the claims of the dead processes included.
            process = start("final")
            wait_until_sent(engine, len(keys), [process], time.monotonic() + 60)
            process.stop()
            assert_exactly_once(standin, engine, keys)
            # The held reminder was looked for on the platform (and found: it is there once).
            looked = {c.params.get("channel") for c in standin.calls("conversations.history")}
            assert held_call.response["channel"] in looked
    finally:
        standin.release()
        engine.dispose()
    return kills


def _state_of(engine: Engine, key: str) -> str:
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT state FROM reminders WHERE key = :key"), {"key": key}
        )
        return str(found.scalar_one())


def test_sigkill_at_random_moments_then_restart_delivers_each_reminder_exactly_once(
    tmp_path: Path,
) -> None:
    calibration = _calibrate(tmp_path)
    rng = random.Random(CRASH_SEED)
    kills: list[Kill] = []
    for trial in range(CRASH_TRIALS):
        kills += _crash_trial(tmp_path, trial, rng, calibration)
    report = "\n".join(str(k) for k in kills)
    print(
        f"\nuninterrupted delivery of {CRASH_REMINDERS}: first message after "
        f"{calibration.first:.2f} s, last after {calibration.last:.2f} s\n{report}"
    )
    # The test must not pass by killing processes that had not started or had finished.
    random_kills = [k for k in kills if k.how == "random"]
    assert any(k.mid_delivery(CRASH_REMINDERS) for k in random_kills), report
    assert sum(k.how == "held" for k in kills) == CRASH_TRIALS, report


# --------------------------------------------------------------------------------- replicas


def test_two_processes_on_one_postgresql_database_deliver_each_reminder_and_post_once(
    tmp_path: Path,
) -> None:
    url = postgres_url()
    if not url:
        pytest.skip(
            "TEST_DATABASE_URL is not set: the replica test needs PostgreSQL (.ci/run sets it)"
        )
    _reset_postgres(url)
    keys = seed_reminders(url, REPLICA_REMINDERS)
    announcement = seed_opening(url)
    keys.add(announcement)
    engine = reader(url)
    try:
        with SlackStandIn() as standin, running() as processes:
            for name in ("a", "b"):
                processes.append(
                    start_assistant(
                        url, standin, tmp_path / f"replica-{name}.log", token=f"xoxb-test-{name}"
                    )
                )
            started = time.monotonic()
            wait_until_sent(engine, len(keys), processes, started + 60)
            elapsed = time.monotonic() - started
            for process in processes:
                process.stop()
            assert_exactly_once(standin, engine, keys)
            announced = [
                c
                for c in standin.calls("chat.postMessage")
                if c.ok and c.params.get("channel") == ANNOUNCED_IN
            ]
            assert len(announced) == 1, f"R2 announced {len(announced)} times"
            shares = {p.token: len(delivered(standin, p.token)) for p in processes}
            with engine.connect() as connection:
                workers = connection.execute(
                    text("SELECT claimed_by, count(*) FROM reminders GROUP BY claimed_by")
                ).all()
            print(f"\n{len(keys)} messages in {elapsed:.1f} s: {shares}; claims {workers}")
            assert sum(shares.values()) == len(keys)
            assert all(shares.values()), f"one process delivered nothing: {shares}"
            assert len(workers) == 2, f"claims were not split between the processes: {workers}"
    finally:
        engine.dispose()
