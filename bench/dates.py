"""Per-call cost of the assistant's date reading against plain dateparser.parse.

Both read the same expressions, relative to the same moment, with the language given (as
dateparser's own advice says). Prints a table and writes bench/results/dates.json.

    .venv/bin/python bench/dates.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import dateparser

from assistant.domain.dates import read_when
from assistant.messages import UserError

NOW = datetime(2024, 10, 7, 10, 0, tzinfo=UTC)
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


def _assistant(language: str, text: str) -> object:
    try:
        return read_when(text, zone="Europe/Zurich", now=NOW, language=language).at
    except UserError:
        return None


def _dateparser(language: str, text: str) -> object:
    return dateparser.parse(
        text,
        languages=[language, "en"] if language != "en" else ["en"],
        settings={
            "TIMEZONE": "Europe/Zurich",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": NOW.replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
        },
    )


def measure(reader: object, rounds: int) -> list[float]:
    per_call: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for language, text in EXPRESSIONS:
            reader(language, text)  # type: ignore[operator]
        per_call.append((time.perf_counter() - start) / len(EXPRESSIONS) * 1000)
    return per_call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="10 rounds (bench/run.sh --quick)")
    args = parser.parse_args()
    if args.quick:
        args.rounds = min(args.rounds, 10)
    for reader in (_assistant, _dateparser):  # warm up: language data loads once
        measure(reader, 2)
    ours = measure(_assistant, args.rounds)
    theirs = measure(_dateparser, args.rounds)
    result = {
        "expressions": len(EXPRESSIONS),
        "rounds": args.rounds,
        "assistant_ms_per_call_median": statistics.median(ours),
        "dateparser_ms_per_call_median": statistics.median(theirs),
        "ratio_assistant_over_dateparser": statistics.median(ours) / statistics.median(theirs),
    }
    print(f"{'reader':<28}{'median ms/call':>16}{'p90 ms/call':>14}")
    for name, samples in (("assistant read_when", ours), ("dateparser.parse", theirs)):
        p90 = statistics.quantiles(samples, n=10)[-1]
        print(f"{name:<28}{statistics.median(samples):>16.3f}{p90:>14.3f}")
    print(f"ratio assistant / dateparser: {result['ratio_assistant_over_dateparser']:.2f}")
    out = Path(__file__).parent / "results" / "dates.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
