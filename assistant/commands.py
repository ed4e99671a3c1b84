"""The neutral command grammar: the words people type, turned into Command objects."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from assistant.domain import limits
from assistant.domain.model import ActionStatus, RsvpChoice
from assistant.messages import UserError

_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}


@dataclass(frozen=True)
class Token:
    text: str
    quoted: bool = False


def tokenize(text: str) -> list[Token]:
    """Split on whitespace, keeping quoted spans ("…", “…”, «…», 「…」) whole.

    Raises:
        UserError: when a quote is not closed.
    """
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
        elif char in _QUOTES:
            end = text.find(_QUOTES[char], i + 1)
            if end < 0:
                raise UserError("error-unclosed-quote")
            tokens.append(Token(text[i + 1 : end].strip(), quoted=True))
            i = end + 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in _QUOTES:
                i += 1
            tokens.append(Token(text[start:i]))
    return tokens


# ---------------------------------------------------------------- references


def _ref(token: Token | None, prefix: str, error: str) -> int:
    if token is None:
        raise UserError(error)
    match = re.fullmatch(rf"(?i){prefix}?(\d{{1,9}})", token.text)
    if not match:
        raise UserError("error-bad-id", id=token.text, kind=prefix)
    return int(match.group(1))


def round_ref(token: Token | None) -> int:
    return _ref(token, "R", "error-missing-round")


def meeting_ref(token: Token | None) -> int:
    return _ref(token, "M", "error-missing-meeting")


def question_ref(token: Token | None) -> int:
    return _ref(token, "Q", "error-missing-question")


def user_ref(token: Token) -> str | None:
    """A mention as typed: `@alice` on the console, `<@U123>` on Slack, `@a:hs` on Matrix."""
    slack = re.fullmatch(r"<@([A-Z0-9]+)(?:\|[^>]*)?>", token.text)
    if slack:
        return slack.group(1)
    if token.text.startswith("@") and len(token.text) > 1 and not token.quoted:
        return token.text if ":" in token.text else token.text[1:]
    return None


def channel_ref(token: Token) -> str:
    slack = re.fullmatch(r"<#([A-Z0-9]+)(?:\|[^>]*)?>", token.text)
    if slack:
        return slack.group(1)
    if token.text.startswith("#") and len(token.text) > 1:
        return token.text
    raise UserError("error-bad-channel", channel=token.text)


def clean_input(text: str) -> str:
    """Drop control characters (NUL, ESC, BEL…) from typed text; keep newlines, tabs as spaces."""
    return "".join(
        " " if char == "\t" else char
        for char in text
        if char == "\n" or unicodedata.category(char) != "Cc" or char == "\t"
    )


def has_visible_text(text: str) -> bool:
    """False for text made only of spaces and invisible marks (zero-width, BOM, bidi marks)."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


def text_arg(token: Token | None, error: str, limit: limits.Limit) -> str:
    if token is None or not has_visible_text(token.text):
        raise UserError(error)
    return limits.check_length(token.text, limit)


@dataclass(frozen=True)
class Options:
    """Keyword arguments of a command: `closes WHEN`, `zone ZONE`, flags like `members-only`."""

    positional: list[Token]
    values: dict[str, list[Token]]
    flags: set[str]

    def text(self, keyword: str) -> str | None:
        """The words given after a keyword, joined, or None if it was not given."""
        if keyword not in self.values:
            return None
        return " ".join(t.text for t in self.values[keyword])


def split_options(
    tokens: list[Token],
    keywords: Collection[str],
    flags: Collection[str] = frozenset(),
    single: Collection[str] = frozenset(),
) -> Options:
    """Group tokens by keyword; a keyword's value runs to the next keyword.

    A keyword in `single` takes one token only (`ref 7.3.1 "TEXT"`). A keyword seen a second
    time belongs to the value ("at 10 Dec at 10:00").
    """
    positional: list[Token] = []
    values: dict[str, list[Token]] = {}
    found_flags: set[str] = set()
    current: str | None = None
    for token in tokens:
        word = token.text.casefold()
        if not token.quoted and word in flags:
            found_flags.add(word)
            current = None
        elif not token.quoted and word in keywords and word not in values:
            current = word
            values[word] = []
        elif current is None:
            positional.append(token)
        else:
            values[current].append(token)
            if current in single:
                current = None
    for keyword, words in values.items():
        if not words:
            raise UserError("error-missing-value", keyword=keyword)
    return Options(positional, values, found_flags)


