"""A reminder broadcast through a Web API stand-in that enforces rate limits the sender is not told.

A round is announced to a channel of --recipients people (quiet hours off), which plans one
round-open reminder each, all due now: seeded through the product's own commands, as
tests/test_reminder_processes.py does. Then, in this process, the scheduler's delivery
(`deliver_due` in assistant/runtime/scheduler.py) sends them with the Slack adapter as
the `Sender` (`SlackAdapter`, its Web API client made by `make_client` with a `Pacer`, as
`assistant run` does) to the local stand-in (tests/slack_standin.py, 127.0.0.1). The stand-in
answers HTTP 429 with `Retry-After: 1` once more than --limit chat.postMessage calls arrive
within one second in the workspace, or more than one in a channel, or more than --open-limit
conversations.open calls (each person's direct-message channel is opened once: the adapter
remembers it). The pacer is told none of this: only its ceiling (`ASSISTANT_SEND_RATE`).

Runs, each on a fresh copy of the seeded database, a fresh stand-in and a fresh pacer:

- no limit, no ceiling: what the sender manages at all (for reference);
- for each multiple m in --ceilings (default 1, 2 and 10): the limits enforced, the ceiling
  at m x --limit; at 1 the ceiling is the limit itself, above it the pacer must learn it;
- the limits enforced, the default ceiling (`Settings().send_rate`).

The settings are run in turn, --repeat times over (interleaved, so that a colleague's load on
a shared machine spreads over all of them). Reported per setting: total time against the floor
(recipients / the lower limit), the 429s received per method, lost reminders (rows not sent,
keys the stand-in never accepted) and doubled ones (keys accepted more than once), channels
opened more than once, the Web API calls per reminder, the delivering thread's CPU time per
reminder and the load average. Prints a table and writes bench/results/broadcast.json.

    .venv/bin/python bench/broadcast.py [--quick] [--recipients N] [--limit N]
        [--open-limit N] [--ceilings 1,2,10] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import math
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
from assistant.runtime.pacing import Pacer  # noqa: E402
from assistant.runtime.scheduler import deliver_due, new_worker_id  # noqa: E402
from assistant.runtime.settings import Settings  # noqa: E402
from handlers.slack.app import SlackAdapter, make_client  # noqa: E402
from tests.slack_standin import SlackStandIn  # noqa: E402

PLATFORM = "slack"
ADMIN = "UANA"
CHANNEL = "C1"
TOKEN = "xoxb-bench"
SECRET = "bench-signing-secret"
MAX_PASSES = 50  # deliver_due calls per run at most (one returns early on a failure)
POST, OPEN = "chat.postMessage", "conversations.open"


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
    limit: int | None  # chat.postMessage calls per second the stand-in accepts (workspace)
    open_limit: int | None  # conversations.open calls per second
    ceiling: float  # the pacer's ceiling, per second (infinite: none)


def run(setting: Setting, database_url: str, keys: set[str], cap: float) -> dict[str, Any]:
    with SlackStandIn() as standin:
        if setting.limit is not None:
            standin.limit_per_second(POST, setting.limit)
            standin.limit_per_second(POST, 1, per_channel=True)
        if setting.open_limit is not None:
            standin.limit_per_second(OPEN, setting.open_limit)
        application = build(Settings(database_url=database_url), SystemClock())
        pacer = Pacer(setting.ceiling)
        client = make_client(TOKEN, standin.base_url, pacer)
        client.proxy = None  # slack_sdk reads HTTPS_PROXY and ignores NO_PROXY
        adapter = SlackAdapter(application.assistant, application.translator, client, SECRET)
        standin.clear()  # auth.test at start-up is no part of the broadcast
        worker = new_worker_id()
        load_before = os.getloadavg()[0]
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
        learned = {method: pacer.rate(method) for method in (POST, OPEN)}
        application.engine.dispose()
        calls = standin.calls()
    posts = [c for c in calls if c.method == POST]
    accepted = Counter(
        str(((c.params.get("metadata") or {}).get("event_payload") or {}).get("key", ""))
        for c in posts
        if c.ok
    )
    opened = Counter(str(c.params.get("users")) for c in calls if c.method == OPEN and c.ok)
    states = Counter(r.state for r in _rows(database_url, "SELECT state FROM reminders"))
    lowest = min(setting.limit or math.inf, setting.open_limit or math.inf)
    floor = len(keys) / lowest if math.isfinite(lowest) else None
    return {
        "name": setting.name,
        "recipients": len(keys),
        "limit_per_s": setting.limit,
        "open_limit_per_s": setting.open_limit,
        "ceiling_per_s": setting.ceiling if math.isfinite(setting.ceiling) else None,
        "total_s": elapsed,
        "floor_s": floor,
        "total_over_floor": elapsed / floor if floor else None,
        "sent_by_deliver": sent,
        "passes": passes,
        "http_429": dict(Counter(c.method for c in calls if c.limited)),
        "learned_per_s": {m: r for m, r in learned.items() if math.isfinite(r)},
        "rows_by_state": dict(states),
        "rows_not_sent": len(keys) - states.get("sent", 0),
        "keys_missing": len(keys - accepted.keys()),
        "keys_doubled": sum(1 for count in accepted.values() if count > 1),
        "unexpected_keys": len(accepted.keys() - keys),
        "channels_opened_twice": sum(1 for count in opened.values() if count > 1),
        "calls_by_method": dict(Counter(c.method for c in calls)),
        "calls_per_reminder": len(calls) / len(keys),
        "cpu_ms_per_reminder": cpu / max(1, sent) * 1000,
        "load_average_1min": [load_before, os.getloadavg()[0]],
    }


def _pending(database_url: str) -> int:
    found = _rows(database_url, "SELECT count(*) FROM reminders WHERE state != 'sent'")
    return int(found[0][0])


# --------------------------------------------------------------------------------- report


def summarise(setting: Setting, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One setting over its repeats: medians and ranges of the times, sums of what went wrong."""
    totals = [r["total_s"] for r in runs]
    ratios = [r["total_over_floor"] for r in runs if r["total_over_floor"] is not None]
    limited = [sum(r["http_429"].values()) for r in runs]
    return {
        "name": setting.name,
        "runs": len(runs),
        "ceiling_per_s": runs[0]["ceiling_per_s"],
        "floor_s": runs[0]["floor_s"],
        "total_s_median": statistics.median(totals),
        "total_s_range": [min(totals), max(totals)],
        "over_floor_median": statistics.median(ratios) if ratios else None,
        "over_floor_max": max(ratios) if ratios else None,
        "http_429_mean": statistics.fmean(limited),
        "lost": sum(max(r["rows_not_sent"], r["keys_missing"]) for r in runs),
        "doubled": sum(r["keys_doubled"] + r["unexpected_keys"] for r in runs),
        "channels_opened_twice": sum(r["channels_opened_twice"] for r in runs),
        "calls_per_reminder": statistics.fmean(r["calls_per_reminder"] for r in runs),
        "cpu_ms_per_reminder": statistics.median(r["cpu_ms_per_reminder"] for r in runs),
        "load_average_1min": [
            min(min(r["load_average_1min"]) for r in runs),
            max(max(r["load_average_1min"]) for r in runs),
        ],
    }


