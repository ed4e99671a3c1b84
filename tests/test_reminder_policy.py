"""Reminder plans, quiet hours, catching up after downtime, and weekly digest schedules."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.domain.model import Meeting, Person, Round
from assistant.domain.reminders import (
    PlannedReminder,
    due_now,
    plan_meeting,
    plan_round,
    respect_quiet_hours,
    superseded,
)
from assistant.domain.schedule import WeeklySchedule, parse_schedule
from assistant.messages import UserError
from assistant.runtime.clock import FakeClock

ZURICH = ZoneInfo("Europe/Zurich")
MINUTE = timedelta(minutes=1)


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def quiet(at: datetime, person: Person) -> bool:
    """Whether `at` falls in the person's quiet hours, read on their own wall clock."""
    tz = ZoneInfo(person.tz) if person.tz != "AoE" else ZoneInfo("Etc/GMT+12")
    local = at.astimezone(tz).time()
    start, end = _time(person.quiet_start), _time(person.quiet_end)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def person(pid: int, tz: str, quiet_start: str = "22:00", quiet_end: str = "07:00") -> Person:
    return Person(
        id=pid,
        platform="slack",
        user_id=f"U{pid}",
        display_name=f"P{pid}",
        tz=tz,
        tz_known=True,
        quiet_start=quiet_start,
        quiet_end=quiet_end,
    )


ANA = person(1, "Europe/Zurich")
LENA = person(2, "America/Bogota")
OMAR = person(3, "Asia/Riyadh")
WEI = person(4, "Asia/Shanghai")
KIRI = person(5, "Pacific/Auckland", "00:00", "00:00")  # no quiet hours
AUDIENCE = [ANA, LENA, OMAR, WEI, KIRI]

OPENS = datetime(2024, 10, 7, 0, 0, tzinfo=ZURICH)
CLOSES = datetime(2025, 1, 31, 23, 59, tzinfo=ZURICH)


def consultation(closes: datetime = CLOSES, offsets: str = "", channels: str = "C1,C2") -> Round:
    return Round(
        id=1,
        title="Multilingualization of the Internet",
        opens_at=OPENS.astimezone(UTC),
        closes_at=closes.astimezone(UTC),
        zone="Europe/Zurich",
        created_by=1,
        created_at=datetime(2024, 10, 4, 8, 0, tzinfo=UTC),
        announce_channels=channels,
        reminder_offsets=offsets,
    )


def recipient(item: PlannedReminder) -> str:
    return f"p{item.person.id}" if item.person else f"c{item.channel_id}"


# ---------------------------------------------------------------- plan_round


def test_plan_round_reminds_only_those_who_have_not_responded() -> None:
    plan = plan_round(consultation(), AUDIENCE, responded={LENA.id or 0, OMAR.id or 0})
    direct = {item.person.id for item in plan if item.person is not None}
    assert direct == {ANA.id, WEI.id, KIRI.id}
    per_person = defaultdict(list)
    for item in plan:
        if item.person is not None:
            per_person[item.person.id].append(item)
    for items in per_person.values():
        # At opening, then 7 days, 1 day and 2 hours before closing.
        assert sorted(i.offset for i in items if i.kind == "round-due") == [
            timedelta(hours=2),
            timedelta(days=1),
            timedelta(days=7),
        ]
        assert [i.kind for i in items].count("round-open") == 1
    everyone_answered = plan_round(consultation(), AUDIENCE, {p.id or 0 for p in AUDIENCE})
    assert all(item.person is None for item in everyone_answered)


def test_plan_round_channel_reminders_are_exact_and_once_per_channel() -> None:
    round_ = consultation()
    plan = plan_round(round_, AUDIENCE, responded=set())
    channel_items = [i for i in plan if i.channel_id is not None]
    expected = {
        (channel, round_.closes_at - offset)
        for channel in ("C1", "C2")
        for offset in (timedelta(days=7), timedelta(days=1), timedelta(hours=2))
    }
    assert {(i.channel_id, i.due_at) for i in channel_items} == expected
    assert all(i.kind == "round-due" for i in channel_items)


