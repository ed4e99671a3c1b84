"""Action items through the console: `/action add|list|show|update|done`, as in the seed report.

The actions are those of the twentieth meeting of CWG-Internet (4 October 2024): 7.3.1 (ITU
Secretariat launches the next round of open consultations), 7.3.2 (summary submitted as part of
the Chairman's report to Council) and 7.3.3 (Directors of all the ITU bureaux consider the
responses). The clock starts on 2024-10-04 08:00 UTC, a Friday.
"""

from __future__ import annotations

import pytest

from tests.conftest import Chat
from tests.support import table_rows

WG = "#cwg-internet"

ACTION_731 = "ITU Secretariat will launch the next round of Open Consultations"
ACTION_732 = (
    "The summary of the tenth online consultation will be submitted as part of the "
    "Chairman's report to Council"
)
ACTION_733 = "Directors of all the ITU bureaux are invited to consider the consultation responses"
LLDC = "Share experiences on LLDC connectivity at the next meeting"

REFUSED = "does not allow that"
# A refusal for a role then says who grants roles.
GRANTED = "Roles are granted by the secretariat: @ana."


def seed(chat: Chat) -> None:
    """The secretariat (ana) records the meeting and its actions; people get their roles."""
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=WG)
    assert "@wojciech is now chair" in chat.say("/assistant role @wojciech chair")
    assert "@lena is now member" in chat.say("/assistant role @lena member")
    # Everyone speaks once in the channel, so that later refusals leave no trace at all.
    assert "role chair" in chat.say("/assistant settings", as_user="@wojciech")
    assert "role member" in chat.say("/assistant settings", as_user="@lena")
    assert "role stakeholder" in chat.say("/assistant settings", as_user="@sam")
    out = chat.say(
        '/meeting new "CWG-Internet 20th meeting" at 4 October 2024 14:00 zone Geneva members-only',
        as_user="ana",
    )
    assert "Created M1" in out
    out = chat.say(
        f'/action add ref 7.3.1 "{ACTION_731}" owner "ITU Secretariat" due 7 October 2024 '
        "meeting M1"
    )
    assert "Recorded A1:" in out, out
    out = chat.say(
        f'/action add ref 7.3.2 "{ACTION_732}" owner @wojciech due 15 October 2024 meeting M1'
    )
    assert "Recorded A2:" in out, out
    out = chat.say(
        f'/action add ref 7.3.3 "{ACTION_733}" owner "Directors of all the ITU bureaux" meeting M1'
    )
    assert "Recorded A3:" in out, out
    out = chat.say(f'/action add "{LLDC}" owner @lena due 5 October 2024')
    assert "Recorded A4:" in out, out


@pytest.fixture
def seeded(chat: Chat) -> Chat:
    seed(chat)
    return chat


# ---------------------------------------------------------------- add


def test_add_with_ref_body_owner_due_and_meeting_echoes_the_action(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=WG)
    chat.say('/meeting new "CWG-Internet 20th meeting" at 4 October 2024 14:00 zone Geneva')
    out = chat.say(
        f'/action add ref 7.3.1 "{ACTION_731}" owner "ITU Secretariat" due 7 October 2024 '
        "meeting M1"
    )
    assert out.splitlines() == [
        "Recorded A1:",
        f"7.3.1 (A1) {ACTION_731} — ITU Secretariat — open, "
        "due Mon, Oct 7, 2024, 23:59 Europe/Zurich (21:59 UTC)",
    ]
    out = chat.say("/action show A1")
    assert "Agreed at M1 “CWG-Internet 20th meeting”." in out


def test_the_help_example_for_action_add_works_as_written(chat: Chat) -> None:
    example = chat.say("/assistant help action add").splitlines()[-1]
    assert example.startswith("Example: /action add ref 7.3.1 ")
    out = chat.say(example.removeprefix("Example: "))
    assert "Recorded A1:" in out
    assert "7.3.1 (A1) Launch the open consultation on multilingualization — ITU Secretariat" in out


