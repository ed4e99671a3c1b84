"""Dates typed in the six UN languages, from senders in many zones, against independent instants.

Each row is (language, sender zone, now, text, expected). The expected value is the wall time
a person means and the zone they mean it in; the test turns it into an instant on its own,
with zoneinfo (or a fixed offset for UTC±N and AoE = UTC−12), never with the product's zone
table. Rows that must be refused name the message id of the refusal.

Conventions encoded here (see README, "Dates"):
- a date alone, as a deadline, is 23:59 that day in the reference zone (had_time is False);
- relative days follow the sender's own calendar, not UTC's;
- "next <weekday>" (jeudi prochain, el próximo jueves, в следующий четверг, الخميس القادم) and a
  bare weekday are the coming such weekday after today: on a Wednesday, "next Thursday" is the
  next day and "next Wednesday" is a week later; Chinese 下周四 is Thursday of the next
  calendar week;
- "in N hours" is elapsed time from now;
- a wall time that happens twice (clocks going back) is its first occurrence, with a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import dateparser
import pytest

from assistant.domain.dates import read_when
from assistant.messages import UserError

ZRH = "Europe/Zurich"
PAR = "Europe/Paris"
MAD = "Europe/Madrid"
MOW = "Europe/Moscow"
BOG = "America/Bogota"
NYC = "America/New_York"
MEX = "America/Mexico_City"
RUH = "Asia/Riyadh"
CCU = "Asia/Kolkata"
SHA = "Asia/Shanghai"
TYO = "Asia/Tokyo"
NBO = "Africa/Nairobi"
CAI = "Africa/Cairo"
AKL = "Pacific/Auckland"
AOE = "AoE"

# Wednesday 15 January 2025, 03:00 UTC: Wednesday morning in Zurich (04:00), Moscow, Riyadh and
# Nairobi (06:00), Kolkata (08:30), Shanghai (11:00), Tokyo (12:00) and Auckland (16:00), but
# still Tuesday 14 January, 22:00, in Bogota and New York.
WED = datetime(2025, 1, 15, 3, 0, tzinfo=UTC)
# Wednesday 15 January 2025, 20:00 UTC: already Thursday 16 in Kolkata (01:30), Shanghai (04:00),
# Tokyo (05:00) and Auckland (09:00); still Wednesday evening in Riyadh, Moscow and Nairobi (23:00).
EVE = datetime(2025, 1, 15, 20, 0, tzinfo=UTC)
# Tuesday 10 June 2025, 13:00 UTC: summer time in Zurich (15:00) and New York (09:00), winter in
# Auckland, where it is already Wednesday 11 June, 01:00.
JUN = datetime(2025, 6, 10, 13, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Wall:
    """A wall-clock time in a zone (None: the sender's zone)."""

    local: datetime  # naive
    zone: str | None = None
    had_time: bool = True
    overlap: bool = False  # the wall time happens twice; the first is meant


@dataclass(frozen=True)
class Gap:
    """A wall time the clocks skip: it must be refused, not moved."""

    local: datetime  # naive
    zone: str | None = None


@dataclass(frozen=True)
class Later:
    """Elapsed time from now."""

    delta: timedelta


@dataclass(frozen=True)
class Refused:
    message_id: str


Expected = Wall | Gap | Later | Refused


def at(y: int, mo: int, d: int, h: int, mi: int = 0, zone: str | None = None) -> Wall:
    return Wall(datetime(y, mo, d, h, mi), zone)  # noqa: DTZ001 - a wall time, zoned below


def day(y: int, mo: int, d: int, zone: str | None = None) -> Wall:
    """A date alone, as a deadline: the last minute of that day."""
    return Wall(datetime(y, mo, d, 23, 59), zone, had_time=False)  # noqa: DTZ001


def twice(y: int, mo: int, d: int, h: int, mi: int = 0, zone: str | None = None) -> Wall:
    return Wall(datetime(y, mo, d, h, mi), zone, overlap=True)  # noqa: DTZ001


def gap(y: int, mo: int, d: int, h: int, mi: int = 0, zone: str | None = None) -> Gap:
    return Gap(datetime(y, mo, d, h, mi), zone)  # noqa: DTZ001


def later(hours: int = 0, minutes: int = 0) -> Later:
    return Later(timedelta(hours=hours, minutes=minutes))


IMPOSSIBLE = Refused("error-time-impossible")
UNREADABLE = Refused("error-when-unreadable")
NO_SUCH_DAY = Refused("error-date-impossible")
AMBIGUOUS = Refused("error-zone-ambiguous")
TOO_LONG = Refused("error-when-too-long")

Row = tuple[str, str, datetime, str, Expected]

# Written dates, with and without a time of day.
ABSOLUTE: list[Row] = [
    ("en", CCU, WED, "December 3, 2025 at 2:30 pm", at(2025, 12, 3, 14, 30)),
    ("en", NYC, WED, "Jan 20 2025 8pm", at(2025, 1, 20, 20)),
    ("en", TYO, WED, "31 January 2025 18:00", at(2025, 1, 31, 18)),
    ("en", NYC, WED, "March 3rd 2025 9:00", at(2025, 3, 3, 9)),
    ("fr", ZRH, WED, "le 3 décembre 2025 à 10h", at(2025, 12, 3, 10)),
    ("fr", PAR, WED, "1er février 2025 à 18h", at(2025, 2, 1, 18)),
    ("fr", PAR, WED, "31/01/2025 à 18h00", at(2025, 1, 31, 18)),
    ("fr", PAR, WED, "le 12 décembre 2024 à 14h", at(2024, 12, 12, 14)),
    ("fr", NBO, WED, "le 3 décembre à 10h", at(2025, 12, 3, 10)),
    ("es", BOG, WED, "3 de diciembre de 2025 a las 15:00", at(2025, 12, 3, 15)),
    ("es", BOG, WED, "15 de enero de 2026 18:00", at(2026, 1, 15, 18)),
    ("es", BOG, WED, "viernes 17 de enero de 2025 a las 9:00", at(2025, 1, 17, 9)),
    ("es", BOG, WED, "el 3 de diciembre a las 10", at(2025, 12, 3, 10)),
    ("ru", MOW, WED, "12 декабря 2024 14:00", at(2024, 12, 12, 14)),
    ("ru", MOW, WED, "12 декабря 2025 в 14:00", at(2025, 12, 12, 14)),
    ("ru", MOW, WED, "12.12.2025 14:00", at(2025, 12, 12, 14)),
    ("ru", MOW, WED, "3 декабря в 10:00", at(2025, 12, 3, 10)),
    ("ar", RUH, WED, "12 ديسمبر 2025 الساعة 14:00", at(2025, 12, 12, 14)),
    ("ar", RUH, WED, "15 يوليو 2025 الساعة 9", at(2025, 7, 15, 9)),
    ("zh", SHA, WED, "2025年12月12日 14:00", at(2025, 12, 12, 14)),
    ("zh", SHA, WED, "2025年12月12日下午2点", at(2025, 12, 12, 14)),
    ("zh", SHA, WED, "2025年3月1日上午9点", at(2025, 3, 1, 9)),
    ("zh", SHA, WED, "12月3日上午10点", at(2025, 12, 3, 10)),
]

# A date alone given as a deadline: 23:59 that day in the reference zone.
DATE_ALONE: list[Row] = [
    ("en", CCU, WED, "3 December 2025", day(2025, 12, 3)),
    ("en", AKL, JUN, "28 September 2025", day(2025, 9, 28)),  # the day the clocks go forward
    ("en", ZRH, WED, "15 February 2025 AoE", day(2025, 2, 15, AOE)),
    ("fr", ZRH, WED, "3 décembre 2025", day(2025, 12, 3)),
    ("fr", ZRH, WED, "le 1er mars 2025", day(2025, 3, 1)),
    ("fr", ZRH, WED, "26 octobre 2025", day(2025, 10, 26)),  # the day the clocks go back
    ("fr", BOG, WED, "15 février 2025 heure de Genève", day(2025, 2, 15, ZRH)),
    ("es", BOG, WED, "3 de diciembre de 2024", day(2024, 12, 3)),
    ("es", MAD, WED, "1 de marzo de 2025", day(2025, 3, 1)),
    ("es", BOG, WED, "15 de febrero de 2025 AoE", day(2025, 2, 15, AOE)),
    ("ru", MOW, WED, "12 декабря 2024", day(2024, 12, 12)),
    ("ru", MOW, WED, "15 января 2026 года", day(2026, 1, 15)),
    ("ru", TYO, WED, "15 февраля 2025 AoE", day(2025, 2, 15, AOE)),
    ("ar", RUH, WED, "12 ديسمبر 2024", day(2024, 12, 12)),
    ("ar", RUH, WED, "3 فبراير 2025", day(2025, 2, 3)),
    ("ar", RUH, WED, "15 أكتوبر 2025", day(2025, 10, 15)),
    ("ar", NBO, WED, "15 فبراير 2025 AoE", day(2025, 2, 15, AOE)),
    ("ar", RUH, WED, "3 كانون الأول 2025", day(2025, 12, 3)),  # Levantine month name
    ("zh", SHA, WED, "2024年12月12日", day(2024, 12, 12)),
    ("zh", SHA, WED, "12月3日", day(2025, 12, 3)),
    ("zh", SHA, WED, "12月3号", day(2025, 12, 3)),
    ("zh", SHA, WED, "1月10日", day(2026, 1, 10)),  # already past this year: the next one
    ("zh", TYO, WED, "2025年2月15日 AoE", day(2025, 2, 15, AOE)),
]

# Relative days and durations, on the sender's calendar.
RELATIVE: list[Row] = [
    ("en", NYC, WED, "tomorrow", day(2025, 1, 15)),  # New York is still on Tuesday
    ("en", "UTC", WED, "tomorrow", day(2025, 1, 16)),
    ("en", AKL, EVE, "tomorrow", day(2025, 1, 17)),  # Auckland is already on Thursday
    ("en", NYC, WED, "tomorrow at 9am", at(2025, 1, 15, 9)),
    ("en", CCU, EVE, "tomorrow 5:30pm", at(2025, 1, 17, 17, 30)),
    ("en", AKL, JUN, "tomorrow 9am", at(2025, 6, 12, 9)),
    ("en", NYC, WED, "day after tomorrow", day(2025, 1, 16)),
    ("en", ZRH, WED, "in 3 days", day(2025, 1, 18)),
    ("en", ZRH, WED, "in 2 weeks", day(2025, 1, 29)),
    ("en", ZRH, WED, "in 3 hours", later(hours=3)),
    ("en", BOG, WED, "in 2 hours", later(hours=2)),  # lands on Bogota's midnight
    ("en", ZRH, WED, "next Thursday 9:30", at(2025, 1, 16, 9, 30)),
    ("en", ZRH, WED, "next Wednesday", day(2025, 1, 22)),
    ("en", TYO, WED, "Monday 9am", at(2025, 1, 20, 9)),
    ("en", ZRH, WED, "on Friday at 5pm", at(2025, 1, 17, 17)),
    ("fr", ZRH, WED, "demain", day(2025, 1, 16)),
    ("fr", BOG, WED, "demain", day(2025, 1, 15)),
    ("fr", AKL, EVE, "demain à 9h", at(2025, 1, 17, 9)),
    ("fr", ZRH, JUN, "demain à 9h30", at(2025, 6, 11, 9, 30)),
    ("fr", ZRH, WED, "après-demain à 10h", at(2025, 1, 17, 10)),
    ("fr", ZRH, WED, "jeudi prochain à 9h30", at(2025, 1, 16, 9, 30)),
    ("fr", ZRH, WED, "mercredi prochain", day(2025, 1, 22)),
    ("fr", ZRH, WED, "vendredi à 17h", at(2025, 1, 17, 17)),
    ("fr", NBO, WED, "lundi prochain 9h", at(2025, 1, 20, 9)),
    ("fr", ZRH, WED, "dans 3 jours", day(2025, 1, 18)),
    ("fr", ZRH, WED, "dans deux semaines", day(2025, 1, 29)),
    ("fr", ZRH, WED, "dans une semaine", day(2025, 1, 22)),
    ("fr", ZRH, WED, "dans 2 heures", later(hours=2)),
    ("fr", PAR, WED, "dans 30 minutes", later(minutes=30)),
    ("es", BOG, WED, "mañana", day(2025, 1, 15)),  # Bogota is still on Tuesday
    ("es", MAD, WED, "mañana", day(2025, 1, 16)),
    ("es", "UTC", EVE, "mañana", day(2025, 1, 16)),
    ("es", AKL, EVE, "mañana a las 9", at(2025, 1, 17, 9)),
    ("es", NYC, JUN, "mañana a las 10", at(2025, 6, 11, 10)),
    ("es", BOG, WED, "pasado mañana", day(2025, 1, 16)),
    ("es", BOG, WED, "pasado mañana a las 11", at(2025, 1, 16, 11)),
    ("es", BOG, WED, "el jueves a las 9", at(2025, 1, 16, 9)),
    ("es", BOG, WED, "el próximo martes", day(2025, 1, 21)),  # Tuesday in Bogota: a week on
    ("es", BOG, WED, "el próximo jueves a las 9:30", at(2025, 1, 16, 9, 30)),
    ("es", BOG, WED, "el jueves que viene a las 10", at(2025, 1, 16, 10)),
    ("es", BOG, WED, "dentro de 3 días", day(2025, 1, 17)),
    ("es", BOG, WED, "en dos semanas", day(2025, 1, 28)),
    ("es", BOG, WED, "dentro de una semana", day(2025, 1, 21)),
    ("es", BOG, WED, "en 3 horas", later(hours=3)),
    ("es", BOG, WED, "dentro de 2 horas", later(hours=2)),  # lands on Bogota's midnight
    ("es", MAD, WED, "en 30 minutos", later(minutes=30)),
    ("ru", MOW, WED, "завтра", day(2025, 1, 16)),
    ("ru", NYC, WED, "завтра", day(2025, 1, 15)),
    ("ru", CCU, EVE, "завтра", day(2025, 1, 17)),  # Kolkata is already on Thursday
    ("ru", AKL, EVE, "завтра в 9", at(2025, 1, 17, 9)),
    ("ru", ZRH, JUN, "завтра в 10:00", at(2025, 6, 11, 10)),
    ("ru", MOW, WED, "послезавтра", day(2025, 1, 17)),
    ("ru", MOW, WED, "послезавтра в 11:00", at(2025, 1, 17, 11)),
    ("ru", MOW, WED, "через неделю", day(2025, 1, 22)),
    ("ru", MOW, WED, "через 3 дня", day(2025, 1, 18)),
    ("ru", MOW, WED, "через две недели", day(2025, 1, 29)),
    ("ru", MOW, WED, "через 2 часа", later(hours=2)),
    ("ru", MOW, WED, "через час", later(hours=1)),
    ("ru", MOW, WED, "в четверг в 10:00", at(2025, 1, 16, 10)),
    ("ru", MOW, WED, "в следующий четверг", day(2025, 1, 16)),
    ("ru", MOW, WED, "в следующий четверг в 15:30", at(2025, 1, 16, 15, 30)),
    ("ru", MOW, WED, "в следующую среду", day(2025, 1, 22)),
    ("ru", MOW, WED, "в понедельник в 9", at(2025, 1, 20, 9)),
    ("ar", RUH, WED, "غدا", day(2025, 1, 16)),
    ("ar", RUH, EVE, "غدا", day(2025, 1, 16)),  # 23:00 in Riyadh: still Wednesday
    ("ar", AKL, EVE, "غدا", day(2025, 1, 17)),
    ("ar", NYC, WED, "غداً", day(2025, 1, 15)),
    ("ar", NBO, JUN, "غدا الساعة 10", at(2025, 6, 11, 10)),
    ("ar", RUH, WED, "بعد غد", day(2025, 1, 17)),
    ("ar", RUH, WED, "بعد غد الساعة 9", at(2025, 1, 17, 9)),
    ("ar", RUH, WED, "بعد أسبوع", day(2025, 1, 22)),
    ("ar", RUH, WED, "بعد يومين", day(2025, 1, 17)),
    ("ar", RUH, WED, "بعد أسبوعين", day(2025, 1, 29)),
    ("ar", RUH, WED, "بعد ساعتين", later(hours=2)),
    ("ar", RUH, WED, "يوم الخميس الساعة 10", at(2025, 1, 16, 10)),
    ("ar", RUH, WED, "الخميس القادم", day(2025, 1, 16)),
    ("ar", RUH, WED, "الخميس القادم 9:30", at(2025, 1, 16, 9, 30)),
    ("ar", RUH, WED, "الأربعاء القادم", day(2025, 1, 22)),
    ("ar", RUH, WED, "يوم الأحد القادم", day(2025, 1, 19)),
    ("zh", SHA, WED, "明天", day(2025, 1, 16)),
    ("zh", SHA, EVE, "明天", day(2025, 1, 17)),  # Shanghai is already on Thursday
    ("zh", BOG, WED, "明天", day(2025, 1, 15)),
    ("zh", SHA, EVE, "明天上午10点", at(2025, 1, 17, 10)),
    ("zh", SHA, WED, "后天上午10点", at(2025, 1, 17, 10)),
    ("zh", SHA, WED, "大后天", day(2025, 1, 18)),
    ("zh", SHA, WED, "下周四", day(2025, 1, 23)),  # Thursday of next week, not tomorrow
    ("zh", SHA, WED, "下周四下午3点半", at(2025, 1, 23, 15, 30)),
    ("zh", SHA, WED, "下星期一", day(2025, 1, 20)),
    ("zh", SHA, EVE, "下周四", day(2025, 1, 23)),  # on a Thursday: Thursday of next week
    ("zh", SHA, JUN, "下周一", day(2025, 6, 16)),
    ("zh", SHA, WED, "周五下午3点", at(2025, 1, 17, 15)),
    ("zh", SHA, WED, "这周五", day(2025, 1, 17)),
    ("zh", SHA, WED, "3天后", day(2025, 1, 18)),
    ("zh", SHA, WED, "两周后", day(2025, 1, 29)),
    ("zh", SHA, WED, "2小时后", later(hours=2)),
    ("zh", SHA, WED, "30分钟后", later(minutes=30)),
]

# Times of day as each language writes them.
TIME_OF_DAY: list[Row] = [
    ("en", ZRH, WED, "tomorrow at noon", at(2025, 1, 16, 12)),
    ("en", CCU, WED, "tonight 8pm", at(2025, 1, 15, 20)),
    ("en", ZRH, WED, "at 5pm", at(2025, 1, 15, 17)),
    ("fr", ZRH, WED, "demain à 3h de l'après-midi", at(2025, 1, 16, 15)),
    ("fr", ZRH, WED, "demain à 8h du soir", at(2025, 1, 16, 20)),
    ("fr", ZRH, WED, "demain à midi", at(2025, 1, 16, 12)),
    ("fr", PAR, WED, "18h30", at(2025, 1, 15, 18, 30)),
    ("fr", ZRH, WED, "ce soir à 20h", at(2025, 1, 15, 20)),
    ("es", BOG, WED, "mañana a las 5 de la tarde", at(2025, 1, 15, 17)),
    ("es", BOG, WED, "mañana a las 10 de la mañana", at(2025, 1, 15, 10)),
    ("es", BOG, WED, "mañana a las 8 de la noche", at(2025, 1, 15, 20)),
    ("es", BOG, WED, "mañana a mediodía", at(2025, 1, 15, 12)),
    ("es", BOG, WED, "mañana al mediodía", at(2025, 1, 15, 12)),
    ("es", MAD, WED, "a las 9", at(2025, 1, 15, 9)),
    ("ru", MOW, WED, "завтра в 9 утра", at(2025, 1, 16, 9)),
    ("ru", MOW, WED, "завтра в 3 часа дня", at(2025, 1, 16, 15)),
    ("ru", MOW, WED, "завтра в 7 вечера", at(2025, 1, 16, 19)),
    ("ru", MOW, WED, "завтра в полдень", at(2025, 1, 16, 12)),
    ("ru", MOW, WED, "в 9 утра", at(2025, 1, 15, 9)),
    ("ar", RUH, WED, "غدا الساعة 3 مساءً", at(2025, 1, 16, 15)),
    ("ar", RUH, WED, "غدا 3 مساءً", at(2025, 1, 16, 15)),
    ("ar", RUH, WED, "غدا الساعة 10 صباحا", at(2025, 1, 16, 10)),
    ("ar", RUH, WED, "غدا الساعة 8 مساء", at(2025, 1, 16, 20)),
    ("ar", RUH, WED, "غدا الساعة 10", at(2025, 1, 16, 10)),
    ("ar", RUH, WED, "غدا الظهر", at(2025, 1, 16, 12)),
    ("zh", SHA, WED, "明天下午3点半", at(2025, 1, 16, 15, 30)),
    ("zh", SHA, WED, "明天晚上8点", at(2025, 1, 16, 20)),
    ("zh", SHA, WED, "明天中午12点", at(2025, 1, 16, 12)),
    ("zh", SHA, WED, "明天下午两点", at(2025, 1, 16, 14)),
    ("zh", SHA, WED, "明天下午3点15分", at(2025, 1, 16, 15, 15)),
    ("zh", SHA, WED, "下午3点", at(2025, 1, 15, 15)),
    ("zh", SHA, WED, "明天下午3:30", at(2025, 1, 16, 15, 30)),
    ("zh", SHA, WED, "今晚8点", at(2025, 1, 15, 20)),
]

# Arabic-Indic (and Eastern Arabic-Indic) digits.
ARABIC_DIGITS: list[Row] = [
    ("ar", RUH, WED, "١٢ ديسمبر ٢٠٢٥", day(2025, 12, 12)),
    ("ar", RUH, WED, "١٢ ديسمبر ٢٠٢٥ الساعة ١٤:٠٠", at(2025, 12, 12, 14)),
    ("ar", RUH, WED, "١٥ يناير ٢٠٢٥ ١٨:٠٠", at(2025, 1, 15, 18)),
    ("ar", RUH, WED, "غدا الساعة ١٠:٣٠", at(2025, 1, 16, 10, 30)),
    ("ar", RUH, WED, "الساعة ١٠", at(2025, 1, 15, 10)),
    ("ar", RUH, WED, "بعد ٣ أيام", day(2025, 1, 18)),
    ("ar", RUH, WED, "١٥/٠٢/٢٠٢٥", day(2025, 2, 15)),
    ("ar", RUH, WED, "۳۱ يناير ۲۰۲۵ ۱۸:۰۰", at(2025, 1, 31, 18)),
]

# A zone written in the text: IANA names, cities, AoE, UTC±N / GMT±N, abbreviations.
ZONES: list[Row] = [
    ("en", NBO, WED, "15 January 2025 18:00 AoE", at(2025, 1, 15, 18, 0, AOE)),
    ("en", NBO, WED, "20 February 2025 10:00 Geneva", at(2025, 2, 20, 10, 0, ZRH)),
    ("en", NBO, WED, "20 February 2025 10:00 GMT+3", at(2025, 2, 20, 10, 0, "UTC+3")),
    ("en", NBO, WED, "20 February 2025 10:00 UTC-5", at(2025, 2, 20, 10, 0, "UTC-5")),
    ("en", NBO, WED, "20 February 2025 10:00 America/Bogota", at(2025, 2, 20, 10, 0, BOG)),
    ("en", AKL, WED, "20 February 2025 10:00 NZDT", at(2025, 2, 20, 10, 0, "UTC+13")),
    ("en", NBO, WED, "tomorrow 10:00 Tokyo", at(2025, 1, 16, 10, 0, TYO)),
    ("fr", BOG, WED, "15 février 2025 à 18h heure de Genève", at(2025, 2, 15, 18, 0, ZRH)),
    ("fr", BOG, WED, "15 février 2025 18h Genève", at(2025, 2, 15, 18, 0, ZRH)),
    ("fr", BOG, WED, "15 février 2025 18h AoE", at(2025, 2, 15, 18, 0, AOE)),
    ("fr", BOG, WED, "15 février 2025 à 18h UTC+3", at(2025, 2, 15, 18, 0, "UTC+3")),
    ("fr", BOG, WED, "15 février 2025 à 18h Europe/Paris", at(2025, 2, 15, 18, 0, PAR)),
    ("fr", BOG, WED, "15 juillet 2025 à 18h CEST", at(2025, 7, 15, 18, 0, "UTC+2")),
    ("fr", NBO, WED, "2 mars 2025 14h Moscou", at(2025, 3, 2, 14, 0, MOW)),
    # The sender's "tomorrow" (Wednesday in Bogota), at 10:00 in Geneva.
    ("fr", BOG, WED, "demain à 10h heure de Genève", at(2025, 1, 15, 10, 0, ZRH)),
    ("es", BOG, WED, "20 de febrero a las 10:00 hora de Ginebra", at(2025, 2, 20, 10, 0, ZRH)),
    ("es", BOG, WED, "20 de febrero de 2025 10:00 Ginebra", at(2025, 2, 20, 10, 0, ZRH)),
    ("es", BOG, WED, "15 de febrero de 2025 18:00 AoE", at(2025, 2, 15, 18, 0, AOE)),
    ("es", BOG, WED, "15 de febrero de 2025 18:00 GMT-3", at(2025, 2, 15, 18, 0, "UTC-3")),
    ("es", BOG, WED, "15 de febrero 18:00 America/Mexico_City", at(2025, 2, 15, 18, 0, MEX)),
    # The sender's "mañana" (Wednesday in Bogota), at 18:00 in Geneva.
    ("es", BOG, WED, "mañana a las 18:00 hora de Ginebra", at(2025, 1, 15, 18, 0, ZRH)),
    ("ru", TYO, WED, "12 декабря в 14:00 по московскому времени", at(2025, 12, 12, 14, 0, MOW)),
    ("ru", TYO, WED, "12 декабря 2025 14:00 МСК", at(2025, 12, 12, 14, 0, MOW)),
    ("ru", TYO, WED, "12 декабря 2025 14:00 Женева", at(2025, 12, 12, 14, 0, ZRH)),
    ("ru", TYO, WED, "12 декабря 2025 14:00 AoE", at(2025, 12, 12, 14, 0, AOE)),
    ("ru", TYO, WED, "12 декабря 2025 14:00 GMT+3", at(2025, 12, 12, 14, 0, "UTC+3")),
    ("ru", TYO, WED, "12 декабря 2025 14:00 Europe/Moscow", at(2025, 12, 12, 14, 0, MOW)),
    ("ar", NBO, WED, "15 فبراير 2025 الساعة 18:00 بتوقيت مكة", at(2025, 2, 15, 18, 0, RUH)),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 جنيف", at(2025, 2, 15, 18, 0, ZRH)),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 بتوقيت جنيف", at(2025, 2, 15, 18, 0, ZRH)),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 AoE", at(2025, 2, 15, 18, 0, AOE)),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 GMT+4", at(2025, 2, 15, 18, 0, "UTC+4")),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 بتوقيت غرينتش", at(2025, 2, 15, 18, 0, "UTC")),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 بتوقيت القاهرة", at(2025, 2, 15, 18, 0, CAI)),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 Asia/Riyadh", at(2025, 2, 15, 18, 0, RUH)),
    ("zh", TYO, WED, "北京时间明天上午10点", at(2025, 1, 16, 10, 0, SHA)),
    ("zh", TYO, WED, "2025年2月15日18:00北京时间", at(2025, 2, 15, 18, 0, SHA)),
    ("zh", TYO, WED, "2025年2月15日18:00日内瓦时间", at(2025, 2, 15, 18, 0, ZRH)),
    ("zh", TYO, WED, "2025年2月15日18:00 日内瓦", at(2025, 2, 15, 18, 0, ZRH)),
    ("zh", TYO, WED, "2025年2月15日 18:00 AoE", at(2025, 2, 15, 18, 0, AOE)),
    ("zh", TYO, WED, "2025年2月15日 18:00 UTC+8", at(2025, 2, 15, 18, 0, "UTC+8")),
    ("zh", TYO, WED, "2025年2月15日 18:00 Asia/Shanghai", at(2025, 2, 15, 18, 0, SHA)),
    ("zh", TYO, WED, "明天上午10点北京时间", at(2025, 1, 16, 10, 0, SHA)),
]

