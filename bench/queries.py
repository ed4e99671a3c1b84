"""Cost of the action, digest and consultation commands on a busy working group's data.

A migrated database is seeded in bulk with what a large working group plausibly holds:
2,600 people with roles, countries, organisations and stakeholder groups; the channels
#wg (everyone) and #tech; past, members-only and upcoming meetings with their RSVPs; an
open round R1 with 2 questions and 5,000 inputs (stored answers, versions included) from
2,500 respondents, a smaller open round R2 (500 inputs, 250 respondents) for the ratio,
and six closed rounds with 12,000 answers between them; then action items (mixed statuses,
owners, due dates, some past due, some on a members-only meeting), first 100 of them,
then 10,000.

Every command goes through the real path, `Assistant.handle(Incoming(...))`, and its
replies are rendered with `Renderer` as the console does; handle and render are timed
apart. Each command runs several times, interleaved with the others, after one warm-up
pass: median and p90 are printed, with ratios (10,000 / 100 actions; R1 / R2 inputs) and
the cost relative to a trivial command (`consult list`) measured in the same run, since
machines are noisy. For each command the SQL statements are counted (repeats expose N+1
loads), the rows they return are counted, and each distinct query's plan is shown (full
scans expose missing indexes or filters done in Python). Warnings the translator logs while
rendering (a message it could not format) are counted, not printed. The slowest command is
profiled with cProfile.

SQLite always (a file in a temporary directory); PostgreSQL too when --database-url or
TEST_DATABASE_URL is set (in its own schema, bench_queries, dropped and recreated). Prints
tables and writes bench/results/queries.json.

    .venv/bin/python bench/queries.py [--quick] [--runs N] [--database-url URL]
        [--profile COMMAND ...]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import json
import logging
import os
import pstats
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shared import backend as backend_of
from shared import drop_postgres_schema, insert, insert_all, postgres_schema_url, progress
from sqlalchemy import Engine, event, text

from assistant.dispatch import Incoming
from assistant.domain.model import (
    Action,
    ActionStatus,
    ActionUpdate,
    Answer,
    Channel,
    ChannelMember,
    Meeting,
    Person,
    Question,
    Role,
    Round,
    Rsvp,
    RsvpChoice,
    StakeholderGroup,
)
from assistant.messages import Edit, Outgoing, Reply
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import Renderer
from assistant.runtime.settings import Settings
from storage import tables
from storage.database import make_engine, upgrade

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)  # a Monday morning
PLATFORM = "console"
ACTOR = "ana"  # secretariat: sees everything, may run digests and exports
STAKEHOLDER = "sam"  # sees only the actions of open meetings and of none
WG, TECH = "#wg", "#tech"
SCHEMA = "bench_queries"
SEED = 20241007

PEOPLE = 2_600
R1_INPUTS, R1_RESPONDENTS = 5_000, 2_500
R2_INPUTS, R2_RESPONDENTS = 500, 250
CLOSED_ROUNDS = 6  # each with 2,000 inputs from 1,000 respondents: history in the table
CLOSED_INPUTS, CLOSED_RESPONDENTS = 2_000, 1_000
TECH_MEMBERS = 300
SIZES = (100, 10_000)
SHOWN_REF = "7.3.1"
BASELINE = "consult list"

ACTION_COMMANDS = (
    "action list open",
    "action list mine",
    "action list overdue",
    "action list week",
    "action list all",
    f"action list all @{STAKEHOLDER}",  # the same command, typed by a stakeholder
    f"action show {SHOWN_REF}",
    "digest now",
)
ROUND_COMMANDS = ("consult status {r}", "consult export {r} csv", "consult export {r} md")

FIRST = (
    "Ana", "Bram", "Chiara", "Dmitri", "Elif", "Fatou", "Gustavo", "Hana", "Ivan", "José",
    "Kwame", "Lena", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Sipho", "Zoë",
)  # fmt: skip
LAST = (
    "Okafor", "Müller", "García", "Ivanova", "Haddad", "Nakamura", "Dubois", "Mensah",
    "Kowalski", "Silva", "Chen", "Al-Rashid", "Johansson", "Petrov", "Ndiaye", "Rossi",
)  # fmt: skip
COUNTRIES = (
    "Switzerland", "Kenya", "Brazil", "India", "France", "Egypt", "Japan", "Mexico", "Ghana",
    "Germany", "Indonesia", "Canada", "Senegal", "Russian Federation", "China", "Argentina",
    "Nigeria", "Tunisia", "Sweden", "Viet Nam", "Chile", "Pakistan", "Morocco", "Australia",
    "Colombia", "Rwanda", "Poland", "Türkiye", "South Africa", "United Arab Emirates",
)  # fmt: skip
KINDS = (
    "Ministry of Communications", "National Regulatory Authority", "University",
    "Internet Society chapter", "Telecom operator", "Digital rights association",
    "Research institute", "Chamber of commerce", "IXP association", "Consumer union",
)  # fmt: skip
GROUPS = (*(g.value for g in StakeholderGroup), "")  # "" = not told
ZONES = ("Europe/Zurich", "UTC", "America/New_York", "Asia/Tokyo", "Africa/Nairobi")
LANGUAGES = ("en", "en", "en", "fr", "es", "ru", "ar", "zh")
BODIES = ("Secretariat", "Chair", "ITU-D", "Member States", "Correspondence group", "BDT")
TASKS = (
    "Circulate the revised draft of the {doc} to {who}",
    "Collect comments on the {doc} from {who}",
    "Prepare a summary of the {doc} for {who}",
    "Translate the {doc} into the six official languages",
    "Schedule an informal consultation with {who} on the {doc}",
    "Update the {doc} with the outcomes of the session",
)
DOCS = ("WSIS+20 input", "IPv6 survey", "Resolution 102 report", "online consultation brief")
WHO = ("the Council Working Group", "Member States", "sector members", "the chair's team")
SENTENCES = (
    "We support the draft in general, with the reservations below.",
    "The text should recognise the role of the multistakeholder model explicitly.",
    "Paragraph 3 needs a clearer reference to capacity building in developing countries.",
    "Nous proposons d'ajouter une référence aux points d'échange Internet.",
    "Proponemos reforzar la cooperación regional en materia de ciberseguridad.",
    "Мы предлагаем уточнить формулировку пункта 5.",
    "نقترح إضافة إشارة إلى بناء القدرات.",
    "建议在第4段中加入关于互联网接入的内容。",
    "See our earlier submission (doc. C24/45) for the *detailed* figures.",
    "IPv6 adoption in the region went from 12% to 31% over [2021-2024].",
    "Affordability remains the first barrier; see https://example.org/report#p4.",
)
SPREADSHEET_LIKE = ("=SUM(A1:A9) looks odd but is what was typed.", "- a bulleted first line")

STATUS_WEIGHTS = {
    ActionStatus.OPEN: 40,
    ActionStatus.IN_PROGRESS: 20,
    ActionStatus.BLOCKED: 5,
    ActionStatus.DONE: 30,
    ActionStatus.CANCELLED: 5,
}


# ---------------------------------------------------------------- seeding


@dataclasses.dataclass
class Layout:
    """What was seeded, as far as the action seeding and the report need it."""

    secretariat: list[int]
    owners: list[int]  # members and stakeholders who may own actions
    actor: int
    members_only_meeting: int
    public_meetings: list[int]
    rounds: dict[str, dict[str, int]]
    people: int
    rsvps: int
    actions: int = 0
    action_updates: int = 0


def _role(index: int) -> Role:
    if index < 3:
        return Role.SECRETARIAT
    if index < 8:
        return Role.CHAIR
    if index < 80:
        return Role.MEMBER
    return Role.STAKEHOLDER


def _people(rng: random.Random) -> list[Person]:
    people = []
    for i in range(PEOPLE):
        country = rng.choice(COUNTRIES)
        user_id = ACTOR if i == 0 else STAKEHOLDER if i == 80 else f"u{i:05d}"
        people.append(
            Person(
                platform=PLATFORM,
                user_id=user_id,
                display_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                tz="Europe/Zurich" if i == 0 else rng.choice(ZONES),
                tz_known=True,
                language="en" if i == 0 else rng.choice(LANGUAGES),
                role=_role(i),
                organisation=f"{rng.choice(KINDS)}, {country}" if rng.random() < 0.9 else "",
                country=country if rng.random() < 0.95 else "",
                stakeholder_group=rng.choice(GROUPS),
            )
        )
    return people


def _answer_text(rng: random.Random) -> str:
    if rng.random() < 0.02:
        return rng.choice(SPREADSHEET_LIKE)
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6)))


def _answers(
    rng: random.Random, round_: Round, questions: list[Question], people: list[int], inputs: int
) -> list[Answer]:
    """`inputs` stored answers from `people`: everyone answers Q1, 80% answer Q2 too, the
    rest are later versions of answers already given."""
    span = min(NOW, round_.closes_at) - round_.opens_at
    first, second = questions
    given: list[tuple[int, Question, datetime]] = []
    for pid in people:
        given.append((pid, first, round_.opens_at + span * rng.uniform(0, 0.8)))
    for pid in rng.sample(people, round(0.8 * len(people))):
        given.append((pid, second, round_.opens_at + span * rng.uniform(0, 0.8)))
    answers = [
        Answer(
            round_id=round_.id or 0,
            question_id=q.id or 0,
            person_id=pid,
            text=_answer_text(rng),
            version=1,
            submitted_at=at,
        )
        for pid, q, at in given
    ]
    versions: Counter[tuple[int, int]] = Counter()
    while len(answers) < inputs:
        pid, q, at = rng.choice(given)
        versions[(pid, q.id or 0)] += 1
        version = versions[(pid, q.id or 0)] + 1
        answers.append(
            Answer(
                round_id=round_.id or 0,
                question_id=q.id or 0,
                person_id=pid,
                text=_answer_text(rng),
                version=version,
                submitted_at=at + span * 0.04 * (version - 1),
            )
        )
    return answers


def seed_base(engine: Engine, rng: random.Random) -> Layout:
    """People, channels, meetings, RSVPs, rounds, questions and answers; no actions yet."""
    with engine.begin() as connection:
        people = _people(rng)
        insert_all(connection, tables.PersonRow, people)
        ids = [p.id or 0 for p in people]
        channels = [
            Channel(platform=PLATFORM, channel_id=WG, digest_zone="Europe/Zurich"),
            Channel(platform=PLATFORM, channel_id=TECH),
            Channel(platform=PLATFORM, channel_id="#members", members_only=True),
        ]
        insert_all(connection, tables.ChannelRow, channels)
        wg, tech, members = (c.id or 0 for c in channels)
        links = [ChannelMember(channel_id=wg, person_id=pid) for pid in ids]
        links += [ChannelMember(channel_id=tech, person_id=pid) for pid in ids[:TECH_MEMBERS]]
        links += [
            ChannelMember(channel_id=members, person_id=p.id or 0)
            for p in people
            if p.role != Role.STAKEHOLDER
        ]
        insert(connection, tables.ChannelMemberRow, links)

        secretariat = ids[0]

        def meeting(title: str, days: float, members_only: bool = False) -> Meeting:
            starts = (NOW + timedelta(days=days)).replace(hour=12, minute=0)
            return Meeting(
                title=title,
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                zone="Europe/Zurich",
                place="Geneva, room XVII",
                members_only=members_only,
                created_by=secretariat,
                created_at=starts - timedelta(days=30),
                announce_channels="#members" if members_only else WG,
                announced_at=starts - timedelta(days=30),
            )

        retreat = meeting("Members' retreat", -20, members_only=True)
        past = [meeting(f"CWG-Internet session {n}", -100 + 15 * n) for n in range(1, 6)]
        upcoming = [meeting(f"Open consultation meeting {n}", d) for n, d in enumerate((5, 12, 26))]
        insert_all(connection, tables.MeetingRow, [retreat, *past, *upcoming])
        rsvps = [
            Rsvp(
                meeting_id=m.id or 0,
                person_id=pid,
                choice=rng.choice(tuple(RsvpChoice)),
                waitlisted=rng.random() < 0.05,
                seq=n,
                updated_at=NOW - timedelta(days=2),
            )
            for m in upcoming
            for n, pid in enumerate(rng.sample(ids, 300))
        ]
        insert(connection, tables.RsvpRow, rsvps)

        def round_(title: str, opens: float, closes: float, channel: str) -> Round:
            closed = closes < 0
            return Round(
                title=title,
                opens_at=NOW + timedelta(days=opens),
                closes_at=(NOW + timedelta(days=closes)).replace(hour=16, minute=0),
                zone="Europe/Zurich",
                created_by=secretariat,
                created_at=NOW + timedelta(days=opens - 1),
                announce_channels=channel,
                announced_at=NOW + timedelta(days=opens),
                closed_at=(NOW + timedelta(days=closes)) if closed else None,
                closing_announced_at=(NOW + timedelta(days=closes)) if closed else None,
            )

        r1 = round_("Consultation on the WSIS+20 review", -10, 14, WG)
        r2 = round_("IPv6 measurement practices", -5, 9, TECH)
        closed = [
            round_(f"Closed consultation {n}", -400 + 60 * n, -370 + 60 * n, WG)
            for n in range(CLOSED_ROUNDS)
        ]
        rounds = [r1, r2, *closed]
        insert_all(connection, tables.RoundRow, rounds)
        questions = {
            r.id: [
                Question(round_id=r.id or 0, position=n, text=f"Question {n} of {r.title}?")
                for n in (1, 2)
            ]
            for r in rounds
        }
        insert_all(connection, tables.QuestionRow, [q for qs in questions.values() for q in qs])
        respondents = ids[3:]  # the secretariat runs the rounds
        plan = (
            (r1, respondents[:R1_RESPONDENTS], R1_INPUTS),
            (r2, ids[3:TECH_MEMBERS][:R2_RESPONDENTS], R2_INPUTS),
            *((r, rng.sample(respondents, CLOSED_RESPONDENTS), CLOSED_INPUTS) for r in closed),
        )
        for r, who, inputs in plan:
            insert(connection, tables.AnswerRow, _answers(rng, r, questions[r.id], who, inputs))
        _analyze(connection)
    return Layout(
        secretariat=ids[:3],
        owners=ids[3:],
        actor=secretariat,
        members_only_meeting=retreat.id or 0,
        public_meetings=[m.id or 0 for m in past],
        rounds={
            f"R{r.id}": {"inputs": inputs, "respondents": len(who), "questions": 2}
            for r, who, inputs in plan
        },
        people=len(people),
        rsvps=len(rsvps),
    )


def _action(rng: random.Random, layout: Layout, index: int) -> Action:
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    owner: int | None = None
    body = ""
    if rng.random() < 0.7:
        owner = layout.actor if rng.random() < 0.1 else rng.choice(layout.owners)
    else:
        body = rng.choice(BODIES)
    due = None
    if rng.random() < 0.85:
        due = NOW.replace(hour=15, minute=0) + timedelta(days=rng.randint(-60, 90))
    created = NOW - timedelta(days=rng.uniform(1, 120))
    updated = created
    if status != ActionStatus.OPEN:
        updated = max(created, NOW - timedelta(days=rng.uniform(0, 60)))
    where = rng.random()
    meeting = (
        layout.members_only_meeting
        if where < 0.2
        else rng.choice(layout.public_meetings)
        if where < 0.6
        else None
    )
    if index == 6:
        ref = SHOWN_REF
    elif rng.random() < 0.7:
        ref = f"{20 + index // 1000}.{index // 10 % 100}.{index % 10 + 1}"
    else:
        ref = ""
    task = rng.choice(TASKS).format(doc=rng.choice(DOCS), who=rng.choice(WHO))
    return Action(
        ref=ref,
        text=task,
        owner_person_id=owner,
        owner_body=body,
        due_at=due,
        due_zone=rng.choice(ZONES),
        meeting_id=meeting,
        status=status,
        created_by=rng.choice(layout.secretariat),
        created_at=created,
        updated_at=updated,
    )


def _history(rng: random.Random, layout: Layout, action: Action) -> list[ActionUpdate]:
    """The log `add_action` and `update_action` leave: created, then the status changes."""
    aid, by = action.id or 0, action.created_by
    log = [
        ActionUpdate(action_id=aid, person_id=by, at=action.created_at, status=ActionStatus.OPEN)
    ]
    if action.ref == SHOWN_REF:
        span = (action.updated_at - action.created_at) / 6
        for n, status in enumerate((ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED), start=1):
            note = "waiting for the translations" if status == ActionStatus.BLOCKED else ""
            log.append(
                ActionUpdate(
                    action_id=aid,
                    person_id=rng.choice(layout.owners),
                    at=action.created_at + span * n,
                    status=status,
                    note=note,
                )
            )
    if action.status != ActionStatus.OPEN:
        owner = action.owner_person_id or by
        log.append(
            ActionUpdate(
                action_id=aid,
                person_id=owner,
                at=action.updated_at,
                status=action.status,
                note="see the circulated draft" if rng.random() < 0.3 else "",
            )
        )
    return log


def seed_actions(engine: Engine, rng: random.Random, layout: Layout, count: int) -> None:
    """`count` more actions, with their update logs, in one transaction."""
    start = layout.actions
    actions = [_action(rng, layout, index) for index in range(start, start + count)]
    if start <= 6 < start + count:  # the action `action show` reads is not the newest
        shown = actions[6 - start]
        shown.status = ActionStatus.IN_PROGRESS
        shown.created_at, shown.updated_at = NOW - timedelta(days=40), NOW - timedelta(days=3)
    with engine.begin() as connection:
        insert_all(connection, tables.ActionRow, actions)
        updates = [u for a in actions for u in _history(rng, layout, a)]
        insert(connection, tables.ActionUpdateRow, updates)
        _analyze(connection)
    layout.actions += count
    layout.action_updates += len(updates)


def _analyze(connection: Any) -> None:
    """Statistics for the planner, as autovacuum (PostgreSQL) or `PRAGMA optimize` would."""
    connection.execute(text("ANALYZE"))


# ---------------------------------------------------------------- measuring


_IN_LIST = re.compile(r"\((?:\s*(?:\?|%\(\w+\)s(?:::\w+)?|\$\d+)\s*,?)+\)")
_PARAMETER = re.compile(r"%\(\w+\)s(?:::\w+)?")
_FROM = re.compile(r" FROM (\w+)")
BIG_TABLE = 1_000  # rows: a full scan of a smaller table is what a planner should do
_COLUMNS = re.compile(r"^SELECT .+? FROM ", re.DOTALL)


def shape(statement: str) -> str:
    """A statement without its column list and with IN lists collapsed: what repeats."""
    flat = " ".join(statement.split())
    flat = _COLUMNS.sub("SELECT … FROM ", flat)
    flat = _PARAMETER.sub("?", flat)  # PostgreSQL's %(name)s::TYPE, as SQLite's ?
    return _IN_LIST.sub("(…)", flat)


class SqlLog:
    """The statements sent on an engine; the texts and parameters only while capturing."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        self.captured: list[tuple[str, Any]] | None = None
        event.listen(engine, "before_cursor_execute", self._statement)

    def _statement(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any
    ) -> None:
        self.count += 1
        if self.captured is not None:
            self.captured.append((statement, parameters))


