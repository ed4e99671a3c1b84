"""Every `/consult …` command as a conversation through the console adapter.

The scenario is the seed report of CWG-Internet's twentieth meeting (4 October 2024): the
secretariat (`ana`) runs the open consultation round "The role of public policy in promoting
multilingualization of the Internet" (October 2024 – January 2025) with its two questions.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.runtime.clock import FakeClock
from assistant.services import reports
from tests.conftest import SEED_START, Chat, make_chat
from tests.support import as_role, grant, has_line, mentioned

TITLE = "The role of public policy in promoting multilingualization of the Internet"
Q1 = (
    "What could ITU and its members and other stakeholders do to ensure that the Internet "
    "becomes more multilingual in nature and thus accessible for more of the global population?"
)
Q2 = (
    "What are the benefits and challenges of multilingualization of the Internet, including "
    "through universal acceptance of Internationalized Domain Names (IDNs), or the lack "
    "thereof, in terms of technical, economic, security, cultural and capacity-building?"
)
CHANNEL = "#cwg-internet"
CLOSES_TEXT = "Fri, Jan 31, 2025, 18:00 Europe/Zurich (17:00 UTC)"
CLOSES_AT = datetime(2025, 1, 31, 17, 0, tzinfo=UTC)
REFUSED = "does not allow that. Nothing was changed."
# Outside a guided answer, a line that is not a command gets only this.
NOT_A_COMMAND = "Commands start with /. Type /assistant help for the list.\n"
LINK_HINT = (
    "For a longer contribution, put the full text in a shared document and send its link here "
    "with a short summary."
)
QUESTION_TOO_LONG = f"That text has 1,201 characters; this field takes at most 1,200. {LINK_HINT}"
ANSWER_TOO_LONG = f"That text has 20,001 characters; this field takes at most 20,000. {LINK_HINT}"


# ---------------------------------------------------------------- helpers


def snapshot(chat: Chat) -> tuple[list[object], ...]:
    """Everything a consultation command may change (people and channels aside)."""
    with chat.assistant.unit_of_work() as uow:
        return (
            uow.rounds.find(),
            uow.questions.find(),
            uow.answers.find(),
        )


def answers_of(chat: Chat, user: str) -> list[tuple[int, int, str]]:
    """(question position, version, text) of every stored answer of one person."""
    with chat.assistant.unit_of_work() as uow:
        person = uow.people.find(user_id=user)[0]
        positions = {q.id: q.position for q in uow.questions.find()}
        return sorted(
            (positions[a.question_id], a.version, a.text)
            for a in uow.answers.find(person_id=person.id)
        )


def create_round(chat: Chat, extra: str = "") -> str:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=CHANNEL)
    out = chat.say(
        f'/consult new "{TITLE}" closes 31 January 2025 18:00 zone Geneva {extra}', as_user="ana"
    )
    assert "Created R1" in out
    return out


def open_round(chat: Chat) -> None:
    """R1 with the seed's two questions, announced now in #cwg-internet."""
    create_round(chat)
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    chat.say(f'/consult question R1 "{Q2}"', as_user="ana")
    out = chat.say(f"/consult announce R1 {CHANNEL}", as_user="ana", channel=CHANNEL)
    assert f"R1 announced in {CHANNEL}." in out


def members_round(chat: Chat) -> None:
    """R1 as above (open), and R2 for members only, announced in a members-only channel."""
    open_round(chat)
    chat.say("/assistant channel members-only on", as_user="ana", channel="#cwg-members")
    out = chat.say(
        '/consult new "CWG-Internet members: WSIS+20 contribution" closes 28 February 2025 '
        "members-only",
        as_user="ana",
        channel=CHANNEL,
    )
    assert "Created R2" in out
    chat.say('/consult question R2 "What should the CWG-Internet report to CWG-WSIS?"')
    out = chat.say("/consult announce R2 #cwg-members", as_user="ana")
    assert "R2 announced in #cwg-members." in out


# ---------------------------------------------------------------- /consult new


def test_new_round_echoes_dates_in_its_zone_and_utc_and_is_stored(
    chat: Chat, tmp_path: Path
) -> None:
    out = create_round(chat)
    assert f"Created R1: “{TITLE}”." in out
    assert "Opens: Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC)" in out
    assert f"Closes: {CLOSES_TEXT}" in out
    assert '/consult question R1 "…"' in out

    # A second process on the same database file sees the same round.
    again = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", chat.clock, tmp_path)
    try:
        with again.assistant.unit_of_work() as uow:
            (stored,) = uow.rounds.find()
        assert stored.title == TITLE
        assert stored.zone == "Europe/Zurich"
        assert stored.closes_at == CLOSES_AT
        assert stored.opens_at == datetime(2024, 10, 4, 8, 0, tzinfo=UTC)
        assert not stored.members_only
        out = again.say("/consult status R1", as_user="ana")
        assert f"R1 “{TITLE}” — open" in out
        assert f"closes {CLOSES_TEXT}" in out
    finally:
        again.application.engine.dispose()


def test_new_round_with_later_opening_and_members_only_flag(chat: Chat) -> None:
    out = chat.say(
        '/consult new "WSIS+20 review input" closes 15 January 2025 18:00 AoE '
        "opens 14 October 2024 zone AoE members-only",
        as_user="ana",
    )
    assert "Created R1: “WSIS+20 review input”." in out
    assert "Opens: Mon, Oct 14, 2024, 00:00 AoE (12:00 UTC)" in out
    assert "Closes: Wed, Jan 15, 2025, 18:00 AoE (Thu, Jan 16, 06:00 UTC)" in out
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.members_only
    assert stored.opens_at == datetime(2024, 10, 14, 12, 0, tzinfo=UTC)
    assert stored.closes_at == datetime(2025, 1, 16, 6, 0, tzinfo=UTC)


def test_new_round_deadline_typed_in_aoe_keeps_aoe_as_reference_zone(chat: Chat) -> None:
    """The spec's own example: "15 January 2025 18:00 AoE" names the round's reference zone."""
    out = chat.say('/consult new "Multilingual Internet" closes 15 January 2025 18:00 AoE')
    assert "Closes: Wed, Jan 15, 2025, 18:00 AoE (Thu, Jan 16, 06:00 UTC)" in out
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.closes_at == datetime(2025, 1, 16, 6, 0, tzinfo=UTC)
    assert stored.zone == "AoE"


