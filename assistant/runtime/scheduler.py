"""Due work, driven by a periodic tick: openings, closings and scheduled digests recorded with
the posts they owe, then those posts and the reminders claimed from the database and
delivered once by whichever worker took them; a message that fails waits for its next try
without holding up the others."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Protocol

from apscheduler.schedulers.background import BackgroundScheduler

from assistant.dispatch import Assistant
from assistant.messages import Outgoing
from assistant.ports import Conflict, Undelivered
from assistant.runtime.pacing import Pacer
from assistant.services.outbox import Claimed

log = logging.getLogger(__name__)

PROGRESS_EVERY = 50


class Sender(Protocol):
    """How a platform sends one scheduled message (a reminder or an owed post), and tells
    after a crash whether it already did."""

    def send(self, item: Outgoing) -> None:
        """Deliver, or raise: `Undelivered` when the platform refused it and said why; any
        other exception leaves open whether it got through."""
        ...

    def was_sent(self, item: Outgoing) -> bool:
        """Whether a message with this item's key is already on the platform; raises when
        the platform cannot be asked (e.g. `Undelivered` for a missing permission)."""
        ...


def new_worker_id() -> str:
    return f"worker-{uuid.uuid4().hex[:12]}"


def deliver_due(
    assistant: Assistant,
    sender: Sender,
    worker: str,
    pacer: Pacer | None = None,
    batch: int = 200,
    stale_after: timedelta = timedelta(minutes=2),
) -> int:
    """Claim due reminders and owed posts in batches and send each, recording it as sent at once.

    A message that cannot be sent, or looked for, is recorded as a failed try and waits for
    its next one; the rest of the batch goes on. A row that may already be on the platform (its
    worker died, or a try ended without a definite answer) is looked for first, so that it is
    not sent twice. Returns how many were sent.
    """
    total = 0
    while True:
        claimed = assistant.claim_due(worker, batch, stale_after)
        if not claimed:
            return total
        for index, item in enumerate(claimed, start=1):
            try:
                total += _deliver(assistant, sender, worker, item, pacer)
            except BaseException:
                # The database failed (or the process is stopping): the row in hand stays
                # claimed, as it may be on the platform; the ones not tried go back as they were.
                _release(assistant, worker, claimed[index:])
                raise
            if index % PROGRESS_EVERY == 0 or index == len(claimed):
                log.info(
                    "messages delivered: %d of %d in this batch (%d in all)",
                    index,
                    len(claimed),
                    total,
                )


def _deliver(
    assistant: Assistant, sender: Sender, worker: str, item: Claimed, pacer: Pacer | None
) -> int:
    """Send one claimed row (1), or find it sent already or record its failure (0)."""
    # Under the ceiling first, so that the claim is renewed just before the send, not before
    # a wait. (The adapter's own pacing, learned from the platform's refusals, waits inside
    # `send`: one interval, or a Retry-After, which `stale_after` must exceed.)
    if pacer is not None:
        pacer.wait()
    # A slow batch (429 storms) can outlive its claim; another worker may then have taken
    # this row over. Renewing first makes sure only one of them sends it.
    if not assistant.renew_claim(item.row_id, worker):
        return 0
    if item.maybe_sent:
        try:
            found = sender.was_sent(item.message)
        except Exception as error:
            # Still unknown whether it got through: the next try looks again.
            _failed(assistant, worker, item, "looking for it failed", error, maybe_sent=True)
            return 0
        if found:
            assistant.record_sent(item.row_id)
            return 0
    try:
        sender.send(item.message)
    except Exception as error:
        # A refusal the platform explained was not delivered; anything else (a timeout, a
        # dropped connection) may have been.
        maybe = error.maybe_delivered if isinstance(error, Undelivered) else True
        _failed(assistant, worker, item, "sending failed", error, maybe_sent=maybe)
        return 0
    assistant.record_sent(item.row_id)
    return 1


def _failed(
    assistant: Assistant,
    worker: str,
    item: Claimed,
    what: str,
    error: Exception,
    *,
    maybe_sent: bool,
) -> None:
    """Record a failed try; its reason is the platform's error, else the exception's type."""
    explained = isinstance(error, Undelivered)
    reason = error.reason if isinstance(error, Undelivered) else type(error).__name__
    # The platform's own refusal needs no traceback; anything else might be a bug of ours.
    log.warning("row %s: %s (%s)", item.row_id, what, error, exc_info=not explained)
    assistant.record_failure(item.row_id, worker, reason, maybe_sent)


def _release(assistant: Assistant, worker: str, rest: list[Claimed]) -> None:
    """Give back claims not tried; if that fails too, they come back once they are stale."""
    try:
        assistant.release_claims(worker, [item.row_id for item in rest])
    except Exception:
        log.exception("could not give back %d claimed rows; they are retried when stale", len(rest))


def run_due_work(
    assistant: Assistant,
    sender: Sender,
    worker: str,
    pacer: Pacer | None = None,
    stale_after: timedelta = timedelta(minutes=2),
) -> None:
    """One tick: record what has come due (one transaction), then deliver what is due.

    A failure in either step is logged, not raised: a failed recording commits nothing, so
    the next tick finds the same work due; a failed send waits for its next try. Delivery runs
    even when recording failed, so that what was recorded before keeps going out.
    """
    try:
        assistant.tick()
    except Conflict as error:
        # Another replica recorded the same openings, closings or digests first (their
        # outbox keys are unique): this one's transaction was rolled back, nothing is doubled.
        log.info("due work already recorded by another worker: %s", error)
    except Exception:
        log.exception("scheduler tick failed")
    try:
        deliver_due(assistant, sender, worker, pacer, stale_after=stale_after)
    except Exception:
        log.exception("scheduled delivery failed")


def start_ticker(
    assistant: Assistant,
    sender: Sender,
    seconds: float,
    pacer: Pacer | None = None,
    stale_after: timedelta = timedelta(minutes=2),
) -> BackgroundScheduler:
    """Catch up at once (work missed while the process was down), then tick periodically.

    `stale_after` must exceed the time one worker needs for a batch of messages; a claim
    older than that is taken to belong to a worker that died.
    """
    worker = new_worker_id()
    run_due_work(assistant, sender, worker, pacer, stale_after)
    scheduler = BackgroundScheduler(
        timezone="UTC",
        # A tick missed while the process was busy just runs late; nothing is lost because
        # the database, not the job store, holds what is due.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
    scheduler.add_job(
        run_due_work,
        "interval",
        seconds=seconds,
        args=[assistant, sender, worker, pacer, stale_after],
        id="tick",
    )
    scheduler.start()
    return scheduler
