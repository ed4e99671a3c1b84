"""Reading typed dates in the sender's zone; reminder offsets; reading zone names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.domain.dates import (
    MAX_WHEN_LENGTH,
    MissingTime,
    format_offset,
    parse_offsets,
    read_when,
)
from assistant.domain.zones import (
    ABBREVIATIONS,
    AMBIGUOUS,
    CITY_ALIASES,
    require_zone,
    resolve_zone,
    zone_info,
)
from assistant.messages import Message, UserError

# A Wednesday. At this instant it is still Tuesday evening in Bogota and AoE (14 January),
# Wednesday in Zurich, Riyadh, Kolkata and Auckland: "tomorrow" is not the same day everywhere.
NOW = datetime(2025, 1, 15, 3, 0, tzinfo=UTC)
# 09:00 on Thursday 16 January in Auckland while it is Wednesday evening in UTC.
NOW_EVENING = datetime(2025, 1, 15, 20, 0, tzinfo=UTC)

# Zones as zoneinfo spells them, independently of the product's own zone table.
IANA_FOR = {
    "AoE": "Etc/GMT+12",
    "UTC": "UTC",
    "UTC+2": "Etc/GMT-2",
    "UTC+3": "Etc/GMT-3",
    "UTC-5": "Etc/GMT+5",
}


def wall(zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """The instant a wall-clock time in `zone` denotes (first occurrence if it is twice)."""
    if zone == "UTC+5:30":  # no Etc/ zone has a half-hour offset
        return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=5.5)))
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(IANA_FOR.get(zone, zone)))


@dataclass(frozen=True)
class Case:
    text: str
    zone: str  # the sender's zone
    expected: datetime
    had_time: bool = True
    read_zone: str | None = None  # the zone the text was read in, if not the sender's
    missing: MissingTime = MissingTime.END_OF_DAY
    language: str = "en"
    now: datetime = NOW


ZRH = "Europe/Zurich"
BOG = "America/Bogota"
RUH = "Asia/Riyadh"
CCU = "Asia/Kolkata"
AKL = "Pacific/Auckland"

CASES = [
    # A date alone is the end of that day (deadlines) in the sender's zone.
    Case("31 January 2025", ZRH, wall(ZRH, 2025, 1, 31, 23, 59), had_time=False),
    Case("31 January 2025", BOG, wall(BOG, 2025, 1, 31, 23, 59), had_time=False),
    Case("31 January 2025", RUH, wall(RUH, 2025, 1, 31, 23, 59), had_time=False),
    Case("31 January 2025", CCU, wall(CCU, 2025, 1, 31, 23, 59), had_time=False),
    Case("31 January 2025", AKL, wall(AKL, 2025, 1, 31, 23, 59), had_time=False),
    Case("31 January 2025", "AoE", wall("AoE", 2025, 1, 31, 23, 59), had_time=False),
    Case("31/01/2025", ZRH, wall(ZRH, 2025, 1, 31, 23, 59), had_time=False),
    Case("2025-02-03", ZRH, wall(ZRH, 2025, 2, 3, 23, 59), had_time=False),
    Case("28 September 2025", AKL, wall(AKL, 2025, 9, 28, 23, 59), had_time=False),
    Case("29 February 2024", CCU, wall(CCU, 2024, 2, 29, 23, 59), had_time=False),
    # ... or its start, for openings.
    Case(
        "31 January 2025",
        ZRH,
        wall(ZRH, 2025, 1, 31),
        had_time=False,
        missing=MissingTime.START_OF_DAY,
    ),
    Case(
        "7 October 2024",
        RUH,
        wall(RUH, 2024, 10, 7),
        had_time=False,
        missing=MissingTime.START_OF_DAY,
    ),
    Case("tomorrow", BOG, wall(BOG, 2025, 1, 15), had_time=False, missing=MissingTime.START_OF_DAY),
    # A time makes the date complete, whatever the missing-time rule.
    Case("31 January 2025 18:00", ZRH, wall(ZRH, 2025, 1, 31, 18)),
    Case("31 January 2025 10:00", RUH, wall(RUH, 2025, 1, 31, 10), missing=MissingTime.REQUIRED),
    Case("1 July 2025 12:00", ZRH, wall(ZRH, 2025, 7, 1, 12)),  # summer time
    Case("16 December 2024 10:00", RUH, wall(RUH, 2024, 12, 16, 10)),
    Case("31 January 2025 12am", CCU, wall(CCU, 2025, 1, 31, 0)),
    Case("31 January 2025 12:30pm", CCU, wall(CCU, 2025, 1, 31, 12, 30)),
    Case("31 January 2025 6 p.m.", CCU, wall(CCU, 2025, 1, 31, 18)),
    Case("January 31, 2025 5:30 PM", CCU, wall(CCU, 2025, 1, 31, 17, 30)),
    Case("  31   January  2025   18:00 ", AKL, wall(AKL, 2025, 1, 31, 18)),
    # Relative to the sender's own today.
    Case("18:00", ZRH, wall(ZRH, 2025, 1, 15, 18)),
    Case("3pm", ZRH, wall(ZRH, 2025, 1, 15, 15)),
    Case("noon", ZRH, wall(ZRH, 2025, 1, 15, 12)),
    Case("18:00", BOG, wall(BOG, 2025, 1, 14, 18)),
    Case("today", BOG, wall(BOG, 2025, 1, 14, 23, 59), had_time=False),
    Case("tomorrow", BOG, wall(BOG, 2025, 1, 15, 23, 59), had_time=False),
    Case("tomorrow", "AoE", wall("AoE", 2025, 1, 15, 23, 59), had_time=False),
    Case("tomorrow", ZRH, wall(ZRH, 2025, 1, 16, 23, 59), had_time=False),
    Case("tomorrow", AKL, wall(AKL, 2025, 1, 16, 23, 59), had_time=False),
    Case("tomorrow", AKL, wall(AKL, 2025, 1, 17, 23, 59), had_time=False, now=NOW_EVENING),
    Case("tomorrow", "UTC", wall("UTC", 2025, 1, 16, 23, 59), had_time=False, now=NOW_EVENING),
    Case("tomorrow 10:00", BOG, wall(BOG, 2025, 1, 15, 10)),
    Case("tomorrow 9:30", AKL, wall(AKL, 2025, 1, 17, 9, 30), now=NOW_EVENING),
    Case("tomorrow at 9", CCU, wall(CCU, 2025, 1, 16, 9)),
    Case("tomorrow noon", CCU, wall(CCU, 2025, 1, 16, 12)),
    Case("next Tuesday 17:00", ZRH, wall(ZRH, 2025, 1, 21, 17)),
    Case("friday", ZRH, wall(ZRH, 2025, 1, 17, 23, 59), had_time=False),
    Case("next monday", CCU, wall(CCU, 2025, 1, 20, 23, 59), had_time=False),
    Case("10 January", CCU, wall(CCU, 2026, 1, 10, 23, 59), had_time=False),  # the next one
    Case("in 2 hours", ZRH, NOW + timedelta(hours=2)),
    # Other languages.
    Case("le 3 décembre 2025 à 10h30", ZRH, wall(ZRH, 2025, 12, 3, 10, 30), language="fr"),
    Case("mañana 10:00", BOG, wall(BOG, 2025, 1, 15, 10), language="es"),
    Case("15 de enero de 2026 18:00", BOG, wall(BOG, 2026, 1, 15, 18), language="es"),
    Case(
        "12 декабря 2025 14:00",
        "Europe/Moscow",
        wall("Europe/Moscow", 2025, 12, 12, 14),
        language="ru",
    ),
    Case(
        "2025年12月3日 10:00",
        "Asia/Shanghai",
        wall("Asia/Shanghai", 2025, 12, 3, 10),
        language="zh",
    ),
    Case("غدا 10:00", RUH, wall(RUH, 2025, 1, 16, 10), language="ar"),
    # Arabic-Indic (and Eastern Arabic-Indic) digits.
    Case("٣١ January 2025 ١٨:٠٠", RUH, wall(RUH, 2025, 1, 31, 18)),
    Case("٣١ يناير ٢٠٢٥ ١٨:٠٠", RUH, wall(RUH, 2025, 1, 31, 18), language="ar"),
    Case("۳۱ January ۲۰۲۵ ۱۸:۰۰", RUH, wall(RUH, 2025, 1, 31, 18)),
    # A zone written in the text wins over the sender's.
    Case("15 February 2025 18:00 AoE", ZRH, wall("AoE", 2025, 2, 15, 18), read_zone="AoE"),
    Case(
        "15 February 2025 AoE",
        ZRH,
        wall("AoE", 2025, 2, 15, 23, 59),
        had_time=False,
        read_zone="AoE",
    ),
    Case("20 February 2025 10:00 Geneva", BOG, wall(ZRH, 2025, 2, 20, 10), read_zone=ZRH),
    Case("20 February 2025 10:00 Geneva time", BOG, wall(ZRH, 2025, 2, 20, 10), read_zone=ZRH),
    Case("20 February 2025 10:00 Riyadh", BOG, wall(RUH, 2025, 2, 20, 10), read_zone=RUH),
    Case("20 February 2025 10:00 UTC+3", BOG, wall("UTC+3", 2025, 2, 20, 10), read_zone="UTC+3"),
    Case("20 February 2025 10:00 GMT-5", ZRH, wall("UTC-5", 2025, 2, 20, 10), read_zone="UTC-5"),
    Case("20 February 2025 10:00 America/Bogota", ZRH, wall(BOG, 2025, 2, 20, 10), read_zone=BOG),
    Case("20 July 2025 10:00 CEST", BOG, wall("UTC+2", 2025, 7, 20, 10), read_zone="UTC+2"),
    Case("20 February 2025 10:00 UTC", CCU, wall("UTC", 2025, 2, 20, 10), read_zone="UTC"),
    Case(
        "20 February 2025 10:00 UTC+5:30",
        ZRH,
        wall("UTC+5:30", 2025, 2, 20, 10),
        read_zone="UTC+5:30",
    ),
    Case("20 February 2025 10:00 Wellington", ZRH, wall(AKL, 2025, 2, 20, 10), read_zone=AKL),
    Case("20 February 2025 10:00 Kolkata", ZRH, wall(CCU, 2025, 2, 20, 10), read_zone=CCU),
    # ISO 8601 as scripts write it.
    Case("2025-01-31T12:00Z", ZRH, datetime(2025, 1, 31, 12, tzinfo=UTC)),
    Case("2025-01-31T12:00:00+05:30", ZRH, wall("UTC+5:30", 2025, 1, 31, 12)),
    Case("2025-01-31T12:00:00+0530", BOG, wall("UTC+5:30", 2025, 1, 31, 12)),
    Case("2025-01-31T12:00:00-05:00", AKL, wall(BOG, 2025, 1, 31, 12)),
    Case("2025-01-31T12:00", CCU, wall(CCU, 2025, 1, 31, 12)),
    Case("2025-01-31 12:00", AKL, wall(AKL, 2025, 1, 31, 12)),
    Case("2025-07-01T12:00", ZRH, wall(ZRH, 2025, 7, 1, 12)),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.text.strip()}@{c.zone}" for c in CASES])
def test_read_when(case: Case) -> None:
    result = read_when(
        case.text,
        zone=case.zone,
        now=case.now,
        language=case.language,
        missing_time=case.missing,
    )
    assert result.at == case.expected.astimezone(UTC)
    assert result.at.utcoffset() == timedelta(0)
    assert result.had_time is case.had_time
    assert result.zone == (case.read_zone or case.zone)
    assert result.dst_note == ""


def test_seconds_in_iso_are_kept() -> None:
    result = read_when("2025-01-31 12:00:30", zone=BOG, now=NOW)
    assert result.at == datetime(2025, 1, 31, 17, 0, 30, tzinfo=UTC)


def test_tomorrow_is_the_senders_tomorrow_not_utcs() -> None:
    bogota = read_when("tomorrow", zone=BOG, now=NOW)
    in_utc = read_when("tomorrow", zone="UTC", now=NOW)
    # Bogota is still on 14 January: its tomorrow is UTC's today.
    assert bogota.at.astimezone(ZoneInfo(BOG)).date() == date(2025, 1, 15)
    assert in_utc.at.date() == date(2025, 1, 16)
    auckland = read_when("tomorrow", zone=AKL, now=NOW_EVENING)
    utc_evening = read_when("tomorrow", zone="UTC", now=NOW_EVENING)
    assert auckland.at.astimezone(ZoneInfo(AKL)).date() == date(2025, 1, 17)
    assert utc_evening.at.date() == date(2025, 1, 16)


@pytest.mark.parametrize(
    ("text", "zone", "message_id"),
    [
        ("31 January 2025", ZRH, "error-when-needs-time"),
        ("tomorrow", AKL, "error-when-needs-time"),
        ("next Tuesday", BOG, "error-when-needs-time"),
    ],
)
def test_a_date_alone_is_refused_where_a_time_is_required(
    text: str, zone: str, message_id: str
) -> None:
    with pytest.raises(UserError) as caught:
        read_when(text, zone=zone, now=NOW, missing_time=MissingTime.REQUIRED)
    assert caught.value.message.id == message_id
    assert caught.value.message.args["text"] == text


@pytest.mark.parametrize("abbreviation", ["CST", "IST", "BST", "cst"])
def test_ambiguous_abbreviations_are_refused_with_the_choices(abbreviation: str) -> None:
    with pytest.raises(UserError) as caught:
        read_when(f"20 February 2025 10:00 {abbreviation}", zone=BOG, now=NOW)
    assert caught.value.message.id == "error-zone-ambiguous"
    assert caught.value.message.args["zone"] == abbreviation
    choices = caught.value.message.args["choices"]
    assert "," in choices  # several zones to choose from


@pytest.mark.parametrize(
    ("text", "message_id"),
    [
        ("today 24:30", "error-time-impossible"),
        ("tomorrow 25:00", "error-time-impossible"),
        ("31 January 2025 18:60", "error-time-impossible"),
        ("31 January 2025 23:59:60", "error-time-impossible"),
        ("31 January 2025 13pm", "error-time-impossible"),
        ("31 January 2025 0:30am", "error-time-impossible"),
        ("30 February 2025", "error-date-impossible"),
        ("29 February 2025", "error-date-impossible"),
        ("31 April 2025 10:00", "error-date-impossible"),
        ("2025-02-30T10:00", "error-date-impossible"),
        ("gibberish words", "error-when-unreadable"),
        ("31 January 2025 18:00 Europe/Nowhere", "error-when-unreadable"),
        ("Geneva", "error-when-unreadable"),
        ("", "error-when-missing"),
        ("   ", "error-when-missing"),
    ],
)
def test_impossible_or_unreadable_times_are_refused(text: str, message_id: str) -> None:
    with pytest.raises(UserError) as caught:
        read_when(text, zone=ZRH, now=NOW)
    assert caught.value.message.id == message_id


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("30 March 2025 02:30", ZRH),
        ("2025-03-30T02:30", ZRH),
        ("30 March 2025 02:00", ZRH),
        ("30 March 2025 02:30 Geneva", BOG),
        ("28 September 2025 02:30", AKL),
        ("9 March 2025 02:30", "America/New_York"),
    ],
)
def test_a_time_in_a_dst_gap_is_refused(text: str, zone: str) -> None:
    with pytest.raises(UserError) as caught:
        read_when(text, zone=zone, now=NOW)
    assert caught.value.message.id == "error-time-nonexistent"
    assert caught.value.message.args["zone"] in (zone, ZRH)


@pytest.mark.parametrize(
    ("text", "zone", "first"),
    [
        ("26 October 2025 02:30", ZRH, datetime(2025, 10, 26, 0, 30, tzinfo=UTC)),
        ("2025-10-26T02:30", ZRH, datetime(2025, 10, 26, 0, 30, tzinfo=UTC)),
        ("26 October 2025 02:00", ZRH, datetime(2025, 10, 26, 0, 0, tzinfo=UTC)),
        ("6 April 2025 02:30", AKL, datetime(2025, 4, 5, 13, 30, tzinfo=UTC)),
    ],
)
def test_a_time_in_a_dst_overlap_is_its_first_occurrence_with_a_note(
    text: str, zone: str, first: datetime
) -> None:
    result = read_when(text, zone=zone, now=NOW)
    assert result.at == first
    # Independently: the first of the two readings zoneinfo knows.
    local = first.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    assert local.replace(tzinfo=ZoneInfo(zone), fold=0).astimezone(UTC) == first
    assert local.replace(tzinfo=ZoneInfo(zone), fold=1).astimezone(UTC) == first + timedelta(
        hours=1
    )
    assert result.dst_note == "dst-overlap"
    assert result.had_time


def test_start_of_day_when_midnight_does_not_exist_is_the_first_moment_of_that_day() -> None:
    # Chile moves its clocks from 00:00 to 01:00 on 7 September 2025: that day starts at 01:00.
    result = read_when(
        "7 September 2025", zone="America/Santiago", now=NOW, missing_time=MissingTime.START_OF_DAY
    )
    assert result.at == datetime(2025, 9, 7, 1, 0, tzinfo=ZoneInfo("America/Santiago"))
    assert result.at == datetime(2025, 9, 7, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "text", "elapsed"),
    [
        # 01:30 in Zurich, half an hour before the clocks jump from 02:00 to 03:00.
        (datetime(2025, 3, 30, 0, 30, tzinfo=UTC), "in 1 hour", timedelta(hours=1)),
        (datetime(2025, 3, 30, 0, 30, tzinfo=UTC), "in 2 hours", timedelta(hours=2)),
        (datetime(2025, 3, 30, 0, 30, tzinfo=UTC), "in 90 minutes", timedelta(minutes=90)),
        # 02:30 summer time in Zurich, half an hour before the clocks go back.
        (datetime(2025, 10, 26, 0, 30, tzinfo=UTC), "in 2 hours", timedelta(hours=2)),
    ],
)
def test_in_n_hours_is_elapsed_time_even_across_a_dst_change(
    now: datetime, text: str, elapsed: timedelta
) -> None:
    result = read_when(text, zone=ZRH, now=now)
    assert result.at == now + elapsed
    assert result.had_time


def test_overlong_input_is_refused_before_parsing() -> None:
    too_long = "31 January 2025 " + "x" * MAX_WHEN_LENGTH
    with pytest.raises(UserError) as caught:
        read_when(too_long, zone=ZRH, now=NOW)
    assert caught.value.message.id == "error-when-too-long"
    assert caught.value.message.args["max"] == MAX_WHEN_LENGTH
    assert MAX_WHEN_LENGTH <= 200
    # The limit counts what is left once runs of spaces are collapsed.
    padded = "31" + " " * 300 + "January 2025"
    assert read_when(padded, zone=ZRH, now=NOW).at == wall(ZRH, 2025, 1, 31, 23, 59)
    at_limit = "y" * MAX_WHEN_LENGTH
    with pytest.raises(UserError) as caught:
        read_when(at_limit, zone=ZRH, now=NOW)
    assert caught.value.message.id == "error-when-unreadable"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("SystemV/"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zone=st.sampled_from(ZONES),
    local=st.datetimes(
        min_value=datetime(2024, 1, 1),  # noqa: DTZ001
        max_value=datetime(2026, 12, 31, 23, 59),  # noqa: DTZ001
    ),
)
def test_a_written_date_and_time_is_that_wall_time_in_the_senders_zone(
    zone: str, local: datetime
) -> None:
    local = local.replace(second=0, microsecond=0)
    text = f"{local.day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M}"
    tz = ZoneInfo(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    exists = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == local
    if not exists:
        with pytest.raises(UserError) as caught:
            read_when(text, zone=zone, now=NOW)
        assert caught.value.message.id == "error-time-nonexistent"
        return
    result = read_when(text, zone=zone, now=NOW)
    assert result.at == first.astimezone(UTC)
    assert result.zone == zone
    assert result.had_time
    twice = first.utcoffset() != second.utcoffset()
    assert result.dst_note == ("dst-overlap" if twice else "")


# ---------------------------------------------------------------- reminder offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d,1d,2h", [timedelta(days=7), timedelta(days=1), timedelta(hours=2)]),
        ("2h, 7d 1d", [timedelta(days=7), timedelta(days=1), timedelta(hours=2)]),
        ("1w,30m", [timedelta(weeks=1), timedelta(minutes=30)]),
        ("7D,2H", [timedelta(days=7), timedelta(hours=2)]),
        ("1d,24h,1440m", [timedelta(days=1)]),
        ("14d", [timedelta(days=14)]),
        ("9999m", [timedelta(minutes=9999)]),
    ],
)
def test_parse_offsets(text: str, expected: list[timedelta]) -> None:
    assert parse_offsets(text) == expected


@pytest.mark.parametrize("text", ["", " , ", "7x", "d7", "1.5d", "-1d", "7d,,soon", "1 d"])
def test_parse_offsets_refuses_what_is_not_a_plan(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_offsets(text)
    assert caught.value.message.id == "error-offsets"


@pytest.mark.parametrize(
    ("text", "entry"),
    [("0d", "0d"), ("12345d", "12345d"), ("7d,366d", "366d"), ("53w", "53w"), ("0m,1d", "0m")],
)
def test_an_offset_out_of_range_says_the_range_not_the_format(text: str, entry: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_offsets(text)
    assert caught.value.message == Message(
        "error-offset-range", {"text": entry, "min": "1m", "max": "365d"}
    )


def test_the_longest_and_shortest_offsets_are_accepted() -> None:
    assert parse_offsets("365d,52w,1m") == [
        timedelta(days=365),
        timedelta(weeks=52),
        timedelta(minutes=1),
    ]


@pytest.mark.parametrize(
    ("offset", "text"),
    [
        (timedelta(days=7), "1w"),
        (timedelta(days=14), "2w"),
        (timedelta(days=1), "1d"),
        (timedelta(days=3), "3d"),
        (timedelta(hours=2), "2h"),
        (timedelta(hours=36), "36h"),
        (timedelta(minutes=90), "90m"),
        (timedelta(minutes=30), "30m"),
    ],
)
def test_format_offset(offset: timedelta, text: str) -> None:
    assert format_offset(offset) == text
    assert parse_offsets(text) == [offset]


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from([("w", 52), ("d", 365), ("h", 365 * 24), ("m", 365 * 24 * 60)]).flatmap(
        lambda pair: st.tuples(st.just(pair[0]), st.integers(min_value=1, max_value=pair[1]))
    )
)
def test_format_offset_round_trips(entry: tuple[str, int]) -> None:
    unit, amount = entry
    (offset,) = parse_offsets(f"{amount}{unit}")
    assert parse_offsets(format_offset(offset)) == [offset]


# ---------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Zurich", "Europe/Zurich"),
        ("europe/zurich", "Europe/Zurich"),
        ("America/Bogota", "America/Bogota"),
        ("Geneva", "Europe/Zurich"),
        ("genève", "Europe/Zurich"),
        ("Genève", "Europe/Zurich"),
        ("Riyadh", "Asia/Riyadh"),
        ("الرياض", "Asia/Riyadh"),
        ("Bogota", "America/Bogota"),
        ("Kolkata", "Asia/Kolkata"),
        ("New Delhi", "Asia/Kolkata"),
        ("new  york", "America/New_York"),
        ("Wellington", "Pacific/Auckland"),
        ("Auckland", "Pacific/Auckland"),
        ("AoE", "AoE"),
        ("aoe", "AoE"),
        ("UTC", "UTC"),
        ("UTC+3", "UTC+3"),
        ("utc+3", "UTC+3"),
        ("UTC +3", "UTC+3"),
        ("GMT-5", "UTC-5"),
        ("UTC−3", "UTC-3"),
        ("UTC+05:30", "UTC+5:30"),
        ("UTC+0530", "UTC+5:30"),
        ("UTC+0", "UTC"),
        ("UTC+14", "UTC+14"),
        ("CEST", "UTC+2"),
        ("msk", "UTC+3"),
        ("PDT", "UTC-7"),
        ("NZDT", "UTC+13"),
    ],
)
def test_resolve_zone(text: str, zone: str) -> None:
    assert resolve_zone(text) == zone


@pytest.mark.parametrize("text", ["", "   ", "Narnia", "Europe/Nowhere", "UTC+15", "UTC+3:60"])
def test_resolve_zone_returns_none_for_what_is_not_a_zone(text: str) -> None:
    assert resolve_zone(text) is None


@pytest.mark.parametrize("text", ["CST", "IST", "ist", "BST"])
def test_resolve_zone_refuses_ambiguous_abbreviations(text: str) -> None:
    with pytest.raises(UserError) as caught:
        resolve_zone(text)
    assert caught.value.message.id == "error-zone-ambiguous"
    assert caught.value.message.args["zone"] == text
    assert caught.value.message.args["choices"] == ", ".join(AMBIGUOUS[text.casefold()])


def test_require_zone_names_the_unknown_zone() -> None:
    assert require_zone("Geneva") == "Europe/Zurich"
    with pytest.raises(UserError) as caught:
        require_zone("Narnia")
    assert caught.value.message.id == "error-zone-unknown"
    assert caught.value.message.args["zone"] == "Narnia"


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("AoE", timedelta(hours=-12)),
        ("UTC", timedelta(0)),
        ("UTC+3", timedelta(hours=3)),
        ("UTC-5", timedelta(hours=-5)),
        ("UTC+5:30", timedelta(hours=5, minutes=30)),
        ("UTC+2", timedelta(hours=2)),
        ("Asia/Riyadh", timedelta(hours=3)),
        ("Asia/Kolkata", timedelta(hours=5, minutes=30)),
    ],
)
def test_zone_info_of_canonical_names(zone: str, offset: timedelta) -> None:
    for moment in (datetime(2025, 1, 15, tzinfo=UTC), datetime(2025, 7, 15, tzinfo=UTC)):
        assert moment.astimezone(zone_info(zone)).utcoffset() == offset


def test_every_alias_and_abbreviation_resolves_to_a_usable_zone() -> None:
    for text in [*CITY_ALIASES, *ABBREVIATIONS]:
        zone = resolve_zone(text)
        assert zone is not None, text
        assert NOW.astimezone(zone_info(zone)).utcoffset() is not None
    for text, canonical in CITY_ALIASES.items():
        assert resolve_zone(text) == canonical
        assert canonical in available_timezones()
