"""Adaptive pacing: a ceiling on scheduled sends, and rates learned per key (an API method, a
method in one channel) from the platform's refusals: a 429 blocks the key for Retry-After and
lowers its rate, which then climbs back. On a simulated clock (no real sleeping), except the
broadcast through the Slack stand-in at the end, which enforces limits the sender is not told.
"""

from __future__ import annotations

import copy
import math
import threading
from collections import Counter, deque
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.dispatch import Incoming
from assistant.domain.model import ReminderState
from assistant.messages import Direct, Reply, msg
from assistant.runtime import pacing
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.pacing import Pacer
from assistant.runtime.scheduler import deliver_due
from assistant.runtime.settings import Settings
from handlers.slack.app import PacedClient, PacedRateLimitHandler, SlackAdapter, make_client
from tests.slack_standin import SlackStandIn

POST, OPEN = "chat.postMessage", "conversations.open"


class SimulatedTime:
    """A monotonic clock that only `sleep` (or the test) moves."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def time_() -> SimulatedTime:
    return SimulatedTime()


def pacer(time_: SimulatedTime, ceiling: float = math.inf) -> Pacer:
    return Pacer(ceiling, clock=time_.clock, sleep=time_.sleep)


def calls(p: Pacer, time_: SimulatedTime, keys: tuple[str, ...], n: int, apart: float) -> None:
    for _ in range(n):
        p.wait(*keys)
        time_.now += apart


def test_scheduled_sends_are_spaced_under_the_ceiling(time_: SimulatedTime) -> None:
    p = pacer(time_, ceiling=10)
    assert [p.wait() for _ in range(4)] == pytest.approx([0.0, 0.1, 0.2, 0.3])
    time_.now += 5  # idle time is not saved up for a burst
    assert p.wait() == pytest.approx(5.3)
    assert p.wait() == pytest.approx(5.4)


def test_a_key_nobody_refused_is_not_paced(time_: SimulatedTime) -> None:
    p = pacer(time_, ceiling=1)
    calls(p, time_, (POST, f"{POST} in C1"), 100, 0.0)
    assert time_.now == 0.0
    assert time_.slept == []
    assert p.rate(POST) == math.inf


def test_a_429_blocks_the_method_for_retry_after_and_lowers_its_rate(
    time_: SimulatedTime,
) -> None:
    p = pacer(time_, ceiling=500)
    calls(p, time_, (POST,), 51, 0.002)  # 50 went through within the second, the 51st did not
    refused_at = time_.now
    p.throttled((POST,), retry_after=2)

    assert p.rate(POST) == pytest.approx(pacing.DECREASE * 50 / 2)  # 50 in Retry-After's 2 s
    first = p.wait(POST)
    assert first == pytest.approx(refused_at + 2)  # Retry-After is honoured
    assert p.wait(POST) - first == pytest.approx(1 / p.rate(POST), rel=1e-3)
    # Another method (its own limit on Slack) is not held up.
    time_.now = refused_at
    assert p.wait(OPEN) == refused_at


def test_the_rate_climbs_back_then_the_key_is_forgotten_at_the_ceiling(
    time_: SimulatedTime,
) -> None:
    p = pacer(time_, ceiling=100)
    calls(p, time_, (POST,), 51, 0.01)
    p.throttled((POST,), retry_after=1)
    lowered = p.rate(POST)
    assert lowered == pytest.approx(pacing.DECREASE * 50)

    seen = []
    for _ in range(int(pacing.RECOVERY) * 4):
        time_.now += 1
        seen.append(p.rate(POST))
    assert seen == sorted(seen)  # never down without a refusal
    after_recovery = seen[int(pacing.RECOVERY) - 1]
    assert after_recovery == pytest.approx(pacing.PLATEAU * 50, rel=1e-3)  # just under the limit
    assert seen[-1] > 50  # then probing above it
    # Back at the ceiling, the key is paced by nothing but the ceiling again.
    while p.rate(POST) < 100:
        time_.now += 10
    p.wait(POST)
    assert p.rate(POST) == math.inf


def test_a_429_in_a_busy_channel_lowers_that_channel_only(time_: SimulatedTime) -> None:
    p = pacer(time_)
    channel = f"{POST} in C1"
    for number in range(20):  # direct messages, one each, and two posts in C1
        p.wait(POST, f"{POST} in D{number}")
    p.wait(POST, channel)
    p.wait(POST, channel)
    p.throttled((POST, channel), retry_after=1)

    assert p.rate(channel) == pytest.approx(pacing.DECREASE * 1)  # about 1 a second
    assert p.rate(POST) == math.inf
    start = time_.now
    assert p.wait(POST, f"{POST} in D99") == start  # the others go on at once
    assert p.wait(POST, channel) == pytest.approx(start + 1)


def test_a_429_on_a_lone_call_in_a_channel_lowers_the_method(time_: SimulatedTime) -> None:
    p = pacer(time_)
    for number in range(30):
        p.wait(POST, f"{POST} in D{number}")
    p.throttled((POST, f"{POST} in D29"), retry_after=1)
    assert p.rate(POST) == pytest.approx(pacing.DECREASE * 29)
    assert p.rate(f"{POST} in D29") == math.inf


def test_refusals_of_calls_already_in_flight_lower_the_rate_once(time_: SimulatedTime) -> None:
    p = pacer(time_)
    calls(p, time_, (POST,), 40, 0.01)
    p.throttled((POST,), retry_after=1)
    once = p.rate(POST)
    time_.now += 0.05
    p.throttled((POST,), retry_after=1)  # a call sent before the first answer came back
    assert p.rate(POST) == once
    last_refusal = time_.now
    assert p.wait(POST) == pytest.approx(last_refusal + 1)  # the block runs from the last 429


def test_a_call_waiting_for_its_slot_waits_out_a_block_reported_meanwhile(
    time_: SimulatedTime,
) -> None:
    p = pacer(time_)
    calls(p, time_, (POST,), 11, 0.1)
    p.throttled((POST,), retry_after=1)  # 10 a second, then 9
    time_.now += 1
    slot = p.wait(POST)  # the first after the block
    refused_at: list[float] = []

    def sleep(seconds: float) -> None:
        time_.now += seconds
        if not refused_at:  # another thread's call is refused while this one sleeps
            refused_at.append(time_.now)
            p.throttled((POST,), retry_after=3)

    p._sleep = sleep
    second = p.wait(POST)
    assert second > slot
    assert second >= refused_at[0] + 3


def test_concurrent_callers_get_distinct_slots_at_the_rate(time_: SimulatedTime) -> None:
    p = Pacer(100, clock=lambda: 0.0, sleep=lambda _seconds: None)
    slots: list[float] = []
    lock = threading.Lock()

    def caller() -> None:
        mine = [p.wait() for _ in range(100)]
        with lock:
            slots.extend(mine)

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(slots) == pytest.approx([n / 100 for n in range(800)])


class SlidingWindow:
    """A platform's limit: at most `n` calls answered in any second, else 429 (Retry-After 1)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.answered: deque[float] = deque()

    def accepts(self, now: float) -> bool:
        while self.answered and self.answered[0] <= now - 1:
            self.answered.popleft()
        if len(self.answered) >= self.n:
            return False
        self.answered.append(now)
        return True


