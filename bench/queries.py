"""Cost of action lists, digests, consultation status and exports as the data grows.

Two databases are seeded alike, from the same random seed, with what a large working group
plausibly holds: 2,600 people with roles, countries, organisations and stakeholder groups; the
channels #wg (everyone) and #tech; past, members-only and upcoming meetings with their RSVPs;
six closed rounds with 12,000 answers between them. They differ only in size:

    side    open round R1 (20 questions, in #wg)       action items
    small   500 inputs from 25 respondents             100
    big     50,000 inputs from 2,500 respondents       10,000

(one input in five is a later version of an answer already given; the first 24 actions of
either side are open and due this week, owned in turn by the actor, a chair and a body, so that
every list filter finds something on the small side too; --quick: the same sizes, fewer
passes). Every command goes through the real path, `Assistant.handle(Incoming(...))`;
its replies are rendered with `Renderer` as the console does, and an export's file is written
to disk from its stream as the console writes it. Handle, render and file are timed apart, and
so is the time spent in the database's `execute` and in the garbage collector.

The sides are interleaved: one warm-up pass, then each pass runs every command once on each
side, the side that goes first alternating from pass to pass, so that noise on a shared
machine hits both. Printed per command and side: the median and the 90th percentile of the
passes (linear interpolation between order statistics: `statistics.quantiles(...,
method="inclusive")`), the ratio big / small of the medians, the SQL statements sent, and the
peak of Python memory during the command (tracemalloc, in a separate untimed pass: tracing
slows everything down). For the big side, each distinct query's plan is shown (full scans
expose missing indexes) and the slowest command is profiled with cProfile.

SQLite always (files in a temporary directory); PostgreSQL too when --database-url or
TEST_DATABASE_URL is set (in schemas of its own, dropped afterwards). Prints tables and writes
bench/results/queries.json.

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
import tracemalloc
from collections import Counter
from collections.abc import Iterator
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
from assistant.messages import Edit, FileOut, Outgoing, Reply
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import Renderer
from assistant.runtime.settings import Settings
from storage import tables
from storage.database import make_engine, upgrade

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)  # a Monday morning
PLATFORM = "console"
ACTOR = "ana"  # secretariat: sees everything, may run digests and exports
LEAD = "u00005"  # a chair who owns a share of the actions (the `owner @…` filter)
STAKEHOLDER = "sam"  # sees only the actions of open meetings and of none
WG, TECH = "#wg", "#tech"
SCHEMA = "bench_queries"
SEED = 20241007

PEOPLE = 2_600
QUESTIONS = 20  # the most a round may have
ANSWERED = 0.8  # the share of the questions each respondent answers
CLOSED_ROUNDS = 6  # each with 2,000 inputs from 1,000 respondents: history in the table
CLOSED_INPUTS, CLOSED_RESPONDENTS = 2_000, 1_000
TECH_MEMBERS = 300
SHOWN_REF = "7.3.1"
THIS_WEEK = 24  # the first actions of either side, due this week (see `_action`)
BASELINE = "consult list"


@dataclasses.dataclass(frozen=True)
class Size:
    """What one side holds: the open round's inputs and respondents, and action items."""

    name: str
    inputs: int
    respondents: int
    actions: int


SIDES = (Size("small", 500, 25, 100), Size("big", 50_000, 2_500, 10_000))
SMOKE = (Size("small", 100, 5, 20), Size("big", 1_000, 50, 500))