# Daylight-saving gaps are refused; overlaps take the first occurrence and say so.
DST: list[Row] = [
    ("en", NYC, WED, "9 March 2025 2:30am", gap(2025, 3, 9, 2, 30)),
    ("en", TYO, WED, "9 March 2025 2:30am New York time", gap(2025, 3, 9, 2, 30, NYC)),
    ("en", NYC, WED, "2 November 2025 1:30am", twice(2025, 11, 2, 1, 30)),
    ("en", AKL, WED, "28 September 2025 2:30am", gap(2025, 9, 28, 2, 30)),
    ("en", AKL, WED, "6 April 2025 2:30am", twice(2025, 4, 6, 2, 30)),
    ("fr", ZRH, WED, "30 mars 2025 à 2h30", gap(2025, 3, 30, 2, 30)),
    ("fr", ZRH, WED, "26 octobre 2025 à 2h30", twice(2025, 10, 26, 2, 30)),
    ("fr", BOG, WED, "30 mars 2025 2h30 Genève", gap(2025, 3, 30, 2, 30, ZRH)),
    ("es", NYC, WED, "9 de marzo de 2025 a las 2:30", gap(2025, 3, 9, 2, 30)),
    ("es", NYC, WED, "2 de noviembre de 2025 a la 1:30", twice(2025, 11, 2, 1, 30)),
    ("ru", ZRH, WED, "30 марта 2025 в 2:30", gap(2025, 3, 30, 2, 30)),
    ("ru", AKL, WED, "28 сентября 2025 в 2:30", gap(2025, 9, 28, 2, 30)),
    ("ru", AKL, WED, "6 апреля 2025 в 2:30", twice(2025, 4, 6, 2, 30)),
    ("ar", ZRH, WED, "30 مارس 2025 الساعة 2:30", gap(2025, 3, 30, 2, 30)),
    ("ar", ZRH, WED, "26 أكتوبر 2025 الساعة 2:30", twice(2025, 10, 26, 2, 30)),
    ("zh", ZRH, WED, "2025年3月30日凌晨2点30分", gap(2025, 3, 30, 2, 30)),
    ("zh", ZRH, WED, "2025年10月26日凌晨2点半", twice(2025, 10, 26, 2, 30)),
    ("zh", NYC, WED, "2025年11月2日 1:30", twice(2025, 11, 2, 1, 30)),
]

