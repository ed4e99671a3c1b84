"""Every `/meeting …` command as a conversation through the console adapter.

The scenario follows the seed report of CWG-Internet's twentieth meeting (4 October 2024): an
open consultation session of CWG-Internet at the Internet Governance Forum in Riyadh in
December 2024, with remote participants in other time zones, and a members-only meeting of
the Group in Geneva.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.conftest import Chat, make_chat
from tests.support import as_role, grant, has_line, mentioned

TITLE = "CWG-Internet open consultation session"
LINK = "https://meet.example.org/cwg-internet"
CHANNEL = "#cwg-internet"
IGF = (
    f'/meeting new "{TITLE}" at 17 December 2024 10:00 until 11:30 zone Riyadh '
    f'place "IGF, Riyadh" link {LINK} rsvp-by 10 December 2024 capacity 2'
)
STARTS_AT = datetime(2024, 12, 17, 7, 0, tzinfo=UTC)
MEMBERS_TITLE = "Twenty-first meeting of CWG-Internet"
REFUSED = "does not allow that. Nothing was changed."


# ---------------------------------------------------------------- helpers


def snapshot(chat: Chat) -> tuple[list[object], ...]:
    """Everything a meeting command may change (people and channels aside)."""
    with chat.assistant.unit_of_work() as uow:
        return (uow.meetings.find(), uow.rsvps.find())


def rsvps(chat: Chat, meeting_id: int = 1) -> dict[str, tuple[str, bool]]:
    """user -> (choice, waitlisted) for one meeting, as stored."""
    with chat.assistant.unit_of_work() as uow:
        people = {p.id: p.user_id for p in uow.people.find()}
        return {
            people[r.person_id]: (r.choice.value, r.waitlisted)
            for r in uow.rsvps.find(meeting_id=meeting_id)
        }


def igf_session(chat: Chat) -> str:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=CHANNEL)
    out = chat.say(IGF, as_user="ana", channel=CHANNEL)
    assert "Created M1" in out
    return out


def announced_session(chat: Chat, *audience: str) -> None:
    """M1 announced in #cwg-internet, where `audience` have spoken before."""
    igf_session(chat)
    for user in audience:
        chat.say("Hello", as_user=f"@{user}", channel=CHANNEL)
    out = chat.say("/meeting announce M1", as_user="ana", channel=CHANNEL)
    assert f"M1 announced in {CHANNEL}." in out


def members_meeting(chat: Chat) -> None:
    """M1 open (the IGF session) and M2 members-only, announced in #cwg-members."""
    igf_session(chat)
    chat.say("/assistant channel members-only on", as_user="ana", channel="#cwg-members")
    out = chat.say(
        f'/meeting new "{MEMBERS_TITLE}" at 5 February 2025 09:30 until 17:30 zone Geneva '
        'place "ITU headquarters, Geneva" members-only',
        as_user="ana",
    )
    assert "Created M2" in out
    assert "Members only." in out
    assert "M2 announced in #cwg-members." in chat.say("/meeting announce M2", as_user="ana")


# ---------------------------------------------------------------- /meeting new


def test_new_meeting_echoes_every_detail_in_zone_and_utc_and_is_stored(
    chat: Chat, tmp_path: Path
) -> None:
    out = igf_session(chat)
    assert f"Created M1: “{TITLE}”." in out
    assert (
        "When: Tue, Dec 17, 2024, 10:00 Asia/Riyadh (08:00 Europe/Zurich · 07:00 UTC) until "
        "Tue, Dec 17, 2024, 11:30 Asia/Riyadh (09:30 Europe/Zurich · 08:30 UTC)" in out
    )
    assert "Place: IGF, Riyadh" in out
    assert f"Remote link: {LINK}" in out
    assert (
        "Please RSVP by Tue, Dec 10, 2024, 23:59 Asia/Riyadh (21:59 Europe/Zurich · 20:59 UTC)"
        in out
    )
    assert "Capacity: 2" in out
    assert "Members only." not in out
    assert "Announce it with /meeting announce M1 #channel." in out

    again = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", chat.clock, tmp_path)
    try:
        with again.assistant.unit_of_work() as uow:
            (stored,) = uow.meetings.find()
        assert stored.title == TITLE
        assert stored.zone == "Asia/Riyadh"
        assert stored.starts_at == STARTS_AT
        assert stored.ends_at == datetime(2024, 12, 17, 8, 30, tzinfo=UTC)
        assert stored.rsvp_by == datetime(2024, 12, 10, 20, 59, tzinfo=UTC)
        assert stored.capacity == 2
        assert stored.place == "IGF, Riyadh"
        assert stored.link == LINK
        assert not stored.members_only
        out = again.say("/meeting list", as_user="@lena")
        assert (
            f"M1 “{TITLE}” — Tue, Dec 17, 2024, 07:00 UTC, IGF, Riyadh — your RSVP: none yet" in out
        )
    finally:
        again.application.engine.dispose()


