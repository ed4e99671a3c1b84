"""Minutes typed in the channel during the twentieth meeting of CWG-Internet (seed report,
4 October 2024), through the console adapter: agenda item 7.3 replayed line by line ends with
actions 7.3.1–7.3.3 in the register exactly as the report states them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assistant.dispatch import Incoming
from assistant.domain.minutes import next_ref, read_action, read_line, split_topic
from assistant.domain.model import MinuteKind
from assistant.messages import Noted, Reply
from assistant.runtime.clock import FakeClock
from tests.conftest import Chat, make_chat
from tests.support import grant, table_rows

CHANNEL = "#cwg-internet"
TITLE = "Twentieth meeting of CWG-Internet"
# Actions 7.3.1–7.3.3 as the seed report (shared/seed/cwg-internet-20-report.txt, item 7)
# states them, its tabs read as spaces as in chat. Copied here: the tests do not depend on
# files outside the repository.
ACTIONS = {
    "7.3.1": (
        "As agreed at the nineteenth meeting of the CWG-Internet in February 2024, ITU "
        "Secretariat will launch the next round of Open Consultations (October 2024 – January "
        "2025) on the topic:\n"
        "The role of public policy in promoting multilingualization of the Internet (after "
        "next cluster of CWGs: \n"
        "1. What could ITU and its members and other stakeholders do to ensure that the "
        "Internet becomes more multilingual in nature and thus accessible for more of the "
        "global population?\n"
        "2. What are the benefits and challenges of multilingualization of the Internet, "
        "including through universal acceptance of Internationalized Domain Names (IDNs), or "
        "the lack thereof, in terms of technical, economic, security, cultural and "
        "capacity-building?"
    ),
    "7.3.2": (
        "The summary of the tenth online consultation and the physical consultation on “The "
        "developmental aspects to strengthen the Internet” will be submitted as part of the "
        "Chairman’s report to Council."
    ),
    "7.3.3": (
        "Directors of all the ITU bureaux are invited to consider the consultation responses "
        "in their work, as appropriate."
    ),
}
DUE_7_3_1 = "31 October 2024 17:00"
DUE_7_3_2 = "2 June 2025 Geneva"


def meeting(chat: Chat) -> None:
    """M1, the twentieth meeting, in Geneva; wojciech chairs (the Chair of the report), lena
    is a member in Zurich who reads French, tomas a member in Bangkok."""
    chat.clock.set(datetime(2024, 10, 1, 8, 0, tzinfo=UTC))
    grant(chat, "wojciech", "chair")
    grant(chat, "lena", "member")
    grant(chat, "tomas", "member")
    # Everyone speaks in the channel once (so that later refusals have nothing to record).
    chat.say("/assistant settings language fr", as_user="@lena", channel=CHANNEL)
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    chat.say("/assistant settings tz Asia/Bangkok", as_user="@tomas")
    chat.say("/assistant settings tz Europe/Warsaw", as_user="@wojciech")
    chat.say("/assistant settings", as_user="@sam")
    out = chat.say(
        f'/meeting new "{TITLE}" at 4 October 2024 09:30 until 17:30 zone Geneva '
        'place "ITU headquarters, Geneva"',
        as_user="@ana",
        channel=CHANNEL,
    )
    assert "Created M1" in out
    chat.clock.set(datetime(2024, 10, 4, 14, 0, tzinfo=UTC))


START_POST = (
    f"[{CHANNEL}] 📝 Minutes of M1 “{TITLE}” are being taken in this channel, chaired by "
    "@wojciech. Lines starting with #topic, #info, #agreed, #action or #link are recorded; "
    "#undo removes the last one, #chair @someone hands over, /meeting end ends them.\n"
)


@pytest.fixture
def any_chat(database_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[Chat]:
    """A console chat on SQLite, then on PostgreSQL."""
    session = make_chat(database_url, clock, tmp_path)
    yield session
    session.application.engine.dispose()


def test_seed_item_7_3_replayed_as_typed_minutes(any_chat: Chat) -> None:
    chat = any_chat
    meeting(chat)
    assert chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL) == START_POST
    assert chat.say("#topic 7.3 Open consultations", as_user="@wojciech") == "✓ #topic recorded.\n"
    info = (
        "#info The CWG examined the summary of the online open consultation and physical "
        "open consultation held on 4 October 2024."
    )
    assert chat.say(info, as_user="@lena") == "✓ #info consigné.\n"
    agreed = (
        "#agreed The next round of Open Consultations runs from October 2024 to January 2025 "
        "on multilingualization of the Internet."
    )
    assert chat.say(agreed, as_user="@wojciech") == "✓ #agreed recorded.\n"
    out = chat.say(f'#action "ITU Secretariat" {ACTIONS["7.3.1"]} due {DUE_7_3_1}')
    first_line = ACTIONS["7.3.1"].split("\n", 1)[0]
    assert out.startswith(f"✓ Action 7.3.1 recorded:\n7.3.1 (A1) {first_line}\n"), out
    assert out.endswith(
        "— ITU Secretariat — open, due Thu, Oct 31, 2024, 17:00 Europe/Warsaw (16:00 UTC)\n"
    ), out
    # The secretariat takes part in the minutes too; the chair, whose action it is, is told.
    out = chat.say(f"#action @wojciech {ACTIONS['7.3.2']} due {DUE_7_3_2}", as_user="@ana")
    assert out == (
        "✓ Action 7.3.2 recorded:\n"
        f"7.3.2 (A2) {ACTIONS['7.3.2']} — @wojciech — open, due Mon, Jun 2, 2025, 23:59 "
        "Europe/Zurich (21:59 UTC)\n"
        f"[DM @wojciech] 📌 @ana made you the owner of action 7.3.2 “{ACTIONS['7.3.2']}”, due "
        "Mon, Jun 2, 2025, 23:59 Europe/Zurich (23:59 Europe/Warsaw · 21:59 UTC). See it with "
        "/action show 7.3.2; when it is done: /action done 7.3.2.\n"
    )
    out = chat.say(f'#action "Directors of ITU bureaux" {ACTIONS["7.3.3"]}', as_user="@wojciech")
    assert out == (
        "✓ Action 7.3.3 recorded:\n"
        f"7.3.3 (A3) {ACTIONS['7.3.3']} — Directors of ITU bureaux — open\n"
    )
    link = "#link http://www.itu.int/en/council/cwg-internet CWG-Internet website"
    assert chat.say(link, as_user="@tomas") == "✓ #link recorded.\n"

    # The register holds the three actions exactly as the report states them.
    with chat.assistant.unit_of_work() as uow:
        register = {a.ref: a for a in uow.actions.find()}
        assert {ref: a.text for ref, a in register.items()} == ACTIONS
        assert {a.meeting_id for a in register.values()} == {1}
        assert register["7.3.1"].owner_body == "ITU Secretariat"
        assert register["7.3.1"].due_at == datetime(2024, 10, 31, 16, 0, tzinfo=UTC)
        assert register["7.3.3"].due_at is None
        items = uow.minute_items.find(meeting_id=1)
    assert [i.kind for i in items] == [
        MinuteKind.TOPIC,
        MinuteKind.INFO,
        MinuteKind.AGREED,
        MinuteKind.ACTION,
        MinuteKind.ACTION,
        MinuteKind.ACTION,
        MinuteKind.LINK,
    ]

    out = chat.say("/meeting end", as_user="@wojciech")
    pad = "\n" + " " * len(f"[{CHANNEL}] ")
    due_7_3_1 = "due Thu, Oct 31, 2024, 17:00 Europe/Warsaw (16:00 UTC)"
    due_7_3_2 = "due Mon, Jun 2, 2025, 23:59 Europe/Zurich (21:59 UTC)"
    heading = (
        f"📝 Minutes of M1 “{TITLE}”, from Fri, Oct 4, 2024, 16:00 Europe/Zurich (14:00 UTC), "
        "chaired by @wojciech"
    )
    posted = [
        heading,
        "7.3 Open consultations",
        f"Info: {info.removeprefix('#info ')} (@lena)",
        f"Agreed: {agreed.removeprefix('#agreed ')}",
        f"Action 7.3.1: {ACTIONS['7.3.1']} — ITU Secretariat, {due_7_3_1}",
        f"Action 7.3.2: {ACTIONS['7.3.2']} — @wojciech, {due_7_3_2}",
        f"Action 7.3.3: {ACTIONS['7.3.3']} — Directors of ITU bureaux",
        "Link: http://www.itu.int/en/council/cwg-internet CWG-Internet website (@tomas)",
    ]
    # The organiser's file: the same items, in Markdown (typed text escaped, line breaks kept).
    markdown_7_3_1 = "  \n  ".join(
        line.strip().replace("(", "\\(").replace(")", "\\)")
        for line in ACTIONS["7.3.1"].split("\n")
    )
    assert out == (
        f"[{CHANNEL}] " + pad.join("\n".join(posted).split("\n")) + "\n"
        f"[DM @ana] The minutes of M1 “{TITLE}”, as a Markdown file (M1-minutes.md).\n"
        f"# {heading}\n"
        "\n"
        "## 7.3 Open consultations\n"
        "\n"
        f"- {posted[2]}\n"
        f"- {posted[3]}\n"
        f"- Action 7.3.1: {markdown_7_3_1} — ITU Secretariat, {due_7_3_1}\n"
        f"- {posted[5]}\n"
        f"- {posted[6]}\n"
        f"- {posted[7]}\n"
    )
    # The owners are reminded before the due dates, and once overdue: the body that owns
    # 7.3.1 in the channel where the minutes were taken, the chair by direct message outside
    # his night in Warsaw (22:00–07:00).
    text_7_3_1 = pad.join(ACTIONS["7.3.1"].split("\n"))
    done_7_3_1 = "When it is done: /action done 7.3.1.\n"
    clock = "/clock {}"
    assert chat.say(clock.format("2024-10-24T15:59Z"), as_user="@ana") == (
        "Clock: 2024-10-24 15:59 UTC\n"
    )
    assert chat.say(clock.format("2024-10-24T16:00Z")) == (
        "Clock: 2024-10-24 16:00 UTC\n"
        f"[{CHANNEL}] ⏰ Reminder for ITU Secretariat: action 7.3.1 “{text_7_3_1}” is "
        f"{due_7_3_1} (7 days 0 h left). {done_7_3_1}"
    )
    assert chat.say(clock.format("2024-10-30T16:00Z")) == (
        "Clock: 2024-10-30 16:00 UTC\n"
        f"[{CHANNEL}] ⏰ Reminder for ITU Secretariat: action 7.3.1 “{text_7_3_1}” is "
        f"{due_7_3_1} (1 day 0 h left). {done_7_3_1}"
    )
    assert chat.say(clock.format("2024-10-31T16:00Z")) == (
        "Clock: 2024-10-31 16:00 UTC\n"
        f"[{CHANNEL}] ⚠ For ITU Secretariat: action 7.3.1 “{text_7_3_1}” was "
        f"{due_7_3_1} and is not done yet. {done_7_3_1}"
    )
    due_for_wojciech = "due Mon, Jun 2, 2025, 23:59 Europe/Zurich (23:59 Europe/Warsaw · 21:59 UTC)"
    done_7_3_2 = "When it is done: /action done 7.3.2.\n"
    assert chat.say(clock.format("2025-05-26T21:59Z")) == "Clock: 2025-05-26 21:59 UTC\n"
    assert chat.say(clock.format("2025-05-27T05:00Z")) == (
        "Clock: 2025-05-27 05:00 UTC\n"
        f"[DM @wojciech] ⏰ Reminder: action 7.3.2 “{ACTIONS['7.3.2']}” is {due_for_wojciech} "
        f"(6 days 16 h left). {done_7_3_2}"
    )
    assert chat.say(clock.format("2025-06-02T05:00Z")) == (
        "Clock: 2025-06-02 05:00 UTC\n"
        f"[DM @wojciech] ⏰ Reminder: action 7.3.2 “{ACTIONS['7.3.2']}” is {due_for_wojciech} "
        f"(16 h 59 min left). {done_7_3_2}"
    )
    assert chat.say(clock.format("2025-06-03T05:00Z")) == (
        "Clock: 2025-06-03 05:00 UTC\n"
        f"[DM @wojciech] ⚠ Overdue: action 7.3.2 “{ACTIONS['7.3.2']}” was {due_for_wojciech} "
        f"and is not done yet. {done_7_3_2}"
    )
    # Each exactly once.
    assert chat.say(clock.format("2025-07-01T05:00Z")) == "Clock: 2025-07-01 05:00 UTC\n"

    # Ended: lines with # are chat again.
    before = table_rows(chat.application.engine)
    assert chat.say("#info after the meeting", as_user="@lena") == (
        "Les commandes commencent par /. Tapez /assistant help pour la liste.\n"
    )
    assert table_rows(chat.application.engine) == before


def test_the_minutes_export_matches_the_items_typed(chat: Chat, tmp_path: Path) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    chat.say("#topic 7.3 Open consultations <script>", as_user="@wojciech")
    chat.say('#agreed Use "quotes" & <b>tags</b> freely', as_user="@wojciech")
    chat.say(f'#action "ITU Secretariat" {ACTIONS["7.3.1"]} due {DUE_7_3_1}')
    chat.say("/meeting end", as_user="@wojciech")
    out = chat.say("/meeting minutes M1 html minutes/M1.html", as_user="@lena")
    assert out == "Le procès-verbal de M1 en html : minutes/M1.html\n"
    page = (tmp_path / "minutes" / "M1.html").read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert parsed.tags["html"] == [("lang", "fr")]
    assert parsed.text["h2"] == ["7.3 Open consultations <script>"]
    assert parsed.text["li"][0] == 'Convenu : Use "quotes" & <b>tags</b> freely'
    assert parsed.text["li"][1].startswith("Action 7.3.1 : As agreed at the nineteenth meeting")
    assert "<script>" not in page
    assert "<b>" not in page
    # Typed line breaks are kept.
    assert parsed.text["li"][1].count("\n") == ACTIONS["7.3.1"].count("\n")
    assert parsed.text["li"][1].endswith(
        "— ITU Secretariat, échéance : jeu. 31 oct. 2024, 17:00 Europe/Warsaw "
        "(17:00 Europe/Zurich · 16:00 UTC)"
    )
    out = chat.say("/meeting minutes M1 md", as_user="@tomas")
    assert out.startswith("The minutes of M1 as md: M1-minutes.md\n# 📝 Minutes of M1")
    assert "## 7.3 Open consultations \\<script\\>\n" in out
    assert '- Agreed: Use "quotes" & \\<b\\>tags\\</b\\> freely\n' in out


class _Page(HTMLParser):
    """Text per element, and each element's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, list[tuple[str, str | None]]] = {}
        self.text: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.setdefault(tag, attrs)
        if tag != "br":
            self._open.append(tag)
            self.text.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            tag = self._open[-1]
            self.text[tag][-1] += data.replace("\n", "") if tag != "li" else data.lstrip(" ")


