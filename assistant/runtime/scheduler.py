"""The periodic tick: APScheduler drives it; what is due is read from the database each time."""

from __future__ import annotations

import logging
from collections.abc import Callable

from apscheduler.schedulers.background import BackgroundScheduler

from assistant.dispatch import Assistant
from assistant.messages import Outgoing

log = logging.getLogger(__name__)


def run_tick(assistant: Assistant, deliver: Callable[[list[Outgoing]], None]) -> None:
    """One tick; a failure is logged and the next tick tries again (nothing was committed)."""
    try:
        items = assistant.tick()
    except Exception:
        log.exception("scheduler tick failed")
        return
    if items:
        deliver(items)


def start_ticker(
    assistant: Assistant, deliver: Callable[[list[Outgoing]], None], seconds: float
) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        timezone="UTC",
        # A tick missed while the process was busy just runs late; nothing is lost because
        # the database, not the job store, holds what is due.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
    scheduler.add_job(run_tick, "interval", seconds=seconds, args=[assistant, deliver], id="tick")
    scheduler.start()
    return scheduler
