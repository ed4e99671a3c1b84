"""Relative date phrases in the six UN languages that dateparser misses or misreads.

Each phrase is rewritten to an explicit ISO date (weekdays, "day after tomorrow", Chinese
month-day) or to an English duration ("in 3 hours") that the rest of the reader handles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

_NUMBER_WORDS = {
    # fr, es
    "un": 1, "une": 1, "una": 1, "uno": 1, "deux": 2, "dos": 2, "trois": 3, "tres": 3,
    # ru
    "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    # ar
    "واحد": 1, "واحدة": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "خمسة": 5,
}  # fmt: skip
_CHINESE_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9}  # fmt: skip

WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        "lundi lunes понедельник الاثنين الإثنين monday mon",
        "mardi martes вторник الثلاثاء tuesday tue",
        "mercredi miércoles miercoles среда среду الأربعاء الاربعاء wednesday wed",
        "jeudi jueves четверг الخميس thursday thu",
        "vendredi viernes пятница пятницу الجمعة friday fri",
        "samedi sábado sabado суббота субботу السبت saturday sat",
        "dimanche domingo воскресенье الأحد الاحد sunday sun",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _index
_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))


def chinese_number(text: str) -> int | None:
    """Small numbers written in digits or Chinese characters (一, 两, 十二, 二十)."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CHINESE_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[ones] if ones else 0)
    return _CHINESE_DIGITS.get(text)


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text.casefold()) or chinese_number(text)


