"""Slash commands over HTTP: the assistant's bolt app against bare bolt apps that only ack.

Separate processes, as in production. This one plays Slack: it signs slash commands, sends
them over loopback and times the acks. The local Web API stand-in (tests/slack_standin.py) that
the apps call back runs in a process of its own, so that the calls it answers do not take the
interpreter lock from the threads timing the acks; this process asks it over a control path
whether an answer has arrived. Each child serves one app the way
`assistant run --adapter slack` does: `serve_http` (handlers/slack/server.py), bolt's WSGI
handler on the threading wsgiref server, on 127.0.0.1 and any free port.

- bare: `slack_bolt.App` with one `app.command(...)` listener that only calls `ack()`, with
  bolt's defaults (process_before_response False: the ack runs on bolt's executor while the
  request thread polls for it every 10 ms), as the issue measured it;
- bare-inline: the same acking in the request thread (process_before_response True), the
  stricter reference: the way the assistant acks;
- the assistant (`SlackAdapter`, handlers/slack/app.py) on SQLite and, given a URL
  (--database-url, default TEST_DATABASE_URL), on PostgreSQL in a schema of its own; each
  database is seeded with 5 open rounds announced in the channel, 12 actions and one person
  per load slot. Two commands: `/consult list` (reads only) and `/consult answer R1 Q1 "…"`
  (writes a new version of the answer and re-plans the round's reminders; each level answers
  another round, as the cost of an answer grows with the round's answers).

At each concurrency level N, N slots (threads, each its own Slack user) keep N commands in
flight: against a bare app a slot sends its next command once the last one was acked (that is
all a bare app does); against the assistant, once the answer to the last one (an ephemeral
message) reached the stand-in, as a person waiting for it would. So the acks of the assistant
are measured while it has N commands to work on, and the answers per second are its
throughput with N people at it.

The compared sides are interleaved: each level runs in rounds, and each round gives every side
a block of commands in turn, so a noisy moment on the machine falls on all of them. Acks and
answers are pooled per side and level; p50 is the median and p99 `statistics.quantiles(n=100,
method="inclusive")` (linear interpolation; with fewer than 100 samples it is close to the
maximum). Ratios are the assistant over the bare apps, from the same run. Prints tables and
writes bench/results/slack_http.json.

    .venv/bin/python bench/slack_http.py [--quick] [--requests N] [--rounds R]
        [--levels 1,4,16] [--database-url postgresql://…]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.client
import itertools
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/ is not an installed package

from shared import drop_postgres_schema, postgres_schema_url, progress  # noqa: E402
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
SCHEMA = "bench_slack_http"
LOCALES = (("Europe/Zurich", "en-GB"), ("Asia/Kolkata", "fr-FR"), ("America/Bogota", "es-ES"))
SLACK_ACK_LIMIT = 3.0  # seconds Slack waits for the 200 before it tells the user it failed
REPLY_TIMEOUT = 10.0  # per command
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
TRIGGERS = itertools.count(1)
ANSWERS = itertools.count(1)
BARE = ("bare", "bare-inline")
CONTROL = "/bench/"  # the stand-in's own paths for the measuring process
COMMANDS = {"list": "/consult list", "write": '/consult answer R{round} Q1 "Answer {n}"'}
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
        app = App(client=client, signing_secret=SECRET, process_before_response=kind != "bare")

        @app.command("/consult")
        def _only_ack(ack: Ack) -> None:
            ack()

        adapter = cast(SlackAdapter, _Bare(app))
    server = serve_http(adapter, HOST, 0)
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    for line in sys.stdin:
        if line.strip() == "cpu":
            times = os.times()
            print(json.dumps({"cpu_s": times.user + times.system}), flush=True)
    server.shutdown()
    server.server_close()


@dataclass
class Child:
    name: str
    popen: subprocess.Popen[str]
    log: Path
    port: int = 0

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


def _no_proxy_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    env["NO_PROXY"] = HOST
    return env


def start_child(name: str, kind: str, url: str, standin: RemoteStandIn, args: Any) -> Child:
    log = Path(args.workdir) / f"{name}.log"
    env = _no_proxy_env()
    command = [sys.executable, __file__, "--serve", kind, "--standin-url", standin.base_url]
    command += ["--database-url", url]
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
    return Child(name, popen, log)


@contextmanager
def children(
    standin: RemoteStandIn, databases: dict[str, str], args: Any
) -> Iterator[dict[str, Child]]:
    """The bare apps and one assistant per database, started side by side."""
    started: dict[str, Child] = {}
    try:
        for name in BARE:
            started[name] = start_child(name, name, "", standin, args)
        for backend, url in databases.items():
            started[backend] = start_child(backend, "real", url, standin, args)
        for child in started.values():
            assert child.popen.stdout is not None
            line = child.popen.stdout.readline()
            if not line:
                child.popen.wait(timeout=10)
                raise RuntimeError(f"{child.name} did not start:\n{child.log.read_text()[-4000:]}")
            child.port = int(json.loads(line)["port"])
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

    def _handle(
        self, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        if path.startswith(CONTROL):  # the measuring process asks (see `RemoteStandIn`)
            query = dict(parse_qsl(path.partition("?")[2]))
            if path.startswith(CONTROL + "clear"):
                self.clear()
                return 200, {}, {"ok": True}
            user, at_least = query["user"], int(query.get("at_least", 0))
            arrived = self.wait_replies(user, at_least, float(query.get("timeout", 0)))
            return 200, {}, {"ok": True, "arrived": arrived, "count": self.replies(user)}
        status, extra, answer = super()._handle(path, headers, body)
        if path.startswith("/api/chat.postEphemeral") and status == 200 and answer.get("ok"):
            if headers.get("content-type", "").startswith("application/json"):
                user = str(json.loads(body).get("user", ""))
            else:
                user = dict(parse_qsl(body.decode())).get("user", "")
            with self._replied:
                self._replies[user] += 1
                self._replied.notify_all()
        return status, extra, answer

    def replies(self, user: str) -> int:
        with self._replied:
            return self._replies[user]

    def wait_replies(self, user: str, at_least: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._replied:
            while self._replies[user] < at_least:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._replied.wait(remaining)
            return True


class RemoteStandIn:
    """The stand-in as the measuring process sees it: in a process of its own, so that the
    Web API calls it answers (JSON, Block Kit checks) do not take the interpreter lock from
    the threads that time the acks. Asked over a control path on its own HTTP server."""

    def __init__(self, slots: int, workdir: str) -> None:
        self.log = Path(workdir) / "standin.log"
        with self.log.open("w") as err:
            self.popen = subprocess.Popen(
                [sys.executable, __file__, "--standin", str(slots)],
                cwd=ROOT,
                env=_no_proxy_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        assert self.popen.stdout is not None
        line = self.popen.stdout.readline()
        if not line:
            raise RuntimeError(f"the stand-in did not start:\n{self.log.read_text()[-4000:]}")
        self.base_url = str(json.loads(line)["url"])
        self._local = threading.local()

    def _ask(self, what: str, timeout: float = 0.0, **query: Any) -> dict[str, Any]:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            port = int(self.base_url.rsplit(":", 1)[1].split("/")[0])
            connection = self._local.connection = http.client.HTTPConnection(HOST, port)
        query["timeout"] = timeout
        connection.request("POST", f"{CONTROL}{what}?{urlencode(query)}", body=b"")
        response = connection.getresponse()
        answer: dict[str, Any] = json.loads(response.read())
        return answer

    def replies(self, user: str) -> int:
        return int(self._ask("replies", user=user)["count"])

    def wait_replies(self, user: str, at_least: int, timeout: float) -> bool:
        return bool(self._ask("replies", timeout, user=user, at_least=at_least)["arrived"])

    def clear(self) -> None:
        self._ask("clear")

    def stop(self) -> None:
        if self.popen.stdin is not None:
            self.popen.stdin.close()
        self.popen.wait(timeout=10)


def serve_standin(slots: int) -> None:
    """In the stand-in's process: serve until stdin closes."""
    slack_standin._Server.request_queue_size = STANDIN_BACKLOG
    with ReplyStandIn(members={CHANNEL: [ADMIN, *users(slots)]}) as standin:
        for index, user in enumerate(users(slots)):
            tz, locale = LOCALES[index % len(LOCALES)]
            standin.add_user(user, user.lower(), tz=tz, locale=locale)
        print(json.dumps({"url": standin.base_url}), flush=True)
        for _ in sys.stdin:
            pass