def _no_extra(tokens: list[Token]) -> None:
    if tokens:
        raise UserError("error-unexpected", text=" ".join(t.text for t in tokens))


def _at(tokens: list[Token], index: int) -> Token | None:
    return tokens[index] if index < len(tokens) else None


# ---------------------------------------------------------------- commands


@dataclass(frozen=True)
class NewRound:
    title: str
    closes: str
    opens: str | None
    zone: str | None
    members_only: bool
    per_organisation: bool = False


@dataclass(frozen=True)
class SetRound:
    """`/consult set R1 per-organisation on|off`: a setting of a round not yet open."""

    round_id: int
    key: str
    on: bool


@dataclass(frozen=True)
class AddQuestion:
    round_id: int
    text: str


@dataclass(frozen=True)
class AnnounceRound:
    round_id: int
    channels: tuple[str, ...]


@dataclass(frozen=True)
class ListRounds:
    pass


@dataclass(frozen=True)
class RespondToRound:
    round_id: int


@dataclass(frozen=True)
class AnswerQuestion:
    round_id: int
    question: int
    text: str


@dataclass(frozen=True)
class AnswerQuestions:
    """The answers of a form (Slack's respond modal), each to a question by its position:
    built by an adapter, never typed."""

    round_id: int
    answers: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class RoundStatus:
    round_id: int


@dataclass(frozen=True)
class ExportRound:
    round_id: int
    format: str
    path: str | None


@dataclass(frozen=True)
class ReportRound:
    """`/consult report R1 md|docx [LANG] [PATH]`: `language` None means the asker's."""

    round_id: int
    format: str
    language: str | None
    path: str | None


@dataclass(frozen=True)
class CloseRound:
    round_id: int


@dataclass(frozen=True)
class ExtendRound:
    round_id: int
    closes: str


@dataclass(frozen=True)
class PreviewReminders:
    kind: str  # "round" or "meeting"
    item_id: int


@dataclass(frozen=True)
class SetReminders:
    kind: str
    item_id: int
    offsets: str


@dataclass(frozen=True)
class NewMeeting:
    title: str
    at: str
    until: str | None
    zone: str | None
    place: str
    link: str
    members_only: bool
    rsvp_by: str | None
    capacity: int | None


@dataclass(frozen=True)
class UpdateMeeting:
    """What to change; None for what stays."""

    meeting_id: int
    at: str | None
    until: str | None
    place: str | None
    link: str | None
    capacity: int | None
    rsvp_by: str | None


@dataclass(frozen=True)
class CancelMeeting:
    meeting_id: int
    reason: str


@dataclass(frozen=True)
class StartMinutes:
    """Minutes of a planned meeting (`meeting_id`), or of an unplanned one named `title`."""

    meeting_id: int | None
    title: str


@dataclass(frozen=True)
class EndMinutes:
    """End the minutes running in this channel (or those of `meeting_id`)."""

    meeting_id: int | None


@dataclass(frozen=True)
class ExportMinutes:
    meeting_id: int
    format: str
    path: str | None


@dataclass(frozen=True)
class AnnounceMeeting:
    meeting_id: int
    channels: tuple[str, ...]


@dataclass(frozen=True)
class AnswerRsvp:
    meeting_id: int
    choice: RsvpChoice


@dataclass(frozen=True)
class ListMeetings:
    pass


@dataclass(frozen=True)
class ListAttendees:
    meeting_id: int


@dataclass(frozen=True)
class MeetingCalendar:
    meeting_id: int
    path: str | None


@dataclass(frozen=True)
class AddAction:
    ref: str
    text: str
    owner_user: str | None
    owner_body: str
    due: str | None
    meeting_id: int | None


