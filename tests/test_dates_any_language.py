"""Dates in any language, whatever the settings (issue 13): the reading order, the language
named back, zones anywhere in the phrase, days that cannot exist, and every date the assistant
prints read back as the same instant."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.domain.dates import SUPPORTED_DATE_LANGUAGES, read_when, reading_order
from assistant.domain.zones import resolve_zone
from assistant.messages import Message, MonthOfYear, UserError, When, msg
from assistant.runtime.i18n import FluentTranslator, Renderer
from tests.conftest import Chat

NOW = datetime(2025, 1, 15, 3, 0, tzinfo=UTC)  # a Wednesday
ZRH = "Europe/Zurich"
RENDERER = Renderer(FluentTranslator())


def visible(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


# ---------------------------------------------------------------- reading order


def test_the_reading_order_is_sender_then_channel_then_the_others() -> None:
    assert reading_order("ru", "fr") == ["ru", "fr", "en", "es", "ar", "zh"]
    assert reading_order("en") == ["en", "fr", "es", "ru", "ar", "zh"]
    assert reading_order("de", "xx") == ["en", "fr", "es", "ru", "ar", "zh"]
    assert sorted(reading_order("zh", "zh")) == sorted(SUPPORTED_DATE_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "wall", "language"),
    [
        ("demain 15h", datetime(2025, 1, 16, 15, 0, tzinfo=ZoneInfo(ZRH)), "fr"),
        ("mañana a las 15:00", datetime(2025, 1, 16, 15, 0, tzinfo=ZoneInfo(ZRH)), "es"),
        ("12 декабря 2024 14:00", datetime(2024, 12, 12, 14, 0, tzinfo=ZoneInfo(ZRH)), "ru"),
        ("١٥ يناير ٢٠٢٥ ١٨:٠٠", datetime(2025, 1, 15, 18, 0, tzinfo=ZoneInfo(ZRH)), "ar"),
        ("明天下午3点", datetime(2025, 1, 16, 15, 0, tzinfo=ZoneInfo(ZRH)), "zh"),
        ("jeudi prochain à 9h30", datetime(2025, 1, 16, 9, 30, tzinfo=ZoneInfo(ZRH)), "fr"),
        ("el próximo jueves a las 9:30", datetime(2025, 1, 16, 9, 30, tzinfo=ZoneInfo(ZRH)), "es"),
        ("next Thursday 9:30", datetime(2025, 1, 16, 9, 30, tzinfo=ZoneInfo(ZRH)), "en"),
        (
            "31/01/2025 18:00",
            datetime(2025, 1, 31, 18, 0, tzinfo=ZoneInfo(ZRH)),
            "en",
        ),  # digits: the sender's
    ],
)
def test_a_person_with_no_language_setting_is_read_in_the_language_they_wrote(
    text: str, wall: datetime, language: str
) -> None:
    result = read_when(text, zone=ZRH, now=NOW)
    assert result.at == wall.astimezone(UTC)
    assert result.language == language


def test_the_senders_language_wins_over_another_reading() -> None:
    # "mar" is March in English and Spanish, but Tuesday (mardi) to French readers.
    english = read_when("3 mar 2025 10:00", zone=ZRH, now=NOW, language="en")
    assert (english.at, english.language) == (datetime(2025, 3, 3, 9, 0, tzinfo=UTC), "en")
    french = read_when("3 mar 2025 10:00", zone=ZRH, now=NOW, language="fr")
    assert french.language == "fr"
    # The channel's language comes before the other languages.
    channel = read_when("3 mar 2025 10:00", zone=ZRH, now=NOW, language="ru", channel_language="es")
    assert (channel.at, channel.language) == (datetime(2025, 3, 3, 9, 0, tzinfo=UTC), "es")


def test_two_other_languages_reading_two_instants_is_refused_with_both() -> None:
    with pytest.raises(UserError) as caught:
        read_when("3 mar 2025 10:00", zone=ZRH, now=NOW, language="ru")
    message = caught.value.message
    assert message.id == "error-when-languages"
    assert message.args["first"] == When(datetime(2025, 3, 3, 9, 0, tzinfo=UTC), ZRH)
    assert message.args["first_language"] == msg("language-name", language="en")
    assert message.args["second"] == When(datetime(2025, 1, 3, 9, 0, tzinfo=UTC), ZRH)
    assert message.args["second_language"] == msg("language-name", language="fr")
    assert visible(RENDERER.render_message(message, "ru", ZRH)) == (
        "«3 mar 2025 10:00» на разных языках означает разные даты: "
        "пн, 3 мар. 2025\u202fг., 10:00 Europe/Zurich (09:00 UTC) (язык: английский) и "
        "пт, 3 янв. 2025\u202fг., 10:00 Europe/Zurich (09:00 UTC) (язык: французский). "
        "Напишите месяц полностью или дату в виде 2025-01-31 18:00."
    )


def test_the_script_settles_the_language_without_trying_the_others() -> None:
    # Cyrillic is read in Russian only, even by an English speaker in a French channel.
    result = read_when("завтра в 10:00", zone=ZRH, now=NOW, language="en", channel_language="fr")
    assert (result.at, result.language) == (datetime(2025, 1, 16, 9, 0, tzinfo=UTC), "ru")
    assert read_when("غدا 10:00", zone=ZRH, now=NOW).language == "ar"
    assert read_when("明天 10:00", zone=ZRH, now=NOW).language == "zh"


# ---------------------------------------------------------------- zones anywhere


@pytest.mark.parametrize(
    ("text", "instant", "zone"),
    [
        ("midnight GMT on 3 March 2025", datetime(2025, 3, 3, 0, 0, tzinfo=UTC), "GMT"),
        ("9:00 PST 5 March", datetime(2025, 3, 5, 17, 0, tzinfo=UTC), "UTC-8"),
        ("9:00 PDT on 5 June 2025", datetime(2025, 6, 5, 16, 0, tzinfo=UTC), "UTC-7"),
        ("18:00 EST 3 March 2025", datetime(2025, 3, 3, 23, 0, tzinfo=UTC), "EST"),
        ("18:00 EDT on 3 July 2025", datetime(2025, 7, 3, 22, 0, tzinfo=UTC), "UTC-4"),
        ("10:00 CDT 3 July 2025", datetime(2025, 7, 3, 15, 0, tzinfo=UTC), "UTC-5"),
        ("10:00 MST 3 March 2025", datetime(2025, 3, 3, 17, 0, tzinfo=UTC), "MST"),
        ("10:00 MDT 3 July 2025", datetime(2025, 7, 3, 16, 0, tzinfo=UTC), "UTC-6"),
        ("10:00 AKST 3 March 2025", datetime(2025, 3, 3, 19, 0, tzinfo=UTC), "UTC-9"),
        ("10:00 AKDT 3 July 2025", datetime(2025, 7, 3, 18, 0, tzinfo=UTC), "UTC-8"),
        ("10:00 HST 3 March 2025", datetime(2025, 3, 3, 20, 0, tzinfo=UTC), "HST"),
        ("10:00 NST 3 March 2025", datetime(2025, 3, 3, 13, 30, tzinfo=UTC), "UTC-3:30"),
        ("10:00 UTC+3 on 3 March 2025", datetime(2025, 3, 3, 7, 0, tzinfo=UTC), "UTC+3"),
        ("10:00 America/Bogota 3 March 2025", datetime(2025, 3, 3, 15, 0, tzinfo=UTC), None),
        ("18:00 AoE 15 February 2025", datetime(2025, 2, 16, 6, 0, tzinfo=UTC), "AoE"),
        ("10:00 Geneva on 3 March 2025", datetime(2025, 3, 3, 9, 0, tzinfo=UTC), ZRH),
        ("demain 15h GMT", datetime(2025, 1, 16, 15, 0, tzinfo=UTC), "GMT"),
        ("le 3 mars 2025 à 10h UTC+1", datetime(2025, 3, 3, 9, 0, tzinfo=UTC), "UTC+1"),
    ],
)
def test_a_zone_can_be_written_anywhere_in_the_phrase(
    text: str, instant: datetime, zone: str | None
) -> None:
    result = read_when(text, zone="Asia/Tokyo", now=NOW)
    assert result.at == instant
    assert result.zone == (zone or "America/Bogota")


def test_cst_stays_ambiguous_anywhere_in_the_phrase() -> None:
    with pytest.raises(UserError) as caught:
        read_when("10:00 CST on 3 March 2025", zone=ZRH, now=NOW)
    assert caught.value.message.id == "error-zone-ambiguous"


@pytest.mark.parametrize("text", ["lundi est le 3 mars 2025", "Easter Monday 2025"])
def test_ordinary_words_in_the_middle_are_not_zones(text: str) -> None:
    try:
        result = read_when(text, zone=ZRH, now=NOW)
    except UserError:
        return
    assert result.zone == ZRH


@pytest.mark.parametrize(
    ("abbreviation", "zone"),
    [
        ("EST", "EST"),  # the IANA zone of that name: UTC-5 all year
        ("EDT", "UTC-4"),
        ("CDT", "UTC-5"),
        ("MST", "MST"),
        ("MDT", "UTC-6"),
        ("PST", "UTC-8"),
        ("PDT", "UTC-7"),
        ("AKST", "UTC-9"),
        ("AKDT", "UTC-8"),
        ("HST", "HST"),
        ("HDT", "UTC-9"),
        ("ADT", "UTC-3"),
        ("NST", "UTC-3:30"),
        ("NDT", "UTC-2:30"),
    ],
)
def test_north_american_abbreviations(abbreviation: str, zone: str) -> None:
    assert resolve_zone(abbreviation) == zone


# ---------------------------------------------------------------- days that cannot exist

IMPOSSIBLE_DAYS = {
    "en": ("30 February 2027", "“30 February 2027” is not a date: February 2027 has 28 days."),
    "fr": (
        "30 février 2027",
        "« 30 février 2027 » n’est pas une date : février 2027 compte 28 jours.",
    ),
    "es": (
        "31 de abril de 2027",
        "«31 de abril de 2027» no es una fecha: abril de 2027 tiene 30 días.",
    ),
    "ru": (
        "30 февраля 2028",
        "«30 февраля 2028» — такой даты нет: в месяце «февраль 2028\u202fг.» 29 дней.",
    ),
    "ar": ("31 أبريل 2027", "«31 أبريل 2027» ليس تاريخًا صحيحًا: عدد أيام أبريل 2027 30 يومًا."),
    "zh": ("2027年2月30日", "“2027年2月30日”不是有效日期：2027年2月只有 28 天。"),
}


@pytest.mark.parametrize("language", IMPOSSIBLE_DAYS)
def test_a_day_that_cannot_exist_says_why_in_the_readers_language(language: str) -> None:
    text, reply = IMPOSSIBLE_DAYS[language]
    with pytest.raises(UserError) as caught:
        read_when(text, zone=ZRH, now=NOW, language=language)
    assert caught.value.message.id == "error-date-impossible"
    assert visible(RENDERER.render_message(caught.value.message, language, ZRH)) == reply


@pytest.mark.parametrize(
    ("text", "month", "days"),
    [
        ("30 February 2027 10:00", MonthOfYear(2027, 2), 28),
        ("29 February 2027", MonthOfYear(2027, 2), 28),
        ("31 April 2025", MonthOfYear(2025, 4), 30),
        ("2027-02-30", MonthOfYear(2027, 2), 28),
        ("2027-02-29T10:00", MonthOfYear(2027, 2), 28),
        ("30/02/2027", MonthOfYear(2027, 2), 28),
        ("31.06.2025 14:00", MonthOfYear(2025, 6), 30),
        ("le 31 juin 2025 à 10h", MonthOfYear(2025, 6), 30),  # read without a language setting
        ("31 de junio de 2025", MonthOfYear(2025, 6), 30),
    ],
)
def test_the_refusal_names_the_month_and_its_length(
    text: str, month: MonthOfYear, days: int
) -> None:
    with pytest.raises(UserError) as caught:
        read_when(text, zone=ZRH, now=NOW)
    assert caught.value.message == Message(
        "error-date-impossible", {"text": text, "month": month, "days": days}
    )


def test_a_leap_day_is_a_date() -> None:
    assert read_when("29 February 2028", zone=ZRH, now=NOW).at == datetime(
        2028, 2, 29, 22, 59, tzinfo=UTC
    )


# ---------------------------------------------------------------- read-back

LOCALES = ("en", "fr", "es", "ru", "ar", "zh")
ZONES = (
    "Europe/Zurich",
    "America/New_York",
    "America/Bogota",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Pacific/Auckland",
    "Europe/Moscow",
    "Asia/Riyadh",
    "UTC",
    "AoE",
    "UTC+3",
    "UTC-5:30",
)


@settings(max_examples=300, deadline=None)
@given(
    minutes=st.integers(min_value=0, max_value=3 * 366 * 24 * 60),
    locale=st.sampled_from(LOCALES),
    zone=st.sampled_from((None, *ZONES)),
    reader_zone=st.sampled_from(ZONES),
    sender=st.sampled_from(("en", "same")),
)
def test_every_date_the_assistant_prints_reads_back_as_the_same_instant(
    minutes: int, locale: str, zone: str | None, reader_zone: str, sender: str
) -> None:
    at = NOW + timedelta(minutes=minutes)
    printed = RENDERER.format_when(When(at, zone), locale, reader_zone)
    language = locale if sender == "same" else "en"
    result = read_when(printed, zone="Asia/Tokyo", now=NOW, language=language)
    assert result.at == at, printed
    # And the first part alone, as a person copies it.
    main = printed.split(" (")[0].split("（")[0]
    assert read_when(main, zone="Asia/Tokyo", now=NOW, language=language).at == at, main


def test_the_read_back_table_covers_every_locale_and_zone() -> None:
    count = 0
    for locale in LOCALES:
        for zone in ZONES:
            for step in range(0, 800, 37):
                at = NOW + timedelta(days=step, minutes=step * 7)
                printed = RENDERER.format_when(When(at, zone), locale, "Europe/Zurich")
                for language in dict.fromkeys((locale, "en")):
                    result = read_when(printed, zone="UTC", now=NOW, language=language)
                    assert result.at == at, (locale, language, printed)
                    count += 1
    assert count > 1_500


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York", "AoE", "UTC+3"])
def test_the_other_zones_printed_without_a_year_read_back_too(locale: str, zone: str) -> None:
    for hours in range(0, 24 * 300, 53):
        at = NOW + timedelta(hours=hours)
        printed = RENDERER._local(at, zone, locale, True, False) + " " + zone
        result = read_when(printed, zone="Europe/Paris", now=NOW, language=locale)
        assert result.at == at, printed


@pytest.mark.parametrize("printed", ["2025-03-04 16:30 UTC", "2025-03-04T16:30Z"])
def test_the_utc_forms_of_exports_read_back(printed: str) -> None:
    assert read_when(printed, zone=ZRH, now=NOW).at == datetime(2025, 3, 4, 16, 30, tzinfo=UTC)


# ---------------------------------------------------------------- through the commands


def _shown(at: datetime, locale: str, reader_zone: str, zone: str | None = None) -> str:
    return RENDERER.format_when(When(at, zone), locale, reader_zone)


@pytest.mark.parametrize("locale", LOCALES)
def test_extend_due_and_at_accept_what_the_assistant_prints(chat: Chat, locale: str) -> None:
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana")
    chat.say(f"/assistant settings language {locale}", as_user="ana")
    chat.say('/consult new "Dates" closes 2025-01-31T18:00 zone Geneva', as_user="ana")

    later = datetime(2025, 2, 14, 17, 0, tzinfo=UTC)
    chat.say(f"/consult extend R1 {_shown(later, locale, ZRH, ZRH)}", as_user="ana")
    due = datetime(2025, 3, 3, 7, 30, tzinfo=UTC)
    chat.say(
        f'/action add "Report" owner "ITU Secretariat" due {_shown(due, locale, ZRH)}',
        as_user="ana",
    )
    starts = datetime(2025, 4, 2, 12, 0, tzinfo=UTC)
    shown = _shown(starts, locale, ZRH, "America/New_York")
    chat.say(f'/meeting new "Briefing" at {shown}', as_user="ana")

    with chat.assistant.unit_of_work() as uow:
        (round_,) = uow.rounds.find()
        (action,) = uow.actions.find()
        (meeting,) = uow.meetings.find()
    assert (round_.closes_at, action.due_at, meeting.starts_at) == (later, due, starts)


# ---------------------------------------------------------------- /assistant when

WHEN_REPLIES = [
    (
        "demain 15h",
        "“demain 15h” reads as Sat, Oct 5, 2024, 15:00 UTC.",
        "Read in French.",
    ),
    (
        "mañana a las 15:00",
        "“mañana a las 15:00” reads as Sat, Oct 5, 2024, 15:00 UTC.",
        "Read in Spanish.",
    ),
    (
        "12 декабря 2024 14:00",
        "“12 декабря 2024 14:00” reads as Thu, Dec 12, 2024, 14:00 UTC.",
        "Read in Russian.",
    ),
    (
        "١٥ يناير ٢٠٢٥ ١٨:٠٠",
        "“\u2068١٥ يناير ٢٠٢٥ ١٨:٠٠\u2069” reads as Wed, Jan 15, 2025, 18:00 UTC.",
        "Read in Arabic.",
    ),
    ("明天下午3点", "“明天下午3点” reads as Sat, Oct 5, 2024, 15:00 UTC.", "Read in Chinese."),
    (
        "midnight GMT on 3 March 2025",
        "“midnight GMT on 3 March 2025” reads as Mon, Mar 3, 2025, 00:00 GMT (00:00 UTC).",
        "Read in English.",
    ),
]


@pytest.mark.parametrize(("text", "reads", "language"), WHEN_REPLIES)
def test_when_names_the_language_for_someone_who_never_set_one(
    chat: Chat, text: str, reads: str, language: str
) -> None:
    out = chat.say(f"/assistant when {text}", as_user="@newcomer")
    assert out.splitlines() == [reads, language]


def test_when_names_the_language_in_the_readers_own_language(chat: Chat) -> None:
    chat.say("/assistant settings language zh", as_user="@newcomer")
    out = chat.say("/assistant when demain 15h", as_user="@newcomer")
    assert out.splitlines()[-1] == "识别语言：法语。"


def test_when_refuses_a_text_two_languages_read_differently(chat: Chat) -> None:
    out = chat.say("/assistant when 3 mar 2025 10:00", as_user="@newcomer")
    assert out.splitlines()[-1] == "Read in English."  # the sender's language decides
    # Neither the sender's language nor the channel's reads it: English and French do, apart.
    chat.say("/assistant channel language ru", as_user="ana")
    chat.say("/assistant settings language ru", as_user="@newcomer")
    out = chat.say("/assistant when 3 mar 2025 10:00", as_user="@newcomer")
    assert out.strip() == (
        "«3 mar 2025 10:00» на разных языках означает разные даты: "
        "пн, 3 мар. 2025\u202fг., 10:00 UTC (язык: английский) и "
        "пт, 3 окт. 2025\u202fг., 10:00 UTC (язык: французский). "
        "Напишите месяц полностью или дату в виде 2025-01-31 18:00."
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_a_slack_date_reads_back_as_a_client_shows_it(locale: str) -> None:
    from handlers.slack.render import SlackRenderer

    at = datetime(2025, 3, 4, 16, 30, tzinfo=UTC)
    printed = SlackRenderer(FluentTranslator()).format_when(When(at, ZRH), locale, "Asia/Tokyo")
    token = re.fullmatch(r"<!date\^\d+\^[^|]+\|([^>]+)> · (.+)", printed)
    assert token is not None, printed
    # A client that renders the token shows the reader's local time, then the reference zone;
    # one that cannot shows the fallback text. Both read back.
    for shown in (f"Mar 5, 2025 1:30 AM · {token.group(2)}", token.group(1), token.group(2)):
        assert read_when(shown, zone="Asia/Tokyo", now=NOW, language=locale).at == at, shown


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("Tomorrow, 10:00", datetime(2025, 1, 16, 9, 0, tzinfo=UTC)),
        ("demain, 15h", datetime(2025, 1, 16, 14, 0, tzinfo=UTC)),
        ("mar 3 2025", datetime(2025, 3, 3, 22, 59, tzinfo=UTC)),
        ("Thu, 16 January 2025", datetime(2025, 1, 16, 22, 59, tzinfo=UTC)),
    ],
)
def test_only_a_weekday_before_the_date_is_set_aside(text: str, instant: datetime) -> None:
    assert read_when(text, zone=ZRH, now=NOW).at == instant
