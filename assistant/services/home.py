"""A person's overview: inputs to give, RSVPs to answer, actions they own."""

from __future__ import annotations

from assistant.messages import Button, Home, Section, UserText, When, msg
from assistant.services.actions import action_line, owners_of
from assistant.services.audience import delegation_ids
from assistant.services.common import Context, meeting_id_text, round_id_text, time_left
from assistant.services.meetings import rsvp_buttons
from assistant.services.rounds import respond_button


def overview(ctx: Context) -> Home:
    me = ctx.actor
    now = ctx.now
    open_rounds = [
        r for r in ctx.uow.rounds.find() if r.is_open(now) and (me.is_member or not r.members_only)
    ]
    answered = ctx.uow.answers.rounds_answered(
        me.id or 0, [r.id for r in open_rounds if r.id is not None]
    )
    # A per-organisation round waits for nobody of a delegation that has answered it.
    theirs = [r.id or 0 for r in open_rounds if r.per_organisation and r.id not in answered]
    if theirs and me.organisation_id is not None:
        for delegate in delegation_ids(ctx.uow, me):
            answered |= ctx.uow.answers.rounds_answered(delegate, theirs)
    rounds = [r for r in open_rounds if r.id not in answered]
    answered_meetings = {r.meeting_id for r in ctx.uow.rsvps.find(person_id=me.id)}
    meetings = [
        m
        for m in ctx.uow.meetings.find()
        if m.rsvp_open(now)
        and (me.is_member or not m.members_only)
        and m.id not in answered_meetings
    ]
    actions = [a for a in ctx.uow.actions.find(owner_person_id=me.id) if a.is_active]
    people = owners_of(ctx, actions)
    sections = [Section((msg("home-header"),))]
    sections.append(Section((msg("home-inputs", count=len(rounds)),)))
    for r in sorted(rounds, key=lambda r: r.closes_at):
        sections.append(
            Section(
                (
                    msg(
                        "rounds-line-open",
                        id=round_id_text(r),
                        title=UserText(r.title),
                        closes=When(r.closes_at),
                        left=time_left(now, r.closes_at),
                    ),
                ),
                (respond_button(r),),
            )
        )
    sections.append(Section((msg("home-rsvps", count=len(meetings)),)))
    for m in sorted(meetings, key=lambda m: m.starts_at):
        sections.append(
            Section(
                (
                    msg(
                        "meetings-line",
                        id=meeting_id_text(m),
                        title=UserText(m.title),
                        when=When(m.starts_at),
                        place=UserText(m.place) if m.place else "",
                        has_place="yes" if m.place else "no",
                        rsvp="none",
                    ),
                ),
                rsvp_buttons(m),
            )
        )
    sections.append(Section((msg("home-actions", count=len(actions)),)))
    for a in sorted(actions, key=lambda a: (a.due_at is None, a.due_at or now)):
        label = a.ref or f"A{a.id}"
        sections.append(
            Section(
                (action_line(a, people, now),),
                (Button("action:done", msg("button-done"), label),),
            )
        )
    return Home(tuple(sections), locale=me.language, tz=me.tz)