# Inputs that must be refused rather than silently moved or guessed.
REFUSED: list[Row] = [
    ("en", ZRH, WED, "today 24:30", IMPOSSIBLE),
    ("en", ZRH, WED, "tomorrow 13pm", IMPOSSIBLE),
    ("en", ZRH, WED, "tomorrow 25:00", IMPOSSIBLE),
    ("en", ZRH, WED, "30 February 2025", NO_SUCH_DAY),
    ("en", NBO, WED, "20 February 2025 10:00 CST", AMBIGUOUS),
    ("en", CCU, WED, "20 February 2025 10:00 IST", AMBIGUOUS),
    ("en", NBO, WED, "20 February 2025 10:00 BST", AMBIGUOUS),
    ("en", ZRH, WED, "the blue one", UNREADABLE),
    ("en", ZRH, WED, "tomorrow at 10:00 " * 8, TOO_LONG),
    ("fr", ZRH, WED, "aujourd'hui à 24h30", IMPOSSIBLE),
    ("fr", ZRH, WED, "demain à 25h", IMPOSSIBLE),
    ("fr", ZRH, WED, "31 avril 2025", NO_SUCH_DAY),
    ("fr", ZRH, WED, "30 février 2025", NO_SUCH_DAY),
    ("fr", BOG, WED, "15 février 2025 à 18h CST", AMBIGUOUS),
    ("fr", PAR, WED, "blabla truc", UNREADABLE),
    ("fr", ZRH, WED, "demain à 10h " * 12, TOO_LONG),
    ("es", BOG, WED, "hoy a las 24:30", IMPOSSIBLE),
    ("es", BOG, WED, "mañana a las 25:00", IMPOSSIBLE),
    ("es", BOG, WED, "mañana a las 13 de la tarde", IMPOSSIBLE),
    ("es", BOG, WED, "30 de febrero de 2025", NO_SUCH_DAY),
    ("es", BOG, WED, "31 de abril de 2025", NO_SUCH_DAY),
    ("es", BOG, WED, "15 de febrero de 2025 18:00 CST", AMBIGUOUS),
    ("es", MAD, WED, "asdf qwer", UNREADABLE),
    ("es", BOG, WED, "mañana a las 10 " * 10, TOO_LONG),
    ("ru", MOW, WED, "сегодня в 24:30", IMPOSSIBLE),
    ("ru", MOW, WED, "завтра в 25:00", IMPOSSIBLE),
    ("ru", MOW, WED, "30 февраля 2025", NO_SUCH_DAY),
    ("ru", MOW, WED, "31 апреля 2025", NO_SUCH_DAY),
    ("ru", TYO, WED, "12 декабря 2025 14:00 IST", AMBIGUOUS),
    ("ru", MOW, WED, "абракадабра", UNREADABLE),
    ("ru", MOW, WED, "завтра в 10:00 " * 10, TOO_LONG),
    ("ar", RUH, WED, "اليوم الساعة 24:30", IMPOSSIBLE),
    ("ar", RUH, WED, "غدا الساعة 25:00", IMPOSSIBLE),
    ("ar", RUH, WED, "30 فبراير 2025", NO_SUCH_DAY),
    ("ar", RUH, WED, "٣٠ فبراير ٢٠٢٥", NO_SUCH_DAY),
    ("ar", RUH, WED, "31 أبريل 2025", NO_SUCH_DAY),
    ("ar", NBO, WED, "15 فبراير 2025 18:00 CST", AMBIGUOUS),
    ("ar", RUH, WED, "كلام فارغ", UNREADABLE),
    ("ar", RUH, WED, "غدا الساعة 10 " * 10, TOO_LONG),
    ("zh", SHA, WED, "今天24:30", IMPOSSIBLE),
    ("zh", SHA, WED, "明天25点", IMPOSSIBLE),
    ("zh", SHA, WED, "明天下午13点", IMPOSSIBLE),
    ("zh", SHA, WED, "2025年2月30日", NO_SUCH_DAY),
    ("zh", SHA, WED, "2025年4月31日", NO_SUCH_DAY),
    ("zh", TYO, WED, "2025年2月15日 18:00 CST", AMBIGUOUS),
    ("zh", SHA, WED, "乱七八糟", UNREADABLE),
    ("zh", SHA, WED, "明天上午10点" * 25, TOO_LONG),
]

