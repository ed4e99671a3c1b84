"""Charts of a round as PNG images (matplotlib, Agg): contributions over time against the
deadline, and contributions by stakeholder group, labelled in the reader's language.

Matplotlib 3.11 lays text out with libraqm (HarfBuzz shaping, bidi), so Arabic is joined and
right to left; DejaVu Sans, which matplotlib ships, covers Latin, Cyrillic and Arabic, and Noto
Sans CJK (the `manimgx-fonts-cjk` package) Chinese. A glyph missing from every font makes
matplotlib warn, which the tests turn into a failure in each of the six languages.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from babel.dates import format_skeleton
from matplotlib import font_manager, rc_context

# A Figure made without pyplot draws on Agg when saved as PNG: no display, no global state.
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from assistant.domain.zones import zone_info

# The CJK font is variable: matplotlib cannot pick its Regular weight and says so on every
# chart ("Failed to find font weight normal … now using 100"), a known limit, not news.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

# Matplotlib's dates are days since this instant (its default epoch).
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# The face of the Noto Sans CJK collection whose glyph forms are Simplified Chinese's.
CJK_FAMILY = "Noto Sans CJK SC"


@cache
def _fonts() -> list[str]:
    """The font families to try in order: DejaVu Sans first, then Noto Sans CJK, registered
    from its package once per process."""
    import manimgx_fonts_cjk  # a package of font files only

    folder = Path(manimgx_fonts_cjk.__file__).parent
    for path in sorted(folder.glob("*.tt[cf]")):
        font_manager.fontManager.addfont(str(path))
    return ["DejaVu Sans", CJK_FAMILY]


@dataclass(frozen=True)
class OverTime:
    """Labels and data of the chart of contributions over time."""

    title: str
    axis: str
    deadline: str
    opens: datetime
    closes: datetime
    zone: str
    firsts: Sequence[datetime]  # when each respondent first answered


@dataclass(frozen=True)
class ByGroup:
    """Labels and data of the chart of contributions by group, largest first."""

    title: str
    contributed: str
    invited: str
    groups: Sequence[tuple[str, int, int]]  # (label, contributions, invited)


def _figure() -> Figure:
    figure = Figure(figsize=(7, 3.6), dpi=120, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _days(at: datetime) -> float:
    return (at - _EPOCH).total_seconds() / 86400


def over_time(chart: OverTime, language: str) -> bytes:
    # The language guides libraqm's shaping (Simplified Chinese forms in a Pan-CJK font).
    with rc_context({"text.language": language}):
        return _over_time(chart, language)


def _over_time(chart: OverTime, language: str) -> bytes:
    """A step line of contributions received so far, from opening to the deadline (a dashed
    line), dates in the round's zone written in `language`."""
    zone = zone_info(chart.zone)
    figure = _figure()
    axes = figure.add_subplot()
    fonts = _fonts()
    # Each contribution raises the line by one; it runs on flat to the deadline (or to the
    # last contribution, when the round was extended past its first deadline).
    times = [chart.opens, *sorted(chart.firsts)]
    end = max([chart.closes, *chart.firsts])
    counts = list(range(len(times)))
    axes.step(
        [_days(t) for t in [*times, end]], [*counts, counts[-1]], where="post", color="#1f77b4"
    )
    axes.axvline(_days(chart.closes), color="#d62728", linestyle="--", label=chart.deadline)
    axes.set_xlim(_days(chart.opens), _days(end) + 0.5)
    axes.set_ylim(0, max(1, counts[-1]) * 1.15)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))

    def day(value: float, _position: int) -> str:
        at = (_EPOCH + timedelta(days=value)).astimezone(zone)
        return str(format_skeleton("MMMd", at, locale=language))

    axes.xaxis.set_major_formatter(FuncFormatter(day))
    axes.xaxis.set_major_locator(MaxNLocator(6))
    axes.set_title(chart.title, fontfamily=fonts)
    axes.set_ylabel(chart.axis, fontfamily=fonts)
    axes.legend(prop={"family": fonts})
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        label.set_fontfamily(fonts)
    return _png(figure)


def by_group(chart: ByGroup, language: str) -> bytes:
    """Bars of contributions beside those of people invited, per group."""
    with rc_context({"text.language": language}):
        return _by_group(chart)


def _by_group(chart: ByGroup) -> bytes:
    figure = _figure()
    axes = figure.add_subplot()
    fonts = _fonts()
    positions = list(range(len(chart.groups)))
    width = 0.4
    axes.bar(
        [p - width / 2 for p in positions],
        [g[2] for g in chart.groups],
        width,
        label=chart.invited,
        color="#c7c7c7",
    )
    axes.bar(
        [p + width / 2 for p in positions],
        [g[1] for g in chart.groups],
        width,
        label=chart.contributed,
        color="#1f77b4",
    )
    axes.set_xticks(positions, [g[0] for g in chart.groups], fontfamily=fonts)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(chart.title, fontfamily=fonts)
    axes.legend(prop={"family": fonts})
    for label in axes.get_yticklabels():
        label.set_fontfamily(fonts)
    return _png(figure)
