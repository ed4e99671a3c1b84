"""Digests, settings, roles, channel settings, reading dates and help, through the console.

The clock starts on Friday 2024-10-04 08:00 UTC (10:00 in Geneva); Monday 7 October 09:00
Europe/Zurich is 07:00 UTC (summer time), Monday 4 November 09:00 is 08:00 UTC (winter time).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.dispatch import COMMANDS
from assistant.runtime.cli import app
from assistant.runtime.clock import FakeClock
from tests.conftest import Chat, make_chat
from tests.support import table_rows

WG = "#cwg-internet"
MEMBERS = "#cwg-members"
DIGEST = f"[{WG}] 📋 Digest for {WG}"
REFUSED = "does not allow that"
# A refusal for a role then says who grants roles.
GRANTED = "Roles are granted by the secretariat: @ana."

ROUND_TITLE = "The role of public policy in promoting multilingualization of the Internet"
Q1 = (
    "What could ITU and its members and other stakeholders do to ensure that the Internet "
    "becomes more multilingual in nature and thus accessible for more of the global population?"
)


def settings_line(chat: Chat, user: str = "ana") -> str:
    return chat.say("/assistant settings", as_user=user).strip()


def seed(chat: Chat) -> None:
    """An open round, a members-only meeting with its action, an open session with its action."""
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=WG)
    chat.say("/assistant role @lena member")
    chat.say("/assistant settings", as_user="@lena")
    chat.say("/assistant settings", as_user="@sam")
    chat.say("/in " + MEMBERS, as_user="ana")
    assert "members-only on" in chat.say("/assistant channel members-only on")
    chat.say("/in " + WG)
    out = chat.say(f'/consult new "{ROUND_TITLE}" closes 31 January 2025 zone Geneva')
    assert "Created R1" in out
    chat.say(f'/consult question R1 "{Q1}"')
    out = chat.say(
        '/meeting new "CWG-Internet 21st meeting" at 20 October 2024 10:00 zone Geneva members-only'
    )
    assert "Created M1" in out
    out = chat.say(
        '/meeting new "Open consultation session at IGF 2024" at 16 October 2024 10:00 '
        'zone Riyadh place "IGF, Riyadh"'
    )
    assert "Created M2" in out
    out = chat.say(
        '/action add ref 8.1 "Prepare the agenda of the 21st meeting" owner "ITU Secretariat" '
        "due 6 October 2024 meeting M1"
    )
    assert "Recorded A1" in out
    out = chat.say(
        '/action add ref 7.3.3 "Directors of all the ITU bureaux are invited to consider the '
        'consultation responses" owner "Directors of all the ITU bureaux" due 8 October 2024 '
        "meeting M2"
    )
    assert "Recorded A2" in out


@pytest.fixture
def seeded(chat: Chat) -> Chat:
    seed(chat)
    return chat


# ---------------------------------------------------------------- digest now


def test_digest_now_in_the_current_channel(seeded: Chat) -> None:
    out = seeded.say("/digest now", as_user="ana", channel=WG)
    assert out.startswith(f"{DIGEST} — Fri, Oct 4, 2024, 08:00 UTC\n")
    assert "7.3.3 (A2) Directors of all the ITU bureaux are invited" in out
    assert f"R1 “{ROUND_TITLE}” — no respondents so far" in out
    assert "M2 “Open consultation session at IGF 2024”" in out
    assert "Digest posted" not in out  # it was posted right here


def test_digest_now_in_another_channel(seeded: Chat) -> None:
    out = seeded.say("/digest now #general", as_user="ana", channel=WG)
    assert "[#general] 📋 Digest for #general — Fri, Oct 4, 2024, 08:00 UTC" in out
    assert out.splitlines()[-1] == "Digest posted in #general."
    assert f"[{WG}]" not in out


def test_digest_counts_respondents_and_rsvps(seeded: Chat) -> None:
    seeded.say('/consult answer R1 Q1 "Universal acceptance of IDNs"', as_user="@sam")
    seeded.say("/meeting rsvp M2 remote", as_user="@sam")
    seeded.say("/meeting rsvp M2 in-person", as_user="@lena")
    out = seeded.say("/digest now", as_user="ana", channel=WG)
    assert f"R1 “{ROUND_TITLE}” — 1 respondent so far" in out
    assert "— in person 1, remote 1" in out


def section(out: str, title: str) -> list[str]:
    """The lines under one heading of a digest ("Overdue (1):" …), up to the next heading."""
    lines = [line.strip() for line in out.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{title} ("))
    following = []
    for line in lines[start + 1 :]:
        if line.endswith("):") and "—" not in line:
            break
        following.append(line)
    return following


def test_digest_sections_overdue_due_soon_and_recently_done(chat: Chat) -> None:
    chat.say("/assistant settings", as_user="ana", channel=WG)
    chat.say('/action add ref 7.3.1 "Launch the round" owner "ITU Secretariat" due 5 October 2024')
    chat.say('/action add ref 7.3.2 "Submit the summary" owner "ITU Secretariat" due 10 October')
    chat.say(
        '/action add ref 7.3.3 "Consider the responses" owner "Directors of all the ITU bureaux"'
    )
    chat.say('/consult new "A round that closes on Sunday" closes 6 October 2024')
    chat.say("/action done 7.3.3")
    chat.say("/clock 2024-10-07T07:00Z")
    out = chat.say("/digest now")
    assert section(out, "Overdue") == [
        "7.3.1 (A1) Launch the round — ITU Secretariat — open, due Sat, Oct 5, 2024, 23:59 UTC"
        " ⚠ overdue"
    ]
    assert section(out, "Due in the next 7 days") == [
        "7.3.2 (A2) Submit the summary — ITU Secretariat — open, due Thu, Oct 10, 2024, 23:59 UTC"
    ]
    assert section(out, "Done in the last 7 days") == [
        "7.3.3 (A3) Consider the responses — Directors of all the ITU bureaux — done"
    ]
    assert "A round that closes on Sunday" not in out  # closed rounds are not open for input
    chat.say("/clock +8d")
    out = chat.say("/digest now")
    assert "7.3.3" not in out  # done more than a week ago
    assert [line.split(" (")[0] for line in section(out, "Overdue")] == ["7.3.1", "7.3.2"]


def test_members_only_content_only_in_members_only_channels(seeded: Chat) -> None:
    public = seeded.say("/digest now", as_user="ana", channel=WG)
    assert "8.1 (A1)" not in public
    assert "CWG-Internet 21st meeting" not in public
    members = seeded.say(f"/digest now {MEMBERS}")
    assert f"[{MEMBERS}] 📋 Digest for {MEMBERS}" in members
    assert "8.1 (A1) Prepare the agenda of the 21st meeting" in members
    assert "M1 “CWG-Internet 21st meeting”" in members
    assert "7.3.3 (A2)" in members
    # Marking a channel members-only off hides it again.
    seeded.say(f"/in {MEMBERS}")
    assert "members-only off" in seeded.say("/assistant channel members-only off")
    again = seeded.say("/digest now")
    assert "8.1 (A1)" not in again
    assert "CWG-Internet 21st meeting" not in again


def test_members_only_round_only_in_members_only_channels(seeded: Chat) -> None:
    seeded.say(
        '/consult new "Members-only survey on LLDC connectivity" closes 30 November 2024 '
        "members-only",
        as_user="ana",
        channel=WG,
    )
    assert "Members-only survey" not in seeded.say("/digest now")
    assert "R2 “Members-only survey on LLDC connectivity”" in seeded.say(f"/digest now {MEMBERS}")


def test_only_organisers_may_post_a_digest(seeded: Chat) -> None:
    seeded.say("/assistant role @wojciech chair", as_user="ana", channel=WG)
    assert DIGEST in seeded.say("/digest now", as_user="@wojciech")
    before = table_rows(seeded.application.engine)
    for user, role in (("@lena", "member"), ("@sam", "stakeholder")):
        out = seeded.say("/digest now", as_user=user)
        assert out.strip() == f"Sorry, your role ({role}) {REFUSED}. Nothing was changed. {GRANTED}"
        out = seeded.say('/digest schedule "mon 09:00" zone Europe/Zurich #cwg-internet')
        assert REFUSED in out
        assert REFUSED in seeded.say("/digest off")
    assert table_rows(seeded.application.engine) == before


# ---------------------------------------------------------------- scheduled digests


def digests_in(out: str, channel: str = WG) -> int:
    return out.count(f"[{channel}] 📋 Digest for {channel}")


def test_weekly_digest_is_posted_once_on_monday_0900_zurich(seeded: Chat) -> None:
    out = seeded.say(
        '/digest schedule "mon 09:00" zone Europe/Zurich #cwg-internet', as_user="ana", channel=WG
    )
    assert out.strip() == (
        "Digest for #cwg-internet scheduled every Monday at 09:00 (Europe/Zurich); "
        "next one Mon, Oct 7, 2024, 09:00 Europe/Zurich (07:00 UTC)."
    )
    assert digests_in(seeded.say("/clock +2d")) == 0  # Sunday
    assert digests_in(seeded.say("/clock 2024-10-07T06:59Z")) == 0  # 08:59 in Zurich
    out = seeded.say("/clock +1m")
    assert digests_in(out) == 1
    assert f"{DIGEST} — Mon, Oct 7, 2024, 09:00 Europe/Zurich (07:00 UTC)" in out
    assert "8.1 (A1)" not in out  # members-only meeting's action, public channel
    for step in ("+1m", "+1h", "+1d", "+2d", "+2d"):
        assert digests_in(seeded.say(f"/clock {step}")) == 0, step
    assert digests_in(seeded.say("/clock 2024-10-14T06:59Z")) == 0
    out = seeded.say("/clock +1m")
    assert digests_in(out) == 1
    assert f"{DIGEST} — Mon, Oct 14, 2024, 09:00 Europe/Zurich (07:00 UTC)" in out
    assert digests_in(seeded.say("/clock +1h")) == 0


def test_weekly_digest_follows_zurich_across_the_end_of_summer_time(chat: Chat) -> None:
    chat.say("/clock 2024-11-01T08:00Z", as_user="ana", channel=WG)
    out = chat.say('/digest schedule "mon 09:00" zone Geneva')
    assert "(Europe/Zurich); next one Mon, Nov 4, 2024, 09:00 Europe/Zurich (08:00 UTC)." in out
    assert digests_in(chat.say("/clock 2024-11-04T07:00Z")) == 0  # 08:00 in Zurich now
    assert digests_in(chat.say("/clock +59m")) == 0
    out = chat.say("/clock +1m")
    assert digests_in(out) == 1
    assert "Mon, Nov 4, 2024, 09:00 Europe/Zurich (08:00 UTC)" in out


def test_scheduled_digest_in_a_members_only_channel_shows_members_only_content(
    seeded: Chat,
) -> None:
    out = seeded.say(
        f'/digest schedule "mon 09:00" zone Europe/Zurich {MEMBERS}', as_user="ana", channel=WG
    )
    assert f"Digest for {MEMBERS} scheduled every Monday at 09:00 (Europe/Zurich)" in out
    out = seeded.say("/clock 2024-10-07T07:00Z")
    assert digests_in(out, MEMBERS) == 1
    assert digests_in(out, WG) == 0
    assert "8.1 (A1) Prepare the agenda of the 21st meeting" in out
    assert "M1 “CWG-Internet 21st meeting”" in out


def test_schedule_defaults_to_the_current_channel_and_the_speakers_zone(seeded: Chat) -> None:
    out = seeded.say('/digest schedule "weekdays 08:30"', as_user="ana", channel=WG)
    assert out.strip() == (
        "Digest for #cwg-internet scheduled Monday to Friday at 08:30 (Europe/Zurich); "
        "next one Mon, Oct 7, 2024, 08:30 Europe/Zurich (06:30 UTC)."
    )


def test_digest_off_stops_the_schedule(seeded: Chat) -> None:
    seeded.say('/digest schedule "mon 09:00" zone Europe/Zurich #cwg-internet', as_user="ana")
    assert digests_in(seeded.say("/clock 2024-10-07T07:00Z")) == 1
    out = seeded.say("/digest off", channel=WG)
    assert out.strip() == "Scheduled digest for #cwg-internet is off."
    for day in ("2024-10-14T07:00Z", "2024-10-14T09:00Z", "2024-10-21T07:00Z"):
        assert digests_in(seeded.say(f"/clock {day}")) == 0, day
    # On demand still works.
    assert digests_in(seeded.say("/digest now")) == 1


def test_digest_off_names_a_channel(seeded: Chat) -> None:
    seeded.say(f'/digest schedule "mon 09:00" zone Europe/Zurich {MEMBERS}', as_user="ana")
    out = seeded.say(f"/digest off {MEMBERS}", channel=WG)
    assert out.strip() == f"Scheduled digest for {MEMBERS} is off."
    assert digests_in(seeded.say("/clock 2024-10-07T07:00Z"), MEMBERS) == 0


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ('/digest schedule "someday" #cwg-internet', "A digest schedule looks like “mon 09:00”"),
        ('/digest schedule "mon 25:00" #cwg-internet', "not “mon 25:00”"),
        ('/digest schedule "mon 09:00" zone Mars', "I don't know the time zone “Mars”"),
        ('/digest schedule "mon 09:00" zone CST', "“CST” means different zones"),
        ("/digest schedule", "Say when the digest goes out"),
        ("/digest now cwg-internet", "“cwg-internet” is not a channel"),
    ],
)
def test_bad_digest_commands_are_refused(seeded: Chat, line: str, reply: str) -> None:
    before = table_rows(seeded.application.engine)
    out = seeded.say(line, as_user="ana", channel=WG)
    assert reply in out
    assert table_rows(seeded.application.engine) == before


# ---------------------------------------------------------------- personal settings


def test_settings_show(chat: Chat) -> None:
    assert settings_line(chat) == (
        "Your settings: time zone UTC, language en, quiet hours 22:00-07:00, role secretariat, "
        "organisation —, country —, stakeholder group —."
    )


def test_settings_change_each_value(chat: Chat) -> None:
    assert "time zone America/Bogota," in chat.say("/assistant settings tz America/Bogota")
    assert "time zone Europe/Zurich," in chat.say("/assistant settings tz Geneva")
    assert "time zone UTC+3," in chat.say("/assistant settings tz UTC+3")
    assert "time zone AoE," in chat.say("/assistant settings tz aoe")
    chat.say("/assistant settings tz Europe/Zurich")
    assert "quiet hours 23:00-06:30," in chat.say("/assistant settings quiet 23:00-06:30")
    out = chat.say('/assistant settings organisation "ITU Secretariat"')
    assert "organisation ITU Secretariat," in out
    assert "country Switzerland," in chat.say("/assistant settings country ch")
    assert "stakeholder group Intergovernmental organisation." in chat.say(
        "/assistant settings group intergovernmental"
    )
    # The confirmation already comes in the newly chosen language.
    assert "langue fr," in chat.say("/assistant settings language FR")
    chat.say("/assistant settings language en")
    assert settings_line(chat) == (
        "Your settings: time zone Europe/Zurich, language en, quiet hours 23:00-06:30, "
        "role secretariat, organisation ITU Secretariat, country Switzerland, "
        "stakeholder group Intergovernmental organisation."
    )


def test_a_new_time_zone_is_used_for_reading_and_showing_dates(chat: Chat) -> None:
    chat.say("/assistant settings tz America/Bogota")
    out = chat.say("/assistant when 31 January 2025 18:00")
    assert "reads as Fri, Jan 31, 2025, 18:00 America/Bogota (23:00 UTC)." in out


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/assistant settings tz Mars/Olympus", "I don't know the time zone “Mars/Olympus”"),
        ("/assistant settings tz CST", "“CST” means different zones to different people"),
        ("/assistant settings tz", "“tz” needs a value after it."),
        ("/assistant settings language klingon", "“klingon” is not a supported language"),
        ("/assistant settings quiet 25:00-06:00", "Quiet hours look like 22:00-07:00"),
        ("/assistant settings quiet late", "Quiet hours look like 22:00-07:00, not “late”."),
        ("/assistant settings group aliens", "“aliens” is not a stakeholder group"),
        ("/assistant settings colour blue", "“colour” is not a setting"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(chat: Chat, line: str, reply: str) -> None:
    shown = settings_line(chat)
    before = table_rows(chat.application.engine)
    out = chat.say(line)
    assert reply in out
    assert table_rows(chat.application.engine) == before
    assert settings_line(chat) == shown


# ---------------------------------------------------------------- roles


def test_role_grants_each_role(chat: Chat) -> None:
    for role in ("chair", "member", "stakeholder", "secretariat"):
        assert chat.say(f"/assistant role @wojciech {role}").strip() == (
            f"@wojciech is now {role}."
        )
        assert f"role {role}," in settings_line(chat, "@wojciech")
        chat.console.user = "ana"


def test_the_last_secretariat_cannot_be_demoted(chat: Chat) -> None:
    assert "role secretariat," in settings_line(chat)
    before = table_rows(chat.application.engine)
    for role in ("chair", "member", "stakeholder"):
        out = chat.say(f"/assistant role @ana {role}", as_user="ana")
        assert out.strip() == "You are the last secretariat; grant the role to someone else first."
    assert table_rows(chat.application.engine) == before
    assert "role secretariat," in settings_line(chat)
    # With a second secretariat, the first may step down; the second then cannot.
    assert "@lena is now secretariat." in chat.say("/assistant role @lena secretariat")
    assert "@ana is now chair." in chat.say("/assistant role @ana chair")
    out = chat.say("/assistant role @lena member", as_user="@lena")
    assert "You are the last secretariat" in out
    assert "role secretariat," in settings_line(chat, "@lena")


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/assistant role @lena overlord", "“overlord” is not a role"),
        ("/assistant role lena member", "Name the person as @user."),
        ("/assistant role @lena", "Say which role: secretariat, chair, member or stakeholder."),
        ("/assistant role", "Name the person as @user."),
    ],
)
def test_bad_role_commands_are_refused(chat: Chat, line: str, reply: str) -> None:
    chat.say("/assistant settings", as_user="@lena")
    chat.say("/assistant settings", as_user="ana")
    before = table_rows(chat.application.engine)
    assert reply in chat.say(line)
    assert table_rows(chat.application.engine) == before


def test_only_the_secretariat_grants_roles(chat: Chat) -> None:
    chat.say("/assistant role @wojciech chair")
    chat.say("/assistant settings", as_user="@wojciech")
    before = table_rows(chat.application.engine)
    out = chat.say("/assistant role @wojciech secretariat", as_user="@wojciech")
    assert out.strip() == f"Sorry, your role (chair) {REFUSED}. Nothing was changed. {GRANTED}"
    assert table_rows(chat.application.engine) == before


# ---------------------------------------------------------------- channel settings


def test_channel_language_and_members_only(chat: Chat) -> None:
    out = chat.say("/assistant channel language fr", channel=WG)
    assert out.strip() == "Channel #cwg-internet: language fr, members-only off."
    out = chat.say("/assistant channel members-only on")
    assert out.strip() == "Channel #cwg-internet: language fr, members-only on."
    out = chat.say("/assistant channel members-only off")
    assert out.strip() == "Channel #cwg-internet: language fr, members-only off."
    # Each channel has its own settings.
    out = chat.say("/assistant channel members-only on", channel="#general")
    assert out.strip() == "Channel #general: language en, members-only on."


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("/assistant channel language klingon", "“klingon” is not a supported language"),
        ("/assistant channel members-only maybe", "Say on or off, not “maybe”."),
        ("/assistant channel colour red", "Say “language LANG” or “members-only on|off”."),
        ("/assistant channel members-only", "“members-only” needs a value after it."),
    ],
)
def test_bad_channel_settings_are_refused(chat: Chat, line: str, reply: str) -> None:
    chat.say("/assistant settings", channel=WG)
    before = table_rows(chat.application.engine)
    assert reply in chat.say(line)
    assert table_rows(chat.application.engine) == before


def test_only_the_secretariat_changes_channel_settings(chat: Chat) -> None:
    chat.say("/assistant role @wojciech chair", channel=WG)
    chat.say("/assistant settings", as_user="@wojciech")
    before = table_rows(chat.application.engine)
    out = chat.say("/assistant channel members-only on", as_user="@wojciech")
    assert out.strip() == f"Sorry, your role (chair) {REFUSED}. Nothing was changed. {GRANTED}"
    assert table_rows(chat.application.engine) == before


# ---------------------------------------------------------------- reading dates


def test_when_a_date_alone_means_the_end_of_that_day(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich")
    out = chat.say("/assistant when 31 January 2025")
    assert out.splitlines() == [
        "“31 January 2025” reads as Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC).",
        "Read in English.",
        "No time was given, so the end of that day (23:59) is assumed.",
    ]


def test_when_anywhere_on_earth(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich")
    out = chat.say("/assistant when 15 January 2025 18:00 AoE")
    assert out.splitlines() == [
        "“15 January 2025 18:00 AoE” reads as Wed, Jan 15, 2025, 18:00 AoE "
        "(Thu, Jan 16, 07:00 Europe/Zurich · Thu, Jan 16, 06:00 UTC).",
        "Read in English.",
    ]


def test_when_geneva_is_europe_zurich(chat: Chat) -> None:
    out = chat.say("/assistant when 16 December 2024 10:00 Geneva")
    assert out.splitlines() == [
        "“16 December 2024 10:00 Geneva” reads as Mon, Dec 16, 2024, 10:00 Europe/Zurich "
        "(09:00 UTC).",
        "Read in English.",
    ]


def test_when_with_a_utc_offset(chat: Chat) -> None:
    out = chat.say("/assistant when 16 December 2024 10:00 UTC+3")
    assert out.splitlines() == [
        "“16 December 2024 10:00 UTC+3” reads as Mon, Dec 16, 2024, 10:00 UTC+3 (07:00 UTC).",
        "Read in English.",
    ]


def test_when_relative_to_the_speakers_clock(chat: Chat) -> None:
    # Friday 4 October 2024: "next Tuesday" is 8 October.
    chat.say("/assistant settings tz Europe/Zurich")
    out = chat.say("/assistant when next Tuesday 17:00")
    assert "reads as Tue, Oct 8, 2024, 17:00 Europe/Zurich (15:00 UTC)." in out


def test_when_an_ambiguous_abbreviation_is_refused_with_choices(chat: Chat) -> None:
    out = chat.say("/assistant when 16 December 2024 10:00 CST")
    assert out.strip() == (
        "“CST” means different zones to different people; please write one of: "
        "America/Chicago (UTC-6), Asia/Shanghai (UTC+8), America/Havana (UTC-5)."
    )


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "today 24:30",
            "“24:30” is not a time that exists on a clock (hours go to 23, minutes to 59).",
        ),
        ("30 February 2025", "“30 February 2025” is not a date: February 2025 has 28 days."),
        (
            "30 February 2025 10:00",
            "“30 February 2025 10:00” is not a date: February 2025 has 28 days.",
        ),
        ("whenever", "I could not read “whenever” as a date."),
    ],
)
def test_when_impossible_dates_are_refused(chat: Chat, text: str, reply: str) -> None:
    out = chat.say(f"/assistant when {text}")
    assert out.startswith(reply)
    assert "reads as" not in out


def test_when_a_time_skipped_by_summer_time_is_refused(chat: Chat) -> None:
    out = chat.say("/assistant when 30 March 2025 02:30 Geneva")
    assert "does not exist in Europe/Zurich: the clocks jump forward over it." in out


def test_when_a_time_that_happens_twice_is_noted(chat: Chat) -> None:
    out = chat.say("/assistant when 27 October 2024 02:30 Geneva")
    assert "reads as Sun, Oct 27, 2024, 02:30 Europe/Zurich (00:30 UTC)." in out
    assert "happens twice on that day (clocks go back); the first occurrence is used." in out


# ---------------------------------------------------------------- help


def test_help_lists_every_command(chat: Chat) -> None:
    out = chat.say("/assistant help", as_user="@sam")
    assert out.startswith("I help the secretariat run consultations, meetings and actions.")
    for group, verb in COMMANDS:
        assert f"\n/{group} {verb}" in out, (group, verb)
    assert chat.say("/assistant") == out


def test_help_for_one_command_prints_its_example(chat: Chat) -> None:
    out = chat.say("/assistant help consult new")
    assert out.splitlines() == [
        '/consult new "TITLE" closes WHEN [opens WHEN] [zone ZONE] [members-only] '
        "[per-organisation] — "
        "create a consultation round (secretariat).",
        f'Example: /consult new "{ROUND_TITLE}" opens 7 October 2024 closes 31 January 2025 '
        "zone Geneva",
    ]
    # The example is a command that works.
    created = chat.say(out.splitlines()[1].removeprefix("Example: "))
    assert f"Created R1: “{ROUND_TITLE}”." in created
    assert "Closes: Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC)" in created


def test_help_for_every_command_has_usage_and_example(chat: Chat) -> None:
    wrong = []
    for group, verb in COMMANDS:
        lines = chat.say(f"/assistant help {group} {verb}").splitlines()
        if not (
            len(lines) == 2
            and lines[0].startswith(f"/{group} {verb}")
            and lines[1].startswith(f"Example: /{group} {verb}")
        ):
            wrong.append((group, verb, lines))
    assert wrong == []


def test_help_for_a_group_and_for_unknown_topics(chat: Chat) -> None:
    out = chat.say("/assistant help action")
    assert [line.split()[1] for line in out.splitlines()] == [
        verb for group, verb in COMMANDS if group == "action"
    ]
    out = chat.say("/assistant help frobnicate")
    assert "I don't know the command “/frobnicate”" in out
    out = chat.say("/assistant help action frobnicate")
    assert (
        out.strip()
        == "/action understands: add, list, show, update, edit, done, reminders, remind."
    )


# ---------------------------------------------------------------- assistant admin grant


def test_admin_grant_uses_the_same_rules_as_assistant_role(tmp_path: Path) -> None:
    """The command line grants through `/assistant role`'s service: the last secretariat is
    kept, and audiences (members-only reminders) are planned again."""
    database = f"sqlite:///{tmp_path / 'chat.db'}"
    chat = make_chat(database, FakeClock(datetime.now(UTC)), tmp_path, admins=frozenset())
    env = {"DATABASE_URL": database, "ASSISTANT_ADMINS": ""}
    try:
        chat.say("/assistant settings", as_user="@lena")
        granted = CliRunner().invoke(app, ["admin", "grant", "@lena"], env=env)
        assert (granted.exit_code, granted.stdout) == (0, "@lena is now secretariat.\n")

        before = table_rows(chat.application.engine)
        refused = CliRunner().invoke(app, ["admin", "grant", "lena", "--role", "member"], env=env)
        assert refused.exit_code == 2
        assert refused.stderr == (
            "You are the last secretariat; grant the role to someone else first.\n"
        )
        assert table_rows(chat.application.engine) == before

        chat.say('/consult new "Members-only survey" closes 31 December 2030 members-only')
        chat.say('/consult question R1 "Which dates suit your delegation?"')
        chat.say("/assistant settings", as_user="@omar")
        granted = CliRunner().invoke(app, ["admin", "grant", "omar", "--role", "member"], env=env)
        assert (granted.exit_code, granted.stdout) == (0, "@omar is now member.\n")
        with chat.assistant.unit_of_work() as uow:
            (omar,) = uow.people.find(user_id="omar")
            planned = uow.reminders.find(person_id=omar.id)
        assert planned, "the new member is reminded of the members-only round"
    finally:
        chat.application.engine.dispose()
