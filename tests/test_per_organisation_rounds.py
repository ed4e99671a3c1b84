"""Per-organisation rounds through the console: one input per organisation, given or edited by
any of its delegates, reminders that stop for the whole delegation, and a status that counts
organisations.

The delegations are Member States of the seed report of CWG-Internet's twentieth meeting
(contribution CWG-Internet-20/3: Paraguay, Armenia, Azerbaijan, …); `ana` is the secretariat.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.dispatch import Incoming
from assistant.domain.model import ReminderState
from assistant.messages import Home
from assistant.services import home
from tests.conftest import Chat

TITLE = "The role of public policy in promoting multilingualization of the Internet"
Q1 = (
    "What could ITU and its members and other stakeholders do to ensure that the Internet "
    "becomes more multilingual in nature and thus accessible for more of the global population?"
)
CHANNEL = "#cwg-internet"
CLOSES_TEXT = "Fri, Jan 31, 2025, 18:00 Europe/Zurich (17:00 UTC)"
# Delegates by organisation: the name, its country and its group.
DELEGATES = {
    "@maria": ("Paraguay", "PY"),
    "@jorge": ("Paraguay", "PY"),
    "@armen": ("Armenia", "AM"),
    "@aysel": ("Azerbaijan", "AZ"),
}


def join(chat: Chat) -> None:
    """The delegates (and @lena, of no organisation) speak in the round's channel."""
    for user, (organisation, country) in DELEGATES.items():
        chat.say(f'/assistant settings organisation "{organisation}"', as_user=user)
        chat.say(f"/assistant settings country {country}", as_user=user)
        chat.say("/assistant settings group government", as_user=user)
    for user in (*DELEGATES, "@lena"):
        chat.say("hello", as_user=user, channel=CHANNEL)


def create(chat: Chat, extra: str = "per-organisation") -> str:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=CHANNEL)
    return chat.say(
        f'/consult new "{TITLE}" closes 31 January 2025 18:00 zone Geneva {extra}', as_user="ana"
    )


def open_round(chat: Chat) -> None:
    join(chat)
    out = create(chat)
    assert "Created R1" in out
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    chat.say('/consult question R1 "What are the benefits and challenges?"', as_user="ana")
    out = chat.say(f"/consult announce R1 {CHANNEL}", as_user="ana", channel=CHANNEL)
    assert f"R1 announced in {CHANNEL}." in out


def person_id(chat: Chat, user: str) -> int:
    with chat.assistant.unit_of_work() as uow:
        return uow.people.find(user_id=user.lstrip("@"))[0].id or 0


def pending_reminders(chat: Chat, user: str) -> list[str]:
    """The keys of one person's direct reminders for R1 still to be sent."""
    pid = person_id(chat, user)
    with chat.assistant.unit_of_work() as uow:
        return [
            r.key
            for r in uow.reminders.find(subject="round", subject_id=1)
            if r.person_id == pid and r.state == ReminderState.PENDING
        ]


def stored_answers(chat: Chat) -> list[tuple[str, int, int, str]]:
    """(who, question position, version, text) of every stored answer."""
    with chat.assistant.unit_of_work() as uow:
        users = {p.id: p.user_id for p in uow.people.find()}
        positions = {q.id: q.position for q in uow.questions.find()}
        return sorted(
            (users[a.person_id], positions[a.question_id], a.version, a.text)
            for a in uow.answers.find()
        )


def snapshot(chat: Chat) -> tuple[list[object], ...]:
    with chat.assistant.unit_of_work() as uow:
        return (uow.rounds.find(), uow.questions.find(), uow.answers.find())


def test_new_round_per_organisation_says_so(chat: Chat) -> None:
    out = create(chat)
    assert out == (
        f"Created R1: “{TITLE}”.\n"
        "Opens: Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC)\n"
        f"Closes: {CLOSES_TEXT}\n"
        "(one input per organisation: any of its delegates may give or edit it)\n"
        'Next, add questions with /consult question R1 "…", then announce the round.\n'
    )
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.per_organisation