def test_add_with_a_person_as_owner_mentions_them(chat: Chat) -> None:
    chat.say("/assistant role @wojciech chair", channel=WG)
    out = chat.say(f'/action add ref 7.3.2 "{ACTION_732}" owner @wojciech due 15 October 2024')
    assert f"7.3.2 (A1) {ACTION_732} — @wojciech — open, due Tue, Oct 15, 2024, 23:59 UTC" in out


def test_add_without_ref_or_due(chat: Chat) -> None:
    out = chat.say(f'/action add "{ACTION_733}" owner "Directors of all the ITU bureaux"')
    assert out.splitlines() == [
        "Recorded A1:",
        f"A1 {ACTION_733} — Directors of all the ITU bureaux — open",
    ]


def test_a_duplicate_ref_is_refused_and_nothing_is_stored(seeded: Chat) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say('/action add ref 7.3.1 "Launch it again" owner "ITU Secretariat"')
    assert out.strip() == "The reference 7.3.1 is already used by another action."
    assert table_rows(seeded.application.engine) == before
    assert "All actions (4):" in seeded.say("/action list all")


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/action add ref 7.3.9 "Text"', "Say who owns the action"),
        ('/action add ref 7.3.9 owner "ITU Secretariat"', "Give the text between quotes."),
        ('/action add ref A7 "Text" owner "ITU Secretariat"', "“A7” is not a usable reference"),
        ('/action add "Text" owner @nobody', "I don't know nobody yet"),
        ('/action add "Text" owner "ITU Secretariat" meeting M9', "There is no meeting M9."),
        ('/action add "Text" owner "ITU Secretariat" due someday', "I could not read “someday”"),
    ],
)
def test_add_with_bad_arguments_is_refused_and_nothing_is_stored(
    seeded: Chat, line: str, reply: str
) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say(line, as_user="ana")
    assert reply in out
    assert table_rows(seeded.application.engine) == before


def test_chair_may_add_but_member_and_stakeholder_may_not(seeded: Chat) -> None:
    out = seeded.say('/action add "Prepare the agenda" owner @lena', as_user="@wojciech")
    assert "Recorded A5:" in out
    before = table_rows(seeded.application.engine)
    for user, role in (("@lena", "member"), ("@sam", "stakeholder")):
        out = seeded.say('/action add "Prepare the agenda" owner @lena', as_user=user)
        assert out.strip() == f"Sorry, your role ({role}) {REFUSED}. Nothing was changed. {GRANTED}"
    assert table_rows(seeded.application.engine) == before


# ---------------------------------------------------------------- list


def test_list_open_is_the_default_sorted_by_due_date(seeded: Chat) -> None:
    out = seeded.say("/action list", as_user="ana")
    assert out == seeded.say("/action list open")
    assert out.splitlines() == [
        "Open actions (4):",
        f"A4 {LLDC} — @lena — open, due Sat, Oct 5, 2024, 23:59 Europe/Zurich (21:59 UTC)",
        f"7.3.1 (A1) {ACTION_731} — ITU Secretariat — open, "
        "due Mon, Oct 7, 2024, 23:59 Europe/Zurich (21:59 UTC)",
        f"7.3.2 (A2) {ACTION_732} — @wojciech — open, "
        "due Tue, Oct 15, 2024, 23:59 Europe/Zurich (21:59 UTC)",
        f"7.3.3 (A3) {ACTION_733} — Directors of all the ITU bureaux — open",
    ]


def test_list_mine_shows_only_the_speakers_actions(seeded: Chat) -> None:
    out = seeded.say("/action list mine", as_user="@lena")
    assert out.splitlines()[0] == "Your actions (1):"
    assert f"A4 {LLDC} — @lena — open" in out
    assert "7.3." not in out
    assert seeded.say("/action list mine", as_user="@wojciech").splitlines()[0] == (
        "Your actions (1):"
    )
    assert seeded.say("/action list mine", as_user="ana").strip() == "You have no open actions."


