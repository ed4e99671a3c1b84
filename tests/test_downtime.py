"""Downtime: reminders missed while the assistant was down are sent once if still useful,
dropped if their deadline passed; a round whose deadline passed is closed and announced."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from assistant.runtime.clock import FakeClock
from tests.conftest import Chat, make_chat

CHANNEL = "#cwg-internet"


def announced_round(chat: Chat, closes: str = "31 October 2024 18:00") -> None:
    chat.say("/assistant settings quiet 00:00-00:00", as_user="@lena", channel=CHANNEL)
    chat.say("/assistant settings quiet 00:00-00:00", as_user="@omar", channel=CHANNEL)
    chat.console.user = "ana"
    chat.say(f'/consult new "Multilingualization" closes {closes} zone UTC')
    chat.say('/consult question R1 "What could ITU do?"')
    chat.say(f"/consult announce R1 {CHANNEL}")


def reminders_to(out: str, user: str) -> int:
    return sum(1 for line in out.splitlines() if line.startswith(f"[DM @{user}]"))


def states(chat: Chat) -> dict[str, int]:
    with chat.assistant.unit_of_work() as uow:
        counts: dict[str, int] = {}
        for row in uow.reminders.find():
            counts[row.state.value] = counts.get(row.state.value, 0) + 1
        return counts


def test_a_long_downtime_sends_only_the_latest_useful_reminder(chat: Chat) -> None:
    announced_round(chat)
    chat.say("/clock +1m")  # the opening reminders go out
    # Down from 5 October until 2 hours before the deadline: the 7-day, 1-day and 2-hour
    # reminders all came due meanwhile; each person gets one reminder, not three.
    out = chat.say("/clock 2024-10-31T16:30Z")
    assert reminders_to(out, "lena") == 1
    assert reminders_to(out, "omar") == 1
    assert "1 h 30 min left" in out
    assert out.count(f"[{CHANNEL}] ⏰") == 1
    assert states(chat)["skipped"] >= 4  # 7d and 1d, for two people and the channel
    # Nothing goes out twice, whatever ticks follow.
    assert reminders_to(chat.say("/clock +1m"), "lena") == 0


def test_a_deadline_passed_while_down_closes_the_round_and_drops_its_reminders(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    announced_round(chat)
    chat.say("/clock +1m")
    caplog.set_level(logging.INFO, logger="assistant.services.reminders")
    out = chat.say("/clock 2024-11-02T09:00Z")
    assert out.count(f"[{CHANNEL}] 🔒") == 1
    assert reminders_to(out, "lena") == 0
    assert reminders_to(out, "omar") == 0
    assert "pending" not in states(chat)
    assert states(chat)["dropped"] >= 1
    assert any("dropped reminder" in r.getMessage() for r in caplog.records)
    # A restart on the same database announces nothing again.
    assert chat.say("/clock +1h").count("🔒") == 0


def test_a_restart_sends_nothing_twice(chat: Chat, tmp_path: Path) -> None:
    announced_round(chat)
    first = chat.say("/clock +1m")
    assert reminders_to(first, "lena") == 1
    database = chat.application.engine.url.render_as_string(hide_password=False)
    chat.application.engine.dispose()
    restarted = make_chat(database, FakeClock(chat.clock.now()), tmp_path)
    assert reminders_to(restarted.say("/clock +1m"), "lena") == 0
    # …and the next planned reminder still comes, once.
    later = restarted.say("/clock 2024-10-24T18:30Z")
    assert reminders_to(later, "lena") == 1
    restarted.application.engine.dispose()