def _coming(today: date, weekday: int) -> date:
    """The next such weekday after today."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _next_week(today: date, weekday: int) -> date:
    """That weekday in the following calendar week (Chinese 下周四)."""
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    return monday + timedelta(days=weekday)


def _this_week(today: date, weekday: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(days=weekday)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date], str]]


def _iso(day: date) -> str:
    return day.isoformat()


def _weekday_of(match: re.Match[str]) -> int:
    return WEEKDAYS[match.group("day").casefold()]


def _units(word: str) -> str:
    word = word.casefold()
    if word.startswith(("jour", "día", "dia", "дн", "ден", "يوم", "أيام", "天", "日")):
        return "days"
    if word.startswith(("semaine", "semana", "недел", "أسبوع", "أسابيع", "周", "星期", "礼拜")):
        return "weeks"
    if word.startswith(("heure", "hora", "час", "ساع", "小时", "个小时", "鐘頭")):
        return "hours"
    return "minutes"


def _in_units(count: int, unit: str, today: date) -> str:
    if unit in ("days", "weeks"):
        return _iso(today + timedelta(**{unit: count}))
    return f"in {count} {unit}"


_ARABIC_DUALS = {
    "يومين": (2, "days"),
    "أسبوعين": (2, "weeks"),
    "ساعتين": (2, "hours"),
    "دقيقتين": (2, "minutes"),
    "يوم": (1, "days"),
    "أسبوع": (1, "weeks"),
    "ساعة": (1, "hours"),
    "دقيقة": (1, "minutes"),
}

RULES: list[_Rule] = [
    # Chinese: 下周四 / 下星期四 (next calendar week), 这周四 / 本周四, 周四 / 星期四 (coming).
    (
        re.compile(r"下(?:个)?(?:周|星期|礼拜)([一二三四五六日天])"),
        lambda m, today: _iso(_next_week(today, _CHINESE_WEEKDAYS[m.group(1)])),
    ),
    (
        re.compile(r"(?:这|本)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])"),
        lambda m, today: _iso(_this_week(today, _CHINESE_WEEKDAYS[m.group(1)])),
    ),
    (
        re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])"),
        lambda m, today: _iso(_coming(today, _CHINESE_WEEKDAYS[m.group(1)])),
    ),
    (re.compile(r"大后天"), lambda m, today: _iso(today + timedelta(days=3))),
    (re.compile(r"下(?:个)?(?:周|星期|礼拜)"), lambda m, today: _iso(today + timedelta(weeks=1))),
    # Chinese durations: 3天后, 两周后, 一个星期后, 5小时后, 30分钟后.
    (
        re.compile(
            r"([0-9一二两三四五六七八九十]+)\s*(?:个)?(天|日|周|星期|礼拜|小时|钟头|分钟)(?:之)?后"
        ),
        lambda m, today: _in_units(chinese_number(m.group(1)) or 0, _units(m.group(2)), today),
    ),
    # Chinese month-day without a year: 12月3日 / 12月3号 (the next such day).
    (
        re.compile(r"(?<![年\d])(\d{1,2})月(\d{1,2})(?:日|号)"),
        lambda m, today: _month_day(today, int(m.group(1)), int(m.group(2))),
    ),
    # Day after tomorrow where dateparser does not know it.
    (
        re.compile(r"\bpasado\s+mañana\b|بعد\s+(?:ال)?غد", re.IGNORECASE),
        lambda m, today: _iso(today + timedelta(days=2)),
    ),
    # Next <weekday>: jeudi prochain, prochain jeudi, el próximo jueves, el jueves que viene,
    # в следующий четверг, الخميس القادم / المقبل, next thursday.
    (
        re.compile(
            rf"(?:\b(?:le\s+|el\s+)?(?P<day>{_WEEKDAY})\s+(?:prochain|próximo|proximo|que\s+viene)\b"
            rf"|(?:\bel\s+|\ble\s+)?\b(?:prochain|próximo|proximo)\s+(?P<day2>{_WEEKDAY})\b)",
            re.IGNORECASE,
        ),
        lambda m, today: _iso(
            _coming(today, WEEKDAYS[(m.group("day") or m.group("day2")).casefold()])
        ),
    ),
    (
        re.compile(
            rf"(?:\bв\s+)?\bследующ\w*\s+(?P<day>{_WEEKDAY})\b",
            re.IGNORECASE,
        ),
        lambda m, today: _iso(_coming(today, _weekday_of(m))),
    ),
    (
        re.compile(rf"(?:يوم\s+)?(?P<day>{_WEEKDAY})\s+(?:القادم|المقبل)"),
        lambda m, today: _iso(_coming(today, _weekday_of(m))),
    ),
    # A bare weekday with its article or preposition: el lunes, в среду, يوم الخميس.
    (
        re.compile(rf"(?:\bel\s+|\bв\s+|\bво\s+|يوم\s+)(?P<day>{_WEEKDAY})\b", re.IGNORECASE),
        lambda m, today: _iso(_coming(today, _weekday_of(m))),
    ),
    # Arabic durations: بعد أسبوع, بعد يومين, بعد 3 أيام, خلال ساعتين.
    (
        re.compile(
            r"(?:بعد|خلال)\s+(\d+|[^\s\d]+)?\s*(يومين|أسبوعين|ساعتين|دقيقتين|أيام|يوم|يومًا|أسابيع|أسبوع|ساعات|ساعة|دقائق|دقيقة)"
        ),
        lambda m, today: _arabic_duration(m, today),
    ),
    # Spanish/French/Russian weeks and days with number words dateparser misses.
    (
        re.compile(
            r"\b(?:dans|dentro\s+de|en|через)\s+(\d+|\w+)\s+"
            r"(jours?|semaines?|días?|dias?|semanas?|дн\w*|день|недел\w*)\b",
            re.IGNORECASE,
        ),
        lambda m, today: _counted(m, today),
    ),
]


def _counted(match: re.Match[str], today: date) -> str:
    count = _number(match.group(1))
    if count is None:
        return match.group(0)
    return _in_units(count, _units(match.group(2)), today)


def _arabic_duration(match: re.Match[str], today: date) -> str:
    word = match.group(2)
    if word in _ARABIC_DUALS and match.group(1) is None:
        pair, unit = _ARABIC_DUALS[word]
        return _in_units(pair, unit, today)
    count = _number(match.group(1) or "1")
    if count is None:
        return match.group(0)
    return _in_units(count, _units(word), today)


def _month_day(today: date, month: int, day: int) -> str:
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return f"{year}-{month:02d}-{day:02d}"  # impossible: left for the reader to refuse
        # Yesterday still counts: a day shown in a zone behind the sender's reads back as itself.
        if candidate >= today - timedelta(days=1):
            return _iso(candidate)
    return _iso(date(today.year + 1, month, day))


_WEEKDAY_WORD = re.compile(
    rf"(?:\b(?:le|el|the|on)\s+)?(?<!\w)(?:{_WEEKDAY})(?!\w),?|(?:星期|周|礼拜)[一二三四五六日天]",
    re.IGNORECASE,
)


def rewrite(text: str, today: date) -> str:
    """The text with every phrase the rules know replaced by its explicit reading.

    A weekday next to a written date ("vendredi 17 janvier", "2025年12月3日星期三") only
    repeats it, so it is dropped rather than read as a second date.
    """
    if re.search(r"\d", text):
        text = _WEEKDAY_WORD.sub(" ", text)
    for pattern, replacement in RULES:
        text = pattern.sub(lambda m, r=replacement: r(m, today), text)  # type: ignore[misc]
    return text
