"""Reminders as rows: planned from each round's and meeting's policy, and their messages."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from assistant.domain.audience import in_meeting_audience, in_round_audience
from assistant.domain.model import Meeting, Person, Reminder, ReminderState, Round
from assistant.domain.reminders import (
    PlannedReminder,
    plan_meeting,
    plan_meeting_person,
    plan_round,
    plan_round_person,
)
from assistant.messages import CommandHint, Message, Outgoing, UserText, When, msg
from assistant.services.audience import (
    attending,
    in_channels,
    meeting_audience,
    respondent_ids,
    round_audience,
)
from assistant.services.common import (
    Context,
    channel_by_id,
    direct_to,
    meeting_id_text,
    mention,
    post_to,
    round_id_text,
    time_left,
)

log = logging.getLogger(__name__)

ROUND = "round"
MEETING = "meeting"


# Beyond this many people, one full re-plan of the subject reads less than a few lookups per
# person (a big channel's first member sync joins thousands at once).
FEW_PEOPLE = 20


def _sync(
    ctx: Context,
    subject: str,
    subject_id: int,
    existing: list[Reminder],
    plan: Iterable[PlannedReminder],
) -> None:
    """Make the stored rows match the plan: new reminders added, pending ones no longer
    wanted cancelled, and what was already sent left alone. `existing` holds every row that
    the plan speaks of, and those of the subject's pending rows it may drop."""
    wanted = {p.key: p for p in plan}
    for row in existing:
        if row.state != ReminderState.PENDING:
            continue
        if row.key not in wanted:
            row.state = ReminderState.CANCELLED
            ctx.uow.reminders.save(row)
        elif row.due_at != wanted[row.key].due_at:
            # The recipient moved zone or changed quiet hours: same reminder, new moment.
            row.due_at = wanted[row.key].due_at
            ctx.uow.reminders.save(row)
    known = {row.key for row in existing}
    ctx.uow.reminders.add_many(
        [
            Reminder(
                key=key,
                kind=item.kind,
                subject=subject,
                subject_id=subject_id,
                person_id=item.person.id if item.person else None,
                channel_id=item.channel_id,
                due_at=item.due_at,
                deadline=item.deadline,
            )
            for key, item in wanted.items()
            if key not in known
        ]
    )


def _sync_all(ctx: Context, subject: str, subject_id: int, plan: list[PlannedReminder]) -> None:
    existing = ctx.uow.reminders.find(subject=subject, subject_id=subject_id)
    _sync(ctx, subject, subject_id, existing, plan)


def _sync_person(
    ctx: Context,
    subject: str,
    subject_id: int,
    possible: list[PlannedReminder],
    wanted: list[PlannedReminder],
) -> None:
    """Make one person's rows for a subject match their plan, reading and writing no one
    else's. `possible` is every reminder the person can hold under the subject's current
    policy: every change of policy re-plans the whole subject, so their pending rows carry
    these keys and no others, and the unique key index finds them without reading the rest."""
    existing = ctx.uow.reminders.find_in("key", [p.key for p in possible])
    _sync(ctx, subject, subject_id, existing, wanted)


def replan_round(ctx: Context, round_: Round, only: Collection[int] | None = None) -> None:
    """Recompute a round's reminders after anything that changes them; a closed round keeps
    none pending.

    Args:
        ctx: the request.
        round_: the round as it now stands.
        only: the people a change concerns alone (an answer, a join, a zone, a role): their
            direct reminders are re-planned, to the same rows as a full re-plan would give,
            and nobody else's are read. None for a change of the round's own policy.
    """
    if round_.closes_at <= ctx.now:
        _drop_pending(ctx, ROUND, round_.id or 0)  # the deadline passed (downtime): too late
        return
    reminding = round_.closed_at is None and (
        round_.announced_at is not None or round_.members_only
    )  # before the round is announced somewhere there is nobody to remind
    if only is not None and len(only) <= FEW_PEOPLE:
        for person in ctx.uow.people.find_in("id", only):
            possible = plan_round_person(round_, person)
            reminded = reminding and _reminded_in_round(ctx, round_, person)
            _sync_person(ctx, ROUND, round_.id or 0, possible, possible if reminded else [])
        return
    plan: list[PlannedReminder] = []
    if reminding:
        audience = round_audience(ctx.uow, round_)
        plan = plan_round(round_, audience, respondent_ids(ctx.uow, round_))
    _sync_all(ctx, ROUND, round_.id or 0, plan)


