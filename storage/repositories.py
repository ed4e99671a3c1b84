"""Repositories and the unit of work over SQLAlchemy sessions, mapping rows to domain objects."""

from __future__ import annotations

import dataclasses
import sqlite3
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from functools import cache
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from sqlalchemy import (
    Engine,
    Select,
    and_,
    distinct,
    func,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel

from assistant.domain import model
from assistant.ports import (
    ActionRepository,
    AnswerRepository,
    Busy,
    Conflict,
    KeyedRepository,
    OrganisationRepository,
    PersonField,
    PersonRepository,
    ReminderRepository,
    Repository,
    RsvpRepository,
)
from storage import tables
from storage.database import reading, turn

D = TypeVar("D")
R = TypeVar("R", bound=SQLModel)

_CHUNK = 500
# Rows fetched at a time when a long result is read while it is used (an export).
_BATCH = 200
# The INSERT that can be told what to do about a duplicate key, per dialect.
_INSERT: dict[str, Callable[[Any], postgresql.Insert | sqlite.Insert]] = {
    "postgresql": postgresql.insert,
    "sqlite": sqlite.insert,
}
# PostgreSQL's transient failures (SQLSTATE): serialization_failure, deadlock_detected.
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})
# SQLite's primary result codes for a database, or a table, that another connection holds.
_TRANSIENT_SQLITE_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def _storage_failure(error: BaseException) -> Exception | None:
    """The application's name for a database error: `Conflict` for a broken uniqueness rule,
    `Busy` for a failure that may pass if the transaction runs again; None for anything else."""
    if isinstance(error, IntegrityError):
        return Conflict(str(error.orig))
    if not isinstance(error, DBAPIError):
        return None
    driver_error = error.orig
    sqlstate = getattr(driver_error, "sqlstate", None)
    # Extended SQLite codes keep the primary one in the low byte (SQLITE_BUSY_SNAPSHOT is 517).
    sqlite_code = getattr(driver_error, "sqlite_errorcode", None)
    if sqlstate in _TRANSIENT_SQLSTATES or (
        sqlite_code is not None and sqlite_code & 0xFF in _TRANSIENT_SQLITE_CODES
    ):
        return Busy(str(driver_error))
    return None


@cache
def _field_names(domain: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(domain))


@cache
def _enum_fields(domain: type) -> dict[str, type[Enum]]:
    hints = typing.get_type_hints(domain)
    return {
        name: hint
        for name, hint in hints.items()
        if isinstance(hint, type) and issubclass(hint, Enum)
    }


def row_values(item: Any) -> dict[str, Any]:
    """A domain dataclass as the values of its table's row (enums stored as their values)."""
    values = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    return {k: (v.value if isinstance(v, Enum) else v) for k, v in values.items()}