def print_table(summaries: list[dict[str, Any]]) -> None:
    print(
        f"{'run':<30}{'ceiling':>8}{'runs':>5}{'total s':>9}{'range':>13}{'x floor':>8}"
        f"{'max':>6}{'429s':>6}{'lost':>5}{'doubled':>8}{'reopened':>9}{'calls':>6}"
        f"{'CPU ms':>7}{'load':>10}"
    )
    for r in summaries:
        ceiling = f"{r['ceiling_per_s']:>8.0f}" if r["ceiling_per_s"] else f"{'-':>8}"
        low, high = r["total_s_range"]
        ratio = (
            f"{r['over_floor_median']:>8.2f}{r['over_floor_max']:>6.2f}"
            if r["over_floor_median"] is not None
            else f"{'-':>8}{'-':>6}"
        )
        load = "{:.1f}-{:.1f}".format(*r["load_average_1min"])
        print(
            f"{r['name']:<30}{ceiling}{r['runs']:>5}{r['total_s_median']:>9.1f}"
            f"{f'{low:.1f}-{high:.1f}':>13}{ratio}{r['http_429_mean']:>6.1f}{r['lost']:>5}"
            f"{r['doubled']:>8}{r['channels_opened_twice']:>9}{r['calls_per_reminder']:>6.2f}"
            f"{r['cpu_ms_per_reminder']:>7.2f}{load:>10}"
        )
    print(
        "(s; total = median over the runs, range = fastest-slowest; floor = recipients / the"
        " lower limit;\n x floor = median and worst; 429s = mean per run, all methods; lost ="
        " rows not sent or keys never\n accepted; reopened = direct-message channels opened"
        " more than once; calls = Web API calls per\n reminder, 429s included; CPU = the"
        " delivering thread, per reminder sent; load = 1-minute load average)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 recipients, one repeat")
    parser.add_argument("--recipients", type=int, help="people reminded (default 1,000)")
    parser.add_argument("--limit", type=int, default=50, help="chat.postMessage per second")
    parser.add_argument("--open-limit", type=int, help="conversations.open per second (--limit)")
    parser.add_argument(
        "--ceilings", default="1,2,10", help="pacer ceilings, as multiples of the limit"
    )
    parser.add_argument("--repeat", type=int, help="runs per setting (default 2; quick 1)")
    parser.add_argument("--cap", type=float, default=150.0, help="seconds at most per run")
    args = parser.parse_args()
    recipients = args.recipients or (500 if args.quick else 1000)
    repeat = args.repeat or (1 if args.quick else 2)
    open_limit = args.open_limit or args.limit
    default = Settings().send_rate
    settings = [Setting("no limit, no ceiling", None, None, math.inf)]
    for multiple in (float(m) for m in args.ceilings.split(",")):
        label = f"ceiling {multiple:g} x limit"
        settings.append(Setting(label, args.limit, open_limit, args.limit * multiple))
    label = f"default ceiling ({default / args.limit:g} x)"
    settings.append(Setting(label, args.limit, open_limit, default))
    runs: dict[str, list[dict[str, Any]]] = {s.name: [] for s in settings}
    with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as workdir:
        template = Path(workdir) / "seeded.db"
        started = time.perf_counter()
        keys = seed(f"sqlite:///{template}", recipients)
        seed_s = time.perf_counter() - started
        print(f"  seeded {len(keys):,} reminders in {seed_s:.1f} s", file=sys.stderr)
        for round_number in range(repeat):
            for index, setting in enumerate(settings):
                copy = Path(workdir) / f"run-{round_number}-{index}.db"
                shutil.copyfile(template, copy)
                result = run(setting, f"sqlite:///{copy}", keys, args.cap)
                copy.unlink()
                runs[setting.name].append(result)
                ratio = result["total_over_floor"]
                print(
                    f"  {setting.name}: {result['total_s']:.1f} s"
                    + (f" ({ratio:.2f} x floor)" if ratio else "")
                    + f", 429s {result['http_429'] or 0}, learned"
                    + f" { ({m: round(r, 1) for m, r in result['learned_per_s'].items()}) }",
                    file=sys.stderr,
                )
    summaries = [summarise(s, runs[s.name]) for s in settings]
    print_table(summaries)
    out = Path(__file__).parent / "results" / "broadcast.json"
    out.parent.mkdir(exist_ok=True)
    payload = {
        "settings": {
            "recipients": recipients,
            "limit_per_s": args.limit,
            "per_channel_limit_per_s": 1,
            "open_limit_per_s": open_limit,
            "ceilings_x_limit": args.ceilings,
            "default_ceiling_per_s": default,
            "repeat": repeat,
            "retry_after_s": 1,
            "cap_s": args.cap,
            "seed_s": seed_s,
            "cpus": os.cpu_count(),
        },
        "summaries": summaries,
        "runs": [r for s in settings for r in runs[s.name]],
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
