"""Splitting rendered text into pieces a platform accepts, at safe points, never losing any."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

# Besides combining marks, characters that belong to the one before them: a cut in front of
# one would split what the reader sees as a single letter or emoji.
_JOINING = frozenset({"\u200d", "\ufe0e", "\ufe0f"})


def split_text(
    text: str,
    fits: Callable[[str], bool],
    max_chars: int,
    atoms: re.Pattern[str] | None = None,
    lookback: float = 0.5,
) -> list[str]:
    """Consecutive pieces of `text`, each of which `fits`; joined, they are `text` again.

    A piece ends, by preference, after a line end, else next to a space, found within the
    last `lookback` of the longest piece that fits; failing both, at the last point that
    splits no atom (an escape like `&amp;`, a token like `<@U123>`) and no letter from its
    combining marks.

    Args:
        text: the text to split.
        fits: whether a piece is small enough (it must stay true for shorter prefixes).
        max_chars: no piece is longer than this many characters (bounds the search).
        atoms: spans that must never be split.
        lookback: how far back from the longest fitting piece a line end or space is looked
            for; a smaller value makes fuller pieces, which a budget may need.

    Raises:
        ValueError: if not even one character fits.
    """
    spans = [(m.start(), m.end()) for m in atoms.finditer(text)] if atoms else []
    starts = [start for start, _ in spans]

    def splits_nothing(cut: int) -> bool:
        index = bisect.bisect_left(starts, cut) - 1
        if index >= 0 and spans[index][1] > cut:
            return False
        if cut < len(text) and (unicodedata.category(text[cut])[0] == "M" or text[cut] in _JOINING):
            return False
        return text[cut - 1] != "\u200d"

    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end == len(text) and fits(text[start:]):
            pieces.append(text[start:])
            break
        longest = end if fits(text[start:end]) else _longest_fitting(text, start, end, fits)
        floor = longest - int((longest - start) * lookback)
        cut = (
            _last_break(text, start, longest, floor, "\n", splits_nothing)
            or _last_break(text, start, longest, floor, None, splits_nothing)
            or next((c for c in range(longest, start, -1) if splits_nothing(c)), longest)
        )
        pieces.append(text[start:cut])
        start = cut
    return pieces


def _longest_fitting(text: str, start: int, end: int, fits: Callable[[str], bool]) -> int:
    """The end of the longest piece from `start` (up to `end`) that fits, by bisection."""
    low, high = start, end
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[start:middle]):
            low = middle
        else:
            high = middle - 1
    if low == start:
        raise ValueError("not even one character fits")
    return low


def _last_break(
    text: str,
    start: int,
    end: int,
    floor: int,
    separator: str | None,
    allowed: Callable[[int], bool],
) -> int:
    """The last cut in [floor, end] right after `separator`, or 0. With no separator: the
    last cut next to a space, on either side of it (between two words)."""
    for cut in range(end, max(floor, start + 1) - 1, -1):
        if separator:
            found = text[cut - 1] == separator
        else:
            found = text[cut - 1].isspace() or (cut < len(text) and text[cut].isspace())
        if found and allowed(cut):
            return cut
    return 0