class Signer:
    """Slash-command requests as Slack sends them: form-encoded, signed with the secret."""

    def __init__(self, port: int, command: str) -> None:
        self.port = port
        self.name, _, self.text = command.partition(" ")
        self.errors: Counter[str] = Counter()  # failed requests, by exception or HTTP status
        self._lock = threading.Lock()

    def send(self, user: str) -> tuple[int, float]:
        """POST one command; the status and the seconds until the response was read."""
        form = {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": CHANNEL,
            "user_id": user,
            "user_name": user.lower(),
            "command": self.name,
            "text": self.text.format(n=next(ANSWERS)),
            "response_url": "http://127.0.0.1:9/none",
            # Unique: the assistant does nothing for a trigger_id seen before.
            "trigger_id": f"bench-{self.port}-{next(TRIGGERS)}",
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


@dataclass(frozen=True)
class Side:
    """One of the compared apps with the command it is sent."""

    name: str  # as printed: "bare", "sqlite list", ...
    child: str  # which child process serves it
    command: str

    @property
    def real(self) -> bool:
        return self.child not in BARE


@dataclass
class Samples:
    """Everything measured for one side at one level, over all its blocks."""

    acks: list[float] = field(default_factory=list)
    replies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    missing_replies: int = 0
    seconds: float = 0.0
    cpu: float = 0.0

    def summary(self, side: Side, level: int) -> dict[str, Any]:
        done = len(self.acks)
        completed = len(self.replies) if side.real else done
        return {
            "side": side.name,
            "concurrency": level,
            "requests": done,
            "errors": dict(self.errors),
            "missing_replies": self.missing_replies,
            "seconds": self.seconds,
            "ack_ms": _percentiles(self.acks),
            "reply_ms": _percentiles(self.replies) if side.real else None,
            # Acked per second for a bare app, answered per second for the assistant.
            "throughput_per_s": completed / self.seconds if self.seconds else 0.0,
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


def run_block(
    child: Child,
    side: Side,
    level: int,
    count: int,
    standin: RemoteStandIn,
    parts: dict[str, int],
    into: Samples,
    consultation: int,
) -> None:
    """`level` slots send `count` commands in all: against a bare app paced by the ack,
    against the assistant by its answer. Answers go to round R`consultation`."""
    signer = Signer(child.port, side.command.replace("{round}", str(consultation)))
    tickets = itertools.count()
    lock = threading.Lock()
    expected = parts[side.name] if side.real else 0

    def slot(user: str) -> None:
        while next(tickets) < count:
            seen = standin.replies(user)
            sent = time.perf_counter()
            status, ack = signer.send(user)
            arrived = status == 200 and (
                not side.real or standin.wait_replies(user, seen + expected, REPLY_TIMEOUT)
            )
            replied = time.perf_counter() - sent
            with lock:
                if status != 200:
                    continue
                into.acks.append(ack)
                if side.real and arrived:
                    into.replies.append(replied)
                elif side.real:
                    into.missing_replies += 1

    cpu_before = child.cpu()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=level, thread_name_prefix="slot") as pool:
        for future in [pool.submit(slot, user) for user in users(level)]:
            future.result()
    into.seconds += time.perf_counter() - start
    into.cpu += child.cpu() - cpu_before
    into.errors.update(signer.errors)
    standin.clear()  # its record of calls would only grow


def warm_up(
    apps: dict[str, Child], sides: list[Side], standin: RemoteStandIn, slots: int
) -> dict[str, int]:
    """Every slot user once through each side (profiles cached, people created, code paths
    hot). Returns how many ephemeral messages one answer takes, per side of the assistant."""
    parts: dict[str, int] = {}
    for side in sides:
        child = apps[side.child]
        signer = Signer(child.port, side.command.replace("{round}", "1"))
        for number, user in enumerate(users(slots)):
            before = standin.replies(user)
            status, _ = signer.send(user)
            if status != 200:
                raise RuntimeError(f"{side.name} answered {status}:\n{child.log.read_text()}")
            wanted = before + parts.get(side.name, 1)
            if side.real and not standin.wait_replies(user, wanted, REPLY_TIMEOUT):
                raise RuntimeError(f"no answer from {side.name}:\n{child.log.read_text()}")
            if side.real and number == 0:
                time.sleep(0.2)  # an answer may come in several messages
                parts[side.name] = standin.replies(user) - before
    standin.clear()
    return parts


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


# --------------------------------------------------------------------------------- report


def _ratios(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each side of the assistant over each bare app, at each level."""
    found = {(r["side"], r["concurrency"]): r for r in results}
    ratios = []
    for r in results:
        if r["side"] in BARE:
            continue
        entry: dict[str, Any] = {"side": r["side"], "concurrency": r["concurrency"]}
        for bare in BARE:
            reference = found[(bare, r["concurrency"])]
            entry[bare] = {p: r["ack_ms"][p] / reference["ack_ms"][p] for p in ("p50", "p99")}
        # The targets, against bolt's defaults: p50 at most 1.5 times, p99 twice.
        entry["meets_target"] = entry["bare"]["p50"] <= 1.5 and entry["bare"]["p99"] <= 2.0
        ratios.append(entry)
    return ratios


def print_tables(results: list[dict[str, Any]], ratios: list[dict[str, Any]]) -> None:
    print(
        f"{'side':<18}{'N':>4}{'n':>6}{'err':>5}{'ack p50':>9}{'ack p99':>9}"
        f"{'reply p50':>11}{'reply p99':>11}{'per s':>8}{'CPU ms':>8}{'>1s':>5}{'>3s':>5}"
    )
    for r in results:
        reply = r["reply_ms"]
        reply_cols = f"{reply['p50']:>11.1f}{reply['p99']:>11.1f}" if reply else f"{'-':>11}" * 2
        errors = sum(r["errors"].values()) + r["missing_replies"]
        print(
            f"{r['side']:<18}{r['concurrency']:>4}{r['requests']:>6}{errors:>5}"
            f"{r['ack_ms']['p50']:>9.1f}{r['ack_ms']['p99']:>9.1f}{reply_cols}"
            f"{r['throughput_per_s']:>8.1f}{r['server_cpu_ms_per_request']:>8.2f}"
            f"{r['acks_over_1s']:>5}{r['acks_over_3s']:>5}"
        )
    print(
        "(ms; n = commands per side and level; per s = acked (bare) or answered (assistant);"
        "\n CPU = the app process, per command; err = failed requests and missing answers;"
        "\n >3s = acks Slack would have given up on)"
    )
    print()
    print(f"{'assistant / bare':<18}{'N':>4}{'p50':>7}{'p99':>7}{'p50':>9}{'p99':>7}  target")
    print(f"{'':<22}{'bare':^14}{'bare-inline':^16}")
    for q in ratios:
        a, b = q["bare"], q["bare-inline"]
        verdict = "met" if q["meets_target"] else "MISSED"
        print(
            f"{q['side']:<18}{q['concurrency']:>4}{a['p50']:>7.2f}{a['p99']:>7.2f}"
            f"{b['p50']:>9.2f}{b['p99']:>7.2f}  {verdict}"
        )
    print("(ack ratios, same run; target: p50 <= 1.5 and p99 <= 2 times bolt's defaults (bare))")


# --------------------------------------------------------------------------------- main


def measure(databases: dict[str, str], args: Any) -> list[dict[str, Any]]:
    levels = [int(n) for n in args.levels.split(",")]
    slots = max(levels)
    say = progress("slack_http")
    sides = [Side(name, name, COMMANDS["list"]) for name in BARE]
    sides += [Side(f"{b} {c}", b, COMMANDS[c]) for b in databases for c in COMMANDS]
    for url in databases.values():
        seed(url, slots)
    say("seeded " + ", ".join(databases))
    results = []
    with ExitStack() as stack:
        standin = RemoteStandIn(slots, args.workdir)
        stack.callback(standin.stop)
        apps = stack.enter_context(children(standin, databases, args))
        say("apps started")
        parts = warm_up(apps, sides, standin, slots)
        say("warmed up")
        for index, level in enumerate(levels):
            # Blocks long enough for N slots to be busy most of the time.
            block = max(math.ceil(args.requests / args.rounds), 4 * level)
            samples: dict[str, Samples] = defaultdict(Samples)
            consultation = index % ROUNDS + 1
            for repeat in range(args.rounds):
                # Each round in another order, so that no side always follows the same one.
                turn = sides[repeat % len(sides) :] + sides[: repeat % len(sides)]
                for side in turn:
                    child, into = apps[side.child], samples[side.name]
                    run_block(child, side, level, block, standin, parts, into, consultation)
            results += [samples[side.name].summary(side, level) for side in sides]
            say(f"N={level}: {args.rounds} rounds of {block} commands per side")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about 60 commands per side, level")
    parser.add_argument("--requests", type=int, help="commands per side and level (default 300)")
    parser.add_argument("--rounds", type=int, help="interleaved blocks per side and level")
    parser.add_argument("--levels", default="1,4,16", help="concurrency levels")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL"),
        help="PostgreSQL to measure as well, in a schema of its own (default: TEST_DATABASE_URL)",
    )
    parser.add_argument(
        "--backlog",
        type=int,
        default=0,
        help="listen backlog of the apps' HTTP server (default: the product's)",
    )
    parser.add_argument("--serve", choices=("real", *BARE), help=argparse.SUPPRESS)
    parser.add_argument("--standin-url", help=argparse.SUPPRESS)
    parser.add_argument("--standin", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_child(args)
        return
    if args.standin:
        serve_standin(args.standin)
        return
    args.requests = args.requests or (60 if args.quick else 300)
    args.rounds = args.rounds or (2 if args.quick else 5)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-slack-http-") as workdir:
        args.workdir = workdir
        databases = {"sqlite": f"sqlite:///{Path(workdir) / 'slack.db'}"}
        try:
            if args.database_url:
                databases["postgresql"] = postgres_schema_url(args.database_url, SCHEMA)
            results = measure(databases, args)
        finally:
            if args.database_url:
                drop_postgres_schema(args.database_url, SCHEMA)
    ratios = _ratios(results)
    print_tables(results, ratios)
    out = Path(__file__).parent / "results" / "slack_http.json"
    out.parent.mkdir(exist_ok=True)
    settings = {
        "commands": COMMANDS,
        "requests_per_side_and_level": args.requests,
        "rounds": args.rounds,
        "levels": args.levels,
        "databases": sorted(databases),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "app_listen_backlog": args.backlog or _ThreadingWSGIServer.request_queue_size,
        "percentiles": "median; p99 = statistics.quantiles(n=100, method='inclusive')[98]",
    }
    payload = {"settings": settings, "results": results, "ratios": ratios}
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
