"""SQLModel tables: one row type per domain entity, with the same field names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Index, Text, UniqueConstraint, text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and always returns them aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


def when(nullable: bool = False) -> Any:
    return Field(default=None, sa_type=UtcDateTime, nullable=nullable)


class OrganisationRow(SQLModel, table=True):
    __tablename__ = "organisations"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    # The name folded to lower case: unique, so "ITU" and "itu" are one organisation.
    name_key: str = Field(max_length=200, unique=True)
    country: str = Field(max_length=2)
    stakeholder_group: str = Field(max_length=32)


class PersonRow(SQLModel, table=True):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("platform", "user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    user_id: str = Field(max_length=255)
    display_name: str = Field(max_length=255)
    tz: str = Field(max_length=64)
    language: str = Field(max_length=8)
    role: str = Field(max_length=16, index=True)
    organisation_id: int | None = Field(default=None, foreign_key="organisations.id", index=True)
    quiet_start: str = Field(max_length=5)
    quiet_end: str = Field(max_length=5)
    tz_chosen: bool = Field(default=False)
    language_chosen: bool = Field(default=False)
    tz_known: bool = Field(default=False)
    dialogue_round_id: int | None = None
    dialogue_position: int | None = None


class ChannelRow(SQLModel, table=True):
    __tablename__ = "channels"
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    channel_id: str = Field(max_length=255, unique=True)
    language: str = Field(max_length=8)
    members_only: bool
    digest_schedule: str = Field(max_length=64)
    digest_zone: str = Field(max_length=64)
    digest_last_at: datetime | None = when(nullable=True)


class ChannelMemberRow(SQLModel, table=True):
    __tablename__ = "channel_members"
    __table_args__ = (UniqueConstraint("channel_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channels.id", index=True)
    person_id: int = Field(foreign_key="people.id")


class RoundRow(SQLModel, table=True):
    __tablename__ = "rounds"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    opens_at: datetime = when()
    closes_at: datetime = when()
    zone: str = Field(max_length=64)
    members_only: bool
    per_organisation: bool = False
    created_by: int
    created_at: datetime = when()
    announce_channels: str = Field(sa_type=Text)
    announced_at: datetime | None = when(nullable=True)
    closed_at: datetime | None = when(nullable=True)
    closing_announced_at: datetime | None = when(nullable=True)
    reminder_offsets: str = Field(max_length=200)


class QuestionRow(SQLModel, table=True):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("round_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="rounds.id", index=True)
    position: int
    text: str = Field(sa_type=Text)


class AnswerRow(SQLModel, table=True):
    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("question_id", "person_id", "version"),
        # A round's respondents, their answers per question and each one's latest version are
        # all read from this index alone (SQLite keeps the id in it too): nothing is sorted.
        Index(
            "ix_answers_round_person_question", "round_id", "person_id", "question_id", "version"
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="rounds.id")
    question_id: int = Field(foreign_key="questions.id")
    person_id: int = Field(foreign_key="people.id")
    text: str = Field(sa_type=Text)
    version: int
    submitted_at: datetime = when()


class MeetingRow(SQLModel, table=True):
    __tablename__ = "meetings"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    starts_at: datetime = when()
    ends_at: datetime = when()
    zone: str = Field(max_length=64)
    place: str = Field(max_length=200)
    link: str = Field(sa_type=Text)
    members_only: bool
    rsvp_by: datetime | None = when(nullable=True)
    capacity: int | None = None
    created_by: int
    created_at: datetime = when()
    announce_channels: str = Field(sa_type=Text)
    announced_at: datetime | None = when(nullable=True)
    reminder_offsets: str = Field(max_length=200)
    sequence: int = 0
    cancelled_at: datetime | None = when(nullable=True)
    cancel_reason: str = Field(default="", sa_type=Text)
    minutes_channel: str = Field(default="", max_length=255)
    minutes_chair_id: int | None = None
    minutes_started_at: datetime | None = when(nullable=True)
    minutes_ended_at: datetime | None = when(nullable=True)


class MinuteItemRow(SQLModel, table=True):
    __tablename__ = "minute_items"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meetings.id", index=True)
    kind: str = Field(max_length=16)
    topic: str = Field(max_length=32)
    text: str = Field(sa_type=Text)
    url: str = Field(sa_type=Text)
    action_id: int | None = Field(default=None, foreign_key="actions.id")
    person_id: int
    at: datetime = when()


class RsvpRow(SQLModel, table=True):
    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meetings.id", index=True)
    person_id: int = Field(foreign_key="people.id", index=True)
    choice: str = Field(max_length=16)
    waitlisted: bool
    seq: int
    updated_at: datetime = when()


class ActionRow(SQLModel, table=True):
    __tablename__ = "actions"
    __table_args__ = (
        # Action lists take each status's actions in the order shown (soonest due first), so
        # the first screen is read in order from an index however many actions there are. The
        # owner body and meeting they may also filter on are in it too: counting the matches
        # (`owner "ITU-D"`, or what a stakeholder may see) reads no table rows.
        Index("ix_actions_status_due", "status", "due_at", "id", "owner_body", "meeting_id"),
        Index("ix_actions_owner_status_due", "owner_person_id", "status", "due_at", "id"),
        # `owner "ITU-D"` matches the body case-insensitively.
        Index("ix_actions_body_status_due", text("lower(owner_body)"), "status", "due_at", "id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(max_length=32, index=True)
    text: str = Field(sa_type=Text)
    owner_person_id: int | None = Field(default=None, foreign_key="people.id")
    owner_body: str = Field(max_length=200)
    due_at: datetime | None = when(nullable=True)
    due_zone: str = Field(max_length=64)
    meeting_id: int | None = Field(default=None, foreign_key="meetings.id")
    status: str = Field(max_length=16)
    created_by: int
    created_at: datetime = when()
    updated_at: datetime = when()
    reminder_offsets: str = Field(default="", max_length=200)


class SettingRow(SQLModel, table=True):
    __tablename__ = "settings"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    value: str = Field(sa_type=Text)
    updated_at: datetime = when()


class ActionUpdateRow(SQLModel, table=True):
    __tablename__ = "action_updates"
    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="actions.id", index=True)
    person_id: int
    at: datetime = when()
    status: str = Field(max_length=16)
    note: str = Field(sa_type=Text)
    # `/action edit`: the field changed and its new value (empty for a status update).
    field: str = Field(default="", max_length=16)
    value: str = Field(default="", sa_type=Text)


class PostedMessageRow(SQLModel, table=True):
    __tablename__ = "posted_messages"
    __table_args__ = (Index("ix_posted_messages_key", "key", "channel_id"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=100)
    platform: str = Field(max_length=32)
    channel_id: str = Field(max_length=255)
    message_id: str = Field(max_length=255)


class ReceivedEventRow(SQLModel, table=True):
    __tablename__ = "received_events"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=255, unique=True)
    received_at: datetime = when()


class ReminderRow(SQLModel, table=True):
    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_due", "state", "due_at"),
        Index("ix_reminders_subject", "subject", "subject_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=255, unique=True)
    kind: str = Field(max_length=32)
    subject: str = Field(max_length=16)
    subject_id: int
    person_id: int | None = Field(default=None, foreign_key="people.id")
    channel_id: str | None = Field(default=None, max_length=255)
    due_at: datetime = when()
    deadline: datetime = when()
    state: str = Field(max_length=16)
    claimed_by: str = Field(max_length=64)
    claimed_at: datetime | None = when(nullable=True)
    sent_at: datetime | None = when(nullable=True)
    attempts: int
    failures: int = Field(default=0)
    last_error: str = Field(default="", sa_type=Text)
    next_try_at: datetime | None = when(nullable=True)
    maybe_sent: bool = Field(default=False)


metadata = SQLModel.metadata