def test_new_round_is_refused_to_everyone_but_the_secretariat(chat: Chat) -> None:
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        out = chat.say(f'/consult new "{TITLE}" closes 31 January 2025', as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert snapshot(chat) == ([], [], [])
        assert "no open or upcoming" in chat.say("/consult list", as_user="ana")


NEW_ROUND_BAD_INPUT_CASES = [
    ("/consult new", "Give a title between quotes"),
    ('/consult new "Multilingual Internet"', "Say when the round closes: closes WHEN."),
    ('/consult new "Multilingual Internet" closes', "“closes” needs a value after it."),
    (
        '/consult new "Multilingual Internet" closes the thirty-second of Smarch',
        "I could not read “the thirty-second of Smarch” as a date. Try “15 January 2025",
    ),
    (
        '/consult new "Multilingual Internet" closes 1 October 2024',
        "Tue, Oct 1, 2024, 23:59 UTC is already in the past. Please give a future date.",
    ),
    (
        '/consult new "Multilingual Internet" closes 31 January 2025 opens 1 February 2025',
        "A round must open before it closes.",
    ),
    (
        '/consult new "Multilingual Internet" closes 31 January 2025 zone Atlantis',
        "I don't know the time zone “Atlantis”.",
    ),
    (
        '/consult new "Multilingual Internet closes 31 January 2025',
        "A quotation mark is not closed.",
    ),
    (
        '/consult new "' + "M" * 201 + '" closes 31 January 2025',
        "That text is too long: at most 200 characters.",
    ),
]


def test_new_round_bad_input_is_explained_and_stores_nothing(chat: Chat) -> None:
    for line, expected in NEW_ROUND_BAD_INPUT_CASES:
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert "Created" not in out
        assert snapshot(chat) == ([], [], [])


# ---------------------------------------------------------------- /consult question


def test_question_numbers_questions_within_the_round(chat: Chat) -> None:
    create_round(chat)
    out = chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    assert f"Added Q1 to R1: {Q1}" in out
    out = chat.say(f"/consult question R1 “{Q2}”", as_user="ana")
    assert f"Added Q2 to R1: {Q2}" in out
    with chat.assistant.unit_of_work() as uow:
        stored = [(q.position, q.text) for q in uow.questions.find()]
    assert stored == [(1, Q1), (2, Q2)]


def test_question_is_refused_to_everyone_but_the_secretariat(chat: Chat) -> None:
    create_round(chat)
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        before = snapshot(chat)
        out = chat.say(f'/consult question R1 "{Q1}"', as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert snapshot(chat) == before


QUESTION_BAD_INPUT_CASES = [
    ("/consult question", "Say which round, for example R1."),
    ("/consult question R1", "Give the text between quotes."),
    ('/consult question R1 "  "', "Give the text between quotes."),
    ('/consult question R9 "Why?"', "There is no round R9."),
    ('/consult question round1 "Why?"', "“round1” is not a valid id; ids look like R1."),
    ('/consult question R1 "Why?', "A quotation mark is not closed."),
    ('/consult question R1 "' + "w" * 1201 + '"', QUESTION_TOO_LONG),
    ('/consult question R1 "Why?" please', "I did not understand “please”"),
]


def test_question_bad_input(chat: Chat) -> None:
    create_round(chat)
    for line, expected in QUESTION_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert snapshot(chat) == before


def test_question_cannot_be_added_to_a_closed_round(chat: Chat) -> None:
    open_round(chat)
    chat.say("/consult close R1", as_user="ana")
    before = snapshot(chat)
    out = chat.say('/consult question R1 "A third question?"', as_user="ana")
    assert "R1 is closed." in out
    assert snapshot(chat) == before


# ---------------------------------------------------------------- /consult announce


def test_announce_posts_title_questions_deadline_and_how_to_respond(chat: Chat) -> None:
    create_round(chat)
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    chat.say(f'/consult question R1 "{Q2}"', as_user="ana")
    out = chat.say("/consult announce R1 #cwg-internet #itu-council", as_user="ana")
    assert f"[#cwg-internet] 📣 Open consultation R1: “{TITLE}”" in out
    assert f"[#itu-council] 📣 Open consultation R1: “{TITLE}”" in out
    assert f"Q1. {Q1}" in out
    assert f"Q2. {Q2}" in out
    assert f"Deadline: {CLOSES_TEXT} — 119 days 9 h left." in out
    assert '/consult respond R1 (one question at a time) or /consult answer R1 Q1 "…"' in out
    assert "R1 announced in #cwg-internet, #itu-council." in out
    assert out.count("📣 Open consultation R1") == 2
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.channels == ["#cwg-internet", "#itu-council"]
    assert stored.announced_at == chat.clock.now()


def test_announce_without_channel_uses_the_current_one(chat: Chat) -> None:
    create_round(chat)
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    out = chat.say("/consult announce R1", as_user="ana", channel="#igf-riyadh")
    assert f"[#igf-riyadh] 📣 Open consultation R1: “{TITLE}”" in out
    assert "R1 announced in #igf-riyadh." in out


def test_announce_of_a_later_round_is_scheduled_and_posted_at_opening(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=CHANNEL)
    chat.say(
        f'/consult new "{TITLE}" closes 31 January 2025 18:00 opens 14 October 2024 zone Geneva',
        as_user="ana",
    )
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    out = chat.say("/consult announce R1", as_user="ana")
    assert (
        "R1 will be announced in #cwg-internet when it opens: "
        "Mon, Oct 14, 2024, 00:00 Europe/Zurich (Sun, Oct 13, 22:00 UTC)." in out
    )
    assert "[#cwg-internet]" not in out
    out = chat.say("/consult respond R1", as_user="@lena")
    assert "R1 opens only at Sun, Oct 13, 2024, 22:00 UTC." in out
    out = chat.say("/consult list", as_user="@lena")
    assert f"R1 “{TITLE}” — opens Sun, Oct 13, 2024, 22:00 UTC" in out

    out = chat.say("/clock 2024-10-13T21:59Z", as_user="ana")
    assert "📣" not in out
    out = chat.say("/clock +1m", as_user="ana")
    assert f"[#cwg-internet] 📣 Open consultation R1: “{TITLE}”" in out
    assert f"Q1. {Q1}" in out
    # Announced once only.
    assert "📣 Open consultation" not in chat.say("/clock +1h", as_user="ana")


def test_announce_is_refused_to_everyone_but_the_secretariat(chat: Chat) -> None:
    create_round(chat)
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        before = snapshot(chat)
        out = chat.say("/consult announce R1 #cwg-internet", as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "📣" not in out
        assert snapshot(chat) == before


def test_announce_bad_input(chat: Chat) -> None:
    create_round(chat)
    before = snapshot(chat)
    assert "R1 has no questions yet." in chat.say("/consult announce R1", as_user="ana")
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    before = snapshot(chat)
    assert "Say which round, for example R1." in chat.say("/consult announce", as_user="ana")
    assert "There is no round R4." in chat.say("/consult announce R4", as_user="ana")
    out = chat.say("/consult announce R1 cwg-internet", as_user="ana")
    assert "“cwg-internet” is not a channel; channels look like #name." in out
    assert snapshot(chat) == before


def test_members_only_round_is_announced_only_in_members_only_channels(chat: Chat) -> None:
    create_round(chat, "members-only")
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    before = snapshot(chat)
    out = chat.say("/consult announce R1 #cwg-internet", as_user="ana")
    assert "#cwg-internet is not a members-only channel" in out
    assert "📣" not in out
    assert snapshot(chat) == before
    chat.say("/assistant channel members-only on", as_user="ana", channel="#cwg-members")
    out = chat.say("/consult announce R1", as_user="ana", channel="#cwg-members")
    assert f"[#cwg-members] 📣 Open consultation R1: “{TITLE}”" in out
    assert "(members only)" in out


# ---------------------------------------------------------------- /consult list


def test_list_shows_open_rounds_in_the_readers_zone_and_hides_members_only(chat: Chat) -> None:
    members_round(chat)
    chat.say("/assistant settings tz Asia/Tokyo", as_user="@yuki")
    out = chat.say("/consult list", as_user="@yuki")
    assert "One consultation round:" in out
    assert (
        f"R1 “{TITLE}” — open, closes Sat, Feb 1, 2025, 02:00 Asia/Tokyo (Fri, Jan 31, 17:00 UTC)"
        " (119 days 9 h left)" in out
    )
    assert "R2" not in out
    assert "WSIS+20" not in out

    grant(chat, "pierre", "member")
    out = chat.say("/consult list", as_user="@pierre")
    assert "2 consultation rounds:" in out
    assert "R2 “CWG-Internet members: WSIS+20 contribution” — open" in out


def test_list_is_empty_once_rounds_are_closed(chat: Chat) -> None:
    assert "There are no open or upcoming consultation rounds." in chat.say(
        "/consult list", as_user="@lena"
    )
    open_round(chat)
    chat.say("/consult close R1", as_user="ana")
    out = chat.say("/consult list", as_user="@lena")
    assert "There are no open or upcoming consultation rounds." in out
    assert "I did not understand “everything”" in chat.say(
        "/consult list everything", as_user="@lena"
    )


# ---------------------------------------------------------------- /consult respond


def test_guided_response_asks_one_question_at_a_time_and_dash_keeps_answers(chat: Chat) -> None:
    open_round(chat)
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    out = chat.say("/consult respond R1", as_user="@lena", channel=CHANNEL)
    assert f"Responding to R1: “{TITLE}”." in out
    assert "send “-” to keep your previous answer" in out
    assert f"R1 Q1 (of 2): {Q1}" in out
    assert "Your previous answer" not in out

    out = chat.say("Support universal acceptance of IDNs in ITU-D capacity building.")
    assert (
        f"Receipt: your answer to R1 Q1 is recorded (version 1). You can edit it until "
        f"{CLOSES_TEXT}." in out
    )
    assert f"R1 Q2 (of 2): {Q2}" in out

    out = chat.say("Benefits: inclusion. Challenges: email address internationalization.")
    assert "Receipt: your answer to R1 Q2 is recorded (version 1)." in out
    assert "Thank you, your answers to R1 are recorded." in out
    assert answers_of(chat, "lena") == [
        (1, 1, "Support universal acceptance of IDNs in ITU-D capacity building."),
        (2, 1, "Benefits: inclusion. Challenges: email address internationalization."),
    ]

    # Out of the dialogue, plain chat is just chat.
    assert chat.say("Thanks everyone!") == NOT_A_COMMAND
    assert len(answers_of(chat, "lena")) == 2

    # A second pass shows the previous answers; "-" keeps one, a line replaces the other.
    out = chat.say("/consult respond R1")
    assert (
        "(Your previous answer: “Support universal acceptance of IDNs in ITU-D capacity "
        "building.”)" in out
    )
    out = chat.say("-")
    assert "Receipt" not in out
    assert "R1 Q2 (of 2)" in out
    assert "(Your previous answer: “Benefits: inclusion." in out
    out = chat.say("Benefits: 5 billion more users can read content in their own script.")
    assert "Receipt: your answer to R1 Q2 is recorded (version 2)." in out
    assert "Thank you, your answers to R1 are recorded." in out
    assert answers_of(chat, "lena") == [
        (1, 1, "Support universal acceptance of IDNs in ITU-D capacity building."),
        (2, 1, "Benefits: inclusion. Challenges: email address internationalization."),
        (2, 2, "Benefits: 5 billion more users can read content in their own script."),
    ]


def test_guided_response_survives_a_restart(chat: Chat, tmp_path: Path) -> None:
    open_round(chat)
    chat.say("/consult respond R1", as_user="@omar")
    chat.say("Local-language content and IDN email.", as_user="@omar")
    again = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", chat.clock, tmp_path)
    try:
        out = again.say("Affordable devices with local scripts.", as_user="@omar")
        assert "Receipt: your answer to R1 Q2 is recorded (version 1)." in out
        assert "Thank you, your answers to R1 are recorded." in out
    finally:
        again.application.engine.dispose()
    assert answers_of(chat, "omar") == [
        (1, 1, "Local-language content and IDN email."),
        (2, 1, "Affordable devices with local scripts."),
    ]


def test_guided_response_refuses_an_overlong_answer_and_asks_again(chat: Chat) -> None:
    open_round(chat)
    chat.say("/consult respond R1", as_user="@lena")
    out = chat.say("x" * 20_001, as_user="@lena")
    assert out == ANSWER_TOO_LONG + "\n"
    assert answers_of(chat, "lena") == []
    # Still on Q1: the next line answers it.
    out = chat.say("Short answer.", as_user="@lena")
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)." in out
    assert answers_of(chat, "lena") == [(1, 1, "Short answer.")]


def test_respond_bad_input(chat: Chat) -> None:
    create_round(chat)
    assert "R1 has no questions yet." in chat.say("/consult respond R1", as_user="@lena")
    assert "Say which round, for example R1." in chat.say("/consult respond", as_user="@lena")
    assert "There is no round R3." in chat.say("/consult respond R3", as_user="@lena")
    assert "“#1” is not a valid id" in chat.say("/consult respond #1", as_user="@lena")
    # None of these started a dialogue.
    assert chat.say("Hello?", as_user="@lena") == NOT_A_COMMAND
    assert answers_of(chat, "lena") == []


def test_dialogue_interrupted_by_the_deadline_ends_after_the_refusal(chat: Chat) -> None:
    open_round(chat)
    chat.say("/consult respond R1", as_user="@omar")
    chat.say("/clock 2025-01-31T17:00Z", as_user="ana")
    out = chat.say("Here is my answer.", as_user="@omar")
    assert "Sorry, R1 closed at Fri, Jan 31, 2025, 17:00 UTC; late inputs are not accepted." in out
    assert answers_of(chat, "omar") == []
    # The dialogue is over: ordinary chat afterwards is not treated as a late input again.
    assert chat.say("Ok, thanks anyway.", as_user="@omar") == NOT_A_COMMAND


# ---------------------------------------------------------------- /consult answer


def test_answer_gives_a_receipt_and_editing_keeps_every_version(chat: Chat) -> None:
    open_round(chat)
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    out = chat.say('/consult answer R1 Q1 "Fund IDN universal acceptance."', as_user="@lena")
    assert (
        "Receipt: your answer to R1 Q1 is recorded (version 1). "
        f"You can edit it until {CLOSES_TEXT}." in out
    )
    chat.say("/clock +3d", as_user="ana")
    out = chat.say(
        "/consult answer r1 q1 «Fund IDN universal acceptance and EAI.»", as_user="@lena"
    )
    assert "Receipt: your answer to R1 Q1 is recorded (version 2)." in out
    assert answers_of(chat, "lena") == [
        (1, 1, "Fund IDN universal acceptance."),
        (1, 2, "Fund IDN universal acceptance and EAI."),
    ]
    # Status counts the latest version once.
    out = chat.say("/consult status R1", as_user="ana")
    assert "Inputs: 1 from 1 respondent." in out
    assert "Q1: 1" in out
    assert "Q2: 0" in out


ANSWER_BAD_INPUT_CASES = [
    ("/consult answer", "Say which round, for example R1."),
    ("/consult answer R1", "Say which question, for example Q1."),
    ("/consult answer R1 Q1", "Give the text between quotes."),
    ('/consult answer R1 Q3 "More IDNs."', "R1 has no question Q3."),
    ('/consult answer R7 Q1 "More IDNs."', "There is no round R7."),
    ('/consult answer R1 first "More IDNs."', "“first” is not a valid id; ids look like Q1."),
    ('/consult answer R1 Q1 "More IDNs.', "A quotation mark is not closed."),
    ('/consult answer R1 Q1 "' + "i" * 20_001 + '"', ANSWER_TOO_LONG),
]


def test_answer_bad_input_stores_nothing(chat: Chat) -> None:
    open_round(chat)
    for line, expected in ANSWER_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="@lena")
        assert expected in out, line
        assert "Receipt" not in out
        assert snapshot(chat) == before


def test_answer_of_exactly_the_limit_is_accepted(chat: Chat) -> None:
    open_round(chat)
    out = chat.say('/consult answer R1 Q1 "' + "i" * 20_000 + '"', as_user="@lena")
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)." in out
    assert answers_of(chat, "lena") == [(1, 1, "i" * 20_000)]


