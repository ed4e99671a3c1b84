"""Due work, driven by a periodic tick: openings, closings and scheduled digests recorded with
the posts they owe, then those posts and the reminders claimed from the database and
delivered once by whichever worker took them."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from datetime import timedelta
from typing import Protocol

from apscheduler.schedulers.background import BackgroundScheduler

from assistant.dispatch import Assistant
from assistant.messages import Outgoing
from assistant.ports import Conflict

log = logging.getLogger(__name__)

PROGRESS_EVERY = 50


class Sender(Protocol):
    """How a platform sends one scheduled message (a reminder or an owed post), and tells
    after a crash whether it already did."""

    def send(self, item: Outgoing) -> None:
        """Deliver, or raise: a failed message is tried again at the next tick."""
        ...

    def was_sent(self, item: Outgoing) -> bool:
        """Whether a message with this item's key is already on the platform."""
        ...


class Pacer:
    """At most `rate` sends per second (platforms reject bursts with HTTP 429)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)


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

    A row claimed by a worker that died (its claim is older than `stale_after`) is claimed
    again as interrupted: the sender first looks for it on the platform, so that it is not
    sent twice. Returns how many were sent.
    """
    total = 0
    while True:
        claimed = assistant.claim_due(worker, batch, stale_after)
        if not claimed:
            return total
        for index, item in enumerate(claimed, start=1):
            # A slow batch (429 storms) can outlive its claim; another worker may then have
            # taken this row over. Renewing first makes sure only one of them sends it.
            if not assistant.renew_claim(item.row_id, worker):
                continue
            try:
                if item.interrupted and sender.was_sent(item.message):
                    assistant.finish_delivery([item.row_id], [])
                    continue
                if pacer is not None:
                    pacer.wait()
                sender.send(item.message)
            except Exception:
                log.exception("row %s not delivered; it will be tried again", item.row_id)
                assistant.finish_delivery([], [r.row_id for r in claimed[index - 1 :]])
                return total
            assistant.finish_delivery([item.row_id], [])
            total += 1
            if index % PROGRESS_EVERY == 0 or index == len(claimed):
                log.info(
                    "messages delivered: %d of %d in this batch (%d in all)",
                    index,
                    len(claimed),
                    total,
                )


def run_due_work(
    assistant: Assistant,
    sender: Sender,
    worker: str,
    pacer: Pacer | None = None,
    stale_after: timedelta = timedelta(minutes=2),
) -> None:
    """One tick: record what has come due (one transaction), then deliver what is due.

    A failure in either step is logged, not raised: a failed recording commits nothing, so
    the next tick finds the same work due; a failed send goes back to pending. Delivery runs
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
