"""Storage on SQLite and PostgreSQL: migrations, repositories, the unit of work, concurrency."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import StatementError

from assistant.domain.model import (
    ACTIVE_STATUSES,
    Action,
    ActionStatus,
    ActionUpdate,
    Answer,
    Channel,
    ChannelMember,
    Meeting,
    Organisation,
    Person,
    Question,
    ReceivedEvent,
    ReminderState,
    Role,
    Round,
    Rsvp,
    RsvpChoice,
    Setting,
)
from assistant.ports import Conflict, WriteNeeded
from assistant.runtime.clock import FakeClock
from storage.database import alembic_config, make_engine, upgrade
from storage.repositories import SqlUnitOfWork
from storage.tables import metadata
from tests.conftest import make_chat

KOLKATA = ZoneInfo("Asia/Kolkata")
BOGOTA = ZoneInfo("America/Bogota")
ZURICH = ZoneInfo("Europe/Zurich")
AOE = timezone(timedelta(hours=-12))

APP_TABLES = {
    "people",
    "channels",
    "channel_members",
    "rounds",
    "questions",
    "answers",
    "meetings",
    "rsvps",
    "actions",
    "action_updates",
    "received_events",
    "settings",
}


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database of each kind."""
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def is_utc(moment: datetime | None) -> bool:
    return moment is not None and moment.tzinfo is not None and moment.utcoffset() == timedelta(0)


# ---------------------------------------------------------------- migrations


def test_migrations_create_the_schema_from_empty_and_upgrade_twice_is_harmless(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    try:
        assert not set(inspect(engine).get_table_names()) & APP_TABLES
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= APP_TABLES | {"alembic_version"}
        with SqlUnitOfWork(engine) as uow:
            uow.received_events.add(
                ReceivedEvent(key="kept", received_at=datetime(2025, 1, 1, tzinfo=UTC))
            )
        upgrade(engine)  # already at head: changes nothing, loses nothing
        with SqlUnitOfWork(engine) as uow:
            assert [d.key for d in uow.received_events.find()] == ["kept"]
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            assert [v[0] for v in versions] == [head]
            # The migrated schema is exactly what the models describe: no missing column,
            # index, unique constraint or differing type.
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            if engine.dialect.name != "sqlite":
                assert compare_metadata(context, metadata) == []
                return
            # SQLAlchemy cannot reflect SQLite's expression indexes, so autogenerate skips
            # them (and says so); the one the models declare is checked by its SQL instead.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", ".*expression-based index", Warning)
                assert compare_metadata(context, metadata) == []
            created = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_actions_body_status_due'")
            ).scalar_one()
            assert "lower(owner_body), status, due_at, id" in created
    finally:
        engine.dispose()


def test_migrated_schema_has_the_unique_constraints(engine: Engine) -> None:
    inspector = inspect(engine)

    def unique_sets(table: str) -> set[frozenset[str]]:
        found = {frozenset(u["column_names"]) for u in inspector.get_unique_constraints(table)}
        found |= {frozenset(i["column_names"]) for i in inspector.get_indexes(table) if i["unique"]}
        return found

    assert frozenset({"platform", "user_id"}) in unique_sets("people")
    assert frozenset({"key"}) in unique_sets("received_events")
    assert frozenset({"channel_id"}) in unique_sets("channels")
    assert frozenset({"meeting_id", "person_id"}) in unique_sets("rsvps")
    assert frozenset({"question_id", "person_id", "version"}) in unique_sets("answers")


# ---------------------------------------------------------------- round trips