def _reminded_in_round(ctx: Context, round_: Round, person: Person) -> bool:
    """Of the audience and not responded yet: what `plan_round` reminds."""
    if ctx.uow.answers.find(round_id=round_.id, person_id=person.id):
        return False
    member = not round_.members_only and in_channels(ctx.uow, round_.channels, person.id or 0)
    return in_round_audience(round_, person, in_channels=member, responded=False)


def _drop_pending(ctx: Context, subject: str, subject_id: int) -> None:
    for row in ctx.uow.reminders.find(subject=subject, subject_id=subject_id):
        if row.state == ReminderState.PENDING:
            row.state = ReminderState.DROPPED
            ctx.uow.reminders.save(row)
            log.info("dropped reminder %s: its deadline %s has passed", row.key, row.deadline)


def replan_meeting(ctx: Context, meeting: Meeting, only: Collection[int] | None = None) -> None:
    """Recompute a meeting's reminders; `only` as for `replan_round` (an RSVP concerns the
    person who answered, and whoever it gave a seat to). A cancelled meeting keeps none."""
    if meeting.cancelled:
        _sync_all(ctx, MEETING, meeting.id or 0, [])
        return
    if meeting.starts_at <= ctx.now:
        _drop_pending(ctx, MEETING, meeting.id or 0)
        return
    reminding = meeting.announced_at is not None or meeting.members_only
    if only is not None and len(only) <= FEW_PEOPLE:
        for person in ctx.uow.people.find_in("id", only):
            possible = plan_meeting_person(
                meeting, person, asked=True, attending=True, created_at=meeting.created_at
            )
            wanted = _meeting_plan_of(ctx, meeting, person) if reminding else []
            _sync_person(ctx, MEETING, meeting.id or 0, possible, wanted)
        return
    plan: list[PlannedReminder] = []
    if reminding:
        answered = {r.person_id for r in ctx.uow.rsvps.find(meeting_id=meeting.id)}
        plan = plan_meeting(
            meeting,
            meeting_audience(ctx.uow, meeting),
            answered,
            attending(ctx.uow, meeting),
            meeting.created_at,
        )
    _sync_all(ctx, MEETING, meeting.id or 0, plan)


def _meeting_plan_of(ctx: Context, meeting: Meeting, person: Person) -> list[PlannedReminder]:
    """What `plan_meeting` plans for one person."""
    rsvp = ctx.uow.rsvps.find(meeting_id=meeting.id, person_id=person.id)
    asked = not rsvp and in_meeting_audience(
        meeting,
        person,
        in_channels=not meeting.members_only
        and in_channels(ctx.uow, meeting.channels, person.id or 0),
        has_rsvp=False,
    )
    return plan_meeting_person(
        meeting,
        person,
        asked=asked,
        attending=bool(rsvp) and rsvp[0].attending,
        created_at=meeting.created_at,
    )


def replan_channel(ctx: Context, channel_id: str, joined: Collection[int]) -> None:
    """People joined a channel: the rounds and meetings announced there gain them as an
    audience (and nobody else changes)."""
    for round_ in ctx.uow.rounds.find():
        if channel_id in round_.channels and round_.is_open(ctx.now):
            replan_round(ctx, round_, joined)
    for meeting in ctx.uow.meetings.find():
        if channel_id in meeting.channels and meeting.starts_at > ctx.now:
            replan_meeting(ctx, meeting, joined)


def replan_person(ctx: Context, person_id: int) -> None:
    """A person's zone, quiet hours or role changed: their reminders in every round and
    meeting still ahead (a role decides whether they are of members-only audiences, and of a
    round's at all for the secretariat; nobody else's audience depends on it)."""
    for round_ in ctx.uow.rounds.find():
        if round_.is_open(ctx.now) or round_.is_upcoming(ctx.now):
            replan_round(ctx, round_, [person_id])
    for meeting in ctx.uow.meetings.find():
        if meeting.starts_at > ctx.now:
            replan_meeting(ctx, meeting, [person_id])


def pending_rows(ctx: Context, subject: str, subject_id: int) -> list[Reminder]:
    rows = ctx.uow.reminders.find(subject=subject, subject_id=subject_id)
    return sorted(
        (r for r in rows if r.state in (ReminderState.PENDING, ReminderState.CLAIMED)),
        key=lambda r: (r.due_at, r.key),
    )


