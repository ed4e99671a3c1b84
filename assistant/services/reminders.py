"""Reminders as rows: planned from each round's, meeting's and action's policy, and their
messages."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from assistant.domain.audience import in_meeting_audience, in_round_audience
from assistant.domain.model import (
    ACTIVE_STATUSES,
    Action,
    Channel,
    Meeting,
    Person,
    Reminder,
    ReminderState,
    Round,
    Setting,
)
from assistant.domain.reminders import (
    DEFAULT_ACTION_OFFSETS,
    PlannedReminder,
    plan_action,
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
    responded_ids,
    round_audience,
)
from assistant.services.common import (
    Context,
    action_label,
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
ACTION = "action"
# The setting that holds the offsets of actions without their own ("7d,1d").
ACTION_OFFSETS_SETTING = "action-reminder-offsets"


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
        if row.state == ReminderState.CANCELLED and row.key in wanted:
            # Wanted again (an action reopened, given back to its owner): the same reminder,
            # never sent, pending once more.
            _revive(row, wanted[row.key])
            ctx.uow.reminders.save(row)
            continue
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


def _revive(row: Reminder, item: PlannedReminder) -> None:
    row.state = ReminderState.PENDING
    row.due_at, row.deadline = item.due_at, item.deadline
    row.claimed_by, row.claimed_at, row.next_try_at = "", None, None
    row.failures, row.last_error, row.maybe_sent = 0, "", False


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
        plan = plan_round(round_, audience, responded_ids(ctx.uow, round_))
    _sync_all(ctx, ROUND, round_.id or 0, plan)


def _reminded_in_round(ctx: Context, round_: Round, person: Person) -> bool:
    """Of the audience and not responded yet (nor their organisation, in a per-organisation
    round): what `plan_round` reminds."""
    if ctx.uow.answers.find(round_id=round_.id, person_id=person.id):
        return False
    if round_.per_organisation and person.organisation_id is not None:
        delegates = [p.id for p in ctx.uow.people.find(organisation_id=person.organisation_id)]
        if any(ctx.uow.answers.find(round_id=round_.id, person_id=d) for d in delegates):
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
    person who answered, and whoever it gave a seat to). A cancelled meeting keeps none.

    A change of the meeting itself (`only` None: announced in more channels, say) re-plans the
    actions agreed at it too: a body that owns one is reminded in the meeting's channels."""
    if only is None:
        for action in ctx.uow.actions.find(meeting_id=meeting.id):
            replan_action(ctx, action)
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
    round's at all for the secretariat; nobody else's audience depends on it), and those of the
    open actions they own (quiet hours move them; a role decides whether they may see an
    action of a members-only meeting)."""
    for action in ctx.uow.actions.find(owner_person_id=person_id):
        if action.is_active:
            replan_action(ctx, action)
    for round_ in ctx.uow.rounds.find():
        if round_.is_open(ctx.now) or round_.is_upcoming(ctx.now):
            replan_round(ctx, round_, [person_id])
    for meeting in ctx.uow.meetings.find():
        if meeting.starts_at > ctx.now:
            replan_meeting(ctx, meeting, [person_id])


def action_offsets_default(ctx: Context) -> Setting:
    """The offsets of actions without their own, and since when they hold ("7d,1d" from the
    start of time until the secretariat changes them)."""
    found = ctx.uow.settings.find(name=ACTION_OFFSETS_SETTING)
    if found:
        return found[0]
    return Setting(
        name=ACTION_OFFSETS_SETTING,
        value=DEFAULT_ACTION_OFFSETS,
        updated_at=datetime.min.replace(tzinfo=ctx.now.tzinfo),
    )


def set_action_offsets_default(ctx: Context, offsets: str) -> None:
    """Store a new default and re-plan the open actions that follow it."""
    setting, added = ctx.uow.settings.get_or_add(
        Setting(name=ACTION_OFFSETS_SETTING, value=offsets, updated_at=ctx.now)
    )
    if not added:
        setting.value, setting.updated_at = offsets, ctx.now
        ctx.uow.settings.save(setting)
    for status in ACTIVE_STATUSES:
        for action in ctx.uow.actions.find(status=status, reminder_offsets=""):
            if action.due_at is not None:
                replan_action(ctx, action, default=setting)


def action_channels(ctx: Context, meeting: Meeting | None) -> list[Channel]:
    """Where an action owned by a body is reminded: the channels its meeting was announced in
    and the one its minutes were taken in; of a members-only meeting only those marked
    members-only (what the meeting itself may be posted in). No meeting, no channel."""
    if meeting is None:
        return []
    ids = [c for c in dict.fromkeys([*meeting.channels, meeting.minutes_channel]) if c]
    # Read only: these channels were recorded when the meeting was announced or its minutes
    # started there.
    known = {c.channel_id: c for c in ctx.uow.channels.find_in("channel_id", ids)}
    channels = [known[channel_id] for channel_id in ids if channel_id in known]
    return [c for c in channels if c.members_only or not meeting.members_only]


def owner_may_see(owner: Person, meeting: Meeting | None) -> bool:
    """Stakeholders do not see the actions of members-only meetings: nor are they reminded."""
    return owner.is_member or meeting is None or not meeting.members_only


def _action_plan(
    ctx: Context, action: Action, default: Setting | None = None
) -> list[PlannedReminder]:
    if not action.is_active or action.due_at is None:
        return []
    meeting = ctx.uow.meetings.get(action.meeting_id) if action.meeting_id else None
    owner = ctx.uow.people.get(action.owner_person_id) if action.owner_person_id else None
    if owner is not None and not owner_may_see(owner, meeting):
        return []
    default = default or action_offsets_default(ctx)
    offsets = action.reminder_offsets or default.value
    # Reminders whose time had passed when the action (or the default it follows) last changed
    # are not planned: a new due date, owner or offsets never sends late what came before.
    planned_from = action.updated_at
    if not action.reminder_offsets:
        planned_from = max(planned_from, default.updated_at)
    return plan_action(
        action,
        owner=owner,
        channel_ids=[] if owner else [c.channel_id for c in action_channels(ctx, meeting)],
        offsets=offsets,
        planned_from=planned_from,
    )


def replan_action(ctx: Context, action: Action, default: Setting | None = None) -> None:
    """Recompute an action's reminders after anything that changes them: its due date, owner,
    meeting, status or offsets (done or cancelled: none pending), the default offsets, or its
    owner's zone, quiet hours or role.

    Args:
        ctx: the request.
        action: the action as it now stands (saved, with its `updated_at` set if it changed).
        default: the default offsets, if the caller has them at hand.
    """
    _sync_all(ctx, ACTION, action.id or 0, _action_plan(ctx, action, default))


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
    actions: dict[int, Action]

    @classmethod
    def load(cls, ctx: Context, rows: list[Reminder]) -> _Subjects:
        def ids(subject: str) -> set[int]:
            return {r.subject_id for r in rows if r.subject == subject}

        actions = {a.id or 0: a for a in ctx.uow.actions.find_in("id", ids(ACTION))}
        meeting_ids = ids(MEETING) | {a.meeting_id for a in actions.values() if a.meeting_id}
        return cls(
            rounds={r.id or 0: r for r in ctx.uow.rounds.find_in("id", ids(ROUND))},
            meetings={m.id or 0: m for m in ctx.uow.meetings.find_in("id", meeting_ids)},
            actions=actions,
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
    elif row.subject == ACTION:
        action = subjects.actions.get(row.subject_id)
        lines = _action_lines(ctx, row, action, subjects) if action else None
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


def _action_lines(
    ctx: Context, row: Reminder, action: Action, subjects: _Subjects
) -> list[Message] | None:
    """An action's reminder as of sending; None if it no longer applies (done meanwhile, or
    posted in a channel no longer fit for a members-only meeting's action)."""
    if not action.is_active or action.due_at is None:
        return None
    meeting = subjects.meetings.get(action.meeting_id or 0)
    if row.channel_id is not None and row.channel_id not in {
        c.channel_id for c in action_channels(ctx, meeting)
    }:
        return None
    label = action_label(action)
    args = {
        "id": label,
        "text": UserText(action.text),
        "when": When(action.due_at, action.due_zone),
        "done": CommandHint(f"action done {label}"),
        "body": "no" if row.person_id is not None else "yes",
        "owner": UserText(action.owner_body),
    }
    if row.kind == "action-overdue":
        return [msg("reminder-action-overdue", **args)]
    return [msg("reminder-action-due", **args, left=time_left(ctx.now, action.due_at))]


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
