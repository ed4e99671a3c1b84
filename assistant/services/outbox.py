"""The outbox (the `reminders` table): due rows claimed for one worker, built into messages
as of sending, then recorded as sent or put back for the next tick."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta

from assistant.domain.model import Reminder, ReminderState
from assistant.domain.owed_posts import ANNOUNCEMENT, CLOSING, DIGEST, POST
from assistant.domain.reminders import due_now, superseded
from assistant.messages import Outgoing, Post
from assistant.services import digests, reminders, rounds
from assistant.services.common import Context, post_to

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claimed:
    """A row taken for delivery: its id, the message, and whether an earlier attempt may
    already have delivered it (the sender checks before sending again)."""

    row_id: int
    message: Outgoing
    interrupted: bool


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
        Claimed(row.id or 0, message, interrupted=row.attempts > 1)
        for row, message in zip(chosen, built, strict=True)
        if message is not None
    ]


def _ids(rows: Iterable[Reminder]) -> list[int]:
    return [row.id or 0 for row in rows]


def _post(ctx: Context, row: Reminder) -> Outgoing | None:
    """An owed post as of now, or None if it no longer applies: the round was closed before
    its announcement went out or reopened before its closing did, the digest was turned off."""
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


def mark_sent(ctx: Context, row_ids: Iterable[int]) -> None:
    ctx.uow.reminders.set_state(row_ids, ReminderState.SENT, ctx.now)


def release(ctx: Context, row_ids: Iterable[int]) -> None:
    """Delivery failed: back to pending, to be tried again at the next tick."""
    ctx.uow.reminders.set_state(
        row_ids, ReminderState.PENDING, ctx.now, only_from=ReminderState.CLAIMED
    )