def test_list_week_is_the_speakers_calendar_week(seeded: Chat) -> None:
    # Friday 4 October: the week ends on Sunday 6 October in Zurich.
    out = seeded.say("/action list week", as_user="ana")
    assert out.splitlines()[0] == "Actions due this week (1):"
    assert "A4 " in out
    assert "7.3.1" not in out
    seeded.say("/clock +3d")  # Monday 7 October: a new week, to Sunday 13 October
    out = seeded.say("/action list week")
    assert out.splitlines()[0] == "Actions due this week (1):"
    assert "7.3.1 (A1)" in out
    assert "7.3.2" not in out  # due on the 15th, next week
    assert "A4 " not in out  # already past, so overdue rather than due
    seeded.say("/clock +7d")  # Monday 14 October
    out = seeded.say("/action list week")
    assert out.splitlines() == [
        "Actions due this week (1):",
        f"7.3.2 (A2) {ACTION_732} — @wojciech — open, "
        "due Tue, Oct 15, 2024, 23:59 Europe/Zurich (21:59 UTC)",
    ]


def test_list_by_owner_person_and_body(seeded: Chat) -> None:
    out = seeded.say("/action list owner @wojciech", as_user="ana")
    assert out.splitlines() == [
        "Open actions (1):",
        f"7.3.2 (A2) {ACTION_732} — @wojciech — open, "
        "due Tue, Oct 15, 2024, 23:59 Europe/Zurich (21:59 UTC)",
    ]
    out = seeded.say('/action list owner "ITU Secretariat"')
    assert out.splitlines()[0] == "Open actions (1):"
    assert "7.3.1 (A1)" in out
    # Bodies match whatever the case.
    out = seeded.say('/action list all owner "directors of all the ITU Bureaux"')
    assert out.splitlines()[0] == "All actions (1):"
    assert "7.3.3 (A3)" in out
    out = seeded.say("/action list owner @nobody")
    assert "I don't know nobody yet" in out
    out = seeded.say("/action list sometimes")
    assert out.strip() == "“sometimes” is not a list; choose open, mine, overdue, week or all."


def test_list_all_includes_done_and_cancelled_but_open_does_not(seeded: Chat) -> None:
    seeded.say('/action done 7.3.1 "Round launched on 7 October"', as_user="ana")
    seeded.say("/action update A4 status cancelled", as_user="ana")
    out = seeded.say("/action list")
    assert out.splitlines()[0] == "Open actions (2):"
    assert "7.3.1" not in out
    assert "A4 " not in out
    out = seeded.say("/action list all")
    assert out.splitlines()[0] == "All actions (4):"
    assert f"7.3.1 (A1) {ACTION_731} — ITU Secretariat — done" in out
    assert f"A4 {LLDC} — @lena — cancelled" in out


def test_overdue_after_the_clock_moves(seeded: Chat) -> None:
    assert seeded.say("/action list overdue", as_user="ana").strip() == "Nothing is overdue."
    out = seeded.say("/clock +5d")
    assert "Clock: 2024-10-09 08:00 UTC" in out
    out = seeded.say("/action list overdue")
    assert out.splitlines() == [
        "Overdue actions (2):",
        f"A4 {LLDC} — @lena — open, due Sat, Oct 5, 2024, 23:59 Europe/Zurich (21:59 UTC)"
        " ⚠ overdue",
        f"7.3.1 (A1) {ACTION_731} — ITU Secretariat — open, "
        "due Mon, Oct 7, 2024, 23:59 Europe/Zurich (21:59 UTC) ⚠ overdue",
    ]
    # A finished action is no longer overdue.
    seeded.say("/action done 7.3.1")
    out = seeded.say("/action list overdue")
    assert out.splitlines()[0] == "Overdue actions (1):"
    assert "7.3.1" not in out
    # The open list flags overdue items too.
    out = seeded.say("/action list")
    assert "A4 " in out
    assert "⚠ overdue" in out