def _people(uow: SqlUnitOfWork) -> tuple[Person, Person]:
    itu = uow.organisations.add(
        Organisation(name="ITU Secretariat", country="CO", stakeholder_group="intergovernmental")
    )
    ana = uow.people.add(
        Person(
            platform="slack",
            user_id="U0ANA",
            display_name="Ana Ñúñez «ITU»",
            tz="America/Bogota",
            language="es",
            role=Role.SECRETARIAT,
            organisation_id=itu.id,
            organisation="ITU Secretariat",
            country="CO",
            stakeholder_group="intergovernmental",
            quiet_start="21:30",
            quiet_end="06:45",
            dialogue_round_id=7,
            dialogue_position=2,
        )
    )
    lena = uow.people.add(Person(platform="slack", user_id="U0LENA", display_name="Lena"))
    return ana, lena


def _entities(uow: SqlUnitOfWork) -> dict[str, Any]:
    """One of every entity, each field set to a non-default value where it can be."""
    ana, lena = _people(uow)
    assert ana.id is not None
    assert lena.id is not None
    channel = uow.channels.add(
        Channel(
            platform="slack",
            channel_id="C0CWG",
            language="fr",
            members_only=True,
            digest_schedule="mon 09:00",
            digest_zone="Europe/Zurich",
            digest_last_at=datetime(2024, 10, 7, 9, 0, tzinfo=ZURICH),
        )
    )
    assert channel.id is not None
    member = uow.channel_members.add(ChannelMember(channel_id=channel.id, person_id=lena.id))
    round_ = uow.rounds.add(
        Round(
            title="The role of public policy in promoting multilingualization of the Internet",
            opens_at=datetime(2024, 10, 7, 0, 0, tzinfo=KOLKATA),
            closes_at=datetime(2025, 1, 31, 23, 59, tzinfo=AOE),
            zone="AoE",
            members_only=True,
            created_by=ana.id,
            created_at=datetime(2024, 10, 4, 10, 15, 30, 123456, tzinfo=BOGOTA),
            announce_channels="C0CWG,C0GEN",
            announced_at=datetime(2024, 10, 7, 0, 1, tzinfo=UTC),
            closed_at=datetime(2025, 2, 1, 12, 0, tzinfo=ZURICH),
            closing_announced_at=datetime(2025, 2, 1, 12, 1, tzinfo=ZURICH),
            reminder_offsets="14d,1d",
        )
    )
    assert round_.id is not None
    question = uow.questions.add(
        Question(round_id=round_.id, position=1, text="What are the benefits? " * 100)
    )
    assert question.id is not None
    answer = uow.answers.add(
        Answer(
            round_id=round_.id,
            question_id=question.id,
            person_id=lena.id,
            text="Universal acceptance — «IDN» 日本語 العربية\nsecond line",
            version=3,
            submitted_at=datetime(2025, 1, 10, 18, 0, tzinfo=KOLKATA),
        )
    )
    meeting = uow.meetings.add(
        Meeting(
            title="CWG-Internet open consultation at IGF 2024",
            starts_at=datetime(2024, 12, 16, 10, 0, tzinfo=ZoneInfo("Asia/Riyadh")),
            ends_at=datetime(2024, 12, 16, 11, 30, tzinfo=ZoneInfo("Asia/Riyadh")),
            zone="Asia/Riyadh",
            place="IGF, Riyadh",
            link="https://example.org/join?x=1&y=2",
            members_only=True,
            rsvp_by=datetime(2024, 12, 10, 23, 59, tzinfo=AOE),
            capacity=60,
            created_by=ana.id,
            created_at=datetime(2024, 10, 4, 8, 0, tzinfo=UTC),
            announce_channels="C0GEN",
            announced_at=datetime(2024, 10, 5, 8, 0, tzinfo=UTC),
            reminder_offsets="2d,2h",
        )
    )
    assert meeting.id is not None
    rsvp = uow.rsvps.add(
        Rsvp(
            meeting_id=meeting.id,
            person_id=lena.id,
            choice=RsvpChoice.REMOTE,
            waitlisted=True,
            seq=4,
            updated_at=datetime(2024, 12, 1, 7, 0, tzinfo=BOGOTA),
        )
    )
    action = uow.actions.add(
        Action(
            ref="7.3.1",
            text="Launch the open consultation",
            owner_person_id=lena.id,
            owner_body="ITU Secretariat",
            due_at=datetime(2024, 10, 7, 23, 59, tzinfo=ZURICH),
            due_zone="Europe/Zurich",
            meeting_id=meeting.id,
            status=ActionStatus.BLOCKED,
            created_by=ana.id,
            created_at=datetime(2024, 10, 4, 9, 0, tzinfo=UTC),
            updated_at=datetime(2024, 10, 5, 9, 0, tzinfo=KOLKATA),
            reminder_offsets="3d,1d",
        )
    )
    assert action.id is not None
    update = uow.action_updates.add(
        ActionUpdate(
            action_id=action.id,
            person_id=ana.id,
            at=datetime(2024, 10, 5, 9, 0, tzinfo=KOLKATA),
            status=ActionStatus.IN_PROGRESS,
            note="Summary drafted",
        )
    )
    received = uow.received_events.add(
        ReceivedEvent(
            key="round:1:1738367940:1d:p2", received_at=datetime(2025, 1, 30, 12, tzinfo=AOE)
        )
    )
    setting = uow.settings.add(
        Setting(
            name="action-reminder-offsets",
            value="7d,2d",
            updated_at=datetime(2024, 10, 6, 9, 0, tzinfo=KOLKATA),
        )
    )
    return {
        "settings": setting,
        "people": ana,
        "channels": channel,
        "channel_members": member,
        "rounds": round_,
        "questions": question,
        "answers": answer,
        "meetings": meeting,
        "rsvps": rsvp,
        "actions": action,
        "action_updates": update,
        "received_events": received,
    }