COMMANDS = (
    ("consult list", ACTOR),
    ("action list open", ACTOR),
    ("action list mine", ACTOR),
    ("action list overdue", ACTOR),
    ("action list week", ACTOR),
    ("action list all", ACTOR),
    (f"action list all owner @{LEAD}", ACTOR),
    ('action list open owner "ITU-D"', ACTOR),
    ("action list all", STAKEHOLDER),  # the same command, typed by a stakeholder
    (f"action show {SHOWN_REF}", ACTOR),
    ("digest now", ACTOR),
    ("consult status R1", ACTOR),
    ("consult export R1 csv", ACTOR),
    ("consult export R1 md", ACTOR),
)

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

    size: Size
    secretariat: list[int]
    owners: list[int]  # members and stakeholders who may own actions
    actor: int
    lead: int
    members_only_meeting: int
    public_meetings: list[int]
    people: int
    rsvps: int
    answers: int  # in all rounds, versions included
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
    """`inputs` stored answers from `people`: each answers a share of the questions, the rest
    are later versions of answers already given."""
    span = min(NOW, round_.closes_at) - round_.opens_at
    given = [
        (pid, q, round_.opens_at + span * rng.uniform(0, 0.8))
        for pid in people
        for q in questions
        if rng.random() < ANSWERED
    ][:inputs]
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


def seed_base(engine: Engine, rng: random.Random, size: Size) -> Layout:
    """People, channels, meetings, RSVPs, rounds, questions and answers; no actions yet.

    Everything but the open round's answers comes out the same on both sides (same seed,
    drawn first)."""
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
        closed = [
            round_(f"Closed consultation {n}", -400 + 60 * n, -370 + 60 * n, WG)
            for n in range(CLOSED_ROUNDS)
        ]
        insert_all(connection, tables.RoundRow, [r1, *closed])
        questions = {
            r.id: [
                Question(round_id=r.id or 0, position=n, text=f"Question {n} of {r.title}?")
                for n in range(1, (QUESTIONS if r is r1 else 2) + 1)
            ]
            for r in [r1, *closed]
        }
        insert_all(connection, tables.QuestionRow, [q for qs in questions.values() for q in qs])
        respondents = ids[3:]  # the secretariat runs the rounds
        answers = 0
        for r in closed:
            who = rng.sample(respondents, CLOSED_RESPONDENTS)
            history = _answers(rng, r, questions[r.id], who, CLOSED_INPUTS)
            insert(connection, tables.AnswerRow, history)
            answers += len(history)
        who = respondents[: size.respondents]
        inputs = _answers(rng, r1, questions[r1.id], who, size.inputs)
        for start in range(0, len(inputs), 10_000):
            insert(connection, tables.AnswerRow, inputs[start : start + 10_000])
        answers += len(inputs)
        _analyze(connection)
    return Layout(
        size=size,
        secretariat=ids[:3],
        owners=ids[3:],
        actor=secretariat,
        lead=ids[5],
        members_only_meeting=retreat.id or 0,
        public_meetings=[m.id or 0 for m in past],
        people=len(people),
        rsvps=len(rsvps),
        answers=answers,
    )


def _action(rng: random.Random, layout: Layout, index: int) -> Action:
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    owner: int | None = None
    body = ""
    if rng.random() < 0.7:
        draw = rng.random()
        owner = (
            layout.actor
            if draw < 0.1
            else layout.lead
            if draw < 0.15
            else rng.choice(layout.owners)
        )
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
    if index < THIS_WEEK:
        # Last meeting's follow-ups, on both sides: due this week, open, owned in turn by the
        # actor, the lead and a body, so that every filter finds a page on the small side too.
        status, due = ActionStatus.OPEN, NOW.replace(hour=15, minute=0) + timedelta(index % 6)
        owner, body = ((layout.actor, ""), (layout.lead, ""), (None, "ITU-D"))[index % 3]
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


def seed(url: str, size: Size) -> Layout:
    engine = make_engine(url)
    try:
        upgrade(engine)
        rng = random.Random(SEED)
        layout = seed_base(engine, rng, size)
        seed_actions(engine, rng, layout, size.actions)
        if engine.dialect.name == "postgresql":
            # As autovacuum does after bulk inserts: it marks the pages all-visible, which
            # PostgreSQL's index-only scans need (ANALYZE alone does not).
            names = ", ".join(t.name for t in tables.metadata.sorted_tables)
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql(f"VACUUM ANALYZE {names}")
    finally:
        engine.dispose()
    return layout


# ---------------------------------------------------------------- measuring