def test_stakeholders_do_not_see_actions_of_members_only_meetings(seeded: Chat) -> None:
    out = seeded.say("/action list all", as_user="@sam")
    assert out.splitlines() == [
        "All actions (1):",
        # The due date keeps the zone it was given in, plus the reader's (UTC).
        f"A4 {LLDC} — @lena — open, due Sat, Oct 5, 2024, 23:59 Europe/Zurich (21:59 UTC)",
    ]
    assert seeded.say("/action show 7.3.1").strip() == "There is no action 7.3.1."
    assert seeded.say("/action show A2").strip() == "There is no action A2."
    assert seeded.say("/action list mine").strip() == "You have no open actions."


# ---------------------------------------------------------------- show


def test_show_by_id_and_by_ref_with_history(seeded: Chat) -> None:
    by_ref = seeded.say("/action show 7.3.2", as_user="ana")
    assert by_ref == seeded.say("/action show A2")
    assert by_ref == seeded.say("/action show a2")
    assert by_ref.splitlines() == [
        f"7.3.2 (A2) {ACTION_732} — @wojciech — open, "
        "due Tue, Oct 15, 2024, 23:59 Europe/Zurich (21:59 UTC)",
        "Agreed at M1 “CWG-Internet 20th meeting”.",
        "History:",
        "· Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) @ana: open",
    ]
    seeded.say("/clock +1d")
    seeded.say('/action update 7.3.2 status in-progress "Summary drafted"', as_user="@wojciech")
    seeded.say("/clock +2h")
    seeded.say("/action update 7.3.2 status blocked", as_user="ana")
    out = seeded.say("/action show 7.3.2")
    assert out.splitlines()[0].startswith(f"7.3.2 (A2) {ACTION_732} — @wojciech — blocked, due")
    assert out.splitlines()[2:] == [
        "History:",
        "· Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) @ana: open",
        "· Sat, Oct 5, 2024, 10:00 Europe/Zurich (08:00 UTC) @wojciech: in progress"
        " — Summary drafted",
        "· Sat, Oct 5, 2024, 12:00 Europe/Zurich (10:00 UTC) @ana: blocked",
    ]


def test_show_unknown_action(seeded: Chat) -> None:
    assert seeded.say("/action show A99", as_user="ana").strip() == "There is no action A99."
    assert seeded.say("/action show 9.9.9").strip() == "There is no action 9.9.9."
    assert seeded.say("/action show").strip() == (
        "Say which action, by id (A1) or reference (7.3.1)."
    )


# ---------------------------------------------------------------- update and done


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        ("open", "open"),
        ("in-progress", "in progress"),
        ("blocked", "blocked"),
        ("done", "done"),
        ("cancelled", "cancelled"),
    ],
)
def test_update_every_status_with_a_note(seeded: Chat, status: str, shown: str) -> None:
    out = seeded.say(f'/action update 7.3.1 status {status} "Checked with BDT"', as_user="ana")
    assert out.strip() == f"7.3.1 is now {shown}."
    out = seeded.say("/action show A1")
    assert f"{ACTION_731} — ITU Secretariat — {shown}" in out
    assert out.splitlines()[-1].endswith(f"@ana: {shown} — Checked with BDT")


def test_update_without_a_ref_uses_the_id(seeded: Chat) -> None:
    out = seeded.say("/action update A4 status in-progress", as_user="ana")
    assert out.strip() == "A4 is now in progress."


def test_update_with_a_bad_status_is_refused(seeded: Chat) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say("/action update 7.3.1 status finished", as_user="ana")
    assert out.strip() == (
        "“finished” is not a status; choose open, in-progress, blocked, done or cancelled."
    )
    out = seeded.say("/action update 7.3.1")
    assert out.strip() == "Say: status open|in-progress|blocked|done|cancelled."
    out = seeded.say("/action update A99 status done")
    assert out.strip() == "There is no action A99."
    assert table_rows(seeded.application.engine) == before


def test_done_with_and_without_note(seeded: Chat) -> None:
    out = seeded.say('/action done 7.3.1 "Round launched on 7 October"', as_user="ana")
    assert out.strip() == "7.3.1 is now done."
    assert seeded.say("/action done A3").strip() == "7.3.3 is now done."
    out = seeded.say("/action show 7.3.1")
    assert out.splitlines()[-1].endswith("@ana: done — Round launched on 7 October")
    out = seeded.say("/action show A3")
    assert out.splitlines()[-1].endswith("@ana: done")


