"""Reading dates and times typed naturally, relative to the sender's own clock and zone."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser

from assistant.domain.phrases import chinese_number, rewrite
from assistant.domain.zones import resolve_zone, resolve_zone_within, wall_time_instant, zone_info
from assistant.messages import MonthOfYear, UserError, When, msg

MAX_WHEN_LENGTH = 120
# A date as the assistant prints it, with the same instant in two other zones and (in Arabic)
# direction isolates, is longer; what is read of it is still at most MAX_WHEN_LENGTH.
MAX_PRINTED_LENGTH = 240
# A reminder is at least a minute and at most a year before what it reminds of.
MIN_OFFSET = timedelta(minutes=1)
MAX_OFFSET = timedelta(days=365)
SUPPORTED_DATE_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AM = ("am", "a.m.", "a.m", "du matin", "de la mañana", "de la madrugada", "утра", "ночи",
       "صباحًا", "صباحا", "上午", "早上", "早晨", "凌晨")  # fmt: skip
_PM = ("pm", "p.m.", "p.m", "de l'après-midi", "du soir", "de la tarde", "de la noche", "дня",
       "вечера", "مساءً", "مساء", "ظهرًا", "ظهرا", "下午", "晚上", "傍晚")  # fmt: skip
_MERIDIEM = "|".join(re.escape(w) for w in sorted(_AM + _PM + ("中午",), key=len, reverse=True))
_CHINESE_NUMBER = "[0-9一二两三四五六七八九十]{1,3}"
_CHINESE_PARTS = "上午|早上|早晨|凌晨|中午|下午|晚上|傍晚"
# Time-of-day forms, most specific first. Each names the groups h (hour), m (minute),
# s (second), mer (a word for the part of the day) and half (Chinese 半).
_TIME_RULES = [
    re.compile(
        rf"(?P<mer>{_MERIDIEM})?\s*(?P<h>{_CHINESE_NUMBER})\s*[点點时]"
        rf"(?:\s*(?P<half>半)|\s*(?P<m>{_CHINESE_NUMBER})\s*分?)?"
    ),
    re.compile(rf"(?P<mer>{_CHINESE_PARTS})\s*(?P<h>\d{{1,2}})\s*[:：]\s*(?P<m>\d{{2}})(?!\d)"),
    re.compile(
        r"(?<![\d:])(?P<h>\d{1,2})\s*(?::|h\s*(?=\d{2})|ч\s*(?=\d{2}))\s*(?P<m>\d{2})"
        rf"(?::(?P<s>\d{{2}}))?(?!\d)(?:\s*(?P<mer>{_MERIDIEM})(?!\w))?",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\d:])(?P<h>\d{1,2})\s*(?:h\s*|heures?\s*|час(?:а|ов)?\s*)?"
        rf"(?P<mer>{_MERIDIEM})(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(r"\bà\s*(?P<h>\d{1,2})\s*h(?:eures?)?(?!\w)", re.IGNORECASE),
    re.compile(r"(?<!\w)(?P<h>\d{1,2})h(?!\w)", re.IGNORECASE),
    re.compile(r"\ba\s+las?\s+(?P<h>\d{1,2})(?![\d:])", re.IGNORECASE),
    re.compile(r"\bв\s+(?P<h>\d{1,2})(?![\d:])(?:\s*час(?:а|ов)?)?", re.IGNORECASE),
    re.compile(r"الساعة\s*(?P<h>\d{1,2})(?![\d:])"),
    re.compile(r"\bat\s+(?P<h>\d{1,2})\s*$", re.IGNORECASE),
]
_NAMED = {
    "noon": time(12, 0), "midday": time(12, 0), "midi": time(12, 0), "mediodía": time(12, 0),
    "полдень": time(12, 0), "الظهر": time(12, 0), "正午": time(12, 0),
    "midnight": time(0, 0), "minuit": time(0, 0), "medianoche": time(0, 0),
    "полночь": time(0, 0), "منتصف الليل": time(0, 0), "午夜": time(0, 0),
}  # fmt: skip
_NAMED_TIME = re.compile(
    "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(_NAMED, key=len, reverse=True)),
    re.IGNORECASE,
)
# "in 2h" is a duration, not two o'clock.
_DURATION_BEFORE = re.compile(r"(?:\bin|\bdans|\ben|\bчерез|بعد|خلال)\s*$", re.IGNORECASE)
_CONNECTORS = r"(?:at|on|à|le|el|a las|a la|al|в|во|um|في|الساعة|يوم)"
_CONNECTOR = re.compile(rf"(?:^|\s+){_CONNECTORS}\s*$", re.IGNORECASE)
_LEADING_CONNECTOR = re.compile(rf"^\s*{_CONNECTORS}(?:\s+|$)", re.IGNORECASE)
# Words for hours and minutes: "in 2 hours" is a moment, not a day.
_ELAPSED_UNITS = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|heures?|horas?|minutos?|час\w*|минут\w*)\b|\d\s*[hm]\b"
    r"|ساع|دقيق|小时|钟头|分钟",
    re.IGNORECASE,
)
# Compound words that carry both a day and a part of the day, spelled out for the readers below.
_COMPOUNDS = [
    (re.compile(r"今晚"), "今天晚上"),
    (re.compile(r"明晚"), "明天晚上"),
    (re.compile(r"今早"), "今天早上"),
    (re.compile(r"明早"), "明天早上"),
    (re.compile(r"\bce soir|\bce matin|\bcet après-midi|\bcette nuit", re.I), "aujourd'hui"),
    (re.compile(r"\b(demain|aujourd'hui)\s+(?:soir|matin|après-midi)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\besta\s+(?:tarde|noche|mañana)\b", re.IGNORECASE), "hoy"),
    (re.compile(r"\b(mañana|hoy)\s+por\s+la\s+(?:tarde|noche|mañana)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(сегодня|завтра)\s+(?:вечером|утром|днём|днем)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"الليلة|هذا المساء|هذا الصباح"), "اليوم"),
    # Levantine month names, and the UN style "كانون الأول/ديسمبر".
    (re.compile(r"(?:كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول"
                r"|تشرين الثاني|كانون الأول)\s*/\s*"), ""),
    (re.compile(r"كانون الثاني"), "يناير"),
    (re.compile(r"شباط"), "فبراير"),
    (re.compile(r"آذار"), "مارس"),
    (re.compile(r"نيسان"), "أبريل"),
    (re.compile(r"أيار"), "مايو"),
    (re.compile(r"حزيران"), "يونيو"),
    (re.compile(r"تموز"), "يوليو"),
    (re.compile(r"(?<!\w)آب(?!\w)"), "أغسطس"),
    (re.compile(r"أيلول"), "سبتمبر"),
    (re.compile(r"تشرين الأول"), "أكتوبر"),
    (re.compile(r"تشرين الثاني"), "نوفمبر"),
    (re.compile(r"كانون الأول"), "ديسمبر"),
]  # fmt: skip


def normalise(text: str) -> str:
    """Spell out compound words ("明晚", "ce soir") and regional month names."""
    for pattern, replacement in _COMPOUNDS:
        text = pattern.sub(replacement, text)
    return text


def _strip_connectors(text: str) -> str:
    text = _CONNECTOR.sub("", text.strip())
    return _LEADING_CONNECTOR.sub("", text).strip()


# What the assistant adds around a date it prints: direction isolates and marks (Arabic),
# narrow and no-break spaces (CLDR patterns), and the same instant in other zones in brackets.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")
)
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " "})
_OTHER_ZONES = re.compile(r"\s*[(（][^()（）]*\d[:：]\d\d[^()（）]*[)）]\s*$")
# A weekday written first, as the CLDR patterns of the six locales put it ("Tue,", "mar.",
# "вт,", "الثلاثاء،"): set aside before a day number, as it only repeats the date.
_PRINTED_WEEKDAYS = frozenset(
    " ".join(
        (
            "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun",
            "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim",
            "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom",
            "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс",
            "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
        )
    ).split()
)
_LEADING_WEEKDAY = re.compile(
    r"^\s*(?:"
    + "|".join(sorted(map(re.escape, _PRINTED_WEEKDAYS), key=len, reverse=True))
    + r")(?:\.\s*[,،、]?|\s*[,،、])\s*(?=\d)",
    re.IGNORECASE,
)


def unprint(text: str) -> str:
    """A date as the assistant prints it, made plain for reading back."""
    text = text.translate(_INVISIBLE).translate(_SPACES)
    text = _OTHER_ZONES.sub("", text)
    # Slack shows its own date token, then " · " and the date in the reference zone, named.
    text = text.rsplit(" · ", 1)[-1]
    text = _LEADING_WEEKDAY.sub("", text)
    return " ".join(text.split())


_TRAILING_TIME_WORD = re.compile(r"\s+time$", re.IGNORECASE)


class MissingTime(Enum):
    """What a date typed without a time of day means."""

    END_OF_DAY = "end"  # deadlines: the whole day is allowed
    START_OF_DAY = "start"  # openings
    REQUIRED = "required"  # meetings start at a time


@dataclass(frozen=True)
class ReadWhen:
    at: datetime  # UTC
    zone: str
    had_time: bool
    # "dst-overlap" when the wall time happened twice and the first was taken.
    dst_note: str = ""
    # The language the text was read in (one of SUPPORTED_DATE_LANGUAGES).
    language: str = "en"


def _split_zone(text: str) -> tuple[str, str | None]:
    """Remove a zone written at the end ("… 18:00 AoE", "… Geneva time", "北京时间…")."""
    for marker in re.finditer(r"时间|時間", text):
        # "…10点北京时间": the city is the shortest run of characters before 时间 that names one.
        for length in range(2, 9):
            begin = marker.start() - length
            if begin < 0:
                break
            zone = resolve_zone(text[begin : marker.end()])
            if zone is not None:
                return (text[:begin] + " " + text[marker.end() :]).strip(), zone
    words = text.split()
    for count in (4, 3, 2, 1):
        if len(words) <= count - 1 or len(words) < count:
            continue
        candidate = " ".join(words[-count:])
        candidate = _TRAILING_TIME_WORD.sub("", candidate) if count > 1 else candidate
        zone = resolve_zone(candidate)
        if zone is not None and (len(words) > count or count == 1):
            return " ".join(words[:-count]), zone
    return resolve_zone_within(text)


def _hour(text: str) -> int:
    number = chinese_number(text)
    return -1 if number is None else number


def _clock_time(match: re.Match[str]) -> time:
    """The time a rule matched, refused when no clock shows it ("24:30", "13 pm")."""
    groups = match.groupdict()
    raw = match.group(0).strip()
    hour = _hour(groups["h"])
    minute = 30 if groups.get("half") else _hour(groups["m"]) if groups.get("m") else 0
    second = int(groups["s"]) if groups.get("s") else 0
    meridiem = (groups.get("mer") or "").casefold()
    if meridiem == "中午":
        hour = hour if hour >= 11 else hour + 12
    elif meridiem:
        lowest = 1 if meridiem.isascii() else 0  # "0:30am" is no time; 凌晨0点 is midnight
        if not lowest <= hour <= 12:
            raise UserError("error-time-impossible", text=raw)
        if meridiem in _PM and hour < 12:
            hour += 12
        elif meridiem in _AM and hour == 12:
            hour = 0
    if not 0 <= hour <= 23 or not 0 <= minute <= 59 or second > 59:
        raise UserError("error-time-impossible", text=raw)
    return time(hour, minute, second)


def _split_time(text: str) -> tuple[str, time | None]:
    """Take the time of day out of the text, validating it instead of letting it be dropped."""
    for pattern in _TIME_RULES:
        for match in pattern.finditer(text):
            if _DURATION_BEFORE.search(text[: match.start()]):
                continue
            rest = text[: match.start()] + " " + text[match.end() :]
            return _strip_connectors(rest), _clock_time(match)
    named = _NAMED_TIME.search(text)
    if named:
        rest = text[: named.start()] + " " + text[named.end() :]
        return _strip_connectors(rest), _NAMED[named.group(0).casefold()]
    return text, None


# Scripts that settle the language at once: a text in Arabic letters (or Arabic-Indic digits)
# is Arabic, in Cyrillic Russian, in Han characters Chinese.
_SCRIPTS = (
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("zh", re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")),
)
_LATIN_LANGUAGES = ("en", "fr", "es")
_LETTER = re.compile(r"[^\W\d_]")
# Words that tell the three Latin-script languages apart when no reader needed them (a phrase
# the rules below read whole, such as "jeudi prochain à 9h30").
_LATIN_WORDS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "next tomorrow today tonight in at on noon midday midnight hours hour days day weeks week "
    "minutes am pm after the of january february march april may june july august september "
    "october november december",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche prochain prochaine demain "
    "aujourd'hui après-demain dans à le midi minuit heures heure jours jour semaines semaine "
    "matin soir h janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre du er",
    "es": "lunes martes miércoles miercoles jueves viernes sábado sabado domingo próximo proximo "
    "que viene mañana hoy pasado dentro de en a las la el mediodía medianoche horas hora días "
    "dias semanas semana tarde noche enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre",
}
_LATIN_VOCABULARY = {language: frozenset(words.split()) for language, words in _LATIN_WORDS.items()}


def preferred_languages(language: str, channel_language: str | None = None) -> list[str]:
    """The languages whose reading is taken without asking the others: the sender's (English
    for someone who never set one), then the channel's."""
    first = [lang for lang in (language, channel_language) if lang in SUPPORTED_DATE_LANGUAGES]
    return list(dict.fromkeys(first or ["en"]))


