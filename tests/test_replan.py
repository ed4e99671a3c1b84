"""Incremental re-planning: one person's change re-plans their reminders alone, to exactly the
rows a full re-plan of every round and meeting would give."""

from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlmodel import SQLModel

from assistant import commands as c
from assistant.dispatch import Incoming, Profile
from assistant.domain.audience import in_meeting_audience, in_round_audience
from assistant.domain.model import Meeting, Person, Reminder, Role, Round
from assistant.domain.reminders import (
    plan_meeting,
    plan_meeting_person,
    plan_round,
    plan_round_channels,
    plan_round_person,
)
from assistant.runtime.clock import FakeClock
from assistant.services import reminders
from storage.repositories import SqlUnitOfWork
from tests.conftest import SEED_START, Chat, make_chat
from tests.support import chat_on_copy, template_database

ZONES = ("UTC", "Europe/Zurich", "Asia/Tokyo", "America/Bogota", "Pacific/Auckland")
QUIET = ("22:00-07:00", "09:00-17:00", "00:00-00:00", "23:30-06:15")
OPENS = datetime(2024, 10, 7, 6, 0, tzinfo=UTC)
CLOSES = datetime(2025, 1, 31, 17, 0, tzinfo=UTC)

# ---------------------------------------------------------------- the plans, person by person

people = st.builds(
    Person,
    id=st.integers(1, 40),
    platform=st.just("slack"),
    user_id=st.just("U"),
    display_name=st.just("P"),
    tz=st.sampled_from(ZONES),
    tz_known=st.booleans(),
    role=st.sampled_from(Role),
    quiet_start=st.sampled_from([q[:5] for q in QUIET]),
    quiet_end=st.sampled_from([q[6:] for q in QUIET]),
)
offsets = st.sampled_from(["", "14d,3d", "2h", "30d,1d,1h", "1w,12h"])


@given(
    audience=st.lists(people, unique_by=lambda p: p.id, max_size=8),
    responded=st.sets(st.integers(1, 40)),
    reminder_offsets=offsets,
    channels=st.sampled_from(["", "C1", "C1,C2"]),
)
def test_a_round_plan_is_its_channels_plus_each_pending_persons_plan(
    audience: list[Person], responded: set[int], reminder_offsets: str, channels: str
) -> None:
    round_ = Round(
        id=3,
        title="R",
        opens_at=OPENS,
        closes_at=CLOSES,
        zone="Europe/Zurich",
        created_by=1,
        created_at=OPENS,
        announce_channels=channels,
        reminder_offsets=reminder_offsets,
    )
    pieces = plan_round_channels(round_) + [
        item
        for person in audience
        if person.id not in responded
        for item in plan_round_person(round_, person)
    ]
    assert plan_round(round_, audience, responded) == sorted(
        pieces, key=lambda r: (r.due_at, r.key)
    )
    for person in audience:
        mine = plan_round_person(round_, person)
        assert all(item.person is person for item in mine)
        assert all(item.key.endswith(f":p{person.id}") for item in mine)


@given(
    crowd=st.lists(people, unique_by=lambda p: p.id, max_size=10),
    of_audience=st.sets(st.integers(1, 40)),
    answered=st.sets(st.integers(1, 40)),
    coming=st.sets(st.integers(1, 40)),
    reminder_offsets=offsets,
    rsvp=st.booleans(),
    created_days_before=st.integers(0, 40),
)
def test_a_meeting_plan_is_each_persons_plan(
    crowd: list[Person],
    of_audience: set[int],
    answered: set[int],
    coming: set[int],
    reminder_offsets: str,
    rsvp: bool,
    created_days_before: int,
) -> None:
    starts = datetime(2024, 12, 17, 7, 0, tzinfo=UTC)
    meeting = Meeting(
        id=2,
        title="M",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        zone="Asia/Riyadh",
        rsvp_by=starts - timedelta(days=7) if rsvp else None,
        created_by=1,
        created_at=OPENS,
        reminder_offsets=reminder_offsets,
    )
    created = starts - timedelta(days=created_days_before)
    audience = [p for p in crowd if p.id in of_audience]
    attending = [p for p in crowd if p.id in coming]
    pieces = [
        item
        for person in crowd
        for item in plan_meeting_person(
            meeting,
            person,
            asked=person.id in of_audience and person.id not in answered,
            attending=person.id in coming,
            created_at=created,
        )
    ]
    assert plan_meeting(meeting, audience, answered, attending, created) == sorted(
        pieces, key=lambda r: (r.due_at, r.key)
    )


