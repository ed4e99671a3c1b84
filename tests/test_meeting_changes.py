"""`/meeting update` and `/meeting cancel` as conversations through the console adapter.

The meeting is the open consultation session that CWG-Internet's twentieth meeting (seed
report, 4 October 2024) planned for the IGF in Riyadh: it moves, grows, and is finally called
off, with attendees told in their own language and zone each time.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from assistant.dispatch import Incoming
from assistant.domain.model import ReminderState
from assistant.messages import Edit
from assistant.runtime.i18n import Renderer
from tests.conftest import Chat
from tests.support import grant, table_rows
from tests.test_meeting_transcript import CHANNEL, LINK, REFUSED, TITLE, announced_session, rsvps

FULL = "the room is full, so you are on the waitlist; you will be told if a seat frees up."


def audience(chat: Chat) -> None:
    """M1 announced; lena (English, Zurich) and pierre (French, Paris) in person, omar
    waitlisted (capacity 2), diego (Bogotá) remote."""
    announced_session(chat, "lena", "omar", "pierre", "diego")
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    chat.say("/assistant settings language fr", as_user="@pierre")
    chat.say("/assistant settings tz Europe/Paris", as_user="@pierre")
    chat.say("/assistant settings tz America/Bogota", as_user="@diego")
    assert "attending in person." in chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    assert "participation en présentiel." in chat.say(
        "/meeting rsvp M1 in-person", as_user="@pierre"
    )
    assert FULL in chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    assert "attending remotely." in chat.say("/meeting rsvp M1 remote", as_user="@diego")
    chat.say("/meeting rsvp M1 no", as_user="@kim")


def reminder_rows(chat: Chat) -> dict[str, tuple[str, datetime]]:
    """Pending meeting reminders: key -> (user, due)."""
    with chat.assistant.unit_of_work() as uow:
        people = {p.id: p.user_id for p in uow.people.find()}
        return {
            r.key: (people.get(r.person_id or 0, ""), r.due_at)
            for r in uow.reminders.find(subject="meeting", subject_id=1)
            if r.state == ReminderState.PENDING
        }


def handled(chat: Chat, user: str, line: str) -> list[object]:
    """What the assistant hands the adapter for one line (edits included, which the console
    cannot show)."""
    return list(chat.assistant.handle(Incoming("console", user, CHANNEL, line)))


def rendered_edits(chat: Chat, items: list[object]) -> list[tuple[str, str, str, int]]:
    renderer = Renderer(chat.application.translator)
    return [
        (
            item.key,
            item.channel_id,
            renderer.render(item.lines, item.locale, item.tz),
            len(item.buttons),
        )
        for item in items
        if isinstance(item, Edit)
    ]


def ics(chat: Chat) -> Calendar:
    out = chat.say("/meeting ics M1", as_user="@lena")
    return Calendar.from_ical(out[out.index("BEGIN:VCALENDAR") :])


# ---------------------------------------------------------------- /meeting update


def test_time_change_tells_attendees_and_waitlist_in_their_language_and_zone(chat: Chat) -> None:
    audience(chat)
    before = reminder_rows(chat)
    # A day and an hour before the old start (17 Dec 07:00 UTC), for those attending.
    assert any(k.startswith("meeting:1:1734418800:1d:") for k in before)

    out = chat.say("/meeting update M1 at 18 December 2024 14:00", as_user="ana", channel=CHANNEL)
    assert out == (
        f"M1 “{TITLE}” updated; the 4 people attending or waiting were told:\n"
        "When: Wed, Dec 18, 2024, 14:00 Asia/Riyadh (12:00 Europe/Zurich · 11:00 UTC) until "
        "Wed, Dec 18, 2024, 15:30 Asia/Riyadh (13:30 Europe/Zurich · 12:30 UTC)\n"
        f"[DM @lena] 🗓 M1 “{TITLE}” has changed:\n"
        "           When: Wed, Dec 18, 2024, 14:00 Asia/Riyadh (12:00 Europe/Zurich · 11:00 UTC) "
        "until Wed, Dec 18, 2024, 15:30 Asia/Riyadh (13:30 Europe/Zurich · 12:30 UTC)\n"
        f"[DM @pierre] 🗓 M1 «\u202f{TITLE}\u202f» a changé\u00a0:\n"
        "             Date\u00a0: du mer. 18 déc. 2024, 14:00 Asia/Riyadh (12:00 Europe/Paris · "
        "11:00 UTC) au mer. 18 déc. 2024, 15:30 Asia/Riyadh (13:30 Europe/Paris · 12:30 UTC)\n"
        f"[DM @omar] 🗓 M1 “{TITLE}” has changed:\n"
        "           When: Wed, Dec 18, 2024, 14:00 Asia/Riyadh (11:00 UTC) until "
        "Wed, Dec 18, 2024, 15:30 Asia/Riyadh (12:30 UTC)\n"
        f"[DM @diego] 🗓 M1 “{TITLE}” has changed:\n"
        "            When: Wed, Dec 18, 2024, 14:00 Asia/Riyadh (06:00 America/Bogota · "
        "11:00 UTC) until Wed, Dec 18, 2024, 15:30 Asia/Riyadh (07:30 America/Bogota · "
        "12:30 UTC)\n"
    )
    assert "[DM @kim]" not in out  # said no: not told

    # Reminders before the start follow it: none left for the old time, the same people
    # reminded a day and an hour before the new one.
    after = reminder_rows(chat)
    assert not [k for k in after if ":1734418800:" in k]
    new_start = datetime(2024, 12, 18, 11, 0, tzinfo=UTC)
    stamp = int(new_start.timestamp())
    start_reminders = {
        (user, key.split(":")[3]): due
        for key, (user, due) in after.items()
        if key.startswith(f"meeting:1:{stamp}:")
    }
    assert start_reminders == {
        ("lena", "1d"): datetime(2024, 12, 17, 11, 0, tzinfo=UTC),
        ("lena", "1h"): datetime(2024, 12, 18, 10, 0, tzinfo=UTC),
        ("pierre", "1d"): datetime(2024, 12, 17, 11, 0, tzinfo=UTC),
        ("pierre", "1h"): datetime(2024, 12, 18, 10, 0, tzinfo=UTC),
        ("diego", "1d"): datetime(2024, 12, 17, 12, 0, tzinfo=UTC),  # 06:00 Bogotá is night
        # 05:00 Bogotá is night too: the hour-before reminder comes the evening before.
        ("diego", "1h"): datetime(2024, 12, 18, 2, 59, tzinfo=UTC),
    }
    with chat.assistant.unit_of_work() as uow:
        old = [r for r in uow.reminders.find(subject="meeting") if ":1734418800:" in r.key]
    assert old
    assert {r.state for r in old} == {ReminderState.CANCELLED}

    # The list and the calendar show the new time; the .ics says it is a newer version.
    assert "M1 “" + TITLE + "” — Wed, Dec 18, 2024, 12:00 Europe/Zurich (11:00 UTC)" in chat.say(
        "/meeting list", as_user="@lena"
    )
    (event,) = ics(chat).walk("VEVENT")
    assert event.decoded("dtstart") == new_start
    assert int(event["sequence"]) == 1


def test_update_edits_the_announcement_in_place_and_bumps_the_sequence(chat: Chat) -> None:
    audience(chat)
    (event,) = ics(chat).walk("VEVENT")
    assert int(event["sequence"]) == 0
    items = handled(
        chat, "ana", '/meeting update M1 place "Hall B, Riyadh" link https://meet.example.org/igf'
    )
    assert rendered_edits(chat, items) == [
        (
            "meeting:1",
            CHANNEL,
            f"🗓 Meeting M1: “{TITLE}”\n"
            "When: Tue, Dec 17, 2024, 10:00 Asia/Riyadh (07:00 UTC) until "
            "Tue, Dec 17, 2024, 11:30 Asia/Riyadh (08:30 UTC)\n"
            "Place: Hall B, Riyadh\n"
            "Remote link: https://meet.example.org/igf\n"
            "Please RSVP by Tue, Dec 10, 2024, 23:59 Asia/Riyadh (20:59 UTC)\n"
            "Capacity: 2\n"
            "So far: 2 in person, 1 remote, 1 on the waitlist.\n"
            "RSVP with /meeting rsvp M1 in-person|remote|no.",
            3,
        )
    ]
    out = chat.say("/meeting update M1 rsvp-by 12 December 2024", as_user="ana")
    assert out.startswith(
        f"M1 “{TITLE}” updated; the 4 people attending or waiting were told:\n"
        "Please RSVP by Thu, Dec 12, 2024, 23:59 Asia/Riyadh (21:59 Europe/Zurich · 20:59 UTC)\n"
    )
    (event,) = ics(chat).walk("VEVENT")
    assert int(event["sequence"]) == 2
    assert str(event["location"]) == "Hall B, Riyadh"


def test_capacity_increase_promotes_the_waitlist_and_a_decrease_bumps_nobody(chat: Chat) -> None:
    audience(chat)
    chat.say("/meeting rsvp M1 in-person", as_user="@kim")  # second on the waitlist
    out = chat.say("/meeting update M1 capacity 3", as_user="ana")
    assert (
        f"[DM @omar] Good news: a seat has freed up and you are now confirmed for M1 “{TITLE}” "
        "on Tue, Dec 17, 2024, 07:00 UTC." in out
    )
    assert f"[DM @kim] 🗓 M1 “{TITLE}” has changed:\n          Capacity: 3\n" in out
    assert "[DM @kim] Good news" not in out
    assert rsvps(chat)["omar"] == ("in-person", False)
    assert rsvps(chat)["kim"] == ("in-person", True)
    # Omar, now attending, is reminded before the start.
    assert ("omar", datetime(2024, 12, 16, 7, 0, tzinfo=UTC)) in reminder_rows(chat).values()

    # Down to one seat: the three confirmed keep theirs; newcomers wait.
    out = chat.say("/meeting update M1 capacity 1", as_user="ana")
    assert "Capacity: 1" in out
    assert {u: v for u, v in rsvps(chat).items() if u in ("lena", "pierre", "omar")} == {
        "lena": ("in-person", False),
        "pierre": ("in-person", False),
        "omar": ("in-person", False),
    }
    assert FULL in chat.say("/meeting rsvp M1 in-person", as_user="@ahmed")
    # A seat freed while still over capacity gives nobody a seat.
    out = chat.say("/meeting rsvp M1 no", as_user="@lena")
    assert "Good news" not in out
    assert rsvps(chat)["kim"] == ("in-person", True)


def test_chair_may_update_members_and_stakeholders_may_not(chat: Chat) -> None:
    audience(chat)
    grant(chat, "kim", "chair")
    grant(chat, "ahmed", "member")
    for user in ("kim", "ahmed", "lena"):
        chat.say("hello", as_user=f"@{user}", channel=CHANNEL)
    before = table_rows(chat.application.engine)
    for user in ("ahmed", "lena"):
        for line in ("/meeting update M1 capacity 5", '/meeting cancel M1 "No quorum"'):
            assert REFUSED in chat.say(line, as_user=f"@{user}")
    assert table_rows(chat.application.engine) == before
    out = chat.say("/meeting update M1 capacity 5", as_user="@kim")
    assert out.startswith(f"M1 “{TITLE}” updated; the 4 people attending or waiting were told:")


# ---------------------------------------------------------------- /meeting cancel


def test_cancel_tells_attendees_edits_the_announcement_and_drops_reminders(chat: Chat) -> None:
    audience(chat)
    assert reminder_rows(chat)
    items = handled(chat, "ana", '/meeting cancel M1 "The session moves online"')
    assert rendered_edits(chat, items) == [
        (
            "meeting:1",
            CHANNEL,
            f"❌ Cancelled: meeting M1 “{TITLE}”\n"
            "When: Tue, Dec 17, 2024, 10:00 Asia/Riyadh (07:00 UTC) until "
            "Tue, Dec 17, 2024, 11:30 Asia/Riyadh (08:30 UTC)\n"
            "Place: IGF, Riyadh\n"
            f"Remote link: {LINK}\n"
            "Please RSVP by Tue, Dec 10, 2024, 23:59 Asia/Riyadh (20:59 UTC)\n"
            "Capacity: 2\n"
            "Reason: The session moves online",
            0,  # no RSVP buttons any more
        )
    ]
    renderer = Renderer(chat.application.translator)
    dms = {
        item.user_id: renderer.render(item.lines, item.locale, item.tz)
        for item in items
        if type(item).__name__ == "Direct"
    }
    assert dms == {
        "lena": f"❌ M1 “{TITLE}” on Tue, Dec 17, 2024, 08:00 Europe/Zurich (07:00 UTC) is "
        "cancelled.\nReason: The session moves online",
        "pierre": f"❌ M1 «\u202f{TITLE}\u202f» du mar. 17 déc. 2024, 08:00 Europe/Paris "
        "(07:00 UTC) est annulée.\nMotif\u00a0: The session moves online",
        "omar": f"❌ M1 “{TITLE}” on Tue, Dec 17, 2024, 07:00 UTC is cancelled.\n"
        "Reason: The session moves online",
        "diego": f"❌ M1 “{TITLE}” on Tue, Dec 17, 2024, 02:00 America/Bogota (07:00 UTC) is "
        "cancelled.\nReason: The session moves online",
    }
    assert not reminder_rows(chat)
    with chat.assistant.unit_of_work() as uow:
        states = {r.state for r in uow.reminders.find(subject="meeting", subject_id=1)}
    assert states == {ReminderState.CANCELLED}

    calendar = ics(chat)
    assert str(calendar["method"]) == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert str(event["status"]) == "CANCELLED"
    assert int(event["sequence"]) == 1
    assert str(event["uid"]) == "meeting-1@consultation-assistant"


def test_cancel_through_the_console_and_a_cancelled_meeting_refuses_changes(chat: Chat) -> None:
    audience(chat)
    out = chat.say("/meeting cancel M1", as_user="ana", channel=CHANNEL)
    assert out.startswith(
        f"M1 “{TITLE}” cancelled; the 4 people attending or waiting were told.\n"
        f"[DM @lena] ❌ M1 “{TITLE}” on Tue, Dec 17, 2024, 08:00 Europe/Zurich (07:00 UTC) is "
        "cancelled.\n"
    )
    assert "Reason" not in out
    before = table_rows(chat.application.engine)
    refused = "M1 has been cancelled; it can no longer be changed or answered.\n"
    assert chat.say("/meeting rsvp M1 remote", as_user="@lena") == refused
    assert chat.say("/meeting update M1 capacity 9", as_user="ana") == refused
    assert chat.say("/meeting cancel M1", as_user="ana") == refused
    assert chat.say("/meeting announce M1 #other", as_user="ana") == refused
    assert chat.say("/meeting remind M1 2d", as_user="ana") == refused
    assert table_rows(chat.application.engine) == before
    assert chat.say("/meeting list", as_user="@lena") == (
        "One upcoming meeting:\n"
        f"M1 “{TITLE}” — Tue, Dec 17, 2024, 08:00 Europe/Zurich (07:00 UTC) — cancelled\n"
    )


def test_cancel_with_nobody_to_tell(chat: Chat) -> None:
    announced_session(chat)
    out = chat.say("/meeting cancel M1", as_user="ana")
    assert out == f"M1 “{TITLE}” cancelled; nobody had answered yet, so nobody was told.\n"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/meeting update M7 capacity 3", "There is no meeting M7."),
        ("/meeting cancel M7", "There is no meeting M7."),
        ("/meeting update", "Say which meeting, for example M1."),
        ("/meeting cancel", "Say which meeting, for example M1."),
        (
            "/meeting update M1",
            "Nothing to change in M1: say at, until, place, link, capacity or rsvp-by with a "
            "new value.",
        ),
        (
            "/meeting update M1 capacity 2",
            "Nothing to change in M1: say at, until, place, link, capacity or rsvp-by with a "
            "new value.",
        ),
        ("/meeting update M1 capacity 0", "Capacity must be a whole number above zero, not “0”."),
        (
            "/meeting update M1 capacity lots",
            "Capacity must be a whole number above zero, not “lots”.",
        ),
        ("/meeting update M1 capacity -3", "Capacity must be a whole number above zero, not “-3”."),
        (
            "/meeting update M1 at someday",
            "I could not read “someday” as a date. Try “15 January 2025 18:00”, “next Tuesday "
            "17:00 Geneva”, “tomorrow 9:30” or “2025-01-31T12:00Z”.",
        ),
        (
            "/meeting update M1 at 1 October 2024 10:00",
            "Tue, Oct 1, 2024, 10:00 Asia/Riyadh (09:00 Europe/Zurich · 07:00 UTC) is already "
            "in the past. Please give a future date.",
        ),
        ("/meeting update M1 until 09:00", "A meeting must end after it starts."),
        (
            "/meeting update M1 rsvp-by 20 December 2024",
            "The RSVP deadline must be before the meeting starts.",
        ),
        (
            "/meeting update M1 at 5 December 2024 10:00",
            "The RSVP deadline must be before the meeting starts.",
        ),
        ("/meeting update M1 link ftp://x", "“ftp://x” is not a web link (https://…)."),
        ('/meeting update M1 place ""', "“place” needs a value after it."),
        ("/meeting update M1 place", "“place” needs a value after it."),
        (
            '/meeting cancel M1 "Why" extra',
            "I did not understand “extra” at the end of the command.",
        ),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(chat: Chat, line: str, reply: str) -> None:
    audience(chat)
    before = table_rows(chat.application.engine)
    out = chat.say(line, as_user="ana", channel=CHANNEL)
    assert out == reply + "\n"
    assert table_rows(chat.application.engine) == before


def test_a_started_meeting_cannot_be_changed(chat: Chat) -> None:
    audience(chat)
    chat.say("/clock 2024-12-17T07:00Z", as_user="ana")
    before = table_rows(chat.application.engine)
    assert chat.say("/meeting update M1 capacity 9", as_user="ana") == "M1 has already started.\n"
    assert chat.say("/meeting cancel M1", as_user="ana") == "M1 has already started.\n"
    assert table_rows(chat.application.engine) == before