def test_chair_may_update_any_action(seeded: Chat) -> None:
    out = seeded.say('/action done 7.3.1 "Launched"', as_user="@wojciech")
    assert out.strip() == "7.3.1 is now done."
    assert "@wojciech: done — Launched" in seeded.say("/action show 7.3.1")


def test_members_may_update_only_the_actions_they_own(seeded: Chat) -> None:
    out = seeded.say('/action update A4 status in-progress "Drafting"', as_user="@lena")
    assert out.strip() == "A4 is now in progress."
    assert seeded.say('/action done A4 "Shared at the meeting"').strip() == "A4 is now done."
    before = table_rows(seeded.application.engine)
    out = seeded.say("/action update 7.3.2 status done", as_user="@lena")
    assert out.strip() == "Only the owner of 7.3.2, the chair or the secretariat can update it."
    out = seeded.say("/action done 7.3.1")
    assert out.strip() == "Only the owner of 7.3.1, the chair or the secretariat can update it."
    assert table_rows(seeded.application.engine) == before
    assert "7.3.2 (A2)" in seeded.say("/action list owner @wojciech", as_user="ana")


def test_a_member_who_owns_no_action_still_cannot_touch_a_body_owned_one(seeded: Chat) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say("/action done 7.3.3", as_user="@lena")
    assert "Only the owner of 7.3.3" in out
    assert table_rows(seeded.application.engine) == before


def test_stakeholders_may_never_update_even_their_own_actions(seeded: Chat) -> None:
    seeded.say('/action add "Send the IGF session report" owner @sam', as_user="ana")
    before = table_rows(seeded.application.engine)
    for line in (
        "/action done A5",
        '/action update A5 status in-progress "Started"',
        "/action done A4",
        "/action update 7.3.1 status done",
    ):
        out = seeded.say(line, as_user="@sam")
        assert out.strip() == (
            f"Sorry, your role (stakeholder) {REFUSED}. Nothing was changed. {GRANTED}"
        )
    assert table_rows(seeded.application.engine) == before
    assert "Your actions (1):" in seeded.say("/action list mine", as_user="@sam")


# ---------------------------------------------------------------- edit


def test_edit_each_field_and_the_history_shows_every_change(seeded: Chat) -> None:
    new_text = "ITU Secretariat will launch the 11th round of Open Consultations"
    out = seeded.say(f'/action edit 7.3.1 text "{new_text}"', as_user="ana")
    assert out.splitlines() == [
        "Changed the text of 7.3.1:",
        "7.3.1 (A1) ITU Secretariat will launch the 11th round of Open Consultations"
        " — ITU Secretariat — open, due Mon, Oct 7, 2024, 23:59 Europe/Zurich (21:59 UTC)",
    ]
    seeded.say("/clock +1h")
    out = seeded.say("/action edit A1 owner @lena")
    assert out.splitlines()[0] == "Changed the owner of 7.3.1:"
    assert "— @lena — open" in out
    assert "Your actions (2):" in seeded.say("/action list mine", as_user="@lena")
    seeded.say("/clock +1h", as_user="ana")
    out = seeded.say("/action edit 7.3.1 due 21 October 2024 17:00")
    assert out.splitlines()[1].endswith(
        "— @lena — open, due Mon, Oct 21, 2024, 17:00 Europe/Zurich (15:00 UTC)"
    )
    out = seeded.say("/action edit 7.3.1 ref 7.3.4")
    assert out.splitlines()[0] == "Changed the reference of 7.3.1:"
    assert out.splitlines()[1].startswith("7.3.4 (A1) ")
    assert seeded.say("/action show 7.3.1").strip() == "There is no action 7.3.1."
    out = seeded.say('/action edit 7.3.4 owner "ITU Secretariat"')
    out = seeded.say("/action edit 7.3.4 due none")
    assert out.splitlines()[1] == (
        "7.3.4 (A1) ITU Secretariat will launch the 11th round of Open Consultations"
        " — ITU Secretariat — open"
    )
    out = seeded.say("/action show A1")
    assert out.splitlines() == [
        "7.3.4 (A1) ITU Secretariat will launch the 11th round of Open Consultations"
        " — ITU Secretariat — open",
        "Agreed at M1 “CWG-Internet 20th meeting”.",
        "History:",
        "· Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) @ana: open",
        "· Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) @ana: text changed to"
        " “ITU Secretariat will launch the 11th round of Open Consultations”",
        "· Fri, Oct 4, 2024, 11:00 Europe/Zurich (09:00 UTC) @ana: owner changed to @lena",
        "· Fri, Oct 4, 2024, 12:00 Europe/Zurich (10:00 UTC) @ana: due date changed to"
        " Mon, Oct 21, 2024, 17:00 Europe/Zurich (15:00 UTC)",
        "· Fri, Oct 4, 2024, 12:00 Europe/Zurich (10:00 UTC) @ana: reference changed to 7.3.4",
        "· Fri, Oct 4, 2024, 12:00 Europe/Zurich (10:00 UTC) @ana: owner changed to"
        " ITU Secretariat",
        "· Fri, Oct 4, 2024, 12:00 Europe/Zurich (10:00 UTC) @ana: due date removed",
    ]


