"""Messages the scheduler owes (announcements at opening, closing lines, scheduled digests
in channels; reports of failed deliveries to the secretariat) as rows of the reminders table,
each under a key that names it once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assistant.domain.model import Channel, Person, Reminder, Round
from assistant.domain.reminders import respect_quiet_hours

# The subject of every owed post. Reminder rules work per subject ("round", "meeting"), so
# re-planning a round never cancels its posts and superseding after downtime never skips one.
POST = "post"
ANNOUNCEMENT = "announcement"
CLOSING = "closing"
DIGEST = "digest"
# A direct message to one person of the secretariat: a scheduled message was given up.
REPORT = "failure-report"
# A report not out within a week (the secretariat unreachable too) is old news.
REPORT_GRACE = timedelta(days=7)
# How long a closing line is retried after it came due. Past that (the bot removed from the
# channel, a long outage) it is no longer news: it is dropped and logged instead of holding
# up the reminders queued behind it.
CLOSING_GRACE = timedelta(days=1)


def _row(
    key: str,
    kind: str,
    subject_id: int,
    channel_id: str | None,
    due_at: datetime,
    deadline: datetime,
    person_id: int | None = None,
) -> Reminder:
    return Reminder(
        key=key,
        kind=kind,
        subject=POST,
        subject_id=subject_id,
        person_id=person_id,
        channel_id=channel_id,
        due_at=due_at,
        deadline=deadline,
    )


def announcement_rows(round_: Round) -> list[Reminder]:
    """One announcement per channel, due at the opening; pointless once the round has closed."""
    assert round_.id is not None
    return [
        _row(
            f"round:{round_.id}:announce:{channel_id}",
            ANNOUNCEMENT,
            round_.id,
            channel_id,
            round_.opens_at,
            round_.closes_at,
        )
        for channel_id in round_.channels
    ]


def closing_rows(round_: Round, now: datetime) -> list[Reminder]:
    """One closing line per channel. The key carries the deadline: a round extended after it
    closed can close again, and that is another post."""
    assert round_.id is not None
    stamp = int(round_.closes_at.timestamp())
    return [
        _row(
            f"round:{round_.id}:{stamp}:closing:{channel_id}",
            CLOSING,
            round_.id,
            channel_id,
            round_.closed_at or round_.closes_at,
            now + CLOSING_GRACE,
        )
        for channel_id in round_.channels
    ]


def digest_row(channel: Channel, scheduled: datetime, deadline: datetime) -> Reminder:
    """The digest scheduled for `scheduled` in a channel, worth posting until `deadline`."""
    assert channel.id is not None
    moment = scheduled.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
    return _row(
        f"digest:{channel.channel_id}:{moment}",
        DIGEST,
        channel.id,
        channel.channel_id,
        scheduled,
        deadline,
    )


def report_rows(failed: Reminder, secretariat: list[Person], now: datetime) -> list[Reminder]:
    """One report per person of the secretariat that `failed` was given up; the key names the
    failed row, so it is reported once. Like a reminder, it waits for the end of the night."""
    assert failed.id is not None
    deadline = now + REPORT_GRACE
    return [
        _row(
            f"failed:{failed.id}:p{person.id}",
            REPORT,
            failed.id,
            None,
            respect_quiet_hours(now, person, deadline),
            deadline,
            person_id=person.id,
        )
        for person in secretariat
    ]
