"""Message ids with arguments, and the outgoing values services return instead of sending."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class Message:
    """A Fluent message id and its arguments, rendered by the adapter for each reader."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)


def msg(message_id: str, **args: Any) -> Message:
    return Message(message_id, args)


@dataclass(frozen=True)
class When:
    """An instant to show to a reader: in `zone` (plus UTC) if given, else in the reader's zone."""

    at: datetime
    zone: str | None = None


@dataclass(frozen=True)
class LocalTime:
    """An instant as the date (and, with `with_time`, the time) it is in `zone`, formatted for
    the reader's language and naming no zone: for documents that name the zone once."""

    at: datetime
    zone: str
    with_time: bool = True


@dataclass(frozen=True)
class Percent:
    """A ratio (0.75) shown as a whole percentage in the reader's language ("75%", "75 %")."""

    ratio: float


@dataclass(frozen=True)
class MonthOfYear:
    """A month of a year, named in the reader's language ("February 2027", "février 2027")."""

    year: int
    month: int


@dataclass(frozen=True)
class Mention:
    """A person, rendered as a mention the platform understands (`@alice`, `<@U123>`)."""

    user_id: str
    display_name: str = ""


@dataclass(frozen=True)
class UserText:
    """Text typed by a person and shown to others: the adapter escapes it for its platform."""

    text: str


@dataclass(frozen=True)
class Country:
    """A country by its ISO 3166-1 code, named in the reader's language from CLDR ("DE" is
    "Germany", "Allemagne", "Германия")."""

    code: str


@dataclass(frozen=True)
class CommandHint:
    """A command to suggest, written with the platform's prefix (`/consult …`, `!consult …`)."""

    text: str


@dataclass(frozen=True)
class DayNames:
    """Days of the week (0 = Monday), named in the reader's language from CLDR and joined as
    the language joins a list: "Monday and Thursday", "lundi et jeudi", "星期一和星期四"."""

    days: tuple[int, ...]


# A file's text produced piece by piece; each call starts again from the beginning.
TextStream = Callable[[], Iterator[str]]


@dataclass(frozen=True)
class FileOut:
    """A file produced for the speaker (export, calendar, report): the adapter saves or
    uploads it.

    A small file carries its text; a large one (an export) a stream, read from the database
    while the adapter writes it, so that the whole text never has to sit in memory. A binary
    file (a DOCX report) carries its bytes: it is never printed, only saved or uploaded.
    """

    filename: str
    content: str | TextStream | bytes
    path: str | None = None

    @property
    def binary(self) -> bool:
        return isinstance(self.content, bytes)

    def chunks(self) -> Iterator[str]:
        """The text in pieces, in order (a binary file has no text)."""
        if isinstance(self.content, bytes):
            raise TypeError(f"{self.filename} is binary: use data()")
        if isinstance(self.content, str):
            yield self.content
        else:
            yield from self.content()

    def data(self) -> bytes:
        """The whole file as bytes (text as UTF-8), for a platform that uploads it at once."""
        if isinstance(self.content, bytes):
            return self.content
        return self.text().encode("utf-8")

    def text(self) -> str:
        """The whole text at once, for a platform that takes nothing less."""
        return "".join(self.chunks())


def rstripped(pieces: Iterable[str], chars: str | None = None) -> Iterator[str]:
    """`pieces` as `"".join(pieces).rstrip(chars)` would be, without joining them: what a piece
    ends with is held back until more text follows it."""
    held = ""
    for piece in pieces:
        text = piece.rstrip(chars)
        if text:
            yield held + text
            held = piece[len(text) :]
        else:
            held += piece


@dataclass(frozen=True)
class Button:
    """An action a reader can take on a message: `action` names what it does (`rsvp:remote`),
    `value` what it applies to (`M1`). Platforms without buttons show the command instead."""

    action: str
    label: Message
    value: str


class Audience(Enum):
    """Who may see a reply. Decided by the use case, honoured by every adapter, so that no
    adapter has to guess from what was typed whether an answer is private."""

    # Only the person who asked: ephemeral where the platform has it (Slack), else their
    # direct chat (Matrix), unless they asked there already.
    ASKER = "asker"
    # The asker's direct chat, wherever they asked: files, and guided answers that go on there.
    DIRECT = "direct"
    # Anyone where the command was typed: nothing personal and nothing that depends on a role.
    ROOM = "room"


@dataclass(frozen=True)
class Reply:
    """Lines for the person who spoke, in their language and zone; `audience` says who else
    may see them (by default nobody)."""

    lines: tuple[Message, ...]
    locale: str
    tz: str
    file: FileOut | None = None
    buttons: tuple[Button, ...] = ()
    audience: Audience = Audience.ASKER

    def __post_init__(self) -> None:
        if self.file is not None and self.audience is not Audience.DIRECT:
            raise ValueError("a file is private to the asker: it goes to their direct chat")


@dataclass(frozen=True)
class Post:
    """Lines posted to a channel, in the channel's language.

    A post with a `key` (`meeting:1`) can later be replaced in place by an `Edit` of that key.
    """

    channel_id: str
    lines: tuple[Message, ...]
    locale: str
    tz: str = "UTC"
    buttons: tuple[Button, ...] = ()
    key: str = ""


@dataclass(frozen=True)
class Direct:
    """A direct message to one person, in their language and zone."""

    user_id: str
    lines: tuple[Message, ...]
    locale: str
    tz: str
    buttons: tuple[Button, ...] = ()
    key: str = ""
    # A file for this person (the minutes sent to a meeting's organiser): after the lines.
    file: FileOut | None = None


@dataclass(frozen=True)
class Noted:
    """What someone typed in a channel was taken (a line of minutes): a reaction on their
    message where the platform has reactions; where it has none (the console), `lines`, a
    short note for the person who typed it (no note at all when they are empty)."""

    lines: tuple[Message, ...]
    locale: str
    tz: str


@dataclass(frozen=True)
class Edit:
    """New content for the posts made under `key` in `channel_id` (e.g. updated RSVP counts).
    Platforms that cannot edit messages ignore it: the numbers are one command away."""

    key: str
    channel_id: str
    lines: tuple[Message, ...]
    locale: str
    tz: str = "UTC"
    buttons: tuple[Button, ...] = ()


Outgoing = Reply | Post | Direct | Edit | Noted


@dataclass(frozen=True)
class FormField:
    """One answer to give in a form: `key` names it (Q1), `label` is typed by the organisers."""

    key: str
    label: UserText
    initial: str = ""


@dataclass(frozen=True)
class Form:
    """A form to fill in at once (a Slack modal): the answers to a round's questions."""

    title: Message
    lines: tuple[Message, ...]
    fields: tuple[FormField, ...]
    submit: Message
    value: str
    locale: str
    tz: str


@dataclass(frozen=True)
class Section:
    """Part of a personal overview: some lines and the buttons that act on them."""

    lines: tuple[Message, ...]
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Home:
    """What a person has pending (a Slack App Home tab), in their language and zone."""

    sections: tuple[Section, ...]
    locale: str
    tz: str


class UserError(Exception):
    """A refusal or bad input: reported to the speaker as a message; nothing is stored."""

    def __init__(self, message_id: str, **args: Any) -> None:
        super().__init__(message_id)
        self.message = Message(message_id, args)