class SqlRepository(Generic[D, R]):
    """Stores one domain dataclass in the table of the same shape."""

    def __init__(self, session: Session, domain: type[D], row: type[R]) -> None:
        self.session = session
        self.domain = domain
        self.row = row
        self.enums = _enum_fields(domain)  # type: ignore[arg-type]
        self.fields = _field_names(domain)  # type: ignore[arg-type]

    def _to_domain(self, row: R) -> D:
        return self._from_values({name: getattr(row, name) for name in self.fields})

    def _from_values(self, values: Mapping[Any, Any], prefix: str = "") -> D:
        """The domain object from column values (`prefix` + field name), e.g. a joined row."""
        fields = {name: values[prefix + name] for name in self.fields}
        for name, enum in self.enums.items():
            fields[name] = enum(fields[name])
        return self.domain(**fields)

    def _values(self, item: D) -> dict[str, Any]:
        return row_values(item)

    def _flush(self) -> None:
        try:
            self.session.flush()
        except IntegrityError as error:
            raise Conflict(str(error.orig)) from error

    def get(self, id: int) -> D | None:
        row = self.session.get(self.row, id)
        return self._to_domain(row) if row is not None else None

    def add(self, item: D) -> D:
        values = self._values(item)
        if values.get("id") is None:
            values.pop("id", None)
        row = self.row(**values)
        self.session.add(row)
        self._flush()
        item.id = row.id  # type: ignore[attr-defined]
        return item

    def add_many(self, items: list[D]) -> None:
        rows = []
        for item in items:
            values = self._values(item)
            values.pop("id", None)
            rows.append(self.row(**values))
        self.session.add_all(rows)
        self._flush()

    def save(self, item: D) -> None:
        row = self.session.get(self.row, item.id)  # type: ignore[attr-defined]
        if row is None:
            raise LookupError(f"{self.row.__name__} {item.id} does not exist")  # type: ignore[attr-defined]
        for name, value in self._values(item).items():
            setattr(row, name, value)
        self._flush()

    def delete(self, item: D) -> None:
        row = self.session.get(self.row, item.id)  # type: ignore[attr-defined]
        if row is not None:
            self.session.delete(row)
            self.session.flush()

    def find(self, **equal: Any) -> list[D]:
        criteria = {k: (v.value if isinstance(v, Enum) else v) for k, v in equal.items()}
        query = select(self.row).filter_by(**criteria).order_by(self.row.id)  # type: ignore[attr-defined]
        return [self._to_domain(row) for row in self.session.scalars(query)]

    def find_in(self, field: str, values: Iterable[Any]) -> list[D]:
        wanted = sorted({v for v in values if v is not None})
        found: list[D] = []
        column = getattr(self.row, field)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            query = select(self.row).where(column.in_(chunk)).order_by(self.row.id)  # type: ignore[attr-defined]
            found += [self._to_domain(row) for row in self.session.scalars(query)]
        return found


class SqlKeyedRepository(SqlRepository[D, R]):
    """A table with a unique natural key (`key`, the columns of its unique constraint)."""

    def __init__(
        self, session: Session, domain: type[D], row: type[R], key: tuple[str, ...]
    ) -> None:
        super().__init__(session, domain, row)
        self.key = key

    def get_or_add(self, item: D) -> tuple[D, bool]:
        values = self._values(item)
        values.pop("id", None)
        natural = {name: values[name] for name in self.key}
        found = self.find(**natural)
        if found:
            return found[0], False
        # Not there a moment ago, but another transaction may be adding it right now. With
        # ON CONFLICT DO NOTHING, PostgreSQL waits for that transaction and then skips the
        # row it committed, where a plain INSERT would break the unique key and lose the
        # request; the read after it sees the committed row either way.
        table = self.row.__table__  # type: ignore[attr-defined]
        insert = _INSERT[self.session.get_bind().dialect.name](table)
        statement = (
            insert.values(**values)
            .on_conflict_do_nothing(index_elements=list(self.key))
            .returning(table.c.id)
        )
        added = self.session.execute(statement).first() is not None
        (stored,) = self.find(**natural)
        return stored, added


def name_key(name: str) -> str:
    """An organisation's name as its unique key: "ITU" and "itu" are one organisation."""
    return " ".join(name.casefold().split())