class Warnings(logging.Handler):
    """Counts what the translator logs (a message it could not format shows as `{???}`)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.messages: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.messages[record.getMessage()[:160]] += 1


class Collector:
    """Time spent in the cyclic garbage collector (tens of thousands of ORM objects per
    request make it run; it counts in the timings like any other cost)."""

    def __init__(self) -> None:
        self.ms = 0.0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.ms += (time.perf_counter() - self._start) * 1000

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


@dataclasses.dataclass(frozen=True)
class Command:
    label: str
    text: str
    user: str
    size: str  # what it runs over: "100 actions", "5,000 inputs"


class Bench:
    """One application on one seeded database, and the renderer the console uses."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.application: Application = build(
            Settings(database_url=url, admins=frozenset({ACTOR})), FakeClock(NOW)
        )
        self.renderer = Renderer(self.application.translator)
        self.sql = SqlLog(self.application.engine)
        self.warnings = Warnings()
        self.gc = Collector()
        self._translator_log = logging.getLogger("assistant.runtime.i18n")
        self._translator_log.addHandler(self.warnings)
        self._translator_log.propagate = False

    def close(self) -> None:
        self._translator_log.removeHandler(self.warnings)
        self._translator_log.propagate = True
        self.gc.close()
        self.application.engine.dispose()

    def run(self, command: Command, check: bool = False) -> dict[str, Any]:
        """The command through `Assistant.handle`, its replies rendered as the console does.

        The replies are not kept (a heap grown by earlier runs would slow the collector).
        """
        event = Incoming(PLATFORM, command.user, WG, command.text)
        before, warned, collecting = self.sql.count, self.warnings.count, self.gc.ms
        start = time.perf_counter()
        out = self.application.assistant.handle(event)
        handled = time.perf_counter()
        lines, chars = self.render(out)
        rendered = time.perf_counter()
        if check:
            self.check(command, out)
        return {
            "handle_ms": (handled - start) * 1000,
            "render_ms": (rendered - handled) * 1000,
            "total_ms": (rendered - start) * 1000,
            "gc_ms": self.gc.ms - collecting,
            "statements": self.sql.count - before,
            "warnings": self.warnings.count - warned,
            "lines": lines,
            "chars": chars,
        }

    def render(self, out: list[Outgoing]) -> tuple[int, int]:
        lines = chars = 0
        for item in out:
            if isinstance(item, Edit):
                continue
            rendered = self.renderer.render(item.lines, item.locale, item.tz)
            lines += rendered.count("\n") + 1
            chars += len(rendered)
            if isinstance(item, Reply) and item.file is not None:
                chars += len(item.file.content)  # printed as is by the console
        return lines, chars

    def check(self, command: Command, out: list[Outgoing]) -> None:
        """A refusal or an internal error would make the timing meaningless."""
        for item in out:
            if isinstance(item, Edit):
                continue
            first = item.lines[0].id if item.lines else ""
            if first.startswith("error-"):
                raise AssertionError(f"{command.text!r} as {command.user} answered {first}")
            if first.endswith("-none"):
                print(f"  note: {command.text!r} found nothing ({first})", file=sys.stderr)

    def capture(self, command: Command) -> list[tuple[str, Any]]:
        """The statements one run sends."""
        self.sql.captured = []
        try:
            self.run(command)
            return self.sql.captured
        finally:
            self.sql.captured = None

    def rows(self, statement: str, parameters: Any) -> int:
        """How many rows a SELECT returned (it is run again, counted by the database)."""
        with self.application.engine.connect() as connection:
            counted = f"SELECT count(*) FROM ({statement}) AS counted"
            value = connection.exec_driver_sql(counted, parameters).scalar_one()
            connection.rollback()
        return int(value)

    def plan(self, statement: str, parameters: Any) -> list[str]:
        sqlite = self.application.engine.dialect.name == "sqlite"
        prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
        with self.application.engine.connect() as connection:
            result = connection.exec_driver_sql(prefix + statement, parameters).all()
            connection.rollback()
        if sqlite:
            return [str(row[3])[:200] for row in result]
        return [str(row[0]).strip()[:200] for row in result]  # IN lists spelled out: cut