@pytest.mark.parametrize("multiple", [1, 2, 10])
def test_a_broadcast_learns_a_limit_it_was_not_told(time_: SimulatedTime, multiple: int) -> None:
    """1,000 direct messages (an open, then a post, 1-3 ms each) against 50/s per method, with
    the ceiling at 1, 2 and 10 times that: a refusal or two, and close to the floor (20 s)."""
    p = pacer(time_, ceiling=50 * multiple)
    limits = {OPEN: SlidingWindow(50), POST: SlidingWindow(50)}
    refusals: Counter[str] = Counter()
    for number in range(1000):
        p.wait()
        for method in (OPEN, POST):
            keys = (method, f"{method} in D{number}") if method == POST else (method,)
            p.wait(*keys)
            while True:
                time_.now += 0.001 + 0.002 * ((number * 7 + len(method)) % 5) / 4
                if limits[method].accepts(time_.now):
                    break
                refusals[method] += 1
                p.throttled(keys, retry_after=1)
                p.wait(*keys)
    assert 1 <= sum(refusals.values()) <= 3
    assert time_.now <= 1.15 * 20


# ------------------------------------------------------------ through the Slack stand-in

START = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
PEOPLE = [f"U{number:03d}" for number in range(1, 13)]


@pytest.fixture
def round_opened(tmp_path: Path) -> Iterator[Application]:
    """R1 announced in C1 to 12 people: 12 round-open reminders due, nothing sent yet."""
    clock = FakeClock(START)
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'pace.db'}", admins=frozenset({"UANA"})
    )
    application = build(settings, clock)
    assistant = application.assistant
    assistant.sync_members("slack", "C1", ["UANA", *PEOPLE])
    for line in (
        'consult new "Pacing" closes 2024-10-10T12:00Z',
        'consult question R1 "Anything?"',
        "consult remind R1 7d",
        "consult announce R1",
    ):
        items = assistant.handle(Incoming("slack", "UANA", "C1", line))
        replies = [m.id for item in items if isinstance(item, Reply) for m in item.lines]
        assert not [r for r in replies if r.startswith("error-")], (line, replies)
    try:
        yield application
    finally:
        application.engine.dispose()


