"""Action items agreed at meetings: record, query, update, with a log of every change."""

from __future__ import annotations

from datetime import datetime, timedelta

from assistant import commands as c
from assistant.domain.model import (
    ACTIVE_STATUSES,
    Action,
    ActionUpdate,
    Person,
    Role,
)
from assistant.domain.zones import zone_info
from assistant.messages import Mention, Message, Outgoing, UserError, UserText, When, msg
from assistant.services.common import (
    Context,
    action_label,
    find_action,
    hidden_meetings,
    person_by_user,
    visible_meeting,
)

MAX_LISTED = 50
ORGANISERS = (Role.SECRETARIAT, Role.CHAIR)


def owner_arg(action: Action, people: dict[int, Person]) -> Mention | UserText:
    if action.owner_person_id is not None and action.owner_person_id in people:
        person = people[action.owner_person_id]
        return Mention(person.user_id, person.display_name)
    return UserText(action.owner_body)


def action_line(action: Action, people: dict[int, Person], now: datetime) -> Message:
    return msg(
        "action-line",
        id=f"A{action.id}",
        ref=action.ref,
        has_ref="yes" if action.ref else "no",
        text=UserText(action.text),
        owner=owner_arg(action, people),
        status=action.status.value,
        due=When(action.due_at, action.due_zone) if action.due_at else "",
        has_due="yes" if action.due_at else "no",
        overdue="yes" if action.is_overdue(now) else "no",
    )


def owners_of(ctx: Context, actions: list[Action]) -> dict[int, Person]:
    ids = {a.owner_person_id for a in actions if a.owner_person_id is not None}
    return {p.id: p for p in ctx.uow.people.find_in("id", ids) if p.id is not None}


def add_action(ctx: Context, cmd: c.AddAction) -> list[Outgoing]:
    if cmd.ref and ctx.uow.actions.find(ref=cmd.ref):
        raise UserError("error-ref-taken", ref=cmd.ref)
    owner = person_by_user(ctx, cmd.owner_user) if cmd.owner_user else None
    meeting_id = visible_meeting(ctx, cmd.meeting_id).id if cmd.meeting_id else None
    due_at, due_zone = None, ctx.actor.tz
    if cmd.due:
        # Actions recorded after the fact may carry a due date already past.
        due = ctx.read_when(cmd.due)
        due_at, due_zone = due.at, due.zone
    action = ctx.uow.actions.add(
        Action(
            ref=cmd.ref,
            text=cmd.text,
            owner_person_id=owner.id if owner else None,
            owner_body=cmd.owner_body,
            due_at=due_at,
            due_zone=due_zone,
            meeting_id=meeting_id,
            created_by=ctx.actor.id or 0,
            created_at=ctx.now,
            updated_at=ctx.now,
        )
    )
    ctx.uow.action_updates.add(
        ActionUpdate(
            action_id=action.id or 0, person_id=ctx.actor.id or 0, at=ctx.now, status=action.status
        )
    )
    people = owners_of(ctx, [action])
    return [
        ctx.reply(msg("action-added", id=f"A{action.id}"), action_line(action, people, ctx.now))
    ]


def _end_of_week(ctx: Context) -> datetime:
    local = ctx.now.astimezone(zone_info(ctx.actor.tz))
    sunday = (local + timedelta(days=6 - local.weekday())).date()
    return datetime.combine(sunday + timedelta(days=1), datetime.min.time(), tzinfo=local.tzinfo)


def list_actions(ctx: Context, cmd: c.ListActions) -> list[Outgoing]:
    """Filtered, sorted and cut to one screen in the database, however many actions there are."""
    active = None if cmd.filter == "all" else ACTIVE_STATUSES
    owner_id = ctx.actor.id if cmd.filter == "mine" else None
    if cmd.owner_user:
        owner = person_by_user(ctx, cmd.owner_user)
        if owner_id is not None and owner_id != owner.id:
            return [ctx.reply(msg("actions-none", filter=cmd.filter))]
        owner_id = owner.id
    actions, total = ctx.uow.actions.search(
        statuses=active,
        owner_person_id=owner_id,
        owner_body=cmd.owner_body,
        due_from=ctx.now if cmd.filter == "week" else None,
        due_before={"overdue": ctx.now, "week": _end_of_week(ctx)}.get(cmd.filter),
        hidden_meetings=hidden_meetings(ctx),
        limit=MAX_LISTED,
    )
    if not actions:
        return [ctx.reply(msg("actions-none", filter=cmd.filter))]
    people = owners_of(ctx, actions)
    lines = [msg("actions-header", filter=cmd.filter, count=total)]
    lines += [action_line(a, people, ctx.now) for a in actions]
    if total > len(actions):
        lines.append(msg("list-more", count=total - len(actions)))
    return [ctx.reply(*lines)]


def show_action(ctx: Context, cmd: c.ShowAction) -> list[Outgoing]:
    action = find_action(ctx, cmd.action)
    updates = sorted(
        ctx.uow.action_updates.find(action_id=action.id), key=lambda u: (u.at, u.id or 0)
    )
    people = {
        p.id: p
        for p in ctx.uow.people.find_in(
            "id", {u.person_id for u in updates} | {action.owner_person_id or 0}
        )
        if p.id is not None
    }
    lines = [action_line(action, people, ctx.now)]
    if action.meeting_id:
        meeting = ctx.uow.meetings.get(action.meeting_id)
        if meeting is not None:
            lines.append(msg("action-meeting", id=f"M{meeting.id}", title=UserText(meeting.title)))
    lines.append(msg("action-history-header"))
    for update in updates:
        who = people.get(update.person_id)
        lines.append(
            msg(
                "action-history-line",
                when=When(update.at),
                user=Mention(who.user_id, who.display_name) if who else "?",
                status=update.status.value,
                note=UserText(update.note),
                has_note="yes" if update.note else "no",
            )
        )
    return [ctx.reply(*lines)]


def update_action(ctx: Context, cmd: c.UpdateAction) -> list[Outgoing]:
    action = find_action(ctx, cmd.action)
    owns = action.owner_person_id is not None and action.owner_person_id == ctx.actor.id
    if ctx.actor.role not in ORGANISERS and not (owns and ctx.actor.role == Role.MEMBER):
        raise UserError("error-not-owner", id=action_label(action))
    action.status = cmd.status
    action.updated_at = ctx.now
    ctx.uow.actions.save(action)
    ctx.uow.action_updates.add(
        ActionUpdate(
            action_id=action.id or 0,
            person_id=ctx.actor.id or 0,
            at=ctx.now,
            status=cmd.status,
            note=cmd.note,
        )
    )
    return [ctx.reply(msg("action-updated", id=action_label(action), status=cmd.status.value))]