@dataclass(frozen=True)
class ListActions:
    filter: str
    owner_user: str | None
    owner_body: str | None


@dataclass(frozen=True)
class ShowAction:
    action: str


@dataclass(frozen=True)
class UpdateAction:
    action: str
    status: ActionStatus
    note: str


@dataclass(frozen=True)
class EditAction:
    """One field of an action changed: `text`, `owner`, `due`, `ref` or `meeting`.

    `due` and `meeting` are None when cleared (`due none`, `meeting none`)."""

    action: str
    field: str
    text: str = ""
    owner_user: str | None = None
    owner_body: str = ""
    due: str | None = None
    ref: str = ""
    meeting_id: int | None = None


@dataclass(frozen=True)
class PreviewActionReminders:
    action: str


@dataclass(frozen=True)
class SetActionReminders:
    """`/action remind A1 3d,1d` (an action's own offsets; `default`: back to the default), or
    `/action remind default 7d,1d` (the default: `action` is None)."""

    action: str | None
    offsets: str  # empty: the action follows the default again


@dataclass(frozen=True)
class DigestNow:
    channel: str | None


@dataclass(frozen=True)
class ScheduleDigest:
    schedule: str
    zone: str | None
    channel: str | None


@dataclass(frozen=True)
class DigestOff:
    channel: str | None


@dataclass(frozen=True)
class ChangeSetting:
    key: str
    value: str | None


@dataclass(frozen=True)
class GrantRole:
    user: str
    role: str


@dataclass(frozen=True)
class ChannelSetting:
    key: str
    value: str


@dataclass(frozen=True)
class ReadWhenCommand:
    text: str


@dataclass(frozen=True)
class Help:
    topic: str | None


# ---------------------------------------------------------------- parsers


def parse_new_round(tokens: list[Token]) -> NewRound:
    options = split_options(
        tokens, {"closes", "opens", "zone"}, {"members-only", "per-organisation"}
    )
    title = text_arg(_at(options.positional, 0), "error-missing-title", limits.TITLE)
    _no_extra(options.positional[1:])
    closes = options.text("closes")
    if closes is None:
        raise UserError("error-missing-closes")
    return NewRound(
        title=title,
        closes=closes,
        opens=options.text("opens"),
        zone=options.text("zone"),
        members_only="members-only" in options.flags,
        per_organisation="per-organisation" in options.flags,
    )


ROUND_SETTINGS = ("per-organisation",)


def parse_set_round(tokens: list[Token]) -> SetRound:
    round_id = round_ref(_at(tokens, 0))
    key = _at(tokens, 1)
    if key is None or key.text.casefold() not in ROUND_SETTINGS:
        raise UserError("error-round-setting", keys=", ".join(ROUND_SETTINGS))
    value = _at(tokens, 2)
    if value is None or value.text.casefold() not in ("on", "off"):
        raise UserError("error-on-off", value=value.text if value else "")
    _no_extra(tokens[3:])
    return SetRound(round_id, key.text.casefold(), value.text.casefold() == "on")


def parse_add_question(tokens: list[Token]) -> AddQuestion:
    round_id = round_ref(_at(tokens, 0))
    text = text_arg(_at(tokens, 1), "error-missing-text", limits.QUESTION)
    _no_extra(tokens[2:])
    return AddQuestion(round_id, text)


def _channels(tokens: list[Token]) -> tuple[str, ...]:
    return tuple(channel_ref(t) for t in tokens)


def parse_announce_round(tokens: list[Token]) -> AnnounceRound:
    return AnnounceRound(round_ref(_at(tokens, 0)), _channels(tokens[1:]))


def parse_nothing(factory: Callable[[], Any]) -> Callable[[list[Token]], Any]:
    def parse(tokens: list[Token]) -> Any:
        _no_extra(tokens)
        return factory()

    return parse


def parse_round_only(factory: Callable[[int], Any]) -> Callable[[list[Token]], Any]:
    def parse(tokens: list[Token]) -> Any:
        round_id = round_ref(_at(tokens, 0))
        _no_extra(tokens[1:])
        return factory(round_id)

    return parse