def test_every_repository_round_trips_its_entity(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        stored = _entities(uow)
    assert all(item.id is not None for item in stored.values())
    with SqlUnitOfWork(engine) as uow:
        for repository, original in stored.items():
            loaded = getattr(uow, repository).get(original.id)
            assert loaded is not None, repository
            assert type(loaded) is type(original)
            # Aware datetimes compare as instants: a Kolkata input equals its UTC reading.
            assert dataclasses.asdict(loaded) == dataclasses.asdict(original), repository
            for field in dataclasses.fields(loaded):
                value = getattr(loaded, field.name)
                if isinstance(value, datetime):
                    assert is_utc(value), (repository, field.name, value)
                original_value = getattr(original, field.name)
                assert type(value) is type(original_value), (repository, field.name)


def test_enums_come_back_as_enums(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        stored = _entities(uow)
    with SqlUnitOfWork(engine) as uow:
        person = uow.people.get(stored["people"].id)
        rsvp = uow.rsvps.get(stored["rsvps"].id)
        action = uow.actions.get(stored["actions"].id)
        update = uow.action_updates.get(stored["action_updates"].id)
    assert person is not None
    assert rsvp is not None
    assert action is not None
    assert update is not None
    assert type(person.role) is Role
    assert person.role is Role.SECRETARIAT
    assert type(rsvp.choice) is RsvpChoice
    assert rsvp.choice is RsvpChoice.REMOTE
    assert type(action.status) is ActionStatus
    assert action.status is ActionStatus.BLOCKED
    assert update.status is ActionStatus.IN_PROGRESS


def test_defaults_and_nulls_round_trip(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        person = uow.people.add(Person(platform="console", user_id="bob", display_name="bob"))
        round_ = uow.rounds.add(
            Round(
                title="R",
                opens_at=datetime(2025, 1, 1, tzinfo=UTC),
                closes_at=datetime(2025, 2, 1, tzinfo=UTC),
                zone="UTC",
                created_by=1,
                created_at=datetime(2025, 1, 1, tzinfo=UTC),
            )
        )
        action = uow.actions.add(
            Action(
                text="t",
                created_by=1,
                created_at=datetime(2025, 1, 1, tzinfo=UTC),
                updated_at=datetime(2025, 1, 1, tzinfo=UTC),
            )
        )
    with SqlUnitOfWork(engine) as uow:
        assert uow.people.get(person.id or 0) == person
        loaded_round = uow.rounds.get(round_.id or 0)
        loaded_action = uow.actions.get(action.id or 0)
    assert loaded_round == round_
    assert loaded_round is not None
    assert loaded_round.closed_at is None
    assert loaded_action == action
    assert loaded_action is not None
    assert loaded_action.due_at is None
    assert loaded_action.owner_person_id is None
    assert loaded_action.status is ActionStatus.OPEN


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2025, 1, 31, 23, 59, tzinfo=AOE),
        datetime(2025, 1, 31, 23, 59, tzinfo=ZoneInfo("Pacific/Auckland")),
        datetime(2025, 10, 26, 2, 30, tzinfo=ZURICH),  # first of the two 02:30s
        datetime(2025, 10, 26, 2, 30, fold=1, tzinfo=ZURICH),  # the second one
        datetime(2024, 12, 16, 10, 0, 0, 999999, tzinfo=KOLKATA),
    ],
    ids=["aoe", "auckland", "overlap-first", "overlap-second", "micros"],
)
def test_non_utc_inputs_are_stored_as_the_same_instant(engine: Engine, moment: datetime) -> None:
    with SqlUnitOfWork(engine) as uow:
        delivery = uow.received_events.add(ReceivedEvent(key="k", received_at=moment))
    with SqlUnitOfWork(engine) as uow:
        loaded = uow.received_events.get(delivery.id or 0)
    assert loaded is not None
    assert is_utc(loaded.received_at)
    assert loaded.received_at.timestamp() == moment.timestamp()
    assert loaded.received_at == moment.astimezone(UTC)
    # What is in the table is the UTC instant, whatever the database's own zone handling.
    with engine.connect() as connection:
        raw = connection.execute(text("SELECT received_at FROM received_events")).scalar_one()
    if isinstance(raw, str):  # SQLite keeps text, which must be the UTC wall time
        assert datetime.fromisoformat(raw).replace(tzinfo=UTC) == moment.astimezone(UTC)
    else:
        assert raw.timestamp() == moment.timestamp()