def test_new_meeting_defaults_to_one_hour_in_the_creators_zone(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana")
    out = chat.say('/meeting new "Chair\'s briefing" at 12 November 2024 14:00', as_user="ana")
    assert (
        "When: Tue, Nov 12, 2024, 14:00 Europe/Zurich (13:00 UTC) until "
        "Tue, Nov 12, 2024, 15:00 Europe/Zurich (14:00 UTC)" in out
    )
    assert "Place" not in out
    assert "Capacity" not in out
    assert "RSVP by" not in out


def test_chair_may_create_meetings(chat: Chat) -> None:
    as_role(chat, "wojciech", "chair")
    out = chat.say(IGF, as_user="@wojciech")
    assert f"Created M1: “{TITLE}”." in out
    with chat.assistant.unit_of_work() as uow:
        assert [m.title for m in uow.meetings.find()] == [TITLE]


def test_new_meeting_is_refused_to_members_and_stakeholders(chat: Chat) -> None:
    for role in ("stakeholder", "member"):
        as_role(chat, "pierre", role)
        out = chat.say(IGF, as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert snapshot(chat) == ([], [])
        assert "There are no upcoming meetings." in chat.say("/meeting list", as_user="ana")


NEW_MEETING_BAD_INPUT_CASES = [
    ("/meeting new", "Give a title between quotes"),
    (f'/meeting new "{TITLE}"', "Say when the meeting starts: at WHEN."),
    (f'/meeting new "{TITLE}" at', "“at” needs a value after it."),
    (
        f'/meeting new "{TITLE}" at 17 December 2024',
        "“17 December 2024” has no time of day; please add one, for example "
        "“17 December 2024 10:00”.",
    ),
    (f'/meeting new "{TITLE}" at Riyadh-ish o\'clock', "I could not read “Riyadh-ish"),
    (
        f'/meeting new "{TITLE}" at 1 October 2024 10:00',
        "Tue, Oct 1, 2024, 10:00 UTC is already in the past. Please give a future date.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 25:00',
        "“25:00” is not a time that exists on a clock",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 until 09:00',
        "A meeting must end after it starts.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 rsvp-by 18 December 2024',
        "The RSVP deadline must be before the meeting starts.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 rsvp-by 1 October 2024',
        "is already in the past.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 capacity lots',
        "Capacity must be a whole number above zero, not “lots”.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 capacity 0',
        "Capacity must be a whole number above zero, not “0”.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 link javascript:alert(1)',
        "“javascript:alert(1)” is not a web link (https://…).",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 zone Riyadhh',
        "I don't know the time zone “Riyadhh”.",
    ),
    (f'/meeting new "{TITLE} at 17 December 2024 10:00', "A quotation mark is not closed."),
    (
        '/meeting new "' + "T" * 201 + '" at 17 December 2024 10:00',
        "That text is too long: at most 200 characters.",
    ),
    (
        f'/meeting new "{TITLE}" at 17 December 2024 10:00 place "' + "P" * 4001 + '"',
        "That text is too long: at most 200 characters.",
    ),
]


def test_new_meeting_bad_input_is_explained_and_stores_nothing(chat: Chat) -> None:
    for line, expected in NEW_MEETING_BAD_INPUT_CASES:
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert "Created" not in out
        assert snapshot(chat) == ([], [])


# ---------------------------------------------------------------- /meeting announce


def test_announce_posts_the_meeting_with_rsvp_instructions(chat: Chat) -> None:
    igf_session(chat)
    out = chat.say("/meeting announce M1 #cwg-internet #igf-2024", as_user="ana")
    for channel in ("#cwg-internet", "#igf-2024"):
        assert f"[{channel}] 🗓 Meeting M1: “{TITLE}”" in out
    assert (
        "When: Tue, Dec 17, 2024, 10:00 Asia/Riyadh (07:00 UTC) until "
        "Tue, Dec 17, 2024, 11:30 Asia/Riyadh (08:30 UTC)" in out
    )
    assert "Please RSVP by Tue, Dec 10, 2024, 23:59 Asia/Riyadh (20:59 UTC)" in out
    assert "RSVP with /meeting rsvp M1 in-person|remote|no." in out
    assert "M1 announced in #cwg-internet, #igf-2024." in out
    assert out.count("🗓 Meeting M1") == 2
    with chat.assistant.unit_of_work() as uow:
        (stored,) = uow.meetings.find()
    assert stored.channels == ["#cwg-internet", "#igf-2024"]
    assert stored.announced_at == chat.clock.now()


def test_chair_may_announce(chat: Chat) -> None:
    igf_session(chat)
    as_role(chat, "wojciech", "chair")
    out = chat.say("/meeting announce M1 #cwg-internet", as_user="@wojciech")
    assert f"[#cwg-internet] 🗓 Meeting M1: “{TITLE}”" in out


def test_announce_is_refused_to_members_and_stakeholders(chat: Chat) -> None:
    igf_session(chat)
    for role in ("stakeholder", "member"):
        as_role(chat, "pierre", role)
        before = snapshot(chat)
        out = chat.say("/meeting announce M1 #cwg-internet", as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "🗓" not in out
        assert snapshot(chat) == before


def test_announce_bad_input(chat: Chat) -> None:
    igf_session(chat)
    before = snapshot(chat)
    assert "Say which meeting, for example M1." in chat.say("/meeting announce", as_user="ana")
    assert "There is no meeting M3." in chat.say("/meeting announce M3", as_user="ana")
    assert "“meeting1” is not a valid id; ids look like M1." in chat.say(
        "/meeting announce meeting1", as_user="ana"
    )
    assert "“igf” is not a channel" in chat.say("/meeting announce M1 igf", as_user="ana")
    assert snapshot(chat) == before
    chat.say("/clock 2024-12-17T07:00Z", as_user="ana")
    before = snapshot(chat)
    out = chat.say("/meeting announce M1 #cwg-internet", as_user="ana")
    assert "M1 has already started." in out
    assert "🗓" not in out
    assert snapshot(chat) == before


def test_members_only_meeting_is_announced_only_in_members_only_channels(chat: Chat) -> None:
    chat.say(
        f'/meeting new "{MEMBERS_TITLE}" at 5 February 2025 09:30 zone Geneva members-only',
        as_user="ana",
    )
    before = snapshot(chat)
    out = chat.say("/meeting announce M1 #cwg-internet", as_user="ana")
    assert "#cwg-internet is not a members-only channel" in out
    assert "🗓" not in out
    assert snapshot(chat) == before
    chat.say("/assistant channel members-only on", as_user="ana", channel="#cwg-members")
    out = chat.say("/meeting announce M1", as_user="ana", channel="#cwg-members")
    assert f"[#cwg-members] 🗓 Meeting M1: “{MEMBERS_TITLE}”" in out
    assert "Members only." in out
    assert "When: Wed, Feb 5, 2025, 09:30 Europe/Zurich (08:30 UTC)" in out


# ---------------------------------------------------------------- /meeting rsvp


def test_rsvp_is_recorded_and_can_be_changed_until_the_deadline(chat: Chat) -> None:
    announced_session(chat)
    out = chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    assert f"Your RSVP to M1 “{TITLE}”: attending in person." in out
    assert rsvps(chat) == {"lena": ("in-person", False)}
    out = chat.say("/meeting rsvp m1 REMOTE", as_user="@lena")
    assert f"Your RSVP to M1 “{TITLE}”: attending remotely." in out
    out = chat.say("/meeting rsvp M1 no", as_user="@omar")
    assert f"Your RSVP to M1 “{TITLE}”: not attending." in out
    assert rsvps(chat) == {"lena": ("remote", False), "omar": ("no", False)}
    out = chat.say("/meeting list", as_user="@lena")
    assert "— your RSVP: remote" in out


RSVP_BAD_INPUT_CASES = [
    ("/meeting rsvp", "Say which meeting, for example M1."),
    ("/meeting rsvp M1", "Say in-person, remote or no."),
    ("/meeting rsvp M1 maybe", "Say in-person, remote or no."),
    ("/meeting rsvp M1 yes please", "Say in-person, remote or no."),
    ("/meeting rsvp M1 remote please", "I did not understand “please”"),
    ("/meeting rsvp M9 remote", "There is no meeting M9."),
    ("/meeting rsvp R1 remote", "“R1” is not a valid id; ids look like M1."),
    ('/meeting rsvp M1 "remote', "A quotation mark is not closed."),
]


def test_rsvp_bad_input_changes_nothing(chat: Chat) -> None:
    announced_session(chat)
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    for line, expected in RSVP_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="@lena")
        assert expected in out, line
        assert "Your RSVP" not in out
        assert snapshot(chat) == before


def test_rsvp_after_the_deadline_is_refused_with_the_deadline_shown(chat: Chat) -> None:
    announced_session(chat)
    chat.say("/assistant settings tz Europe/Zurich", as_user="@lena")
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    chat.say("/clock 2024-12-10T20:58Z", as_user="ana")
    out = chat.say("/meeting rsvp M1 remote", as_user="@lena")
    assert "attending remotely" in out
    chat.say("/clock +1m", as_user="ana")
    before = snapshot(chat)
    out = chat.say("/meeting rsvp M1 no", as_user="@lena")
    assert "RSVPs for M1 closed at Tue, Dec 10, 2024, 21:59 Europe/Zurich (20:59 UTC)." in out
    out = chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    assert "RSVPs for M1 closed at Tue, Dec 10, 2024, 20:59 UTC." in out
    assert snapshot(chat) == before
    assert rsvps(chat) == {"lena": ("remote", False)}


def test_capacity_fills_then_waitlists_and_promotes_in_order(chat: Chat) -> None:
    announced_session(chat)
    assert "attending in person." in chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    assert "attending in person." in chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    # Remote attendance does not take a seat in the room.
    assert "attending remotely." in chat.say("/meeting rsvp M1 remote", as_user="@diego")
    full = (
        "attending in person — the room is full, so you are on the waitlist; "
        "you will be told if a seat frees up."
    )
    assert full in chat.say("/meeting rsvp M1 in-person", as_user="@kim")
    assert full in chat.say("/meeting rsvp M1 in-person", as_user="@pierre")
    assert rsvps(chat) == {
        "lena": ("in-person", False),
        "omar": ("in-person", False),
        "diego": ("remote", False),
        "kim": ("in-person", True),
        "pierre": ("in-person", True),
    }
    out = chat.say("/meeting list", as_user="@kim")
    assert "— your RSVP: waitlist" in out

    # Lena cancels: kim, first on the waitlist, is promoted and told.
    out = chat.say("/meeting rsvp M1 no", as_user="@lena")
    assert (
        f"[DM @kim] Good news: a seat has freed up and you are now confirmed for M1 “{TITLE}” "
        "on Tue, Dec 17, 2024, 07:00 UTC." in out
    )
    assert "[DM @pierre]" not in out
    assert f"Your RSVP to M1 “{TITLE}”: not attending." in out
    assert rsvps(chat)["kim"] == ("in-person", False)
    assert rsvps(chat)["pierre"] == ("in-person", True)

    # A waitlisted person asking again keeps their place; nobody is promoted.
    out = chat.say("/meeting rsvp M1 in-person", as_user="@pierre")
    assert full in out
    assert "[DM" not in out

    # Omar switches to remote: his seat goes to pierre.
    out = chat.say("/meeting rsvp M1 remote", as_user="@omar")
    assert "[DM @pierre] Good news: a seat has freed up" in out
    assert rsvps(chat)["pierre"] == ("in-person", False)
    out = chat.say("/meeting attendees M1", as_user="ana")
    assert "In person: 2 · Remote: 2 · Not attending: 1 · Waitlist: 0" in out
    assert mentioned(out, "In person: @") == ["@kim", "@pierre"]
    assert mentioned(out, "Remote: @") == ["@omar", "@diego"]
    assert mentioned(out, "Not attending: @") == ["@lena"]


def test_capacity_without_a_place_counts_remote_attendance(chat: Chat) -> None:
    chat.say(
        '/meeting new "Online briefing on the WSIS+20 review" at 20 November 2024 13:00 '
        f"zone UTC link {LINK} capacity 1",
        as_user="ana",
    )
    assert "attending remotely." in chat.say("/meeting rsvp M1 remote", as_user="@lena")
    out = chat.say("/meeting rsvp M1 remote", as_user="@omar")
    assert "the room is full, so you are on the waitlist" in out
    assert rsvps(chat) == {"lena": ("remote", False), "omar": ("remote", True)}


def test_remote_participant_is_warned_when_the_meeting_falls_in_their_night(
    chat: Chat,
) -> None:
    announced_session(chat)
    chat.say("/assistant settings tz America/Bogota", as_user="@diego")
    out = chat.say("/meeting rsvp M1 remote", as_user="@diego")
    assert "attending remotely." in out
    assert (
        "Note: the meeting starts at Tue, Dec 17, 2024, 02:00 America/Bogota (07:00 UTC), "
        "during your night." in out
    )
    # 16:00 in Tokyo is not night; nor does someone not attending need the warning.
    chat.say("/assistant settings tz Asia/Tokyo", as_user="@yuki")
    out = chat.say("/meeting rsvp M1 remote", as_user="@yuki")
    assert "attending remotely." in out
    assert "during your night" not in out
    chat.say("/assistant settings tz America/Los_Angeles", as_user="@sam")
    out = chat.say("/meeting rsvp M1 no", as_user="@sam")
    assert "during your night" not in out
    # Diego's own quiet hours decide: once they end at 01:00, 02:00 is no longer night.
    chat.say("/assistant settings quiet 20:00-01:00", as_user="@diego")
    out = chat.say("/meeting rsvp M1 remote", as_user="@diego")
    assert "during your night" not in out


def test_members_only_meeting_does_not_exist_for_stakeholders(chat: Chat) -> None:
    members_meeting(chat)
    before = snapshot(chat)
    for verb in ("rsvp M{n} remote", "ics M{n}"):
        hidden = chat.say(f"/meeting {verb.format(n=2)}", as_user="@lena")
        missing = chat.say(f"/meeting {verb.format(n=99)}", as_user="@lena")
        assert hidden == "There is no meeting M2.\n"
        assert missing == "There is no meeting M99.\n"
    out = chat.say("/meeting list", as_user="@lena")
    assert "One upcoming meeting:" in out
    assert "M2" not in out
    assert MEMBERS_TITLE not in out
    assert snapshot(chat) == before

    grant(chat, "pierre", "member")
    out = chat.say("/meeting rsvp M2 in-person", as_user="@pierre")
    assert f"Your RSVP to M2 “{MEMBERS_TITLE}”: attending in person." in out
    out = chat.say("/meeting list", as_user="@pierre")
    assert "2 upcoming meetings:" in out
    assert (
        f"M2 “{MEMBERS_TITLE}” — Wed, Feb 5, 2025, 08:30 UTC, ITU headquarters, Geneva "
        "— your RSVP: in person" in out
    )


# ---------------------------------------------------------------- /meeting list


def test_list_shows_upcoming_meetings_in_the_readers_zone(chat: Chat) -> None:
    members_meeting(chat)
    assert "There are no upcoming meetings." not in chat.say("/meeting list", as_user="@yuki")
    chat.say("/assistant settings tz Asia/Tokyo", as_user="@yuki")
    out = chat.say("/meeting list", as_user="@yuki")
    assert (
        f"M1 “{TITLE}” — Tue, Dec 17, 2024, 16:00 Asia/Tokyo (07:00 UTC), IGF, Riyadh "
        "— your RSVP: none yet" in out
    )
    out = chat.say("/meeting list", as_user="ana")
    assert "2 upcoming meetings:" in out
    assert out.index("M1 “") < out.index("M2 “")
    # Once a meeting is over it is no longer listed.
    chat.say("/clock 2024-12-17T08:30Z", as_user="ana")
    out = chat.say("/meeting list", as_user="ana")
    assert "One upcoming meeting:" in out
    assert "M1" not in out
    chat.say("/clock 2025-02-05T16:30Z", as_user="ana")
    assert "There are no upcoming meetings." in chat.say("/meeting list", as_user="ana")
    assert "I did not understand “all”" in chat.say("/meeting list all", as_user="ana")


# ---------------------------------------------------------------- /meeting attendees


def test_attendees_counts_per_option_country_and_organisation(chat: Chat) -> None:
    announced_session(chat)
    for user, country, org in (
        ("omar", "SA", "Communications, Space and Technology Commission"),
        ("lena", "DE", "Internet Society"),
        ("diego", "CO", "MinTIC"),
        ("kim", "KR", "KISA"),
        ("sam", "US", "Internet Society"),
    ):
        # The country is the organisation's: the organisation is named first.
        chat.say(f"/assistant settings organisation {org}", as_user=f"@{user}")
        chat.say(f"/assistant settings country {country}", as_user=f"@{user}")
    chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    chat.say("/meeting rsvp M1 in-person", as_user="@kim")
    chat.say("/meeting rsvp M1 remote", as_user="@diego")
    chat.say("/meeting rsvp M1 remote", as_user="@sam")
    chat.say("/meeting rsvp M1 no", as_user="@yuki")
    as_role(chat, "wojciech", "chair")
    for reader in ("ana", "@wojciech"):
        out = chat.say("/meeting attendees M1", as_user=reader)
        assert f"Attendance for M1 “{TITLE}”:" in out
        assert "In person: 2 · Remote: 2 · Not attending: 1 · Waitlist: 1" in out
        assert mentioned(out, "In person: @") == ["@omar", "@lena"]
        assert mentioned(out, "Remote: @") == ["@diego", "@sam"]
        assert mentioned(out, "Not attending: @") == ["@yuki"]
        assert mentioned(out, "Waitlist: @") == ["@kim"]
        # Those attending (not the waitlist, not those declining), by country and organisation.
        # Sam is of the Internet Society, whose country Lena gave: DE, not the US he typed.
        assert "By country: Germany: 2, Colombia: 1, and Saudi Arabia: 1" in out
        assert (
            "By organisation: Internet Society: 2, "
            "Communications, Space and Technology Commission: 1, and MinTIC: 1" in out
        )
        assert "KR" not in out
        assert "KISA" not in out


def test_attendees_are_refused_to_members_and_stakeholders(chat: Chat) -> None:
    announced_session(chat)
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    for role in ("stakeholder", "member"):
        as_role(chat, "pierre", role)
        out = chat.say("/meeting attendees M1", as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "@lena" not in out
        assert "Attendance" not in out


def test_attendees_bad_input(chat: Chat) -> None:
    igf_session(chat)
    assert "Say which meeting, for example M1." in chat.say("/meeting attendees", as_user="ana")
    assert "There is no meeting M4." in chat.say("/meeting attendees M4", as_user="ana")
    assert "I did not understand “now”" in chat.say("/meeting attendees M1 now", as_user="ana")
    out = chat.say("/meeting attendees M1", as_user="ana")
    assert "In person: 0 · Remote: 0 · Not attending: 0 · Waitlist: 0" in out


def test_attendance_survives_a_restart(chat: Chat, tmp_path: Path) -> None:
    announced_session(chat)
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    chat.say("/meeting rsvp M1 in-person", as_user="@kim")
    again = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", chat.clock, tmp_path)
    try:
        out = again.say("/meeting attendees M1", as_user="ana")
        assert "In person: 2 · Remote: 0 · Not attending: 0 · Waitlist: 1" in out
        # The waitlist order is kept across the restart too.
        out = again.say("/meeting rsvp M1 no", as_user="@omar")
        assert "[DM @kim] Good news: a seat has freed up" in out
    finally:
        again.application.engine.dispose()


# ---------------------------------------------------------------- /meeting ics


def test_ics_file_is_rfc5545_with_utc_times(chat: Chat, tmp_path: Path) -> None:
    igf_session(chat)
    out = chat.say("/meeting ics M1 calendar/igf-riyadh.ics", as_user="@lena")
    assert "Calendar file for M1: calendar/igf-riyadh.ics" in out
    raw = (tmp_path / "calendar" / "igf-riyadh.ics").read_bytes()
    calendar = Calendar.from_ical(raw)
    assert str(calendar["version"]) == "2.0"
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    end = event.decoded("dtend")
    assert start == STARTS_AT
    assert start.utcoffset().total_seconds() == 0
    assert event["dtstart"].to_ical() == b"20241217T070000Z"
    assert end == datetime(2024, 12, 17, 8, 30, tzinfo=UTC)
    # The same instant, whatever the reader's zone.
    assert start.astimezone(ZoneInfo("Asia/Riyadh")).hour == 10
    assert start.astimezone(ZoneInfo("America/Bogota")).hour == 2
    assert str(event["summary"]) == TITLE
    assert str(event["location"]) == "IGF, Riyadh"
    assert str(event["url"]) == LINK
    assert str(event["uid"])


def test_ics_without_path_prints_the_calendar(chat: Chat) -> None:
    igf_session(chat)
    out = chat.say("/meeting ics M1", as_user="@omar")
    assert "Calendar file for M1: M1.ics" in out
    text = out[out.index("BEGIN:VCALENDAR") :]
    (event,) = Calendar.from_ical(text).walk("VEVENT")
    assert event.decoded("dtstart") == STARTS_AT


def test_ics_bad_input(chat: Chat, tmp_path: Path) -> None:
    igf_session(chat)
    assert "Say which meeting, for example M1." in chat.say("/meeting ics", as_user="@omar")
    assert "There is no meeting M2." in chat.say("/meeting ics M2 m2.ics", as_user="@omar")
    assert "I did not understand “b.ics”" in chat.say("/meeting ics M1 a.ics b.ics")
    assert not list(tmp_path.rglob("*.ics"))


# ---------------------------------------------------------------- /meeting reminders, remind


def test_reminders_preview_rsvp_and_start_reminders(chat: Chat) -> None:
    announced_session(chat, "lena", "omar", "kim", "yuki", "diego")
    chat.say("/assistant settings tz America/Bogota", as_user="@diego")
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    chat.say("/meeting rsvp M1 in-person", as_user="@kim")  # waitlisted
    chat.say("/meeting rsvp M1 remote", as_user="@diego")
    out = chat.say("/meeting reminders M1", as_user="ana")
    assert "Planned reminders for M1 (1d,1h):" in out
    # A day before the RSVP deadline, to those in the audience who have not answered.
    assert has_line(out, "Mon, Dec 9, 2024, 20:59 UTC", "→ @yuki (RSVP deadline)")
    assert not has_line(out, "(RSVP deadline)", "@lena")
    assert not has_line(out, "(RSVP deadline)", "@kim")
    # A day before the start, to those attending, in their own zone.
    assert has_line(out, "Mon, Dec 16, 2024, 07:00 UTC", "→ @lena (meeting starts)")
    assert has_line(out, "Mon, Dec 16, 2024, 07:00 America/Bogota", "→ @diego (meeting starts)")
    assert not has_line(out, "(meeting starts)", "@kim")


def test_remind_replans_and_the_clock_sends_reminders(chat: Chat) -> None:
    announced_session(chat, "lena", "omar", "kim", "yuki", "diego")
    chat.say("/assistant settings tz America/Bogota", as_user="@diego")
    chat.say("/meeting rsvp M1 in-person", as_user="@lena")
    chat.say("/meeting rsvp M1 in-person", as_user="@omar")
    chat.say("/meeting rsvp M1 in-person", as_user="@kim")  # waitlisted
    chat.say("/meeting rsvp M1 remote", as_user="@diego")
    chat.say("/meeting rsvp M1 no", as_user="@sam")

    out = chat.say("/meeting remind M1 2d,2h", as_user="ana")
    assert "Reminders for M1 are now 2d,2h" in out
    assert "Planned reminders for M1 (2d,2h):" in out
    assert has_line(out, "Sun, Dec 15, 2024, 07:00 UTC", "→ @lena (meeting starts)")
    assert not has_line(out, "Dec 16, 2024, 07:00 UTC", "(meeting starts)")
    with chat.assistant.unit_of_work() as uow:
        assert uow.meetings.find()[0].reminder_offsets == "2d,2h"

    # RSVP reminders go to the channel's audience that has not answered: yuki (and ana).
    assert "⏰" not in chat.say("/clock 2024-12-09T20:58Z", as_user="ana")
    out = chat.say("/clock +1m", as_user="ana")
    assert (
        f"[DM @yuki] ⏰ Please RSVP to M1 “{TITLE}” by Tue, Dec 10, 2024, 20:59 UTC: "
        "/meeting rsvp M1 in-person|remote|no" in out
    )
    for answered in ("lena", "omar", "kim", "diego", "sam"):
        assert f"[DM @{answered}]" not in out
    assert "⏰" not in chat.say("/clock +1h", as_user="ana")

    # Start reminders go to those attending, not to the waitlist nor to those declining.
    out = chat.say("/clock 2024-12-15T07:00Z", as_user="ana")
    start = f"⏰ Reminder: M1 “{TITLE}” starts Tue, Dec 17, 2024, 07:00 UTC. IGF, Riyadh"
    assert f"[DM @lena] {start}" in out
    assert f"[DM @omar] {start}" in out
    assert "[DM @kim]" not in out
    assert "[DM @sam]" not in out
    assert "[DM @diego]" not in out  # 02:00 in Bogota: after his night
    out = chat.say("/clock 2024-12-15T12:00Z", as_user="ana")
    assert "[DM @diego] ⏰ Reminder: M1" in out
    assert "Tue, Dec 17, 2024, 02:00 America/Bogota (07:00 UTC)" in out
    assert out.count("[DM ") == 1


def test_reminders_are_refused_to_members_and_stakeholders(chat: Chat) -> None:
    announced_session(chat)
    for role in ("stakeholder", "member"):
        as_role(chat, "pierre", role)
        before = snapshot(chat)
        out = chat.say("/meeting reminders M1", as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert "Planned reminders" not in out
        out = chat.say("/meeting remind M1 3d", as_user="@pierre")
        assert f"Sorry, your role ({role}) {REFUSED}" in out
        assert snapshot(chat) == before


def test_chair_may_preview_and_change_meeting_reminders(chat: Chat) -> None:
    announced_session(chat)
    as_role(chat, "wojciech", "chair")
    assert "Planned reminders for M1 (1d,1h)" in chat.say(
        "/meeting reminders M1", as_user="@wojciech"
    )
    out = chat.say("/meeting remind M1 3d,30m", as_user="@wojciech")
    assert "Planned reminders for M1 (3d,30m)" in out


REMIND_BAD_INPUT_CASES = [
    ("/meeting remind M1", "Reminder times look like 7d,1d,2h"),
    ("/meeting remind M1 tomorrow", "not “tomorrow”"),
    ("/meeting remind M1 1d,-1h", "Reminder times look like 7d,1d,2h"),
    ("/meeting remind M7 1d", "There is no meeting M7."),
    ("/meeting reminders M7", "There is no meeting M7."),
    ("/meeting reminders", "Say which meeting, for example M1."),
]


def test_remind_bad_input_keeps_the_plan(chat: Chat) -> None:
    announced_session(chat)
    for line, expected in REMIND_BAD_INPUT_CASES:
        before = snapshot(chat)
        out = chat.say(line, as_user="ana")
        assert expected in out, line
        assert snapshot(chat) == before
        assert "Planned reminders for M1 (1d,1h)" in chat.say(
            "/meeting reminders M1", as_user="ana"
        )
