"""The outbox (the `reminders` table): due rows claimed for one worker, built into messages
as of sending, then recorded as sent, or as failed: tried again later, and after too many
failures given up and reported to the secretariat."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from assistant.domain.model import Reminder, ReminderState, Role
from assistant.domain.owed_posts import ANNOUNCEMENT, CLOSING, DIGEST, POST, REPORT, report_rows
from assistant.domain.reminders import due_now, superseded
from assistant.domain.retries import gives_up, next_try
from assistant.messages import Message, Outgoing, Post, When, msg
from assistant.services import digests, reminders, rounds
from assistant.services.common import Context, direct_to, mention, post_to

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claimed:
    """A row taken for delivery: its id, the message, and whether an earlier attempt may
    already have delivered it (the sender checks before sending again)."""

    row_id: int
    message: Outgoing
    maybe_sent: bool


def claim(ctx: Context, worker: str, limit: int, stale_after: timedelta) -> list[Claimed]:
    """Take the rows due now for this worker, in this transaction, and build their messages.

    Rows whose deadline has passed are dropped (and logged). After downtime only the latest
    due reminder per recipient and subject is sent, the earlier ones are skipped; owed posts
    are never skipped that way, each says something of its own. Posts come first, in the
    order they were owed: a reminder should not arrive before the announcement it follows.
    """
    rows = ctx.uow.reminders.claim(ctx.now, worker, limit, ctx.now - stale_after)
    late = [row for row in rows if row.deadline <= ctx.now]
    for row in late:
        log.info("dropped %s %s: its deadline %s has passed", row.subject, row.key, row.deadline)
    ctx.uow.reminders.set_state(_ids(late), ReminderState.DROPPED, ctx.now)
    live = [row for row in rows if row.deadline > ctx.now]
    posts = sorted((row for row in live if row.subject == POST), key=lambda row: row.id or 0)
    due = [row for row in live if row.subject != POST]
    kept = due_now(due, ctx.now, sent=set())
    skipped = set(superseded(due, kept))
    ctx.uow.reminders.set_state(
        _ids(row for row in due if row.key in skipped), ReminderState.SKIPPED, ctx.now
    )
    chosen = [*posts, *kept]
    built = [*(_post(ctx, row) for row in posts), *reminders.messages(ctx, kept)]
    gone = [row for row, message in zip(chosen, built, strict=True) if message is None]
    ctx.uow.reminders.set_state(_ids(gone), ReminderState.CANCELLED, ctx.now)
    return [
        Claimed(row.id or 0, message, maybe_sent=row.maybe_sent)
        for row, message in zip(chosen, built, strict=True)
        if message is not None
    ]


def _ids(rows: Iterable[Reminder]) -> list[int]:
    return [row.id or 0 for row in rows]


def _post(ctx: Context, row: Reminder) -> Outgoing | None:
    """An owed post as of now, or None if it no longer applies: the round was closed before
    its announcement went out or reopened before its closing did, the digest was turned off."""
    if row.kind == REPORT:
        return _report(ctx, row)
    channel_id = row.channel_id or ""
    posts: list[Post] = []
    if row.kind == DIGEST:
        channels = ctx.uow.channels.find(channel_id=channel_id)
        if channels and channels[0].digest_schedule:
            posts = [post_to(channels[0], *digests.digest_lines(ctx, channels[0]))]
    else:
        round_ = ctx.uow.rounds.get(row.subject_id)
        if round_ is None:
            return None
        if row.kind == ANNOUNCEMENT and round_.closed_at is None:
            posts = rounds.announce_posts(ctx, round_, [channel_id])
        elif row.kind == CLOSING and round_.closed_at is not None:
            posts = rounds.closing_posts(ctx, round_, [channel_id])
    # The key travels with the post so that a platform can recognise it after a crash.
    return replace(posts[0], key=row.key) if posts else None


def mark_sent(ctx: Context, row_id: int) -> None:
    ctx.uow.reminders.set_state([row_id], ReminderState.SENT, ctx.now)


def release(ctx: Context, worker: str, row_ids: Iterable[int]) -> None:
    """Claimed rows not tried after all: back to pending, to be claimed as they were."""
    ctx.uow.reminders.release(row_ids, worker)


def record_failure(ctx: Context, row_id: int, worker: str, reason: str, maybe_sent: bool) -> None:
    """One failed try of `worker`'s claim: the row waits for its next try (backoff), or after
    too many failures is FAILED and reported once to the secretariat.

    `maybe_sent` says whether the message may have got through all the same (the try ended
    without a definite answer, or looking for it on the platform failed): the next try then
    looks before it sends.
    """
    row = ctx.uow.reminders.held_by(row_id, worker)
    if row is None:
        return  # its claim went stale and another worker took it over: theirs to record
    row.failures += 1
    row.last_error = reason
    row.maybe_sent = maybe_sent
    row.claimed_by = ""
    if gives_up(row.failures):
        row.state = ReminderState.FAILED
        log.error("gave up %s after %d failed tries: %s", row.key, row.failures, reason)
        if row.kind != REPORT:  # a report that fails is logged, not reported in turn
            _report_failure(ctx, row)
    else:
        row.state = ReminderState.PENDING
        row.next_try_at = next_try(ctx.now, row.failures)
        log.warning(
            "%s not delivered (%s), try %d; next try at %s",
            row.key,
            reason,
            row.failures,
            row.next_try_at.isoformat(),
        )
    ctx.uow.reminders.save(row)


def _report_failure(ctx: Context, row: Reminder) -> None:
    """Owe a report to each person of the secretariat on the row's platform."""
    platform = _platform(ctx, row)
    criteria = {"platform": platform} if platform else {}
    secretariat = ctx.uow.people.find(role=Role.SECRETARIAT, **criteria)
    if not secretariat:
        log.error("nobody of the secretariat on %s to tell that %s failed", platform, row.key)
    ctx.uow.reminders.add_many(report_rows(row, secretariat, ctx.now))


