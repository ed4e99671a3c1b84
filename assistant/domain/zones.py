"""Reading time zones as people write them: IANA names, cities, UTC±N, AoE, abbreviations."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from assistant.messages import UserError

AOE = "AoE"
# "Anywhere on Earth" is UTC-12 all year; the IANA spelling inverts the sign.
_AOE_ZONE = "Etc/GMT+12"

# Cities people write that are not the name of their IANA zone.
CITY_ALIASES = {
    "geneva": "Europe/Zurich",
    "genève": "Europe/Zurich",
    "geneve": "Europe/Zurich",
    "ginebra": "Europe/Zurich",
    "женева": "Europe/Zurich",
    "جنيف": "Europe/Zurich",
    "日内瓦": "Europe/Zurich",
    "bern": "Europe/Zurich",
    "washington": "America/New_York",
    "washington dc": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "ottawa": "America/Toronto",
    "beijing": "Asia/Shanghai",
    "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "brasilia": "America/Sao_Paulo",
    "brasília": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
    "abu dhabi": "Asia/Dubai",
    "riad": "Asia/Riyadh",
    "الرياض": "Asia/Riyadh",
    "эр-рияд": "Asia/Riyadh",
    "利雅得": "Asia/Riyadh",
    "москва": "Europe/Moscow",
    "moscou": "Europe/Moscow",
    "moscú": "Europe/Moscow",
    "莫斯科": "Europe/Moscow",
    "londres": "Europe/London",
    "лондон": "Europe/London",
    "伦敦": "Europe/London",
    "nueva york": "America/New_York",
    "new york city": "America/New_York",
    "нью-йорк": "America/New_York",
    "纽约": "America/New_York",
    "pékin": "Asia/Shanghai",
    "pekín": "Asia/Shanghai",
    "пекин": "Asia/Shanghai",
    "القاهرة": "Africa/Cairo",
    "le caire": "Africa/Cairo",
    "el cairo": "Africa/Cairo",
    "tunis": "Africa/Tunis",
    "ginevra": "Europe/Zurich",
    "париж": "Europe/Paris",
    "巴黎": "Europe/Paris",
    "باريس": "Europe/Paris",
    "لندن": "Europe/London",
    "نيويورك": "America/New_York",
    "موسكو": "Europe/Moscow",
    "بكين": "Asia/Shanghai",
    "دبي": "Asia/Dubai",
    "迪拜": "Asia/Dubai",
    "东京": "Asia/Tokyo",
    "токио": "Asia/Tokyo",
    "دلهي": "Asia/Kolkata",
    "新德里": "Asia/Kolkata",
    "нью-дели": "Asia/Kolkata",
    "bogotá": "America/Bogota",
    "богота": "America/Bogota",
    "波哥大": "America/Bogota",
    "méxico": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "mexico city": "America/Mexico_City",
    "asunción": "America/Asuncion",
    "nairobi": "Africa/Nairobi",
    "addis ababa": "Africa/Addis_Ababa",
    "addis-abeba": "Africa/Addis_Ababa",
}

# Phrases people use for "Geneva time" and the like: the city is resolved on its own.
_CITY_TIME = re.compile(
    r"^(?:heure\s+d[e']\s*|hora\s+de\s+|بتوقيت\s+|по\s+времени\s+)(?P<a>.+)$"
    r"|^(?P<b>.+?)(?:\s+time|\s+saati|时间|時間)$",
    re.IGNORECASE,
)
_ZONE_PHRASES = {
    "по московскому времени": "Europe/Moscow",
    "по москве": "Europe/Moscow",
    "мск": "Europe/Moscow",
    "по женевскому времени": "Europe/Zurich",
    "по нью-йоркскому времени": "America/New_York",
    "بتوقيت مكة": "Asia/Riyadh",
    "بتوقيت مكة المكرمة": "Asia/Riyadh",
    "بتوقيت غرينتش": "UTC",
    "格林尼治时间": "UTC",
    "协调世界时": "UTC",
}

# Abbreviations with one meaning people agree on, as fixed offsets (a CEST is always UTC+2).
ABBREVIATIONS = {
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    "cet": "UTC+1",
    "cest": "UTC+2",
    "wet": "UTC",
    "west": "UTC+1",
    "eet": "UTC+2",
    "eest": "UTC+3",
    "msk": "UTC+3",
    "est": "UTC-5",
    "edt": "UTC-4",
    "cdt": "UTC-5",
    "mst": "UTC-7",
    "mdt": "UTC-6",
    "pst": "UTC-8",
    "pdt": "UTC-7",
    # North America beyond the four mainland zones. CST stays ambiguous (below); CDT is only
    # ever Central Daylight Time in practice, as the table already had it.
    "akst": "UTC-9",
    "akdt": "UTC-8",
    "hst": "UTC-10",
    "hdt": "UTC-9",
    "adt": "UTC-3",
    "nst": "UTC-3:30",
    "ndt": "UTC-2:30",
    "jst": "UTC+9",
    "kst": "UTC+9",
    "hkt": "UTC+8",
    "sgt": "UTC+8",
    "aest": "UTC+10",
    "aedt": "UTC+11",
    "nzst": "UTC+12",
    "nzdt": "UTC+13",
    "eat": "UTC+3",
    "wat": "UTC+1",
    "cat": "UTC+2",
    "sast": "UTC+2",
    "pkt": "UTC+5",
    "ast": "UTC+3",
}

# Abbreviations that mean different zones to different people: the user must choose.
AMBIGUOUS = {
    "cst": ("America/Chicago (UTC-6)", "Asia/Shanghai (UTC+8)", "America/Havana (UTC-5)"),
    "ist": ("Asia/Kolkata (UTC+5:30)", "Europe/Dublin (UTC+1)", "Asia/Jerusalem (UTC+2)"),
    "bst": ("Europe/London (UTC+1)", "Asia/Dhaka (UTC+6)"),
}

_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@cache
def _iana_by_folded_name() -> dict[str, str]:
    zones: dict[str, str] = {}
    for name in available_timezones():
        zones[name.casefold()] = name
    return zones


@cache
def _iana_by_city() -> dict[str, str]:
    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        city = name.rsplit("/", 1)[1].replace("_", " ").casefold()
        cities.setdefault(city, name)
    return cities


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def resolve_zone(text: str) -> str | None:
    """The canonical zone name for what a person wrote, or None if it is not a zone.

    Raises:
        UserError: for an abbreviation that means several zones (the user must choose).
    """
    folded = _fold(text)
    if not folded:
        return None
    if folded == "aoe":
        return AOE
    if folded in _iana_by_folded_name():
        return _iana_by_folded_name()[folded]
    if folded in ABBREVIATIONS:
        return ABBREVIATIONS[folded]
    if folded in AMBIGUOUS:
        raise UserError("error-zone-ambiguous", zone=text, choices=", ".join(AMBIGUOUS[folded]))
    match = _OFFSET.match(folded)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes >= 60:
            return None
        sign = "-" if sign in "-−" else "+"
        if hours == 0 and minutes == 0:
            return "UTC"
        return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")
    if folded in _ZONE_PHRASES:
        return _ZONE_PHRASES[folded]
    city = _city(folded)
    if city is not None:
        return city
    phrase = _CITY_TIME.match(folded)
    if phrase:
        return _city(phrase.group("a") or phrase.group("b"))
    return None


def _city(folded: str) -> str | None:
    if folded in CITY_ALIASES:
        return CITY_ALIASES[folded]
    return _iana_by_city().get(folded)


def require_zone(text: str) -> str:
    """Like `resolve_zone`, but an unknown zone is a user error."""
    zone = resolve_zone(text)
    if zone is None:
        raise UserError("error-zone-unknown", zone=text)
    return zone


# Zones a person may write in the middle of a date ("midnight GMT on 3 March", "9:00 PST
# 5 March"): only forms that cannot be an ordinary word there. Abbreviations count only in
# capitals ("EST", not the French "est"); cities only from the alias table (not every IANA
# city: "Easter", "Midway" and "Center" are words too).
_INNER_ZONE = re.compile(
    r"(?<!\S)(?:(?P<abbr>[A-Z]{2,5})|(?P<offset>(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)"
    r"|(?P<aoe>AoE|AOE)|(?P<iana>[A-Za-z]+/[A-Za-z_/+\-]+))(?!\S)"
)


def resolve_zone_within(text: str) -> tuple[str, str | None]:
    """A zone written anywhere in `text`, taken out: (the rest, the zone) or (text, None).

    Raises:
        UserError: for an ambiguous abbreviation (CST, IST, BST).
    """
    for match in _INNER_ZONE.finditer(text):
        abbreviation = match.group("abbr")
        if abbreviation is not None:
            folded = abbreviation.casefold()
            if folded not in ABBREVIATIONS and folded not in AMBIGUOUS:
                continue
        zone = resolve_zone(match.group(0))
        if zone is not None:
            return " ".join((text[: match.start()] + " " + text[match.end() :]).split()), zone
    folded = _fold(text)
    for city in sorted(CITY_ALIASES, key=len, reverse=True):
        found = re.search(rf"(?<!\w){re.escape(city)}(?!\w)", folded)
        if found:
            rest = folded[: found.start()] + " " + folded[found.end() :]
            return " ".join(rest.split()), CITY_ALIASES[city]
    return text, None


@cache
def zone_info(name: str) -> tzinfo:
    """The tzinfo for a canonical zone name produced by `resolve_zone`."""
    if name == AOE:
        return ZoneInfo(_AOE_ZONE)
    if name == "UTC":
        return ZoneInfo("UTC")
    match = _OFFSET.match(name)
    if match:
        sign = -1 if match.group(1) in "-−" else 1
        offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        return timezone(sign * offset, name)
    return ZoneInfo(name)


def wall_time_instant(day: date, wall: time, zone: str) -> datetime:
    """The instant (UTC) the clocks of `zone` reach `wall` on `day`.

    A wall time inside a daylight-saving gap is reached at the jump itself; one that happens
    twice is reached the first time.
    """
    tz = zone_info(zone)
    target = datetime.combine(day, wall)
    instant = target.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == target:
        return instant
    # In a gap: walk back to the first minute whose local time is at or after the target.
    step = timedelta(minutes=1)
    while (instant - step).astimezone(tz).replace(tzinfo=None) >= target:
        instant -= step
    return instant
