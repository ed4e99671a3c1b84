"""Digests: what is overdue, due soon, done, open for input and coming up, per channel."""

from __future__ import annotations

import logging
from datetime import timedelta

from assistant import commands as c
from assistant.domain.model import Action, Channel, RsvpChoice
from assistant.domain.schedule import parse_schedule
from assistant.messages import Message, Outgoing, UserText, When, msg
from assistant.services.actions import action_line, owners_of, recently_done
from assistant.services.audience import respondent_ids
from assistant.services.common import Context, channel_by_id, post_to, time_left, zone_or_default

log = logging.getLogger(__name__)

SOON = timedelta(days=7)
# A digest is read at a glance: each section shows its first lines and says how many more.
SECTION_LINES = 20
# A scheduled digest missed by more than this (downtime) is skipped, not posted late.
DIGEST_GRACE = timedelta(hours=6)
UPCOMING = timedelta(days=30)


def _public_action(ctx: Context, action: Action, members_only_meetings: set[int]) -> bool:
    return action.meeting_id is None or action.meeting_id not in members_only_meetings


def digest_lines(ctx: Context, channel: Channel) -> list[Message]:
    """The digest for a channel; members-only content only in members-only channels."""
    now = ctx.now
    meetings = ctx.uow.meetings.find()
    hidden = {m.id for m in meetings if m.members_only and m.id is not None}
    actions = [
        a for a in ctx.uow.actions.find() if channel.members_only or _public_action(ctx, a, hidden)
    ]
    overdue = [a for a in actions if a.is_overdue(now)]
    soon = [
        a for a in actions if a.is_active and a.due_at is not None and now <= a.due_at < now + SOON
    ]
    done = recently_done(actions, now)
    people = owners_of(ctx, [a for group in (overdue, soon, done) for a in group[:SECTION_LINES]])
    lines = [msg("digest-header", channel=channel.channel_id, when=When(now))]
    for label, group in (("overdue", overdue), ("soon", soon), ("done", done)):
        if group:
            lines.append(msg(f"digest-section-{label}", count=len(group)))
            lines += [action_line(a, people, now) for a in group[:SECTION_LINES]]
            if len(group) > SECTION_LINES:
                lines.append(msg("list-more", count=len(group) - SECTION_LINES))
    rounds = [
        r
        for r in ctx.uow.rounds.find()
        if r.is_open(now) and (channel.members_only or not r.members_only)
    ]
    if rounds:
        lines.append(msg("digest-section-rounds", count=len(rounds)))
    for r in rounds:
        lines.append(
            msg(
                "digest-round-line",
                id=f"R{r.id}",
                title=UserText(r.title),
                inputs=len(respondent_ids(ctx.uow, r)),
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
    for m in sorted(upcoming, key=lambda m: m.starts_at):
        rsvps = [r for r in ctx.uow.rsvps.find(meeting_id=m.id) if not r.waitlisted]
        lines.append(
            msg(
                "digest-meeting-line",
                id=f"M{m.id}",
                title=UserText(m.title),
                when=When(m.starts_at, m.zone),
                inperson=sum(1 for r in rsvps if r.choice == RsvpChoice.IN_PERSON),
                remote=sum(1 for r in rsvps if r.choice == RsvpChoice.REMOTE),
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
                schedule=channel.digest_schedule,
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


def due_digests(ctx: Context) -> list[Outgoing]:
    """Post each scheduled digest that has come due; one per channel even after downtime."""
    out: list[Outgoing] = []
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
            out.append(post_to(channel, *digest_lines(ctx, channel)))
        else:
            log.info("skipped digest for %s missed at %s", channel.channel_id, latest)
    return out
