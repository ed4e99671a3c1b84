"""Who a round or meeting concerns, decided person by person: the rules audiences are made of."""

from __future__ import annotations

from assistant.domain.model import Meeting, Person, Role, Round


def in_round_audience(round_: Round, person: Person, *, in_channels: bool, responded: bool) -> bool:
    """Members for a members-only round, else the people of the channels it was announced in;
    and whoever responded. The secretariat runs the round and is not asked for input (unless
    it gives some).

    Args:
        round_: the round.
        person: the person, with their stored role.
        in_channels: whether they are in one of the round's channels.
        responded: whether they answered one of its questions.
    """
    if responded:
        return True
    if person.role == Role.SECRETARIAT:
        return False
    return person.is_member if round_.members_only else in_channels


def in_meeting_audience(
    meeting: Meeting, person: Person, *, in_channels: bool, has_rsvp: bool
) -> bool:
    """Members for a members-only meeting, else the people of the channels it was announced in
    and whoever answered its RSVP."""
    if meeting.members_only:
        return person.is_member
    return in_channels or has_rsvp