def test_plan_round_reminds_at_the_planned_times_outside_quiet_hours() -> None:
    round_ = consultation()
    plan = plan_round(round_, AUDIENCE, responded=set())
    for item in plan:
        assert item.deadline == round_.closes_at
        assert item.due_at < round_.closes_at
        assert item.subject_id == 1
        if item.person is not None:
            assert not quiet(item.due_at, item.person), (item.key, item.due_at)
    # Without quiet hours the times are exactly the plan's.
    kiri = sorted(i.due_at for i in plan if i.person == KIRI)
    assert kiri == [
        round_.opens_at,
        round_.closes_at - timedelta(days=7),
        round_.closes_at - timedelta(days=1),
        round_.closes_at - timedelta(hours=2),
    ]
    # Zurich's 21:59 reminder (2 h before 23:59) is before its quiet hours: unchanged.
    ana_2h = [i for i in plan if i.person == ANA and i.offset == timedelta(hours=2)]
    assert [i.due_at for i in ana_2h] == [round_.closes_at - timedelta(hours=2)]
    # The opening at midnight in Zurich is 07:00 in Riyadh's zone only after its quiet hours:
    # 02:00 Riyadh is quiet, so it waits until 07:00 Riyadh.
    omar_open = [i for i in plan if i.person == OMAR and i.kind == "round-open"]
    assert [i.due_at for i in omar_open] == [datetime(2024, 10, 7, 7, 0, tzinfo=ZoneInfo(OMAR.tz))]


def test_plan_round_keys_are_stable_and_unique() -> None:
    first = plan_round(consultation(), AUDIENCE, responded={LENA.id or 0})
    again = plan_round(consultation(), list(reversed(AUDIENCE)), responded={LENA.id or 0})
    assert {(i.key, i.due_at) for i in first} == {(i.key, i.due_at) for i in again}
    keys = [i.key for i in first]
    assert len(keys) == len(set(keys))
    # Someone answering removes their reminders but leaves everyone else's keys unchanged.
    later = plan_round(consultation(), AUDIENCE, responded={LENA.id or 0, ANA.id or 0})
    assert {i.key for i in later} == {i.key for i in first if i.person != ANA}


def test_extending_a_round_gives_new_keys() -> None:
    before = plan_round(consultation(), AUDIENCE, responded=set())
    extended = consultation(closes=CLOSES + timedelta(days=14))
    after = plan_round(extended, AUDIENCE, responded=set())
    assert not {i.key for i in before} & {i.key for i in after}
    assert max(i.due_at for i in after) > max(i.due_at for i in before)
    assert all(i.deadline == extended.closes_at for i in after)


def test_plan_round_uses_the_rounds_own_offsets_and_drops_those_before_opening() -> None:
    plan = plan_round(consultation(offsets="14d,3d"), [KIRI], responded=set())
    assert sorted({i.offset for i in plan if i.kind == "round-due"}) == [
        timedelta(days=3),
        timedelta(days=14),
    ]
    short = consultation(closes=OPENS + timedelta(days=2))
    plan = plan_round(short, [KIRI], responded=set())
    offsets = {i.offset for i in plan if i.kind == "round-due"}
    assert offsets == {timedelta(days=1), timedelta(hours=2)}  # 7 days before is before opening


# ---------------------------------------------------------------- plan_meeting


def test_plan_meeting_reminds_non_answerers_to_rsvp_and_attendees_before_the_start() -> None:
    starts = datetime(2024, 12, 16, 10, 0, tzinfo=ZoneInfo("Asia/Riyadh"))
    meeting = Meeting(
        id=7,
        title="IGF session",
        starts_at=starts.astimezone(UTC),
        ends_at=(starts + timedelta(hours=1, minutes=30)).astimezone(UTC),
        zone="Asia/Riyadh",
        rsvp_by=datetime(2024, 12, 10, 23, 59, tzinfo=UTC),
        created_by=1,
        created_at=datetime(2024, 10, 4, tzinfo=UTC),
    )
    plan = plan_meeting(
        meeting,
        [ANA, LENA, KIRI],
        answered={LENA.id or 0},
        attending=[LENA],
        created_at=meeting.created_at,
    )
    rsvp = [i for i in plan if i.kind == "rsvp-due"]
    assert {i.person.id for i in rsvp if i.person} == {ANA.id, KIRI.id}
    assert all(i.deadline == meeting.rsvp_by and i.due_at < i.deadline for i in rsvp)
    kiri_rsvp = [i for i in rsvp if i.person == KIRI]
    assert [i.due_at for i in kiri_rsvp] == [datetime(2024, 12, 9, 23, 59, tzinfo=UTC)]
    start = [i for i in plan if i.kind == "meeting-start"]
    assert {i.person.id for i in start if i.person} == {LENA.id}
    assert {i.offset for i in start} == {timedelta(days=1), timedelta(hours=1)}
    assert all(i.deadline == meeting.starts_at for i in start)
    assert all(not quiet(i.due_at, i.person) for i in plan if i.person)
    moved = Meeting(**{**meeting.__dict__, "starts_at": meeting.starts_at + timedelta(days=1)})
    replanned = plan_meeting(moved, [], set(), [LENA], meeting.created_at)
    assert not {i.key for i in replanned} & {i.key for i in start}
    # Reminders whose time has already passed when the meeting is created are not planned.
    late = plan_meeting(meeting, [ANA], set(), [LENA], starts - timedelta(hours=2))
    assert [i.offset for i in late] == [timedelta(hours=1)]


