"""Permission matrix: every command of the command table × every role, against SPEC.md's roles.

The prepared state: an open round R1 with a question, an open meeting M1 (the IGF Riyadh
session) and an action 7.3.1 (A1) owned by @tomas, who is none of the speakers. Each case runs
on its own copy of that database; a refusal must say so and leave every table as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.dispatch import COMMANDS
from tests.conftest import Chat
from tests.support import chat_on_copy, table_rows, template_database

WG = "#cwg-internet"
ROLES = ("secretariat", "chair", "member", "stakeholder")
SPEAKER = {"secretariat": "ana", "chair": "wojciech", "member": "lena", "stakeholder": "sam"}

ALL = frozenset(ROLES)
SECRETARIAT = frozenset({"secretariat"})
ORGANISERS = frozenset({"secretariat", "chair"})

# Who may use each command, read from SPEC.md's roles table:
# - secretariat: everything (rounds, meetings, actions, exports, roles, channel settings);
# - chair: like the secretariat for meetings and actions, read-only on consultation inputs;
# - member: RSVP, submit inputs, see and update the actions they own (A1 is not theirs),
#   query status;
# - stakeholder: submit inputs to open rounds, RSVP to open sessions, query public status,
#   never RSVP lists.
ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("consult", "new"): SECRETARIAT,
    ("consult", "set"): SECRETARIAT,
    ("consult", "question"): SECRETARIAT,
    ("consult", "announce"): SECRETARIAT,
    ("consult", "list"): ALL,
    ("consult", "respond"): ALL,
    ("consult", "answer"): ALL,
    ("consult", "status"): ALL,
    ("consult", "export"): ORGANISERS,
    ("consult", "report"): ORGANISERS,
    ("consult", "close"): SECRETARIAT,
    ("consult", "extend"): SECRETARIAT,
    ("consult", "reminders"): SECRETARIAT,
    ("consult", "remind"): SECRETARIAT,
    ("meeting", "new"): ORGANISERS,
    ("meeting", "announce"): ORGANISERS,
    ("meeting", "update"): ORGANISERS,
    ("meeting", "cancel"): ORGANISERS,
    ("meeting", "rsvp"): ALL,
    ("meeting", "list"): ALL,
    ("meeting", "attendees"): ORGANISERS,
    ("meeting", "ics"): ALL,
    ("meeting", "reminders"): ORGANISERS,
    ("meeting", "remind"): ORGANISERS,
    ("meeting", "start"): ORGANISERS,
    # Members too: a member handed the minutes with `#chair` ends them (the service checks
    # who chairs them; here no minutes run, which every allowed role is told).
    ("meeting", "end"): ORGANISERS | {"member"},
    ("meeting", "minutes"): ALL,
    ("action", "add"): ORGANISERS,
    ("action", "list"): ALL,
    ("action", "show"): ALL,
    ("action", "update"): ORGANISERS,
    ("action", "done"): ORGANISERS,
    ("action", "edit"): ORGANISERS,
    ("action", "reminders"): ORGANISERS,
    ("action", "remind"): ORGANISERS,
    ("digest", "now"): ORGANISERS,
    ("digest", "schedule"): SECRETARIAT,
    ("digest", "off"): SECRETARIAT,
    ("assistant", "settings"): ALL,
    ("assistant", "role"): SECRETARIAT,
    ("assistant", "channel"): SECRETARIAT,
    ("assistant", "when"): ALL,
    ("assistant", "help"): ALL,
}

# Valid arguments for each command against the prepared state, and a piece of the reply that
# shows it worked.
ROUND_TITLE = "The role of public policy in promoting multilingualization of the Internet"
INVOCATION: dict[tuple[str, str], tuple[str, str]] = {
    ("consult", "new"): (
        '"Connectivity challenges of landlocked developing countries" closes 28 February 2025',
        "Created R2",
    ),
    # R1 is open: setting the value it has is the change that is still allowed (no change).
    ("consult", "set"): ("R1 per-organisation off", "R1: one input per person."),
    ("consult", "question"): (
        'R1 "What are the benefits and challenges of multilingualization of the Internet?"',
        "Added Q2 to R1",
    ),
    ("consult", "announce"): (f"R1 {WG}", f"R1 announced in {WG}."),
    ("consult", "list"): ("", f"R1 “{ROUND_TITLE}” — open"),
    ("consult", "respond"): ("R1", "Responding to R1"),
    ("consult", "answer"): ('R1 Q1 "Universal acceptance of IDNs"', "Receipt: your answer"),
    ("consult", "status"): ("R1", f"R1 “{ROUND_TITLE}” — open"),
    ("consult", "export"): ("R1 md", "R1 as md"),
    ("consult", "report"): ("R1 md", "The report on R1 as md in en"),
    ("consult", "close"): ("R1", "R1 is closed"),
    ("consult", "extend"): ("R1 14 February 2025", "R1 now closes Fri, Feb 14, 2025"),
    ("consult", "reminders"): ("R1", "Planned reminders for R1"),
    ("consult", "remind"): ("R1 14d,3d,1d", "Reminders for R1 are now"),
    ("meeting", "new"): (
        '"Informal exchange on LLDC connectivity" at 20 November 2024 14:00 zone Geneva',
        "Created M2",
    ),
    ("meeting", "announce"): (f"M1 {WG}", f"M1 announced in {WG}."),
    ("meeting", "update"): (
        "M1 capacity 97",
        "M1 “CWG-Internet open consultation at IGF 2024” updated",
    ),
    ("meeting", "cancel"): (
        'M1 "No quorum"',
        "M1 “CWG-Internet open consultation at IGF 2024” cancelled",
    ),
    ("meeting", "rsvp"): ("M1 remote", "Your RSVP to M1"),
    ("meeting", "list"): ("", "M1 “CWG-Internet open consultation at IGF 2024”"),
    ("meeting", "attendees"): ("M1", "Attendance for M1"),
    ("meeting", "ics"): ("M1", "BEGIN:VCALENDAR"),
    ("meeting", "reminders"): ("M1", "Planned reminders for M1"),
    ("meeting", "start"): (
        "M1",
        "Minutes of M1 “CWG-Internet open consultation at IGF 2024” are being taken",
    ),
    ("meeting", "end"): ("M1", "No minutes of M1 are being taken."),
    ("meeting", "minutes"): ("M1 md", "No minutes were taken at M1."),
    ("meeting", "remind"): ("M1 2d,2h", "Reminders for M1 are now"),
    ("action", "add"): (
        '"Share experiences on LLDC connectivity" owner @lena due 15 November 2024',
        "Recorded A2",
    ),
    ("action", "list"): ("", "Open actions (1):"),
    ("action", "show"): ("7.3.1", "History:"),
    ("action", "update"): ('7.3.1 status in-progress "Call drafted"', "7.3.1 is now in progress."),
    ("action", "done"): ('7.3.1 "Round launched"', "7.3.1 is now done."),
    ("action", "edit"): ("7.3.1 due 9 October 2024", "Changed the due date of 7.3.1:"),
    ("action", "reminders"): ("7.3.1", "Planned reminders for 7.3.1"),
    ("action", "remind"): ("7.3.1 3d,1d", "Reminders for 7.3.1 are now 3d,1d"),
    ("digest", "now"): ("", f"📋 Digest for {WG}"),
    ("digest", "schedule"): (
        f'"mon 09:00" zone Europe/Zurich {WG}',
        f"Digest for {WG} scheduled every Monday at 09:00",
    ),
    ("digest", "off"): ("", f"Scheduled digest for {WG} is off."),
    ("assistant", "settings"): ("tz Europe/Zurich", "Your settings: time zone Europe/Zurich"),
    ("assistant", "role"): ("@tomas chair", "@tomas is now chair."),
    ("assistant", "channel"): ("members-only on", f"Channel {WG}: language en, members-only on."),
    ("assistant", "when"): ("31 January 2025 18:00 Geneva", "reads as Fri, Jan 31, 2025, 18:00"),
    ("assistant", "help"): ("consult new", "Example: /consult new"),
}

# A member is refused A1 by the ownership rule, which names the action instead of the role.
OWNER_RULE = {
    ("action", "update"),
    ("action", "done"),
    ("action", "edit"),
    ("action", "reminders"),
    ("action", "remind"),
}
NOT_OWNER = "Only the owner of 7.3.1, the chair or the secretariat can update it."


def refusal(command: tuple[str, str], role: str) -> str:
    if command in OWNER_RULE and (role == "member"):
        return NOT_OWNER
    return (
        f"Sorry, your role ({role}) does not allow that. Nothing was changed. "
        "Roles are granted by the secretariat: @ana."
    )


# Parsing the Fluent files is most of the cost of a new application: share one translator.


def prepare(chat: Chat) -> None:
    chat.say("/assistant settings", as_user="ana", channel=WG)
    for user, role in (
        ("wojciech", "chair"),
        ("lena", "member"),
        ("tomas", "member"),
    ):
        assert f"@{user} is now {role}." in chat.say(
            f"/assistant role @{user} {role}", as_user="ana"
        )
    # Everyone has spoken once in the channel, so a refusal has nothing left to record.
    for role, user in SPEAKER.items():
        assert f"role {role}," in chat.say("/assistant settings", as_user=user)
    chat.say("/assistant settings", as_user="tomas")
    chat.console.user = "ana"
    out = chat.say(f'/consult new "{ROUND_TITLE}" closes 31 January 2025 zone Geneva')
    assert "Created R1" in out
    out = chat.say(
        '/consult question R1 "What could ITU and its members and other stakeholders do to '
        'ensure that the Internet becomes more multilingual?"'
    )
    assert "Added Q1 to R1" in out
    out = chat.say(
        '/meeting new "CWG-Internet open consultation at IGF 2024" at 16 December 2024 10:00 '
        'until 11:30 zone Riyadh place "IGF, Riyadh" rsvp-by 10 December 2024'
    )
    assert "Created M1" in out
    out = chat.say(
        '/action add "ITU Secretariat will launch the next round of Open Consultations" '
        "ref 7.3.1 owner @tomas due 7 October 2024 meeting M1"
    )
    assert "Recorded A1" in out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_database(tmp_path_factory, "permissions", prepare)


@pytest.fixture
def prepared(template: Path, tmp_path: Path) -> Iterator[Chat]:
    """A console chat on a fresh copy of the prepared database."""
    chat = chat_on_copy(template, tmp_path)
    chat.say("", channel=WG)
    yield chat
    chat.application.engine.dispose()


def test_the_matrix_covers_the_command_table() -> None:
    assert set(ALLOWED) == set(COMMANDS)
    assert set(INVOCATION) == set(COMMANDS)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("command", list(COMMANDS), ids="-".join)
def test_command_for_role(prepared: Chat, command: tuple[str, str], role: str) -> None:
    args, success = INVOCATION[command]
    line = f"/{command[0]} {command[1]} {args}".strip()
    before = table_rows(prepared.application.engine)
    out = prepared.say(line, as_user=SPEAKER[role])
    assert "Traceback" not in out
    assert "something went wrong" not in out
    if role in ALLOWED[command]:
        assert success in out, out
        assert "does not allow that" not in out
        assert NOT_OWNER not in out
    else:
        assert out.strip() == refusal(command, role)
        assert table_rows(prepared.application.engine) == before


# ---------------------------------------------------------------- what data hides


@pytest.fixture
def members_only(prepared: Chat) -> Chat:
    """A members-only meeting M2 and round R2, with an action agreed at the meeting."""
    prepared.say("/in #cwg-members", as_user="ana")
    prepared.say("/assistant channel members-only on")
    prepared.say("/in " + WG)
    out = prepared.say(
        '/meeting new "CWG-Internet 21st meeting" at 20 November 2024 10:00 zone Geneva '
        "members-only"
    )
    assert "Created M2" in out
    out = prepared.say('/consult new "Members-only survey" closes 30 November 2024 members-only')
    assert "Created R2" in out
    prepared.say('/consult question R2 "Which dates suit your delegation?"')
    out = prepared.say(
        '/action add "Prepare the agenda" ref 8.1 owner "ITU Secretariat" meeting M2'
    )
    assert "Recorded A2" in out
    return prepared


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/meeting rsvp M2 remote", "There is no meeting M2."),
        ("/meeting ics M2", "There is no meeting M2."),
        ('/consult answer R2 Q1 "Any date"', "There is no round R2."),
        ("/consult respond R2", "There is no round R2."),
        ("/consult status R2", "There is no round R2."),
        ("/action show 8.1", "There is no action 8.1."),
        ("/action show A2", "There is no action A2."),
    ],
)
def test_stakeholders_never_see_members_only_items(
    members_only: Chat, line: str, reply: str
) -> None:
    before = table_rows(members_only.application.engine)
    out = members_only.say(line, as_user="sam")
    assert out.strip() == reply
    assert table_rows(members_only.application.engine) == before


def test_stakeholders_lists_leave_out_members_only_items(members_only: Chat) -> None:
    assert "M2" not in members_only.say("/meeting list", as_user="sam")
    assert "R2" not in members_only.say("/consult list")
    assert "8.1" not in members_only.say("/action list all")
    # Members do see them, and may RSVP and answer.
    assert "M2 “CWG-Internet 21st meeting”" in members_only.say("/meeting list", as_user="lena")
    assert "R2 “Members-only survey”" in members_only.say("/consult list")
    assert "8.1 (A2)" in members_only.say("/action list all")
    assert "Your RSVP to M2" in members_only.say("/meeting rsvp M2 in-person")
    assert "Receipt: your answer to R2 Q1" in members_only.say('/consult answer R2 Q1 "Monday"')


def test_stakeholders_see_their_own_status_but_not_other_inputs(prepared: Chat) -> None:
    prepared.say('/consult answer R1 Q1 "Support universal acceptance"', as_user="lena")
    out = prepared.say("/consult status R1", as_user="sam")
    assert "You have answered 0 of 1." in out
    assert "@lena" not in out
    assert "Inputs:" not in out
    out = prepared.say("/consult status R1", as_user="ana")
    assert "Inputs: 1 from 1 respondent." in out
    assert "Respondents: @lena" in out


def test_members_may_update_actions_they_own(prepared: Chat) -> None:
    # @tomas is a member and owns 7.3.1.
    out = prepared.say('/action update 7.3.1 status in-progress "Call drafted"', as_user="tomas")
    assert out.strip() == "7.3.1 is now in progress."
    assert prepared.say("/action done 7.3.1").strip() == "7.3.1 is now done."


# ---------------------------------------------------------------- the matrix on members-only items

MEMBERS_CHANNEL = "#cwg-members"
# Commands that name one item, against the members-only round R2, meeting M2 and action 8.1.
ON_MEMBERS_ONLY: dict[tuple[str, str], tuple[str, str, str]] = {
    ("consult", "set"): (
        "R2 per-organisation off",
        "R2: one input per person.",
        "There is no round R2.",
    ),
    ("consult", "question"): ('R2 "Which venue?"', "Added Q2 to R2", "There is no round R2."),
    ("consult", "announce"): (f"R2 {MEMBERS_CHANNEL}", "R2 announced", "There is no round R2."),
    ("consult", "respond"): ("R2", "Responding to R2", "There is no round R2."),
    ("consult", "answer"): ('R2 Q1 "Monday"', "Receipt: your answer", "There is no round R2."),
    ("consult", "status"): ("R2", "R2 “Members-only survey”", "There is no round R2."),
    ("consult", "export"): ("R2 csv", "R2 as csv", "There is no round R2."),
    ("consult", "report"): ("R2 md", "The report on R2 as md", "There is no round R2."),
    ("consult", "close"): ("R2", "R2 is closed", "There is no round R2."),
    ("consult", "extend"): ("R2 14 December 2024", "R2 now closes", "There is no round R2."),
    ("consult", "reminders"): ("R2", "Planned reminders for R2", "There is no round R2."),
    ("consult", "remind"): ("R2 3d", "Reminders for R2 are now", "There is no round R2."),
    ("meeting", "announce"): (f"M2 {MEMBERS_CHANNEL}", "M2 announced", "There is no meeting M2."),
    ("meeting", "update"): (
        "M2 capacity 97",
        "M2 “CWG-Internet 21st meeting” updated",
        "There is no meeting M2.",
    ),
    ("meeting", "cancel"): (
        "M2",
        "M2 “CWG-Internet 21st meeting” cancelled",
        "There is no meeting M2.",
    ),
    ("meeting", "rsvp"): ("M2 remote", "Your RSVP to M2", "There is no meeting M2."),
    ("meeting", "attendees"): ("M2", "Attendance for M2", "There is no meeting M2."),
    ("meeting", "ics"): ("M2", "BEGIN:VCALENDAR", "There is no meeting M2."),
    ("meeting", "reminders"): ("M2", "Planned reminders for M2", "There is no meeting M2."),
    ("meeting", "remind"): ("M2 2d", "Reminders for M2 are now", "There is no meeting M2."),
    # Typed in a channel open to all: its minutes would be read by everyone there.
    ("meeting", "start"): (
        "M2",
        "M2 is members-only: take its minutes in a members-only channel.",
        "There is no meeting M2.",
    ),
    ("meeting", "end"): ("M2", "No minutes of M2 are being taken.", "There is no meeting M2."),
    ("meeting", "minutes"): ("M2 md", "No minutes were taken at M2.", "There is no meeting M2."),
    ("action", "show"): ("8.1", "History:", "There is no action 8.1."),
    ("action", "update"): ("8.1 status blocked", "8.1 is now blocked.", "There is no action 8.1."),
    ("action", "done"): ("8.1", "8.1 is now done.", "There is no action 8.1."),
    ("action", "edit"): (
        '8.1 text "Prepare the agenda of the 21st meeting"',
        "Changed the text of 8.1:",
        "There is no action 8.1.",
    ),
    ("action", "reminders"): ("8.1", "Planned reminders for 8.1", "There is no action 8.1."),
    ("action", "remind"): ("8.1 3d", "Reminders for 8.1 are now 3d", "There is no action 8.1."),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("command", list(ON_MEMBERS_ONLY), ids="-".join)
def test_command_for_role_on_members_only_items(
    members_only: Chat, command: tuple[str, str], role: str
) -> None:
    args, success, unknown = ON_MEMBERS_ONLY[command]
    line = f"/{command[0]} {command[1]} {args}"
    before = table_rows(members_only.application.engine)
    out = members_only.say(line, as_user=SPEAKER[role])
    assert "Traceback" not in out
    assert "something went wrong" not in out
    owner_rule = command in OWNER_RULE and role == "member"
    if owner_rule:
        assert out.strip() == "Only the owner of 8.1, the chair or the secretariat can update it."
    elif role not in ALLOWED[command]:
        assert out.strip() == refusal(command, role)
    elif role == "stakeholder":
        # Allowed in general, but members-only items do not exist for stakeholders.
        assert out.strip() == unknown
    else:
        assert success in out, out
        return
    assert table_rows(members_only.application.engine) == before


def test_the_members_only_matrix_covers_every_command_naming_an_item() -> None:
    naming = {
        key
        for key, (args, _) in INVOCATION.items()
        if args.split()[:1]
        and (
            (args.split()[0][:1] in "RMA" and args.split()[0][1:2].isdigit())
            or args.startswith("7.3.1")
        )
    }
    assert naming <= set(ON_MEMBERS_ONLY)
