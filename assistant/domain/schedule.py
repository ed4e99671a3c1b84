"""Digest schedules such as "mon 09:00", "mon,thu 17:30", "daily 08:00", "weekdays 09:00".

A schedule can be typed in any of the six languages (`lun 09:00`, `lunes 09:00`, `пн 09:00`,
`周一 09:00`, `الاثنين 09:00`, `tous les jours 08:00`, `工作日 09:00`, …): day names come from
CLDR (Babel), in their full and abbreviated forms. What is stored is language-neutral
(`mon,thu 17:30`, see `WeeklySchedule.text`), and shown back in each reader's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cache

from babel.dates import get_day_names

from assistant.domain.zones import zone_info
from assistant.messages import UserError

# The stored form: English abbreviations, whatever language the schedule was typed in.
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS = frozenset(range(7))
WEEKDAYS = frozenset(range(5))

# The languages a schedule is read in; day names come from CLDR for each.
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# Words for every day and for Monday to Friday, which CLDR does not have. Matched after
# `_normalise`, so case, accents and Arabic hamza or short vowels do not matter.
_GROUP_WORDS: dict[frozenset[int], tuple[str, ...]] = {
    ALL_DAYS: (
        "daily", "every day", "everyday",
        "quotidien", "tous les jours", "chaque jour",
        "diario", "diariamente", "todos los días", "cada día",
        "ежедневно", "каждый день",
        "يوميا", "كل يوم",
        "每天", "每日",
    ),
    WEEKDAYS: (
        "weekdays", "every weekday",
        "en semaine", "jours ouvrables", "jours ouvrés",
        "entre semana", "días laborables", "laborables",
        "будни", "по будням", "рабочие дни",
        "أيام العمل",
        "工作日", "每个工作日",
    ),
}  # fmt: skip

# Words that may come before a day name: "every mon", "chaque lundi", "tous les lundis",
# "el lunes", "каждый понедельник", "كل اثنين", "每周一" (周一 is CLDR's own abbreviation).
_LEADING_WORDS = (
    "every", "each", "on",
    "chaque", "tous", "les", "le",
    "cada", "todos", "los", "el",
    "каждый", "каждое",
    "كل", "يوم",
)  # fmt: skip
_LEADING_HAN = ("每个", "每")

# Common names CLDR does not list (Chinese writes Sunday with 天 as often as with 日).
_EXTRA_DAY_NAMES = {"星期天": 6, "周天": 6, "礼拜天": 6, "礼拜日": 6}

# Separators between days: comma, Arabic comma, Chinese enumeration comma (a full-width
# comma becomes "," in `_normalise`).
_SEPARATORS = re.compile(r"\s*[,،、]\s*")
_TIME = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{2})?")


def _normalise(text: str) -> str:
    """Lower case, compatibility forms folded, accents and Arabic marks dropped, Arabic
    alef with hamza or madda written as a bare alef, Arabic-Indic digits as ASCII digits."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = []
    for char in folded:
        if unicodedata.category(char) == "Mn" or char in "\u0640":  # marks, tatweel
            continue
        if char in "أإآٱ":
            char = "ا"
        elif char.isdigit():
            char = str(unicodedata.digit(char))
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).strip()


@cache
def day_words() -> dict[str, int]:
    """Every accepted day word (normalised) and its day, 0 = Monday.

    CLDR's full and abbreviated names in the six languages, and its short names of three
    letters or more (Arabic `إثنين`): two-letter short names such as `Mo` or `ma` are too
    easily typed by mistake. A word two languages give different days would be dropped.
    """
    found: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated", "short"):
            for context in ("format", "stand-alone"):
                for day, name in get_day_names(width, context, language).items():
                    word = _normalise(str(name)).rstrip(".")
                    if width == "short" and len(word) < 3:
                        continue
                    found.setdefault(word, set()).add(int(day))
    for name, day in _EXTRA_DAY_NAMES.items():
        found.setdefault(_normalise(name), set()).add(day)
    return {word: days.pop() for word, days in found.items() if len(days) == 1}