# ---------------------------------------------------------------- quiet hours


def test_quiet_hours_move_a_reminder_to_their_end() -> None:
    due = datetime(2025, 1, 20, 23, 30, tzinfo=ZURICH)
    deadline = datetime(2025, 1, 25, tzinfo=UTC)
    assert respect_quiet_hours(due, ANA, deadline) == datetime(2025, 1, 21, 7, 0, tzinfo=ZURICH)
    early = datetime(2025, 1, 21, 3, 0, tzinfo=ZURICH)  # the morning part of the same night
    assert respect_quiet_hours(early, ANA, deadline) == datetime(2025, 1, 21, 7, 0, tzinfo=ZURICH)
    awake = datetime(2025, 1, 21, 12, 0, tzinfo=ZURICH)
    assert respect_quiet_hours(awake, ANA, deadline) == awake


def test_quiet_hours_that_would_pass_the_deadline_move_the_reminder_earlier() -> None:
    due = datetime(2025, 1, 31, 23, 0, tzinfo=ZURICH)
    deadline = datetime(2025, 1, 31, 23, 59, tzinfo=ZURICH)
    moved = respect_quiet_hours(due, ANA, deadline)
    assert moved == datetime(2025, 1, 31, 21, 59, tzinfo=ZURICH)
    assert moved < deadline
    assert not quiet(moved, ANA)


def test_quiet_hours_across_a_dst_change_use_the_local_clock_of_that_night() -> None:
    # The night the clocks go forward in Zurich: quiet hours still end at 07:00 local (CEST).
    due = datetime(2025, 3, 30, 1, 0, tzinfo=UTC)  # 03:00 CEST
    moved = respect_quiet_hours(due, ANA, datetime(2025, 4, 5, tzinfo=UTC))
    assert moved == datetime(2025, 3, 30, 5, 0, tzinfo=UTC)
    due = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET, after the clocks went back
    moved = respect_quiet_hours(due, ANA, datetime(2025, 11, 1, tzinfo=UTC))
    assert moved == datetime(2025, 10, 26, 6, 0, tzinfo=UTC)  # 07:00 CET


def test_quiet_hours_ending_in_a_dst_gap_end_when_the_clock_passes_their_end() -> None:
    # Quiet until 02:30, on the night 02:00-03:00 does not exist: they end at 03:00 CEST.
    night_owl = person(9, "Europe/Zurich", "22:00", "02:30")
    due = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # 01:30 CET
    moved = respect_quiet_hours(due, night_owl, datetime(2025, 4, 5, tzinfo=UTC))
    assert moved == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    assert not quiet(moved, night_owl)


def test_quiet_hours_starting_in_a_dst_gap_never_push_a_reminder_past_its_deadline() -> None:
    # Quiet from 02:30 (which does not exist that night) to 07:00; the deadline is at 03:20.
    sleeper = person(9, "Europe/Zurich", "02:30", "07:00")
    due = datetime(2025, 3, 30, 1, 10, tzinfo=UTC)  # 03:10 CEST: quiet
    deadline = datetime(2025, 3, 30, 1, 20, tzinfo=UTC)  # 03:20 CEST
    moved = respect_quiet_hours(due, sleeper, deadline)
    assert moved <= deadline
    assert not quiet(moved, sleeper)


def _first_awake_after(due: datetime, who: Person) -> datetime:
    moment = due
    for _ in range(24 * 60 + 1):
        moment += MINUTE
        if not quiet(moment, who):
            return moment
    raise AssertionError("quiet all day")