def test_lines_outside_running_minutes_are_neither_answered_nor_stored(chat: Chat) -> None:
    meeting(chat)
    before = table_rows(chat.application.engine)
    for text in ("#info nothing runs here", "#agreed no", "hello #info"):
        event = Incoming("console", "stranger", CHANNEL, text, is_command=False)
        assert chat.assistant.take_minutes(event) is None
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    before = table_rows(chat.application.engine)
    for text in ("hello everyone", "#general is where we talk", "#agreement reached", "# info"):
        event = Incoming("console", "stranger", CHANNEL, text, is_command=False)
        assert chat.assistant.take_minutes(event) is None
    # In another channel, minutes are not running.
    event = Incoming("console", "stranger", "#other", "#info elsewhere", is_command=False)
    assert chat.assistant.take_minutes(event) is None
    assert table_rows(chat.application.engine) == before


def test_a_repeated_delivery_is_recorded_once(chat: Chat) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    event = Incoming(
        "console", "wojciech", CHANNEL, "#agreed Report approved", is_command=False, key="ev1"
    )
    first = chat.assistant.take_minutes(event)
    assert first is not None
    assert len(first) == 1
    assert isinstance(first[0], Noted)
    assert chat.assistant.take_minutes(event) == []
    with chat.assistant.unit_of_work() as uow:
        assert [i.text for i in uow.minute_items.find(meeting_id=1)] == ["Report approved"]


