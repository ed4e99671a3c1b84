"""Per-call cost of the assistant's date reading against plain dateparser.parse.

Both read the same expressions, in the same zone, relative to the same instant (dateparser
takes its base as a wall time in its TIMEZONE), with the language given (as dateparser's own
advice says). The readers are interleaved: each round times one pass of each over all the
expressions, the one that goes first alternating, after two warm-up rounds. Prints the median
and the 90th percentile of the rounds (linear interpolation between order statistics), how
many expressions both read as the same instant, and writes bench/results/dates.json.

    .venv/bin/python bench/dates.py [--quick] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dateparser

from assistant.domain.dates import read_when
from assistant.messages import UserError

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)
ZONE = "Europe/Zurich"
EXPRESSIONS = [
    ("en", "15 January 2025 18:00"),
    ("en", "next Tuesday 17:00"),
    ("en", "tomorrow 9:30"),
    ("en", "in 2 hours"),
    ("en", "31 January 2025"),
    ("fr", "le 3 décembre 2024 10:00"),
    ("fr", "demain 14:00"),
    ("fr", "dans 2 jours"),
    ("es", "3 de diciembre de 2024 18:00"),
    ("es", "mañana 10:00"),
    ("ru", "12 декабря 2024 14:00"),
    ("ru", "через неделю"),
    ("ar", "15 يناير 2025 18:00"),
    ("ar", "غدا 10:00"),
    ("zh", "2024年12月12日 14:00"),
    ("zh", "明天 10:00"),
]


Reader = Callable[[str, str], datetime | None]


def _assistant(language: str, text: str) -> datetime | None:
    try:
        return read_when(text, zone=ZONE, now=NOW, language=language).at
    except UserError:
        return None


def _dateparser(language: str, text: str) -> datetime | None:
    return dateparser.parse(
        text,
        languages=[language, "en"] if language != "en" else ["en"],
        settings={
            "TIMEZONE": ZONE,
            "RETURN_AS_TIMEZONE_AWARE": True,
            # A naive wall time in TIMEZONE: the same instant as the assistant's NOW.
            "RELATIVE_BASE": NOW.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
        },
    )


def _assistant_unset(language: str, text: str) -> datetime | None:
    """As read for someone who never set a language (English first, then the others)."""
    return _assistant("en", text)


def _dateparser_auto(language: str, text: str) -> datetime | None:
    """dateparser told nothing about the language: its own detection."""
    return dateparser.parse(
        text,
        settings={
            "TIMEZONE": ZONE,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": NOW.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
        },
    )


def unset_language() -> dict[str, int]:
    """With no language given, how many expressions each reads as the instant the assistant
    reads with the language given (dateparser's whole-day readings compared by their day)."""
    same = {"assistant": 0, "dateparser": 0}
    for language, text in EXPRESSIONS:
        meant = _assistant(language, text)
        if meant is None:
            continue
        ours, theirs = _assistant_unset(language, text), _dateparser_auto(language, text)
        same["assistant"] += ours == meant
        if theirs is not None:
            theirs = theirs.astimezone(UTC)
            whole_day = meant.astimezone(ZoneInfo(ZONE)).strftime("%H:%M") == "23:59"
            same["dateparser"] += (
                theirs.astimezone(ZoneInfo(ZONE)).date() == meant.astimezone(ZoneInfo(ZONE)).date()
                if whole_day
                else theirs == meant
            )
    return same


def one_pass(reader: Reader) -> float:
    """Milliseconds per call, over all the expressions once."""
    start = time.perf_counter()
    for language, text in EXPRESSIONS:
        reader(language, text)
    return (time.perf_counter() - start) / len(EXPRESSIONS) * 1000


def measure(rounds: int) -> tuple[list[float], list[float]]:
    ours: list[float] = []
    theirs: list[float] = []
    for n in range(rounds):
        if n % 2 == 0:
            ours.append(one_pass(_assistant))
            theirs.append(one_pass(_dateparser))
        else:
            theirs.append(one_pass(_dateparser))
            ours.append(one_pass(_assistant))
    return ours, theirs


def differing() -> list[tuple[str, datetime | None, datetime | None]]:
    """The expressions the two read as different instants (or one not at all)."""
    found = []
    for language, text in EXPRESSIONS:
        ours, theirs = _assistant(language, text), _dateparser(language, text)
        if ours is None or theirs is None or ours != theirs:
            found.append((text, ours, theirs))
    return found


def _shown(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else "not read"


def _p90(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=10, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 rounds")
    parser.add_argument("--rounds", type=int, help="timed rounds of each reader (default 30)")
    args = parser.parse_args()
    rounds = args.rounds or (10 if args.quick else 30)
    measure(2)  # warm up: language data loads once
    ours, theirs = measure(rounds)
    differ = differing()
    same = len(EXPRESSIONS) - len(differ)
    result = {
        "expressions": len(EXPRESSIONS),
        "rounds": rounds,
        "now": NOW.isoformat(),
        "zone": ZONE,
        "percentiles": "median; p90 by statistics.quantiles(n=10, method='inclusive')",
        "assistant_ms_per_call_median": statistics.median(ours),
        "assistant_ms_per_call_p90": _p90(ours),
        "dateparser_ms_per_call_median": statistics.median(theirs),
        "dateparser_ms_per_call_p90": _p90(theirs),
        "ratio_assistant_over_dateparser": statistics.median(ours) / statistics.median(theirs),
        "same_instant": same,
        "read_as_meant_without_a_language": unset_language(),
    }
    print(
        f"{len(EXPRESSIONS)} expressions in six languages, {rounds} interleaved rounds per reader;"
        f" now = {NOW:%Y-%m-%d %H:%M} UTC, zone {ZONE}"
    )
    print(f"{'reader':<28}{'median ms/call':>16}{'p90 ms/call':>14}")
    for name, samples in (("assistant read_when", ours), ("dateparser.parse", theirs)):
        print(f"{name:<28}{statistics.median(samples):>16.3f}{_p90(samples):>14.3f}")
    print(f"ratio assistant / dateparser: {result['ratio_assistant_over_dateparser']:.2f}")
    print(f"read as the same instant by both: {same} of {len(EXPRESSIONS)}")
    for text, ours, theirs in differ:
        # A date without a time is a whole day to the assistant: a deadline at 23:59.
        print(f"  {text!r}: assistant {_shown(ours)}, dateparser {_shown(theirs)}")
    unset = result["read_as_meant_without_a_language"]
    print(
        f"without a language setting, read as meant: assistant {unset['assistant']},"
        f" dateparser's own detection {unset['dateparser']} (of {len(EXPRESSIONS)})"
    )
    out = Path(__file__).parent / "results" / "dates.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
