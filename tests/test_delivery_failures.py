"""A scheduled message that cannot be sent, or looked for, never holds up the others: it is
tried again with backoff, and after too many failures given up and reported once to the
secretariat, in each one's language. Only a message that may already be on the platform (its
worker died, or Slack's answer left it open) is looked for before it is sent again.

Through the Slack adapter and the Web API stand-in, on a simulated clock.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.dispatch import Incoming
from assistant.domain.model import Reminder, ReminderState
from assistant.domain.retries import gives_up, next_try
from assistant.messages import Outgoing, Reply
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.cli import app
from assistant.runtime.clock import FakeClock
from assistant.runtime.scheduler import run_due_work
from assistant.runtime.settings import Settings
from handlers.slack.app import SlackAdapter
from tests.conftest import Chat
from tests.slack_standin import SlackStandIn

START = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
DEADLINE = datetime(2024, 10, 10, 12, 0, tzinfo=UTC)
DUE = DEADLINE - timedelta(hours=2)  # the reminders of `consult remind R1 2h`
CHANNEL = "C1"
ADMIN, RUSSIAN = "UANA", "URUS"  # the secretariat; each types in a direct message
# What an app installed from slack/manifest.yml before it asked for history scopes has.
SCOPES_WITHOUT_HISTORY = (
    "commands",
    "chat:write",
    "chat:write.public",
    "im:write",
    "im:history",
    "app_mentions:read",
    "channels:read",
    "groups:read",
    "users:read",
    "files:write",
)
CHANNEL_KEY = f"round:1:{int(DEADLINE.timestamp())}:2h:c{CHANNEL}"


class World:
    """The assistant on Slack (the stand-in), a simulated clock, and one scheduler worker."""

    def __init__(self, api: SlackStandIn, application: Application, clock: FakeClock) -> None:
        self.api = api
        self.application = application
        self.clock = clock
        self.adapter = SlackAdapter(
            application.assistant, application.translator, api.client(), "secret"
        )

    def say(self, user: str, line: str) -> None:
        """A command typed in the person's direct messages with the assistant."""
        items = self.application.assistant.handle(
            Incoming(platform="slack", user_id=user, channel_id=f"D{user}", text=line)
        )
        ids = [m.id for item in items if isinstance(item, Reply) for m in item.lines]
        assert ids, line
        assert not [i for i in ids if i.startswith("error-")], (line, ids)

    def tick_at(self, moment: datetime, worker: str = "worker-a") -> None:
        self.clock.set(moment)
        run_due_work(self.application.assistant, self.adapter, worker)

    def row(self, key: str) -> Reminder:
        with self.application.assistant.unit_of_work() as uow:
            (found,) = uow.reminders.find(key=key)
            return found

    def delivered(self, channel: str | None = None) -> Counter[str]:
        """The keys of the messages Slack accepted, and how often each."""
        return Counter(
            str(call.params["metadata"]["event_payload"]["key"])
            for call in self.api.calls("chat.postMessage")
            if call.ok and (channel is None or call.params.get("channel") == channel)
        )


def world(tmp_path: Path, audience: int, scopes: tuple[str, ...] | None = None) -> Iterator[World]:
    """R1 announced in C1 to `audience` stakeholders, closing at DEADLINE with reminders 2 h
    before it; the round-open reminders are out, so nothing else is pending."""
    people = [f"U{number:03d}" for number in range(1, audience + 1)]
    with SlackStandIn(members={CHANNEL: people}, scopes=scopes) as api:
        clock = FakeClock(START)
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'slack.db'}", admins=frozenset({ADMIN})
        )
        application = build(settings, clock)
        try:
            here = World(api, application, clock)
            application.assistant.sync_members("slack", CHANNEL, people)
            here.say(RUSSIAN, "assistant settings language ru")
            here.say(ADMIN, f"assistant role <@{RUSSIAN}> secretariat")
            here.say(ADMIN, 'consult new "Multilingual Internet" closes 2024-10-10T12:00Z')
            here.say(ADMIN, 'consult question R1 "What could ITU do?"')
            here.say(ADMIN, "consult remind R1 2h")
            here.say(ADMIN, f"consult announce R1 <#{CHANNEL}|wg>")
            here.tick_at(START)
            assert len(here.delivered()) == audience  # the round-open reminders
            api.clear()
            yield here
        finally:
            application.engine.dispose()


