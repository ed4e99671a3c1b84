"""Entities of the consultation and meeting domain, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """What a person may do; ordered from most to least powerful."""

    SECRETARIAT = "secretariat"
    CHAIR = "chair"
    MEMBER = "member"
    STAKEHOLDER = "stakeholder"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    BLOCKED = "blocked"
    DONE = "done"
    CANCELLED = "cancelled"


ACTIVE_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED})


class RsvpChoice(StrEnum):
    IN_PERSON = "in-person"
    REMOTE = "remote"
    NO = "no"


class StakeholderGroup(StrEnum):
    GOVERNMENT = "government"
    PRIVATE_SECTOR = "private-sector"
    CIVIL_SOCIETY = "civil-society"
    TECHNICAL_COMMUNITY = "technical-community"
    ACADEMIA = "academia"
    INTERGOVERNMENTAL = "intergovernmental"


@dataclass(kw_only=True)
class Organisation:
    """A member (a Member State, a Sector Member) or any other body people speak for."""

    id: int | None = None
    name: str
    # ISO 3166-1 alpha-2 code ("DE"), or "" when not known.
    country: str = ""
    # A StakeholderGroup value, or "" when not known.
    stakeholder_group: str = ""


# Person fields that are not the person's own: copied from their organisation when the person
# is read, so that reports and exports need not look it up; changed through the organisation.
ORGANISATION_FIELDS = ("organisation", "country", "stakeholder_group")


@dataclass(kw_only=True)
class Person:
    id: int | None = None
    platform: str
    user_id: str
    display_name: str
    tz: str = "UTC"
    language: str = "en"
    role: Role = Role.STAKEHOLDER
    organisation_id: int | None = None
    # The organisation's name, country and group (see ORGANISATION_FIELDS): read only.
    organisation: str = ""
    country: str = ""
    stakeholder_group: str = ""
    quiet_start: str = "22:00"
    quiet_end: str = "07:00"
    # Set when the person chose a zone or language themselves: the platform profile no
    # longer overrides it.
    tz_chosen: bool = False
    language_chosen: bool = False
    # Whether `tz` is really the person's zone (from their profile or their own choice) or
    # only the UTC default: quiet hours are kept only in a zone that is known.
    tz_known: bool = False
    # Guided response dialogue in progress: round id and the question position asked next.
    dialogue_round_id: int | None = None
    dialogue_position: int | None = None

    @property
    def is_member(self) -> bool:
        """Members, chairs and the secretariat see members-only content."""
        return self.role != Role.STAKEHOLDER


@dataclass(kw_only=True)
class Channel:
    id: int | None = None
    platform: str
    channel_id: str
    language: str = "en"
    members_only: bool = False
    digest_schedule: str = ""
    digest_zone: str = "UTC"
    digest_last_at: datetime | None = None


@dataclass(kw_only=True)
class ChannelMember:
    id: int | None = None
    channel_id: int
    person_id: int


@dataclass(kw_only=True)
class Round:
    id: int | None = None
    title: str
    opens_at: datetime
    closes_at: datetime
    zone: str
    members_only: bool = False
    # One input per organisation: any of its delegates gives or edits it (README, "Per-
    # organisation rounds").
    per_organisation: bool = False
    created_by: int
    created_at: datetime
    # Comma-separated platform channel ids the round is (to be) announced in.
    announce_channels: str = ""
    announced_at: datetime | None = None
    closed_at: datetime | None = None
    closing_announced_at: datetime | None = None
    reminder_offsets: str = ""

    @property
    def channels(self) -> list[str]:
        return [c for c in self.announce_channels.split(",") if c]

    def is_open(self, now: datetime) -> bool:
        return self.closed_at is None and self.opens_at <= now < self.closes_at

    def is_upcoming(self, now: datetime) -> bool:
        return self.closed_at is None and now < self.opens_at


@dataclass(kw_only=True)
class Question:
    id: int | None = None
    round_id: int
    position: int
    text: str


@dataclass(kw_only=True)
class Answer:
    """One version of one person's answer to one question; every version is kept."""

    id: int | None = None
    round_id: int
    question_id: int
    person_id: int
    text: str
    version: int
    submitted_at: datetime


@dataclass(kw_only=True)
class Meeting:
    id: int | None = None
    title: str
    starts_at: datetime
    ends_at: datetime
    zone: str
    place: str = ""
    link: str = ""
    members_only: bool = False
    rsvp_by: datetime | None = None
    capacity: int | None = None
    created_by: int
    created_at: datetime
    announce_channels: str = ""
    announced_at: datetime | None = None
    reminder_offsets: str = ""
    # Bumped on every change people were told of: the .ics SEQUENCE (RFC 5545).
    sequence: int = 0
    cancelled_at: datetime | None = None
    cancel_reason: str = ""
    # Minutes taken in a channel (`/meeting start`): where, who controls them, since when,
    # and until when (None while they run).
    minutes_channel: str = ""
    minutes_chair_id: int | None = None
    minutes_started_at: datetime | None = None
    minutes_ended_at: datetime | None = None

    @property
    def minutes_running(self) -> bool:
        return self.minutes_started_at is not None and self.minutes_ended_at is None

    @property
    def channels(self) -> list[str]:
        return [c for c in self.announce_channels.split(",") if c]

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    def rsvp_open(self, now: datetime) -> bool:
        deadline = self.rsvp_by or self.starts_at
        return now < deadline and not self.cancelled