def test_audience_rules_person_by_person() -> None:
    def someone(role: Role) -> Person:
        return Person(id=1, platform="slack", user_id="U1", display_name="P", role=role)

    open_round = Round(
        id=1,
        title="R",
        opens_at=OPENS,
        closes_at=CLOSES,
        zone="UTC",
        created_by=1,
        created_at=OPENS,
    )
    members_round = Round(**{**open_round.__dict__, "members_only": True})
    stakeholder, member = someone(Role.STAKEHOLDER), someone(Role.MEMBER)
    secretariat = someone(Role.SECRETARIAT)
    assert in_round_audience(open_round, stakeholder, in_channels=True, responded=False)
    assert not in_round_audience(open_round, stakeholder, in_channels=False, responded=False)
    assert in_round_audience(open_round, stakeholder, in_channels=False, responded=True)
    # The secretariat runs rounds: asked for nothing unless it answered anyway.
    assert not in_round_audience(open_round, secretariat, in_channels=True, responded=False)
    assert in_round_audience(open_round, secretariat, in_channels=True, responded=True)
    assert not in_round_audience(members_round, stakeholder, in_channels=True, responded=False)
    assert in_round_audience(members_round, member, in_channels=False, responded=False)

    meeting = Meeting(
        id=1,
        title="M",
        starts_at=CLOSES,
        ends_at=CLOSES,
        zone="UTC",
        created_by=1,
        created_at=OPENS,
    )
    members_meeting = Meeting(**{**meeting.__dict__, "members_only": True})
    assert in_meeting_audience(meeting, stakeholder, in_channels=False, has_rsvp=True)
    assert not in_meeting_audience(meeting, stakeholder, in_channels=False, has_rsvp=False)
    assert in_meeting_audience(meeting, secretariat, in_channels=True, has_rsvp=False)
    assert not in_meeting_audience(members_meeting, stakeholder, in_channels=True, has_rsvp=True)
    assert in_meeting_audience(members_meeting, member, in_channels=False, has_rsvp=False)


# ---------------------------------------------------------------- incremental == full

USERS = ("lena", "omar", "wei", "kiri", "sam")
STRANGERS = ("xena", "yann")  # known only from a channel's member list
ADMIN = "zed"  # an admin not met yet: the secretariat from the first word


def prepare(chat: Chat) -> None:
    """#wg with three people, #members (members-only) with a member; R1 open and announced
    in #wg, R2 members-only in #members, R3 opening later, M1 with an RSVP deadline and two
    seats, M2 members-only."""
    say = chat.say
    say("/assistant channel members-only on", as_user="ana", channel="#members")
    for user in ("lena", "omar", "wei"):
        say("hello", as_user=f"@{user}", channel="#wg")
    say("hello", as_user="@lena", channel="#members")
    say("/assistant role @lena member", as_user="ana", channel="#office")
    say("/assistant role @omar chair", as_user="ana", channel="#office")
    say('/consult new "Open round" closes 31 January 2025 18:00 zone Geneva')
    say('/consult question R1 "First?"')
    say('/consult question R1 "Second?"')
    say("/consult announce R1 #wg")
    say('/consult new "Members round" closes 28 February 2025 zone Geneva members-only')
    say('/consult question R2 "Members?"')
    say("/consult announce R2 #members")
    say('/consult new "Later round" closes 15 December 2024 opens 14 October 2024 zone Geneva')
    say('/consult question R3 "Later?"')
    say("/consult announce R3 #wg")
    assert "Created M1" in say(
        '/meeting new "Session" at 17 December 2024 10:00 zone Riyadh '
        "rsvp-by 10 December 2024 capacity 2",
        channel="#wg",
    )
    say("/meeting announce M1", channel="#wg")
    say('/meeting new "Members meeting" at 5 February 2025 09:30 zone Geneva members-only')
    say("/meeting announce M2", channel="#members")
    say("/as @ana")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_database(tmp_path_factory, "replan", prepare)