ZONES = sorted(available_timezones())


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    zone=st.sampled_from(ZONES),
    due=st.datetimes(
        min_value=datetime(2024, 1, 1),  # noqa: DTZ001
        max_value=datetime(2026, 12, 31),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    quiet_start=st.integers(min_value=0, max_value=24 * 60 - 1),
    quiet_end=st.integers(min_value=0, max_value=24 * 60 - 1),
    notice=st.integers(min_value=1, max_value=3 * 24 * 60),
)
def test_respect_quiet_hours_property(
    zone: str, due: datetime, quiet_start: int, quiet_end: int, notice: int
) -> None:
    due = due.replace(second=0, microsecond=0)
    deadline = due + notice * MINUTE
    who = person(
        1,
        zone,
        f"{quiet_start // 60:02d}:{quiet_start % 60:02d}",
        f"{quiet_end // 60:02d}:{quiet_end % 60:02d}",
    )
    moved = respect_quiet_hours(due, who, deadline)
    assert moved.tzinfo is not None
    assert moved <= deadline  # never after the deadline
    if not quiet(due, who):
        assert moved == due
        return
    awake = _first_awake_after(due, who)
    if awake < deadline:
        # Moved to the end of the quiet hours, on the recipient's clock of that night.
        assert moved == awake
    else:
        # The deadline forces the earlier move: before the quiet hours began.
        assert moved < due
        assert not quiet(moved, who)


# ---------------------------------------------------------------- due_now


def _plan() -> tuple[Round, list[PlannedReminder]]:
    round_ = consultation(channels="C1")
    return round_, plan_round(round_, [ANA, KIRI], responded=set())


def test_after_downtime_only_the_latest_due_reminder_goes_to_each_recipient() -> None:
    round_, plan = _plan()
    # Down from before the 7-day reminders until 12 hours before closing.
    clock = FakeClock(round_.closes_at - timedelta(hours=12))
    chosen = due_now(plan, clock.now(), sent=set())
    assert sorted(recipient(i) for i in chosen) == ["cC1", "p1", "p5"]
    for item in chosen:
        assert item.offset == timedelta(days=1)
        eligible = [i for i in plan if recipient(i) == recipient(item) and i.due_at <= clock.now()]
        assert item.due_at == max(i.due_at for i in eligible)
    # Marking the chosen and the superseded as handled: nothing more until the next one.
    handled = {i.key for i in chosen} | set(superseded(plan, chosen))
    assert {i.key for i in plan if i.due_at <= clock.now()} == handled
    assert due_now(plan, clock.now(), handled) == []
    clock.advance(timedelta(hours=6))
    assert due_now(plan, clock.now(), handled) == []
    clock.set(round_.closes_at - timedelta(minutes=30))
    last = due_now(plan, clock.now(), handled)
    assert sorted(recipient(i) for i in last) == ["cC1", "p1", "p5"]
    assert all(i.offset == timedelta(hours=2) for i in last)


def test_nothing_is_sent_before_it_is_due_or_once_the_deadline_has_passed() -> None:
    round_, plan = _plan()
    assert due_now(plan, round_.opens_at - MINUTE, sent=set()) == []
    opening = due_now(plan, round_.opens_at, sent=set())
    assert {i.kind for i in opening} == {"round-open"}
    assert {recipient(i) for i in opening} == {"p5"}  # Zurich's midnight is in Ana's quiet hours
    assert due_now(plan, round_.closes_at, sent=set()) == []
    assert due_now(plan, round_.closes_at + timedelta(days=3), sent=set()) == []
    assert due_now(plan, round_.closes_at - MINUTE, sent=set()) != []


def test_ticking_through_the_round_sends_every_reminder_once_in_time() -> None:
    round_, plan = _plan()
    clock = FakeClock(round_.opens_at - timedelta(hours=1))
    step = timedelta(minutes=10)
    per_recipient: dict[str, list[datetime]] = defaultdict(list)
    for item in plan:
        per_recipient[recipient(item)].append(item.due_at)
    for times in per_recipient.values():
        ordered = sorted(times)
        assert all(b - a > step for a, b in itertools.pairwise(ordered))
    handled: set[str] = set()
    delivered: list[tuple[PlannedReminder, datetime]] = []
    while clock.now() < round_.closes_at + timedelta(hours=1):
        chosen = due_now(plan, clock.now(), handled)
        delivered += [(item, clock.now()) for item in chosen]
        handled |= {i.key for i in chosen} | set(superseded(plan, chosen))
        clock.advance(step)
    keys = [item.key for item, _ in delivered]
    assert sorted(keys) == sorted(i.key for i in plan)  # each once, none dropped
    for item, at in delivered:
        assert item.due_at <= at < item.due_at + step
        assert at < item.deadline
        if item.person is not None:
            assert not quiet(item.due_at, item.person)