class SqlOrganisationRepository(SqlRepository[model.Organisation, tables.OrganisationRow]):
    """Organisations, found by name whatever its case."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, model.Organisation, tables.OrganisationRow)

    def _values(self, item: model.Organisation) -> dict[str, Any]:
        return {**row_values(item), "name_key": name_key(item.name)}

    def named(self, name: str) -> model.Organisation | None:
        found = self.find(name_key=name_key(name))
        return found[0] if found else None


class SqlPersonRepository(SqlKeyedRepository[model.Person, tables.PersonRow]):
    """People, with the pages of them that a round's report shows; each with their
    organisation's name, country and group (model.ORGANISATION_FIELDS) filled in."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, model.Person, tables.PersonRow, key=("platform", "user_id"))
        self.fields = tuple(f for f in self.fields if f not in model.ORGANISATION_FIELDS)

    def _values(self, item: model.Person) -> dict[str, Any]:
        values = row_values(item)
        for name in model.ORGANISATION_FIELDS:
            del values[name]
        return values

    def _from_values(self, values: Mapping[Any, Any], prefix: str = "") -> model.Person:
        person = super()._from_values(values, prefix)
        if prefix + "organisation" in values:  # joined by the query (an export's rows)
            for name in model.ORGANISATION_FIELDS:
                setattr(person, name, values[prefix + name] or "")
        elif person.organisation_id is not None:
            # The session keeps each organisation once read: a page of people of the same few
            # organisations reads each of them once.
            row = self.session.get(tables.OrganisationRow, person.organisation_id)
            if row is not None:
                person.organisation = row.name
                person.country = row.country
                person.stakeholder_group = row.stakeholder_group
        return person

    def _audience(
        self,
        channels: Collection[str] | None,
        excluded_roles: Collection[model.Role],
        not_answered: int | None,
    ) -> list[Any]:
        """The conditions on people that `page` and `count_by_group` share."""
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        conditions: list[Any] = [people.c.role.not_in([r.value for r in excluded_roles])]
        if channels is not None:
            links = tables.ChannelMemberRow.__table__  # type: ignore[attr-defined]
            rooms = tables.ChannelRow.__table__  # type: ignore[attr-defined]
            members = (
                select(links.c.person_id)
                .join(rooms, rooms.c.id == links.c.channel_id)
                .where(rooms.c.channel_id.in_(list(channels)))
            )
            conditions.append(people.c.id.in_(members))
        if not_answered is not None:
            answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
            answered = select(answers.c.person_id).where(
                answers.c.round_id == not_answered, answers.c.person_id == people.c.id
            )
            conditions.append(~answered.exists())
        return conditions

    def page(
        self,
        *,
        channels: Collection[str] | None,
        excluded_roles: Collection[model.Role],
        not_answered: int | None,
        limit: int,
    ) -> tuple[list[model.Person], int]:
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        conditions = self._audience(channels, excluded_roles, not_answered)
        total = self.session.scalar(select(func.count()).select_from(people).where(*conditions))
        query = select(self.row).where(*conditions).order_by(people.c.id).limit(limit)
        return [self._to_domain(row) for row in self.session.scalars(query)], int(total or 0)

    def count_by_group(
        self,
        *,
        channels: Collection[str] | None,
        excluded_roles: Collection[model.Role],
        not_answered: int | None,
    ) -> dict[str, int]:
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        orgs = tables.OrganisationRow.__table__  # type: ignore[attr-defined]
        conditions = self._audience(channels, excluded_roles, not_answered)
        query = (
            select(orgs.c.stakeholder_group, func.count())
            .select_from(people.outerjoin(orgs, orgs.c.id == people.c.organisation_id))
            .where(*conditions)
            .group_by(orgs.c.stakeholder_group)
        )
        counts: dict[str, int] = {}
        for group, count in self.session.execute(query):
            counts[group or ""] = counts.get(group or "", 0) + count
        return counts


