"""Bad input of every kind gets a clear reply, never a traceback, and changes nothing stored.

Each case runs on its own copy of a prepared database: an open round R1 with a question, an
open meeting M1, an action 7.3.1 (A1); the secretariat (ana) types. Also the `assistant when`
command line.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.dispatch import COMMANDS
from assistant.runtime.cli import app
from tests.conftest import Chat
from tests.support import chat_on_copy, table_rows, template_database

WG = "#cwg-internet"
ROUND_TITLE = "The role of public policy in promoting multilingualization of the Internet"
MAIN = Path(__file__).resolve().parents[1]
AT_SEED = ["--now", "2024-10-04T08:00Z"]


# A line that is only a Fluent message id means a message is missing from the locale files.
_MESSAGE_ID = re.compile(r"[a-z]+(?:-[a-z0-9]+)+")


def prepare(chat: Chat) -> None:
    chat.say("/assistant settings", as_user="ana", channel=WG)
    assert "@lena is now member." in chat.say("/assistant role @lena member")
    chat.say("/assistant settings", as_user="lena")
    chat.say("/assistant settings", as_user="sam")
    chat.console.user = "ana"
    assert "Created R1" in chat.say(
        f'/consult new "{ROUND_TITLE}" closes 31 January 2025 zone Geneva'
    )
    assert "Added Q1" in chat.say('/consult question R1 "What could ITU do?"')
    assert "Created M1" in chat.say(
        '/meeting new "CWG-Internet open consultation at IGF 2024" at 16 December 2024 10:00 '
        'zone Riyadh place "IGF, Riyadh"'
    )
    assert "Recorded A1" in chat.say(
        '/action add "ITU Secretariat will launch the next round of Open Consultations" '
        'ref 7.3.1 owner "ITU Secretariat" due 7 October 2024'
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_database(tmp_path_factory, "bad-input", prepare)


@pytest.fixture
def prepared(template: Path, tmp_path: Path) -> Iterator[Chat]:
    chat = chat_on_copy(template, tmp_path)
    chat.say("", as_user="ana", channel=WG)
    yield chat
    chat.application.engine.dispose()


def assert_clear(out: str) -> None:
    """A reply was given, in words: no traceback, no internal error, no bare message id."""
    assert out.strip(), "no reply at all"
    assert "Traceback" not in out
    assert "something went wrong" not in out
    for line in out.splitlines():
        assert not _MESSAGE_ID.fullmatch(line.strip()), f"untranslated message id: {line!r}"


def refused(chat: Chat, line: str, reply: str, user: str = "ana") -> None:
    before = table_rows(chat.application.engine)
    out = chat.say(line, as_user=user)
    assert_clear(out)
    assert reply in out, out
    assert table_rows(chat.application.engine) == before


# ---------------------------------------------------------------- commands and verbs


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/frobnicate", "I don't know the command “/frobnicate”. Type /assistant help"),
        ("/consults list", "I don't know the command “/consults”"),
        ("/🎉", "I don't know the command “/🎉”"),
        ("/consult\u200b list", "I don't know the command"),
        (
            "/consult frobnicate",
            "/consult understands: new, set, question, announce, list, respond",
        ),
        ("/meeting postpone M1", "/meeting understands: new, announce, update, cancel, rsvp, list"),
        (
            "/action delete A1",
            "/action understands: add, list, show, update, edit, done, reminders, remind.",
        ),
        ("/digest weekly", "/digest understands: now, schedule, off."),
        ("/assistant reboot", "/assistant understands: settings, role, channel, when, help."),
        ("/", "Type a command, for example /assistant help."),
        ("/   ", "Type a command, for example /assistant help."),
    ],
)
def test_unknown_and_empty_commands(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


def test_commands_are_case_insensitive(prepared: Chat) -> None:
    assert "Open actions (1):" in prepared.say("/ACTION List")


@pytest.mark.parametrize("command", list(COMMANDS), ids="-".join)
def test_every_command_without_arguments(prepared: Chat, command: tuple[str, str]) -> None:
    """Either it needs nothing (lists, help) or it says what is missing; nothing is stored."""
    before = table_rows(prepared.application.engine)
    out = prepared.say(f"/{command[0]} {command[1]}")
    assert_clear(out)
    assert table_rows(prepared.application.engine) == before


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/consult new", "Give a title between quotes"),
        ('/consult new ""', "Give a title between quotes"),
        ('/consult new "Title"', "Say when the round closes: closes WHEN."),
        ('/consult new "Title" closes', "“closes” needs a value after it."),
        ('/consult new "Title" closes 31 January 2025 zone', "“zone” needs a value after it."),
        ("/consult question", "Say which round, for example R1."),
        ("/consult question R1", "Give the text between quotes."),
        ('/consult question R1 "   "', "Give the text between quotes."),
        ("/consult answer R1", "Say which question, for example Q1."),
        ("/consult answer R1 Q1", "Give the text between quotes."),
        ("/consult export R1", "Say csv or md."),
        ("/consult export R1 pdf", "Say csv or md."),
        ("/consult extend R1", "Say when, for example"),
        ("/consult remind R1", "Reminder times look like 7d,1d,2h"),
        ("/consult remind R1 often", "Reminder times look like 7d,1d,2h"),
        ('/meeting new "Title"', "Say when the meeting starts: at WHEN."),
        ("/meeting rsvp M1", "Say in-person, remote or no."),
        ("/meeting rsvp M1 maybe", "Say in-person, remote or no."),
        ('/meeting new "Title" at 1 December 2024 10:00 capacity lots', "Capacity must be"),
        ('/meeting new "Title" at 1 December 2024 10:00 link ftp://x', "is not a web link"),
        ("/action add", "Give the text between quotes."),
        ('/action add "Text"', "Say who owns the action"),
        ('/action add "Text" owner', "“owner” needs a value after it."),
        ('/action add "Text" owner ""', "Say who owns the action"),
        ('/action add "Text" owner "   "', "Say who owns the action"),
        ("/action update 7.3.1", "Say: status open|in-progress|blocked|done|cancelled."),
        ("/action update 7.3.1 status", "is not a status"),
        ("/action show", "Say which action, by id (A1) or reference (7.3.1)."),
        ("/assistant when", "Say when, for example"),
        ("/assistant role", "Name the person as @user."),
        ("/assistant channel", "Say “language LANG” or “members-only on|off”."),
        ("/digest schedule", "Say when the digest goes out"),
        ("/digest schedule zone Europe/Zurich", "Say when the digest goes out"),
        ("/consult list everything", "I did not understand “everything” at the end"),
    ],
)
def test_missing_or_wrong_arguments(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/consult new "T" closes whenever the cows come home', "I could not read “whenever"),
        (
            '/consult new "T" closes 31 February 2025',
            "“31 February 2025” is not a date: February 2025 has 28 days.",
        ),
        ('/consult new "T" closes 1 January 2020', "is already in the past"),
        ('/consult new "T" closes 31 January 2025 25:00', "is not a time that exists"),
        ('/consult new "T" closes 31 January 2025 zone Atlantis', "the time zone “Atlantis”"),
        ('/consult new "T" closes 31 January 2025 zone IST', "“IST” means different zones"),
        ('/consult new "T" opens 1 February 2025 closes 31 January 2025', "must open before"),
        ("/consult extend R1 someday", "I could not read “someday”"),
        ("/consult extend R1 1 January 2020", "is already in the past"),
        ('/meeting new "T" at sometime soon', "I could not read “sometime soon”"),
        ('/meeting new "T" at 16 December 2024', "has no time of day"),
        ('/meeting new "T" at 16 December 2024 10:00 until 09:00', "must end after it starts"),
        (
            '/meeting new "T" at 16 December 2024 10:00 rsvp-by 20 December 2024',
            "The RSVP deadline must be before the meeting starts.",
        ),
        ('/meeting new "T" at 30 March 2025 02:30 zone Geneva', "the clocks jump forward"),
        ('/action add "T" owner "ITU Secretariat" due someday', "I could not read “someday”"),
        ("/assistant when " + "1 " * 70, "A date can be at most 120 characters."),
        ("/assistant when 🎉", "I could not read “🎉” as a date."),
    ],
)
def test_unreadable_or_impossible_dates(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


# ---------------------------------------------------------------- unknown ids


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/consult question R99 "Q"', "There is no round R99."),
        ("/consult announce R99", "There is no round R99."),
        ("/consult respond R99", "There is no round R99."),
        ('/consult answer R99 Q1 "A"', "There is no round R99."),
        ('/consult answer R1 Q9 "A"', "R1 has no question Q9."),
        ("/consult status R99", "There is no round R99."),
        ("/consult export R99 md", "There is no round R99."),
        ("/consult close R99", "There is no round R99."),
        ("/consult extend R99 14 February 2025", "There is no round R99."),
        ("/consult reminders R99", "There is no round R99."),
        ("/consult remind R99 1d", "There is no round R99."),
        ("/meeting announce M99", "There is no meeting M99."),
        ("/meeting rsvp M99 remote", "There is no meeting M99."),
        ("/meeting attendees M99", "There is no meeting M99."),
        ("/meeting ics M99", "There is no meeting M99."),
        ("/meeting reminders M99", "There is no meeting M99."),
        ("/meeting remind M99 1d", "There is no meeting M99."),
        ('/action add "T" owner "ITU Secretariat" meeting M99', "There is no meeting M99."),
        ('/action add "T" owner @nobody', "I don't know nobody yet"),
        ("/action list owner @nobody", "I don't know nobody yet"),
        ("/action show A99", "There is no action A99."),
        ("/action show 9.9.9", "There is no action 9.9.9."),
        ("/action update A99 status done", "There is no action A99."),
        ("/action update 9.9.9 status done", "There is no action 9.9.9."),
        ("/action done A99", "There is no action A99."),
        ("/action done 9.9.9", "There is no action 9.9.9."),
        ("/consult status Rabc", "“Rabc” is not a valid id; ids look like R1."),
        ("/consult status R-1", "“R-1” is not a valid id; ids look like R1."),
        ("/meeting ics M1.5", "“M1.5” is not a valid id; ids look like M1."),
        ('/consult answer R1 Qx "A"', "“Qx” is not a valid id; ids look like Q1."),
        ("/consult status R\u200b1", "is not a valid id; ids look like R1."),
        ("/consult announce R1 general", "“general” is not a channel"),
    ],
)
def test_unknown_ids(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


def test_unknown_ids_for_a_member_too(prepared: Chat) -> None:
    refused(prepared, "/action done 9.9.9", "There is no action 9.9.9.", user="lena")
    refused(prepared, "/meeting rsvp M99 no", "There is no meeting M99.", user="lena")


# ---------------------------------------------------------------- overlong text


LINK_HINT = (
    "For a longer contribution, put the full text in a shared document and send its link here "
    "with a short summary."
)


def long_text(length: int, limit: str) -> str:
    """The refusal of a long-form text of `length` characters (a question, an answer…)."""
    return f"That text has {length:,} characters; this field takes at most {limit}. {LINK_HINT}"


def short_text(limit: str) -> str:
    """The refusal of a name (title, place, owner, organisation…): it can only be shortened."""
    return f"That text is too long: at most {limit} characters."


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/consult new "' + "t" * 201 + '" closes 31 January 2025', short_text("200")),
        ('/consult question R1 "' + "q" * 1201 + '"', long_text(1201, "1,200")),
        ('/consult answer R1 Q1 "' + "a" * 20_001 + '"', long_text(20_001, "20,000")),
        ('/meeting new "' + "t" * 201 + '" at 16 December 2024 10:00', short_text("200")),
        ('/meeting new "T" at 16 December 2024 10:00 place "' + "p" * 201 + '"', short_text("200")),
        (
            '/meeting new "T" at 16 December 2024 10:00 link https://a.example/' + "l" * 1983,
            short_text("2,000"),
        ),
        ('/action add "' + "a" * 4001 + '" owner "ITU Secretariat"', long_text(4001, "4,000")),
        ('/action add "T" owner "' + "o" * 201 + '"', short_text("200")),
        ('/action done 7.3.1 "' + "n" * 4001 + '"', long_text(4001, "4,000")),
        ('/action update 7.3.1 status blocked "' + "n" * 4001 + '"', long_text(4001, "4,000")),
        ('/assistant settings organisation "' + "o" * 201 + '"', short_text("200")),
        ('/assistant settings country "' + "c" * 201 + '"', short_text("200")),
        ('/consult new "' + "t" * 100_000 + '" closes 31 January 2025', short_text("200")),
    ],
    ids=lambda value: value[:30] if isinstance(value, str) else value,
)
def test_overlong_text(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


@pytest.mark.parametrize(
    ("line", "typed", "reply"),
    [
        ('/consult new "{}" closes 31 January 2025', "t" * 200, "Created R2"),
        ('/consult question R1 "{}"', "q" * 1200, "Added Q2 to R1"),
        ('/consult answer R1 Q1 "{}"', "a" * 20_000, "Receipt: your answer to R1 Q1"),
        ('/meeting new "T" at 16 December 2024 10:00 place "{}"', "p" * 200, "Created M2"),
        (
            "/meeting new T at 16 December 2024 10:00 link {}",
            "https://a.example/" + "l" * 1982,
            "Created M2",
        ),
        ('/action add "{}" owner "ITU Secretariat"', "a" * 4000, "Recorded A2"),
        ('/action add "T" owner "{}"', "o" * 200, "Recorded A2"),
        ('/action done 7.3.1 "{}"', "n" * 4000, "7.3.1"),
        ('/assistant settings organisation "{}"', "o" * 200, "o" * 200),
    ],
    ids=lambda value: value[:30],
)
def test_text_at_the_limit_is_accepted(prepared: Chat, line: str, typed: str, reply: str) -> None:
    out = prepared.say(line.format(typed))
    assert_clear(out)
    assert reply in out, out[:300]
    assert "too long" not in out


def test_an_overlong_answer_in_the_guided_dialogue_keeps_the_question_open(
    prepared: Chat,
) -> None:
    assert "R1 Q1 (of 1): What could ITU do?" in prepared.say("/consult respond R1", as_user="sam")
    refused(prepared, "a" * 20_001, long_text(20_001, "20,000"), user="sam")
    out = prepared.say("Support universal acceptance")
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)." in out
    assert "Thank you, your answers to R1 are recorded." in out


# ---------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    "line",
    [
        '/consult new "Multilingual Internet closes 31 January 2025',
        "/consult new “Multilingual Internet closes 31 January 2025",
        "/consult new «Multilingual Internet closes 31 January 2025",
        "/consult new 「Multilingual Internet closes 31 January 2025",
        '/consult answer R1 Q1 "Universal acceptance',
        '/action add "Text" owner "ITU Secretariat',
        '/action done 7.3.1 "Round launched',
        '/"',
    ],
)
def test_unclosed_quotes(prepared: Chat, line: str) -> None:
    refused(prepared, line, "A quotation mark is not closed.")


@pytest.mark.parametrize(
    "title",
    ["“Multilingual Internet”", "«Multilingual Internet»", "「Multilingual Internet」"],
)
def test_other_quotes_are_understood(prepared: Chat, title: str) -> None:
    out = prepared.say(f"/consult new {title} closes 31 January 2025")
    assert "Created R2: “Multilingual Internet”." in out


# ---------------------------------------------------------------- odd characters


def test_emoji_rtl_and_zero_width_in_an_answer_are_kept_exactly(prepared: Chat) -> None:
    text = "🌍🇨🇭 تعدد اللغات على الإنترنت \u200fמרובה\u200f zero\u200bwidth ✅"
    out = prepared.say(f'/consult answer R1 Q1 "{text}"', as_user="lena")
    assert_clear(out)
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)." in out
    export = prepared.say("/consult export R1 csv", as_user="ana")
    assert text in export


def test_emoji_and_arabic_titles_are_accepted(prepared: Chat) -> None:
    out = prepared.say('/consult new "🌐 الإنترنت متعدد اللغات" closes 31 January 2025')
    # Right-to-left text typed by a person is shown inside a bidi isolate (FSI … PDI).
    assert "Created R2: “\u2068🌐 الإنترنت متعدد اللغات\u2069”." in out


def control_free(text: str) -> bool:
    return not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in text)


@pytest.mark.parametrize(
    "line",
    [
        '/consult new "Bad\x00title" closes 31 January 2025',
        '/consult new "Red \x1b[31malert\x1b[0m" closes 31 January 2025',
        '/consult answer R1 Q1 "Ring\x07ring"',
        '/action done 7.3.1 "Done\x1b[2J"',
        "/action show 7.3.1\x00",
        "/consult status R1\x08",
    ],
    ids=["nul-title", "ansi-title", "bell-answer", "ansi-note", "nul-ref", "backspace-id"],
)
def test_control_characters_never_reach_the_screen_or_the_database(
    prepared: Chat, line: str
) -> None:
    """Refused, or stored and shown without them: they would rewrite the reader's terminal."""
    before = table_rows(prepared.application.engine)
    out = prepared.say(line)
    assert_clear(out)
    assert control_free(out), repr(out)
    after = table_rows(prepared.application.engine)
    stored = [
        value
        for table, table_rows in after.items()
        for row in table_rows
        if row not in before[table]
        for value in row
        if isinstance(value, str)
    ]
    assert all(control_free(value) for value in stored), stored


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/consult new "\u200b" closes 31 January 2025', "Give a title between quotes"),
        ('/consult new "\u200f\u200e" closes 31 January 2025', "Give a title between quotes"),
        ('/consult question R1 "\ufeff"', "Give the text between quotes."),
        ('/action add "\u200b" owner "ITU Secretariat"', "Give the text between quotes."),
        ('/action add "Text" owner "\u200b"', "Say who owns the action"),
    ],
    ids=["zwsp-title", "marks-title", "bom-question", "zwsp-action", "zwsp-owner"],
)
def test_invisible_text_counts_as_empty(prepared: Chat, line: str, reply: str) -> None:
    refused(prepared, line, reply)


