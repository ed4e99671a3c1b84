"""Who a round or meeting concerns: its audience, respondents and attendees."""

from __future__ import annotations

from assistant.domain.audience import in_meeting_audience, in_round_audience
from assistant.domain.model import Meeting, Person, Role, Round
from assistant.ports import UnitOfWork


def members(uow: UnitOfWork) -> list[Person]:
    return [p for p in uow.people.find() if p.role != Role.STAKEHOLDER]


def channel_people(uow: UnitOfWork, channel_ids: list[str]) -> list[Person]:
    channels = uow.channels.find_in("channel_id", channel_ids)
    links = uow.channel_members.find_in("channel_id", [c.id for c in channels])
    return uow.people.find_in("id", {link.person_id for link in links})


def in_channels(uow: UnitOfWork, channel_ids: list[str], person_id: int) -> bool:
    """Whether one person is in any of these channels (a lookup per channel, not a list of
    their members)."""
    return any(
        uow.channel_members.find(channel_id=channel.id, person_id=person_id)
        for channel in uow.channels.find_in("channel_id", channel_ids)
    )


def respondent_ids(uow: UnitOfWork, round_: Round) -> set[int]:
    return uow.answers.respondent_ids(round_.id or 0)


def answered_organisations(uow: UnitOfWork, round_: Round) -> set[int]:
    """The organisations of the round's respondents (in a per-organisation round, those that
    have given their input)."""
    people = uow.people.find_in("id", respondent_ids(uow, round_))
    return {p.organisation_id for p in people if p.organisation_id is not None}


def delegation_ids(uow: UnitOfWork, person: Person) -> list[int]:
    """The person and everyone of their organisation: those an input of theirs answers for
    in a per-organisation round."""
    if person.organisation_id is None:
        return [person.id or 0]
    found = {p.id or 0 for p in uow.people.find(organisation_id=person.organisation_id)}
    return sorted(found | {person.id or 0})


def responded_ids(uow: UnitOfWork, round_: Round) -> set[int]:
    """Those the round no longer asks: its respondents and, in a per-organisation round,
    every delegate of an organisation that has answered (one input speaks for them all)."""
    responded = respondent_ids(uow, round_)
    if round_.per_organisation:
        organisations = answered_organisations(uow, round_)
        responded |= {p.id or 0 for p in uow.people.find_in("organisation_id", organisations)}
    return responded


def _candidates(
    uow: UnitOfWork, members_only: bool, channel_ids: list[str], others: set[int]
) -> tuple[list[Person], set[int | None]]:
    """Everyone who may be of an audience (the members, or the channels' people, and `others`)
    and the ids of those found in the channels."""
    people = members(uow) if members_only else channel_people(uow, channel_ids)
    known = {p.id for p in people}
    in_channel = set() if members_only else known
    return people + uow.people.find_in("id", others - known), in_channel


def round_audience(uow: UnitOfWork, round_: Round) -> list[Person]:
    """Everyone `in_round_audience` admits, in id order."""
    responded = respondent_ids(uow, round_)
    people, in_channel = _candidates(uow, round_.members_only, round_.channels, responded)
    return sorted(
        (
            p
            for p in people
            if in_round_audience(
                round_, p, in_channels=p.id in in_channel, responded=p.id in responded
            )
        ),
        key=lambda p: p.id or 0,
    )


def _not_waited_for(round_: Round) -> set[Role]:
    """The roles of those a round's status does not wait for: the secretariat that runs it
    (and stakeholders, in a members-only round)."""
    if round_.members_only:
        return {Role.SECRETARIAT, Role.STAKEHOLDER}
    return {Role.SECRETARIAT}


def round_waiting(uow: UnitOfWork, round_: Round, limit: int) -> tuple[list[Person], int]:
    """Those of `round_audience` who have not answered: the first `limit` of them in id order,
    and how many there are, found in the database (an audience may be a channel of
    thousands). Without its respondents the audience is its members or channels' people,
    less the secretariat (which is in it only once it has answered)."""
    return uow.people.page(
        channels=None if round_.members_only else round_.channels,
        excluded_roles=_not_waited_for(round_),
        not_answered=round_.id,
        limit=limit,
    )


def round_waiting_by_group(uow: UnitOfWork, round_: Round) -> dict[str, int]:
    """How many of `round_waiting` there are per stakeholder group ("" for none)."""
    return uow.people.count_by_group(
        channels=None if round_.members_only else round_.channels,
        excluded_roles=_not_waited_for(round_),
        not_answered=round_.id,
    )


def meeting_audience(uow: UnitOfWork, meeting: Meeting) -> list[Person]:
    """Everyone `in_meeting_audience` admits, in id order."""
    answered = {r.person_id for r in uow.rsvps.find(meeting_id=meeting.id)}
    people, in_channel = _candidates(uow, meeting.members_only, meeting.channels, answered)
    return sorted(
        (
            p
            for p in people
            if in_meeting_audience(
                meeting, p, in_channels=p.id in in_channel, has_rsvp=p.id in answered
            )
        ),
        key=lambda p: p.id or 0,
    )


def attending(uow: UnitOfWork, meeting: Meeting) -> list[Person]:
    rsvps = [r for r in uow.rsvps.find(meeting_id=meeting.id) if r.attending]
    return uow.people.find_in("id", [r.person_id for r in rsvps])