def parse_meeting_only(factory: Callable[[int], Any]) -> Callable[[list[Token]], Any]:
    def parse(tokens: list[Token]) -> Any:
        meeting_id = meeting_ref(_at(tokens, 0))
        _no_extra(tokens[1:])
        return factory(meeting_id)

    return parse


def parse_answer(tokens: list[Token]) -> AnswerQuestion:
    round_id = round_ref(_at(tokens, 0))
    question = question_ref(_at(tokens, 1))
    text = text_arg(_at(tokens, 2), "error-missing-text", limits.ANSWER)
    _no_extra(tokens[3:])
    return AnswerQuestion(round_id, question, text)


def parse_export(tokens: list[Token]) -> ExportRound:
    round_id = round_ref(_at(tokens, 0))
    fmt = _at(tokens, 1)
    if fmt is None or fmt.text.lower() not in ("csv", "md"):
        raise UserError("error-export-format")
    path = _at(tokens, 2)
    _no_extra(tokens[3:])
    return ExportRound(round_id, fmt.text.lower(), path.text if path else None)


REPORT_FORMATS = ("md", "docx")
# What reads as a language code rather than a file name (`fr`, `zh`, `pt-BR`): checked against
# the languages the assistant speaks by the service, so that `de` is refused, not saved as a file.
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")


def parse_report(tokens: list[Token]) -> ReportRound:
    round_id = round_ref(_at(tokens, 0))
    fmt = _at(tokens, 1)
    if fmt is None or fmt.text.lower() not in REPORT_FORMATS:
        raise UserError("error-report-format")
    rest = tokens[2:]
    language: str | None = None
    if len(rest) >= 2 or (rest and _LANGUAGE_CODE.fullmatch(rest[0].text)):
        language, rest = rest[0].text.lower(), rest[1:]
    path = _at(rest, 0)
    _no_extra(rest[1:])
    return ReportRound(round_id, fmt.text.lower(), language, path.text if path else None)


def parse_extend(tokens: list[Token]) -> ExtendRound:
    round_id = round_ref(_at(tokens, 0))
    if len(tokens) < 2:
        raise UserError("error-when-missing")
    return ExtendRound(round_id, " ".join(t.text for t in tokens[1:]))


def parse_preview(kind: str) -> Callable[[list[Token]], PreviewReminders]:
    ref = round_ref if kind == "round" else meeting_ref

    def parse(tokens: list[Token]) -> PreviewReminders:
        item = ref(_at(tokens, 0))
        _no_extra(tokens[1:])
        return PreviewReminders(kind, item)

    return parse


def parse_remind(kind: str) -> Callable[[list[Token]], SetReminders]:
    ref = round_ref if kind == "round" else meeting_ref

    def parse(tokens: list[Token]) -> SetReminders:
        item = ref(_at(tokens, 0))
        if len(tokens) < 2:
            raise UserError("error-offsets", text="")
        return SetReminders(kind, item, " ".join(t.text for t in tokens[1:]))

    return parse


def _capacity(text: str | None) -> int | None:
    if text is None:
        return None
    if not re.fullmatch(r"\d{1,6}", text) or int(text) == 0:
        raise UserError("error-capacity", value=text)
    return int(text)


def parse_new_meeting(tokens: list[Token]) -> NewMeeting:
    options = split_options(
        tokens,
        {"at", "until", "zone", "place", "link", "rsvp-by", "capacity"},
        {"members-only"},
    )
    title = text_arg(_at(options.positional, 0), "error-missing-title", limits.TITLE)
    _no_extra(options.positional[1:])
    at = options.text("at")
    if at is None:
        raise UserError("error-missing-at")
    link = limits.check_length(options.text("link") or "", limits.LINK)
    if link and not re.fullmatch(r"https?://\S+", link):
        raise UserError("error-bad-link", link=link)
    place = limits.check_length(options.text("place") or "", limits.PLACE)
    return NewMeeting(
        title=title,
        at=at,
        until=options.text("until"),
        zone=options.text("zone"),
        place=place,
        link=link,
        members_only="members-only" in options.flags,
        rsvp_by=options.text("rsvp-by"),
        capacity=_capacity(options.text("capacity")),
    )