def test_an_edit_that_changes_nothing_records_nothing(seeded: Chat) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say("/action edit 7.3.2 owner @wojciech", as_user="ana")
    assert out.strip() == "7.3.2 already has that owner. Nothing was changed."
    out = seeded.say("/action edit 7.3.2 ref 7.3.2")
    assert out.strip() == "7.3.2 already has that reference. Nothing was changed."
    assert table_rows(seeded.application.engine) == before


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/action edit A99 text "New"', "There is no action A99."),
        ('/action edit 9.9.9 text "New"', "There is no action 9.9.9."),
        ("/action edit 7.3.1 due someday", "I could not read “someday”"),
        ("/action edit 7.3.1 ref 7.3.2", "The reference 7.3.2 is already used by another action."),
        ("/action edit 7.3.1 ref A2", "“A2” is not a usable reference"),
        ('/action edit 7.3.1 text ""', "Give the text between quotes."),
        ('/action edit 7.3.1 text "   "', "Give the text between quotes."),
        ("/action edit 7.3.1 text", "text"),
        ("/action edit 7.3.1 owner @nobody", "I don't know nobody yet"),
        ("/action edit 7.3.1 meeting M9", "There is no meeting M9."),
        ("/action edit 7.3.1 status done", "Say what to change: text"),
        ("/action edit 7.3.1", "Say what to change: text"),
        ("/action edit", "Say which action, by id (A1) or reference (7.3.1)."),
    ],
)
def test_edit_with_bad_input_is_refused_and_nothing_is_stored(
    seeded: Chat, line: str, reply: str
) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say(line, as_user="ana")
    assert reply in out, out
    assert table_rows(seeded.application.engine) == before


