"""Action items agreed at meetings: record, query, update, with a log of every change."""

from __future__ import annotations

from datetime import datetime, timedelta

from assistant import commands as c
from assistant.domain.dates import format_offset, parse_offsets
from assistant.domain.model import (
    ACTIVE_STATUSES,
    Action,
    ActionStatus,
    ActionUpdate,
    Person,
    Role,
)
from assistant.domain.zones import zone_info
from assistant.messages import (
    CommandHint,
    Mention,
    Message,
    Outgoing,
    UserError,
    UserText,
    When,
    msg,
)
from assistant.services import reminders
from assistant.services.common import (
    Context,
    action_label,
    direct_to,
    find_action,
    hidden_meetings,
    mention,
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
    owner = person_by_user(ctx, cmd.owner_user) if cmd.owner_user else None
    meeting_id = visible_meeting(ctx, cmd.meeting_id).id if cmd.meeting_id else None
    action = record(
        ctx,
        ref=cmd.ref,
        text=cmd.text,
        owner=owner,
        owner_body=cmd.owner_body,
        due=cmd.due,
        meeting_id=meeting_id,
    )
    people = owners_of(ctx, [action])
    return [
        ctx.reply(msg("action-added", id=f"A{action.id}"), action_line(action, people, ctx.now)),
        *tell_owner(ctx, action),
    ]


def record(
    ctx: Context,
    *,
    ref: str,
    text: str,
    owner: Person | None,
    owner_body: str,
    due: str | None,
    meeting_id: int | None,
) -> Action:
    """A new action in the register, with the first entry of its history (`/action add`, or
    an `#action` line of minutes)."""
    if ref and ctx.uow.actions.find(ref=ref):
        raise UserError("error-ref-taken", ref=ref)
    due_at, due_zone = None, ctx.actor.tz
    if due:
        # Actions recorded after the fact may carry a due date already past.
        when = ctx.read_when(due)
        due_at, due_zone = when.at, when.zone
    action = ctx.uow.actions.add(
        Action(
            ref=ref,
            text=text,
            owner_person_id=owner.id if owner else None,
            owner_body=owner_body,
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
    reminders.replan_action(ctx, action)
    return action


def withdraw(ctx: Context, action_id: int) -> None:
    """Take back an action just recorded (`#undo` of an `#action` line): cancelled (so are
    its reminders), its reference free for the next one, its history kept (and its id never
    given again)."""
    action = ctx.uow.actions.get(action_id)
    if action is None:
        return
    action.status, action.ref, action.updated_at = ActionStatus.CANCELLED, "", ctx.now
    ctx.uow.actions.save(action)
    ctx.uow.action_updates.add(
        ActionUpdate(
            action_id=action_id,
            person_id=ctx.actor.id or 0,
            at=ctx.now,
            status=ActionStatus.CANCELLED,
            note="#undo",
        )
    )
    reminders.replan_action(ctx, action)


def tell_owner(ctx: Context, action: Action) -> list[Outgoing]:
    """A direct message to an action's owner that it is theirs, in their language, with the due
    date in the action's zone and theirs. Nobody is told when the owner is a body, the actor
    themselves (who just said so), a person who may not see the action (a stakeholder, of a
    members-only meeting), or when the action is no longer open."""
    if action.owner_person_id is None or action.owner_person_id == ctx.actor.id:
        return []
    owner = ctx.uow.people.get(action.owner_person_id)
    meeting = ctx.uow.meetings.get(action.meeting_id) if action.meeting_id else None
    if owner is None or not action.is_active or not reminders.owner_may_see(owner, meeting):
        return []
    label = action_label(action)
    return [
        direct_to(
            owner,
            msg(
                "action-assigned",
                user=mention(ctx.actor),
                id=label,
                text=UserText(action.text),
                due=When(action.due_at, action.due_zone) if action.due_at else "",
                has_due="yes" if action.due_at else "no",
                overdue="yes" if action.is_overdue(ctx.now) else "no",
                show=CommandHint(f"action show {label}"),
                done=CommandHint(f"action done {label}"),
            ),
        )
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
            "id",
            {u.person_id for u in updates}
            | {action.owner_person_id or 0}
            | _edited_owners(updates),
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
        change = update.change
        if change is not None:
            lines.append(_history_edit(update, *change, people))
            continue
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


def _may_update(ctx: Context, action: Action) -> None:
    """Organisers, or the action's owner if a member: else refused."""
    owns = action.owner_person_id is not None and action.owner_person_id == ctx.actor.id
    if ctx.actor.role not in ORGANISERS and not (owns and ctx.actor.role == Role.MEMBER):
        raise UserError("error-not-owner", id=action_label(action))


def update_action(ctx: Context, cmd: c.UpdateAction) -> list[Outgoing]:
    action = find_action(ctx, cmd.action)
    _may_update(ctx, action)
    action.status = cmd.status
    action.updated_at = ctx.now
    ctx.uow.actions.save(action)
    # Done or cancelled: its pending reminders go; reopened: planned again from now on.
    reminders.replan_action(ctx, action)
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


# Fields an action's owner (a member) may change on their own action; the rest are the chair's
# and the secretariat's, who record who owns what, under which reference and meeting.
OWNER_FIELDS = ("text", "due")


def _due_value(at: datetime | None, zone: str) -> str:
    return f"{at.isoformat()} {zone}" if at else ""


def edit_action(ctx: Context, cmd: c.EditAction) -> list[Outgoing]:
    """Change one field of an action, with an entry in its history; nothing if it is refused."""
    action = find_action(ctx, cmd.action)
    label = action_label(action)
    owns = action.owner_person_id is not None and action.owner_person_id == ctx.actor.id
    if ctx.actor.role not in ORGANISERS:
        if not (owns and ctx.actor.role == Role.MEMBER):
            raise UserError("error-not-owner", id=label)
        if cmd.field not in OWNER_FIELDS:
            raise UserError("error-edit-organisers", id=label, field=cmd.field)
    before = _edit_value(action)
    if cmd.field == "text":
        action.text = cmd.text
    elif cmd.field == "owner":
        owner = person_by_user(ctx, cmd.owner_user) if cmd.owner_user else None
        action.owner_person_id = owner.id if owner else None
        action.owner_body = "" if owner else cmd.owner_body
    elif cmd.field == "due":
        if cmd.due is None:
            action.due_at = None
        else:
            # As on `/action add`, a date already past is allowed (the action is then overdue).
            due = ctx.read_when(cmd.due)
            action.due_at, action.due_zone = due.at, due.zone
    elif cmd.field == "ref":
        taken = [a for a in ctx.uow.actions.find(ref=cmd.ref) if a.id != action.id]
        if taken:
            raise UserError("error-ref-taken", ref=cmd.ref)
        action.ref = cmd.ref
    else:
        # Any meeting the actor may see, also one that already took place.
        action.meeting_id = visible_meeting(ctx, cmd.meeting_id).id if cmd.meeting_id else None
    value = _edit_value(action)[cmd.field]
    if value == before[cmd.field]:
        return [ctx.reply(msg("action-unchanged", id=label, field=cmd.field))]
    action.updated_at = ctx.now
    ctx.uow.actions.save(action)
    ctx.uow.action_updates.add(
        ActionUpdate.edit(
            action_id=action.id or 0,
            person_id=ctx.actor.id or 0,
            at=ctx.now,
            status=action.status,
            field=cmd.field,
            value=value,
        )
    )
    reminders.replan_action(ctx, action)
    people = owners_of(ctx, [action])
    return [
        ctx.reply(
            msg("action-edited", id=label, field=cmd.field), action_line(action, people, ctx.now)
        ),
        *(tell_owner(ctx, action) if cmd.field == "owner" else []),
    ]


def show_reminders(ctx: Context, cmd: c.PreviewActionReminders) -> list[Outgoing]:
    action = find_action(ctx, cmd.action)
    _may_update(ctx, action)
    return [ctx.reply(*_preview(ctx, action))]


def change_reminders(ctx: Context, cmd: c.SetActionReminders) -> list[Outgoing]:
    """An action's own reminder offsets (its owner, chair, secretariat), or the default of the
    actions without their own (secretariat)."""
    offsets = ",".join(format_offset(o) for o in parse_offsets(cmd.offsets)) if cmd.offsets else ""
    if cmd.action is None:
        if ctx.actor.role != Role.SECRETARIAT:
            raise UserError("error-action-default-secretariat")
        reminders.set_action_offsets_default(ctx, offsets)
        return [ctx.reply(msg("action-reminders-default", offsets=offsets))]
    action = find_action(ctx, cmd.action)
    _may_update(ctx, action)
    if offsets != action.reminder_offsets:
        action.reminder_offsets = offsets
        # The new plan starts now: an offset whose moment has passed is not sent late.
        action.updated_at = ctx.now
        ctx.uow.actions.save(action)
        reminders.replan_action(ctx, action)
    shown = offsets or reminders.action_offsets_default(ctx).value
    return [
        ctx.reply(msg("reminders-set", id=action_label(action), offsets=shown)),
        ctx.reply(*_preview(ctx, action)),
    ]


def _preview(ctx: Context, action: Action) -> list[Message]:
    """The stored plan (who, when, in their zone), or why there is none."""
    label = action_label(action)
    rows = reminders.pending_rows(ctx, reminders.ACTION, action.id or 0)
    offsets = action.reminder_offsets or reminders.action_offsets_default(ctx).value
    lines = reminders.preview_lines(ctx, label, rows, offsets)
    if not rows:
        lines.append(msg("action-reminders-none", id=label, reason=_why_none(ctx, action)))
    return lines


def _why_none(ctx: Context, action: Action) -> str:
    if not action.is_active:
        return "closed"
    if action.due_at is None:
        return "no-due"
    meeting = ctx.uow.meetings.get(action.meeting_id) if action.meeting_id else None
    if action.owner_person_id is None:
        if meeting is None:
            return "no-meeting"
        if not reminders.action_channels(ctx, meeting):
            return "no-channel"
    else:
        owner = ctx.uow.people.get(action.owner_person_id)
        if owner is not None and not reminders.owner_may_see(owner, meeting):
            return "hidden"
    return "past"


def _edit_value(action: Action) -> dict[str, str]:
    """Each editable field as the history stores it."""
    owner = (
        f"person:{action.owner_person_id}"
        if action.owner_person_id is not None
        else f"body:{action.owner_body}"
    )
    return {
        "text": action.text,
        "owner": owner,
        "due": _due_value(action.due_at, action.due_zone),
        "ref": action.ref,
        "meeting": str(action.meeting_id) if action.meeting_id else "",
    }


def _history_edit(
    update: ActionUpdate, field: str, value: str, people: dict[int, Person]
) -> Message:
    who = people.get(update.person_id)
    shown: Mention | UserText | When | str = UserText(value)
    if field == "owner":
        kind, _, rest = value.partition(":")
        person = people.get(int(rest)) if kind == "person" and rest.isdigit() else None
        shown = Mention(person.user_id, person.display_name) if person else UserText(rest)
    elif field == "due" and value:
        at, _, zone = value.partition(" ")
        shown = When(datetime.fromisoformat(at), zone)
    elif field == "meeting" and value:
        shown = f"M{value}"
    return msg(
        "action-history-edit",
        when=When(update.at),
        user=Mention(who.user_id, who.display_name) if who else "?",
        field=field,
        value=shown,
        cleared="no" if value else "yes",
    )


def _edited_owners(updates: list[ActionUpdate]) -> set[int]:
    ids = set()
    for update in updates:
        change = update.change
        if change and change[0] == "owner" and change[1].startswith("person:"):
            rest = change[1].removeprefix("person:")
            if rest.isdigit():
                ids.add(int(rest))
    return ids
