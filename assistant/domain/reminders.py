"""Reminder policy: which reminders a round, meeting or action calls for, and when, with quiet
hours."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol, TypeVar

from assistant.domain.dates import format_offset, parse_offsets
from assistant.domain.model import Action, Meeting, Person, Round
from assistant.domain.zones import wall_time_instant, zone_info

DEFAULT_ROUND_OFFSETS = "7d,1d,2h"
DEFAULT_MEETING_OFFSETS = "1d,1h"
DEFAULT_ACTION_OFFSETS = "7d,1d"
# How long an overdue notice is still worth sending after the due date (after downtime, or
# while it waits for the end of the owner's quiet hours): later it would only be noise, the
# digests list what is overdue.
OVERDUE_NOTICE_WINDOW = timedelta(days=7)
RSVP_REMINDER_OFFSET = timedelta(days=1)


@dataclass(frozen=True)
class PlannedReminder:
    """One reminder to send once: to a person (direct) or to a channel."""

    @property
    def recipient(self) -> str:
        return f"p{self.person.id}" if self.person else f"c{self.channel_id}"

    key: str
    due_at: datetime
    deadline: datetime
    kind: str  # round-open, round-due, rsvp-due, meeting-start, action-due, action-overdue
    subject_id: int
    offset: timedelta
    person: Person | None = None
    channel_id: str | None = None


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def in_quiet_hours(at: datetime, person: Person) -> bool:
    """Whether `at` falls in the person's night. Only a known zone has a night: guessing UTC
    would hold a European evening or an Asian morning reminder back for hours."""
    if not person.tz_known:
        return False
    local = at.astimezone(zone_info(person.tz)).time()
    start, end = _clock(person.quiet_start), _clock(person.quiet_end)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def respect_quiet_hours(due: datetime, person: Person, deadline: datetime) -> datetime:
    """Move a direct reminder out of the recipient's quiet hours (in their zone, DST-aware).

    It moves to the end of the quiet hours; if that would pass the deadline, it moves to the
    last minute before the quiet hours began instead.
    """
    if not in_quiet_hours(due, person):
        return due
    local = due.astimezone(zone_info(person.tz))
    start, end = _clock(person.quiet_start), _clock(person.quiet_end)
    # Quiet hours that cross midnight began yesterday if we are in their morning part.
    began_yesterday = start > end and local.time() < end
    start_day = local.date() - timedelta(days=1 if began_yesterday else 0)
    end_day = start_day + timedelta(days=1 if start > end else 0)
    quiet_ends = wall_time_instant(end_day, end, person.tz)
    if quiet_ends < deadline:
        return quiet_ends
    return wall_time_instant(start_day, start, person.tz) - timedelta(minutes=1)


def offsets_of(text: str, default: str) -> list[timedelta]:
    return parse_offsets(text or default)


def _round_moments(round_: Round) -> list[tuple[str, str, timedelta, datetime]]:
    """When a round reminds: kind, key label, offset before the deadline, and instant."""
    deadline = round_.closes_at
    moments = [("round-open", "open", deadline - round_.opens_at, round_.opens_at)]
    moments += [
        ("round-due", format_offset(offset), offset, deadline - offset)
        for offset in offsets_of(round_.reminder_offsets, DEFAULT_ROUND_OFFSETS)
        if deadline - offset > round_.opens_at
    ]
    return moments


def _round_person(
    round_: Round, moments: list[tuple[str, str, timedelta, datetime]], person: Person
) -> list[PlannedReminder]:
    assert round_.id is not None
    deadline = round_.closes_at
    stamp = int(deadline.timestamp())
    return [
        PlannedReminder(
            key=f"round:{round_.id}:{stamp}:{label}:p{person.id}",
            due_at=respect_quiet_hours(at, person, deadline),
            deadline=deadline,
            kind=kind,
            subject_id=round_.id,
            offset=offset,
            person=person,
        )
        for kind, label, offset, at in moments
    ]


def plan_round_person(round_: Round, person: Person) -> list[PlannedReminder]:
    """The direct reminders of one person of the audience who has not responded: the same,
    key for key, as `plan_round` gives them. They are also every key the person can hold for
    the round under its current deadline and offsets."""
    return _round_person(round_, _round_moments(round_), person)


def plan_round_channels(round_: Round) -> list[PlannedReminder]:
    """The reminders posted in the channels a round was announced in (none at opening)."""
    assert round_.id is not None
    deadline = round_.closes_at
    stamp = int(deadline.timestamp())
    return [
        PlannedReminder(
            key=f"round:{round_.id}:{stamp}:{label}:c{channel_id}",
            due_at=at,
            deadline=deadline,
            kind=kind,
            subject_id=round_.id,
            offset=offset,
            channel_id=channel_id,
        )
        for kind, label, offset, at in _round_moments(round_)
        if kind == "round-due"
        for channel_id in round_.channels
    ]


def plan_round(
    round_: Round, audience: Iterable[Person], responded: set[int]
) -> list[PlannedReminder]:
    """Direct reminders to those who have not responded, plus channel reminders."""
    moments = _round_moments(round_)
    plan = plan_round_channels(round_)
    for person in audience:
        if person.id not in responded:
            plan += _round_person(round_, moments, person)
    return sorted(plan, key=lambda r: (r.due_at, r.key))


def plan_meeting_person(
    meeting: Meeting, person: Person, *, asked: bool, attending: bool, created_at: datetime
) -> list[PlannedReminder]:
    """One person's meeting reminders: to RSVP if `asked` (of the audience, no answer yet), and
    before the start if `attending`; key for key what `plan_meeting` gives them. Asked and
    attending both, these are every key the person can hold for the meeting as it stands."""
    assert meeting.id is not None
    plan: list[PlannedReminder] = []
    if asked and meeting.rsvp_by is not None:
        at = meeting.rsvp_by - RSVP_REMINDER_OFFSET
        if at > created_at:
            plan.append(
                PlannedReminder(
                    key=f"meeting:{meeting.id}:{int(meeting.rsvp_by.timestamp())}:rsvp:p{person.id}",
                    due_at=respect_quiet_hours(at, person, meeting.rsvp_by),
                    deadline=meeting.rsvp_by,
                    kind="rsvp-due",
                    subject_id=meeting.id,
                    offset=RSVP_REMINDER_OFFSET,
                    person=person,
                )
            )
    if not attending:
        return plan
    stamp = int(meeting.starts_at.timestamp())
    for offset in offsets_of(meeting.reminder_offsets, DEFAULT_MEETING_OFFSETS):
        at = meeting.starts_at - offset
        if at <= created_at:
            continue
        plan.append(
            PlannedReminder(
                key=f"meeting:{meeting.id}:{stamp}:{format_offset(offset)}:p{person.id}",
                due_at=respect_quiet_hours(at, person, meeting.starts_at),
                deadline=meeting.starts_at,
                kind="meeting-start",
                subject_id=meeting.id,
                offset=offset,
                person=person,
            )
        )
    return plan


def plan_meeting(
    meeting: Meeting,
    audience: Iterable[Person],
    answered: set[int],
    attending: Iterable[Person],
    created_at: datetime,
) -> list[PlannedReminder]:
    """RSVP reminders to those who have not answered; start reminders to those attending."""
    plan: list[PlannedReminder] = []
    for person in audience:
        if person.id not in answered:
            plan += plan_meeting_person(
                meeting, person, asked=True, attending=False, created_at=created_at
            )
    for person in attending:
        plan += plan_meeting_person(
            meeting, person, asked=False, attending=True, created_at=created_at
        )
    return sorted(plan, key=lambda r: (r.due_at, r.key))


def _action_moments(
    action: Action, offsets: str
) -> list[tuple[str, str, timedelta, datetime, datetime]]:
    """When an action's owner is reminded: kind, key label, offset before the due date, instant
    and deadline. Before the due date at each offset, then once when it is overdue."""
    due = action.due_at
    if due is None or not action.is_active:
        return []
    moments = [
        ("action-due", format_offset(offset), offset, due - offset, due)
        for offset in offsets_of(offsets, DEFAULT_ACTION_OFFSETS)
    ]
    moments.append(("action-overdue", "overdue", timedelta(0), due, due + OVERDUE_NOTICE_WINDOW))
    return moments


def plan_action(
    action: Action,
    *,
    owner: Person | None,
    channel_ids: Iterable[str],
    offsets: str,
    planned_from: datetime,
) -> list[PlannedReminder]:
    """An open action's reminders: by direct message to its owner, a person (out of their
    quiet hours), or, for an owner that is a body, in `channel_ids` (its meeting's channels).

    Args:
        action: the action as it stands; done, cancelled or without a due date: no reminders.
        owner: the person who owns it and may see it, else None.
        channel_ids: where a body owner is reminded (ignored for a person).
        offsets: the action's own offsets, else the default ("7d,1d").
        planned_from: when the action (or the default it follows) last changed. A reminder
            whose time (out of quiet hours) is not after it is not planned: an action recorded,
            edited or reopened after the fact is not reminded late of what has already passed.
    """
    assert action.id is not None
    due = action.due_at
    moments = _action_moments(action, offsets)
    if due is None or not moments:
        return []
    stamp = int(due.timestamp())
    plan: list[PlannedReminder] = []
    if owner is not None:
        plan = [
            PlannedReminder(
                key=f"action:{action.id}:{stamp}:{label}:p{owner.id}",
                due_at=respect_quiet_hours(at, owner, deadline),
                deadline=deadline,
                kind=kind,
                subject_id=action.id,
                offset=offset,
                person=owner,
            )
            for kind, label, offset, at, deadline in moments
        ]
    elif action.owner_body:
        plan = [
            PlannedReminder(
                key=f"action:{action.id}:{stamp}:{label}:c{channel_id}",
                due_at=at,
                deadline=deadline,
                kind=kind,
                subject_id=action.id,
                offset=offset,
                channel_id=channel_id,
            )
            for kind, label, offset, at, deadline in moments
            for channel_id in dict.fromkeys(channel_ids)
        ]
    return [item for item in plan if item.due_at > planned_from]


class Schedulable(Protocol):
    """What choosing among due reminders needs: planned ones and stored rows alike."""

    @property
    def key(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def subject_id(self) -> int: ...

    @property
    def due_at(self) -> datetime: ...

    @property
    def deadline(self) -> datetime: ...

    @property
    def recipient(self) -> str: ...


S = TypeVar("S", bound=Schedulable)


def _slot(item: Schedulable) -> tuple[str, str, int]:
    return (item.recipient, item.kind.split("-")[0], item.subject_id)


def due_now(items: Iterable[S], now: datetime, sent: set[str]) -> list[S]:
    """What to send at `now`: per recipient and subject only the latest reminder that has come
    due (after downtime one reminder, not a burst), and none whose deadline has passed."""
    latest: dict[tuple[str, str, int], S] = {}
    for item in items:
        if item.due_at > now or item.key in sent or item.deadline <= now:
            continue
        slot = _slot(item)
        if slot not in latest or item.due_at > latest[slot].due_at:
            latest[slot] = item
    return sorted(latest.values(), key=lambda r: (r.due_at, r.key))


def superseded(items: Iterable[S], chosen: Iterable[S]) -> list[str]:
    """Keys of earlier reminders made pointless by the ones chosen (to mark them handled)."""
    picked = {_slot(pick): pick.due_at for pick in chosen}
    return [
        item.key for item in items if _slot(item) in picked and item.due_at < picked[_slot(item)]
    ]
