"""Who a round or meeting concerns: its audience, respondents and attendees."""

from __future__ import annotations

from assistant.domain.model import Meeting, Person, Role, Round, RsvpChoice
from assistant.ports import UnitOfWork


def members(uow: UnitOfWork) -> list[Person]:
    return [p for p in uow.people.find() if p.role != Role.STAKEHOLDER]


def channel_people(uow: UnitOfWork, channel_ids: list[str]) -> list[Person]:
    channels = uow.channels.find_in("channel_id", channel_ids)
    links = uow.channel_members.find_in("channel_id", [c.id for c in channels])
    return uow.people.find_in("id", {link.person_id for link in links})


def respondent_ids(uow: UnitOfWork, round_: Round) -> set[int]:
    return uow.answers.respondent_ids(round_.id or 0)


def round_audience(uow: UnitOfWork, round_: Round) -> list[Person]:
    """Members for a members-only round; else the announced channels' people and respondents.

    The secretariat runs the round and is not asked for input (unless it gives some).
    """
    people = members(uow) if round_.members_only else channel_people(uow, round_.channels)
    responded = respondent_ids(uow, round_)
    known = {p.id for p in people}
    people += uow.people.find_in("id", responded - known)
    return sorted(
        (p for p in people if p.role != Role.SECRETARIAT or p.id in responded),
        key=lambda p: p.id or 0,
    )


def round_waiting(uow: UnitOfWork, round_: Round, limit: int) -> tuple[list[Person], int]:
    """Those of `round_audience` who have not answered: the first `limit` of them in id order,
    and how many there are, found in the database (an audience may be a channel of
    thousands). Without its respondents the audience is its members or channels' people,
    less the secretariat (which is in it only once it has answered)."""
    excluded = {Role.SECRETARIAT, Role.STAKEHOLDER} if round_.members_only else {Role.SECRETARIAT}
    return uow.people.page(
        channels=None if round_.members_only else round_.channels,
        excluded_roles=excluded,
        not_answered=round_.id,
        limit=limit,
    )


def meeting_audience(uow: UnitOfWork, meeting: Meeting) -> list[Person]:
    """Members for a members-only meeting; else the people of the channels it was announced in."""
    if meeting.members_only:
        return members(uow)
    people = {p.id: p for p in channel_people(uow, meeting.channels)}
    for rsvp in uow.rsvps.find(meeting_id=meeting.id):
        if rsvp.person_id not in people:
            person = uow.people.get(rsvp.person_id)
            if person is not None:
                people[person.id] = person
    return sorted(people.values(), key=lambda p: p.id or 0)


def attending(uow: UnitOfWork, meeting: Meeting) -> list[Person]:
    rsvps = [
        r
        for r in uow.rsvps.find(meeting_id=meeting.id)
        if r.choice != RsvpChoice.NO and not r.waitlisted
    ]
    return uow.people.find_in("id", [r.person_id for r in rsvps])