def _summary(samples: list[float]) -> dict[str, float]:
    p90 = statistics.quantiles(samples, n=10)[-1] if len(samples) > 1 else samples[0]
    return {"median": statistics.median(samples), "p90": p90}


def _full_scan(plan: list[str]) -> bool:
    """A table read whole: SQLite `SCAN t` without an index, PostgreSQL `Seq Scan`."""
    return any(
        (line.startswith("SCAN ") and " INDEX " not in line) or "Seq Scan" in line for line in plan
    )


def _table_rows(bench: Bench, table: str) -> int:
    with bench.application.engine.connect() as connection:
        value = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        connection.rollback()
    return int(value)


def measure(bench: Bench, commands: list[Command], runs: int) -> dict[str, dict[str, Any]]:
    """Warm up once, then `runs` passes over all commands (interleaved: noise hits all)."""
    for command in commands:
        bench.run(command, check=True)
    samples: dict[str, list[dict[str, Any]]] = {c.label: [] for c in commands}
    for _ in range(runs):
        for command in commands:
            samples[command.label].append(bench.run(command))
    results = {}
    for command in commands:
        runs_ = samples[command.label]
        results[command.label] = {
            "command": command.text,
            "user": command.user,
            "size": command.size,
            "total_ms": _summary([r["total_ms"] for r in runs_]),
            "handle_ms": _summary([r["handle_ms"] for r in runs_]),
            "render_ms": _summary([r["render_ms"] for r in runs_]),
            "gc_ms": _summary([r["gc_ms"] for r in runs_]),
            "statements": runs_[-1]["statements"],
            "warnings": runs_[-1]["warnings"],
            "lines": runs_[-1]["lines"],
            "chars": runs_[-1]["chars"],
            "samples_ms": [round(r["total_ms"], 3) for r in runs_],
        }
    return results