def test_undo_takes_the_action_out_of_the_register_and_its_ref_is_given_again(
    chat: Chat,
) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    chat.say("#topic 7.3 Open consultations", as_user="@wojciech")
    assert "7.3.1 (A1)" in chat.say('#action "ITU Secretariat" Launch the round')
    assert chat.say("#undo") == "↶ Removed the last line: #action Launch the round\n"
    assert chat.say("/action show 7.3.1") == "There is no action 7.3.1.\n"
    # Withdrawn, not deleted: its id is not given again, its history says what happened.
    assert "7.3.1 (A2)" in chat.say('#action "ITU Secretariat" Launch the next round')
    assert chat.say("#undo") == "↶ Removed the last line: #action Launch the next round\n"
    assert chat.say("#undo") == "↶ Removed the last line: #topic 7.3 Open consultations\n"
    assert chat.say("#undo") == "Nothing has been recorded yet, so there is nothing to remove.\n"
    with chat.assistant.unit_of_work() as uow:
        assert [(a.ref, a.status.value) for a in uow.actions.find()] == [
            ("", "cancelled"),
            ("", "cancelled"),
        ]
    assert chat.say("/action list") == "There are no open actions.\n"


def test_the_chair_controls_the_minutes_and_can_hand_them_over(chat: Chat) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    before = table_rows(chat.application.engine)
    refusal = "Only @wojciech, who chairs the minutes, or the secretariat can use #agreed.\n"
    assert chat.say("#agreed Not mine to say", as_user="@tomas") == refusal
    assert chat.say("/meeting end", as_user="@tomas") == (
        "Only @wojciech, who chairs the minutes, or the secretariat can use /meeting end.\n"
    )
    assert chat.say("#chair @sam", as_user="@wojciech") == (
        "@sam cannot chair the minutes: that takes the member, chair or secretariat role.\n"
    )
    assert table_rows(chat.application.engine) == before
    assert chat.say("#chair @tomas", as_user="@wojciech") == (
        "@tomas now chairs the minutes of M1.\n"
    )
    assert chat.say("#agreed Tomas takes over", as_user="@tomas") == "✓ #agreed recorded.\n"
    # The secretariat keeps control too.
    assert chat.say("#agreed Noted by the secretariat", as_user="@ana") == ("✓ #agreed recorded.\n")
    assert "chaired by @tomas" in chat.say("/meeting end", as_user="@tomas")


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        (
            "#action Launch the round",
            "Start #action with its owner, someone (@name) or a body in quotes, then the "
            'action, for example: #action "ITU Secretariat" Launch the open consultation due 1 '
            "October 2024",
        ),
        (
            "#action @wojciech",
            "Start #action with its owner, someone (@name) or a body in quotes, then the "
            'action, for example: #action "ITU Secretariat" Launch the open consultation due 1 '
            "October 2024",
        ),
        (
            "#action @nobody Launch the round",
            "I don't know nobody yet; they need to talk to me once, or the secretariat can "
            "give them a role.",
        ),
        ("#info", "#info needs words after it, for example: #info …"),
        ("#topic", "#topic needs words after it, for example: #topic 7.3 Actions"),
        (
            "#link www.itu.int",
            "#link needs a web address first, for example: #link "
            "https://www.itu.int/cwg-internet Consultation page",
        ),
        ("#chair", "Say who chairs the minutes next, for example: #chair @lena"),
    ],
)
def test_bad_lines_change_nothing(chat: Chat, line: str, reply: str) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    chat.say("#topic 7.3 Open consultations", as_user="@wojciech")
    before = table_rows(chat.application.engine)
    assert chat.say(line, as_user="@wojciech") == reply + "\n"
    assert table_rows(chat.application.engine) == before