# Read WITHOUT any language setting (a newcomer's default, English): the language column is the
# one the text is written in, and the one the reader must name back. The script settles Russian,
# Arabic and Chinese; French and Spanish are tried after English.
NO_SETTING: list[Row] = [
    ("fr", ZRH, WED, "demain 15h", at(2025, 1, 16, 15)),
    ("fr", PAR, WED, "demain à 9h30", at(2025, 1, 16, 9, 30)),
    ("fr", BOG, WED, "demain", day(2025, 1, 15)),  # Bogota is still on Tuesday
    ("fr", ZRH, WED, "après-demain à 10h", at(2025, 1, 17, 10)),
    ("fr", ZRH, WED, "jeudi prochain à 9h30", at(2025, 1, 16, 9, 30)),
    ("fr", ZRH, WED, "vendredi à 17h", at(2025, 1, 17, 17)),
    ("fr", ZRH, WED, "le 3 décembre 2025 à 10h", at(2025, 12, 3, 10)),
    ("fr", PAR, WED, "1er février 2025 à 18h", at(2025, 2, 1, 18)),
    ("fr", ZRH, WED, "3 mars 2025", day(2025, 3, 3)),
    ("fr", ZRH, WED, "lun. 3 mars 2025, 10:00", at(2025, 3, 3, 10)),
    ("fr", ZRH, WED, "dans 3 jours", day(2025, 1, 18)),
    ("fr", ZRH, WED, "dans 2 heures", later(hours=2)),
    ("fr", ZRH, WED, "ce soir à 20h", at(2025, 1, 15, 20)),
    ("fr", BOG, WED, "15 février 2025 heure de Genève", day(2025, 2, 15, ZRH)),
    ("fr", ZRH, WED, "le 12 décembre 2025 à midi", at(2025, 12, 12, 12)),
    ("es", MAD, WED, "mañana a las 15:00", at(2025, 1, 16, 15)),
    ("es", BOG, WED, "mañana", day(2025, 1, 15)),
    ("es", BOG, WED, "pasado mañana a las 11", at(2025, 1, 16, 11)),
    ("es", BOG, WED, "el próximo jueves a las 9:30", at(2025, 1, 16, 9, 30)),
    ("es", BOG, WED, "el jueves que viene a las 10", at(2025, 1, 16, 10)),
    ("es", BOG, WED, "3 de diciembre de 2025 a las 15:00", at(2025, 12, 3, 15)),
    ("es", MEX, WED, "15 de enero de 2026 18:00", at(2026, 1, 15, 18)),
    ("es", MAD, WED, "1 de marzo de 2025", day(2025, 3, 1)),
    ("es", BOG, WED, "dentro de 3 días", day(2025, 1, 17)),
    ("es", BOG, WED, "en 3 horas", later(hours=3)),
    ("es", MAD, WED, "mañana por la tarde a las 5", at(2025, 1, 16, 5)),
    ("es", MAD, WED, "hoy a las 18:30", at(2025, 1, 15, 18, 30)),
    ("es", MAD, WED, "miércoles 5 de marzo de 2025 a las 9:00", at(2025, 3, 5, 9)),
    ("es", BOG, WED, "15 de febrero de 2025 AoE", day(2025, 2, 15, AOE)),
    ("ru", MOW, WED, "12 декабря 2024 14:00", at(2024, 12, 12, 14)),
    ("ru", MOW, WED, "завтра", day(2025, 1, 16)),
    ("ru", NYC, WED, "завтра в 10:00", at(2025, 1, 15, 10)),
    ("ru", MOW, WED, "послезавтра в 11:00", at(2025, 1, 17, 11)),
    ("ru", MOW, WED, "в следующий четверг в 15:30", at(2025, 1, 16, 15, 30)),
    ("ru", MOW, WED, "через 3 дня", day(2025, 1, 18)),
    ("ru", MOW, WED, "через 2 часа", later(hours=2)),
    ("ru", MOW, WED, "15 января 2026 года", day(2026, 1, 15)),
    ("ru", MOW, WED, "3 декабря в 10:00", at(2025, 12, 3, 10)),
    ("ru", ZRH, WED, "15 февраля 2025 18:00 по московскому времени", at(2025, 2, 15, 18, 0, MOW)),
    ("ru", MOW, WED, "ср, 5 мар. 2025 г., 09:00", at(2025, 3, 5, 9)),
    ("ru", MOW, WED, "сегодня вечером в 19:00", at(2025, 1, 15, 19)),
    ("ar", RUH, WED, "١٥ يناير ٢٠٢٥ ١٨:٠٠", at(2025, 1, 15, 18)),
    ("ar", RUH, WED, "غدا", day(2025, 1, 16)),
    ("ar", NBO, WED, "غدا الساعة 10", at(2025, 1, 16, 10)),
    ("ar", RUH, WED, "بعد غد الساعة 9", at(2025, 1, 17, 9)),
    ("ar", RUH, WED, "الخميس القادم 9:30", at(2025, 1, 16, 9, 30)),
    ("ar", RUH, WED, "بعد يومين", day(2025, 1, 17)),
    ("ar", RUH, WED, "بعد ساعتين", later(hours=2)),
    ("ar", RUH, WED, "12 ديسمبر 2025 الساعة 14:00", at(2025, 12, 12, 14)),
    ("ar", RUH, WED, "3 كانون الأول 2025", day(2025, 12, 3)),
    ("ar", CAI, WED, "١٥ فبراير ٢٠٢٥", day(2025, 2, 15)),
    ("ar", RUH, WED, "الأربعاء، 5 مارس 2025، 09:00", at(2025, 3, 5, 9)),
    ("ar", ZRH, WED, "15 فبراير 2025 18:00 بتوقيت مكة", at(2025, 2, 15, 18, 0, RUH)),
    ("zh", SHA, WED, "明天下午3点", at(2025, 1, 16, 15)),
    ("zh", SHA, WED, "明天", day(2025, 1, 16)),
    ("zh", BOG, WED, "明天上午10点", at(2025, 1, 15, 10)),
    ("zh", SHA, WED, "后天上午10点", at(2025, 1, 17, 10)),
    ("zh", SHA, WED, "下周四下午3点半", at(2025, 1, 23, 15, 30)),
    ("zh", SHA, WED, "2025年12月12日 14:00", at(2025, 12, 12, 14)),
    ("zh", SHA, WED, "2025年3月1日上午9点", at(2025, 3, 1, 9)),
    ("zh", SHA, WED, "12月3日", day(2025, 12, 3)),
    ("zh", SHA, WED, "3天后", day(2025, 1, 18)),
    ("zh", SHA, WED, "2小时后", later(hours=2)),
    ("zh", SHA, WED, "今晚8点", at(2025, 1, 15, 20)),
    ("zh", SHA, WED, "2025年3月5日周三 09:00", at(2025, 3, 5, 9)),
    ("zh", ZRH, WED, "2025年2月15日 18:00 北京时间", at(2025, 2, 15, 18, 0, SHA)),
    ("en", ZRH, WED, "midnight GMT on 3 March 2025", at(2025, 3, 3, 0, 0, "GMT")),
    ("en", ZRH, WED, "9:00 PST 5 March", at(2025, 3, 5, 9, 0, "UTC-8")),
    ("en", ZRH, WED, "18:00 EDT on 3 July 2025", at(2025, 7, 3, 18, 0, "UTC-4")),
    ("en", ZRH, WED, "10:00 AKST 3 March 2025", at(2025, 3, 3, 10, 0, "UTC-9")),
    ("en", ZRH, WED, "next Thursday 9:30", at(2025, 1, 16, 9, 30)),
    ("en", NYC, WED, "tomorrow at 9am", at(2025, 1, 15, 9)),
    ("en", ZRH, WED, "Tue, Mar 4, 2025, 17:30 Europe/Zurich (16:30 UTC)", at(2025, 3, 4, 17, 30)),
    ("en", ZRH, WED, "30 February 2027", NO_SUCH_DAY),
    ("fr", ZRH, WED, "30 février 2027", NO_SUCH_DAY),
    ("es", ZRH, WED, "31 de abril de 2025", NO_SUCH_DAY),
    ("ru", ZRH, WED, "30 февраля 2027", NO_SUCH_DAY),
    ("ar", ZRH, WED, "30 فبراير 2027", NO_SUCH_DAY),
    ("zh", ZRH, WED, "2027年2月30日", NO_SUCH_DAY),
    ("en", ZRH, WED, "10:00 CST on 3 March 2025", AMBIGUOUS),
    ("fr", ZRH, WED, "n'importe quand", UNREADABLE),
]

