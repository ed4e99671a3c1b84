"""Digests: what is overdue, due soon, done, open for input and coming up, per channel."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from assistant import commands as c
from assistant.domain.model import ACTIVE_STATUSES, Action, ActionStatus, Channel, RsvpChoice
from assistant.domain.owed_posts import digest_row
from assistant.domain.schedule import WeeklySchedule, parse_schedule
from assistant.messages import DayNames, Message, Outgoing, UserText, When, msg
from assistant.services.actions import action_line, owners_of
from assistant.services.common import Context, channel_by_id, post_to, time_left, zone_or_default

log = logging.getLogger(__name__)

SOON = timedelta(days=7)
# A digest is read at a glance: each section shows its first lines and says how many more.
SECTION_LINES = 20
RECENT = timedelta(days=7)
# A scheduled digest missed by more than this (downtime) is skipped, not posted late.
DIGEST_GRACE = timedelta(hours=6)
UPCOMING = timedelta(days=30)


def _actions(
    ctx: Context,
    hidden: set[int],
    channel: Channel,
    *,
    due_from: datetime | None = None,
    due_before: datetime | None = None,
    done_since: datetime | None = None,
) -> tuple[list[Action], int]:
    """One digest section, cut in the database: its first lines and how many in all."""
    return ctx.uow.actions.search(
        statuses={ActionStatus.DONE} if done_since else ACTIVE_STATUSES,
        owner_person_id=None,
        owner_body=None,
        due_from=due_from,
        due_before=due_before,
        hidden_meetings=set() if channel.members_only else hidden,
        limit=SECTION_LINES,
        updated_from=done_since,
    )


def digest_lines(ctx: Context, channel: Channel) -> list[Message]:
    """The digest for a channel; members-only content only in members-only channels."""
    now = ctx.now
    meetings = ctx.uow.meetings.find()
    hidden = {m.id for m in meetings if m.members_only and m.id is not None}
    sections = {
        "overdue": _actions(ctx, hidden, channel, due_before=now),
        "soon": _actions(ctx, hidden, channel, due_from=now, due_before=now + SOON),
        "done": _actions(ctx, hidden, channel, done_since=now - RECENT),
    }
    people = owners_of(ctx, [a for group, _ in sections.values() for a in group])
    lines = [msg("digest-header", channel=channel.channel_id, when=When(now))]
    for label in ("overdue", "soon", "done"):
        group, total = sections[label]
        if group:
            lines.append(msg(f"digest-section-{label}", count=total))
            lines += [action_line(a, people, now) for a in group]
            if total > len(group):
                lines.append(msg("list-more", count=total - len(group)))
    rounds = [
        r
        for r in ctx.uow.rounds.find()
        if r.is_open(now) and (channel.members_only or not r.members_only)
    ]
    if rounds:
        lines.append(msg("digest-section-rounds", count=len(rounds)))
    # Counted in the database: open rounds may hold tens of thousands of answers.
    respondents = ctx.uow.answers.respondent_counts([r.id for r in rounds if r.id is not None])
    for r in rounds:
        lines.append(
            msg(
                "digest-round-line",
                id=f"R{r.id}",
                title=UserText(r.title),
                inputs=respondents.get(r.id or 0, 0),
                closes=When(r.closes_at, r.zone),
                left=time_left(now, r.closes_at),
            )
        )
    upcoming = [
        m
        for m in meetings
        if now < m.starts_at < now + UPCOMING and (channel.members_only or not m.members_only)
    ]
    if upcoming:
        lines.append(msg("digest-section-meetings", count=len(upcoming)))
    rsvps = ctx.uow.rsvps.counts([m.id for m in upcoming if m.id is not None])
    for m in sorted(upcoming, key=lambda m: m.starts_at):
        lines.append(
            msg(
                "digest-meeting-line",
                id=f"M{m.id}",
                title=UserText(m.title),
                when=When(m.starts_at, m.zone),
                inperson=rsvps.get((m.id or 0, RsvpChoice.IN_PERSON), 0),
                remote=rsvps.get((m.id or 0, RsvpChoice.REMOTE), 0),
            )
        )
    if len(lines) == 1:
        lines.append(msg("digest-nothing"))
    return lines


def _target(ctx: Context, channel_id: str | None) -> Channel:
    return channel_by_id(ctx, channel_id) if channel_id else ctx.channel


def digest_now(ctx: Context, cmd: c.DigestNow) -> list[Outgoing]:
    channel = _target(ctx, cmd.channel)
    out: list[Outgoing] = [post_to(channel, *digest_lines(ctx, channel))]
    if channel.channel_id != ctx.channel.channel_id:
        out.append(ctx.reply(msg("digest-posted", channel=channel.channel_id)))
    return out


def schedule_message(schedule: WeeklySchedule) -> Message:
    """A schedule as the reader says it: "every Monday at 09:00", "du lundi au vendredi à
    08:30", "每天 08:00"; day names come from CLDR in the reader's language."""
    days = tuple(sorted(schedule.weekdays))
    return msg(
        "digest-schedule",
        kind=schedule.kind,
        days=DayNames(days),
        first=DayNames(days[:1]),
        last=DayNames(days[-1:]),
        at=f"{schedule.at:%H:%M}",
    )


def schedule_digest(ctx: Context, cmd: c.ScheduleDigest) -> list[Outgoing]:
    channel = _target(ctx, cmd.channel)
    schedule = parse_schedule(cmd.schedule)
    channel.digest_schedule = schedule.text()
    channel.digest_zone = zone_or_default(cmd.zone, ctx.actor.tz)
    channel.digest_last_at = ctx.now
    ctx.uow.channels.save(channel)
    following = schedule.next_after(ctx.now, channel.digest_zone)
    return [
        ctx.reply(
            msg(
                "digest-scheduled",
                channel=channel.channel_id,
                schedule=schedule_message(schedule),
                zone=channel.digest_zone,
                next=When(following, channel.digest_zone),
            )
        )
    ]


def digest_off(ctx: Context, cmd: c.DigestOff) -> list[Outgoing]:
    channel = _target(ctx, cmd.channel)
    channel.digest_schedule = ""
    ctx.uow.channels.save(channel)
    return [ctx.reply(msg("digest-off", channel=channel.channel_id))]


def due_digests(ctx: Context) -> None:
    """Owe each scheduled digest that has come due, one per channel even after downtime.

    The digest is recorded as an outbox row in this transaction and built when it is sent.
    """
    for channel in ctx.uow.channels.find():
        if not channel.digest_schedule:
            continue
        schedule = parse_schedule(channel.digest_schedule)
        last = channel.digest_last_at or ctx.now
        due = schedule.next_after(last, channel.digest_zone)
        if due > ctx.now:
            continue
        latest = due
        while (following := schedule.next_after(latest, channel.digest_zone)) <= ctx.now:
            latest = following
        channel.digest_last_at = ctx.now
        ctx.uow.channels.save(channel)
        if ctx.now - latest <= DIGEST_GRACE:
            ctx.uow.reminders.add_many([digest_row(channel, latest, latest + DIGEST_GRACE)])
        else:
            log.info("skipped digest for %s missed at %s", channel.channel_id, latest)