def test_a_reminder_for_someone_who_has_since_responded_is_not_sent() -> None:
    round_ = consultation(channels="")
    now = round_.closes_at - timedelta(hours=1)
    before = due_now(plan_round(round_, [KIRI, ANA], set()), now, set())
    assert {recipient(i) for i in before} == {"p1", "p5"}
    after = due_now(plan_round(round_, [KIRI, ANA], {KIRI.id or 0}), now, set())
    assert {recipient(i) for i in after} == {"p1"}


# ---------------------------------------------------------------- weekly digest schedules


@pytest.mark.parametrize(
    ("text", "weekdays", "at"),
    [
        ("mon 09:00", {0}, time(9, 0)),
        ("Mon 9:00", {0}, time(9, 0)),
        ("monday 09:00", {0}, time(9, 0)),
        ("mon,thu 17:30", {0, 3}, time(17, 30)),
        ("daily 08:00", set(range(7)), time(8, 0)),
        ("weekdays 09:00", set(range(5)), time(9, 0)),
        ("sun 23:59", {6}, time(23, 59)),
        ("  fri 00:00  ", {4}, time(0, 0)),
    ],
)
def test_parse_schedule(text: str, weekdays: set[int], at: time) -> None:
    schedule = parse_schedule(text)
    assert schedule == WeeklySchedule(frozenset(weekdays), at)
    assert parse_schedule(schedule.text()) == schedule


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mon",
        "09:00",
        "mon 24:00",
        "mon 9:60",
        "funday 09:00",
        "monkey 09:00",
        "mo 09:00",
        "mon 09:00 10:00",
        "mon;thu 09:00",
    ],
)
def test_parse_schedule_refuses_what_is_not_a_schedule(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_schedule(text)
    assert caught.value.message.id == "error-schedule"


def test_monday_0900_in_zurich_stays_0900_local_across_dst_changes() -> None:
    schedule = parse_schedule("mon 09:00")
    moment = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
    seen = []
    for _ in range(40):  # through the spring and autumn changes
        moment = schedule.next_after(moment, "Europe/Zurich")
        local = moment.astimezone(ZURICH)
        assert (local.weekday(), local.hour, local.minute) == (0, 9, 0)
        seen.append(moment)
    assert all(
        b - a in (timedelta(days=7), timedelta(days=7, hours=1), timedelta(days=6, hours=23))
        for a, b in itertools.pairwise(seen)
    )
    # The week of the spring change is one hour shorter in UTC, the autumn one longer.
    before_spring = datetime(2025, 3, 24, 8, 0, tzinfo=UTC)  # Monday 09:00 CET
    assert schedule.next_after(before_spring, "Europe/Zurich") == datetime(
        2025, 3, 31, 7, 0, tzinfo=UTC
    )
    before_autumn = datetime(2025, 10, 20, 7, 0, tzinfo=UTC)  # Monday 09:00 CEST
    assert schedule.next_after(before_autumn, "Europe/Zurich") == datetime(
        2025, 10, 27, 8, 0, tzinfo=UTC
    )


def test_next_after_is_strictly_after_and_in_the_schedules_zone() -> None:
    schedule = parse_schedule("mon,thu 17:30")
    monday = datetime(2025, 1, 20, 17, 30, tzinfo=ZoneInfo("America/Bogota"))
    following = schedule.next_after(monday, "America/Bogota")
    assert following == datetime(2025, 1, 23, 17, 30, tzinfo=ZoneInfo("America/Bogota"))
    just_before = monday - MINUTE
    assert schedule.next_after(just_before, "America/Bogota") == monday
    # The same instant read for a channel in Auckland: Tuesday morning there already.
    auckland = schedule.next_after(monday, "Pacific/Auckland")
    local = auckland.astimezone(ZoneInfo("Pacific/Auckland"))
    assert (local.weekday(), local.hour, local.minute) == (3, 17, 30)
    assert auckland > monday
    daily = parse_schedule("daily 08:00")
    assert daily.next_after(datetime(2025, 1, 1, 7, 0, tzinfo=UTC), "AoE") == datetime(
        2025, 1, 1, 20, 0, tzinfo=UTC
    )


def test_no_quiet_hours_where_the_zone_is_not_known() -> None:
    unknown = replace(ANA, tz="UTC", tz_known=False)
    night = datetime(2025, 1, 21, 3, 0, tzinfo=UTC)
    deadline = datetime(2025, 1, 25, tzinfo=UTC)
    assert respect_quiet_hours(night, unknown, deadline) == night
    assert respect_quiet_hours(night, replace(unknown, tz_known=True), deadline) == datetime(
        2025, 1, 21, 7, 0, tzinfo=UTC
    )