TABLE = {
    "absolute": ABSOLUTE,
    "date-alone": DATE_ALONE,
    "relative": RELATIVE,
    "time-of-day": TIME_OF_DAY,
    "arabic-digits": ARABIC_DIGITS,
    "zone": ZONES,
    "dst": DST,
    "refused": REFUSED,
    "no-setting": NO_SETTING,
}
CASES = [(category, *row) for category, rows in TABLE.items() for row in rows]
IDS = [f"{language}-{category}-{index:02d}" for index, (category, language, *_) in enumerate(CASES)]


def reference_zone(label: str) -> tzinfo:
    """The tzinfo a zone label stands for, from zoneinfo or the offset itself."""
    if label == AOE:
        return timezone(timedelta(hours=-12))
    offset = re.fullmatch(r"UTC([+-])(\d{1,2})(?::(\d{2}))?", label)
    if offset:
        size = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return timezone(size if offset.group(1) == "+" else -size)
    return ZoneInfo(label)


def _exists(local: datetime, tz: tzinfo) -> bool:
    return local.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == local


def _happens_twice(local: datetime, tz: tzinfo) -> bool:
    return (
        local.replace(tzinfo=tz, fold=0).utcoffset() != local.replace(tzinfo=tz, fold=1).utcoffset()
    )