user = st.sampled_from(("ana", *USERS, ADMIN))
someone_else = st.sampled_from(USERS)
channel = st.sampled_from(("#wg", "#members"))
operations = st.one_of(
    st.tuples(st.just("answer"), user, st.integers(1, 3), st.integers(1, 2), st.booleans()),
    st.tuples(st.just("form"), user, st.integers(1, 2), st.sets(st.integers(1, 2), min_size=1)),
    st.tuples(st.just("dialogue"), user, st.integers(1, 3)),
    st.tuples(st.just("join"), user, channel),
    st.tuples(
        st.just("sync"),
        st.lists(st.sampled_from((*USERS, *STRANGERS, ADMIN)), min_size=1, max_size=3, unique=True),
        channel,
    ),
    st.tuples(st.just("tz"), user, st.sampled_from(ZONES)),
    st.tuples(st.just("profile"), user, st.sampled_from(ZONES)),
    st.tuples(st.just("quiet"), user, st.sampled_from(QUIET)),
    st.tuples(st.just("role"), someone_else, st.sampled_from([r.value for r in Role])),
    st.tuples(
        st.just("rsvp"), user, st.integers(1, 2), st.sampled_from(["in-person", "remote", "no"])
    ),
    st.tuples(
        st.just("extend"), st.integers(1, 3), st.sampled_from(["20 March 2025", "1 May 2025"])
    ),
    st.tuples(st.just("remind"), st.integers(1, 3), st.sampled_from(["3d,1h", "14d,2d,2h"])),
    st.tuples(st.just("clock"), st.sampled_from(["+6h", "+3d", "+12d"])),
)


def play(chat: Chat, operation: tuple[Any, ...]) -> None:
    """One thing that happens in the chat; refusals are part of the game."""
    kind, *args = operation
    office = {"channel": "#office"}  # a channel nothing is announced in: no joins by accident
    if kind == "answer":
        who, round_id, question, again = args
        text = "Another view" if again else "A view"
        chat.say(f'/consult answer R{round_id} Q{question} "{text}"', as_user=f"@{who}", **office)
    elif kind == "form":
        who, round_id, questions = args
        answers = tuple((q, f"Form answer {q}") for q in sorted(questions))
        chat.assistant.execute(
            Incoming("console", who, "", "round:answers"),
            ("consult", "answers"),
            c.AnswerQuestions(round_id, answers),
        )
    elif kind == "dialogue":
        who, round_id = args
        chat.say(f"/consult respond R{round_id}", as_user=f"@{who}", **office)
        chat.say("Typed in the dialogue", **office)
    elif kind == "join":
        who, where = args
        chat.say("hello", as_user=f"@{who}", channel=where)
    elif kind == "sync":
        who, where = args
        chat.assistant.sync_members("console", where, list(who))
    elif kind == "profile":
        who, zone = args
        said = Incoming("console", who, "#office", "assistant help", profile=Profile(tz=zone))
        chat.assistant.handle(said)
    elif kind in ("tz", "quiet"):
        who, value = args
        chat.say(f"/assistant settings {kind} {value}", as_user=f"@{who}", **office)
    elif kind == "role":
        who, role = args
        chat.say(f"/assistant role @{who} {role}", as_user="@ana", **office)
    elif kind == "rsvp":
        who, meeting_id, choice = args
        chat.say(f"/meeting rsvp M{meeting_id} {choice}", as_user=f"@{who}", **office)
    elif kind == "extend":
        round_id, when = args
        chat.say(f"/consult extend R{round_id} {when}", as_user="@ana", **office)
    elif kind == "remind":
        round_id, offsets_ = args
        chat.say(f"/consult remind R{round_id} {offsets_}", as_user="@ana", **office)
    else:
        chat.say(f"/clock {args[0]}")


def reminder_rows(chat: Chat) -> list[tuple[Any, ...]]:
    """Every reminder row as a full re-plan defines it (ids and claims aside)."""
    with chat.assistant.unit_of_work() as uow:
        return sorted(
            (
                r.key,
                r.kind,
                r.subject,
                r.subject_id,
                r.person_id,
                r.channel_id,
                r.due_at,
                r.deadline,
                r.state.value,
            )
            for r in uow.reminders.find()
        )


def _ignoring_only(replan: Callable[..., None]) -> Callable[..., None]:
    def full(ctx: Any, subject: Any, only: Any = None) -> None:
        replan(ctx, subject)

    return full


