"""Retry policy for scheduled messages: how long a failed one waits, and when to give up."""

from __future__ import annotations

from datetime import datetime, timedelta

# Six tries span about half an hour (1 + 2 + 4 + 8 + 16 minutes between them): enough to ride
# out a platform hiccup, short enough that the secretariat hears of a real problem (the bot
# removed from a channel, a permission missing) while the message still matters.
MAX_FAILURES = 6
FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(minutes=30)


def next_try(now: datetime, failures: int) -> datetime:
    """When a message that has failed `failures` times (at least once) is tried again: one
    minute after the first failure, doubling after each one, never more than `LONGEST_WAIT`."""
    wait = FIRST_WAIT * (1 << min(max(failures - 1, 0), 16))
    return now + min(wait, LONGEST_WAIT)


def gives_up(failures: int) -> bool:
    """Whether a message that has failed `failures` times is not tried again."""
    return failures >= MAX_FAILURES