@cache
def _full_names() -> tuple[tuple[str, int], ...]:
    """CLDR's full day names, for reading a longer abbreviation such as `tues` or `mercr`."""
    names = {
        _normalise(str(name)): int(day)
        for language in LANGUAGES
        for day, name in get_day_names("wide", "format", language).items()
    }
    return tuple(names.items())


@cache
def _group_words() -> dict[str, frozenset[int]]:
    return {_normalise(word): days for days, words in _GROUP_WORDS.items() for word in words}


@cache
def _leading_words() -> frozenset[str]:
    return frozenset(_normalise(word) for word in _LEADING_WORDS)


@dataclass(frozen=True)
class WeeklySchedule:
    weekdays: frozenset[int]
    at: time

    def text(self) -> str:
        """The stored form, the same in every language: `mon,thu 17:30`."""
        days = ",".join(_DAYS[d] for d in sorted(self.weekdays))
        return f"{days} {self.at:%H:%M}"

    @property
    def kind(self) -> str:
        """How the days are said: `daily`, `weekdays` (Monday to Friday) or `days` (listed)."""
        if self.weekdays == ALL_DAYS:
            return "daily"
        if self.weekdays == WEEKDAYS:
            return "weekdays"
        return "days"

    def next_after(self, moment: datetime, zone: str) -> datetime:
        """The first scheduled instant strictly after `moment`, in the schedule's zone."""
        tz = zone_info(zone)
        local = moment.astimezone(tz)
        for days_ahead in range(8):
            day = (local + timedelta(days=days_ahead)).date()
            if day.weekday() not in self.weekdays:
                continue
            candidate = datetime.combine(day, self.at, tzinfo=tz)
            if candidate > local:
                return candidate.astimezone(moment.tzinfo)
        raise AssertionError("a weekly schedule always fires within eight days")


def _strip_leading(word: str) -> str:
    """`every mon` → `mon`, `每周一` → `周一`, `كل يوم اثنين` → `اثنين`."""
    while True:
        head, _, rest = word.partition(" ")
        if rest and head in _leading_words():
            word = rest.strip()
            continue
        for han in _LEADING_HAN:
            if word.startswith(han) and len(word) > len(han):
                word = word[len(han) :]
                break
        else:
            return word


def _days_of(word: str) -> frozenset[int] | None:
    """The days one comma-separated item names, or None."""
    groups = _group_words()
    if word in groups:
        return groups[word]
    word = _strip_leading(word)
    if word in groups:
        return groups[word]
    words = day_words()
    for candidate in (word, word.rstrip(".")):
        if candidate in words:
            return frozenset({words[candidate]})
    full = dict(_full_names())
    if word.endswith("s") and word[:-1] in full:  # "mondays", "lundis"
        return frozenset({full[word[:-1]]})
    if len(word) >= 3:
        days = {day for name, day in full.items() if name.startswith(word)}
        if len(days) == 1:
            return frozenset(days)
    return None


def parse_schedule(text: str) -> WeeklySchedule:
    """Raises UserError for anything but `DAYS HH:MM` with days, `daily` or `weekdays`, in
    any of the six languages."""
    normal = _normalise(text)
    found = re.fullmatch(rf"(.*?)\s*{_TIME.pattern}", normal)
    if not found or not found.group(1):
        raise UserError("error-schedule", text=text)
    days_text, hour, minute = found.group(1), int(found.group(2)), int(found.group(3) or 0)
    if hour > 23 or minute > 59:
        raise UserError("error-schedule", text=text)
    days: set[int] = set()
    for item in _SEPARATORS.split(days_text):
        named = _days_of(item.strip())
        if named is None:
            raise UserError("error-schedule", text=text)
        days |= named
    return WeeklySchedule(frozenset(days), time(hour, minute))