def world(
    template: Path, operations_: list[tuple[Any, ...]], *, full: bool
) -> list[tuple[Any, ...]]:
    """The reminder rows after playing `operations_` on a copy of the template; with `full`,
    every re-plan that could be incremental re-plans whole rounds and meetings instead."""
    with tempfile.TemporaryDirectory() as directory, contextlib.ExitStack() as patches:
        if full:
            for name in ("replan_round", "replan_meeting"):
                replan = _ignoring_only(getattr(reminders, name))
                patches.enter_context(mock.patch.object(reminders, name, replan))
        chat = chat_on_copy(template, Path(directory))
        chat.assistant.admins = frozenset({"ana", ADMIN})
        try:
            for operation in operations_:
                play(chat, operation)
            return reminder_rows(chat)
        finally:
            chat.application.engine.dispose()


# Paths that random sequences reach only now and then, played every time.
PROMOTION = [
    ("rsvp", "lena", 1, "in-person"),
    ("rsvp", "omar", 1, "remote"),
    ("rsvp", "wei", 1, "in-person"),  # the third: waitlisted
    ("rsvp", "lena", 1, "no"),  # wei gets the seat, and the reminders before the start
]
ROLES_AND_NIGHTS = [
    ("sync", ["xena", "kiri"], "#wg"),
    ("join", ADMIN, "#wg"),  # of the members-only meeting's audience at once
    ("role", "sam", "member"),  # of the members-only audiences from now on
    ("role", "lena", "secretariat"),  # no longer asked for input
    ("tz", "kiri", "Asia/Tokyo"),
    ("quiet", "kiri", "09:00-17:00"),
    ("role", "sam", "stakeholder"),
]
ANSWERS_OVER_TIME = [
    ("clock", "+3d"),  # the opening reminders of R1 and R2 go out
    ("form", "omar", 1, {1, 2}),
    ("dialogue", "lena", 1),
    ("extend", 1, "20 March 2025"),  # new keys for everyone still to answer
    ("answer", "kiri", 1, 2, True),  # in no channel: a respondent all the same
    ("profile", "wei", "Pacific/Auckland"),  # a zone from the platform profile
    ("join", "sam", "#wg"),
    ("clock", "+12d"),  # R3 opens: announced in #wg, its reminders planned, the first sent
    ("answer", "wei", 3, 1, False),
    ("remind", 2, "3d,1h"),
    ("join", "sam", "#members"),
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, min_size=1, max_size=14))
@example(PROMOTION)
@example(ROLES_AND_NIGHTS)
@example(ANSWERS_OVER_TIME)
def test_incremental_replanning_gives_the_rows_of_a_full_replan(
    template: Path, operations_: list[tuple[Any, ...]]
) -> None:
    assert world(template, operations_, full=False) == world(template, operations_, full=True)


# ---------------------------------------------------------------- nobody else's rows


class ReminderSpy:
    """A reminder repository that notes every row it returns or is given."""

    def __init__(self, inner: Any, seen: list[Reminder]) -> None:
        self.inner = inner
        self.seen = seen

    def _note(self, value: Any) -> None:
        self.seen += [
            v for v in (value if isinstance(value, list) else [value]) if isinstance(v, Reminder)
        ]

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)

        def spied(*args: Any, **kwargs: Any) -> Any:
            for arg in args:
                self._note(arg)
            result = method(*args, **kwargs)
            self._note(result)
            return result

        return spied


def spy_on_reminders(chat: Chat) -> list[Reminder]:
    """From now on, every reminder row the application reads or writes, in order."""
    seen: list[Reminder] = []
    engine = chat.application.engine

    class Spied(SqlUnitOfWork):
        def __enter__(self) -> Spied:
            super().__enter__()
            self.reminders = ReminderSpy(self.reminders, seen)  # type: ignore[assignment]
            return self

    chat.assistant.unit_of_work = lambda read_only=False: Spied(engine, read_only=read_only)
    return seen