def test_a_date_that_cannot_be_read_refuses_the_action(chat: Chat) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    before = table_rows(chat.application.engine)
    out = chat.say('#action "ITU Secretariat" Launch the round due someday soonish')
    assert out.startswith("I could not read “someday soonish” as a date."), out
    assert table_rows(chat.application.engine) == before
    # Quoted, the text may hold the word "due" itself.
    out = chat.say('#action "ITU Secretariat" "Pay the dues due to members" due 1 November')
    assert "Pay the dues due to members — ITU Secretariat — open, due Fri, Nov 1, 2024" in out


def test_starting_and_ending_minutes_where_they_cannot_be(chat: Chat) -> None:
    meeting(chat)
    assert chat.say("/meeting end", as_user="@ana", channel=CHANNEL) == (
        "No minutes are being taken in this channel; start them with /meeting start M1.\n"
    )
    assert chat.say("/meeting minutes M1 md", as_user="@ana") == ("No minutes were taken at M1.\n")
    chat.say("/meeting start M1", as_user="@ana")
    assert chat.say('/meeting start "Informal consultation"', as_user="@ana") == (
        "The minutes of M1 are being taken in this channel already; end them first with "
        "/meeting end.\n"
    )
    assert chat.say("/meeting start M1", as_user="@ana", channel="#other") == (
        "The minutes of M1 are being taken in #cwg-internet; end them there first.\n"
    )
    assert chat.say("/meeting minutes M1 pdf", as_user="@ana") == "Say md or html.\n"
    # An unplanned meeting gets its own id; its minutes run in their own channel.
    out = chat.say('/meeting start "Informal consultation"', as_user="@ana", channel="#other")
    assert out.startswith("[#other] 📝 Minutes of M2 “Informal consultation” are being taken")
    assert chat.say("/meeting end M2", as_user="@ana", channel=CHANNEL).startswith(
        "[#other] 📝 Minutes of M2 “Informal consultation”"
    )