@pytest.mark.parametrize(
    ("category", "language", "zone", "now", "text", "expected"), CASES, ids=IDS
)
def test_a_date_typed_in_any_language_is_the_instant_the_sender_means(
    category: str, language: str, zone: str, now: datetime, text: str, expected: Expected
) -> None:
    # The no-setting rows are read as by a newcomer: the column is the language written.
    setting = "en" if category == "no-setting" else language
    if isinstance(expected, Refused):
        with pytest.raises(UserError) as caught:
            read_when(text, zone=zone, now=now, language=setting)
        assert caught.value.message.id == expected.message_id, text
        return
    if isinstance(expected, Gap):
        label = expected.zone or zone
        assert not _exists(expected.local, reference_zone(label))  # the table itself
        with pytest.raises(UserError) as caught:
            read_when(text, zone=zone, now=now, language=setting)
        assert (caught.value.message.id, caught.value.message.args.get("zone")) == (
            "error-time-nonexistent",
            label,
        ), text
        return

    try:
        result = read_when(text, zone=zone, now=now, language=setting)
    except UserError as error:
        pytest.fail(f"{text!r} from {zone} was refused: {error.message.id}")
    if category == "no-setting" or (language != "en" and not text.isascii()):
        assert result.language == language, text
    assert result.at.utcoffset() == timedelta(0)
    if isinstance(expected, Later):
        wanted = (now + expected.delta, zone, True, "")
    else:
        label = expected.zone or zone
        tz = reference_zone(label)
        assert _exists(expected.local, tz)  # the table itself
        assert _happens_twice(expected.local, tz) is expected.overlap
        # The first of two occurrences is fold=0; compared in UTC (PEP 495).
        instant = expected.local.replace(tzinfo=tz, fold=0).astimezone(UTC)
        note = "dst-overlap" if expected.overlap else ""
        wanted = (instant, label, expected.had_time, note)
    actual = (result.at, result.zone, result.had_time, result.dst_note)
    assert actual == wanted, f"{text!r} from {zone}"