@dataclass(frozen=True)
class _Subjects:
    """The rounds, meetings and people a batch of reminders speaks of, loaded once."""

    rounds: dict[int, Round]
    meetings: dict[int, Meeting]
    people: dict[int, Person]

    @classmethod
    def load(cls, ctx: Context, rows: list[Reminder]) -> _Subjects:
        def ids(subject: str) -> set[int]:
            return {r.subject_id for r in rows if r.subject == subject}

        return cls(
            rounds={r.id or 0: r for r in ctx.uow.rounds.find_in("id", ids(ROUND))},
            meetings={m.id or 0: m for m in ctx.uow.meetings.find_in("id", ids(MEETING))},
            people={
                p.id or 0: p
                for p in ctx.uow.people.find_in("id", {r.person_id for r in rows if r.person_id})
            },
        )


def messages(ctx: Context, rows: list[Reminder]) -> list[Outgoing | None]:
    """Each reminder's message as of now; None for one that no longer applies (its round,
    meeting or recipient is gone)."""
    subjects = _Subjects.load(ctx, rows)
    return [_message(ctx, row, subjects) for row in rows]


def _message(ctx: Context, row: Reminder, subjects: _Subjects) -> Outgoing | None:
    if row.subject == ROUND:
        round_ = subjects.rounds.get(row.subject_id)
        lines = _round_lines(ctx, row, round_) if round_ else None
    else:
        meeting = subjects.meetings.get(row.subject_id)
        # Cancelled after the row was claimed: nothing to remind of any more.
        lines = _meeting_lines(row, meeting) if meeting and not meeting.cancelled else None
    if lines is None:
        return None
    # The key travels with the message so that a platform can recognise it after a crash.
    if row.person_id is not None:
        person = subjects.people.get(row.person_id)
        if person is None:
            return None
        return replace(direct_to(person, *lines), key=row.key)
    return replace(post_to(channel_by_id(ctx, row.channel_id or ""), *lines), key=row.key)


def _round_lines(ctx: Context, row: Reminder, round_: Round) -> list[Message]:
    rid = round_id_text(round_)
    return [
        msg(
            "reminder-round-open" if row.kind == "round-open" else "reminder-round-due",
            id=rid,
            title=UserText(round_.title),
            when=When(round_.closes_at, round_.zone),
            respond=CommandHint(f"consult respond {rid}"),
            left=time_left(ctx.now, round_.closes_at),
        )
    ]


def _meeting_lines(row: Reminder, meeting: Meeting) -> list[Message]:
    mid = meeting_id_text(meeting)
    if row.kind == "rsvp-due":
        return [
            msg(
                "reminder-rsvp",
                id=mid,
                title=UserText(meeting.title),
                when=When(row.deadline),
                rsvp=CommandHint(f"meeting rsvp {mid} in-person|remote|no"),
            )
        ]
    return [
        msg(
            "reminder-meeting",
            id=mid,
            title=UserText(meeting.title),
            when=When(meeting.starts_at),
            place=UserText(meeting.place or meeting.link),
        )
    ]


def preview_lines(ctx: Context, item: str, rows: list[Reminder], offsets: str) -> list[Message]:
    """Who gets which reminder when, in UTC and in each recipient's own zone."""
    people = {p.id: p for p in ctx.uow.people.find_in("id", {r.person_id for r in rows})}
    channels = ctx.uow.channels.find_in("channel_id", {r.channel_id for r in rows})
    zones = {c.channel_id: c.digest_zone for c in channels}  # a channel's own zone
    lines = [msg("reminders-header", id=item, count=len(rows), offsets=offsets)]
    shown = rows[:40]
    for row in shown:
        person = people.get(row.person_id) if row.person_id else None
        if person is not None:
            lines.append(
                msg(
                    "reminders-line-person",
                    when=When(row.due_at, person.tz),
                    user=mention(person),
                    kind=row.kind,
                )
            )
        else:
            lines.append(
                msg(
                    "reminders-line-channel",
                    when=When(row.due_at, zones.get(row.channel_id or "", "UTC")),
                    channel=row.channel_id or "",
                    kind=row.kind,
                )
            )
    if len(rows) > len(shown):
        lines.append(msg("list-more", count=len(rows) - len(shown)))
    return lines
