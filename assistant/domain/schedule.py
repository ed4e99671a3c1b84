"""Digest schedules such as "mon 09:00", "mon,thu 17:30", "daily 08:00", "weekdays 09:00"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from assistant.domain.zones import zone_info
from assistant.messages import UserError

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_GROUPS = {"daily": _DAYS, "weekdays": _DAYS[:5]}


@dataclass(frozen=True)
class WeeklySchedule:
    weekdays: frozenset[int]
    at: time

    def text(self) -> str:
        days = ",".join(_DAYS[d] for d in sorted(self.weekdays))
        return f"{days} {self.at:%H:%M}"

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


def parse_schedule(text: str) -> WeeklySchedule:
    """Raises UserError for anything but `DAYS HH:MM` with days, `daily` or `weekdays`."""
    match = re.fullmatch(r"\s*([a-z,]+)\s+(\d{1,2}):(\d{2})\s*", text.lower())
    if not match:
        raise UserError("error-schedule", text=text)
    days_text, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise UserError("error-schedule", text=text)
    days: set[int] = set()
    for word in days_text.split(","):
        if word in _GROUPS:
            days.update(_DAYS.index(d) for d in _GROUPS[word])
            continue
        matches = [
            i for i, name in enumerate(_DAY_NAMES) if len(word) >= 3 and name.startswith(word)
        ]
        if not matches:
            raise UserError("error-schedule", text=text)
        days.add(matches[0])
    return WeeklySchedule(frozenset(days), time(hour, minute))