@pytest.mark.parametrize(
    ("now", "zone"),
    [(WED, BOG), (WED, NYC), (EVE, CCU), (EVE, SHA), (EVE, TYO), (EVE, AKL), (JUN, AKL)],
)
def test_the_fixed_nows_put_these_senders_on_another_day_than_utc(now: datetime, zone: str) -> None:
    assert now.astimezone(ZoneInfo(zone)).date() != now.date()


def test_the_table_is_large_and_balanced_across_the_six_languages() -> None:
    per_language = dict.fromkeys(("en", "fr", "es", "ru", "ar", "zh"), 0)
    for _category, language, *_ in CASES:
        per_language[language] += 1
    assert sum(per_language.values()) >= 250
    assert min(per_language.values()) >= 25, per_language
    assert len({zone for _c, _l, zone, *_ in CASES}) >= 10
    written = {language for language, *_ in NO_SETTING}
    assert len(NO_SETTING) >= 60
    assert written == set(per_language)


def _dateparser_auto(text: str, zone: str, now: datetime) -> datetime | None:
    """Plain dateparser, told nothing about the language (its auto-detection)."""
    tz = reference_zone(zone)
    found: datetime | None = dateparser.parse(
        text,
        settings={
            "TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "RELATIVE_BASE": now.astimezone(tz).replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
        },
    )
    return found