def test_one_delegate_answers_for_the_organisation_and_the_others_reminders_stop(
    chat: Chat,
) -> None:
    open_round(chat)
    for user in DELEGATES:
        assert pending_reminders(chat, user), user

    out = chat.say('/consult answer R1 Q1 "Fund IDNs in local scripts."', as_user="@maria")
    assert out == (
        "Receipt: the answer of Paraguay to R1 Q1 is recorded (version 1). Any delegate of "
        f"Paraguay can edit it until {CLOSES_TEXT}.\n"
    )
    # Paraguay has answered: neither of its delegates is chased any more; the others are.
    assert pending_reminders(chat, "@maria") == []
    assert pending_reminders(chat, "@jorge") == []
    assert pending_reminders(chat, "@armen")
    out = chat.say("/consult reminders R1", as_user="ana")
    assert "@jorge" not in out
    assert "@maria" not in out
    assert "@armen" in out

    # A week before the deadline the reminders go out: none to Paraguay's delegates.
    out = chat.say("/clock 2025-01-24T17:00Z", as_user="ana")
    assert "[DM @armen]" in out
    assert "[DM @aysel]" in out
    assert "[DM @jorge]" not in out
    assert "[DM @maria]" not in out

    # The other delegate edits the organisation's answer: version 2, recorded as theirs.
    out = chat.say('/consult answer R1 Q1 "Fund IDNs and EAI."', as_user="@jorge")
    assert "Receipt: the answer of Paraguay to R1 Q1 is recorded (version 2)." in out
    assert stored_answers(chat) == [
        ("jorge", 1, 2, "Fund IDNs and EAI."),
        ("maria", 1, 1, "Fund IDNs in local scripts."),
    ]
    # A new delegate of Paraguay is not asked either; one of another organisation is.
    chat.say("hello", as_user="@rosa", channel=CHANNEL)
    assert pending_reminders(chat, "@rosa")
    chat.say('/assistant settings organisation "paraguay"', as_user="@rosa")
    assert pending_reminders(chat, "@rosa") == []
    chat.say('/assistant settings organisation "Mexico"', as_user="@rosa")
    assert pending_reminders(chat, "@rosa")
    # Each delegate sees the organisation's answers as theirs.
    out = chat.say("/consult status R1", as_user="@maria")
    assert "You have answered 1 of 2." in out