def test_members_only_minutes_follow_the_meetings_visibility(chat: Chat) -> None:
    meeting(chat)
    chat.say("/assistant channel members-only on", as_user="@ana", channel="#cwg-members")
    out = chat.say('/meeting start "Members retreat"', as_user="@ana", channel="#cwg-members")
    assert "Minutes of M2 “Members retreat”" in out
    chat.say("#agreed Confidential outcome", as_user="@ana")
    chat.say('#action "ITU Secretariat" Draft the members-only note')
    chat.say("/meeting end", as_user="@ana")
    assert chat.say("/meeting minutes M2 md", as_user="@sam") == "There is no meeting M2.\n"
    assert "Confidential outcome" in chat.say("/meeting minutes M2 md", as_user="@tomas")
    assert "Draft the members-only note" not in chat.say("/action list", as_user="@sam")


def test_minutes_lines_are_read_in_every_language_with_fixed_keywords(chat: Chat) -> None:
    meeting(chat)
    chat.say("/assistant settings language ar", as_user="@ana")
    chat.say("/assistant channel language zh", as_user="@ana", channel=CHANNEL)
    out = chat.say("/meeting start M1", as_user="@ana", channel=CHANNEL)
    assert out.startswith(f"[{CHANNEL}] 📝 正在本频道记录 M1“{TITLE}”的会议纪要")
    assert chat.say("#agreed تمت الموافقة", as_user="@ana") == "✓ سُجِّل #\u2068agreed\u2069.\n"
    out = chat.say('#action "أمانة الاتحاد" إطلاق المشاورة due 15 أكتوبر 2024', as_user="@ana")
    assert "\u2068أمانة الاتحاد\u2069" in out, out
    assert "2024" in out, out