def _right(found: datetime | None, row: Row) -> bool:
    """Whether a naive wall time in the sender's zone is what the row means."""
    _language, zone, now, _text, expected = row
    if found is None or isinstance(expected, Refused | Gap):
        return found is None
    if isinstance(expected, Later):
        local_now = now.astimezone(reference_zone(zone)).replace(tzinfo=None)
        return abs(found - local_now - expected.delta) < timedelta(minutes=1)
    if expected.zone not in (None, zone):
        return False  # dateparser knows no city or IANA names; a fixed offset it may
    if not expected.had_time:
        return found.date() == expected.local.date()
    return found == expected.local


def test_without_a_language_setting_the_assistant_reads_more_than_dateparsers_guess() -> None:
    ours = theirs = 0
    for row in NO_SETTING:
        language, zone, now, text, expected = row
        theirs += _right(_dateparser_auto(text, zone, now), row)
        try:
            result = read_when(text, zone=zone, now=now)
        except UserError as error:
            ours += isinstance(expected, Refused) and error.message.id == expected.message_id
            continue
        local = result.at.astimezone(reference_zone(result.zone)).replace(tzinfo=None)
        ours += not isinstance(expected, Refused | Gap) and (
            _right(local, (language, result.zone, now, text, expected))
            if not isinstance(expected, Later)
            else result.at - now == expected.delta
        )
    assert ours == len(NO_SETTING)
    assert ours >= theirs, (ours, theirs)