def reading_order(language: str, channel_language: str | None = None) -> list[str]:
    """The preferred languages, then the other supported languages."""
    preferred = preferred_languages(language, channel_language)
    return list(dict.fromkeys([*preferred, *SUPPORTED_DATE_LANGUAGES]))


def _candidates(text: str, order: list[str]) -> list[str]:
    """The languages worth trying on `text`, in order: its script settles most cases."""
    scripts = [language for language, letters in _SCRIPTS if letters.search(text)]
    if scripts:
        return [language for language in order if language in scripts]
    if not _LETTER.search(text):
        return order[:1]  # digits and signs read the same in every language
    return [language for language in order if language in _LATIN_LANGUAGES]


def _evidence(text: str, candidates: list[str]) -> str:
    """The candidate whose words the text uses most (ties to the earlier), for a text the rules
    read whole, without asking any one language's reader."""
    if len(candidates) == 1:
        return candidates[0]
    words = re.findall(r"[\w'-]+", text.casefold())
    scores = {
        language: sum(word in _LATIN_VOCABULARY.get(language, frozenset()) for word in words)
        for language in candidates
    }
    return max(candidates, key=lambda language: (scores[language], -candidates.index(language)))


def _iso_day(text: str, raw: str) -> datetime | None:
    """A date rewritten as YYYY-MM-DD; an impossible one (the 30th of February) says why."""
    year, month, day = (int(part) for part in text.split("-"))
    if 1 <= month <= 12 and day > calendar.monthrange(year, month)[1]:
        raise UserError(
            "error-date-impossible",
            text=raw,
            month=MonthOfYear(year, month),
            days=calendar.monthrange(year, month)[1],
        )
    try:
        return datetime.combine(date(year, month, day), time(0, 0))
    except ValueError:
        return None