class SqlActionRepository(SqlRepository[model.Action, tables.ActionRow]):
    """Actions, with the filtered and paged search that action lists need."""

    def refs_under(self, prefix: str) -> list[str]:
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        column = tables.ActionRow.__table__.c.ref  # type: ignore[attr-defined]
        query = select(column).where(column.like(pattern, escape="\\"))
        return list(self.session.scalars(query))

    def search(
        self,
        *,
        statuses: Collection[model.ActionStatus] | None,
        owner_person_id: int | None,
        owner_body: str | None,
        due_from: datetime | None,
        due_before: datetime | None,
        hidden_meetings: Collection[int],
        limit: int,
        updated_from: datetime | None = None,
    ) -> tuple[list[model.Action], int]:
        table = tables.ActionRow.__table__  # type: ignore[attr-defined]
        conditions: list[Any] = []
        if owner_person_id is not None:
            conditions.append(table.c.owner_person_id == owner_person_id)
        if owner_body is not None:
            conditions.append(func.lower(table.c.owner_body) == owner_body.lower())
        if due_from is not None:
            conditions.append(table.c.due_at >= due_from)
        if due_before is not None:
            conditions.append(table.c.due_at < due_before)
        if updated_from is not None:
            conditions.append(table.c.updated_at >= updated_from)
        if hidden_meetings:
            conditions.append(
                or_(table.c.meeting_id.is_(None), table.c.meeting_id.not_in(list(hidden_meetings)))
            )
        wanted = sorted(s.value for s in (model.ActionStatus if statuses is None else statuses))
        counted = [*conditions] if statuses is None else [table.c.status.in_(wanted), *conditions]
        total = self.session.scalar(select(func.count()).select_from(table).where(*counted))
        # Soonest due first, undated last. One ordered index range per status (and per dated or
        # undated) reads at most `limit` rows each, where a single query over several statuses
        # would read every match and sort it: the first page costs the same at any size.
        dated_only = due_from is not None or due_before is not None
        pages: list[Select[Any]] = []
        for status in wanted:
            one = select(table.c.id, table.c.due_at).where(table.c.status == status, *conditions)
            dated = one.where(table.c.due_at.is_not(None)).order_by(table.c.due_at, table.c.id)
            pages.append(select(dated.limit(limit).subquery()))
            if not dated_only:
                undated = one.where(table.c.due_at.is_(None)).order_by(table.c.id)
                pages.append(select(undated.limit(limit).subquery()))
        merged = union_all(*pages).subquery()
        order = (merged.c.due_at.is_(None), merged.c.due_at, merged.c.id)
        first = select(merged.c.id).order_by(*order).limit(limit)
        query = (
            select(self.row)
            .where(table.c.id.in_(first.scalar_subquery()))
            .order_by(table.c.due_at.is_(None), table.c.due_at, table.c.id)
        )
        return [self._to_domain(row) for row in self.session.scalars(query)], int(total or 0)


