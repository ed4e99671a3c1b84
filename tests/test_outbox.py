"""Posts the scheduler owes (announcements at opening, closing lines, scheduled digests) go
out at least once and are recorded once: a post the platform refuses is sent at its next
try, a minute later, a post sent is never sent again, and two replicas ticking at once post
it once."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from assistant.domain.owed_posts import POST
from assistant.messages import Direct, Outgoing, Post
from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.scheduler import run_due_work
from assistant.runtime.settings import Settings
from storage.database import make_engine
from tests.conftest import Chat, _reset_postgres, make_chat, postgres_url

WG = "#wg"
ANNOUNCEMENT = (
    "[#wg] 📣 Open consultation R1: “Multilingual Internet”\n"
    "      Q1. What could ITU do?\n"
    "      Deadline: Thu, Oct 31, 2024, 18:00 UTC — {left} left.\n"
    '      To respond: /consult respond R1 (one question at a time) or /consult answer R1 Q1 "…".\n'
)


class Outage:
    """The platform refuses the next `refusals` channel posts (as Slack does when it is down,
    or answers 500); the console prints only what the platform accepted."""

    def __init__(self, chat: Chat) -> None:
        self._show = chat.console.show
        self.refusals = 0
        self.refused: list[Outgoing] = []
        chat.console.show = self  # type: ignore[method-assign]

    def __call__(self, items: list[Outgoing]) -> None:
        for item in items:
            if isinstance(item, Post) and self.refusals > 0:
                self.refusals -= 1
                self.refused.append(item)
                raise ConnectionError("the platform is unavailable")
            self._show([item])


def owed_posts(chat: Chat) -> dict[str, str]:
    """The outbox rows of owed posts: key → state."""
    with chat.assistant.unit_of_work() as uow:
        return {row.key: row.state.value for row in uow.reminders.find(subject=POST)}


def round_opening_later(chat: Chat) -> None:
    """R1 opens on Monday 7 October 09:00 UTC and is to be announced in #wg then; lena, a
    stakeholder, is in #wg."""
    chat.say(
        '/consult new "Multilingual Internet" closes 31 October 2024 18:00 '
        "opens 7 October 2024 09:00 zone UTC",
        as_user="ana",
        channel=WG,
    )
    chat.say('/consult question R1 "What could ITU do?"')
    assert chat.say("/consult announce R1") == (
        "R1 will be announced in #wg when it opens: Mon, Oct 7, 2024, 09:00 UTC.\n"
    )
    chat.say("/assistant settings quiet 00:00-00:00", as_user="@lena", channel=WG)


def test_an_announcement_refused_at_opening_goes_out_at_the_next_tick_once(chat: Chat) -> None:
    round_opening_later(chat)
    outage = Outage(chat)
    outage.refusals = 1

    # The announcement is refused; lena's reminder does not wait behind it.
    assert chat.say("/clock 2024-10-07T09:00Z", as_user="ana") == (
        "Clock: 2024-10-07 09:00 UTC\n"
        "[DM @lena] 📣 Consultation R1 “Multilingual Internet” is open until "
        "Thu, Oct 31, 2024, 18:00 UTC. Respond with /consult respond R1.\n"
    )
    assert [type(item) for item in outage.refused] == [Post]
    assert owed_posts(chat) == {"round:1:announce:#wg": "pending"}

    # Its next try, a minute later.
    assert chat.say("/clock +1m") == (
        "Clock: 2024-10-07 09:01 UTC\n" + ANNOUNCEMENT.format(left="24 days 8 h")
    )
    assert owed_posts(chat) == {"round:1:announce:#wg": "sent"}
    # Sent once: the ticks that follow have nothing to post.
    assert chat.say("/clock +1m") == "Clock: 2024-10-07 09:02 UTC\n"
    assert chat.say("/clock +1h") == "Clock: 2024-10-07 10:02 UTC\n"


def test_a_closing_line_refused_at_the_deadline_goes_out_at_the_next_tick_once(
    chat: Chat,
) -> None:
    chat.say('/consult new "Multilingual Internet" closes 31 October 2024 18:00 zone UTC')
    chat.say('/consult question R1 "What could ITU do?"')
    chat.say("/consult announce R1", channel=WG)
    chat.say('/consult answer R1 Q1 "Universal acceptance"', as_user="@lena", channel=WG)
    chat.say("/clock 2024-10-31T17:59Z", as_user="ana")  # the channel's last reminder goes out
    outage = Outage(chat)
    outage.refusals = 1

    assert chat.say("/clock +1m") == "Clock: 2024-10-31 18:00 UTC\n"
    assert len(outage.refused) == 1
    closing = "round:1:1730397600:closing:#wg"
    assert owed_posts(chat) == {closing: "pending"}

    assert chat.say("/clock +1m") == (
        "Clock: 2024-10-31 18:01 UTC\n"
        "[#wg] 🔒 Consultation R1 “Multilingual Internet” is now closed. "
        "Thank you to the one respondent.\n"
    )
    assert owed_posts(chat) == {closing: "sent"}
    assert chat.say("/clock +1m") == "Clock: 2024-10-31 18:02 UTC\n"
    assert chat.say("/clock +1d") == "Clock: 2024-11-01 18:02 UTC\n"