def test_late_input_is_refused_with_the_deadline_shown(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "On time."', as_user="@lena")
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    chat.say("/clock 2025-01-31T17:00Z", as_user="ana")
    before = snapshot(chat)
    out = chat.say('/consult answer R1 Q1 "Too late."', as_user="@lena")
    assert (
        "Sorry, R1 closed at Fri, Jan 31, 2025, 18:00 Europe/Zurich (17:00 UTC); "
        "late inputs are not accepted." in out
    )
    out = chat.say("/consult respond R1", as_user="@lena")
    assert "Sorry, R1 closed at Fri, Jan 31, 2025, 18:00 Europe/Zurich (17:00 UTC)" in out
    assert snapshot(chat) == before
    assert answers_of(chat, "lena") == [(1, 1, "On time.")]


def test_members_only_round_does_not_exist_for_stakeholders(chat: Chat) -> None:
    members_round(chat)
    before = snapshot(chat)
    for verb in ("status R{n}", "respond R{n}", 'answer R{n} Q1 "Input."'):
        hidden = chat.say(f"/consult {verb.format(n=2)}", as_user="@lena")
        missing = chat.say(f"/consult {verb.format(n=99)}", as_user="@lena")
        assert hidden == "There is no round R2.\n"
        assert missing == "There is no round R99.\n"
    assert snapshot(chat) == before
    assert chat.say("Hello?", as_user="@lena") == NOT_A_COMMAND  # no dialogue was started

    grant(chat, "pierre", "member")
    out = chat.say('/consult answer R2 Q1 "Report the consultation outcomes."', as_user="@pierre")
    assert "Receipt: your answer to R2 Q1 is recorded (version 1)." in out


# ---------------------------------------------------------------- /consult status


def test_status_for_respondents_shows_only_their_own_progress(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Mine."', as_user="@lena")
    chat.say('/consult answer R1 Q1 "Theirs."', as_user="@omar")
    chat.say('/consult answer R1 Q2 "Theirs too."', as_user="@omar")
    out = chat.say("/consult status R1", as_user="@lena")
    assert f"R1 “{TITLE}” — open" in out
    assert "Opens Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC); " in out
    assert f"closes {CLOSES_TEXT}." in out
    assert "Time left: 119 days 9 h." in out
    assert "2 questions." in out
    assert "You have answered 1 of 2." in out
    assert "Inputs" not in out
    assert "@omar" not in out
    assert "Respondents" not in out


def test_status_for_secretariat_and_chair_counts_inputs_by_group_and_country(
    chat: Chat,
) -> None:
    open_round(chat)
    chat.say("hello", as_user="@kim", channel=CHANNEL)
    for user, org, country, group in (
        ("lena", "Internet Society", "DE", "civil-society"),
        ("omar", "Ministry of Communications", "SA", "government"),
        ("diego", "Universidad de los Andes", "CO", "academia"),
    ):
        chat.say(f"/assistant settings organisation {org}", as_user=f"@{user}")
        chat.say(f"/assistant settings country {country}", as_user=f"@{user}")
        chat.say(f"/assistant settings group {group}", as_user=f"@{user}")
    chat.say('/consult answer R1 Q1 "A."', as_user="@lena")
    chat.say('/consult answer R1 Q2 "B."', as_user="@lena")
    chat.say('/consult answer R1 Q1 "C."', as_user="@omar")
    chat.say('/consult answer R1 Q1 "D."', as_user="@diego")
    chat.say('/consult answer R1 Q1 "D, edited."', as_user="@diego")

    grant(chat, "wojciech", "chair")
    for reader in ("ana", "@wojciech"):
        out = chat.say("/consult status R1", as_user=reader, channel="#chairs")
        assert "Inputs: 4 from 3 respondents." in out
        assert "Q1: 3\nQ2: 1" in out
        # Groups by their names, each with its response rate; kim, of no organisation, is
        # invited and has not answered.
        section = out.split("By stakeholder group:\n")[1].split("By country:")[0]
        assert section == (
            "· Academia: 1 of 1 invited (100%)\n"
            "· Civil society: 1 of 1 invited (100%)\n"
            "· Government: 1 of 1 invited (100%)\n"
            "· not given: 0 of 1 invited (0%)\n"
        )
        section = out.split("By country:\n")[1].split("By organisation:")[0]
        assert section == "· Colombia: 1\n· Germany: 1\n· Saudi Arabia: 1\n"
        assert "· Ministry of Communications: 1" in out
        assert mentioned(out, "Respondents:") == ["@lena", "@omar", "@diego"]
        # The channel's audience who have not answered: kim, who spoke in the channel (the
        # secretariat running the round is not asked for input).
        assert "Not answered yet: 1 — @kim" in out
        assert "You have answered" not in out


def test_status_breakdowns_show_the_largest_entries_and_sum_up_the_rest(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports, "MAX_BREAKDOWN", 2)
    open_round(chat)
    # Four organisations of 3, 2, 1 and 1 respondents; ties are listed alphabetically.
    members = {"ITU": 3, "ISOC": 2, "BDT": 1, "APNIC": 1}
    n = 0
    for org, count in members.items():
        for _ in range(count):
            n += 1
            chat.say(f'/assistant settings organisation "{org}"', as_user=f"@p{n}")
            chat.say(f'/consult answer R1 Q1 "Input {n}."', as_user=f"@p{n}")
    out = chat.say("/consult status R1", as_user="ana")
    section = out.split("By organisation:\n")[1].split("Respondents:")[0]
    assert section == "· ITU: 3\n· ISOC: 2\n· Others (2): 2\n"
    chat.say("/assistant settings language fr", as_user="ana")
    out = chat.say("/consult status R1", as_user="ana")
    assert "· ISOC\u00a0: 2\n· Autres (2)\u00a0: 2\n" in out


def test_status_bad_input(chat: Chat) -> None:
    open_round(chat)
    assert "Say which round, for example R1." in chat.say("/consult status", as_user="ana")
    assert "There is no round R5." in chat.say("/consult status R5", as_user="ana")
    assert "“R-1” is not a valid id" in chat.say("/consult status R-1", as_user="ana")
    assert "I did not understand “now”" in chat.say("/consult status R1 now", as_user="ana")


# ---------------------------------------------------------------- /consult export


def _answered_round(chat: Chat) -> None:
    open_round(chat)
    chat.say("/assistant settings organisation +Evil Org", as_user="@mallory")
    chat.say("/assistant settings country CH", as_user="@mallory")
    chat.say("/assistant settings organisation Internet Society", as_user="@lena")
    chat.say("/assistant settings country DE", as_user="@lena")
    chat.say("/assistant settings group civil-society", as_user="@lena")
    chat.say('/consult answer R1 Q2 "Benefits | challenges: UA."', as_user="@lena")
    chat.say("/clock +1h", as_user="ana")
    chat.say('/consult answer R1 Q1 "Fund IDN programmes."', as_user="@lena")
    chat.say('/consult answer R1 Q1 "=HYPERLINK(evil) then +1"', as_user="@mallory")
    chat.say("/clock +1h", as_user="ana")
    chat.say('/consult answer R1 Q1 "Fund IDN and EAI programmes."', as_user="@lena")


def test_export_csv_is_grouped_by_question_and_neutralises_formulas(
    chat: Chat, tmp_path: Path
) -> None:
    _answered_round(chat)
    out = chat.say("/consult export R1 csv exports/R1.csv", as_user="ana")
    assert "Exported 3 inputs of R1 as csv: exports/R1.csv" in out
    rows = list(csv.reader(io.StringIO((tmp_path / "exports" / "R1.csv").read_text("utf-8"))))
    assert rows[0] == [
        "Question",
        "Question text",
        "Respondent",
        "Organisation",
        "Country",
        "Stakeholder group",
        "Submitted (UTC)",
        "Version",
        "Answer",
    ]
    body = [(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows[1:]]
    assert body == [
        (
            "Q1",
            "mallory",
            "'+Evil Org",
            "CH",
            "",
            "2024-10-04T09:00:00+00:00",
            "1",
            "'=HYPERLINK(evil) then +1",
        ),
        (
            "Q1",
            "lena",
            "Internet Society",
            "DE",
            "civil-society",
            "2024-10-04T10:00:00+00:00",
            "2",
            "Fund IDN and EAI programmes.",
        ),
        (
            "Q2",
            "lena",
            "Internet Society",
            "DE",
            "civil-society",
            "2024-10-04T08:00:00+00:00",
            "1",
            "Benefits | challenges: UA.",
        ),
    ]
    assert rows[1][1] == Q1
    assert rows[3][1] == Q2


def test_export_md_groups_inputs_under_each_question_with_a_summary(
    chat: Chat, tmp_path: Path
) -> None:
    _answered_round(chat)
    target = tmp_path / "report" / "R1.md"
    out = chat.say(f"/consult export R1 md {target}", as_user="ana")
    assert f"Exported 3 inputs of R1 as md: {target}" in out
    text = target.read_text("utf-8")
    assert text.startswith(f"# {TITLE}\n")
    # The period in the round's zone, groups and countries by name.
    assert (
        "Consultation open from Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) to Fri, Jan "
        "31, 2025, 18:00 Europe/Zurich (17:00 UTC)." in text
    )
    assert "- Q1: 2\n- Q2: 1" in text
    assert "### By stakeholder group\n\n- Civil society: 1\n- not given: 1\n" in text
    assert "### By country\n\n- Germany: 1\n- Switzerland: 1\n" in text
    # Typed text is escaped so it cannot add Markdown of its own: "(IDNs)" → "\(IDNs\)".
    escaped_q2 = Q2.replace("(", "\\(").replace(")", "\\)")
    q1, q2 = text.index(f"## Q1. {Q1}"), text.index(f"## Q2. {escaped_q2}")
    assert q1 < q2
    section_q1, section_q2 = text[q1:q2], text[q2:]
    assert "**lena, Internet Society, DE** (2024-10-04 10:00 UTC)" in section_q1
    assert "> Fund IDN and EAI programmes." in section_q1
    assert "> Fund IDN programmes." not in text  # only the latest version
    assert "**mallory, +Evil Org, CH** (2024-10-04 09:00 UTC)" in section_q1
    assert "> Benefits \\| challenges: UA." in section_q2
    assert "Fund IDN" not in section_q2


def test_export_md_summary_pluralises_respondents(chat: Chat, tmp_path: Path) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "A."', as_user="@lena")
    chat.say('/consult answer R1 Q2 "B."', as_user="@lena")
    chat.say("/consult export R1 md summary.md", as_user="ana")
    text = (tmp_path / "summary.md").read_text("utf-8")
    assert "2 inputs from 1 respondent." in text


def test_export_without_path_prints_the_file_and_chair_may_export(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Only input."', as_user="@lena")
    grant(chat, "wojciech", "chair")
    out = chat.say("/consult export R1 CSV", as_user="@wojciech")
    assert "Exported 1 input of R1 as csv: R1-inputs.csv" in out
    assert "Q1," in out
    assert ",Only input." in out


def test_export_is_refused_to_members_and_stakeholders(chat: Chat, tmp_path: Path) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "Private input."', as_user="@lena")
    for role in ("stakeholder", "member"):
        as_role(chat, "pierre", role)
        out = chat.say("/consult export R1 csv leak.csv", as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "Private input." not in out
        assert not (tmp_path / "leak.csv").exists()


EXPORT_BAD_INPUT_CASES = [
    ("/consult export R1", "Say csv or md."),
    ("/consult export R1 pdf", "Say csv or md."),
    ("/consult export", "Say which round, for example R1."),
    ("/consult export R8 csv", "There is no round R8."),
    ("/consult export R1 csv a.csv b.csv", "I did not understand “b.csv”"),
]


def test_export_bad_input(chat: Chat, tmp_path: Path) -> None:
    open_round(chat)
    for line, expected in EXPORT_BAD_INPUT_CASES:
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert "Exported" not in out
        assert not list(tmp_path.glob("*.csv"))


def test_files_are_written_only_inside_the_export_folder(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "link").symlink_to(elsewhere)
    chat = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", FakeClock(SEED_START), folder)
    try:
        open_round(chat)
        chat.say('/consult answer R1 Q1 "Private input."', as_user="@lena")
        chat.say('/meeting new "IGF 2024 session" at 16 December 2024 10:00', as_user="ana")
        before = sorted(tmp_path.rglob("*"))
        for command in ("/consult export R1 csv", "/meeting ics M1"):
            for path in (
                "../leak.csv",
                "link/leak.csv",
                str(elsewhere / "leak.csv"),
                "/tmp/new-folder/leak.csv",
                ".",
            ):
                out = chat.say(f"{command} {path}", as_user="ana")
                assert out == (
                    f"{path} is outside the export folder {folder.resolve()}, so nothing was "
                    "written. Give a path inside it, or none to see the file here.\n"
                ), path
        assert sorted(tmp_path.rglob("*")) == before
        assert not Path("/tmp/new-folder").exists()

        out = chat.say("/consult export R1 csv round/R1.csv", as_user="ana")
        assert out == "Exported 1 input of R1 as csv: round/R1.csv\n"
        assert "Private input." in (folder / "round" / "R1.csv").read_text(encoding="utf-8")
    finally:
        chat.application.engine.dispose()


# ---------------------------------------------------------------- /consult close


def test_close_posts_in_the_announced_channel_and_refuses_further_input(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "In time."', as_user="@lena")
    chat.say("/clock +2d", as_user="ana")
    out = chat.say("/consult close R1", as_user="ana")
    assert (
        f"[#cwg-internet] 🔒 Consultation R1 “{TITLE}” is now closed. "
        "Thank you to the one respondent." in out
    )
    assert "R1 is closed; no more inputs are accepted." in out
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.closed_at == datetime(2024, 10, 6, 8, 0, tzinfo=UTC)
    out = chat.say('/consult answer R1 Q1 "After closing."', as_user="@lena")
    assert "Sorry, R1 closed at Sun, Oct 6, 2024, 08:00 UTC; late inputs are not accepted." in out
    assert "R1 is closed." in chat.say("/consult close R1", as_user="ana")
    assert "closed" in chat.say("/consult status R1", as_user="@lena")
    # The deadline later passes without a second closing post.
    assert "🔒" not in chat.say("/clock 2025-02-01T00:00Z", as_user="ana")


def test_close_is_refused_to_everyone_but_the_secretariat(chat: Chat) -> None:
    open_round(chat)
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        before = snapshot(chat)
        out = chat.say("/consult close R1", as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "🔒" not in out
        assert snapshot(chat) == before
        assert "Receipt" in chat.say('/consult answer R1 Q1 "Still open."', as_user="@lena")


def test_close_bad_input(chat: Chat) -> None:
    open_round(chat)
    before = snapshot(chat)
    assert "Say which round, for example R1." in chat.say("/consult close", as_user="ana")
    assert "There is no round R2." in chat.say("/consult close R2", as_user="ana")
    assert "I did not understand “now”" in chat.say("/consult close R1 now", as_user="ana")
    assert snapshot(chat) == before


def test_round_closes_automatically_at_the_deadline(chat: Chat) -> None:
    open_round(chat)
    chat.say('/consult answer R1 Q1 "One."', as_user="@lena")
    chat.say('/consult answer R1 Q1 "Two."', as_user="@omar")
    out = chat.say("/clock 2025-01-31T16:59Z", as_user="ana")
    assert "🔒" not in out
    out = chat.say("/clock +1m", as_user="ana")
    assert (
        f"[#cwg-internet] 🔒 Consultation R1 “{TITLE}” is now closed. "
        "Thank you to the 2 respondents." in out
    )
    assert out.count("🔒") == 1
    assert "🔒" not in chat.say("/clock +1d", as_user="ana")
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.closed_at == CLOSES_AT
    out = chat.say("/consult status R1", as_user="ana")
    assert f"R1 “{TITLE}” — closed" in out
    assert "Time left" not in out


# ---------------------------------------------------------------- /consult extend


def test_extend_reopens_reannounces_and_replans(chat: Chat) -> None:
    open_round(chat)
    chat.say("hello", as_user="@omar", channel=CHANNEL)
    chat.say("/clock 2025-02-01T09:00Z", as_user="ana")
    out = chat.say("/consult extend R1 14 February 2025 18:00", as_user="ana")
    new_deadline = "Fri, Feb 14, 2025, 18:00 Europe/Zurich (17:00 UTC)"
    assert (
        f"[#cwg-internet] ⏳ Consultation R1 “{TITLE}” is extended: it now closes "
        f"{new_deadline}. Respond with /consult respond R1." in out
    )
    assert f"R1 now closes {new_deadline}." in out
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.rounds.find()
    assert stored.closes_at == datetime(2025, 2, 14, 17, 0, tzinfo=UTC)
    assert stored.closed_at is None

    out = chat.say('/consult answer R1 Q1 "Thanks for the extension."', as_user="@lena")
    assert (
        "Receipt: your answer to R1 Q1 is recorded (version 1). "
        f"You can edit it until {new_deadline}." in out
    )
    out = chat.say("/consult reminders R1", as_user="ana")
    assert has_line(out, "Fri, Feb 7, 2025, 17:00 UTC", "→ @omar (before the deadline)")
    assert has_line(out, "Thu, Feb 13, 2025, 17:00 UTC", "→ #cwg-internet (before the deadline)")
    assert "@lena" not in out  # she has answered now

    out = chat.say("/clock 2025-02-14T17:00Z", as_user="ana")
    assert "Thank you to the one respondent." in out
    assert f"[#cwg-internet] 🔒 Consultation R1 “{TITLE}” is now closed." in out


def test_extend_before_any_announcement_posts_nothing(chat: Chat) -> None:
    create_round(chat)
    out = chat.say("/consult extend R1 28 February 2025", as_user="ana")
    assert "R1 now closes Fri, Feb 28, 2025, 23:59 Europe/Zurich (22:59 UTC)." in out
    assert "[#" not in out


def test_extend_is_refused_to_everyone_but_the_secretariat(chat: Chat) -> None:
    open_round(chat)
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        before = snapshot(chat)
        out = chat.say("/consult extend R1 28 February 2025", as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "⏳" not in out
        assert snapshot(chat) == before


EXTEND_BAD_INPUT_CASES = [
    ("/consult extend R1 whenever convenient", "I could not read “whenever convenient”"),
    (
        "/consult extend R1 3 October 2024",
        "Thu, Oct 3, 2024, 23:59 Europe/Zurich (21:59 UTC) is already in the past.",
    ),
    ("/consult extend R6 28 February 2025", "There is no round R6."),
    ("/consult extend", "Say which round, for example R1."),
]


def test_extend_bad_input(chat: Chat) -> None:
    open_round(chat)
    for line, expected in EXTEND_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert snapshot(chat) == before


def test_extend_never_moves_the_deadline_earlier(chat: Chat) -> None:
    open_round(chat)
    earlier = "Mon, Jan 20, 2025, 18:00 Europe/Zurich (17:00 UTC)"
    for line, when in (
        ("/consult extend R1 20 January 2025 18:00", earlier),
        ("/consult extend R1 31 January 2025 18:00", CLOSES_TEXT),
    ):
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert out == (
            f"R1 closes {CLOSES_TEXT}. {when} is not later, so it cannot be an extension; "
            "nothing was changed. To end the round now, use /consult close R1.\n"
        )
        assert snapshot(chat) == before


def test_extend_after_an_early_close_counts_from_when_it_closed(chat: Chat) -> None:
    open_round(chat)
    chat.say("/consult close R1", as_user="ana")
    out = chat.say("/consult extend R1 20 January 2025 18:00", as_user="ana")
    assert "R1 now closes Mon, Jan 20, 2025, 18:00 Europe/Zurich (17:00 UTC)." in out


def test_extend_without_a_date_asks_for_one(chat: Chat) -> None:
    open_round(chat)
    before = snapshot(chat)
    out = chat.say("/consult extend R1", as_user="ana")
    assert "Say when, for example “15 January 2025 18:00”" in out
    assert snapshot(chat) == before


# ---------------------------------------------------------------- /consult reminders, remind


def test_quiet_hours_are_kept_only_in_a_known_zone(chat: Chat) -> None:
    """Lena was only seen in the channel (no zone known): her reminder is not held back for a
    night guessed in UTC. Pierre set his zone: 05:00 UTC is 06:00 in Geneva, his night."""
    open_round(chat)
    chat.say("hello", as_user="@lena", channel=CHANNEL)
    chat.say("/assistant settings tz Europe/Zurich", as_user="@pierre", channel=CHANNEL)
    out = chat.say("/consult remind R1 12h", as_user="ana")
    assert out == (
        "Reminders for R1 are now 12h before the deadline.\n"
        "Planned reminders for R1 (12h): 5\n"
        "Fri, Oct 4, 2024, 08:00 UTC (10:00 Europe/Zurich) → @lena (round opens)\n"
        "Fri, Oct 4, 2024, 10:00 Europe/Zurich (08:00 UTC) → @pierre (round opens)\n"
        "Fri, Jan 31, 2025, 05:00 UTC (06:00 Europe/Zurich) → #cwg-internet (before the deadline)\n"
        "Fri, Jan 31, 2025, 05:00 UTC (06:00 Europe/Zurich) → @lena (before the deadline)\n"
        "Fri, Jan 31, 2025, 07:00 Europe/Zurich (06:00 UTC) → @pierre (before the deadline)\n"
    )


def test_reminders_preview_lists_who_when_and_in_which_zone(chat: Chat) -> None:
    open_round(chat)
    chat.say("/assistant settings tz Asia/Tokyo", as_user="@yuki")
    chat.say("Hello from Tokyo", as_user="@yuki", channel=CHANNEL)
    chat.say("Hello from Riyadh", as_user="@omar", channel=CHANNEL)
    chat.say("Hello from Berlin", as_user="@lena", channel=CHANNEL)
    chat.say('/consult answer R1 Q1 "Done."', as_user="@lena")
    out = chat.say("/consult reminders R1", as_user="ana")
    # At opening, and 7d, 1d, 2h before closing to yuki and omar (not lena, who answered),
    # plus the channel reminders before closing.
    assert "Planned reminders for R1 (7d,1d,2h): 11" in out
    assert "@lena" not in out
    assert has_line(out, "Fri, Jan 24, 2025, 17:00 UTC", "→ #cwg-internet (before the deadline)")
    assert has_line(out, "Fri, Jan 24, 2025, 17:00 UTC", "→ @omar (before the deadline)")
    # 17:00 UTC is 02:00 in Tokyo: yuki's reminder waits for the end of her night.
    assert has_line(
        out, "Sat, Jan 25, 2025, 07:00 Asia/Tokyo", "22:00 UTC", "→ @yuki (before the deadline)"
    )
    assert not has_line(out, "Jan 24, 2025, 17:00 UTC", "@yuki")
    assert has_line(out, "Fri, Jan 31, 2025, 15:00 UTC", "→ #cwg-internet (before the deadline)")
    assert has_line(out, "Fri, Oct 4, 2024, 08:00 UTC", "→ @omar (round opens)")
    assert out.count("(round opens)") == 2
    assert out.count("→ #cwg-internet") == 3


def test_reminders_preview_and_change_are_refused_to_others(chat: Chat) -> None:
    open_round(chat)
    for role in ("stakeholder", "member", "chair"):
        as_role(chat, "wojciech", role)
        before = snapshot(chat)
        out = chat.say("/consult reminders R1", as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "Planned reminders" not in out
        out = chat.say("/consult remind R1 14d,3d", as_user="@wojciech")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert snapshot(chat) == before


REMIND_BAD_INPUT_CASES = [
    ("/consult remind R1", "Reminder times look like 7d,1d,2h"),
    ("/consult remind R1 soon", "Reminder times look like 7d,1d,2h (weeks w, days d, hours"),
    (
        "/consult remind R1 7d,0h",
        "A reminder comes between 1m and 365d before the deadline or the start; “0h” is outside",
    ),
    ("/consult remind R1 400d", "between 1m and 365d before the deadline or the start; “400d”"),
    ("/consult remind R5 7d", "There is no round R5."),
    ("/consult reminders R5", "There is no round R5."),
    ("/consult reminders", "Say which round, for example R1."),
]


def test_remind_bad_input_keeps_the_plan(chat: Chat) -> None:
    open_round(chat)
    for line, expected in REMIND_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert snapshot(chat) == before
        assert "Planned reminders for R1 (7d,1d,2h)" in chat.say("/consult reminders R1")


def test_remind_replans_and_the_clock_sends_dms_only_to_those_who_have_not_answered(
    chat: Chat,
) -> None:
    open_round(chat)
    chat.say("Hello all", as_user="@lena", channel=CHANNEL)
    chat.say("Hello all", as_user="@omar", channel=CHANNEL)
    chat.say("Hello all", as_user="@diego", channel=CHANNEL)
    chat.say("/assistant settings tz Asia/Tokyo", as_user="@yuki")
    chat.say("Hello all", as_user="@yuki", channel=CHANNEL)
    chat.say("I am elsewhere", as_user="@kim", channel="#random")
    chat.say('/consult answer R1 Q1 "Answered early."', as_user="@lena")

    out = chat.say("/consult remind R1 14d,3d", as_user="ana")
    assert "Reminders for R1 are now 2w,3d before the deadline." in out
    assert "Planned reminders for R1 (2w,3d):" in out
    assert has_line(out, "Fri, Jan 17, 2025, 17:00 UTC", "→ #cwg-internet (before the deadline)")
    assert has_line(out, "Tue, Jan 28, 2025, 17:00 UTC", "→ #cwg-internet (before the deadline)")
    assert has_line(out, "Fri, Jan 17, 2025, 17:00 UTC", "→ @omar (before the deadline)")
    assert "Jan 24" not in out  # the default 7d is gone
    assert "@lena" not in out
    assert "@kim" not in out
    with chat.assistant.unit_of_work() as uow:
        assert uow.rounds.find()[0].reminder_offsets == "2w,3d"

    assert "⏰" not in chat.say("/clock 2025-01-17T16:59Z", as_user="ana")
    out = chat.say("/clock +1m", as_user="ana")
    reminder = (
        f"⏰ Reminder: consultation R1 “{TITLE}” closes {CLOSES_TEXT} (14 days 0 h left). "
        "Respond with /consult respond R1."
    )
    assert f"[#cwg-internet] {reminder}" in out
    assert f"[DM @omar] {reminder}" in out
    assert f"[DM @diego] {reminder}" in out
    assert "[DM @lena]" not in out  # answered
    assert "[DM @kim]" not in out  # not in the audience
    assert "[DM @yuki]" not in out  # 02:00 in Tokyo: quiet hours
    assert out.count("[DM ") == 2
    assert out.count("[#cwg-internet]") == 1
    # Yuki's reminder arrives at 07:00 Tokyo time, once.
    assert "[DM @yuki]" not in chat.say("/clock 2025-01-17T21:59Z", as_user="ana")
    out = chat.say("/clock +1m", as_user="ana")
    assert "[DM @yuki] ⏰ Reminder: consultation R1" in out
    assert out.count("[DM ") == 1
    assert "⏰" not in chat.say("/clock +1d", as_user="ana")

    chat.say('/consult answer R1 Q2 "Now I answer."', as_user="@omar")
    out = chat.say("/clock 2025-01-28T17:00Z", as_user="ana")
    assert "(3 days 0 h left)" in out
    assert "[#cwg-internet] ⏰ Reminder" in out
    assert "[DM @diego] ⏰ Reminder" in out
    assert "[DM @omar]" not in out
    assert "[DM @lena]" not in out
