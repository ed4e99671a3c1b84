"""Digest schedules typed in any of the six languages, stored language-neutral, shown back in
the reader's language with CLDR's day names.

The clock starts on Friday 2024-10-04 08:00 UTC; Monday 7 October 09:00 Europe/Zurich is
07:00 UTC (summer time).
"""

from __future__ import annotations

import re
from datetime import time

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl

from assistant.domain.schedule import ALL_DAYS, WEEKDAYS, WeeklySchedule, day_words, parse_schedule
from assistant.messages import UserError
from tests.conftest import Chat
from tests.test_locales import LOCALES, UN_LANGUAGES

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("text", "days", "at"),
    [
        # English, as before.
        ("mon 09:00", {MON}, time(9)),
        ("Monday 9:00", {MON}, time(9)),
        ("every mon 09:00", {MON}, time(9)),
        ("mondays 09:00", {MON}, time(9)),
        ("tues,thur 17:30", {TUE, THU}, time(17, 30)),
        # French: full, CLDR abbreviation (with or without its dot), prefix, 9h30.
        ("lun 09:00", {MON}, time(9)),
        ("lun. 09:00", {MON}, time(9)),
        ("lundi 09:00", {MON}, time(9)),
        ("Mercredi 09:00", {WED}, time(9)),
        ("mer,ven 17h30", {WED, FRI}, time(17, 30)),
        ("chaque jeudi 9h", {THU}, time(9)),
        ("tous les lundis 09:00", {MON}, time(9)),
        ("tous les jours 08:00", ALL_DAYS, time(8)),
        ("en semaine 08:30", WEEKDAYS, time(8, 30)),
        # Spanish, with or without accents.
        ("lunes 09:00", {MON}, time(9)),
        ("mié 09:00", {WED}, time(9)),
        ("miercoles 09:00", {WED}, time(9)),
        ("sáb, dom 10:00", {SAT, SUN}, time(10)),
        ("todos los días 08:00", ALL_DAYS, time(8)),
        ("entre semana 08:30", WEEKDAYS, time(8, 30)),
        # Russian.
        ("пн 09:00", {MON}, time(9)),
        ("понедельник 09:00", {MON}, time(9)),
        ("Пн,Чт 17:30", {MON, THU}, time(17, 30)),
        ("каждый четверг 10:00", {THU}, time(10)),
        ("воскресенье 20:00", {SUN}, time(20)),
        ("ежедневно 08:00", ALL_DAYS, time(8)),
        ("будни 08:30", WEEKDAYS, time(8, 30)),
        # Arabic: full names, short names, hamza written or not, Arabic comma and digits.
        ("الاثنين 09:00", {MON}, time(9)),
        ("الإثنين 09:00", {MON}, time(9)),
        ("إثنين 09:00", {MON}, time(9)),
        ("الاثنين،الخميس 17:30", {MON, THU}, time(17, 30)),
        ("الأحد ٠٩:٣٠", {SUN}, time(9, 30)),
        ("كل يوم اثنين 09:00", {MON}, time(9)),
        ("يوميًا 08:00", ALL_DAYS, time(8)),
        ("كل يوم 08:00", ALL_DAYS, time(8)),
        ("أيام العمل 08:30", WEEKDAYS, time(8, 30)),
        # Chinese: abbreviated and full names, 每, enumeration comma, full-width forms.
        ("周一 09:00", {MON}, time(9)),
        ("星期一 09:00", {MON}, time(9)),
        ("每周一 09:00", {MON}, time(9)),
        ("周一、周四 17:30", {MON, THU}, time(17, 30)),
        ("周一09：00", {MON}, time(9)),
        ("星期天 09:00", {SUN}, time(9)),
        ("每天 08:00", ALL_DAYS, time(8)),
        ("工作日 08:30", WEEKDAYS, time(8, 30)),
        # Languages mixed in one list.
        ("lun, чт, 周六 12:00", {MON, THU, SAT}, time(12)),
    ],
)
def test_a_schedule_is_read_in_any_of_the_six_languages(
    text: str, days: set[int], at: time
) -> None:
    schedule = parse_schedule(text)
    assert schedule == WeeklySchedule(frozenset(days), at)
    # Stored language-neutral, and read back as the same schedule.
    assert re.fullmatch(r"(?:mon|tue|wed|thu|fri|sat|sun)(?:,[a-z]{3})* \d\d:\d\d", schedule.text())
    assert parse_schedule(schedule.text()) == schedule