_IN_LIST = re.compile(r"\((?:\s*(?:\?|%\(\w+\)s(?:::\w+)?|\$\d+)\s*,?)+\)")
_PARAMETER = re.compile(r"%\(\w+\)s(?:::\w+)?")
_FROM = re.compile(r" FROM (\w+)")
BIG_TABLE = 1_000  # rows: a full scan of a smaller table is what a planner should do
READS = ("SELECT", "WITH")  # statements that read: a WITH … SELECT is one too
_COLUMNS = re.compile(r"^SELECT .+? FROM ", re.DOTALL)


def shape(statement: str) -> str:
    """A statement without its column list and with IN lists collapsed: what repeats."""
    flat = " ".join(statement.split())
    flat = _COLUMNS.sub("SELECT … FROM ", flat)
    flat = _PARAMETER.sub("?", flat)  # PostgreSQL's %(name)s::TYPE, as SQLite's ?
    return _IN_LIST.sub("(…)", flat)


class SqlLog:
    """The statements sent on an engine and the time spent in their `execute` (rows read
    later from a cursor count where they are read); the texts and parameters only while
    capturing."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        self.seconds = 0.0
        self._started = 0.0
        self.captured: list[tuple[str, Any]] | None = None
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        self.count += 1
        if self.captured is not None:
            self.captured.append((statement, parameters))
        self._started = time.perf_counter()

    def _after(self, *_: Any) -> None:
        self.seconds += time.perf_counter() - self._started


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
    """Time spent in the cyclic garbage collector (thousands of objects made per request make
    it run; it counts in the timings like any other cost)."""

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
    text: str
    user: str

    @property
    def label(self) -> str:
        return self.text if self.user == ACTOR else f"{self.text} as {self.user}"


def _chunks(file: FileOut) -> Iterator[str]:
    return file.chunks()


class Bench:
    """One application on one seeded database, and the renderer the console uses."""

    def __init__(
        self, url: str, layout: Layout, workdir: Path, collector: Collector, warnings: Warnings
    ) -> None:
        self.url = url
        self.layout = layout
        self.side = layout.size.name
        self.workdir = workdir
        self.application: Application = build(
            Settings(database_url=url, admins=frozenset({ACTOR})), FakeClock(NOW)
        )
        self.renderer = Renderer(self.application.translator)
        self.sql = SqlLog(self.application.engine)
        self.gc = collector
        self.warnings = warnings

    def close(self) -> None:
        self.application.engine.dispose()

    def run(self, command: Command, check: bool = False) -> dict[str, Any]:
        """The command through `Assistant.handle`, its replies rendered as the console does and
        its file, if any, written to disk.

        The replies are not kept (a heap grown by earlier runs would slow the collector).
        """
        event = Incoming(PLATFORM, command.user, WG, command.text)
        before, seconds, collecting = self.sql.count, self.sql.seconds, self.gc.ms
        warned = self.warnings.count
        start = time.perf_counter()
        out = self.application.assistant.handle(event)
        handled = time.perf_counter()
        lines = self.render(out)
        rendered = time.perf_counter()
        written = self.write_files(out)
        done = time.perf_counter()
        if check:
            self.check(command, out)
        return {
            "handle_ms": (handled - start) * 1000,
            "render_ms": (rendered - handled) * 1000,
            "file_ms": (done - rendered) * 1000,
            "total_ms": (done - start) * 1000,
            "sql_ms": (self.sql.seconds - seconds) * 1000,
            "gc_ms": self.gc.ms - collecting,
            "statements": self.sql.count - before,
            "warnings": self.warnings.count - warned,
            "lines": lines,
            "file_bytes": written,
        }

    def render(self, out: list[Outgoing]) -> int:
        lines = 0
        for item in out:
            if not isinstance(item, Edit):
                lines += self.renderer.render(item.lines, item.locale, item.tz).count("\n") + 1
        return lines

    def write_files(self, out: list[Outgoing]) -> int:
        """Each file written to disk as the console writes it; how many bytes in all."""
        written = 0
        for item in out:
            if isinstance(item, Reply) and item.file is not None:
                target = self.workdir / f"{self.side}-{item.file.filename}"
                with target.open("w", encoding="utf-8") as file:
                    for chunk in _chunks(item.file):
                        file.write(chunk)
                written += target.stat().st_size
        return written

    def check(self, command: Command, out: list[Outgoing]) -> None:
        """A refusal or an internal error would make the timing meaningless."""
        for item in out:
            if isinstance(item, Edit):
                continue
            first = item.lines[0].id if item.lines else ""
            if first.startswith("error-"):
                raise AssertionError(f"{command.text!r} as {command.user} answered {first}")
            if first.endswith("-none"):
                print(f"  note: {command.label!r} found nothing on {self.side}", file=sys.stderr)

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
    """Median and 90th percentile (linear interpolation between order statistics)."""
    p90 = (
        statistics.quantiles(samples, n=10, method="inclusive")[-1]
        if len(samples) > 1
        else samples[0]
    )
    return {"median": statistics.median(samples), "p90": p90}


def _full_scan(plan: list[str]) -> bool:
    """A table read whole: SQLite `SCAN t` without an index (not the scan of a subquery's or a
    CTE's rows), PostgreSQL `Seq Scan`."""
    return any(
        (
            line.startswith("SCAN ")
            and " INDEX " not in line
            and line.split()[1] in tables.metadata.tables
        )
        or "Seq Scan" in line
        for line in plan
    )


def _table_rows(bench: Bench, table: str) -> int:
    with bench.application.engine.connect() as connection:
        value = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        connection.rollback()
    return int(value)


def measure(benches: list[Bench], commands: list[Command], runs: int) -> dict[str, Any]:
    """One warm-up pass, then `runs` passes: each command on each side in turn, the side that
    goes first alternating, so that noise hits both alike."""
    for bench in benches:
        for command in commands:
            bench.run(command, check=True)
    samples: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for n in range(runs):
        order = benches if n % 2 == 0 else benches[::-1]
        for command in commands:
            for bench in order:
                samples.setdefault((command.label, bench.side), []).append(bench.run(command))
    results: dict[str, Any] = {}
    for command in commands:
        for bench in benches:
            runs_ = samples[(command.label, bench.side)]
            results.setdefault(command.label, {})[bench.side] = {
                "command": command.text,
                "user": command.user,
                **{
                    key: _summary([r[key] for r in runs_])
                    for key in ("total_ms", "handle_ms", "render_ms", "file_ms", "sql_ms", "gc_ms")
                },
                "statements": runs_[-1]["statements"],
                "lines": runs_[-1]["lines"],
                "file_bytes": runs_[-1]["file_bytes"],
                "samples_ms": [round(r["total_ms"], 3) for r in runs_],
            }
    return results


def memory(benches: list[Bench], commands: list[Command]) -> dict[str, dict[str, int]]:
    """Peak Python memory during each command on each side, above what it started with
    (tracemalloc: allocations by Python code and objects, not the database's own caches)."""
    peaks: dict[str, dict[str, int]] = {}
    tracemalloc.start()
    try:
        for command in commands:
            for bench in benches:
                gc.collect()
                tracemalloc.reset_peak()
                start = tracemalloc.get_traced_memory()[0]
                bench.run(command)
                peak = tracemalloc.get_traced_memory()[1] - start
                peaks.setdefault(command.label, {})[bench.side] = peak
    finally:
        tracemalloc.stop()
    return peaks


def analyse_sql(
    bench: Bench, commands: list[Command], plans: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Per command: statements by shape, rows returned; each SELECT shape's plan."""
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
            if not statement.lstrip().upper().startswith(READS):
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
            "selects": sum(n for s, n in shapes.items() if s.startswith(READS)),
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


def commands() -> list[Command]:
    return [Command(text, user) for text, user in COMMANDS]


def bench_database(urls: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    """Seed one database per side, then measure every command on both, interleaved."""
    backend = backend_of(next(iter(urls.values())))
    log = progress(backend)
    layouts = {}
    for size in args.sides:
        start = time.perf_counter()
        layouts[size.name] = seed(urls[size.name], size)
        log(
            f"seeded {size.name} ({size.inputs:,} inputs, {size.actions:,} actions)"
            f" in {time.perf_counter() - start:.1f} s"
        )
    collector, warnings = Collector(), Warnings()
    translator_log = logging.getLogger("assistant.runtime.i18n")
    translator_log.addHandler(warnings)
    translator_log.propagate = False
    with tempfile.TemporaryDirectory(prefix="bench-files-") as workdir:
        benches = [
            Bench(urls[s.name], layouts[s.name], Path(workdir), collector, warnings)
            for s in args.sides
        ]
        try:
            chosen = commands()
            results = measure(benches, chosen, args.runs)
            log(f"measured, {args.runs} passes")
            peaks = memory(benches, chosen)
            log("memory traced")
            plans: dict[str, dict[str, Any]] = {}
            sql = analyse_sql(benches[-1], chosen, plans)
            log("plans read")
            by_label = {c.label: c for c in chosen}
            big = args.sides[-1].name
            slowest = max(chosen, key=lambda c: results[c.label][big]["total_ms"]["median"])
            profiled = [slowest]
            for label in args.profile or []:
                if label not in by_label:
                    raise SystemExit(f"--profile: no command {label!r}; one of {sorted(by_label)}")
                if by_label[label] not in profiled:
                    profiled.append(by_label[label])
            profiles = [profile(benches[-1], c, args.profile_runs) for c in profiled]
            log("profiled " + ", ".join(c.label for c in profiled))
        finally:
            for bench in benches:
                bench.close()
            collector.close()
            translator_log.removeHandler(warnings)
            translator_log.propagate = True
    return {
        "backend": backend,
        "layouts": {name: dataclasses.asdict(layout) for name, layout in layouts.items()},
        "results": results,
        "memory": peaks,
        "sql": sql,
        "plans": plans,
        "profiles": profiles,
        "warnings": dict(warnings.messages),
    }


# ---------------------------------------------------------------- printing


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _ratio(big: float, small: float) -> str:
    return f"{big / small:.1f}" if small > 0 else "–"


def _kib(amount: float) -> str:
    return f"{amount / 1024:,.0f}" if amount < 10 * 1024 * 1024 else f"{amount / 2**20:,.1f} Mi"


def print_timings(result: dict[str, Any], runs: int) -> None:
    backend = result["backend"]
    small, big = (result["layouts"][name]["size"] for name in ("small", "big"))
    print(
        f"== {backend}: small = {small['inputs']:,} inputs and {small['actions']:,} actions,"
        f" big = {big['inputs']:,} inputs and {big['actions']:,} actions"
    )
    print(
        f"   ms per command; {runs} passes per side, sides interleaved; median and p90 of the"
        " passes; × = big / small (medians)"
    )
    print(
        f"{'command':<34}{'small':>8}{'p90':>8}{'big':>9}{'p90':>9}{'× total':>9}"
        f"{'× handle':>9}{'sql s/b':>14}{'gc big':>8}{'SQL s/b':>9}{'lines s/b':>11}"
    )
    for label, sides in result["results"].items():
        s, b = sides["small"], sides["big"]
        sql = f"{s['sql_ms']['median']:.1f}/{b['sql_ms']['median']:.1f}"
        print(
            f"{_cut(label, 33):<34}{s['total_ms']['median']:>8.2f}{s['total_ms']['p90']:>8.2f}"
            f"{b['total_ms']['median']:>9.2f}{b['total_ms']['p90']:>9.2f}"
            f"{_ratio(b['total_ms']['median'], s['total_ms']['median']):>9}"
            f"{_ratio(b['handle_ms']['median'], s['handle_ms']['median']):>9}"
            f"{sql:>14}{b['gc_ms']['median']:>8.1f}"
            f"{s['statements']:>4}/{b['statements']:<4}{s['lines']:>5}/{b['lines']:<5}"
        )
    print(
        "(total = Assistant.handle + rendering as the console + writing the file, if any;"
        " handle alone;\n sql = time in the database's execute; gc = in the garbage collector;"
        " SQL = statements; lines = rendered reply lines)"
    )
    for message, times in result["warnings"].items():
        print(f"  translator warning ({times}× in all runs): {_cut(message, 100)}")
    print()
    print(f"== {backend}: files and memory (peak Python memory during the command, tracemalloc)")
    print(
        f"{'command':<34}{'KiB small':>11}{'KiB big':>11}{'× peak':>8}"
        f"{'file small':>12}{'file big':>12}{'file ms s/b':>16}{'µs/KiB big':>12}"
    )
    for label, sides in result["results"].items():
        s, b = sides["small"], sides["big"]
        peak = result["memory"][label]
        files = ""
        if b["file_bytes"]:
            per_kib = b["file_ms"]["median"] * 1000 / (b["file_bytes"] / 1024)
            file_ms = f"{s['file_ms']['median']:.1f}/{b['file_ms']['median']:.1f}"
            files = (
                f"{_kib(s['file_bytes']):>12}{_kib(b['file_bytes']):>12}"
                f"{file_ms:>16}{per_kib:>12.1f}"
            )
        print(
            f"{_cut(label, 33):<34}{_kib(peak['small']):>11}{_kib(peak['big']):>11}"
            f"{_ratio(peak['big'], peak['small']):>8}{files}"
        )
    print("(KiB; file = the export as written to disk, in KiB)")
    print()


def print_sql(result: dict[str, Any]) -> None:
    backend = result["backend"]
    print(f"== {backend}: SELECTs per command on the big side (times per run, rows read)")
    for label, s in result["sql"].items():
        print(f"{label}: {s['statements']} statements")
        for entry in s["shapes"]:
            if entry["shape"].startswith(READS):
                plan = result["plans"].get(entry["shape"], {})
                flag = "  FULL SCAN" if plan.get("full_scan") else ""
                print(
                    f"    {entry['times']:>3}× {entry['rows']:>7,} rows  "
                    f"{_cut(_short_shape(entry['shape']), 78)}{flag}"
                )
    print()
    print(
        f"== {backend}: query plans of the distinct SELECTs on the big side"
        f" (FULL SCAN = a table of {BIG_TABLE:,}+ rows read whole)"
    )
    for key, plan in result["plans"].items():
        flag = "FULL SCAN " if plan["full_scan"] else ""
        print(f"  {flag}{_cut(_short_shape(key), 76)}  [{plan['table_rows']:,} rows]")
        for line in plan["plan"][:6]:
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
            f"== {result['backend']}: cProfile of {p['command']!r} on the big side "
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
    parser.add_argument("--quick", action="store_true", help="fewer passes (5), one profile run")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, help="passes over every command and side (default 9)")
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
    args.runs = args.runs or (5 if args.quick or args.smoke else 9)
    args.profile_runs = 1 if args.quick or args.smoke else 3
    args.sides = SMOKE if args.smoke else SIDES
    names = [s.name for s in args.sides]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-queries-") as workdir:
        urls = {name: f"sqlite:///{Path(workdir) / f'{name}.db'}" for name in names}
        results.append(bench_database(urls, args))
    if args.database_url:
        schemas = {name: f"{SCHEMA}_{name}" for name in names}
        try:
            urls = {
                name: postgres_schema_url(args.database_url, schema)
                for name, schema in schemas.items()
            }
            results.append(bench_database(urls, args))
        finally:
            for schema in schemas.values():
                drop_postgres_schema(args.database_url, schema)
    for result in results:
        print_timings(result, args.runs)
        print_sql(result)
        print_profiles(result)
    out = Path(__file__).parent / "results" / "queries.json"
    out.parent.mkdir(exist_ok=True)
    settings = {
        "now": NOW.isoformat(),
        "sides": [dataclasses.asdict(s) for s in args.sides],
        "runs": args.runs,
        "percentiles": "median; p90 by statistics.quantiles(n=10, method='inclusive')",
        "profile_runs": args.profile_runs,
    }
    out.write_text(
        json.dumps({"settings": settings, "results": results}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
