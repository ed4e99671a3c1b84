"""Minutes typed in a channel: which lines are minutes (`#topic 7.3 …`), what they say, and
the references that actions get under the topic in force (7.3.1, 7.3.2, …)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The words after `#` that minutes read; like command words, the same in every language.
RECORDING = ("topic", "info", "agreed", "action", "link")
CONTROL = ("undo", "chair")
KEYWORDS = RECORDING + CONTROL

_LINE = re.compile(r"#([A-Za-z]+)(?=\s|$)(.*)", re.DOTALL)
# An agenda number: 7, 7.3, 7.3.2 (a final dot, as in "7.", is dropped).
_TOPIC_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3}){0,4})\.?")
_DUE = re.compile(r"(?i)(?:^|\s)due\s+")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}


@dataclass(frozen=True)
class MinutesLine:
    """A line of minutes: its keyword (`topic`) and what follows it, as typed."""

    keyword: str
    rest: str


def read_line(text: str) -> MinutesLine | None:
    """The minutes line `text` is, or None for anything else (which is never stored).

    Only a message that starts with one of the keywords counts: `#agreed …` does, `#general`
    or `#agreement` do not. A message may span lines; its first word decides.
    """
    found = _LINE.fullmatch(text.strip())
    if found is None or found.group(1).lower() not in KEYWORDS:
        return None
    return MinutesLine(found.group(1).lower(), found.group(2).strip())


def split_topic(rest: str) -> tuple[str, str]:
    """`7.3 Open consultations` -> ("7.3", "Open consultations"); a topic without a number
    keeps the number empty."""
    words = rest.split(maxsplit=1)
    if words:
        number = _TOPIC_NUMBER.fullmatch(words[0])
        if number:
            return number.group(1), words[1].strip() if len(words) > 1 else ""
    return "", rest


def next_ref(topic: str, taken: Iterable[str]) -> str:
    """The next action reference under agenda item `topic`: one past the highest taken."""
    prefix = f"{topic}."
    numbers = [
        int(ref[len(prefix) :])
        for ref in taken
        if ref.startswith(prefix) and ref[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


@dataclass(frozen=True)
class ActionLine:
    """`#action @owner TEXT [due WHEN]` (or `"BODY"` as the owner) taken apart."""

    owner: str  # the owner as typed: a mention, or a body's name
    owner_quoted: bool
    text: str
    due: str | None


class NoOwner(ValueError):
    """The line does not begin with an owner."""


def read_action(rest: str) -> ActionLine:
    """The parts of an `#action` line after the keyword.

    The text may be quoted (it must be to contain the word "due" followed by words that are
    not a date); unquoted, the text runs to the last word "due", and what follows it is the
    due date.

    Raises:
        NoOwner: when no owner comes first.
    """
    owner, owner_quoted, remainder = _first_word(rest)
    if not owner:
        raise NoOwner(rest)
    text, text_quoted, after = _first_word(remainder)
    if text_quoted and (not after.strip() or _DUE.match(after.strip())):
        tail = after.strip()
    else:  # unquoted, or a text that merely begins with a quotation
        text, tail = remainder.strip(), ""
        matches = list(_DUE.finditer(text))
        if matches:
            last = matches[-1]
            text, tail = text[: last.start()].strip(), text[last.start() :].strip()
    due = None
    if tail:
        due_word = _DUE.match(tail)
        due = tail[due_word.end() :].strip() if due_word else tail
    return ActionLine(owner, owner_quoted, text, due)


def _first_word(text: str) -> tuple[str, bool, str]:
    """The first word of `text` (or its quoted span), whether it was quoted, and the rest."""
    text = text.lstrip()
    if not text:
        return "", False, ""
    if text[0] in _QUOTES:
        end = text.find(_QUOTES[text[0]], 1)
        if end > 0:
            return text[1:end].strip(), True, text[end + 1 :]
    word = text.split(maxsplit=1)
    return word[0], False, word[1] if len(word) > 1 else ""