def test_the_slack_client_reports_its_429s_to_the_pacer_per_channel() -> None:
    with SlackStandIn() as slack:
        slack.limit_per_second(POST, 1, per_channel=True)
        paced = Pacer()
        client = make_client("xoxb-test", slack.base_url, paced)
        client.proxy = None
        client.chat_postMessage(channel="C1", text="one")
        client.chat_postMessage(channel="C1", text="two")  # refused, then sent after 1 s
        client.chat_postMessage(channel="C2", text="elsewhere")
        client.conversations_open(users="U1")  # a form body, not JSON: no channel in it

        assert [(c.params.get("channel"), c.limited) for c in slack.calls(POST)] == [
            ("C1", False),
            ("C1", True),
            ("C1", False),
            ("C2", False),
        ]
        refused, retried = slack.calls(POST)[1:3]
        assert retried.at - refused.at >= 1  # Retry-After
        assert paced.rate(f"{POST} in C1") < 1
        assert paced.rate(POST) == paced.rate(f"{POST} in C2") == paced.rate(OPEN) == math.inf


def test_copies_of_the_client_share_its_pacer() -> None:
    """slack-bolt deep-copies each request, its client included, for a lazy listener."""
    client = make_client("xoxb-test", "http://127.0.0.1:9/api/", Pacer(10))
    copied = copy.deepcopy(client)
    assert isinstance(copied, PacedClient)
    assert copied is not client
    assert copied.pacer is client.pacer
    handlers = [h for h in copied.retry_handlers if isinstance(h, PacedRateLimitHandler)]
    assert [h.pacer for h in handlers] == [client.pacer]


def test_a_broadcast_under_an_untold_limit_loses_and_doubles_nothing(
    round_opened: Application,
) -> None:
    application = round_opened
    assistant = application.assistant
    with SlackStandIn() as slack:
        # Limits the sender is not told: its ceiling is ten times the workspace's.
        slack.limit_per_second(POST, 5)
        slack.limit_per_second(POST, 1, per_channel=True)
        slack.limit_per_second(OPEN, 5)
        paced = Pacer(50)
        client = make_client("xoxb-test", slack.base_url, paced)
        client.proxy = None  # slack_sdk reads HTTPS_PROXY and ignores NO_PROXY
        adapter = SlackAdapter(assistant, application.translator, client, "secret")

        sent = deliver_due(assistant, adapter, "worker-a", paced)

        posts = slack.calls(POST)
        opens = slack.calls(OPEN)
        keys = Counter(str(c.params["metadata"]["event_payload"]["key"]) for c in posts if c.ok)
        with assistant.unit_of_work() as uow:
            rows = uow.reminders.find()
        assert sent == len(rows) == len(PEOPLE)  # one round-open reminder each
        assert {row.state for row in rows} == {ReminderState.SENT}
        assert set(keys) == {row.key for row in rows}
        assert set(keys.values()) == {1}  # none doubled
        assert any(c.limited for c in posts + opens)  # the limits were met, and learned
        assert min(paced.rate(OPEN), paced.rate(POST)) < 5
        opened = Counter(str(c.params["users"]) for c in opens if c.ok)
        assert opened == Counter(PEOPLE)  # each direct-message channel opened once

        # After a restart (a new adapter), the channels are known from the database.
        again = SlackAdapter(assistant, application.translator, slack.client(), "secret")
        slack.limit_per_second(POST, None)
        slack.clear()
        again.send(Direct(PEOPLE[0], (msg("form-received", id="R1"),), "en", "UTC"))
        assert [c.method for c in slack.calls()] == [POST]