@dataclass(kw_only=True)
class Rsvp:
    id: int | None = None
    meeting_id: int
    person_id: int
    choice: RsvpChoice
    waitlisted: bool = False
    # Order of arrival, for promoting the waitlist fairly.
    seq: int = 0
    updated_at: datetime

    @property
    def attending(self) -> bool:
        """Coming, in person or remotely, with a seat (not waiting for one)."""
        return self.choice != RsvpChoice.NO and not self.waitlisted


@dataclass(kw_only=True)
class Action:
    id: int | None = None
    ref: str = ""
    text: str
    owner_person_id: int | None = None
    owner_body: str = ""
    due_at: datetime | None = None
    due_zone: str = "UTC"
    meeting_id: int | None = None
    status: ActionStatus = ActionStatus.OPEN
    created_by: int
    created_at: datetime
    updated_at: datetime
    # When its owner is reminded before the due date ("3d,1d"); empty: the stored default.
    reminder_offsets: str = ""

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    def is_overdue(self, now: datetime) -> bool:
        return self.is_active and self.due_at is not None and self.due_at < now


@dataclass(kw_only=True)
class ActionUpdate:
    """One entry of an action's history: a status set (with an optional note), or one field
    edited (`/action edit`: `field` and its new `value`; the status stays as it was)."""

    id: int | None = None
    action_id: int
    person_id: int
    at: datetime
    status: ActionStatus
    note: str = ""
    field: str = ""
    value: str = ""

    @classmethod
    def edit(
        cls,
        *,
        action_id: int,
        person_id: int,
        at: datetime,
        status: ActionStatus,
        field: str,
        value: str,
    ) -> ActionUpdate:
        return cls(
            action_id=action_id, person_id=person_id, at=at, status=status, field=field, value=value
        )

    @property
    def change(self) -> tuple[str, str] | None:
        """(field, new value) for an edit, None for a status update."""
        return (self.field, self.value) if self.field else None


class MinuteKind(StrEnum):
    """What a line of minutes records: the keyword typed after `#`."""

    TOPIC = "topic"
    INFO = "info"
    AGREED = "agreed"
    ACTION = "action"
    LINK = "link"


@dataclass(kw_only=True)
class MinuteItem:
    """One line of a meeting's minutes, as typed in the channel, with its author and time.

    `topic` is the agenda number in force when it was typed ("7.3"; empty before any
    numbered `#topic`); an `#action` line points at the action it added to the register.
    """

    id: int | None = None
    meeting_id: int
    kind: MinuteKind
    topic: str = ""
    text: str
    url: str = ""
    action_id: int | None = None
    person_id: int
    at: datetime


@dataclass(kw_only=True)
class PostedMessage:
    """Where a post that may be edited later went: its key, channel and platform message id."""

    id: int | None = None
    key: str
    platform: str
    channel_id: str
    message_id: str


@dataclass(kw_only=True)
class ReceivedEvent:
    """A platform event already handled (platforms retry): its key, recorded once."""

    id: int | None = None
    key: str
    received_at: datetime


@dataclass(kw_only=True)
class Setting:
    """A setting of the whole assistant, by name (e.g. the default reminders of actions), and
    when it was last set: a change applies from then on, not to moments already past."""

    id: int | None = None
    name: str
    value: str
    updated_at: datetime


class ReminderState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"  # being delivered by one worker
    SENT = "sent"
    CANCELLED = "cancelled"  # no longer needed (answered, re-planned, closed)
    SKIPPED = "skipped"  # superseded by a later reminder after downtime
    DROPPED = "dropped"  # its deadline passed before it could be sent
    FAILED = "failed"  # the platform refused it too many times; reported to the secretariat


@dataclass(kw_only=True)
class Reminder:
    """One message to deliver exactly once: a reminder to a person (direct) or to a channel,
    or a post the scheduler owes a channel (subject "post", see domain/owed_posts.py)."""

    id: int | None = None
    key: str
    kind: str  # round-open, round-due, rsvp-due, meeting-start, action-due, action-overdue;
    # announcement, closing, digest
    subject: str  # round, meeting, action or post
    subject_id: int
    person_id: int | None = None
    channel_id: str | None = None
    due_at: datetime
    deadline: datetime
    state: ReminderState = ReminderState.PENDING
    claimed_by: str = ""
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    attempts: int = 0  # times it was claimed for delivery
    # Failed tries (the platform refused it, or looking for it failed), the last one's reason
    # (the platform's error code, then what it concerns: "missing_scope: channels:history"),
    # and when it may be tried again.
    failures: int = 0
    last_error: str = ""
    next_try_at: datetime | None = None
    # An earlier try may have delivered it (its worker died, or the platform's answer left it
    # open): the platform is asked before it is sent again.
    maybe_sent: bool = False

    @property
    def recipient(self) -> str:
        return f"p{self.person_id}" if self.person_id else f"c{self.channel_id}"