def _link(text: str) -> str:
    link = limits.check_length(text, limits.LINK)
    if link and not re.fullmatch(r"https?://\S+", link):
        raise UserError("error-bad-link", link=link)
    return link


def parse_update_meeting(tokens: list[Token]) -> UpdateMeeting:
    options = split_options(tokens, {"at", "until", "place", "link", "rsvp-by", "capacity"})
    meeting_id = meeting_ref(_at(options.positional, 0))
    _no_extra(options.positional[1:])
    if not options.values:
        raise UserError("error-nothing-to-change", id=f"M{meeting_id}")
    place = options.text("place")
    link = options.text("link")
    for keyword, value in (("place", place), ("link", link)):
        if value is not None and not has_visible_text(value):
            raise UserError("error-missing-value", keyword=keyword)
    return UpdateMeeting(
        meeting_id=meeting_id,
        at=options.text("at"),
        until=options.text("until"),
        place=limits.check_length(place, limits.PLACE) if place is not None else None,
        link=_link(link) if link is not None else None,
        capacity=_capacity(options.text("capacity")),
        rsvp_by=options.text("rsvp-by"),
    )


def parse_cancel_meeting(tokens: list[Token]) -> CancelMeeting:
    meeting_id = meeting_ref(_at(tokens, 0))
    _no_extra(tokens[2:])
    reason = tokens[1].text if len(tokens) > 1 else ""
    return CancelMeeting(meeting_id, limits.check_length(reason, limits.NOTE))


def parse_start_minutes(tokens: list[Token]) -> StartMinutes:
    """`M1`, or `"TITLE"` (quoted) for a meeting that was not planned."""
    first = _at(tokens, 0)
    _no_extra(tokens[1:])
    if first is not None and first.quoted:
        return StartMinutes(None, text_arg(first, "error-missing-title", limits.TITLE))
    return StartMinutes(meeting_ref(first), "")


def parse_end_minutes(tokens: list[Token]) -> EndMinutes:
    first = _at(tokens, 0)
    _no_extra(tokens[1:])
    return EndMinutes(meeting_ref(first) if first is not None else None)


MINUTES_FORMATS = ("md", "html")


def parse_export_minutes(tokens: list[Token]) -> ExportMinutes:
    meeting_id = meeting_ref(_at(tokens, 0))
    fmt = _at(tokens, 1)
    if fmt is None or fmt.text.lower() not in MINUTES_FORMATS:
        raise UserError("error-minutes-format")
    path = _at(tokens, 2)
    _no_extra(tokens[3:])
    return ExportMinutes(meeting_id, fmt.text.lower(), path.text if path else None)


def parse_announce_meeting(tokens: list[Token]) -> AnnounceMeeting:
    return AnnounceMeeting(meeting_ref(_at(tokens, 0)), _channels(tokens[1:]))


def parse_rsvp(tokens: list[Token]) -> AnswerRsvp:
    meeting_id = meeting_ref(_at(tokens, 0))
    choice = _at(tokens, 1)
    values = {c.value for c in RsvpChoice}
    if choice is None or choice.text.lower() not in values:
        raise UserError("error-rsvp-choice")
    _no_extra(tokens[2:])
    return AnswerRsvp(meeting_id, RsvpChoice(choice.text.lower()))


def parse_ics(tokens: list[Token]) -> MeetingCalendar:
    meeting_id = meeting_ref(_at(tokens, 0))
    path = _at(tokens, 1)
    _no_extra(tokens[2:])
    return MeetingCalendar(meeting_id, path.text if path else None)


def _owner(value: list[Token]) -> tuple[str | None, str]:
    if not value:
        raise UserError("error-missing-owner")
    user = user_ref(value[0])
    if user is not None:
        _no_extra(value[1:])
        return user, ""
    body = " ".join(t.text for t in value)
    if not has_visible_text(body):
        raise UserError("error-missing-owner")
    return None, limits.check_length(body, limits.OWNER_BODY)