@pytest.mark.parametrize(
    "text",
    ["lu 09:00", "ma 09:00", "mo 09:00", "lundo 09:00", "пон-к 09:00", "周 09:00", "lun 25:00"],
)
def test_what_is_not_a_schedule_is_refused_in_every_language(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_schedule(text)
    assert caught.value.message.id == "error-schedule"


def test_every_cldr_day_name_of_the_six_languages_is_read() -> None:
    from babel.dates import get_day_names

    for language in UN_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for day, name in get_day_names(width, "format", language).items():
                assert parse_schedule(f"{name} 09:00").weekdays == {day}, (language, name)
    # No word names two different days in two languages.
    assert set(day_words().values()) == set(range(7))


def _examples(message_id: str, language: str) -> list[str]:
    """The quoted schedules a message shows as examples in one language."""
    text = (LOCALES / language / "main.ftl").read_text(encoding="utf-8")
    if message_id.startswith("help-"):
        text = (LOCALES / language / "help.ftl").read_text(encoding="utf-8")
    resource = FluentParser().parse(text)
    for entry in resource.body:
        if isinstance(entry, fl.Message) and entry.id.name == message_id and entry.value:
            value = "".join(e.value for e in entry.value.elements if isinstance(e, fl.TextElement))
            return re.findall(r"[“«\"]\s?([^”»\"{]+?\d\d:\d\d)\s?[”»\"]", value)
    raise AssertionError(f"{message_id} missing in {language}")


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_the_examples_each_language_shows_are_accepted(language: str) -> None:
    examples = [
        example
        for message_id in ("error-schedule", "error-missing-schedule", "help-digest-schedule")
        for example in _examples(message_id, language)
    ]
    assert len(examples) >= 5, examples
    for example in examples:
        parse_schedule(example)


# ---------------------------------------------------------------- through the console

SCHEDULED = {
    "en": (
        '"mon 09:00"',
        "Digest for #wg scheduled every Monday at 09:00 (Europe/Zurich); "
        "next one Mon, Oct 7, 2024, 09:00 Europe/Zurich (07:00 UTC).",
    ),
    "fr": (
        "lun,jeu 09:00",
        "Récapitulatif pour #wg programmé\xa0: chaque lundi et jeudi à 09:00 "
        "(Europe/Zurich)\u202f; prochain envoi\xa0: lun. 7 oct. 2024, 09:00 Europe/Zurich "
        "(07:00 UTC).",
    ),
    "es": (
        "lunes 09:00",
        "Resumen para #wg programado: cada lunes a las 09:00 (Europe/Zurich); "
        "próximo envío: lun, 7 oct 2024, 9:00 Europe/Zurich (7:00 UTC).",
    ),
    "ru": (
        "пн 09:00",
        "Сводка для #wg публикуется каждую неделю: понедельник, в 09:00 (Europe/Zurich); "
        "следующая — пн, 7 окт. 2024\u202fг., 09:00 Europe/Zurich (07:00 UTC).",
    ),
    "ar": (
        "الاثنين 09:00",
        "جُدوِل نشر موجز #wg: أسبوعيًا: الاثنين الساعة 09:00 (Europe/Zurich)؛ "
        "وموعد الموجز التالي: الاثنين، 7 أكتوبر 2024، 09:00 Europe/Zurich (07:00 UTC).",
    ),
    "zh": (
        "周一 09:00",
        "已为 #wg 设定定期摘要：每星期一 09:00（Europe/Zurich）；"
        "下一次发送：2024年10月7日周一 09:00 Europe/Zurich（07:00 UTC）。",
    ),
}


def visible(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_a_schedule_typed_in_each_language_is_shown_back_in_it(chat: Chat, language: str) -> None:
    typed, reply = SCHEDULED[language]
    chat.say(f"/assistant settings language {language}", as_user="ana", channel="#wg")
    out = chat.say(f"/digest schedule {typed} zone Europe/Zurich", as_user="ana", channel="#wg")
    assert visible(out) == reply + "\n"


def test_the_stored_schedule_is_shown_in_each_readers_language(chat: Chat) -> None:
    """Typed in Russian, stored neutral, echoed in Chinese to a Chinese reader; it fires."""
    chat.say("/assistant settings language zh", as_user="ana", channel="#wg")
    out = chat.say("/digest schedule будни 08:30 zone Europe/Zurich", channel="#wg")
    assert out == (
        "已为 #wg 设定定期摘要：星期一至星期五 08:30（Europe/Zurich）；"
        "下一次发送：2024年10月7日周一 08:30 Europe/Zurich（06:30 UTC）。\n"
    )
    chat.say("/assistant settings language fr")
    out = chat.say("/digest schedule 每天 08:00 zone Europe/Zurich", channel="#wg")
    assert out == (
        "Récapitulatif pour #wg programmé\xa0: tous les jours à 08:00 (Europe/Zurich)\u202f; "
        "prochain envoi\xa0: sam. 5 oct. 2024, 08:00 Europe/Zurich (06:00 UTC).\n"
    )
    out = chat.say("/clock 2024-10-05T06:00Z")
    assert out.count("📋") == 1


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        (
            "fr",
            "Un calendrier de récapitulatif s’écrit sous la forme « lun 09:00 », "
            "« lun,jeu 17:30 », « en semaine 09:00 » ou « tous les jours 08:00 », "
            "et non « un jour ».",
        ),
        (
            "ru",
            "Расписание сводки указывается в виде «пн 09:00», «пн,чт 17:30», «будни 09:00» "
            "или «ежедневно 08:00», а не «un jour».",
        ),
        (
            "zh",
            "摘要发送计划的格式应如“周一 09:00”“周一、周四 17:30”“工作日 09:00”或“每天 08:00”，"
            "而不是“un jour”。",
        ),
    ],
)
def test_a_bad_schedule_is_explained_with_examples_in_the_readers_language(
    chat: Chat, language: str, reply: str
) -> None:
    chat.say(f"/assistant settings language {language}", as_user="ana", channel="#wg")
    out = chat.say('/digest schedule "un jour" zone Europe/Zurich', channel="#wg")
    assert out == reply + "\n"