class SqlAnswerRepository(SqlRepository[model.Answer, tables.AnswerRow]):
    """Answers, with a round's inputs counted and read in the database, never all loaded."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, model.Answer, tables.AnswerRow)
        self._people = SqlPersonRepository(session)

    @staticmethod
    def _of_round(round_id: int) -> Select[Any]:
        """The round's respondents, read in order from the (round, person, …) index."""
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        return select(answers.c.person_id).where(answers.c.round_id == round_id).distinct()

    def respondent_ids(self, round_id: int) -> set[int]:
        return set(self.session.scalars(self._of_round(round_id)))

    def respondent_counts(self, round_ids: Collection[int]) -> dict[int, int]:
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        query = (
            select(answers.c.round_id, func.count(distinct(answers.c.person_id)))
            .where(answers.c.round_id.in_(list(round_ids)))
            .group_by(answers.c.round_id)
        )
        return dict(self.session.execute(query).all())

    def question_counts(self, round_id: int) -> dict[int, int]:
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        questions = tables.QuestionRow.__table__  # type: ignore[attr-defined]
        # Through the (question, person, version) unique index, question by question: the
        # groups and each person's versions come side by side, without a sort.
        of_round = select(questions.c.id).where(questions.c.round_id == round_id)
        query = (
            select(answers.c.question_id, func.count(distinct(answers.c.person_id)))
            .where(answers.c.question_id.in_(of_round))
            .group_by(answers.c.question_id)
        )
        return dict(self.session.execute(query).all())

    def respondents(self, round_id: int, limit: int) -> list[model.Person]:
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        # The index gives the respondents in id order: reading stops after the first ones.
        first = self._of_round(round_id).order_by(answers.c.person_id).limit(limit)
        query = select(tables.PersonRow).where(people.c.id.in_(first)).order_by(people.c.id)
        return [self._people._to_domain(row) for row in self.session.scalars(query)]

    def respondents_by(self, round_id: int) -> dict[PersonField, dict[str, int]]:
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        orgs = tables.OrganisationRow.__table__  # type: ignore[attr-defined]
        # The respondents are found once (a CTE used three times is materialised by both
        # databases) and counted by each field of their organisation in one statement; a
        # respondent without one counts as "" in each.
        respondents = self._of_round(round_id).cte("respondents")
        fields: tuple[PersonField, ...] = ("stakeholder_group", "country", "organisation")
        columns = {
            "stakeholder_group": orgs.c.stakeholder_group,
            "country": orgs.c.country,
            "organisation": orgs.c.name,
        }
        counted = union_all(
            *(
                select(
                    literal(field).label("field"),
                    columns[field].label("value"),
                    func.count(),
                )
                .select_from(people.outerjoin(orgs, orgs.c.id == people.c.organisation_id))
                .where(people.c.id.in_(select(respondents.c.person_id)))
                .group_by(columns[field])
                for field in fields
            )
        )
        by: dict[PersonField, dict[str, int]] = {field: {} for field in fields}
        for field, value, count in self.session.execute(counted):
            # No organisation (NULL) and an organisation without this field ("") are one.
            by[field][value or ""] = by[field].get(value or "", 0) + count
        return by

    def latest(self, round_id: int) -> Iterator[tuple[model.Answer, model.Person]]:
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        people = tables.PersonRow.__table__  # type: ignore[attr-defined]
        questions = tables.QuestionRow.__table__  # type: ignore[attr-defined]
        orgs = tables.OrganisationRow.__table__  # type: ignore[attr-defined]
        newest = (
            select(
                answers.c.person_id,
                answers.c.question_id,
                func.max(answers.c.version).label("version"),
                func.min(answers.c.id).label("first_id"),
            )
            .where(answers.c.round_id == round_id)
            .group_by(answers.c.person_id, answers.c.question_id)
            .subquery()
        )
        query = (
            select(
                *(c.label(f"a_{c.name}") for c in answers.c),
                *(c.label(f"p_{c.name}") for c in people.c),
                orgs.c.name.label("p_organisation"),
                orgs.c.country.label("p_country"),
                orgs.c.stakeholder_group.label("p_stakeholder_group"),
            )
            .join_from(
                answers,
                newest,
                and_(
                    answers.c.person_id == newest.c.person_id,
                    answers.c.question_id == newest.c.question_id,
                    answers.c.version == newest.c.version,
                ),
            )
            .join(people, people.c.id == answers.c.person_id)
            .outerjoin(orgs, orgs.c.id == people.c.organisation_id)
            .join(questions, questions.c.id == answers.c.question_id)
            .order_by(questions.c.position, answers.c.submitted_at, newest.c.first_id)
        )
        # In batches: on PostgreSQL a server-side cursor, so memory stays flat at any size.
        rows = self.session.execute(query, execution_options={"yield_per": _BATCH}).mappings()
        for row in rows:
            yield self._from_values(row, "a_"), self._people._from_values(row, "p_")

    def rounds_answered(self, person_id: int, round_ids: Collection[int]) -> set[int]:
        answers = tables.AnswerRow.__table__  # type: ignore[attr-defined]
        query = (
            select(answers.c.round_id)
            .where(answers.c.person_id == person_id, answers.c.round_id.in_(list(round_ids)))
            .distinct()
        )
        return set(self.session.scalars(query))