def parse_add_action(tokens: list[Token]) -> AddAction:
    options = split_options(tokens, {"ref", "owner", "due", "meeting"}, single={"ref", "meeting"})
    positional, values = options.positional, options.values
    text = text_arg(_at(positional, 0), "error-missing-text", limits.ACTION_TEXT)
    _no_extra(positional[1:])
    ref = ""
    if "ref" in values:
        ref = _action_ref(values["ref"][0])
        _no_extra(values["ref"][1:])
    if "owner" not in values:
        raise UserError("error-missing-owner")
    owner_user, owner_body = _owner(values["owner"])
    meeting_id = None
    if "meeting" in values:
        meeting_id = meeting_ref(values["meeting"][0])
        _no_extra(values["meeting"][1:])
    return AddAction(ref, text, owner_user, owner_body, options.text("due"), meeting_id)


def _action_ref(token: Token) -> str:
    ref = token.text
    ref_pattern = rf"[\w.\-/]{{1,{limits.REF.max}}}"
    if not re.fullmatch(ref_pattern, ref) or re.fullmatch(r"(?i)a\d+", ref):
        raise UserError("error-bad-ref", ref=ref)
    return ref


EDIT_FIELDS = ("text", "owner", "due", "ref", "meeting")


def _is_none(tokens: list[Token]) -> bool:
    return len(tokens) == 1 and not tokens[0].quoted and tokens[0].text.casefold() == "none"


def parse_edit_action(tokens: list[Token]) -> EditAction:
    """`A1|REF text "TEXT"`, `owner @user|"BODY"`, `due WHEN|none`, `ref REF`, `meeting M1|none`."""
    action = _action_token(tokens)
    field_token = _at(tokens, 1)
    field = field_token.text.casefold() if field_token and not field_token.quoted else ""
    if field not in EDIT_FIELDS:
        raise UserError("error-edit-field")
    rest = tokens[2:]
    if not rest:
        raise UserError("error-missing-value", keyword=field)
    if field == "text":
        _no_extra(rest[1:])
        return EditAction(
            action, field, text=text_arg(rest[0], "error-missing-text", limits.ACTION_TEXT)
        )
    if field == "owner":
        owner_user, owner_body = _owner(rest)
        return EditAction(action, field, owner_user=owner_user, owner_body=owner_body)
    if field == "due":
        return EditAction(
            action, field, due=None if _is_none(rest) else " ".join(t.text for t in rest)
        )
    _no_extra(rest[1:])
    if field == "ref":
        return EditAction(action, field, ref=_action_ref(rest[0]))
    return EditAction(action, field, meeting_id=None if _is_none(rest) else meeting_ref(rest[0]))


ACTION_FILTERS = ("open", "mine", "overdue", "week", "all")


def parse_list_actions(tokens: list[Token]) -> ListActions:
    options = split_options(tokens, {"owner"})
    positional, values = options.positional, options.values
    action_filter = "open"
    if positional:
        action_filter = positional[0].text.lower()
        if action_filter not in ACTION_FILTERS:
            raise UserError("error-action-filter", value=positional[0].text)
        _no_extra(positional[1:])
    owner_user, owner_body = (None, None)
    if "owner" in values:
        owner_user, body = _owner(values["owner"])
        owner_body = body or None
    return ListActions(action_filter, owner_user, owner_body)


def _action_token(tokens: list[Token]) -> str:
    token = _at(tokens, 0)
    if token is None:
        raise UserError("error-missing-action")
    return token.text


def parse_show_action(tokens: list[Token]) -> ShowAction:
    action = _action_token(tokens)
    _no_extra(tokens[1:])
    return ShowAction(action)