def test_naive_datetimes_are_refused_and_nothing_is_written(engine: Engine) -> None:
    naive = datetime(2025, 1, 1, 12, 0)  # noqa: DTZ001
    with pytest.raises((StatementError, ValueError), match="naive"), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        uow.people.add(Person(platform="slack", user_id="U1", display_name="x"))
        uow.received_events.add(ReceivedEvent(key="naive", received_at=naive))
    with SqlUnitOfWork(engine) as uow:
        assert uow.people.find() == []
        assert uow.received_events.find() == []
    # Saving a naive value into an existing row is refused as well.
    with SqlUnitOfWork(engine) as uow:
        delivery = uow.received_events.add(
            ReceivedEvent(key="ok", received_at=datetime(2025, 1, 1, tzinfo=UTC))
        )
    with pytest.raises((StatementError, ValueError), match="naive"), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        delivery.received_at = naive
        uow.received_events.save(delivery)
    with SqlUnitOfWork(engine) as uow:
        kept = uow.received_events.get(delivery.id or 0)
    assert kept is not None
    assert kept.received_at == datetime(2025, 1, 1, tzinfo=UTC)


# ---------------------------------------------------------------- queries and writes


def test_find_matches_by_equality_including_enums_and_orders_by_id(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        added = [
            uow.people.add(
                Person(
                    platform="slack" if i % 2 else "matrix",
                    user_id=f"U{i}",
                    display_name=f"P{i}",
                    role=Role.MEMBER if i % 3 == 0 else Role.STAKEHOLDER,
                )
            )
            for i in range(10)
        ]
    with SqlUnitOfWork(engine) as uow:
        assert uow.people.find() == added
        members = uow.people.find(role=Role.MEMBER)
        assert [p.user_id for p in members] == ["U0", "U3", "U6", "U9"]
        assert uow.people.find(role="member") == members
        slack_members = uow.people.find(role=Role.MEMBER, platform="slack")
        assert [p.user_id for p in slack_members] == ["U3", "U9"]
        assert uow.people.find(user_id="nobody") == []
        assert uow.people.find(dialogue_round_id=None) == added
        ids = [p.id for p in uow.people.find(platform="matrix")]
        assert ids == sorted(ids)


def test_find_in_handles_more_values_than_one_query_takes(engine: Engine) -> None:
    sent = datetime(2025, 1, 1, tzinfo=UTC)
    with SqlUnitOfWork(engine) as uow:
        for i in range(1300):
            uow.received_events.add(ReceivedEvent(key=f"key-{i:04d}", received_at=sent))
    wanted = [f"key-{i:04d}" for i in range(0, 1300, 1)] + ["missing", "key-0001", None]
    with SqlUnitOfWork(engine) as uow:
        found = uow.received_events.find_in("key", wanted)
        assert len(found) == 1300
        assert {d.key for d in found} == {f"key-{i:04d}" for i in range(1300)}
        some = uow.received_events.find_in("key", (f"key-{i:04d}" for i in range(3, 1300, 2)))
        assert sorted(d.key for d in some) == [f"key-{i:04d}" for i in range(3, 1300, 2)]
        assert uow.received_events.find_in("key", []) == []
        by_id = uow.received_events.find_in("id", [d.id for d in found[:700]])
        assert sorted(d.id or 0 for d in by_id) == sorted(d.id or 0 for d in found[:700])


def test_get_save_and_delete(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        ana, lena = _people(uow)
    with SqlUnitOfWork(engine) as uow:
        assert uow.people.get(10_000) is None
        lena.tz = "Asia/Kolkata"
        lena.role = Role.CHAIR
        lena.dialogue_round_id = 3
        uow.people.save(lena)
    with SqlUnitOfWork(engine) as uow:
        loaded = uow.people.get(lena.id or 0)
        assert loaded == lena
        assert loaded is not None
        assert loaded.role is Role.CHAIR
        uow.people.delete(lena)
        uow.people.delete(lena)  # deleting twice is harmless
    with SqlUnitOfWork(engine) as uow:
        assert uow.people.get(lena.id or 0) is None
        assert uow.people.find() == [ana]
        with pytest.raises(LookupError):
            uow.people.save(lena)


# ---------------------------------------------------------------- unit of work


def test_unit_of_work_rolls_back_everything_on_an_exception(engine: Engine) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        _entities(uow)
        raise Boom
    with SqlUnitOfWork(engine) as uow:
        for name in (
            "people",
            "channels",
            "channel_members",
            "rounds",
            "questions",
            "answers",
            "meetings",
            "rsvps",
            "actions",
            "action_updates",
            "received_events",
            "settings",
        ):
            assert getattr(uow, name).find() == [], name


def test_unit_of_work_rolls_back_changes_to_existing_rows(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        ana, lena = _people(uow)
    with pytest.raises(RuntimeError), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        lena.role = Role.SECRETARIAT
        uow.people.save(lena)
        uow.people.delete(ana)
        raise RuntimeError("half-way")
    with SqlUnitOfWork(engine) as uow:
        assert [p.user_id for p in uow.people.find()] == ["U0ANA", "U0LENA"]
        loaded = uow.people.get(lena.id or 0)
        assert loaded is not None
        assert loaded.role is Role.STAKEHOLDER


def test_unit_of_work_commits_on_success_and_others_see_it(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        stored = _entities(uow)
        # Visible inside the transaction before the commit.
        assert uow.rounds.find() == [stored["rounds"]]
    with SqlUnitOfWork(engine) as uow:
        assert uow.rounds.find() == [stored["rounds"]]
        assert len(uow.people.find()) == 2


def test_same_person_twice_is_refused_and_rolls_back(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.people.add(Person(platform="slack", user_id="U1", display_name="first"))
    with pytest.raises(Conflict), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        uow.channels.add(Channel(platform="slack", channel_id="C1"))
        uow.people.add(Person(platform="slack", user_id="U1", display_name="again"))
    with SqlUnitOfWork(engine) as uow:
        assert [p.display_name for p in uow.people.find()] == ["first"]
        assert uow.channels.find() == []
        # The same user id on another platform is another person.
        uow.people.add(Person(platform="matrix", user_id="U1", display_name="other"))
    with SqlUnitOfWork(engine) as uow:
        assert len(uow.people.find(user_id="U1")) == 2


def test_same_delivery_key_twice_is_refused_and_rolls_back(engine: Engine) -> None:
    at = datetime(2025, 1, 30, tzinfo=UTC)
    with pytest.raises(Conflict), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        uow.received_events.add(ReceivedEvent(key="round:1:x:1d:p1", received_at=at))
        uow.received_events.add(ReceivedEvent(key="round:1:x:1d:p1", received_at=at))
    with SqlUnitOfWork(engine) as uow:
        assert uow.received_events.find() == []
        uow.received_events.add(ReceivedEvent(key="round:1:x:1d:p1", received_at=at))
    # A second worker claiming the same delivery later fails, and its other writes go too.
    with pytest.raises(Conflict), SqlUnitOfWork(engine) as uow:  # noqa: PT012
        uow.people.add(Person(platform="slack", user_id="U9", display_name="x"))
        uow.received_events.add(
            ReceivedEvent(key="round:1:x:1d:p1", received_at=at + timedelta(seconds=1))
        )
    with SqlUnitOfWork(engine) as uow:
        assert [(d.key, d.received_at) for d in uow.received_events.find()] == [
            ("round:1:x:1d:p1", at)
        ]
        assert uow.people.find() == []


def test_other_unique_constraints_hold(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        stored = _entities(uow)
    member = stored["channel_members"]
    rsvp = stored["rsvps"]
    answer = stored["answers"]
    duplicates: list[Callable[[SqlUnitOfWork], object]] = [
        lambda u: u.channels.add(Channel(platform="slack", channel_id="C0CWG")),
        lambda u: u.channel_members.add(
            ChannelMember(channel_id=member.channel_id, person_id=member.person_id)
        ),
        lambda u: u.rsvps.add(dataclasses.replace(rsvp, id=None, choice=RsvpChoice.NO)),
        lambda u: u.answers.add(dataclasses.replace(answer, id=None, text="other")),
    ]
    for duplicate in duplicates:
        with pytest.raises(Conflict), SqlUnitOfWork(engine) as uow:
            duplicate(uow)
    with SqlUnitOfWork(engine) as uow:
        assert len(uow.channels.find()) == 1
        assert len(uow.channel_members.find()) == 1
        assert uow.rsvps.find() == [rsvp]
        assert uow.answers.find() == [answer]


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(Conflict), SqlUnitOfWork(engine) as uow:
        uow.questions.add(Question(round_id=4242, position=1, text="orphan"))
    with SqlUnitOfWork(engine) as uow:
        assert uow.questions.find() == []


# ---------------------------------------------------------------- SQLite specifics


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'concurrency.db'}"


def test_sqlite_uses_wal_and_safe_pragmas(sqlite_url: str, tmp_path: Path) -> None:
    engine = make_engine(sqlite_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    # WAL is a property of the file: any other client sees it too.
    raw = sqlite3.connect(tmp_path / "concurrency.db")
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


@pytest.mark.parametrize(
    "write",
    [
        lambda uow: uow.people.add(Person(platform="x", user_id="new", display_name="n")),
        lambda uow: uow.people.get_or_add(Person(platform="x", user_id="new", display_name="n")),
        lambda uow: uow.people.save(dataclasses.replace(uow.people.find()[0], display_name="B")),
        lambda uow: uow.people.delete(uow.people.find()[0]),
        lambda uow: uow.reminders.set_state([1], ReminderState.SENT, datetime.now(UTC)),
    ],
    ids=["add", "get_or_add", "save", "delete", "update-statement"],
)
def test_a_read_only_unit_of_work_stops_at_its_first_write(
    engine: Engine, write: Callable[[SqlUnitOfWork], object]
) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.people.add(Person(platform="x", user_id="known", display_name="A"))
    with pytest.raises(WriteNeeded), SqlUnitOfWork(engine, read_only=True) as uow:  # noqa: PT012
        assert [p.user_id for p in uow.people.find()] == ["known"]  # reading is fine
        write(uow)
    with SqlUnitOfWork(engine, read_only=True) as uow:
        assert [(p.user_id, p.display_name) for p in uow.people.find()] == [("known", "A")]


def test_transactions_of_one_process_take_turns(database_url: str) -> None:
    """One at a time, on SQLite and on PostgreSQL; a thread may nest them (a read inside a
    write) without waiting for itself."""
    engine = make_engine(database_url)
    upgrade(engine)
    threads_count = 6
    start = threading.Barrier(threads_count)
    lock = threading.Lock()
    inside, peak = 0, 0

    def work() -> None:
        nonlocal inside, peak
        start.wait()
        with SqlUnitOfWork(engine), SqlUnitOfWork(engine, read_only=True) as uow:
            uow.people.find()
            with lock:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.05)  # long enough for every other thread to try to come in
            with lock:
                inside -= 1

    try:
        threads = [threading.Thread(target=work) for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert peak == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("engines", ["shared-engine", "engine-per-thread"])
def test_sqlite_concurrent_read_then_write_units_of_work_all_succeed(
    sqlite_url: str, engines: str
) -> None:
    """Threads (or replicas with their own engine) increment a counter read-then-write."""
    setup = make_engine(sqlite_url)
    upgrade(setup)
    with SqlUnitOfWork(setup) as uow:
        counter = uow.people.add(
            Person(platform="x", user_id="counter", display_name="c", dialogue_position=0)
        )
    threads_count, rounds_each = 4, 25
    barrier = threading.Barrier(threads_count)
    errors: list[BaseException] = []
    own_engines: list[Engine] = []

    def work(number: int) -> None:
        engine = setup
        if engines == "engine-per-thread":
            engine = make_engine(sqlite_url)
            own_engines.append(engine)
        try:
            barrier.wait()
            for i in range(rounds_each):
                with SqlUnitOfWork(engine) as uow:
                    person = uow.people.get(counter.id or 0)
                    assert person is not None
                    assert person.dialogue_position is not None
                    person.dialogue_position += 1
                    uow.people.save(person)
                    uow.received_events.add(
                        ReceivedEvent(
                            key=f"t{number}-{i}", received_at=datetime(2025, 1, 1, tzinfo=UTC)
                        )
                    )
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert errors == []
        with SqlUnitOfWork(setup) as uow:
            final = uow.people.get(counter.id or 0)
            assert final is not None
            # No lost update and no "database is locked": every increment counted.
            assert final.dialogue_position == threads_count * rounds_each
            assert len(uow.received_events.find()) == threads_count * rounds_each
    finally:
        for engine in own_engines:
            engine.dispose()
        setup.dispose()


# ---------------------------------------------------------------- the assistant end to end


def test_a_short_conversation_works_on_each_database(
    database_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    chat = make_chat(database_url, clock, tmp_path)
    try:
        chat.say("/assistant settings tz Europe/Zurich")
        out = chat.say('/consult new "Multilingual Internet" closes 31 January 2025 zone Geneva')
        assert "Created R1" in out
        assert "23:59 Europe/Zurich" in out
        out = chat.say('/consult question R1 "What could ITU do?"')
        assert "Added Q1 to R1" in out
        out = chat.say("/consult announce R1 #cwg-internet")
        assert "R1" in out
        out = chat.say('/consult answer R1 Q1 "Universal acceptance"', as_user="@lena")
        assert "version 1" in out
        out = chat.say('/consult answer R1 Q1 "Universal acceptance of IDNs"', as_user="@lena")
        assert "version 2" in out
        out = chat.say("/consult status R1", as_user="ana")
        assert "Inputs: 1 from 1 respondent" in out
        assert "@lena" in out
        engine = chat.application.engine
        with SqlUnitOfWork(engine) as uow:
            (round_,) = uow.rounds.find()
            assert round_.title == "Multilingual Internet"
            assert round_.zone == "Europe/Zurich"
            assert round_.closes_at == datetime(2025, 1, 31, 23, 59, tzinfo=ZURICH)
            assert is_utc(round_.closes_at)
            answers = uow.answers.find(round_id=round_.id)
            assert [(a.version, a.text) for a in answers] == [
                (1, "Universal acceptance"),
                (2, "Universal acceptance of IDNs"),
            ]
            (lena,) = uow.people.find(user_id="lena")
            assert lena.role is Role.STAKEHOLDER
    finally:
        chat.application.engine.dispose()
    # A restart on the same database keeps everything.
    again = make_chat(database_url, clock, tmp_path)
    try:
        out = again.say("/consult status R1", as_user="ana")
        assert "Inputs: 1 from 1 respondent" in out
    finally:
        again.application.engine.dispose()


def test_action_search_filters_sorts_and_pages_in_the_database(engine: Engine) -> None:
    now = datetime(2025, 1, 15, 12, tzinfo=UTC)
    with SqlUnitOfWork(engine) as uow:
        ana = uow.people.add(Person(platform="console", user_id="ana", display_name="Ana"))
        hidden = uow.meetings.add(
            Meeting(
                title="Members only",
                starts_at=now,
                ends_at=now + timedelta(hours=1),
                zone="UTC",
                members_only=True,
                created_by=ana.id or 0,
                created_at=now,
            )
        )
        for number in range(30):
            uow.actions.add(
                Action(
                    ref=f"9.{number}",
                    text=f"Action {number}",
                    owner_person_id=ana.id if number % 2 else None,
                    owner_body="" if number % 2 else "ITU Secretariat",
                    due_at=now + timedelta(days=number - 10) if number % 3 else None,
                    meeting_id=hidden.id if number == 5 else None,
                    status=ActionStatus.DONE if number % 7 == 0 else ActionStatus.OPEN,
                    created_by=ana.id or 0,
                    created_at=now,
                    updated_at=now,
                )
            )
    with SqlUnitOfWork(engine) as uow:
        everything = uow.actions.find()
        found, total = uow.actions.search(
            statuses=ACTIVE_STATUSES,
            owner_person_id=None,
            owner_body=None,
            due_from=None,
            due_before=now,
            hidden_meetings={hidden.id or 0},
            limit=3,
        )
        expected = sorted(
            (
                a
                for a in everything
                if a.is_active and a.due_at is not None and a.due_at < now and a.meeting_id is None
            ),
            key=lambda a: (a.due_at, a.id),
        )
        assert total == len(expected)
        assert [a.ref for a in found] == [a.ref for a in expected[:3]]
        bodies, count = uow.actions.search(
            statuses=None,
            owner_person_id=None,
            owner_body="itu secretariat",
            due_from=None,
            due_before=None,
            hidden_meetings=(),
            limit=100,
        )
        assert count == len(bodies) == sum(1 for a in everything if a.owner_body)
        # Undated actions come last.
        assert [a.due_at is None for a in bodies] == sorted(a.due_at is None for a in bodies)