# ---------------------------------------------------------------- reading lines


def test_read_line_takes_only_the_keywords() -> None:
    assert read_line("#Agreed  It is so  ") is not None
    found = read_line("#action @a x\nsecond line")
    assert found is not None
    assert found.rest == "@a x\nsecond line"
    for text in ("#agreement", "#general hi", "agreed", "# agreed", "#", "x #info"):
        assert read_line(text) is None


def test_topic_numbers_and_references() -> None:
    assert split_topic("7.3 Open consultations") == ("7.3", "Open consultations")
    assert split_topic("7. Actions") == ("7", "Actions")
    assert split_topic("Any other business") == ("", "Any other business")
    assert next_ref("7.3", []) == "7.3.1"
    assert next_ref("7.3", ["7.3.1", "7.3.12", "7.3.x", "7.30.1", "7.3.1.1"]) == "7.3.13"


def test_read_action_parts() -> None:
    found = read_action('"ITU Secretariat" Launch it due 1 October 2024')
    assert (found.owner, found.owner_quoted, found.text, found.due) == (
        "ITU Secretariat",
        True,
        "Launch it",
        "1 October 2024",
    )
    found = read_action("@lena Due diligence on the due process due next Friday")
    assert (found.owner, found.text, found.due) == (
        "@lena",
        "Due diligence on the due process",
        "next Friday",
    )
    found = read_action("@lena “Quoted” words first")
    assert (found.text, found.due) == ("“Quoted” words first", None)
    assert read_action('@lena "a due b"').due is None


def test_replies_to_a_minutes_line_are_for_its_author(chat: Chat) -> None:
    meeting(chat)
    chat.say("/meeting start M1", as_user="@wojciech", channel=CHANNEL)
    event = Incoming(
        "console", "wojciech", CHANNEL, '#action "ITU Secretariat" Launch', is_command=False
    )
    out = chat.assistant.take_minutes(event)
    assert out is not None
    noted, reply = out
    assert isinstance(noted, Noted)
    assert noted.lines == ()
    assert isinstance(reply, Reply)
    assert reply.audience.value == "asker"