def test_a_right_to_left_override_does_not_leak_out_of_the_title(prepared: Chat) -> None:
    """U+202E reverses everything after it on the line unless the user text is isolated."""
    out = prepared.say('/consult new "\u202eevil" closes 31 January 2025')
    assert_clear(out)
    for line in out.splitlines():
        if "\u202e" in line:
            tail = line[line.index("\u202e") :]
            assert "\u202c" in tail or "\u2069" in tail, repr(line)


# ---------------------------------------------------------------- the `assistant when` CLI


def test_cli_when_json() -> None:
    result = CliRunner().invoke(
        app,
        [
            "when",
            "31 January 2025",
            "--tz",
            "Europe/Zurich",
            "--now",
            "2024-10-04T08:00Z",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "utc": "2025-01-31T22:59:00Z",
        "zone": "Europe/Zurich",
        "local": "2025-01-31T23:59:00+01:00",
        "language": "en",
    }


def test_cli_when_json_with_a_zone_in_the_text() -> None:
    result = CliRunner().invoke(
        app,
        ["when", "15 January 2025 18:00 AoE", "--tz", "Europe/Zurich", *AT_SEED, "--json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "utc": "2025-01-16T06:00:00Z",
        "zone": "AoE",
        "local": "2025-01-15T18:00:00-12:00",
        "language": "en",
    }


def test_cli_when_text() -> None:
    result = CliRunner().invoke(app, ["when", "31 January 2025", "--tz", "Geneva", *AT_SEED])
    assert result.exit_code == 0
    assert result.stdout.strip().splitlines() == [
        "“31 January 2025” reads as Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC).",
        "Read in English.",
    ]


def test_cli_when_names_the_language_it_read_in() -> None:
    result = CliRunner().invoke(
        app, ["when", "demain 15h", "--tz", "Europe/Paris", *AT_SEED, "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "fr"
    result = CliRunner().invoke(
        app, ["when", "明天下午3点", "--tz", "Asia/Shanghai", *AT_SEED, "--language", "fr"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "Langue reconnue : chinois."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["whenever the cows come home"], "I could not read “whenever the cows come home”"),
        (["30 February 2025"], "“30 February 2025” is not a date: February 2025 has 28 days."),
        (["today 24:30"], "“24:30” is not a time that exists on a clock"),
        (["31 January 2025 10:00 CST"], "“CST” means different zones to different people"),
        ([""], "Say when, for example"),
        (["31 January 2025", "--tz", "Atlantis"], "I don't know the time zone “Atlantis”"),
        (["31 January 2025", "--now", "yesterday"], "yesterday"),
    ],
)
def test_cli_when_unreadable_input_exits_2(args: list[str], message: str) -> None:
    options = AT_SEED if "--now" not in args else []
    result = CliRunner().invoke(app, ["when", *args, *options, "--json"])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.stdout.strip() == "" or "{" not in result.stdout


def test_cli_when_installed_command() -> None:
    executable = MAIN / ".venv" / "bin" / "assistant"
    if not executable.exists():
        pytest.skip("the assistant command is not installed in .venv")
    ok = subprocess.run(
        [executable, "when", "31 January 2025", "--tz", "Europe/Zurich", *AT_SEED, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout) == {
        "utc": "2025-01-31T22:59:00Z",
        "zone": "Europe/Zurich",
        "local": "2025-01-31T23:59:00+01:00",
        "language": "en",
    }
    bad = subprocess.run(
        [executable, "when", "blah blah", "--tz", "Europe/Zurich", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2
    assert "I could not read “blah blah” as a date." in bad.stderr
    assert "Traceback" not in bad.stderr
    assert bad.stdout == ""
