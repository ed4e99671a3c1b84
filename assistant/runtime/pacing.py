"""Pacing of outgoing calls: a ceiling on a process's scheduled sends, and rates learned from the
platform's refusals (HTTP 429 with Retry-After) for each key an adapter names, such as an API
method or a method in one channel. Platform-free: an adapter says which keys a call falls
under and reports the refusals; nothing here knows Slack or Matrix.

A key nobody refused is not slowed at all. On a refusal the key is blocked for Retry-After and
its rate drops to a little below what it was observed to manage in that time (multiplicative
decrease), then climbs back along a cubic curve, as TCP CUBIC does: flat just under the
estimate, where it spends most of its time, then faster and faster, probing for a limit that
has risen. A key whose rate climbs back to the ceiling is forgotten. So the configured rate is
only a ceiling, and several processes sharing one limit each settle on a share of it.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# Right after a refusal the rate is this share of the rate observed. The block for Retry-After
# has let a sliding window empty meanwhile, so a small margin is enough, and little is lost.
DECREASE = 0.95
# Where the curve flattens: just under the estimate, because timing jitter bunches calls and a
# platform counting calls in a sliding window refuses the one that lands too close.
PLATEAU = 0.97
# Seconds the curve takes to reach the plateau. It leaves it and reaches the estimate again about
# 23 s later: a probe for a higher limit costs one Retry-After without sending (about 1 s on
# Slack's chat.postMessage), so one every 43 s or so costs about 2 %.
RECOVERY = 20.0
_GROWTH = (PLATEAU - DECREASE) / RECOVERY**3
# How far back grants are counted to estimate the rate a refused key ran at: Retry-After when
# the platform gives one (its window is rarely shorter), but at least a second and at most this.
HISTORY = 60.0
MIN_WINDOW = 1.0
# A key with no ceiling above it is forgotten once its rate is this far above its estimate.
FORGET_FACTOR = 10.0


@dataclass
class _Lane:
    """A key the platform refused: its estimated limit, and when it may send next."""

    limit: float  # calls per second estimated at the last refusal
    since: float  # when the rate starts to climb back: the end of the block
    blocked_until: float  # Retry-After
    next: float  # the earliest slot for the next call

    def rate(self, now: float) -> float:
        elapsed = max(now - self.since, 0.0) - RECOVERY
        return self.limit * (PLATEAU + _GROWTH * elapsed**3)


class Pacer:
    """Books a slot for each call, thread-safe: `wait()` for one scheduled message (at most
    `ceiling` per second), `wait(*keys)` for one platform call under those keys (unpaced until
    `throttled` reports a refusal). `clock` and `sleep` are injectable for tests."""

    def __init__(
        self,
        ceiling: float = math.inf,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if ceiling <= 0:
            raise ValueError("the ceiling must be positive")
        self.ceiling = ceiling
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = clock()  # the next slot under the ceiling
        self._lanes: dict[str, _Lane] = {}
        self._granted: defaultdict[str, deque[float]] = defaultdict(deque)
        self._swept = clock()
        self._refusals = 0

    def __deepcopy__(self, memo: dict[int, Any]) -> Pacer:
        # Shared, not copied: slack-bolt deep-copies each request, its Web API client included,
        # for a lazy listener; a copy would neither see nor teach what the process learned.
        return self

    def wait(self, *keys: str) -> float:
        """Block until a call may go: under the ceiling when no key is given, else under every
        key (blocked keys wait out their Retry-After). Returns the slot's time."""
        while True:
            with self._lock:
                now = self._clock()
                slot = self._book(keys, now)
                refusals = self._refusals
            if slot > now:
                self._sleep(slot - now)
            with self._lock:
                # A refusal while this call slept may have blocked one of its keys.
                if refusals == self._refusals or not self._blocked(keys, self._clock()):
                    return slot

    def throttled(self, keys: Sequence[str], retry_after: float) -> None:
        """The platform refused a call made under `keys` (widest first, e.g. a method, then
        the method in one channel) and asked for `retry_after` seconds.

        The refusal is pinned on the narrowest key that had other calls in the window (one
        call in a channel cannot be over a per-channel limit), else on the widest. That key
        is blocked for Retry-After and its rate drops; a further refusal while it is blocked
        only extends the block (calls in flight met the same limit)."""
        if not keys:
            return
        with self._lock:
            now = self._clock()
            self._refusals += 1
            window = min(HISTORY, max(MIN_WINDOW, retry_after))
            key = next((k for k in reversed(keys[1:]) if self._count(k, now, window) >= 2), keys[0])
            until = now + max(0.0, retry_after)
            lane = self._lanes.get(key)
            if lane is not None and now < lane.blocked_until:
                lane.blocked_until = lane.since = max(lane.blocked_until, until)
                lane.next = max(lane.next, until)
                return
            others = self._count(key, now, window) - 1  # the refused call was granted too
            current = lane.rate(now) if lane is not None else math.inf
            if others > 0:
                estimate = min(current, others / window)
            else:
                # Nothing else went out in the window: the refusal tells little about the
                # rate, so the lane's own rate is lowered, or one call per window assumed.
                estimate = current if lane is not None else 1 / window
            self._lanes[key] = _Lane(estimate, until, until, until)
            log.info(
                "rate limited on %s: waiting %.1f s, then %.2f calls/s (about %.2f/s allowed)",
                key,
                retry_after,
                estimate * DECREASE,
                estimate,
            )

    def rate(self, key: str) -> float:
        """The rate `key` is paced at now (infinite when nothing was refused under it)."""
        with self._lock:
            lane = self._lanes.get(key)
            return lane.rate(self._clock()) if lane is not None else math.inf

    # ------------------------------------------------------------ with the lock held

    def _book(self, keys: tuple[str, ...], now: float) -> float:
        """The earliest slot free under every key, booked for this call."""
        self._sweep(now)
        if not keys:
            slot = max(now, self._next)
            self._next = slot + 1 / self.ceiling
            return slot
        lanes = [lane for lane in map(self._lanes.get, keys) if lane is not None]
        slot = max([now, *(max(lane.next, lane.blocked_until) for lane in lanes)])
        for lane in lanes:
            lane.next = slot + 1 / lane.rate(slot)
        for key in keys:
            self._granted[key].append(slot)
        return slot

    def _blocked(self, keys: tuple[str, ...], now: float) -> bool:
        lanes = [lane for lane in map(self._lanes.get, keys) if lane is not None]
        return any(lane.blocked_until > now for lane in lanes)

    def _count(self, key: str, now: float, window: float) -> int:
        """Calls granted under `key` in the `window` seconds up to `now`."""
        return sum(1 for at in self._granted.get(key, ()) if now - window < at <= now)

    def _sweep(self, now: float) -> None:
        """Drop grants older than the history and lanes back at the ceiling (once a second)."""
        if now - self._swept < MIN_WINDOW:
            return
        self._swept = now
        for key in list(self._granted):
            granted = self._granted[key]
            while granted and granted[0] <= now - HISTORY:
                granted.popleft()
            if not granted:
                del self._granted[key]
        for key, lane in list(self._lanes.items()):
            idle = now >= lane.blocked_until and now >= lane.next
            if idle and lane.rate(now) >= min(self.ceiling, FORGET_FACTOR * lane.limit):
                del self._lanes[key]
