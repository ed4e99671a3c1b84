"""Fluent translation and the rendering of messages (dates, mentions, user text) per reader."""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import (
    DateTimePattern,
    get_datetime_format,
    get_day_names,
    match_skeleton,
    parse_pattern,
)
from babel.lists import format_list
from babel.numbers import format_percent
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax.ast import Junk

from assistant.domain.countries import country_name
from assistant.domain.zones import zone_info
from assistant.messages import (
    CommandHint,
    Country,
    DayNames,
    LocalTime,
    Mention,
    Message,
    MonthOfYear,
    Percent,
    UserText,
    When,
)

log = logging.getLogger(__name__)

# The repository's locales/ by default; an installed image points ASSISTANT_LOCALES_DIR at its copy.
LOCALES_DIR = Path(
    os.environ.get("ASSISTANT_LOCALES_DIR", Path(__file__).resolve().parents[2] / "locales")
)
DEFAULT_LOCALE = "en"
RTL_LOCALES = frozenset({"ar"})


class FluentTranslator:
    """Messages from `locales/<lang>/*.ftl`, falling back to English with a logged warning."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self.locales_dir = locales_dir
        self._bundles: dict[str, FluentBundle] = {}
        self._formatted: dict[tuple[Any, ...], str] = {}

    def _bundle(self, locale: str) -> FluentBundle:
        if locale not in self._bundles:
            # Right-to-left text gets its placeables isolated so that ids, dates and names
            # written left to right keep their place; elsewhere isolation marks are noise.
            bundle = FluentBundle([locale], use_isolating=locale in RTL_LOCALES)
            for path in sorted((self.locales_dir / locale).glob("*.ftl")):
                resource = FluentParser().parse(path.read_text(encoding="utf-8"))
                for entry in resource.body:
                    if isinstance(entry, Junk):
                        log.error("syntax error in %s: %s", path, (entry.content or "")[:80])
                bundle.add_resource(resource)
            self._bundles[locale] = bundle
        return self._bundles[locale]

    def document(
        self,
        lines: Sequence[Message],
        locale: str,
        tz: str,
        escape: Callable[[str], str],
    ) -> list[str]:
        """Each line as text for a file (Markdown, HTML): typed text through `escape`, people
        by their names."""
        renderer = Renderer(
            self,
            mention=lambda m: escape(f"@{m.display_name or m.user_id}"),
            escape=escape,
            command=lambda text: escape(f"/{text}"),
        )
        return [renderer.render_message(line, locale, tz) for line in lines]

    def translate(self, locale: str, message_id: str, **args: Any) -> str:
        """The message formatted; remembered, since the renderer passes every long or varying
        value as a placeholder, so that the lines of a list share one formatting."""
        # The type is part of the key: 1, 1.0 and True are equal but format differently.
        key = (locale, message_id, *((name, type(v), v) for name, v in sorted(args.items())))
        try:
            return self._formatted[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: format it every time
            return self._translate(locale, message_id, args)
        text = self._translate(locale, message_id, args)
        if len(self._formatted) >= MAX_FORMATTED:
            self._formatted.clear()
        self._formatted[key] = text
        return text

    def _translate(self, locale: str, message_id: str, args: dict[str, Any]) -> str:
        for candidate in dict.fromkeys([locale, DEFAULT_LOCALE]):
            bundle = self._bundle(candidate)
            if not bundle.has_message(message_id):
                if candidate != DEFAULT_LOCALE:
                    log.warning("message %s missing in %s, using English", message_id, candidate)
                continue
            pattern = bundle.get_message(message_id).value
            if pattern is None:
                continue
            text, errors = bundle.format_pattern(pattern, args)
            for error in errors:
                log.warning("message %s in %s: %s", message_id, candidate, error)
            return str(text)
        log.warning("message %s missing", message_id)
        return message_id


MAX_FORMATTED = 20_000  # remembered formattings; a few MiB at most

_FSI, _PDI = "\u2068", "\u2069"


def isolate_bidi(text: str) -> str:
    """Wrap typed text that has right-to-left letters or direction controls in an isolate, so
    it can neither reorder the message around it nor leak an unclosed override."""
    if any(unicodedata.bidirectional(char) in _RTL_OR_CONTROL for char in text):
        return f"{_FSI}{text}{_PDI}"
    return text


_RTL_OR_CONTROL = frozenset(
    {"R", "AL", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)


# Placeholders are private-use characters, which no pattern contains; a plain string that
# contains one is held back like any other, so only placeholders reach Fluent with them.
_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
# A string selects a variant only by equalling its key, a Fluent identifier; ours are short.
# Any other string can be held back without changing which variant is chosen.
MAX_VARIANT_KEY = 64
_VARIANT_KEY = re.compile(rf"[A-Za-z][A-Za-z0-9_-]{{0,{MAX_VARIANT_KEY - 1}}}")


@cache
def _datetime_pattern(locale: str) -> str:
    """How the locale joins a date and a time, e.g. "{1}, {0}"."""
    return str(get_datetime_format("medium", locale=locale))


@cache
def _skeleton(skeleton: str, locale: str) -> tuple[DateTimePattern, Locale]:
    """Babel's `format_skeleton` pattern, looked up once: the lookup costs more than the
    formatting, and a list formats the same few skeletons for every line."""
    parsed = Locale.parse(locale)
    available = parsed.datetime_skeletons
    key = skeleton if skeleton in available else match_skeleton(skeleton, available) or skeleton
    return parse_pattern(available[key]), parsed


def format_skeleton(skeleton: str, at: date, locale: str) -> str:
    pattern, parsed = _skeleton(skeleton, locale)
    return str(pattern.apply(at, parsed))


class Renderer:
    """Turns Message values into text for one platform's readers."""

    def __init__(
        self,
        translator: FluentTranslator,
        mention: Callable[[Mention], str] = lambda m: f"@{m.user_id}",
        escape: Callable[[str], str] = lambda text: text,
        command: Callable[[str], str] = lambda text: f"/{text}",
    ) -> None:
        self.translator = translator
        self.mention = mention
        self.escape = escape
        self.command = command

    def render(self, lines: Sequence[Message], locale: str, tz: str) -> str:
        return "\n".join(self.render_message(line, locale, tz) for line in lines)

    def render_message(self, message: Message, locale: str, tz: str) -> str:
        """The message in `locale`, every argument whole, however long.

        Fluent renders a whole message as `{???}` when one placeable exceeds 2,500 characters.
        So the values rendered here (typed text, mentions, dates, commands, nested messages,
        lists) reach Fluent as short placeholders, and go in once the pattern is formatted.
        Numbers stay real for plural selectors, as do strings that could be a variant key.
        """
        held: list[str] = []
        args = {name: self._arg(value, locale, tz, held) for name, value in message.args.items()}
        text = self.translator.translate(locale, message.id, **args)
        return _PLACEHOLDER.sub(lambda found: held[int(found.group(1))], text)

    def _arg(self, value: Any, locale: str, tz: str, held: list[str]) -> Any:
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, int | float) or (
            isinstance(value, str) and _VARIANT_KEY.fullmatch(value)
        ):
            return value
        held.append(self._text(value, locale, tz))
        return f"{_OPEN}{len(held) - 1}{_CLOSE}"

    def _text(self, value: Any, locale: str, tz: str) -> str:
        if isinstance(value, Message):
            return self.render_message(value, locale, tz)
        if isinstance(value, When):
            return self.format_when(value, locale, tz)
        if isinstance(value, LocalTime):
            # A document's date: day, month and year without the weekday, as reports write it.
            local = value.at.astimezone(zone_info(value.zone))
            day = format_skeleton("yMMMd", local, locale=locale)
            if not value.with_time:
                return day
            clock = format_skeleton("Hm", local, locale=locale)
            return _datetime_pattern(locale).replace("{1}", day).replace("{0}", clock)
        if isinstance(value, Percent):
            return str(format_percent(value.ratio, locale=locale))
        if isinstance(value, MonthOfYear):
            return str(format_skeleton("yMMMM", date(value.year, value.month, 1), locale=locale))
        if isinstance(value, Mention):
            return self.mention(value)
        if isinstance(value, UserText):
            return self.escape(isolate_bidi(value.text))
        if isinstance(value, CommandHint):
            return self.command(value.text)
        if isinstance(value, Country):
            return self.escape(isolate_bidi(country_name(value.code, locale)))
        if isinstance(value, DayNames):
            names = get_day_names("wide", "format", locale=locale)
            return str(format_list([str(names[d]) for d in value.days], locale=locale))
        if isinstance(value, tuple | list):
            parts = [self._text(v, locale, tz) for v in value]
            return str(format_list(parts, locale=locale)) if parts else ""
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, str):
            # Plain strings are ids, paths and words echoed back from what someone typed
            # ("There is no action <!channel>"): escaped like typed text, so that an echo can
            # neither ping nor break the platform's formatting.
            return self.escape(isolate_bidi(value))
        return str(value)

    def _local(self, at: datetime, zone: str, locale: str, with_date: bool, with_year: bool) -> str:
        local = at.astimezone(zone_info(zone))
        clock = format_skeleton("Hm", local, locale=locale)
        if not with_date:
            return str(clock)
        day = format_skeleton("yMMMEd" if with_year else "MMMEd", local, locale=locale)
        return _datetime_pattern(locale).replace("{1}", str(day)).replace("{0}", str(clock))

    def format_when(self, when: When, locale: str, reader_tz: str) -> str:
        """An instant in the named zone (or the reader's), then the reader's zone and UTC."""
        primary = when.zone or reader_tz
        zones = [primary] + [z for z in dict.fromkeys([reader_tz, "UTC"]) if z != primary]
        main_day = when.at.astimezone(zone_info(primary)).date()
        texts = []
        for index, zone in enumerate(zones):
            same_day = when.at.astimezone(zone_info(zone)).date() == main_day
            local = self._local(when.at, zone, locale, index == 0 or not same_day, index == 0)
            texts.append(self.translator.translate(locale, "when-in-zone", local=local, zone=zone))
        if len(texts) == 1:
            return texts[0]
        return self.translator.translate(
            locale, "when-with-others", main=texts[0], others=" · ".join(texts[1:])
        )
