"""Owners of open actions are reminded, and a new owner is told (issue 14), through the console.

The actions are those of the twentieth meeting of CWG-Internet (4 October 2024, members only):
7.3.2 (the summary of the consultation, submitted by the ITU Secretariat, a body) and 6.1.2
(members share experiences on LLDC connectivity at the next meeting), owned by @wei, a member
in Shanghai. The clock starts on 2024-10-04 08:00 UTC, a Friday; the secretariat (ana) types
dates in Zurich time, so "15 October 2024" is 23:59 in Zurich, 05:59 the next day in Shanghai.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.domain.model import Action, ActionStatus, Person
from assistant.domain.reminders import plan_action
from tests.conftest import Chat
from tests.support import table_rows

WG = "#cwg-internet"
LLDC = "Share experiences on LLDC connectivity at the next meeting"
SUMMARY = (
    "The summary of the tenth online consultation will be submitted as part of the "
    "Chairman's report to Council"
)
DUE_15 = "Tue, Oct 15, 2024, 23:59 Europe/Zurich (Wed, Oct 16, 05:59 Asia/Shanghai · 21:59 UTC)"


def seed(chat: Chat) -> None:
    """The secretariat, a chair, two members (Shanghai; Paris, in French), the members-only
    meeting announced in the members-only channel, and 6.1.2 owned by @wei."""
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=WG)
    chat.say("/assistant channel members-only on")
    assert "@wojciech is now chair." in chat.say("/assistant role @wojciech chair")
    chat.say("/assistant settings tz Asia/Shanghai", as_user="@wei")
    chat.say("/assistant settings tz Europe/Paris", as_user="@pierre")
    chat.say("/assistant settings language fr", as_user="@pierre")
    chat.say("/assistant settings", as_user="@sam")
    chat.say("/assistant settings", as_user="@wojciech")
    chat.console.user = "ana"
    assert "@wei is now member." in chat.say("/assistant role @wei member")
    assert "@pierre is now member." in chat.say("/assistant role @pierre member")
    out = chat.say(
        '/meeting new "CWG-Internet 20th meeting" at 4 October 2024 14:00 zone Geneva members-only'
    )
    assert "Created M1" in out
    assert "M1 announced in #cwg-internet." in chat.say(f"/meeting announce M1 {WG}")


@pytest.fixture
def seeded(chat: Chat) -> Chat:
    seed(chat)
    out = chat.say(f'/action add ref 6.1.2 "{LLDC}" owner @wei due 15 October 2024 meeting M1')
    assert out == (
        "Recorded A1:\n"
        f"6.1.2 (A1) {LLDC} — @wei — open, due Tue, Oct 15, 2024, 23:59 Europe/Zurich (21:59 UTC)\n"
        f"[DM @wei] 📌 @ana made you the owner of action 6.1.2 “{LLDC}”, due {DUE_15}. "
        "See it with /action show 6.1.2; when it is done: /action done 6.1.2.\n"
    )
    return chat


def states(chat: Chat) -> dict[str, str]:
    with chat.assistant.unit_of_work() as uow:
        return {row.key: row.state.value for row in uow.reminders.find(subject="action")}


def due_line(left: str) -> str:
    return (
        f"[DM @wei] ⏰ Reminder: action 6.1.2 “{LLDC}” is due {DUE_15} ({left} left). "
        "When it is done: /action done 6.1.2.\n"
    )


OVERDUE = (
    f"[DM @wei] ⚠ Overdue: action 6.1.2 “{LLDC}” was due {DUE_15} and is not done yet. "
    "When it is done: /action done 6.1.2.\n"
)


# ---------------------------------------------------------------- a person who owns an action


def test_the_owner_gets_7d_1d_and_overdue_dms_once_each_out_of_their_quiet_hours(
    seeded: Chat,
) -> None:
    # 23:59 in Zurich is 05:59 in Shanghai, in Wei's quiet hours (22:00-07:00): each reminder
    # waits for 07:00 there (23:00 UTC), the day before for the 7-day and 1-day ones.
    assert seeded.say("/action reminders 6.1.2") == (
        "Planned reminders for 6.1.2 (7d,1d): 3\n"
        "Wed, Oct 9, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Tue, Oct 8, 23:00 UTC) "
        "→ @wei (before the due date)\n"
        "Tue, Oct 15, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Mon, Oct 14, 23:00 UTC) "
        "→ @wei (before the due date)\n"
        "Wed, Oct 16, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Tue, Oct 15, 23:00 UTC) "
        "→ @wei (overdue)\n"
    )
    # Not at 05:59 in Shanghai (21:59 UTC), the moment 7 days before: at 07:00 there.
    assert seeded.say("/clock 2024-10-08T22:59Z") == "Clock: 2024-10-08 22:59 UTC\n"
    assert seeded.say("/clock +1m") == "Clock: 2024-10-08 23:00 UTC\n" + due_line("6 days 22 h")
    assert seeded.say("/clock +1d") == "Clock: 2024-10-09 23:00 UTC\n"
    assert seeded.say("/clock 2024-10-14T22:59Z") == "Clock: 2024-10-14 22:59 UTC\n"
    assert seeded.say("/clock +1m") == "Clock: 2024-10-14 23:00 UTC\n" + due_line("22 h 59 min")
    assert seeded.say("/clock 2024-10-15T22:59Z") == "Clock: 2024-10-15 22:59 UTC\n"
    assert seeded.say("/clock +1m") == "Clock: 2024-10-15 23:00 UTC\n" + OVERDUE
    # Exactly once: nothing more, however the clock moves on.
    assert seeded.say("/clock +1h") == "Clock: 2024-10-16 00:00 UTC\n"
    assert seeded.say("/clock +14d") == "Clock: 2024-10-30 00:00 UTC\n"
    assert sorted(states(seeded).values()) == ["sent", "sent", "sent"]
    # Keyed by the due date and offset: a new due date makes new reminders, a re-plan the same.
    assert sorted(states(seeded)) == [
        "action:1:1729029540:1d:p3",
        "action:1:1729029540:1w:p3",
        "action:1:1729029540:overdue:p3",
    ]


def test_after_downtime_only_the_latest_useful_reminder_is_sent(seeded: Chat) -> None:
    # Down from 4 to 14 October: the 7-day and 1-day reminders both came due; one goes out.
    assert seeded.say("/clock 2024-10-14T23:30Z") == (
        "Clock: 2024-10-14 23:30 UTC\n" + due_line("22 h 29 min")
    )
    assert states(seeded) == {
        "action:1:1729029540:1w:p3": "skipped",
        "action:1:1729029540:1d:p3": "sent",
        "action:1:1729029540:overdue:p3": "pending",
    }
    # Down past the due date: the overdue notice goes out, once, within 7 days of it.
    assert seeded.say("/clock 2024-10-20T09:00Z") == "Clock: 2024-10-20 09:00 UTC\n" + OVERDUE
    assert seeded.say("/clock +1d") == "Clock: 2024-10-21 09:00 UTC\n"


def test_an_overdue_notice_more_than_7_days_late_is_dropped(seeded: Chat) -> None:
    assert seeded.say("/clock 2024-10-23T00:00Z") == "Clock: 2024-10-23 00:00 UTC\n"
    assert sorted(states(seeded).values()) == ["dropped", "dropped", "dropped"]


def test_help_for_the_new_commands(seeded: Chat) -> None:
    assert seeded.say("/assistant help action reminders") == (
        "/action reminders A1|REF — preview who is reminded of an action, and when (its owner, "
        "chair, secretariat).\nExample: /action reminders 7.3.2\n"
    )
    assert seeded.say("/assistant help action remind") == (
        "/action remind A1|REF 3d,1d | A1|REF default | default 7d,1d — when the owner is "
        "reminded before the due date: for one action (its owner, chair, secretariat) or for all "
        "without their own (secretariat).\nExample: /action remind 7.3.2 3d,1d\n"
    )


def test_done_drops_the_pending_reminders_and_reopening_plans_what_is_still_ahead(
    seeded: Chat,
) -> None:
    assert due_line("6 days 22 h") in seeded.say("/clock 2024-10-08T23:00Z")
    assert seeded.say("/action done 6.1.2", as_user="wei") == "6.1.2 is now done.\n"
    assert seeded.say("/action reminders 6.1.2") == (
        "Planned reminders for 6.1.2 (7d,1d): 0\n6.1.2 is no longer open: nobody is reminded.\n"
    )
    assert seeded.say("/clock 2024-10-20T00:00Z", as_user="ana") == "Clock: 2024-10-20 00:00 UTC\n"
    assert sorted(states(seeded).values()) == ["cancelled", "cancelled", "sent"]


def test_reopening_revives_the_reminders_still_ahead(seeded: Chat) -> None:
    assert seeded.say("/action update 6.1.2 status done", as_user="wei") == "6.1.2 is now done.\n"
    seeded.say("/clock 2024-10-10T08:00Z")
    out = seeded.say('/action update 6.1.2 status open "Not finished after all"')
    assert out == "6.1.2 is now open.\n"
    # The 7-day reminder's moment passed while it was done: not sent late. The others come.
    assert seeded.say("/action reminders 6.1.2", as_user="ana").splitlines()[0] == (
        "Planned reminders for 6.1.2 (7d,1d): 2"
    )
    assert seeded.say("/clock 2024-10-14T23:00Z") == "Clock: 2024-10-14 23:00 UTC\n" + due_line(
        "22 h 59 min"
    )
    assert seeded.say("/clock 2024-10-15T23:00Z") == "Clock: 2024-10-15 23:00 UTC\n" + OVERDUE


def test_an_edit_keeps_a_reminder_waiting_for_the_end_of_the_owners_night(seeded: Chat) -> None:
    # Overdue at 21:59 UTC, 05:59 in Shanghai: the notice waits for 07:00 there (23:00 UTC).
    assert seeded.say("/clock 2024-10-15T22:30Z") == "Clock: 2024-10-15 22:30 UTC\n"
    out = seeded.say('/action edit 6.1.2 text "Share LLDC connectivity experiences"')
    assert out.splitlines()[0] == "Changed the text of 6.1.2:"
    assert seeded.say("/clock 2024-10-15T23:00Z") == (
        "Clock: 2024-10-15 23:00 UTC\n"
        "[DM @wei] ⚠ Overdue: action 6.1.2 “Share LLDC connectivity experiences” was due "
        f"{DUE_15} and is not done yet. When it is done: /action done 6.1.2.\n"
    )


def test_a_zone_change_moves_the_owners_reminders(seeded: Chat) -> None:
    seeded.say("/assistant settings tz Europe/Zurich", as_user="wei")
    out = seeded.say("/action reminders 6.1.2", as_user="ana")
    # 23:59 in Zurich is now in Wei's own quiet hours: each reminder waits for 07:00 there.
    assert out == (
        "Planned reminders for 6.1.2 (7d,1d): 3\n"
        "Wed, Oct 9, 2024, 07:00 Europe/Zurich (05:00 UTC) → @wei (before the due date)\n"
        "Tue, Oct 15, 2024, 07:00 Europe/Zurich (05:00 UTC) → @wei (before the due date)\n"
        "Wed, Oct 16, 2024, 07:00 Europe/Zurich (05:00 UTC) → @wei (overdue)\n"
    )


# ---------------------------------------------------------------- offsets


def test_an_actions_own_offsets_and_the_default(seeded: Chat) -> None:
    out = seeded.say(f'/action add "{SUMMARY}" ref 7.3.2 owner @wojciech due 31 October 2024')
    assert "[DM @wojciech] 📌 @ana made you the owner of action 7.3.2" in out
    # Wei, the owner, changes the plan of their own action.
    # 2 hours before is 03:59 in Shanghai; 07:00 there is past the due date: the reminder
    # comes at the last minute before the quiet hours began instead.
    out = seeded.say("/action remind 6.1.2 3d,2h", as_user="wei")
    assert out == (
        "Reminders for 6.1.2 are now 3d,2h before the deadline.\n"
        "Planned reminders for 6.1.2 (3d,2h): 3\n"
        "Sun, Oct 13, 2024, 07:00 Asia/Shanghai (Sat, Oct 12, 23:00 UTC) → @wei "
        "(before the due date)\n"
        "Tue, Oct 15, 2024, 21:59 Asia/Shanghai (13:59 UTC) → @wei (before the due date)\n"
        "Wed, Oct 16, 2024, 07:00 Asia/Shanghai (Tue, Oct 15, 23:00 UTC) → @wei (overdue)\n"
    )
    # The default changes the actions without their own plan (7.3.2), not 6.1.2.
    out = seeded.say("/action remind default 14d,2d", as_user="ana")
    assert out == (
        "Actions without reminders of their own are now reminded 2w,2d before they are due, "
        "and once when overdue.\n"
    )
    assert seeded.say("/action reminders 7.3.2").splitlines()[0] == (
        "Planned reminders for 7.3.2 (2w,2d): 3"
    )
    assert seeded.say("/action reminders 6.1.2").splitlines()[0] == (
        "Planned reminders for 6.1.2 (3d,2h): 3"
    )
    # Back to the default.
    out = seeded.say("/action remind 6.1.2 default")
    assert out.splitlines()[:2] == [
        "Reminders for 6.1.2 are now 2w,2d before the deadline.",
        "Planned reminders for 6.1.2 (2w,2d): 2",  # the 14-day moment has passed
    ]
    out = seeded.say("/clock 2024-10-18T07:00Z")
    assert out.count("[DM @wojciech] ⏰ Reminder: action 7.3.2") == 1
    assert "[DM @wei] ⚠ Overdue: action 6.1.2" in out


@pytest.mark.parametrize(
    ("user", "line", "reply"),
    [
        ("ana", "/action remind 6.1.2 0h", "A reminder comes between 1m and 365d"),
        ("ana", "/action remind 6.1.2 soon", "“soon”"),
        ("ana", "/action remind 6.1.2", "“”"),
        ("ana", "/action remind", "Say which action, by id (A1) or reference (7.3.1)."),
        ("ana", "/action reminders 9.9.9", "There is no action 9.9.9."),
        (
            "pierre",
            "/action remind 6.1.2 3d",
            "Seuls le ou la responsable de 6.1.2, la présidence ou le secrétariat peuvent",
        ),
        (
            "wojciech",
            "/action remind default 3d",
            "Only the secretariat can change the default reminders of actions.",
        ),
        ("sam", "/action reminders 6.1.2", "does not allow that"),
    ],
)
def test_bad_or_refused_remind_changes_nothing(
    seeded: Chat, user: str, line: str, reply: str
) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say(line, as_user=user)
    assert reply in out, out
    assert table_rows(seeded.application.engine) == before


# ---------------------------------------------------------------- a body that owns an action


def test_a_body_owner_is_reminded_in_the_channel_of_the_actions_meeting(seeded: Chat) -> None:
    out = seeded.say(
        f'/action add ref 7.3.2 "{SUMMARY}" owner "ITU Secretariat" due 7 October 2024 meeting M1'
    )
    assert "[DM" not in out
    # Recorded on 4 October: the 7-day moment has passed, the 1-day one and the overdue one come.
    assert seeded.say("/action reminders 7.3.2") == (
        "Planned reminders for 7.3.2 (7d,1d): 2\n"
        "Sun, Oct 6, 2024, 21:59 UTC (23:59 Europe/Zurich) → #cwg-internet (before the due date)\n"
        "Mon, Oct 7, 2024, 21:59 UTC (23:59 Europe/Zurich) → #cwg-internet (overdue)\n"
    )
    due = "Mon, Oct 7, 2024, 23:59 Europe/Zurich (21:59 UTC)"
    assert seeded.say("/clock 2024-10-06T21:58Z") == "Clock: 2024-10-06 21:58 UTC\n"
    assert seeded.say("/clock +1m") == (
        "Clock: 2024-10-06 21:59 UTC\n"
        f"[#cwg-internet] ⏰ Reminder for ITU Secretariat: action 7.3.2 “{SUMMARY}” is due {due} "
        "(1 day 0 h left). When it is done: /action done 7.3.2.\n"
    )
    assert seeded.say("/clock 2024-10-07T21:59Z") == (
        "Clock: 2024-10-07 21:59 UTC\n"
        f"[#cwg-internet] ⚠ For ITU Secretariat: action 7.3.2 “{SUMMARY}” was due {due} and is "
        "not done yet. When it is done: /action done 7.3.2.\n"
    )
    assert "[#cwg-internet]" not in seeded.say("/clock +7d")


def test_a_body_owner_without_meeting_or_channel_is_not_reminded_and_the_preview_says_why(
    seeded: Chat,
) -> None:
    seeded.say('/action add ref 7.3.3 "Consider the responses" owner "ITU bureaux" due 1 Nov 2024')
    assert seeded.say("/action reminders 7.3.3") == (
        "Planned reminders for 7.3.3 (7d,1d): 0\n"
        "7.3.3 is owned by a body and linked to no meeting: a body is reminded in the channels "
        "of the action's meeting.\n"
    )
    seeded.say('/meeting new "CWG-Internet 21st meeting" at 20 November 2024 10:00 zone Geneva')
    seeded.say("/action edit 7.3.3 meeting M2")
    assert seeded.say("/action reminders 7.3.3") == (
        "Planned reminders for 7.3.3 (7d,1d): 0\n"
        "7.3.3 is owned by a body, and its meeting was not announced in any channel where it "
        "may be posted.\n"
    )
    # Announcing the meeting re-plans the actions agreed at it.
    seeded.say("/meeting announce M2 #wsis")
    assert seeded.say("/action reminders 7.3.3").splitlines() == [
        "Planned reminders for 7.3.3 (7d,1d): 3",
        "Fri, Oct 25, 2024, 22:59 UTC (Sat, Oct 26, 00:59 Europe/Zurich) → #wsis "
        "(before the due date)",
        "Thu, Oct 31, 2024, 22:59 UTC (23:59 Europe/Zurich) → #wsis (before the due date)",
        "Fri, Nov 1, 2024, 22:59 UTC (23:59 Europe/Zurich) → #wsis (overdue)",
    ]


def test_a_members_only_action_is_not_posted_in_a_channel_no_longer_members_only(
    seeded: Chat,
) -> None:
    seeded.say(
        f'/action add ref 7.3.2 "{SUMMARY}" owner "ITU Secretariat" due 7 October 2024 meeting M1'
    )
    seeded.say("/assistant channel members-only off", channel=WG)
    assert SUMMARY not in seeded.say("/clock 2024-10-06T22:00Z")
    assert SUMMARY not in seeded.say("/clock 2024-10-08T00:00Z")
    assert sorted(v for k, v in states(seeded).items() if ":c" in k) == ["cancelled", "cancelled"]


# ---------------------------------------------------------------- changes re-plan


def test_a_new_due_date_replans_and_a_new_owner_is_told_in_their_language(seeded: Chat) -> None:
    out = seeded.say("/action edit 6.1.2 due 22 October 2024")
    assert out.splitlines()[0] == "Changed the due date of 6.1.2:"
    assert "[DM" not in out  # the owner stays the same: nobody is told
    assert seeded.say("/action reminders 6.1.2").splitlines() == [
        "Planned reminders for 6.1.2 (7d,1d): 3",
        "Wed, Oct 16, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Tue, Oct 15, 23:00 UTC) "
        "→ @wei (before the due date)",
        "Tue, Oct 22, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Mon, Oct 21, 23:00 UTC) "
        "→ @wei (before the due date)",
        "Wed, Oct 23, 2024, 07:00 Asia/Shanghai (01:00 Europe/Zurich · Tue, Oct 22, 23:00 UTC) "
        "→ @wei (overdue)",
    ]
    out = seeded.say("/action edit 6.1.2 owner @pierre")
    assert out == (
        "Changed the owner of 6.1.2:\n"
        f"6.1.2 (A1) {LLDC} — @pierre — open, due Tue, Oct 22, 2024, 23:59 Europe/Zurich "
        "(21:59 UTC)\n"
        f"[DM @pierre] 📌 @ana vous a confié l’action 6.1.2 «\u202f{LLDC}\u202f», échéance le "
        "mar. 22 oct. 2024, 23:59 Europe/Zurich (23:59 Europe/Paris · 21:59 UTC). Pour la "
        "consulter\u00a0: /action show 6.1.2\u00a0; une fois terminée\u00a0: /action done 6.1.2.\n"
    )
    assert seeded.say("/action reminders 6.1.2").splitlines() == [
        "Planned reminders for 6.1.2 (7d,1d): 3",
        "Wed, Oct 16, 2024, 07:00 Europe/Paris (07:00 Europe/Zurich · 05:00 UTC) → @pierre "
        "(before the due date)",
        "Tue, Oct 22, 2024, 07:00 Europe/Paris (07:00 Europe/Zurich · 05:00 UTC) → @pierre "
        "(before the due date)",
        "Wed, Oct 23, 2024, 07:00 Europe/Paris (07:00 Europe/Zurich · 05:00 UTC) → @pierre "
        "(overdue)",
    ]
    out = seeded.say("/clock 2024-10-16T05:00Z")
    assert out == (
        "Clock: 2024-10-16 05:00 UTC\n"
        f"[DM @pierre] ⏰ Rappel\u00a0: l’action 6.1.2 «\u202f{LLDC}\u202f» arrive à échéance le "
        "mar. 22 oct. 2024, 23:59 Europe/Zurich (23:59 Europe/Paris · 21:59 UTC) (il reste "
        "6 jours 16 h). Une fois terminée\u00a0: /action done 6.1.2.\n"
    )
    assert "@wei" not in seeded.say("/clock 2024-10-25T00:00Z")


def test_assigning_an_action_to_oneself_or_to_a_body_tells_nobody(seeded: Chat) -> None:
    out = seeded.say('/action add "Draft the agenda" owner @ana due 1 November 2024')
    assert out == (
        "Recorded A2:\n"
        "A2 Draft the agenda — @ana — open, due Fri, Nov 1, 2024, 23:59 Europe/Zurich (22:59 UTC)\n"
    )
    out = seeded.say('/action edit A2 owner "ITU Secretariat"')
    assert "[DM" not in out


def test_an_action_recorded_after_its_due_date_is_not_reminded(seeded: Chat) -> None:
    out = seeded.say('/action add "Circulate the draft report" owner @wei due 1 October 2024')
    assert out.splitlines()[-1] == (
        "[DM @wei] 📌 @ana made you the owner of action A2 “Circulate the draft report”, due "
        "Tue, Oct 1, 2024, 23:59 Europe/Zurich (Wed, Oct 2, 05:59 Asia/Shanghai · 21:59 UTC) "
        "⚠ overdue. See it with /action show A2; when it is done: /action done A2."
    )
    assert seeded.say("/action reminders A2") == (
        "Planned reminders for A2 (7d,1d): 0\nNo reminder of A2 is still ahead.\n"
    )


def test_a_stakeholder_owner_of_a_members_only_action_is_neither_told_nor_reminded(
    seeded: Chat,
) -> None:
    out = seeded.say('/action add "Book the room" owner @sam due 1 November 2024 meeting M1')
    assert "[DM" not in out
    assert seeded.say("/action reminders A2").splitlines()[-1] == (
        "The owner of A2 may not see actions of a members-only meeting: nobody is reminded."
    )
    # Made a member: the reminders are planned for them.
    seeded.say("/assistant role @sam member")
    assert seeded.say("/action reminders A2").splitlines()[0] == (
        "Planned reminders for A2 (7d,1d): 3"
    )


# ---------------------------------------------------------------- the plan itself


def test_plan_action_skips_moments_before_it_was_planned() -> None:
    due = datetime(2024, 10, 15, 21, 59, tzinfo=UTC)
    owner = Person(id=7, platform="console", user_id="wei", display_name="wei", tz="UTC")
    action = Action(
        id=3,
        text=LLDC,
        owner_person_id=7,
        due_at=due,
        created_by=1,
        created_at=due - timedelta(days=30),
        updated_at=due - timedelta(days=30),
    )
    plan = plan_action(
        action, owner=owner, channel_ids=[], offsets="7d,1d", planned_from=due - timedelta(days=3)
    )
    assert [(p.key, p.kind, p.due_at, p.deadline) for p in plan] == [
        ("action:3:1729029540:1d:p7", "action-due", due - timedelta(days=1), due),
        ("action:3:1729029540:overdue:p7", "action-overdue", due, due + timedelta(days=7)),
    ]
    done = Action(**{**action.__dict__, "status": ActionStatus.DONE})
    assert plan_action(done, owner=owner, channel_ids=[], offsets="", planned_from=due) == []