def test_status_counts_organisations_once_and_names_those_not_answered(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Fund IDNs in local scripts."', as_user="@maria")
    chat.say('/consult answer R1 Q1 "Fund IDNs and EAI."', as_user="@jorge")
    chat.say('/consult answer R1 Q2 "Universal acceptance."', as_user="@jorge")
    out = chat.say("/consult status R1", as_user="ana")
    assert out == (
        f"R1 “{TITLE}” — open\n"
        "Opens Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC); "
        f"closes {CLOSES_TEXT}.\n"
        "Time left: 119 days 9 h.\n"
        "2 questions.\n"
        "Organisations answered: 1 of 3 invited (33%).\n"
        "Q1: 1\n"
        "Q2: 1\n"
        "By stakeholder group:\n"
        "· Government: 1 of 3 invited (33%)\n"
        "By country:\n"
        "· Paraguay: 1 of 1 invited (100%)\n"
        "· Armenia: 0 of 1 invited (0%)\n"
        "· Azerbaijan: 0 of 1 invited (0%)\n"
        "Not answered yet: 2 — Armenia and Azerbaijan\n"
        "1 person invited has no organisation set and cannot answer yet.\n"
    )
    # In French, the list is joined as French joins it.
    chat.say("/assistant settings language fr", as_user="ana")
    out = chat.say("/consult status R1", as_user="ana")
    assert "Organisations ayant répondu\u00a0: 1 sur 3 invitées (33\u00a0%)." in out
    assert "Pas encore de réponse\u00a0: 2 — Armenia et Azerbaijan" in out


def test_a_long_list_of_organisations_not_answered_is_capped(chat: Chat) -> None:
    open_round(chat)
    names = [f"Delegation {n:02}" for n in range(1, 13)]
    for n, name in enumerate(names):
        chat.say(f'/assistant settings organisation "{name}"', as_user=f"@d{n}")
        chat.say("hello", as_user=f"@d{n}", channel=CHANNEL)
    out = chat.say("/consult status R1", as_user="ana")
    # Armenia, Azerbaijan, the twelve delegations and Paraguay: ten named, then how many more.
    assert (
        "Not answered yet: 15 — Armenia, Azerbaijan, Delegation 01, Delegation 02, "
        "Delegation 03, Delegation 04, Delegation 05, Delegation 06, Delegation 07, "
        "Delegation 08, and 5 more\n"
    ) in out


def test_someone_without_an_organisation_is_refused_and_nothing_is_stored(chat: Chat) -> None:
    open_round(chat)
    refusal = (
        "R1 takes one input per organisation, and you have no organisation set. Set yours "
        'with /assistant settings organisation "…", then answer.'
    )
    before = snapshot(chat)
    assert refusal in chat.say('/consult answer R1 Q1 "Mine."', as_user="@lena")
    assert refusal in chat.say("/consult respond R1", as_user="@lena")
    assert snapshot(chat) == before
    # Named, they answer for their organisation.
    chat.say('/assistant settings organisation "Nepal (Republic of)"', as_user="@lena")
    out = chat.say('/consult answer R1 Q1 "Mine."', as_user="@lena")
    assert "Receipt: the answer of Nepal (Republic of) to R1 Q1 is recorded (version 1)." in out


def test_the_guided_dialogue_answers_for_the_organisation(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Fund IDNs."', as_user="@maria")
    out = chat.say("/consult respond R1", as_user="@jorge")
    assert "(Your previous answer: “Fund IDNs.”)" in out
    out = chat.say("Fund IDNs and EAI.", as_user="@jorge")
    assert "Receipt: the answer of Paraguay to R1 Q1 is recorded (version 2)." in out


def test_set_per_organisation_before_the_round_opens_and_not_after(chat: Chat) -> None:
    join(chat)
    out = create(chat, "opens 1 November 2024")
    assert "one input per organisation" not in out
    out = chat.say("/consult set R1 per-organisation on", as_user="ana")
    assert out == ("R1: one input per organisation; any of its delegates may give or edit it.\n")
    out = chat.say("/consult set r1 Per-Organisation off", as_user="ana")
    assert out == "R1: one input per person.\n"
    chat.say("/consult set R1 per-organisation on", as_user="ana")
    # Only the secretariat sets it.
    out = chat.say("/consult set R1 per-organisation off", as_user="@maria")
    assert "does not allow that. Nothing was changed." in out

    chat.say("/clock 2024-11-01T00:00Z", as_user="ana")
    before = snapshot(chat)
    out = chat.say("/consult set R1 per-organisation off", as_user="ana")
    assert out == (
        "R1 has already opened: per-organisation can be changed only before a round opens.\n"
    )
    assert snapshot(chat) == before
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.per_organisation
    # The value it already has is no change, and no refusal.
    out = chat.say("/consult set R1 per-organisation on", as_user="ana")
    assert out == "R1: one input per organisation; any of its delegates may give or edit it.\n"


SET_BAD_INPUT_CASES = [
    ("/consult set", "Say which round, for example R1."),
    ("/consult set R1", "Say “per-organisation on” or “per-organisation off”"),
    ("/consult set R1 members-only on", "Say “per-organisation on” or “per-organisation off”"),
    ("/consult set R1 per-organisation", "Say on or off, not “”."),
    ("/consult set R1 per-organisation maybe", "Say on or off, not “maybe”."),
    ("/consult set R1 per-organisation on now", "I did not understand “now”"),
    ("/consult set R9 per-organisation on", "There is no round R9."),
]


def test_set_bad_input_changes_nothing(chat: Chat) -> None:
    create(chat, "opens 1 November 2024")
    for line, expected in SET_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert snapshot(chat) == before


def test_per_person_rounds_count_people_as_before(chat: Chat) -> None:
    join(chat)
    create(chat, "")
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    chat.say(f"/consult announce R1 {CHANNEL}", as_user="ana", channel=CHANNEL)
    out = chat.say('/consult answer R1 Q1 "Mine."', as_user="@maria")
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)." in out
    # Her colleague is still asked: each person answers for themselves.
    assert pending_reminders(chat, "@jorge")
    out = chat.say('/consult answer R1 Q1 "Mine too."', as_user="@jorge")
    assert "(version 1)" in out
    out = chat.say("/consult status R1", as_user="ana")
    assert "Inputs: 2 from 2 respondents." in out


def test_the_home_view_stops_waiting_for_a_delegation_that_answered(chat: Chat) -> None:
    open_round(chat)

    def waiting(user: str) -> int:
        """How many rounds the person's overview (Slack's App Home) says wait for them."""
        event = Incoming(platform="console", user_id=user, channel_id=CHANNEL, text="home")
        found = chat.assistant.ask(event, home.overview)
        assert isinstance(found, Home)
        line = found.sections[1].lines[0]
        assert line.id == "home-inputs"
        return int(line.args["count"])

    assert waiting("jorge") == 1
    chat.say('/consult answer R1 Q1 "Fund IDNs."', as_user="@maria")
    assert waiting("jorge") == 0
    assert waiting("armen") == 1


def test_the_closing_announcement_thanks_the_organisations(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Fund IDNs."', as_user="@maria")
    chat.say('/consult answer R1 Q2 "Universal acceptance."', as_user="@jorge")
    chat.say('/consult answer R1 Q1 "Capacity building."', as_user="@armen")
    out = chat.say("/clock 2025-01-31T17:00Z", as_user="ana")
    assert (
        f"[#cwg-internet] 🔒 Consultation R1 “{TITLE}” is now closed. "
        "Thank you to the 2 organisations that answered." in out
    )


def test_the_export_holds_each_organisations_latest_answer_once(chat: Chat, tmp_path: Path) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Fund IDNs."', as_user="@maria")
    chat.say('/consult answer R1 Q1 "Fund IDNs and EAI."', as_user="@jorge")
    chat.say('/consult answer R1 Q1 "Capacity building."', as_user="@armen")
    out = chat.say("/consult export R1 csv R1.csv", as_user="ana")
    assert "Exported 2 inputs of R1 as csv" in out
    rows = list(csv.reader(io.StringIO((tmp_path / "R1.csv").read_text("utf-8"))))
    assert [(r[2], r[3], r[7], r[8]) for r in rows[1:]] == [
        ("jorge", "Paraguay", "2", "Fund IDNs and EAI."),
        ("armen", "Armenia", "1", "Capacity building."),
    ]
