"""Running a transaction again when the database gave it up for a reason that passes."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from assistant.ports import Busy, Conflict

log = logging.getLogger(__name__)

T = TypeVar("T")

# Enough for the collisions of a burst of first commands (each attempt that fails lets
# another transaction through); few enough that a person waits well under a second.
ATTEMPTS = 5
# The longest pause before the second attempt, doubled before each further one.
FIRST_PAUSE = 0.02


def _pause(attempt: int) -> None:
    # Random, so that transactions that collided once do not collide again in step.
    time.sleep(random.uniform(0, FIRST_PAUSE * 2 ** (attempt - 1)))


def retrying(
    work: Callable[[], T],
    transient: tuple[type[Exception], ...] = (Conflict, Busy),
    attempts: int = ATTEMPTS,
) -> T:
    """`work()`, run again from the start while it fails with one of `transient`, up to
    `attempts` times in all; the last failure is raised.

    `work` must be one whole transaction that does nothing outside the database (commands
    return what to send instead of sending it), so running it again is safe: the failed
    attempt was rolled back. A `Conflict` counts as transient for commands because the
    uniqueness rules they can break are races (two first answers numbered alike, two replans
    writing the same reminder key): run again, the command reads what the other one wrote.
    """
    for attempt in range(1, attempts):
        try:
            return work()
        except transient as error:
            log.info("attempt %d of %d gave way (%s); running it again", attempt, attempts, error)
            _pause(attempt)
    return work()