def test_edit_permissions_owner_may_change_text_and_due_only(seeded: Chat) -> None:
    # The chair may change anything.
    out = seeded.say("/action edit 7.3.1 due 8 October 2024", as_user="@wojciech")
    assert out.splitlines()[0] == "Changed the due date of 7.3.1:"
    # A member who owns an action may change its text and due date...
    out = seeded.say(
        '/action edit A4 text "Share LLDC experiences at the 21st meeting"', as_user="@lena"
    )
    assert out.splitlines()[0] == "Changed the text of A4:"
    out = seeded.say("/action edit A4 due 12 October 2024")
    assert out.splitlines()[0] == "Changed the due date of A4:"
    before = table_rows(seeded.application.engine)
    # ...but not who owns it, its reference or its meeting,
    for field, shown in (
        ("owner @wojciech", "owner"),
        ("ref 7.3.5", "reference"),
        ("meeting M1", "meeting"),
    ):
        out = seeded.say(f"/action edit A4 {field}")
        assert out.strip() == f"Only the chair or the secretariat can change the {shown} of A4."
    # and nothing of an action somebody else owns.
    out = seeded.say('/action edit 7.3.2 text "Mine now"')
    assert out.strip() == "Only the owner of 7.3.2, the chair or the secretariat can update it."
    # Stakeholders edit nothing, not even their own actions.
    for line in ('/action edit A4 text "Mine"', "/action edit 7.3.1 due none"):
        out = seeded.say(line, as_user="@sam")
        assert out.strip() == (
            f"Sorry, your role (stakeholder) {REFUSED}. Nothing was changed. {GRANTED}"
        )
    assert table_rows(seeded.application.engine) == before
    history = seeded.say("/action show A4", as_user="ana").splitlines()[-2:]
    assert history[0].endswith(
        "@lena: text changed to “Share LLDC experiences at the 21st meeting”"
    )
    # In lena's zone (UTC), shown to ana in hers.
    assert history[1].endswith(
        "@lena: due date changed to Sat, Oct 12, 2024, 23:59 UTC (Sun, Oct 13, 01:59 Europe/Zurich)"
    )


def test_a_typed_note_cannot_pass_for_an_edit(seeded: Chat) -> None:
    seeded.say('/action update A4 status in-progress "text changed to forged"', as_user="ana")
    assert (
        seeded.say("/action show A4")
        .splitlines()[-1]
        .endswith("@ana: in progress — text changed to forged")
    )


def test_actions_link_to_a_meeting_that_already_took_place(chat: Chat) -> None:
    """The 20th meeting was on 4 October 2024; its actions are recorded afterwards."""
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=WG)
    chat.say('/meeting new "CWG-Internet 20th meeting" at 4 October 2024 14:00 zone Geneva')
    chat.say("/clock +7d")  # Friday 11 October: the meeting is a week past
    out = chat.say(
        f'/action add ref 7.3.1 "{ACTION_731}" owner "ITU Secretariat" due 7 October 2024 '
        "meeting M1"
    )
    assert out.splitlines()[0] == "Recorded A1:", out
    out = chat.say(f'/action add ref 7.3.3 "{ACTION_733}" owner "Directors of all the ITU bureaux"')
    assert out.splitlines()[0] == "Recorded A2:", out
    out = chat.say("/action edit 7.3.3 meeting M1")
    assert out.splitlines() == [
        "Changed the meeting of 7.3.3:",
        f"7.3.3 (A2) {ACTION_733} — Directors of all the ITU bureaux — open",
    ]
    out = chat.say("/action show 7.3.3")
    assert out.splitlines()[1] == "Agreed at M1 “CWG-Internet 20th meeting”."
    assert out.splitlines()[-1] == (
        "· Fri, Oct 11, 2024, 10:00 Europe/Zurich (08:00 UTC) @ana: linked to meeting M1"
    )
    assert "Agreed at M1" in chat.say("/action show 7.3.1")
    out = chat.say("/action edit 7.3.3 meeting none")
    assert out.splitlines()[0] == "Changed the meeting of 7.3.3:"
    out = chat.say("/action show 7.3.3")
    assert "Agreed at" not in out
    assert out.splitlines()[-1].endswith("@ana: no longer linked to a meeting")


def test_edit_in_french(seeded: Chat) -> None:
    seeded.say("/assistant settings language fr", as_user="ana")
    out = seeded.say("/action edit 7.3.2 due 22 octobre 2024")
    assert out.splitlines()[0] == "Échéance modifiée pour 7.3.2 :"
    out = seeded.say("/action edit 7.3.2 status done")
    assert out.strip().startswith("Dites quoi modifier : text")
    out = seeded.say("/action show 7.3.2")
    assert out.splitlines()[-1].startswith("· ")
    assert "@ana : échéance fixée au " in out.splitlines()[-1]
    out = seeded.say("/action edit A4 ref 7.3.1")
    assert out.strip() == "La référence 7.3.1 est déjà utilisée par une autre action."