def _parse_in(text: str, base: datetime, language: str) -> datetime | None:
    """`text` read by dateparser in one language only."""
    parser = DateDataParser(
        languages=[language],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": base,
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    found: datetime | None = parser.get_date_data(text).date_obj
    if found is None or _YEAR.search(text):
        return found
    return _this_year_if_yesterday_or_today(found, base)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _this_year_if_yesterday_or_today(found: datetime, base: datetime) -> datetime:
    """A day written without its year that is today or yesterday on the sender's calendar is
    that day, not the same day next year: a date shown in a zone behind the sender's ("Tue,
    Jan 14, 22:00 America/New_York", read on the 15th in Geneva) reads back as itself."""
    try:
        earlier = found.replace(year=found.year - 1)
    except ValueError:  # 29 February
        return found
    if base.date() - timedelta(days=1) <= earlier.date() <= base.date():
        return earlier
    return found


_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def _refuse_impossible_day(text: str, base: datetime, languages: list[str], raw: str) -> None:
    """Say why a date no reader accepted cannot exist ("February 2027 has 28 days"): the same
    text with the 1st of the month instead is a date, and the month is shorter than the day."""
    for number in _DAY_NUMBER.finditer(text):
        day = int(number.group(1))
        if day < 29:
            continue
        first = text[: number.start()] + "1" + text[number.end() :]
        for language in languages:
            found = _parse_in(first, base, language)
            if found is None or found.day != 1:
                continue
            length = calendar.monthrange(found.year, found.month)[1]
            if day > length:
                raise UserError(
                    "error-date-impossible",
                    text=raw,
                    month=MonthOfYear(found.year, found.month),
                    days=length,
                )


def _localise(local: datetime, zone: str, raw: str) -> tuple[datetime, str]:
    """Attach the zone to a wall time, refusing times that do not exist (DST gaps)."""
    tz = zone_info(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if not isinstance(tz, ZoneInfo) or first.utcoffset() == second.utcoffset():
        return first.astimezone(UTC), ""
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != local:
        raise UserError("error-time-nonexistent", text=raw, zone=zone)
    return first.astimezone(UTC), "dst-overlap"


_REWRITTEN_DURATION = re.compile(r"in (\d+) (hours|minutes)")


def read_when(
    text: str,
    *,
    zone: str,
    now: datetime,
    language: str = "en",
    channel_language: str | None = None,
    missing_time: MissingTime = MissingTime.END_OF_DAY,
    sender_zone: str | None = None,
) -> ReadWhen:
    """Read a date/time typed by a person, as a wall time in `zone`.

    A zone written anywhere in the text ("18:00 AoE", "midnight GMT on 3 March") overrides
    `zone`. Relative words ("tomorrow", "jeudi prochain") follow the sender's own calendar
    (`sender_zone`, by default `zone`): someone in Bogota on Tuesday evening means Wednesday,
    even in Geneva time.

    The text is read in the sender's `language` first, then in the channel's, then in the
    other languages its script allows (README, "Dates in any language"). When neither of the
    first two reads it and two of the others read it as different instants, it is refused
    with both readings.

    Raises:
        UserError: when the text is empty, too long, unreadable, names an impossible time or
            date, or means different instants in two languages.
    """
    raw = " ".join(text.split())
    if not raw:
        raise UserError("error-when-missing")
    # The cap counts what is read: a date the assistant printed, pasted back with its other
    # zones in brackets and its direction marks, is read by its first part.
    if len(raw) > MAX_PRINTED_LENGTH:
        raise UserError("error-when-too-long", max=MAX_WHEN_LENGTH)
    order = reading_order(language, channel_language)
    arabic_digits = raw != raw.translate(_ARABIC_INDIC_DIGITS)
    cleaned = unprint(raw.translate(_ARABIC_INDIC_DIGITS))
    if len(cleaned) > MAX_WHEN_LENGTH:
        raise UserError("error-when-too-long", max=MAX_WHEN_LENGTH)

    iso = _read_iso(cleaned, zone)
    if iso is not None:
        return ReadWhen(iso.at, iso.zone, iso.had_time, iso.dst_note, order[0])

    cleaned, written_zone = _split_zone(normalise(cleaned))
    candidates = _candidates(cleaned, order)
    if arabic_digits:
        candidates = ["ar", *(language for language in candidates if language != "ar")]
    calendar_zone = sender_zone or zone
    zone = written_zone or zone
    local_now = now.astimezone(zone_info(calendar_zone)).replace(tzinfo=None)

    date_text, clock = _split_time(cleaned)
    date_text = _strip_connectors(rewrite(date_text, local_now.date()))

    def finish(parsed: datetime, read_in: str) -> ReadWhen:
        if clock is not None:
            at, note = _localise(datetime.combine(parsed.date(), clock), zone, raw)
            return ReadWhen(at=at, zone=zone, had_time=True, dst_note=note, language=read_in)
        if _ELAPSED_UNITS.search(date_text):
            # A relative time ("in 2 hours") is elapsed time, whatever the clocks do meanwhile.
            at = now.astimezone(UTC) + (parsed - local_now)
            return ReadWhen(at=at, zone=zone, had_time=True, language=read_in)
        at = _whole_day(parsed.date(), zone, missing_time, raw)
        return ReadWhen(at=at, zone=zone, had_time=False, language=read_in)

    if not date_text:
        if clock is None:
            raise UserError("error-when-unreadable", text=raw)
        return finish(local_now, _evidence(cleaned, candidates))
    elapsed = _REWRITTEN_DURATION.fullmatch(date_text)
    if elapsed:
        # The rules spell "2小时后", "بعد ساعتين" as "in 2 hours", whatever the language.
        amount = timedelta(**{elapsed.group(2): int(elapsed.group(1))})
        return finish(local_now + amount, _evidence(cleaned, candidates))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_text):
        parsed = _iso_day(date_text, raw)
        if parsed is None:
            raise UserError("error-when-unreadable", text=raw)
        return finish(parsed, _evidence(cleaned, candidates))
    preferred = preferred_languages(language, channel_language)
    return _read_in_languages(date_text, local_now, candidates, preferred, raw, finish)


def _read_in_languages(
    date_text: str,
    local_now: datetime,
    candidates: list[str],
    preferred: list[str],
    raw: str,
    finish: Callable[[datetime, str], ReadWhen],
) -> ReadWhen:
    """The first reading in a preferred language; else the one reading of the others.

    Raises:
        UserError: when no language reads it, or two read it as different instants.
    """
    readings: list[ReadWhen] = []
    for candidate in candidates:
        parsed = _parse_in(date_text, local_now, candidate)
        if parsed is None:
            continue
        result = finish(parsed, candidate)
        if candidate in preferred:
            return result
        if readings and result.at != readings[0].at:
            first = readings[0]
            raise UserError(
                "error-when-languages",
                text=raw,
                first=When(first.at, first.zone),
                first_language=msg("language-name", language=first.language),
                second=When(result.at, result.zone),
                second_language=msg("language-name", language=result.language),
            )
        readings.append(result)
    if readings:
        return readings[0]
    _refuse_impossible_day(date_text, local_now, candidates, raw)
    raise UserError("error-when-unreadable", text=raw)


def _whole_day(day: date, zone: str, missing_time: MissingTime, raw: str) -> datetime:
    """A date given without a time: its last minute for deadlines, its first for openings."""
    if missing_time is MissingTime.REQUIRED:
        raise UserError("error-when-needs-time", text=raw)
    if missing_time is MissingTime.END_OF_DAY:
        return _localise(datetime.combine(day, time(23, 59)), zone, raw)[0]
    return wall_time_instant(day, time(0, 0), zone)


def _read_iso(text: str, zone: str) -> ReadWhen | None:
    """ISO 8601 as scripts write it, with or without an offset."""
    if not re.fullmatch(
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?", text
    ):
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        _iso_day(text[:10], text)  # says why when the day cannot exist
        raise UserError("error-when-unreadable", text=text) from error
    if parsed.tzinfo is not None:
        return ReadWhen(at=parsed.astimezone(UTC), zone=zone, had_time=True)
    at, note = _localise(parsed, zone, text)
    return ReadWhen(at=at, zone=zone, had_time=True, dst_note=note)


def parse_offsets(text: str) -> list[timedelta]:
    """Read a reminder plan such as "7d,1d,2h" (days, hours, minutes, weeks).

    Raises:
        UserError: for an unreadable entry, or one outside MIN_OFFSET..MAX_OFFSET.
    """
    units = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}
    offsets: list[timedelta] = []
    for part in (p.strip() for p in text.replace(" ", ",").split(",")):
        if not part:
            continue
        match = re.fullmatch(r"(\d{1,9})([wdhm])", part.lower())
        if not match:
            raise UserError("error-offsets", text=text)
        offset = timedelta(**{units[match.group(2)]: int(match.group(1))})
        if not MIN_OFFSET <= offset <= MAX_OFFSET:
            raise UserError(
                "error-offset-range",
                text=part,
                min=format_offset(MIN_OFFSET),
                max=format_offset(MAX_OFFSET),
            )
        offsets.append(offset)
    if not offsets:
        raise UserError("error-offsets", text=text)
    return sorted(set(offsets), reverse=True)


def format_offset(offset: timedelta) -> str:
    """The compact form of an offset, as typed in a plan ("7d", "2h", "30m")."""
    minutes = int(offset.total_seconds() // 60)
    for size, unit in ((7 * 24 * 60, "w"), (24 * 60, "d"), (60, "h")):
        if minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"