def _note(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    note = " ".join(t.text for t in tokens)
    return limits.check_length(note, limits.NOTE)


def parse_update_action(tokens: list[Token]) -> UpdateAction:
    action = _action_token(tokens)
    if _at(tokens, 1) is None or tokens[1].text.lower() != "status":
        raise UserError("error-missing-status")
    status = _at(tokens, 2)
    values = {s.value for s in ActionStatus}
    if status is None or status.text.lower() not in values:
        raise UserError("error-bad-status", value=status.text if status else "")
    return UpdateAction(action, ActionStatus(status.text.lower()), _note(tokens[3:]))


def parse_done_action(tokens: list[Token]) -> UpdateAction:
    action = _action_token(tokens)
    return UpdateAction(action, ActionStatus.DONE, _note(tokens[1:]))


def parse_action_reminders(tokens: list[Token]) -> PreviewActionReminders:
    action = _action_token(tokens)
    _no_extra(tokens[1:])
    return PreviewActionReminders(action)


def _is_default(token: Token) -> bool:
    return not token.quoted and token.text.casefold() == "default"


def parse_action_remind(tokens: list[Token]) -> SetActionReminders:
    """`A1|REF OFFSETS`, `A1|REF default` or `default OFFSETS`."""
    first = _at(tokens, 0)
    if first is None:
        raise UserError("error-missing-action")
    rest = tokens[1:]
    if not rest:
        raise UserError("error-offsets", text="")
    if _is_default(first):
        return SetActionReminders(None, " ".join(t.text for t in rest))
    if len(rest) == 1 and _is_default(rest[0]):
        return SetActionReminders(first.text, "")
    return SetActionReminders(first.text, " ".join(t.text for t in rest))


def _optional_channel(tokens: list[Token]) -> str | None:
    _no_extra(tokens[1:])
    return channel_ref(tokens[0]) if tokens else None


def parse_digest_now(tokens: list[Token]) -> DigestNow:
    return DigestNow(_optional_channel(tokens))


def parse_digest_schedule(tokens: list[Token]) -> ScheduleDigest:
    channel = None
    if tokens and tokens[-1].text.startswith(("#", "<#")):
        channel = channel_ref(tokens[-1])
        tokens = tokens[:-1]
    options = split_options(tokens, {"zone"})
    if not options.positional:
        raise UserError("error-missing-schedule")
    schedule = " ".join(t.text for t in options.positional)
    return ScheduleDigest(schedule, options.text("zone"), channel)


def parse_digest_off(tokens: list[Token]) -> DigestOff:
    return DigestOff(_optional_channel(tokens))


SETTING_KEYS = ("tz", "language", "quiet", "organisation", "country", "group")
SETTING_LIMITS = {"organisation": limits.ORGANISATION, "country": limits.COUNTRY}


def parse_settings(tokens: list[Token]) -> ChangeSetting:
    if not tokens:
        return ChangeSetting("show", None)
    key = tokens[0].text.lower()
    if key not in SETTING_KEYS:
        raise UserError("error-setting-key", key=tokens[0].text, keys=", ".join(SETTING_KEYS))
    if len(tokens) < 2:
        raise UserError("error-missing-value", keyword=key)
    value = " ".join(t.text for t in tokens[1:])
    return ChangeSetting(key, limits.check_length(value, SETTING_LIMITS.get(key, limits.SETTING)))


def parse_role(tokens: list[Token]) -> GrantRole:
    token = _at(tokens, 0)
    user = user_ref(token) if token else None
    if user is None:
        raise UserError("error-missing-user")
    role = _at(tokens, 1)
    if role is None:
        raise UserError("error-missing-role")
    _no_extra(tokens[2:])
    return GrantRole(user, role.text.lower())


def parse_channel_setting(tokens: list[Token]) -> ChannelSetting:
    key = _at(tokens, 0)
    if key is None or key.text.lower() not in ("language", "members-only"):
        raise UserError("error-channel-key")
    value = _at(tokens, 1)
    if value is None:
        raise UserError("error-missing-value", keyword=key.text)
    _no_extra(tokens[2:])
    return ChannelSetting(key.text.lower(), value.text.lower())


def parse_when(tokens: list[Token]) -> ReadWhenCommand:
    if not tokens:
        raise UserError("error-when-missing")
    return ReadWhenCommand(" ".join(t.text for t in tokens))


def parse_help(tokens: list[Token]) -> Help:
    return Help(" ".join(t.text.lstrip("/!").lower() for t in tokens) or None)
