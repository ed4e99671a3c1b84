"""Meetings and sessions: create, announce, RSVP with capacity and waitlist, calendars."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from icalendar import Calendar, Event

from assistant import commands as c
from assistant.domain.dates import MissingTime, format_offset, parse_offsets, read_when
from assistant.domain.model import Meeting, Person, Rsvp, RsvpChoice
from assistant.domain.reminders import (
    DEFAULT_MEETING_OFFSETS,
    in_quiet_hours,
)
from assistant.messages import (
    Button,
    CommandHint,
    Edit,
    FileOut,
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
    channel_by_id,
    direct_to,
    meeting_id_text,
    mentions,
    post_to,
    visible_meeting,
    zone_or_default,
)
from assistant.services.organisations import country_shown, organisation_shown
from assistant.services.rounds import dst_lines

DEFAULT_DURATION = timedelta(hours=1)


def new_meeting(ctx: Context, cmd: c.NewMeeting) -> list[Outgoing]:
    zone = zone_or_default(cmd.zone, ctx.actor.tz)
    starts = ctx.future_when(cmd.at, zone, MissingTime.REQUIRED)
    ends_at = starts.at + DEFAULT_DURATION
    notes = dst_lines(starts)
    if cmd.until:
        # "until 12:00" is read on the meeting's own day.
        ends = read_when(
            cmd.until,
            zone=starts.zone,
            now=starts.at,
            language=ctx.actor.language,
            channel_language=ctx.channel.language,
        )
        ends_at = ends.at
        if ends_at <= starts.at:
            raise UserError("error-ends-before-start")
    rsvp_by = None
    if cmd.rsvp_by:
        rsvp_by = ctx.future_when(cmd.rsvp_by, starts.zone).at
        if rsvp_by > starts.at:
            raise UserError("error-rsvp-after-start")
    meeting = ctx.uow.meetings.add(
        Meeting(
            title=cmd.title,
            starts_at=starts.at,
            ends_at=ends_at,
            zone=starts.zone,
            place=cmd.place,
            link=cmd.link,
            members_only=cmd.members_only,
            rsvp_by=rsvp_by,
            capacity=cmd.capacity,
            created_by=ctx.actor.id or 0,
            created_at=ctx.now,
        )
    )
    mid = meeting_id_text(meeting)
    reminders.replan_meeting(ctx, meeting)
    return [
        ctx.reply(
            msg("meeting-created", id=mid, title=UserText(meeting.title)),
            *details(meeting),
            *notes,
            msg("meeting-next-steps", announce=CommandHint(f"meeting announce {mid} #channel")),
        )
    ]


def details(meeting: Meeting) -> list[Message]:
    lines = [
        msg(
            "meeting-when",
            starts=When(meeting.starts_at, meeting.zone),
            ends=When(meeting.ends_at, meeting.zone),
        )
    ]
    if meeting.place:
        lines.append(msg("meeting-place", place=UserText(meeting.place)))
    if meeting.link:
        lines.append(msg("meeting-link", link=UserText(meeting.link)))
    if meeting.rsvp_by:
        lines.append(msg("meeting-rsvp-by", when=When(meeting.rsvp_by, meeting.zone)))
    if meeting.capacity:
        lines.append(msg("meeting-capacity", capacity=meeting.capacity))
    if meeting.members_only:
        lines.append(msg("meeting-members-only"))
    return lines


def announce_meeting(ctx: Context, cmd: c.AnnounceMeeting) -> list[Outgoing]:
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    _still_on(ctx, meeting)
    channel_ids = list(dict.fromkeys(cmd.channels or (ctx.channel.channel_id,)))
    channels = [channel_by_id(ctx, ch) for ch in channel_ids]
    for channel in channels:
        if meeting.members_only and not channel.members_only:
            raise UserError("error-members-only-channel", channel=channel.channel_id)
    meeting.announce_channels = ",".join(dict.fromkeys(meeting.channels + channel_ids))
    meeting.announced_at = meeting.announced_at or ctx.now
    ctx.uow.meetings.save(meeting)
    reminders.replan_meeting(ctx, meeting)
    lines = announcement(ctx, meeting)
    return [
        *[
            post_to(channel, *lines, buttons=rsvp_buttons(meeting), key=announcement_key(meeting))
            for channel in channels
        ],
        ctx.reply(msg("meeting-announced", id=mid, channels=", ".join(channel_ids))),
    ]


def announcement_key(meeting: Meeting) -> str:
    return f"meeting:{meeting.id}"


def rsvp_buttons(meeting: Meeting) -> tuple[Button, ...]:
    mid = meeting_id_text(meeting)
    return tuple(
        Button(f"rsvp:{choice.value}", msg("button-rsvp", choice=choice.value), mid)
        for choice in RsvpChoice
    )


def announcement(ctx: Context, meeting: Meeting) -> list[Message]:
    """The meeting as announced, with its current RSVP counts (edited in place as they change)."""
    mid = meeting_id_text(meeting)
    if meeting.cancelled:
        return [
            msg("meeting-announcement-cancelled", id=mid, title=UserText(meeting.title)),
            *details(meeting),
            *_reason(meeting),
        ]
    rsvps = ctx.uow.rsvps.find(meeting_id=meeting.id)
    return [
        msg("meeting-announcement", id=mid, title=UserText(meeting.title)),
        *details(meeting),
        msg(
            "meeting-counts",
            inperson=sum(1 for r in rsvps if r.choice == RsvpChoice.IN_PERSON and not r.waitlisted),
            remote=sum(1 for r in rsvps if r.choice == RsvpChoice.REMOTE and not r.waitlisted),
            waitlist=sum(1 for r in rsvps if r.waitlisted),
        ),
        msg("meeting-how-to-rsvp", rsvp=CommandHint(f"meeting rsvp {mid} in-person|remote|no")),
    ]


def announcement_edits(ctx: Context, meeting: Meeting) -> list[Outgoing]:
    lines = tuple(announcement(ctx, meeting))
    edits: list[Outgoing] = []
    for channel_id in meeting.channels:
        channel = channel_by_id(ctx, channel_id)
        edits.append(
            Edit(
                announcement_key(meeting),
                channel_id,
                lines,
                locale=channel.language,
                tz=channel.digest_zone,
                buttons=() if meeting.cancelled else rsvp_buttons(meeting),
            )
        )
    return edits


def _reason(meeting: Meeting) -> list[Message]:
    if not meeting.cancel_reason:
        return []
    return [msg("meeting-cancel-reason", reason=UserText(meeting.cancel_reason))]


def _still_on(ctx: Context, meeting: Meeting) -> None:
    """Refuse to change a meeting that was cancelled or has started."""
    mid = meeting_id_text(meeting)
    if meeting.cancelled:
        raise UserError("error-meeting-cancelled", id=mid)
    if meeting.starts_at <= ctx.now:
        raise UserError("error-meeting-past", id=mid)


def _told(ctx: Context, meeting: Meeting) -> list[Person]:
    """Who hears of a change: everyone attending and everyone on the waitlist, in RSVP order."""
    rsvps = sorted(
        (r for r in ctx.uow.rsvps.find(meeting_id=meeting.id) if r.choice != RsvpChoice.NO),
        key=lambda r: r.seq,
    )
    people = {p.id: p for p in ctx.uow.people.find_in("id", [r.person_id for r in rsvps])}
    return [people[r.person_id] for r in rsvps if r.person_id in people]


def update_meeting(ctx: Context, cmd: c.UpdateMeeting) -> list[Outgoing]:
    """Change a meeting's time, place, link, capacity or RSVP deadline; everyone attending or
    waiting is told what changed, the announcement is edited and reminders are re-planned.

    A smaller capacity takes no seat back from anyone confirmed: it only makes newcomers wait
    until enough seats free up. A larger one gives the new seats to the waitlist, in order.
    """
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    _still_on(ctx, meeting)
    starts_at, ends_at = meeting.starts_at, meeting.ends_at
    notes: list[Message] = []
    if cmd.at:
        starts = ctx.future_when(cmd.at, meeting.zone, MissingTime.REQUIRED)
        notes = dst_lines(starts)
        starts_at, ends_at = starts.at, starts.at + (meeting.ends_at - meeting.starts_at)
    if cmd.until:
        # "until 12:00" is read on the meeting's own (new) day.
        ends_at = read_when(
            cmd.until,
            zone=meeting.zone,
            now=starts_at,
            language=ctx.actor.language,
            channel_language=ctx.channel.language,
        ).at
    if ends_at <= starts_at:
        raise UserError("error-ends-before-start")
    rsvp_by = meeting.rsvp_by
    if cmd.rsvp_by:
        rsvp_by = ctx.future_when(cmd.rsvp_by, meeting.zone).at
    if rsvp_by is not None and rsvp_by > starts_at:
        raise UserError("error-rsvp-after-start")
    place = meeting.place if cmd.place is None else cmd.place
    link = meeting.link if cmd.link is None else cmd.link
    capacity = meeting.capacity if cmd.capacity is None else cmd.capacity
    changed_time = (starts_at, ends_at) != (meeting.starts_at, meeting.ends_at)
    changes: list[Message] = []
    if changed_time:
        changes.append(
            msg(
                "meeting-when",
                starts=When(starts_at, meeting.zone),
                ends=When(ends_at, meeting.zone),
            )
        )
    if place != meeting.place:
        changes.append(msg("meeting-place", place=UserText(place)))
    if link != meeting.link:
        changes.append(msg("meeting-link", link=UserText(link)))
    if rsvp_by != meeting.rsvp_by and rsvp_by is not None:
        changes.append(msg("meeting-rsvp-by", when=When(rsvp_by, meeting.zone)))
    if capacity != meeting.capacity and capacity is not None:
        changes.append(msg("meeting-capacity", capacity=capacity))
    if not changes:
        raise UserError("error-nothing-to-change", id=mid)
    more_seats = capacity is not None and (meeting.capacity or 0) < capacity
    meeting.starts_at, meeting.ends_at, meeting.rsvp_by = starts_at, ends_at, rsvp_by
    meeting.place, meeting.link, meeting.capacity = place, link, capacity
    meeting.sequence += 1
    ctx.uow.meetings.save(meeting)
    out: list[Outgoing] = []
    if more_seats:
        while promoted := _promote(ctx, meeting):
            out += promoted
    told = _told(ctx, meeting)
    title = UserText(meeting.title)
    for person in told:
        out.append(direct_to(person, msg("meeting-changed", id=mid, title=title), *changes))
    reminders.replan_meeting(ctx, meeting)
    out.insert(
        0,
        ctx.reply(
            msg("meeting-updated", id=mid, title=title, count=len(told)),
            *changes,
            *notes,
        ),
    )
    return out + announcement_edits(ctx, meeting)


def cancel_meeting(ctx: Context, cmd: c.CancelMeeting) -> list[Outgoing]:
    """Cancel a meeting: attendees and the waitlist are told, the announcement says so, its
    pending reminders are cancelled, and the .ics becomes a cancellation."""
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    _still_on(ctx, meeting)
    meeting.cancelled_at = ctx.now
    meeting.cancel_reason = cmd.reason
    meeting.sequence += 1
    ctx.uow.meetings.save(meeting)
    reminders.replan_meeting(ctx, meeting)
    told = _told(ctx, meeting)
    title = UserText(meeting.title)
    dms: list[Outgoing] = [
        direct_to(
            person,
            msg("meeting-cancelled-dm", id=mid, title=title, when=When(meeting.starts_at)),
            *_reason(meeting),
        )
        for person in told
    ]
    return [
        ctx.reply(msg("meeting-cancelled", id=mid, title=title, count=len(told))),
        *dms,
        *announcement_edits(ctx, meeting),
    ]


def _limited(meeting: Meeting, choice: RsvpChoice) -> bool:
    """Capacity counts seats in the room when there is a place, else everyone attending."""
    if meeting.capacity is None or choice == RsvpChoice.NO:
        return False
    return choice == RsvpChoice.IN_PERSON or not meeting.place


def _confirmed_count(rsvps: list[Rsvp], meeting: Meeting, exclude: int | None) -> int:
    return sum(
        1
        for r in rsvps
        if r.person_id != exclude and _limited(meeting, r.choice) and not r.waitlisted
    )


def rsvp(ctx: Context, cmd: c.AnswerRsvp) -> list[Outgoing]:
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    if meeting.cancelled:
        raise UserError("error-meeting-cancelled", id=mid)
    if not meeting.rsvp_open(ctx.now):
        raise UserError(
            "error-rsvp-closed", id=mid, when=When(meeting.rsvp_by or meeting.starts_at)
        )
    rsvps = ctx.uow.rsvps.find(meeting_id=meeting.id)
    mine = next((r for r in rsvps if r.person_id == ctx.actor.id), None)
    held_seat = mine is not None and _limited(meeting, mine.choice) and not mine.waitlisted
    waitlisted = (
        _limited(meeting, cmd.choice)
        and not held_seat
        and _confirmed_count(rsvps, meeting, ctx.actor.id) >= (meeting.capacity or 0)
    )
    if mine is None:
        mine = ctx.uow.rsvps.add(
            Rsvp(
                meeting_id=meeting.id or 0,
                person_id=ctx.actor.id or 0,
                choice=cmd.choice,
                waitlisted=waitlisted,
                seq=max((r.seq for r in rsvps), default=0) + 1,
                updated_at=ctx.now,
            )
        )
    else:
        if waitlisted and not mine.waitlisted:
            mine.seq = max((r.seq for r in rsvps), default=0) + 1
        mine.choice, mine.waitlisted, mine.updated_at = cmd.choice, waitlisted, ctx.now
        ctx.uow.rsvps.save(mine)
    out: list[Outgoing] = []
    if held_seat and not _limited(meeting, cmd.choice):
        out += _promote(ctx, meeting)
    lines = [
        msg(
            "rsvp-recorded",
            id=mid,
            title=UserText(meeting.title),
            choice=cmd.choice.value,
            waitlisted="yes" if waitlisted else "no",
        )
    ]
    if cmd.choice != RsvpChoice.NO and in_quiet_hours(meeting.starts_at, ctx.actor):
        lines.append(msg("rsvp-night-warning", when=When(meeting.starts_at, ctx.actor.tz)))
    out.append(ctx.reply(*lines))
    reminders.replan_meeting(ctx, meeting, [ctx.actor.id or 0])
    return out + announcement_edits(ctx, meeting)


def _promote(ctx: Context, meeting: Meeting) -> list[Outgoing]:
    rsvps = ctx.uow.rsvps.find(meeting_id=meeting.id)
    if _confirmed_count(rsvps, meeting, None) >= (meeting.capacity or 0):
        return []
    waiting = sorted((r for r in rsvps if r.waitlisted), key=lambda r: r.seq)
    if not waiting:
        return []
    first = waiting[0]
    first.waitlisted = False
    first.updated_at = ctx.now
    ctx.uow.rsvps.save(first)
    reminders.replan_meeting(ctx, meeting, [first.person_id])  # now attending
    person = ctx.uow.people.get(first.person_id)
    if person is None:
        return []
    return [
        direct_to(
            person,
            msg(
                "rsvp-promoted",
                id=meeting_id_text(meeting),
                title=UserText(meeting.title),
                when=When(meeting.starts_at),
            ),
        )
    ]


def list_meetings(ctx: Context, cmd: c.ListMeetings) -> list[Outgoing]:
    meetings = [
        m
        for m in ctx.uow.meetings.find()
        if m.ends_at > ctx.now and (ctx.actor.is_member or not m.members_only)
    ]
    if not meetings:
        return [ctx.reply(msg("meetings-none"))]
    answered = {r.meeting_id: r for r in ctx.uow.rsvps.find(person_id=ctx.actor.id)}
    lines = [msg("meetings-header", count=len(meetings))]
    for m in sorted(meetings, key=lambda m: m.starts_at):
        mine = answered.get(m.id or 0)
        if m.cancelled:
            lines.append(
                msg(
                    "meetings-line-cancelled",
                    id=meeting_id_text(m),
                    title=UserText(m.title),
                    when=When(m.starts_at),
                )
            )
            continue
        lines.append(
            msg(
                "meetings-line",
                id=meeting_id_text(m),
                title=UserText(m.title),
                when=When(m.starts_at),
                place=UserText(m.place) if m.place else "",
                has_place="yes" if m.place else "no",
                rsvp=(mine.choice.value if not mine.waitlisted else "waitlist") if mine else "none",
            )
        )
    return [ctx.reply(*lines)]


def attendees(ctx: Context, cmd: c.ListAttendees) -> list[Outgoing]:
    meeting = visible_meeting(ctx, cmd.meeting_id)
    rsvps = sorted(ctx.uow.rsvps.find(meeting_id=meeting.id), key=lambda r: r.seq)
    people = {p.id: p for p in ctx.uow.people.find_in("id", [r.person_id for r in rsvps])}
    by_choice: dict[str, list[Person]] = {"in-person": [], "remote": [], "no": [], "waitlist": []}
    for r in rsvps:
        key = "waitlist" if r.waitlisted else r.choice.value
        by_choice[key].append(people[r.person_id])
    lines = [
        msg("attendees-header", id=meeting_id_text(meeting), title=UserText(meeting.title)),
        msg(
            "attendees-counts",
            inperson=len(by_choice["in-person"]),
            remote=len(by_choice["remote"]),
            no=len(by_choice["no"]),
            waitlist=len(by_choice["waitlist"]),
        ),
    ]
    for key, group in by_choice.items():
        if group:
            lines.append(msg("attendees-group", choice=key, names=mentions(group)))
    present = by_choice["in-person"] + by_choice["remote"]
    for label, counter, name in (
        ("country", Counter(p.country for p in present), country_shown),
        ("organisation", Counter(p.organisation for p in present), organisation_shown),
    ):
        if present:
            # Each entry a message, so that a country is named in the reader's language.
            parts = tuple(
                msg("attendees-count", name=name(k), count=v)
                for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            )
            lines.append(msg(f"attendees-by-{label}", counts=parts))
    return [ctx.reply(*lines)]


def calendar(ctx: Context, cmd: c.MeetingCalendar) -> list[Outgoing]:
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    cal = Calendar()
    cal.add("prodid", "-//consultation-assistant//EN")
    cal.add("version", "2.0")
    if meeting.cancelled:
        cal.add("method", "CANCEL")
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@consultation-assistant")
    event.add("dtstamp", ctx.now)
    # UTC instants are correct in every reader's calendar, whatever its zone.
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", meeting.title)
    # Calendars replace an event they hold only by one with a higher SEQUENCE.
    event.add("sequence", meeting.sequence)
    if meeting.cancelled:
        event.add("status", "CANCELLED")
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.link:
        event.add("url", meeting.link)
        event.add("description", meeting.link)
    cal.add_component(event)
    content = cal.to_ical().decode()
    filename = f"{mid}.ics"
    line = msg("ics-ready", id=mid, path=cmd.path or filename)
    return [ctx.file_reply(line, FileOut(filename=filename, content=content, path=cmd.path))]


def show_plan(ctx: Context, cmd: c.PreviewReminders) -> list[Outgoing]:
    return _preview(ctx, cmd.item_id)


def change_plan(ctx: Context, cmd: c.SetReminders) -> list[Outgoing]:
    meeting = visible_meeting(ctx, cmd.item_id)
    if meeting.cancelled:
        raise UserError("error-meeting-cancelled", id=meeting_id_text(meeting))
    meeting.reminder_offsets = ",".join(format_offset(o) for o in parse_offsets(cmd.offsets))
    ctx.uow.meetings.save(meeting)
    reminders.replan_meeting(ctx, meeting)
    return [
        ctx.reply(
            msg("reminders-set", id=meeting_id_text(meeting), offsets=meeting.reminder_offsets)
        ),
        *_preview(ctx, cmd.item_id),
    ]


def _preview(ctx: Context, meeting_id: int) -> list[Outgoing]:
    meeting = visible_meeting(ctx, meeting_id)
    rows = reminders.pending_rows(ctx, reminders.MEETING, meeting.id or 0)
    offsets = meeting.reminder_offsets or DEFAULT_MEETING_OFFSETS
    return [ctx.reply(*reminders.preview_lines(ctx, meeting_id_text(meeting), rows, offsets))]