def working_group(chat: Chat, size: int) -> None:
    """R1 (two questions) and M1 (RSVP by a deadline) announced in #wg, where `size` people
    have spoken; everyone has reminders planned."""
    for n in range(size):
        chat.say("hello", as_user=f"@p{n}", channel="#wg")
    chat.say('/consult new "Round" closes 31 January 2025 18:00 zone Geneva', as_user="ana")
    chat.say('/consult question R1 "First?"')
    chat.say('/consult question R1 "Second?"')
    chat.say("/consult announce R1 #wg")
    chat.say('/meeting new "Session" at 17 December 2024 10:00 rsvp-by 10 December 2024')
    chat.say("/meeting announce M1", channel="#wg")


def rows_of_others(chat: Chat, person_id: int) -> list[tuple[Any, ...]]:
    with chat.assistant.unit_of_work() as uow:
        return [
            (r.id, r.key, r.due_at, r.state)
            for r in uow.reminders.find()
            if r.person_id != person_id
        ]


def person_id(chat: Chat, user: str) -> int:
    with chat.assistant.unit_of_work() as uow:
        (person,) = uow.people.find(user_id=user)
        return person.id or 0


CHANGES: dict[str, Callable[[Chat], None]] = {
    "answer": lambda chat: chat.say('/consult answer R1 Q1 "Mine"', as_user="@p3"),
    "form": lambda chat: chat.assistant.execute(
        Incoming("console", "p3", "", "round:answers"),
        ("consult", "answers"),
        c.AnswerQuestions(1, ((1, "Mine"), (2, "Also mine"))),
    ),
    "dialogue": lambda chat: chat.script("/as @p3\n/consult respond R1\nMine, in a dialogue"),
    "rsvp": lambda chat: chat.say("/meeting rsvp M1 remote", as_user="@p3"),
    # Someone known from elsewhere comes to #wg.
    "join": lambda chat: chat.say("hello", as_user="@pj", channel="#wg"),
    "sync": lambda chat: chat.assistant.sync_members("console", "#wg", ["pj"]),
    "zone": lambda chat: chat.say("/assistant settings tz Asia/Tokyo", as_user="@p3"),
    "quiet": lambda chat: chat.say("/assistant settings quiet 09:00-18:00", as_user="@p3"),
    "role": lambda chat: chat.say("/assistant role @p3 secretariat", as_user="@ana"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_of_one_person_reads_and_writes_only_their_reminders(
    chat: Chat, change: str
) -> None:
    working_group(chat, 12)
    chat.say("hello", as_user="@pj", channel="#office")
    chat.say("/assistant settings tz America/Bogota", as_user="@p3")  # nights of their own
    someone = person_id(chat, "pj" if change in ("join", "sync") else "p3")
    others = rows_of_others(chat, someone)
    with chat.assistant.unit_of_work() as uow:
        before = [r for r in uow.reminders.find() if r.person_id == someone]
    seen = spy_on_reminders(chat)

    CHANGES[change](chat)

    assert seen, "the change re-planned something"
    assert {r.person_id for r in seen} == {someone}
    assert rows_of_others(chat, someone) == others
    with chat.assistant.unit_of_work() as uow:
        after = [r for r in uow.reminders.find() if r.person_id == someone]
    assert after != before


@pytest.mark.parametrize("change", ["answer", "form", "dialogue", "rsvp", "join", "zone", "role"])
def test_a_change_of_one_person_reads_as_much_whatever_the_audience(
    tmp_path: Path, change: str
) -> None:
    """The same statements, and the same number of rows of each table read, for a change of
    one person in a group of 5 and in a group of 40."""
    costs = []
    for size in (5, 40):
        chat = make_chat(f"sqlite:///{tmp_path / f'{size}.db'}", FakeClock(SEED_START), tmp_path)
        try:
            working_group(chat, size)
            chat.say("hello", as_user="@pj", channel="#office")
            statements: list[str] = []
            loaded: Counter[str] = Counter()

            def statement(*args: Any, into: list[str] = statements) -> None:
                into.append(args[2])

            def load(row: Any, _: Any, into: Counter[str] = loaded) -> None:
                into[type(row).__name__] += 1

            event.listen(chat.application.engine, "before_cursor_execute", statement)
            event.listen(SQLModel, "load", load, propagate=True)
            try:
                CHANGES[change](chat)
            finally:
                event.remove(SQLModel, "load", load)
            costs.append((statements, loaded))
        finally:
            chat.application.engine.dispose()
    assert costs[0] == costs[1]