def analyse_sql(
    bench: Bench, commands: list[Command], plans: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Per command: statements by shape, rows returned; each SELECT shape's plan as the
    data now stands (a later, larger phase replaces the plans of an earlier one)."""
    found = {}
    planned: set[str] = set()
    sizes: dict[str, int] = {}
    for command in commands:
        captured = bench.capture(command)
        shapes: Counter[str] = Counter()
        rows: Counter[str] = Counter()
        for statement, parameters in captured:
            key = shape(statement)
            shapes[key] += 1
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            rows[key] += bench.rows(statement, parameters)
            if key not in planned:
                planned.add(key)
                plan = bench.plan(statement, parameters)
                table = _FROM.search(key)
                name = table.group(1) if table else ""
                if name and name not in sizes:
                    sizes[name] = _table_rows(bench, name)
                plans[key] = {
                    "plan": plan,
                    "table_rows": sizes.get(name, 0),
                    "full_scan": _full_scan(plan) and sizes.get(name, 0) >= BIG_TABLE,
                }
        found[command.label] = {
            "statements": len(captured),
            "selects": sum(n for s, n in shapes.items() if s.startswith("SELECT")),
            "rows": sum(rows.values()),
            "shapes": [
                {"shape": s, "times": n, "rows": rows.get(s, 0)} for s, n in shapes.most_common()
            ],
        }
    return found


def profile(bench: Bench, command: Command, runs: int) -> dict[str, Any]:
    """cProfile over `runs` runs of one command; the top functions per run."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        bench.run(command)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = []
    for (path, line, name), numbers in getattr(stats, "stats", {}).items():
        _primitive, calls, own, cumulative, _callers = numbers
        entries.append(
            {
                "function": f"{_short(path)}:{line}({name})",
                "calls": calls // runs,
                "own_ms": own / runs * 1000,
                "cumulative_ms": cumulative / runs * 1000,
            }
        )
    return {
        "command": command.label,
        "runs": runs,
        "by_cumulative": sorted(entries, key=lambda e: -e["cumulative_ms"])[:15],
        "by_own": sorted(entries, key=lambda e: -e["own_ms"])[:15],
    }


_ROOT = str(Path(__file__).resolve().parents[1]) + os.sep


def _short(path: str) -> str:
    if path.startswith(_ROOT):
        return path[len(_ROOT) :]
    marker = "site-packages" + os.sep
    if marker in path:
        return path.split(marker, 1)[1]
    return path if path.startswith("~") else Path(path).name


# ---------------------------------------------------------------- the run


def action_commands(actions: int) -> list[Command]:
    size = f"{actions:,} actions"
    commands = [Command(BASELINE, BASELINE, ACTOR, size)]
    for line in ACTION_COMMANDS:
        words, user = line, ACTOR
        if line.endswith(f"@{STAKEHOLDER}"):
            words, user = line.rsplit(" ", 1)[0], STAKEHOLDER
        commands.append(Command(line, words, user, size))
    return commands


def round_commands(layout: Layout) -> list[Command]:
    commands = [Command(BASELINE, BASELINE, ACTOR, "rounds")]
    for rid in ("R2", "R1"):
        size = f"{layout.rounds[rid]['inputs']:,} inputs"
        commands += [Command(t.format(r=rid), t.format(r=rid), ACTOR, size) for t in ROUND_COMMANDS]
    return commands


def bench_database(url: str, args: argparse.Namespace) -> dict[str, Any]:
    backend = backend_of(url)
    log = progress(backend)
    rng = random.Random(SEED)
    engine = make_engine(url)
    start = time.perf_counter()
    upgrade(engine)
    layout = seed_base(engine, rng)
    log(f"seeded people, meetings and rounds in {time.perf_counter() - start:.1f} s")
    engine.dispose()

    bench = Bench(url)
    phases: list[dict[str, Any]] = []
    plans: dict[str, dict[str, Any]] = {}
    sizes = (100, 1_000) if args.smoke else SIZES
    for size in sizes:
        start = time.perf_counter()
        seed_actions(bench.application.engine, rng, layout, size - layout.actions)
        log(f"seeded {layout.actions:,} actions in {time.perf_counter() - start:.1f} s")
        commands = action_commands(size)
        results = measure(bench, commands, args.runs)
        sql = analyse_sql(bench, commands, plans)
        phases.append({"actions": size, "results": results, "sql": sql})
        log(f"{size:,} actions measured")
    commands = round_commands(layout)
    round_results = measure(bench, commands, args.runs)
    round_sql = analyse_sql(bench, commands, plans)
    log("rounds measured")

    everything = [(c, phases[-1]["results"][c.label]) for c in action_commands(sizes[-1])]
    everything += [(c, round_results[c.label]) for c in commands]
    slowest = max(everything, key=lambda pair: pair[1]["total_ms"]["median"])[0]
    chosen = [slowest]
    by_label = {c.label: c for c, _ in everything}
    for label in args.profile or []:
        if label not in by_label:
            raise SystemExit(f"--profile: no command {label!r}; one of {sorted(by_label)}")
        if by_label[label] not in chosen:
            chosen.append(by_label[label])
    profiles = [profile(bench, c, args.profile_runs) for c in chosen]
    log("profiled " + ", ".join(c.label for c in chosen))
    bench.close()
    return {
        "backend": backend,
        "layout": dataclasses.asdict(layout),
        "actions": phases,
        "rounds": {"results": round_results, "sql": round_sql},
        "plans": plans,
        "profiles": profiles,
        "warnings": dict(bench.warnings.messages),
    }


# ---------------------------------------------------------------- printing


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def print_timings(result: dict[str, Any]) -> None:
    backend = result["backend"]
    phases = result["actions"]
    small = phases[0]
    print(f"== {backend}: action commands (ms; median of the runs, p90, ratio of the medians)")
    print(
        f"{'command':<28}{'actions':>8}{'median':>9}{'p90':>9}{'handle':>9}{'render':>9}"
        f"{'gc':>7}{'SQL':>6}{'lines':>7}{'warn':>5}{'× base':>8}{'× 100':>7}"
    )
    for phase in phases:
        base = phase["results"][BASELINE]["total_ms"]["median"]
        for label, r in phase["results"].items():
            first = small["results"][label]["total_ms"]["median"]
            median = r["total_ms"]["median"]
            growth = f"{median / first:>7.1f}" if phase is not small else f"{'':>7}"
            print(
                f"{_cut(label, 27):<28}{phase['actions']:>8,}{median:>9.2f}"
                f"{r['total_ms']['p90']:>9.2f}{r['handle_ms']['median']:>9.2f}"
                f"{r['render_ms']['median']:>9.2f}{r['gc_ms']['median']:>7.1f}"
                f"{r['statements']:>6}{r['lines']:>7,}{r['warnings']:>5}"
                f"{median / base:>8.1f}{growth}"
            )
    print(
        "(handle = Assistant.handle, render = Renderer as the console, gc = of that in the"
        " garbage collector; SQL = statements sent;\n"
        f" × base = / '{BASELINE}' in the same pass; × 100 = / the same command at 100 actions)"
    )
    print()
    rounds = result["rounds"]["results"]
    print(f"== {backend}: consultation commands (ms; R2 = 500 inputs, R1 = 5,000 inputs)")
    print(
        f"{'command':<28}{'inputs':>8}{'median':>9}{'p90':>9}{'handle':>9}{'render':>9}"
        f"{'gc':>7}{'SQL':>6}{'KiB out':>9}{'warn':>5}{'× base':>8}{'× R2':>7}"
    )
    base = rounds[BASELINE]["total_ms"]["median"]
    for label, r in rounds.items():
        if label == BASELINE:
            continue
        median = r["total_ms"]["median"]
        growth = f"{'':>7}"
        if "R1" in label:
            growth = f"{median / rounds[label.replace('R1', 'R2')]['total_ms']['median']:>7.1f}"
        inputs = r["size"].split()[0]
        print(
            f"{label:<28}{inputs:>8}{median:>9.2f}{r['total_ms']['p90']:>9.2f}"
            f"{r['handle_ms']['median']:>9.2f}{r['render_ms']['median']:>9.2f}"
            f"{r['gc_ms']['median']:>7.1f}{r['statements']:>6}{r['chars'] / 1024:>9.1f}"
            f"{r['warnings']:>5}{median / base:>8.1f}{growth}"
        )
    print(f"('{BASELINE}' took {base:.2f} ms in this pass; warn = translator warnings per run)")
    for message, times in result["warnings"].items():
        print(f"  translator warning ({times}× in all runs): {_cut(message, 100)}")
    print()


def print_sql(result: dict[str, Any]) -> None:
    backend = result["backend"]
    sections = [(f"{p['actions']:,} actions", p["sql"]) for p in result["actions"]]
    sections.append(("rounds", result["rounds"]["sql"]))
    print(f"== {backend}: SQL per command (one run; repeats of one shape = N+1 loads)")
    print(f"{'command':<28}{'over':>15}{'SQL':>6}{'SELECT':>8}{'rows read':>11}  most repeated")
    for over, sql in sections:
        for label, s in sql.items():
            selects = [e for e in s["shapes"] if e["shape"].startswith("SELECT")]
            top = max(selects, key=lambda e: e["times"])
            repeated = "—"
            if top["times"] > 1:
                repeated = f"{top['times']}× {_cut(_short_shape(top['shape']), 52)}"
            print(
                f"{_cut(label, 27):<28}{over:>15}{s['statements']:>6}{s['selects']:>8}"
                f"{s['rows']:>11,}  {repeated}"
            )
    print()
    print(f"== {backend}: SELECTs at the largest size (times per run, rows read)")
    for over, sql in (sections[-2], sections[-1]):
        for label, s in sql.items():
            if label == BASELINE:
                continue
            print(f"{label} ({over}):")
            for entry in s["shapes"]:
                if entry["shape"].startswith("SELECT"):
                    plan = result["plans"].get(entry["shape"], {})
                    flag = "  FULL SCAN" if plan.get("full_scan") else ""
                    print(
                        f"    {entry['times']:>3}× {entry['rows']:>7,} rows  "
                        f"{_cut(_short_shape(entry['shape']), 78)}{flag}"
                    )
    print()
    print(
        f"== {backend}: query plans of the distinct SELECTs at the largest size"
        f" (FULL SCAN = a table of {BIG_TABLE:,}+ rows read whole)"
    )
    for key, plan in result["plans"].items():
        flag = "FULL SCAN " if plan["full_scan"] else ""
        print(f"  {flag}{_cut(_short_shape(key), 76)}  [{plan['table_rows']:,} rows]")
        for line in plan["plan"][:4]:
            print(f"      {_cut(line, 96)}")
    print()


_TABLE_PREFIX = re.compile(r"\b(\w+)\.(\w+)\b")


def _short_shape(key: str) -> str:
    """`SELECT … FROM people WHERE people.id IN (…) ORDER BY people.id` → shorter."""
    key = key.replace("SELECT … FROM ", "")
    return _TABLE_PREFIX.sub(lambda m: m.group(2) if not m.group(2).isdigit() else m.group(0), key)


def print_profiles(result: dict[str, Any]) -> None:
    for p in result["profiles"]:
        print(
            f"== {result['backend']}: cProfile of {p['command']!r} "
            f"(per run, mean of {p['runs']} runs), top 15 by cumulative time"
        )
        print(f"{'cumul ms':>10}{'own ms':>9}{'calls':>9}  function")
        for e in p["by_cumulative"]:
            print(
                f"{e['cumulative_ms']:>10.1f}{e['own_ms']:>9.1f}{e['calls']:>9,}  "
                f"{_cut(e['function'], 90)}"
            )
        print("   … and top 10 by own time")
        for e in p["by_own"][:10]:
            print(
                f"{e['cumulative_ms']:>10.1f}{e['own_ms']:>9.1f}{e['calls']:>9,}  "
                f"{_cut(e['function'], 90)}"
            )
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (3) and profile runs")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, help="runs per command and size (default 7)")
    parser.add_argument(
        "--profile",
        action="append",
        metavar="COMMAND",
        help="also profile this command (a label from the tables); the slowest always is",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL"),
        help="PostgreSQL to measure as well (default: TEST_DATABASE_URL)",
    )
    args = parser.parse_args()
    args.runs = args.runs or (3 if args.quick or args.smoke else 7)
    args.profile_runs = 1 if args.quick or args.smoke else 3
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-queries-") as workdir:
        results.append(bench_database(f"sqlite:///{Path(workdir) / 'queries.db'}", args))
    if args.database_url:
        try:
            results.append(bench_database(postgres_schema_url(args.database_url, SCHEMA), args))
        finally:
            drop_postgres_schema(args.database_url, SCHEMA)
    for result in results:
        print_timings(result)
        print_sql(result)
        print_profiles(result)
    out = Path(__file__).parent / "results" / "queries.json"
    out.parent.mkdir(exist_ok=True)
    settings = {
        "now": NOW.isoformat(),
        "sizes": [p["actions"] for p in results[0]["actions"]],
        "runs": args.runs,
        "profile_runs": args.profile_runs,
    }
    out.write_text(
        json.dumps({"settings": settings, "results": results}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