@pytest.fixture
def without_history(tmp_path: Path) -> Iterator[World]:
    yield from world(tmp_path, 100, SCOPES_WITHOUT_HISTORY)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[World]:
    yield from world(tmp_path, 2)


def test_a_stuck_channel_reminder_holds_up_nothing_and_is_reported_once_when_given_up(
    without_history: World, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 11: the channel reminder's send fails (internal_error), the check that follows
    is refused (missing_scope); the 100 direct reminders behind it go out all the same."""
    here = without_history
    here.api.fail("chat.postMessage", "internal_error", channel=CHANNEL)
    directs = {f"round:1:{int(DEADLINE.timestamp())}:2h:p{n}" for n in range(1, 101)}

    here.tick_at(DUE)
    assert here.delivered() == Counter(directs)
    row = here.row(CHANNEL_KEY)
    assert (row.state, row.failures, row.last_error) == (ReminderState.PENDING, 1, "internal_error")
    assert row.next_try_at == DUE + timedelta(minutes=1)
    assert row.maybe_sent  # Slack says part of an internal_error may have succeeded

    # Each try looks in the channel first and is refused; tries come 1, 2, 4, 8, 16 min apart.
    caplog.set_level(logging.WARNING)
    tries = [DUE + timedelta(minutes=m) for m in (1, 3, 7, 15, 31)]
    for number, moment in enumerate(tries, start=2):
        here.tick_at(moment - timedelta(seconds=1))  # not yet
        assert len(here.api.calls("conversations.history")) == number - 2
        here.tick_at(moment)
        assert len(here.api.calls("conversations.history")) == number - 1
        row = here.row(CHANNEL_KEY)
        assert (row.failures, row.last_error) == (number, "missing_scope: channels:history")
    assert row.state == ReminderState.FAILED
    warned = [r.getMessage() for r in caplog.records if "lacks the" in r.getMessage()]
    assert warned[0] == (
        f"cannot tell whether {CHANNEL_KEY} was sent: the app lacks the channels:history "
        "scope (add it in slack/manifest.yml and reinstall the app)"
    )

    # Reported once, to each of the secretariat in their language; nothing else went out.
    reports = {
        call.params["channel"]: call.params["text"]
        for call in here.api.calls("chat.postMessage")
        if call.ok and call.params["channel"] in (f"D{ADMIN}", f"D{RUSSIAN}")
    }
    assert len(here.api.calls("chat.postMessage")) == 100 + 1 + 2
    due = f"<!date^{int(DUE.timestamp())}^{{date_short_pretty}} {{time}}|"
    assert reports == {
        f"D{ADMIN}": (
            f"⚠️ A scheduled message to C1 (due {due}Thu, Oct 10, 2024, 10:00 UTC>) could not "
            "be delivered after 6 tries: the app lacks the permission channels:history. "
            f"It will not be tried again. Key: {CHANNEL_KEY}"
        ),
        f"D{RUSSIAN}": (
            f"⚠️ Запланированное сообщение для C1 (срок: {due}чт, 10 окт. 2024\u202fг., "
            "10:00 UTC>) не удалось доставить после 6 попыток: у приложения нет разрешения "
            f"channels:history. Больше попыток не будет. Ключ: {CHANNEL_KEY}"
        ),
    }
    here.tick_at(DUE + timedelta(hours=1))
    assert len(here.api.calls("chat.postMessage")) == 100 + 1 + 2
    assert here.delivered(CHANNEL) == Counter()


def test_only_a_row_that_may_be_on_slack_is_looked_for_before_it_is_sent_again(
    small: World,
) -> None:
    here = small
    # Refused, and Slack said why: it was not delivered, so the retry just sends it.
    here.api.fail("chat.postMessage", "not_in_channel", channel=CHANNEL)
    here.tick_at(DUE)
    here.tick_at(DUE + timedelta(minutes=1))  # the assistant was invited meanwhile
    assert here.delivered(CHANNEL) == Counter({CHANNEL_KEY: 1})
    assert here.api.calls("conversations.history") == []
    row = here.row(CHANNEL_KEY)
    assert (row.state, row.failures, row.last_error, row.maybe_sent) == (
        ReminderState.SENT,
        1,
        "not_in_channel",
        False,
    )

    # A worker that died holding its claims: those rows are looked for, then sent once.
    here.say(ADMIN, "consult remind R1 2h,1h")
    later = DEADLINE - timedelta(hours=1)
    here.clock.set(later)
    dead = here.application.assistant.claim_due("worker-dead", 200, timedelta(minutes=2))
    assert len(dead) == 3
    here.tick_at(later + timedelta(minutes=1))  # the claims are not stale yet
    assert here.api.calls("conversations.history") == []
    here.tick_at(later + timedelta(minutes=2, seconds=1))
    looked = sorted(call.params["channel"] for call in here.api.calls("conversations.history"))
    assert looked == [CHANNEL, "DU001", "DU002"]
    stamp = int(DEADLINE.timestamp())
    assert here.delivered() == Counter(
        {
            CHANNEL_KEY: 1,
            **{f"round:1:{stamp}:2h:p{n}": 1 for n in (1, 2)},
            **{f"round:1:{stamp}:1h:{r}": 1 for r in ("cC1", "p1", "p2")},
        }
    )


def test_a_channel_the_assistant_is_not_in_is_reported_in_those_words(small: World) -> None:
    here = small
    here.api.fail("chat.postMessage", "not_in_channel", channel=CHANNEL, times=6)
    for minutes in (0, 1, 3, 7, 15, 31):
        here.tick_at(DUE + timedelta(minutes=minutes))
    assert here.api.calls("conversations.history") == []  # each refusal was definite
    (report,) = [c for c in here.api.calls("chat.postMessage") if c.params["channel"] == "DUANA"]
    due = f"<!date^{int(DUE.timestamp())}^{{date_short_pretty}} {{time}}|"
    assert report.params["text"] == (
        f"⚠️ A scheduled message to C1 (due {due}Thu, Oct 10, 2024, 10:00 UTC>) could not "
        "be delivered after 6 tries: the assistant is not in C1. It will not be tried again. "
        f"Key: {CHANNEL_KEY}"
    )


def test_a_message_slack_took_despite_an_internal_error_is_not_sent_twice(small: World) -> None:
    here = small
    here.api.fail("chat.postMessage", "internal_error", channel=CHANNEL, performed=True)
    here.tick_at(DUE)
    assert here.row(CHANNEL_KEY).maybe_sent
    here.tick_at(DUE + timedelta(minutes=1))
    assert [c.params["channel"] for c in here.api.calls("conversations.history")] == [CHANNEL]
    assert len(here.api.messages(CHANNEL)) == 1  # there once: found, not sent again
    row = here.row(CHANNEL_KEY)
    assert (row.state, row.failures) == (ReminderState.SENT, 1)


def test_tries_wait_one_minute_then_twice_as_long_each_time_up_to_half_an_hour() -> None:
    waits = [next_try(START, failures) - START for failures in range(1, 9)]
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 30, 30, 30)]
    assert [gives_up(failures) for failures in (5, 6)] == [False, True]


@pytest.fixture
def small_without_history(tmp_path: Path) -> Iterator[World]:
    yield from world(tmp_path, 2, SCOPES_WITHOUT_HISTORY)


def status(here: World, at: datetime, *options: str) -> str:
    url = str(here.application.engine.url)
    moment = at.strftime("%Y-%m-%dT%H:%MZ")
    result = CliRunner().invoke(app, ["status", "--db", url, "--now", moment, *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_status_shows_each_kind_and_the_oldest_row_due_with_its_last_error(
    small_without_history: World,
) -> None:
    here = small_without_history
    here.api.fail("chat.postMessage", "internal_error", channel=CHANNEL)
    here.tick_at(DUE)
    here.tick_at(DUE + timedelta(minutes=1))  # looking for it: missing_scope

    at = DUE + timedelta(minutes=2)
    assert status(here, at) == (
        "Scheduled messages at 2024-10-10 10:02 UTC, per kind:\n"
        "  round-due: pending 1, claimed 0, failed 0, sent 2, dropped 0, skipped 0, cancelled 0\n"
        "  round-open: pending 0, claimed 0, failed 0, sent 2, dropped 0, skipped 0, cancelled 0\n"
        f"Oldest due and not sent: {CHANNEL_KEY} (due 2024-10-10 10:00 UTC), attempts 2, "
        "failed tries 2\n"
        "  Next try: 2024-10-10 10:03 UTC\n"
        "  Last error: missing_scope: channels:history\n"
    )
    zero = dict.fromkeys(("pending", "claimed", "sent", "cancelled", "skipped", "dropped"), 0)
    assert json.loads(status(here, at, "--json")) == {
        "now": "2024-10-10T10:02:00Z",
        "kinds": {
            "round-due": {**zero, "failed": 0, "pending": 1, "sent": 2},
            "round-open": {**zero, "failed": 0, "sent": 2},
        },
        "oldest_due": {
            "key": CHANNEL_KEY,
            "kind": "round-due",
            "due_at": "2024-10-10T10:00:00Z",
            "attempts": 2,
            "failures": 2,
            "next_try_at": "2024-10-10T10:03:00Z",
            "last_error": "missing_scope: channels:history",
        },
    }

    for minutes in (3, 7, 15, 31):  # given up, and reported to the two of the secretariat
        here.tick_at(DUE + timedelta(minutes=minutes))
    assert status(here, DUE + timedelta(hours=1)) == (
        "Scheduled messages at 2024-10-10 11:00 UTC, per kind:\n"
        "  failure-report: pending 0, claimed 0, failed 0, sent 2, dropped 0, skipped 0, "
        "cancelled 0\n"
        "  round-due: pending 0, claimed 0, failed 1, sent 2, dropped 0, skipped 0, cancelled 0\n"
        "  round-open: pending 0, claimed 0, failed 0, sent 2, dropped 0, skipped 0, cancelled 0\n"
        "Nothing pending is due.\n"
    )


def test_status_of_an_empty_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(app, ["status", "--db", url])
    assert (result.exit_code, result.stdout) == (0, "No scheduled messages.\n")
    result = CliRunner().invoke(app, ["status", "--db", url, "--json"])
    assert json.loads(result.stdout)["kinds"] == {}
    assert json.loads(result.stdout)["oldest_due"] is None


def test_a_report_that_fails_in_turn_is_logged_and_never_reported(chat: Chat) -> None:
    """No report about a report: the secretariat cannot be told, so it ends in the log."""
    chat.say('/digest schedule "mon 09:00" zone UTC', channel="#wg")
    refused: list[str] = []
    show = chat.console.show

    def platform_down(items: list[Outgoing]) -> None:  # every scheduled message is refused
        scheduled = [item for item in items if getattr(item, "key", "")]
        refused.extend(getattr(item, "key", "") for item in scheduled)
        if scheduled:
            raise ConnectionError("the platform is unavailable")
        show(items)

    chat.console.show = platform_down  # type: ignore[method-assign]
    start = datetime(2024, 10, 7, 9, 0, tzinfo=UTC)
    for minutes in (0, 1, 3, 7, 15, 31, 32, 33, 35, 39, 47, 63, 120):
        chat.say(f"/clock {(start + timedelta(minutes=minutes)).strftime('%Y-%m-%dT%H:%MZ')}")
    digest = "digest:#wg:2024-10-07T09:00Z"
    with chat.assistant.unit_of_work() as uow:
        rows = {row.key: (row.state, row.failures) for row in uow.reminders.find()}
        (failed,) = uow.reminders.find(key=digest)
    report = f"failed:{failed.id}:p1"
    assert rows == {digest: (ReminderState.FAILED, 6), report: (ReminderState.FAILED, 6)}
    assert Counter(refused) == Counter({digest: 6, report: 6})