def test_a_scheduled_digest_refused_goes_out_at_the_next_tick_once(chat: Chat) -> None:
    assert chat.say('/digest schedule "mon 09:00" zone UTC', channel=WG) == (
        "Digest for #wg scheduled every Monday at 09:00 (UTC); "
        "next one Mon, Oct 7, 2024, 09:00 UTC.\n"
    )
    outage = Outage(chat)
    outage.refusals = 1

    assert chat.say("/clock 2024-10-07T09:00Z") == "Clock: 2024-10-07 09:00 UTC\n"
    assert len(outage.refused) == 1
    assert owed_posts(chat) == {"digest:#wg:2024-10-07T09:00Z": "pending"}

    # Built when sent: the digest says when it was actually posted.
    assert chat.say("/clock +1m") == (
        "Clock: 2024-10-07 09:01 UTC\n"
        "[#wg] 📋 Digest for #wg — Mon, Oct 7, 2024, 09:01 UTC\n"
        "      Nothing overdue, due soon or recently done; "
        "no open consultations or upcoming meetings.\n"
    )
    assert owed_posts(chat) == {"digest:#wg:2024-10-07T09:00Z": "sent"}
    assert chat.say("/clock +1m") == "Clock: 2024-10-07 09:02 UTC\n"
    # The next Monday's digest is another post, under its own key.
    out = chat.say("/clock 2024-10-14T09:00Z")
    assert out.startswith("Clock: 2024-10-14 09:00 UTC\n[#wg] 📋 Digest for #wg — Mon, Oct 14")
    assert owed_posts(chat) == {
        "digest:#wg:2024-10-07T09:00Z": "sent",
        "digest:#wg:2024-10-14T09:00Z": "sent",
    }


def test_a_refused_announcement_is_not_retried_once_the_round_was_closed(chat: Chat) -> None:
    round_opening_later(chat)
    outage = Outage(chat)
    outage.refusals = 1
    assert chat.say("/clock 2024-10-07T09:00Z", as_user="ana").startswith(
        "Clock: 2024-10-07 09:00 UTC\n[DM @lena] 📣 Consultation R1"
    )
    assert owed_posts(chat) == {"round:1:announce:#wg": "pending"}

    # Closed by hand before the retry: the closing line goes out, the stale announcement not.
    assert chat.say("/consult close R1", channel=WG) == (
        "[#wg] 🔒 Consultation R1 “Multilingual Internet” is now closed. "
        "No inputs were received.\n"
        "R1 is closed; no more inputs are accepted.\n"
    )
    assert chat.say("/clock +1m") == "Clock: 2024-10-07 09:01 UTC\n"
    assert owed_posts(chat) == {"round:1:announce:#wg": "cancelled"}


class Recorder:
    """A platform that accepts everything and remembers it (a scheduler's `Sender`)."""

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    def send(self, item: Outgoing) -> None:
        self.sent.append(item)

    def was_sent(self, item: Outgoing) -> bool:
        return False


def _waiting_on_locks(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:  # a fresh transaction: fresh statistics
            found = connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            return int(found.scalar_one())
    finally:
        engine.dispose()


def test_two_replicas_ticking_at_once_record_and_post_the_announcement_once(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    url = postgres_url()
    if not url:
        pytest.skip("TEST_DATABASE_URL is not set: this race needs PostgreSQL (.ci/run sets it)")
    _reset_postgres(url)
    chat = make_chat(url, clock, tmp_path)
    replica = build(Settings(database_url=url), clock)
    locker = make_engine(url)
    caplog.set_level(logging.INFO, logger="assistant.runtime.scheduler")
    try:
        round_opening_later(chat)
        clock.set(datetime(2024, 10, 7, 9, 0, tzinfo=UTC))
        platforms = {"a": Recorder(), "b": Recorder()}
        ticks = [
            threading.Thread(target=run_due_work, args=(chat.assistant, platforms["a"], "a")),
            threading.Thread(target=run_due_work, args=(replica.assistant, platforms["b"], "b")),
        ]
        # Hold the round's row so that both ticks read it as not yet announced, then queue
        # behind the lock to record the announcement: the race two replicas can run into.
        with locker.connect() as holder:
            holder.execute(text("SELECT id FROM rounds WHERE id = 1 FOR UPDATE"))
            for tick in ticks:
                tick.start()
            deadline = time.monotonic() + 30
            while _waiting_on_locks(url) < 2:
                assert time.monotonic() < deadline, "the two ticks never met at the lock"
                time.sleep(0.01)
            holder.commit()
        for tick in ticks:
            tick.join(30)
            assert not tick.is_alive()

        sent = [*platforms["a"].sent, *platforms["b"].sent]
        assert Counter((type(item), item.key) for item in sent) == Counter(
            {(Post, "round:1:announce:#wg"): 1, (Direct, "round:1:1730397600:open:p2"): 1}
        )
        assert owed_posts(chat) == {"round:1:announce:#wg": "sent"}
        # The loser of the race rolled back, and said why.
        said = [r.getMessage() for r in caplog.records]
        assert sum(m.startswith("due work already recorded by another worker") for m in said) == 1
    finally:
        locker.dispose()
        replica.engine.dispose()
        chat.application.engine.dispose()
