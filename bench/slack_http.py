"""Slash commands over HTTP: the assistant's bolt app against a bare bolt app that only acks.

Two processes, as in production. This one plays Slack: it signs slash commands and sends them
over loopback, and it runs the local Web API stand-in (tests/slack_standin.py) that the app
calls back. A child process serves the app under test the way `assistant run --adapter slack`
does: `serve_http` (handlers/slack/server.py), which is bolt's WSGI handler on the threading
wsgiref server, on 127.0.0.1 and any free port. Three children run side by side:

- real: the assistant's `SlackAdapter` (handlers/slack/app.py) on a seeded SQLite database
  (5 open rounds announced in the channel, 12 actions, one person per load slot). It acks,
  then a lazy listener runs the command and posts the answer with chat.postEphemeral.
- bare: `slack_bolt.App` with one `app.command(...)` listener that only calls `ack()`, served
  by the same `serve_http`, with bolt's defaults like the assistant (process_before_response
  False: the request thread polls every 10 ms for the ack made on bolt's executor);
- bare-inline, for reference: the same with process_before_response=True (ack in the request
  thread), to show how much of the ack time is that polling.

The Web API stand-in's listen backlog is raised to 128 (Slack does not refuse the app's
connections); the apps keep the product's (socketserver's 5) unless --backlog says otherwise.

At each concurrency level N, N slots (a thread pool) keep N commands in flight, each slot as
its own Slack user, up to --requests commands per level or --cap seconds. Four runs a level:

- bare, bare-inline: a slot sends its next command once the last one was acked;
- real, reply-paced: once the ephemeral answer to the last one reached the stand-in (what a
  person waiting for the answer does);
- real, ack-paced: once the last one was acked, as for bare; the answers are then waited
  for (the backlog this leaves is the "drain").

Measured: time to the HTTP 200 (ack), time until chat.postEphemeral reaches the stand-in
(reply), commands per second, the app process's CPU time per command, and acks slower than
the 3 s Slack waits. Ratios are real over bare, taken in the same run. Prints tables and
writes bench/results/slack_http.json.

    .venv/bin/python bench/slack_http.py [--quick] [--requests N] [--levels 1,4,16]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.client
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/ is not an installed package

from slack_bolt import Ack, App  # noqa: E402

from assistant.dispatch import Incoming  # noqa: E402
from assistant.messages import Reply  # noqa: E402
from assistant.runtime.bootstrap import build  # noqa: E402
from assistant.runtime.clock import SystemClock  # noqa: E402
from assistant.runtime.settings import Settings  # noqa: E402
from handlers.slack.app import SlackAdapter, make_client  # noqa: E402
from handlers.slack.server import EVENTS_PATH, _ThreadingWSGIServer, serve_http  # noqa: E402
from tests import slack_standin  # noqa: E402
from tests.slack_standin import SlackStandIn  # noqa: E402

HOST = "127.0.0.1"
SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
ADMIN = "UANA"
CHANNEL = "C1"
ROUNDS = 5
ACTIONS = 12
LOCALES = (("Europe/Zurich", "en-GB"), ("Asia/Kolkata", "fr-FR"), ("America/Bogota", "es-ES"))
SLACK_ACK_LIMIT = 3.0  # seconds Slack waits for the 200 before it tells the user it failed
REPLY_TIMEOUT = 10.0  # per command, reply-paced
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
TRIGGERS = itertools.count(1)
KINDS = ("bare", "bare-inline", "real")
MODES = (
    ("bare", "bare"),
    ("bare-inline", "bare-inline"),
    ("real-reply", "real"),
    ("real-ack", "real"),
)
STANDIN_BACKLOG = 128  # Slack does not drop the app's connections: neither may its stand-in


# --------------------------------------------------------------------------------- the app side


class _Bare:
    """What `serve_http` reads from a `SlackAdapter`: its bolt app."""

    def __init__(self, app: App) -> None:
        self.app = app


def serve_child(args: Any) -> None:
    """In the child process: serve one app until stdin closes; answer "cpu" with CPU time."""
    kind = args.serve
    if args.backlog:
        _ThreadingWSGIServer.request_queue_size = args.backlog  # in this process only
    client = make_client(TOKEN, args.standin_url)
    client.proxy = None
    if kind == "real":
        application = build(
            Settings(database_url=args.database_url, admins=frozenset({ADMIN})), SystemClock()
        )
        adapter = SlackAdapter(application.assistant, application.translator, client, SECRET)
    else:
        # "bare" keeps bolt's default, as the assistant does (process_before_response=False):
        # the ack listener runs on bolt's executor while the request thread polls for it.
        # "bare-inline" acks in the request thread (process_before_response=True).
        inline = kind == "bare-inline"
        app = App(client=client, signing_secret=SECRET, process_before_response=inline)

        @app.command(args.command.split()[0])
        def _only_ack(ack: Ack) -> None:
            ack()

        adapter = cast(SlackAdapter, _Bare(app))
    server = serve_http(adapter, HOST, 0)
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    for line in sys.stdin:
        if line.strip() == "cpu":
            times = os.times()
            report = {"cpu_s": times.user + times.system, "threads": threading.active_count()}
            print(json.dumps(report), flush=True)
    server.shutdown()
    server.server_close()


@dataclass
class Child:
    kind: str
    popen: subprocess.Popen[str]
    port: int
    log: Path

    def cpu(self) -> float:
        assert self.popen.stdin is not None
        assert self.popen.stdout is not None
        self.popen.stdin.write("cpu\n")
        self.popen.stdin.flush()
        return float(json.loads(self.popen.stdout.readline())["cpu_s"])

    def stop(self) -> None:
        if self.popen.stdin is not None:
            self.popen.stdin.close()
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(timeout=10)


def start_child(kind: str, standin: SlackStandIn, database_url: str, args: Any) -> Child:
    log = Path(args.workdir) / f"{kind}.log"
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    env["NO_PROXY"] = HOST
    command = [sys.executable, __file__, "--serve", kind, "--standin-url", standin.base_url]
    command += ["--database-url", database_url, "--command", args.command]
    if args.backlog:
        command += ["--backlog", str(args.backlog)]
    with log.open("w") as err:
        popen = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    assert popen.stdout is not None
    line = popen.stdout.readline()
    if not line:
        popen.wait(timeout=10)
        raise RuntimeError(f"the {kind} app did not start:\n{log.read_text()[-4000:]}")
    return Child(kind, popen, int(json.loads(line)["port"]), log)


@contextmanager
def children(standin: SlackStandIn, database_url: str, args: Any) -> Iterator[dict[str, Child]]:
    started: dict[str, Child] = {}
    try:
        for kind in KINDS:
            started[kind] = start_child(kind, standin, database_url, args)
        yield started
    finally:
        for child in started.values():
            child.stop()


# --------------------------------------------------------------------------------- Slack's side


class ReplyStandIn(SlackStandIn):
    """The stand-in, counting the accepted chat.postEphemeral calls per user as they arrive."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._replies: Counter[str] = Counter()
        self._replied = threading.Condition()
        self.last_reply = 0.0

    def _handle(
        self, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        status, extra, answer = super()._handle(path, headers, body)
        if path.startswith("/api/chat.postEphemeral") and status == 200 and answer.get("ok"):
            if headers.get("content-type", "").startswith("application/json"):
                user = str(json.loads(body).get("user", ""))
            else:
                user = dict(parse_qsl(body.decode())).get("user", "")
            with self._replied:
                self._replies[user] += 1
                self.last_reply = time.monotonic()
                self._replied.notify_all()
        return status, extra, answer

    def replies(self, user: str | None = None) -> int:
        with self._replied:
            return self._replies[user] if user else sum(self._replies.values())

    def wait_replies(self, at_least: int, timeout: float, user: str | None = None) -> bool:
        deadline = time.monotonic() + timeout
        with self._replied:
            while True:
                found = self._replies[user] if user else sum(self._replies.values())
                remaining = deadline - time.monotonic()
                if found >= at_least or remaining <= 0:
                    return found >= at_least
                self._replied.wait(remaining)


class Signer:
    """Slash-command requests as Slack sends them: form-encoded, signed with the secret."""

    def __init__(self, port: int, command: str) -> None:
        self.port = port
        self.name, _, self.text = command.partition(" ")
        self.errors: Counter[str] = Counter()  # failed requests, by exception or HTTP status
        self._lock = threading.Lock()

    def send(self, user: str) -> tuple[int, float]:
        """POST one command; the status and the seconds until the response was read."""
        number = next(TRIGGERS)  # unique: the assistant drops a trigger_id seen before
        form = {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": CHANNEL,
            "user_id": user,
            "user_name": user.lower(),
            "command": self.name,
            "text": self.text,
            "response_url": "http://127.0.0.1:9/none",
            "trigger_id": f"bench-{self.port}-{number}",
        }
        body = urlencode(form)
        stamp = str(int(time.time()))
        digest = hmac.new(SECRET.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": f"v0={digest.hexdigest()}",
        }
        start = time.perf_counter()
        connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            connection.request("POST", EVENTS_PATH, body=body.encode(), headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            if status != 200:
                with self._lock:
                    self.errors[f"HTTP {status}"] += 1
        except OSError as error:
            status = 0
            with self._lock:
                self.errors[type(error).__name__] += 1
        finally:
            connection.close()
        return status, time.perf_counter() - start


# --------------------------------------------------------------------------------- load


def users(count: int) -> list[str]:
    return [f"U{number:05d}" for number in range(1, count + 1)]


@dataclass
class Run:
    mode: str
    concurrency: int
    acks: list[float]
    replies: list[float]
    errors: int
    missing_replies: int
    error_kinds: dict[str, int]
    elapsed: float
    drain: float
    cpu: float

    def summary(self) -> dict[str, Any]:
        done = len(self.acks)
        completed = len(self.replies) if self.mode == "real-reply" else done
        real = self.mode.startswith("real")
        return {
            "mode": self.mode,
            "concurrency": self.concurrency,
            "requests": done,
            "errors": self.errors,
            "error_kinds": self.error_kinds,
            "missing_replies": self.missing_replies,
            "elapsed_s": self.elapsed,
            "ack_ms": _percentiles(self.acks),
            "reply_ms": _percentiles(self.replies) if self.replies else None,
            "throughput_per_s": completed / self.elapsed if self.elapsed else 0.0,
            "drain_s": self.drain,
            "replies_per_s": (
                (done - self.missing_replies) / (self.elapsed + self.drain) if real else None
            ),
            "acks_over_1s": sum(1 for a in self.acks if a > 1.0),
            "acks_over_3s": sum(1 for a in self.acks if a > SLACK_ACK_LIMIT),
            "server_cpu_ms_per_request": self.cpu / done * 1000 if done else 0.0,
        }


def _percentiles(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    if len(ms) < 2:
        value = ms[0] if ms else float("nan")
        return {"p50": value, "p99": value, "max": value}
    cuts = statistics.quantiles(ms, n=100, method="inclusive")
    return {"p50": statistics.median(ms), "p99": cuts[98], "max": ms[-1]}


def run_level(
    child: Child,
    mode: str,
    concurrency: int,
    standin: ReplyStandIn,
    args: Any,
    parts: int,
) -> Run:
    """`concurrency` slots send up to --requests commands in all, for at most --cap seconds."""
    signer = Signer(child.port, args.command)
    tickets = itertools.count()
    acks: list[float] = []
    replies: list[float] = []
    errors = missing = 0
    lock = threading.Lock()
    slots = users(concurrency)
    before = standin.replies()
    cpu_before = child.cpu()
    start = time.perf_counter()
    deadline = time.monotonic() + args.cap

    def slot(user: str) -> None:
        nonlocal errors, missing
        while next(tickets) < args.requests and time.monotonic() < deadline:
            seen = standin.replies(user)
            sent = time.perf_counter()
            status, ack = signer.send(user)
            arrived = True
            if mode == "real-reply" and status == 200:
                arrived = standin.wait_replies(seen + parts, REPLY_TIMEOUT, user)
            replied = time.perf_counter() - sent
            with lock:
                if status != 200:
                    errors += 1
                    continue
                acks.append(ack)
                if mode == "real-reply":
                    if arrived:
                        replies.append(replied)
                    else:
                        missing += 1

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="slot") as pool:
        for future in [pool.submit(slot, user) for user in slots]:
            future.result()
    elapsed = time.perf_counter() - start
    acked = time.monotonic()
    drain = 0.0
    if mode == "real-ack":
        expected = before + len(acks) * parts
        if not standin.wait_replies(expected, max(1.0, args.cap - elapsed)):
            missing = (expected - standin.replies() + parts - 1) // parts
        drain = max(0.0, standin.last_reply - acked)
    cpu = child.cpu() - cpu_before
    kinds = dict(signer.errors)
    return Run(mode, concurrency, acks, replies, errors, missing, kinds, elapsed, drain, cpu)


def warm_up(children_: dict[str, Child], standin: ReplyStandIn, args: Any, slots: int) -> int:
    """Every slot user once on each app (profiles cached, people created, code paths hot).
    Returns how many ephemeral messages one answer takes."""
    for kind, child in children_.items():
        signer = Signer(child.port, args.command)
        for user in users(slots):
            before = standin.replies(user)
            status, _ = signer.send(user)
            if status != 200:
                raise RuntimeError(f"the {kind} app answered {status}:\n{child.log.read_text()}")
            if kind == "real" and not standin.wait_replies(before + 1, REPLY_TIMEOUT, user):
                raise RuntimeError(f"no reply from the real app:\n{child.log.read_text()}")
    time.sleep(0.3)  # an answer may come in several messages
    return max(1, round(standin.replies() / slots))


# --------------------------------------------------------------------------------- set-up


def _say(application: Any, user: str, line: str) -> None:
    items = application.assistant.handle(
        Incoming(platform="slack", user_id=user, channel_id=CHANNEL, text=line)
    )
    ids = [m.id for item in items if isinstance(item, Reply) for m in item.lines]
    if not ids or any(i.startswith("error-") for i in ids):
        raise RuntimeError(f"{line!r} was refused: {ids}")


def seed(database_url: str, slots: int) -> None:
    """Rounds announced in the channel and actions, so that the lists have something in them;
    the slot users are members of the channel."""
    application = build(
        Settings(database_url=database_url, admins=frozenset({ADMIN})), SystemClock()
    )
    try:
        application.assistant.sync_members("slack", CHANNEL, [ADMIN, *users(slots)])
        for number in range(1, ROUNDS + 1):
            _say(application, ADMIN, f'consult new "Consultation {number}" closes 31 January 2030')
            _say(application, ADMIN, f'consult question R{number} "What could ITU do?"')
            _say(application, ADMIN, f"consult announce R{number}")
        for number in range(1, ACTIONS + 1):
            _say(
                application,
                ADMIN,
                f'action add ref 9.{number} "Consider the responses to item {number}" '
                'owner "ITU Secretariat"',
            )
    finally:
        application.engine.dispose()


def print_table(results: list[dict[str, Any]], ratios: list[dict[str, Any]]) -> None:
    print(
        f"{'app':<12}{'N':>4}{'done':>6}{'err':>5}{'ack p50':>9}{'ack p99':>9}"
        f"{'reply p50':>11}{'reply p99':>11}{'cmd/s':>8}{'drain s':>9}{'CPU ms':>8}"
        f"{'>1s':>5}{'>3s':>5}"
    )
    for r in results:
        reply = r["reply_ms"]
        reply_cols = f"{reply['p50']:>11.1f}{reply['p99']:>11.1f}" if reply else f"{'-':>11}" * 2
        drain = f"{r['drain_s']:>9.2f}" if r["mode"] == "real-ack" else f"{'-':>9}"
        print(
            f"{r['mode']:<12}{r['concurrency']:>4}{r['requests']:>6}{r['errors']:>5}"
            f"{r['ack_ms']['p50']:>9.1f}{r['ack_ms']['p99']:>9.1f}{reply_cols}"
            f"{r['throughput_per_s']:>8.1f}{drain}{r['server_cpu_ms_per_request']:>8.2f}"
            f"{r['acks_over_1s']:>5}{r['acks_over_3s']:>5}"
        )
    print(
        "(ms; cmd/s = commands completed per second: acked for bare and real-ack, answered for"
        " real-reply;\n drain = after the last ack, until the last answer; CPU = the app"
        " process, per command;\n >1s = acks after a connection dropped by a full listen queue"
        " was retried; >3s = acks Slack would have given up on)"
    )
    print()
    print(
        f"{'N':>4}{'ack p50':>10}{'ack p99':>10}{'cmd/s':>8}{'CPU':>8}"
        f"{'ack p50':>10}{'ack p99':>10}{'cmd/s':>8}"
    )
    print(f"{'':>4}{'real-reply / bare':^36}{'real-ack / bare':^28}")
    for q in ratios:
        a, b = q["real_reply_over_bare"], q["real_ack_over_bare"]
        print(
            f"{q['concurrency']:>4}{a['ack_p50']:>10.2f}{a['ack_p99']:>10.2f}"
            f"{a['throughput']:>8.2f}{a['cpu']:>8.2f}"
            f"{b['ack_p50']:>10.2f}{b['ack_p99']:>10.2f}{b['throughput']:>8.2f}"
        )
    print("(ratios, same run; cmd/s below 1 means the real app completes fewer commands)")


def _ratios(runs: dict[str, dict[str, Any]], level: int) -> dict[str, Any]:
    bare = runs["bare"]

    def over(other: dict[str, Any]) -> dict[str, float]:
        return {
            "ack_p50": other["ack_ms"]["p50"] / bare["ack_ms"]["p50"],
            "ack_p99": other["ack_ms"]["p99"] / bare["ack_ms"]["p99"],
            "throughput": other["throughput_per_s"] / bare["throughput_per_s"],
            "cpu": other["server_cpu_ms_per_request"] / bare["server_cpu_ms_per_request"],
        }

    return {
        "concurrency": level,
        "real_reply_over_bare": over(runs["real-reply"]),
        "real_ack_over_bare": over(runs["real-ack"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 commands per level")
    parser.add_argument("--requests", type=int, help="commands per level and app (default 300)")
    parser.add_argument("--levels", default="1,4,16", help="concurrency levels")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds at most per level")
    parser.add_argument("--command", default="/consult list", help="the slash command sent")
    parser.add_argument(
        "--backlog",
        type=int,
        default=0,
        help="listen backlog of the apps' HTTP server (default: the product's, 5)",
    )
    parser.add_argument("--serve", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--standin-url", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_child(args)
        return
    slack_standin._Server.request_queue_size = STANDIN_BACKLOG
    args.requests = args.requests or (100 if args.quick else 300)
    levels = [int(n) for n in args.levels.split(",")]
    slots = max(levels)
    results: list[dict[str, Any]] = []
    ratios: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-slack-http-") as workdir:
        args.workdir = workdir
        database_url = f"sqlite:///{Path(workdir) / 'slack.db'}"
        seed(database_url, slots)
        with ReplyStandIn(members={CHANNEL: [ADMIN, *users(slots)]}) as standin:
            for index, user in enumerate(users(slots)):
                tz, locale = LOCALES[index % len(LOCALES)]
                standin.add_user(user, user.lower(), tz=tz, locale=locale)
            with children(standin, database_url, args) as apps:
                parts = warm_up(apps, standin, args, slots)
                for level in levels:
                    runs = {}
                    for mode, kind in MODES:
                        run = run_level(apps[kind], mode, level, standin, args, parts)
                        runs[mode] = run.summary()
                        results.append(runs[mode])
                        print(
                            f"  {mode} N={level}: {len(run.acks)} in {run.elapsed:.1f} s",
                            file=sys.stderr,
                        )
                        standin.clear()
                    ratios.append(_ratios(runs, level))
    print_table(results, ratios)
    out = Path(__file__).parent / "results" / "slack_http.json"
    out.parent.mkdir(exist_ok=True)
    settings = {
        "command": args.command,
        "requests_per_level": args.requests,
        "levels": levels,
        "cap_s": args.cap,
        "ephemeral_messages_per_answer": parts,
        "cpus": os.cpu_count(),
        "app_listen_backlog": args.backlog or _ThreadingWSGIServer.request_queue_size,
    }
    payload = {"settings": settings, "results": results, "ratios": ratios}
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