class SqlRsvpRepository(SqlRepository[model.Rsvp, tables.RsvpRow]):
    """RSVPs, counted in the database for digests."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, model.Rsvp, tables.RsvpRow)

    def counts(self, meeting_ids: Collection[int]) -> dict[tuple[int, model.RsvpChoice], int]:
        rsvps = tables.RsvpRow.__table__  # type: ignore[attr-defined]
        query = (
            select(rsvps.c.meeting_id, rsvps.c.choice, func.count())
            .where(rsvps.c.meeting_id.in_(list(meeting_ids)), rsvps.c.waitlisted.is_(False))
            .group_by(rsvps.c.meeting_id, rsvps.c.choice)
        )
        return {
            (meeting, model.RsvpChoice(choice)): count
            for meeting, choice, count in self.session.execute(query)
        }


class SqlReminderRepository(SqlRepository[model.Reminder, tables.ReminderRow]):
    """Reminders, with the claim that makes delivery exactly-once across replicas."""

    def claim(
        self, now: datetime, worker: str, limit: int, stale_before: datetime
    ) -> list[model.Reminder]:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        # The (state, due_at) index finds the due rows; the few waiting for a next try after a
        # failure are filtered out of that range, so they never hold up the rows behind them.
        due = (
            (table.c.state == "pending")
            & (table.c.due_at <= now)
            & or_(table.c.next_try_at.is_(None), table.c.next_try_at <= now)
        )
        stale = (table.c.state == "claimed") & (table.c.claimed_at < stale_before)
        # Ties in id order: an owed announcement, added just before the reminders due with it,
        # is claimed in the first batch of them however many there are (and sent first).
        chosen = (
            select(table.c.id)
            .where(or_(due, stale))
            .order_by(table.c.due_at, table.c.id)
            .limit(limit)
        )
        # PostgreSQL: rows another transaction is claiming are skipped, not waited for.
        # SQLite ignores FOR UPDATE; its BEGIN IMMEDIATE makes the claim single-writer.
        chosen = chosen.with_for_update(skip_locked=True)
        claimed = (
            update(table)
            .where(table.c.id.in_(chosen.scalar_subquery()))
            .values(
                state="claimed",
                claimed_by=worker,
                claimed_at=now,
                attempts=table.c.attempts + 1,
                # SET sees the row as it was: still claimed means its worker died, maybe
                # after the platform took the message.
                maybe_sent=or_(table.c.maybe_sent, table.c.state == "claimed"),
            )
            .returning(*table.c)
        )
        rows = self.session.execute(claimed).mappings().all()
        self.session.expire_all()
        return [
            model.Reminder(**{**row, "state": model.ReminderState(row["state"])})
            for row in sorted(rows, key=lambda r: (r["due_at"], r["id"]))
        ]

    def held_by(self, reminder_id: int, worker: str) -> model.Reminder | None:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        found = self.session.scalars(
            select(self.row)
            .where(
                (table.c.id == reminder_id)
                & (table.c.claimed_by == worker)
                & (table.c.state == "claimed")
            )
            .with_for_update()
        ).first()
        return self._to_domain(found) if found is not None else None

    def release(self, ids: Iterable[int], worker: str) -> None:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        wanted = list(ids)
        if wanted:
            self.session.execute(
                update(table)
                .where(
                    table.c.id.in_(wanted)
                    & (table.c.claimed_by == worker)
                    & (table.c.state == "claimed")
                )
                .values(state="pending", claimed_by="")
            )

    def counts(self) -> list[tuple[str, model.ReminderState, int]]:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        found = self.session.execute(
            select(table.c.kind, table.c.state, func.count())
            .group_by(table.c.kind, table.c.state)
            .order_by(table.c.kind, table.c.state)
        )
        return [(kind, model.ReminderState(state), int(n)) for kind, state, n in found]

    def oldest_due(self, now: datetime) -> model.Reminder | None:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        found = self.session.scalars(
            select(self.row)
            .where((table.c.state == "pending") & (table.c.due_at <= now))
            .order_by(table.c.due_at, table.c.id)
            .limit(1)
        ).first()
        return self._to_domain(found) if found is not None else None

    def renew(self, reminder_id: int, worker: str, now: datetime) -> bool:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        renewed = self.session.execute(
            update(table)
            .where(
                (table.c.id == reminder_id)
                & (table.c.claimed_by == worker)
                & (table.c.state == "claimed")
            )
            .values(claimed_at=now)
        )
        return bool(renewed.rowcount == 1)  # type: ignore[attr-defined]

    def set_state(self, ids: Iterable[int], state: model.ReminderState, at: datetime) -> None:
        table = tables.ReminderRow.__table__  # type: ignore[attr-defined]
        wanted = list(ids)
        if not wanted:
            return
        values: dict[str, Any] = {"state": state.value}
        if state == model.ReminderState.SENT:
            values["sent_at"] = at
        statement = update(table).where(table.c.id.in_(wanted)).values(**values)
        self.session.execute(statement)


class SqlUnitOfWork:
    """One database transaction: committed when the block succeeds, rolled back otherwise."""

    people: PersonRepository
    organisations: OrganisationRepository
    channels: KeyedRepository[model.Channel]
    channel_members: KeyedRepository[model.ChannelMember]
    rounds: Repository[model.Round]
    questions: Repository[model.Question]
    answers: AnswerRepository
    meetings: Repository[model.Meeting]
    rsvps: RsvpRepository
    actions: ActionRepository
    action_updates: Repository[model.ActionUpdate]
    minute_items: Repository[model.MinuteItem]
    posted_messages: Repository[model.PostedMessage]
    received_events: KeyedRepository[model.ReceivedEvent]
    settings: KeyedRepository[model.Setting]
    reminders: ReminderRepository

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.read_only = read_only
        self.engine = reading(engine) if read_only else engine
        if read_only and engine.dialect.name == "postgresql":
            # One snapshot for every statement of a long read (an export streamed in batches).
            self.engine = self.engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        self._turn = turn(engine)

    def __enter__(self) -> Self:
        self._turn.__enter__()
        self.session = Session(self.engine, expire_on_commit=False)
        s = self.session
        self.people = SqlPersonRepository(s)
        self.organisations = SqlOrganisationRepository(s)
        self.channels = SqlKeyedRepository(s, model.Channel, tables.ChannelRow, key=("channel_id",))
        self.channel_members = SqlKeyedRepository(
            s, model.ChannelMember, tables.ChannelMemberRow, key=("channel_id", "person_id")
        )
        self.rounds = SqlRepository(s, model.Round, tables.RoundRow)
        self.questions = SqlRepository(s, model.Question, tables.QuestionRow)
        self.answers = SqlAnswerRepository(s)
        self.meetings = SqlRepository(s, model.Meeting, tables.MeetingRow)
        self.rsvps = SqlRsvpRepository(s)
        self.actions = SqlActionRepository(s, model.Action, tables.ActionRow)
        self.action_updates = SqlRepository(s, model.ActionUpdate, tables.ActionUpdateRow)
        self.minute_items = SqlRepository(s, model.MinuteItem, tables.MinuteItemRow)
        self.posted_messages = SqlRepository(s, model.PostedMessage, tables.PostedMessageRow)
        self.received_events = SqlKeyedRepository(
            s, model.ReceivedEvent, tables.ReceivedEventRow, key=("key",)
        )
        self.reminders = SqlReminderRepository(s, model.Reminder, tables.ReminderRow)
        self.settings = SqlKeyedRepository(s, model.Setting, tables.SettingRow, key=("name",))
        return self

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.session.begin_nested():
            yield

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                try:
                    self.session.commit()
                except DBAPIError as error:
                    self.session.rollback()
                    failure = _storage_failure(error)
                    if failure is None:
                        raise
                    raise failure from error
            else:
                self.session.rollback()
                # Whatever failed inside the block, the caller learns it in the application's
                # terms (e.g. a deadlock while updating a row is Busy: worth running again).
                failure = _storage_failure(exc) if exc is not None else None
                if failure is not None:
                    raise failure from exc
        finally:
            self.session.close()
            self._turn.__exit__(None, None, None)
