"""A reminder broadcast to 1,000 people through a Web API stand-in that enforces a rate limit.

A round is announced to a channel of --recipients people (quiet hours off), which plans one
round-open reminder each, all due now: seeded through the product's own commands, as
tests/test_reminder_processes.py does. Then, in this process, the scheduler's delivery
(`deliver_due` in assistant/runtime/scheduler.py) sends them with the Slack adapter as
the `Sender` (`SlackAdapter`, its Web API client made by `make_client`, as `assistant run`
does) to the local stand-in (tests/slack_standin.py, 127.0.0.1), which answers HTTP 429 with
`Retry-After: 1` once more than --limit chat.postMessage calls arrive within one second.

Runs, each on a fresh copy of the seeded database and a fresh stand-in:

- no limit, no pacer: what the sender manages at all (its ceiling, for reference);
- for each multiple m in --pacers (default 0.9, 1 and 2): the limit enforced and
  `Pacer(m x limit)`; at m = 1 the pacer sends exactly at the limit, above 1 it overruns it,
  so that the 429 and Retry-After handling is exercised; 0.9 leaves a margin.

Reported: total time against the floor (recipients / limit), the 429s received, the waits
they caused (slack_sdk's RateLimitErrorRetryHandler sleeps Retry-After plus up to 1 s of
random jitter), lost reminders (rows not sent, keys the stand-in never accepted) and doubled
ones (keys accepted more than once), the Web API calls per reminder and the delivering
thread's CPU time per reminder. Prints a table and writes bench/results/broadcast.json.

    .venv/bin/python bench/broadcast.py [--quick] [--recipients N] [--limit N] [--pacers 0.9,1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/ is not an installed package

from assistant.dispatch import Assistant, Incoming  # noqa: E402
from assistant.messages import Outgoing, Reply  # noqa: E402
from assistant.runtime.bootstrap import build  # noqa: E402
from assistant.runtime.clock import SystemClock  # noqa: E402
from assistant.runtime.scheduler import Pacer, deliver_due, new_worker_id  # noqa: E402
from assistant.runtime.settings import Settings  # noqa: E402
from handlers.slack.app import SlackAdapter, make_client  # noqa: E402
from tests.slack_standin import SlackStandIn  # noqa: E402

PLATFORM = "slack"
ADMIN = "UANA"
CHANNEL = "C1"
TOKEN = "xoxb-bench"
SECRET = "bench-signing-secret"
RETRY_AFTER = 1  # seconds: what the stand-in's steady limiter answers
MAX_PASSES = 50  # deliver_due calls per run at most (one returns early on a failure)


# --------------------------------------------------------------------------------- seeding


def _say(assistant: Assistant, user: str, line: str) -> list[str]:
    items = assistant.handle(
        Incoming(platform=PLATFORM, user_id=user, channel_id=CHANNEL, text=line)
    )
    ids = [m.id for item in items if isinstance(item, Reply) for m in item.lines]
    if not ids or any(i.startswith("error-") for i in ids):
        raise RuntimeError(f"{line!r} was refused: {ids}")
    return ids


def seed(database_url: str, people: int) -> set[str]:
    """A round announced in the channel to `people` stakeholders: one round-open reminder
    each, due now, nothing else pending. Returns the reminder keys."""
    application = build(
        Settings(database_url=database_url, admins=frozenset({ADMIN})), SystemClock()
    )
    assistant = application.assistant
    try:
        users = [f"U{number:05d}" for number in range(1, people + 1)]
        assistant.sync_members(PLATFORM, CHANNEL, [ADMIN, *users])
        # No quiet hours, so that no reminder moves out of anyone's night whatever the hour:
        # the product's command for one person, the same values for the others.
        _say(assistant, users[0], "assistant settings quiet 00:00-00:00")
        with assistant.unit_of_work() as uow:
            for person in uow.people.find(platform=PLATFORM):
                if (person.quiet_start, person.quiet_end) != ("00:00", "00:00"):
                    person.quiet_start = person.quiet_end = "00:00"
                    uow.people.save(person)
        closes = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%MZ")
        _say(assistant, ADMIN, f'consult new "Reminder broadcast" closes {closes}')
        _say(assistant, ADMIN, 'consult question R1 "Anything to add?"')
        _say(assistant, ADMIN, "consult remind R1 7d")  # only the reminder at opening
        _say(assistant, ADMIN, "consult announce R1")
    finally:
        application.engine.dispose()
    rows = _rows(database_url, "SELECT key, state, kind, person_id FROM reminders")
    if len(rows) != people or {(r.state, r.kind) for r in rows} != {("pending", "round-open")}:
        raise RuntimeError(f"seeding left {len(rows)} reminders: {Counter(r.state for r in rows)}")
    return {r.key for r in rows}


def _rows(database_url: str, query: str) -> list[Any]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(query)).all())
    finally:
        engine.dispose()


# --------------------------------------------------------------------------------- delivery


class CappedSender:
    """The adapter as the `Sender`, refusing to start a send after the run's time cap (the
    refusal makes `deliver_due` put the rest back and return, as a failure would)."""

    def __init__(self, adapter: SlackAdapter, deadline: float) -> None:
        self.adapter = adapter
        self.deadline = deadline

    def send(self, item: Outgoing) -> None:
        if time.monotonic() > self.deadline:
            raise TimeoutError("benchmark time cap reached")
        self.adapter.send(item)

    def was_sent(self, item: Outgoing) -> bool:
        return self.adapter.was_sent(item)


@dataclass
class Setting:
    name: str
    limit: int | None  # chat.postMessage calls per second the stand-in accepts
    pacer: float | None  # Pacer rate, per second


def run(setting: Setting, database_url: str, keys: set[str], cap: float) -> dict[str, Any]:
    with SlackStandIn() as standin:
        if setting.limit is not None:
            standin.limit_per_second("chat.postMessage", setting.limit)
        application = build(Settings(database_url=database_url), SystemClock())
        client = make_client(TOKEN, standin.base_url)
        client.proxy = None  # slack_sdk reads HTTPS_PROXY and ignores NO_PROXY
        adapter = SlackAdapter(application.assistant, application.translator, client, SECRET)
        standin.clear()  # auth.test at start-up is no part of the broadcast
        worker = new_worker_id()
        pacer = Pacer(setting.pacer) if setting.pacer else None
        start = time.monotonic()
        sender = CappedSender(adapter, start + cap)
        cpu_start = time.thread_time()
        passes = sent = 0
        while passes < MAX_PASSES and time.monotonic() < start + cap:
            passes += 1
            sent += deliver_due(application.assistant, sender, worker, pacer)
            if _pending(database_url) == 0:
                break
        elapsed = time.monotonic() - start
        cpu = time.thread_time() - cpu_start
        application.engine.dispose()
        calls = standin.calls()
    posts = [c for c in calls if c.method == "chat.postMessage"]
    accepted = [c for c in posts if c.ok]
    limited = [c for c in posts if c.limited]
    delivered = Counter(
        str(((c.params.get("metadata") or {}).get("event_payload") or {}).get("key", ""))
        for c in accepted
    )
    states = Counter(r.state for r in _rows(database_url, "SELECT state FROM reminders"))
    # Each 429 is followed by the retry of the same message (one worker sends one at a time):
    # the gap between them is the retry handler's sleep plus one round trip.
    gaps = []
    for index, call in enumerate(posts[:-1]):
        if call.limited:
            gaps.append(posts[index + 1].at - call.at)
    floor = len(keys) / setting.limit if setting.limit else None
    last_post = (accepted[-1].at - start) if accepted else 0.0
    methods = Counter(c.method for c in calls)
    return {
        "name": setting.name,
        "recipients": len(keys),
        "limit_per_s": setting.limit,
        "pacer_per_s": setting.pacer,
        "total_s": elapsed,
        "last_post_s": last_post,
        "floor_s": floor,
        "total_over_floor": elapsed / floor if floor else None,
        "achieved_per_s": len(delivered) / last_post if last_post else 0.0,
        "sent_by_deliver": sent,
        "passes": passes,
        "http_429": len(limited),
        "retry_gap_s": _spread(gaps),
        "retry_jitter_s": _spread([g - RETRY_AFTER for g in gaps]),
        "time_in_retry_waits_s": sum(gaps),
        "rows_by_state": dict(states),
        "rows_not_sent": len(keys) - states.get("sent", 0),
        "keys_missing": len(keys - delivered.keys()),
        "keys_doubled": sum(1 for count in delivered.values() if count > 1),
        "unexpected_keys": len(delivered.keys() - keys),
        "calls_by_method": dict(methods),
        "calls_per_reminder": len(calls) / len(keys),
        "cpu_ms_per_reminder": cpu / max(1, sent) * 1000,
    }


def _pending(database_url: str) -> int:
    found = _rows(database_url, "SELECT count(*) FROM reminders WHERE state != 'sent'")
    return int(found[0][0])


def _spread(samples: list[float]) -> dict[str, float] | None:
    if not samples:
        return None
    return {
        "mean": statistics.fmean(samples),
        "min": min(samples),
        "max": max(samples),
    }


def print_table(results: list[dict[str, Any]]) -> None:
    print(
        f"{'run':<22}{'limit/s':>8}{'pacer/s':>8}{'total s':>9}{'floor s':>9}{'x floor':>8}"
        f"{'sent/s':>8}{'429s':>6}{'wait s':>8}{'gap avg':>8}{'gap max':>8}"
        f"{'lost':>6}{'doubled':>8}{'calls':>7}{'CPU ms':>8}"
    )
    for r in results:
        limit = f"{r['limit_per_s']:>8}" if r["limit_per_s"] else f"{'-':>8}"
        pacer = f"{r['pacer_per_s']:>8.0f}" if r["pacer_per_s"] else f"{'-':>8}"
        floor = (
            f"{r['floor_s']:>9.1f}{r['total_over_floor']:>8.2f}"
            if r["floor_s"]
            else "-".rjust(9) + "-".rjust(8)
        )
        gap = r["retry_gap_s"]
        gaps = f"{gap['mean']:>8.2f}{gap['max']:>8.2f}" if gap else f"{'-':>8}{'-':>8}"
        lost = max(r["rows_not_sent"], r["keys_missing"])
        print(
            f"{r['name']:<22}{limit}{pacer}{r['total_s']:>9.1f}{floor}"
            f"{r['achieved_per_s']:>8.1f}{r['http_429']:>6}{r['time_in_retry_waits_s']:>8.1f}"
            f"{gaps}{lost:>6}{r['keys_doubled']:>8}{r['calls_per_reminder']:>7.2f}"
            f"{r['cpu_ms_per_reminder']:>8.2f}"
        )
    print(
        "(s; floor = recipients / limit; sent/s = reminders accepted per second until the last;"
        "\n wait = time from each 429 to its retry, summed; gap = one such wait: Retry-After"
        f" ({RETRY_AFTER} s)\n + slack_sdk's jitter (0-1 s) + a round trip; lost = rows not sent"
        " or keys never accepted;\n calls = Web API calls per reminder, 429s included;"
        " CPU = the delivering thread, per reminder sent)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 recipients")
    parser.add_argument("--recipients", type=int, help="people reminded (default 1,000)")
    parser.add_argument("--limit", type=int, default=50, help="chat.postMessage per second")
    parser.add_argument(
        "--pacers", default="0.9,1,2", help="pacer rates, as multiples of the limit"
    )
    parser.add_argument("--cap", type=float, default=150.0, help="seconds at most per run")
    args = parser.parse_args()
    recipients = args.recipients or (300 if args.quick else 1000)
    settings = [Setting("no limit, no pacer", None, None)]
    for multiple in (float(m) for m in args.pacers.split(",")):
        label = f"pacer {multiple:g} x limit"
        settings.append(Setting(label, args.limit, args.limit * multiple))
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as workdir:
        template = Path(workdir) / "seeded.db"
        started = time.perf_counter()
        keys = seed(f"sqlite:///{template}", recipients)
        seed_s = time.perf_counter() - started
        print(f"  seeded {len(keys):,} reminders in {seed_s:.1f} s", file=sys.stderr)
        for index, setting in enumerate(settings):
            copy = Path(workdir) / f"run-{index}.db"
            shutil.copyfile(template, copy)
            result = run(setting, f"sqlite:///{copy}", keys, args.cap)
            results.append(result)
            print(
                f"  {setting.name}: {result['total_s']:.1f} s, {result['http_429']} 429s",
                file=sys.stderr,
            )
    print_table(results)
    out = Path(__file__).parent / "results" / "broadcast.json"
    out.parent.mkdir(exist_ok=True)
    payload = {
        "settings": {
            "recipients": recipients,
            "limit_per_s": args.limit,
            "pacers_x_limit": args.pacers,
            "retry_after_s": RETRY_AFTER,
            "cap_s": args.cap,
            "seed_s": seed_s,
            "cpus": os.cpu_count(),
        },
        "results": results,
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