def _platform(ctx: Context, row: Reminder) -> str | None:
    """The platform a row was for: its recipient's, or its channel's (None if unknown)."""
    if row.person_id is not None:
        person = ctx.uow.people.get(row.person_id)
        return person.platform if person else None
    channels = ctx.uow.channels.find(channel_id=row.channel_id or "")
    return channels[0].platform if channels else None


def _report(ctx: Context, row: Reminder) -> Outgoing | None:
    """A report as of sending, in the language and zone of the person it goes to."""
    failed = ctx.uow.reminders.get(row.subject_id)
    person = ctx.uow.people.get(row.person_id or 0)
    if failed is None or person is None:
        return None
    if failed.person_id is not None:
        recipient = ctx.uow.people.get(failed.person_id)
        to: object = mention(recipient) if recipient else ""
    else:
        to = failed.channel_id or ""
    line = msg(
        "delivery-failed",
        to=to,
        when=When(failed.due_at),
        tries=failed.failures,
        reason=_reason(failed),
        key=failed.key,
    )
    return replace(direct_to(person, line), key=row.key)


# Platform error codes that mean the assistant is not in the conversation (Slack's words).
_NOT_IN_CHANNEL = frozenset({"not_in_channel", "channel_not_found"})


def _reason(failed: Reminder) -> Message:
    """Why a row failed, in words: its last error as stored by `Undelivered.reason`."""
    code, _, detail = failed.last_error.partition(": ")
    if code in _NOT_IN_CHANNEL and failed.channel_id:
        return msg("delivery-reason-not-in-channel", channel=failed.channel_id)
    if code == "missing_scope" and detail:
        return msg("delivery-reason-missing-scope", scope=detail)
    return msg("delivery-reason-other", code=code or "?")


@dataclass(frozen=True)
class Status:
    """Delivery as seen from outside: rows per kind and state, and the oldest one due."""

    counts: dict[str, dict[ReminderState, int]]
    oldest_due: Reminder | None
    now: datetime


def status(ctx: Context) -> Status:
    counts: dict[str, dict[ReminderState, int]] = {}
    for kind, state, count in ctx.uow.reminders.counts():
        counts.setdefault(kind, dict.fromkeys(ReminderState, 0))[state] = count
    return Status(counts, ctx.uow.reminders.oldest_due(ctx.now), ctx.now)
