"""Minutes taken in a channel during a meeting: `/meeting start`, the `#topic`, `#info`,
`#agreed`, `#action`, `#link`, `#undo` and `#chair` lines, `/meeting end`, and the minutes as
a Markdown or HTML file. Each `#action` becomes an action of the register, numbered under the
agenda item in force (7.3.1, 7.3.2, …) and linked to the meeting."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from assistant import commands as c
from assistant.domain import limits
from assistant.domain.minutes import NoOwner, next_ref, read_action, read_line, split_topic
from assistant.domain.model import Action, Meeting, MinuteItem, MinuteKind, Person, Role
from assistant.messages import (
    CommandHint,
    Direct,
    FileOut,
    Mention,
    Message,
    Noted,
    Outgoing,
    UserError,
    UserText,
    When,
    msg,
)
from assistant.ports import Translator, UnitOfWork
from assistant.services import actions, reminders
from assistant.services.common import (
    Context,
    action_label,
    direct_to,
    markdown_text,
    meeting_id_text,
    mention,
    person_by_user,
    post_to,
    visible_meeting,
)
from assistant.services.meetings import DEFAULT_DURATION

ORGANISERS = (Role.SECRETARIAT, Role.CHAIR)
# Lines anyone in the channel may add; the others are the minutes' chair's (and organisers').
OPEN_TO_ALL = ("info", "link")
_URL = re.compile(r"(?i)https?://\S+")


# ---------------------------------------------------------------- finding the minutes


def running_here(uow: UnitOfWork, channel_id: str) -> Meeting | None:
    """The meeting whose minutes are being taken in `channel_id`, if any."""
    if not channel_id:
        return None
    found = uow.meetings.find(minutes_channel=channel_id, minutes_ended_at=None)
    return next((m for m in found if m.minutes_running), None)


def is_minutes_line(text: str) -> bool:
    return read_line(text) is not None


def _controls(ctx: Context, meeting: Meeting) -> bool:
    return ctx.actor.id == meeting.minutes_chair_id or ctx.actor.role in ORGANISERS


def _chair_of(ctx: Context, meeting: Meeting) -> Person | None:
    return ctx.uow.people.get(meeting.minutes_chair_id) if meeting.minutes_chair_id else None


# ---------------------------------------------------------------- start and end


def start(ctx: Context, cmd: c.StartMinutes) -> list[Outgoing]:
    """Begin (or resume) the minutes of a meeting in the channel where this was typed."""
    channel_id = ctx.channel.channel_id
    if not channel_id:
        raise UserError("error-minutes-no-channel")
    here = running_here(ctx.uow, channel_id)
    if here is not None:
        raise UserError(
            "error-minutes-running",
            id=meeting_id_text(here),
            end=CommandHint("meeting end"),
        )
    if cmd.meeting_id is not None:
        meeting = visible_meeting(ctx, cmd.meeting_id)
        if meeting.cancelled:
            raise UserError("error-meeting-cancelled", id=meeting_id_text(meeting))
        if meeting.minutes_running:
            raise UserError(
                "error-minutes-elsewhere",
                id=meeting_id_text(meeting),
                channel=meeting.minutes_channel,
            )
    else:
        meeting = ctx.uow.meetings.add(
            Meeting(
                title=cmd.title,
                starts_at=ctx.now,
                ends_at=ctx.now + DEFAULT_DURATION,
                zone=ctx.actor.tz,
                # Unplanned in a members-only channel: as private as the channel.
                members_only=ctx.channel.members_only,
                created_by=ctx.actor.id or 0,
                created_at=ctx.now,
            )
        )
    if meeting.members_only and not ctx.channel.members_only:
        # Everyone in the channel would read them as they are taken.
        raise UserError("error-minutes-members-only", id=meeting_id_text(meeting))
    moved = meeting.minutes_channel != channel_id
    meeting.minutes_channel = channel_id
    meeting.minutes_chair_id = ctx.actor.id
    meeting.minutes_started_at = meeting.minutes_started_at or ctx.now
    meeting.minutes_ended_at = None
    ctx.uow.meetings.save(meeting)
    if moved:
        # Bodies that own the meeting's actions are reminded where its minutes are taken.
        for action in ctx.uow.actions.find(meeting_id=meeting.id):
            reminders.replan_action(ctx, action)
    return [
        post_to(
            ctx.channel,
            msg(
                "minutes-started",
                id=meeting_id_text(meeting),
                title=UserText(meeting.title),
                chair=mention(ctx.actor),
                end=CommandHint("meeting end"),
            ),
        )
    ]


def end(ctx: Context, cmd: c.EndMinutes) -> list[Outgoing]:
    """End the minutes: they are posted in the channel, and the organiser gets them as a
    Markdown file."""
    if cmd.meeting_id is not None:
        meeting = visible_meeting(ctx, cmd.meeting_id)
        if not meeting.minutes_running:
            raise UserError("error-minutes-not-running", id=meeting_id_text(meeting))
    else:
        found = running_here(ctx.uow, ctx.channel.channel_id)
        if found is None:
            raise UserError("error-minutes-none-here", start=CommandHint("meeting start M1"))
        meeting = found
    if not _controls(ctx, meeting):
        raise _only_chair(ctx, meeting, "/meeting end")
    meeting.minutes_ended_at = ctx.now
    ctx.uow.meetings.save(meeting)
    channel = ctx.uow.channels.find(platform=ctx.actor.platform, channel_id=meeting.minutes_channel)
    out: list[Outgoing] = []
    if channel:
        out.append(post_to(channel[0], *minutes_lines(ctx.uow, meeting)))
    organiser = ctx.uow.people.get(meeting.created_by)
    if organiser is not None:
        out.append(_file_for(ctx, meeting, organiser))
    return out


def _file_for(ctx: Context, meeting: Meeting, organiser: Person) -> Direct:
    """The minutes as a Markdown file, in the organiser's language, by direct message."""
    mid = meeting_id_text(meeting)
    filename = f"{mid}-minutes.md"
    text = "".join(_document(ctx.translator, ctx.uow, meeting, organiser, "md"))
    line = msg("minutes-file-sent", id=mid, title=UserText(meeting.title), path=filename)
    return replace(direct_to(organiser, line), file=FileOut(filename=filename, content=text))


def export(ctx: Context, cmd: c.ExportMinutes) -> list[Outgoing]:
    """`/meeting minutes M1 md|html [PATH]`: the minutes as a file, for whoever may see the
    meeting (a members-only meeting's minutes are members-only too)."""
    meeting = visible_meeting(ctx, cmd.meeting_id)
    mid = meeting_id_text(meeting)
    if meeting.minutes_started_at is None:
        raise UserError("error-minutes-never-taken", id=mid)
    reader = ctx.actor
    translator = ctx.translator

    def pieces(uow: UnitOfWork) -> Iterator[str]:
        return _document(translator, uow, meeting, reader, cmd.format)

    filename = f"{mid}-minutes.{cmd.format}"
    line = msg("minutes-export-ready", id=mid, format=cmd.format, path=cmd.path or filename)
    return [ctx.file_reply(line, FileOut(filename, ctx.file_text(pieces), cmd.path))]


def _only_chair(ctx: Context, meeting: Meeting, what: str) -> UserError:
    chair = _chair_of(ctx, meeting)
    return UserError(
        "error-minutes-control",
        what=what,
        chair=mention(chair) if chair else "?",
    )


# ---------------------------------------------------------------- lines of minutes


def record(ctx: Context, text: str) -> list[Outgoing]:
    """A line typed in a channel: recorded if it is a line of minutes and minutes are being
    taken there; nothing otherwise (and nothing is stored)."""
    line = read_line(text)
    meeting = running_here(ctx.uow, ctx.channel.channel_id)
    if line is None or meeting is None:
        return []
    if line.keyword not in OPEN_TO_ALL and not _controls(ctx, meeting):
        raise _only_chair(ctx, meeting, f"#{line.keyword}")
    if line.keyword == "undo":
        return _undo(ctx, meeting)
    if line.keyword == "chair":
        return _hand_over(ctx, meeting, line.rest)
    kind = MinuteKind(line.keyword)
    topic = _topic_in_force(ctx.uow, meeting)
    item = MinuteItem(
        meeting_id=meeting.id or 0,
        kind=kind,
        topic=topic,
        text="",
        person_id=ctx.actor.id or 0,
        at=ctx.now,
    )
    out: list[Outgoing] = []
    if kind == MinuteKind.TOPIC:
        item.topic, item.text = split_topic(line.rest)
        if not item.topic and not item.text:
            raise UserError("error-minutes-empty", kind="topic", example="#topic 7.3 Actions")
        limits.check_length(item.text, limits.TITLE)
    elif kind == MinuteKind.LINK:
        url, _, rest = line.rest.partition(" ")
        if not _URL.fullmatch(url):
            raise UserError("error-minutes-link")
        item.url = limits.check_length(url, limits.LINK)
        item.text = limits.check_length(rest.strip(), limits.TITLE)
    elif kind == MinuteKind.ACTION:
        action = _new_action(ctx, meeting, topic, line.rest)
        item.action_id, item.text = action.id, action.text
        out.append(
            ctx.reply(
                msg("minutes-action-recorded", id=action_label(action)),
                actions.action_line(action, actions.owners_of(ctx, [action]), ctx.now),
            )
        )
        out += actions.tell_owner(ctx, action)
    else:
        if not c.has_visible_text(line.rest):
            raise UserError("error-minutes-empty", kind=line.keyword, example=f"#{line.keyword} …")
        item.text = limits.check_length(line.rest, limits.NOTE)
    ctx.uow.minute_items.add(item)
    ack = () if out else (msg("minutes-recorded", kind=line.keyword),)
    return [Noted(ack, ctx.actor.language, ctx.actor.tz), *out]


def _topic_in_force(uow: UnitOfWork, meeting: Meeting) -> str:
    topics = [i for i in uow.minute_items.find(meeting_id=meeting.id) if i.kind == MinuteKind.TOPIC]
    return topics[-1].topic if topics else ""


def _new_action(ctx: Context, meeting: Meeting, topic: str, rest: str) -> Action:
    try:
        parts = read_action(rest)
    except NoOwner:
        raise UserError("error-minutes-owner") from None
    owner_user = None if parts.owner_quoted else c.user_ref(c.Token(parts.owner))
    if owner_user is None and not parts.owner_quoted:
        raise UserError("error-minutes-owner")
    if not c.has_visible_text(parts.text):
        raise UserError("error-minutes-owner")
    ref = next_ref(topic, ctx.uow.actions.refs_under(f"{topic}.")) if topic else ""
    return actions.record(
        ctx,
        ref=ref,
        text=limits.check_length(parts.text, limits.ACTION_TEXT),
        owner=person_by_user(ctx, owner_user) if owner_user else None,
        owner_body="" if owner_user else limits.check_length(parts.owner, limits.OWNER_BODY),
        due=parts.due,
        meeting_id=meeting.id,
    )


def _undo(ctx: Context, meeting: Meeting) -> list[Outgoing]:
    items = ctx.uow.minute_items.find(meeting_id=meeting.id)
    if not items:
        raise UserError("error-minutes-undo-nothing")
    last = items[-1]
    ctx.uow.minute_items.delete(last)
    if last.action_id is not None:
        actions.withdraw(ctx, last.action_id)
    removed = msg("minutes-undone", kind=last.kind.value, text=UserText(_short(last)))
    return [Noted((removed,), ctx.actor.language, ctx.actor.tz)]


def _short(item: MinuteItem) -> str:
    parts = (item.topic, item.text) if item.kind == MinuteKind.TOPIC else (item.url, item.text)
    text = " ".join(p for p in parts if p)
    return text if len(text) <= 80 else text[:79] + "…"


def _hand_over(ctx: Context, meeting: Meeting, rest: str) -> list[Outgoing]:
    words = rest.split()
    user = c.user_ref(c.Token(words[0])) if len(words) == 1 else None
    if user is None:
        raise UserError("error-minutes-chair")
    chair = person_by_user(ctx, user)
    if not chair.is_member:
        raise UserError("error-minutes-chair-role", user=mention(chair))
    meeting.minutes_chair_id = chair.id
    ctx.uow.meetings.save(meeting)
    line = msg("minutes-chair", user=mention(chair), id=meeting_id_text(meeting))
    return [Noted((line,), ctx.actor.language, ctx.actor.tz)]


# ---------------------------------------------------------------- the minutes as text


def minutes_lines(uow: UnitOfWork, meeting: Meeting) -> list[Message]:
    """The minutes as lines of a message: a heading, then each item in the order typed."""
    heading, entries = _entries(uow, meeting)
    if not entries:
        return [heading, msg("minutes-nothing")]
    return [heading, *(line for _, line in entries)]


def _entries(uow: UnitOfWork, meeting: Meeting) -> tuple[Message, list[tuple[MinuteKind, Message]]]:
    """The heading of the minutes, and each item's kind and line."""
    items = uow.minute_items.find(meeting_id=meeting.id)
    linked = {a.id: a for a in uow.actions.find_in("id", {i.action_id for i in items})}
    people = {
        p.id or 0: p
        for p in uow.people.find_in(
            "id",
            {i.person_id for i in items}
            | {a.owner_person_id for a in linked.values()}
            | {meeting.minutes_chair_id},
        )
    }
    chair = people.get(meeting.minutes_chair_id or 0)
    heading = msg(
        "minutes-header",
        id=meeting_id_text(meeting),
        title=UserText(meeting.title),
        started=When(meeting.minutes_started_at or meeting.starts_at, meeting.zone),
        chair=mention(chair) if chair else "?",
    )
    return heading, [
        (item.kind, _item_line(item, linked.get(item.action_id), people)) for item in items
    ]


def _item_line(item: MinuteItem, action: Action | None, people: dict[int, Person]) -> Message:
    author = people.get(item.person_id)
    by: Mention | str = mention(author) if author else "?"
    if item.kind == MinuteKind.TOPIC:
        return msg(
            "minutes-topic",
            number=item.topic,
            has_number="yes" if item.topic else "no",
            title=UserText(item.text),
        )
    if item.kind == MinuteKind.LINK:
        return msg("minutes-link", url=UserText(item.url), text=UserText(item.text), user=by)
    if item.kind == MinuteKind.ACTION and action is not None:
        return msg(
            "minutes-action",
            id=action_label(action),
            text=UserText(action.text),
            owner=actions.owner_arg(action, people),
            due=When(action.due_at, action.due_zone) if action.due_at else "",
            has_due="yes" if action.due_at else "no",
        )
    if item.kind == MinuteKind.AGREED:
        return msg("minutes-agreed", text=UserText(item.text), user=by)
    return msg("minutes-info", text=UserText(item.text), user=by)


def _document(
    translator: Translator, uow: UnitOfWork, meeting: Meeting, reader: Person, fmt: str
) -> Iterator[str]:
    """The minutes as a Markdown or HTML document in the reader's language and zone: each
    topic a heading, the items under it a list."""
    heading, entries = _entries(uow, meeting)
    escape: Callable[[str], str] = _md if fmt == "md" else _html
    texts = translator.document(
        [heading, *(line for _, line in entries)], reader.language, reader.tz, escape
    )
    kinds = [kind for kind, _ in entries]
    if fmt == "md":
        yield f"# {texts[0]}\n"
        listing = False
        for kind, text in zip(kinds, texts[1:], strict=True):
            if kind == MinuteKind.TOPIC:
                yield f"\n## {text}\n"
                listing = False
            else:
                yield f"{'' if listing else chr(10)}- {text}\n"
                listing = True
        return
    rtl = ' dir="rtl"' if reader.language in RTL_LANGUAGES else ""
    yield f'<!DOCTYPE html>\n<html lang="{reader.language}"{rtl}>\n<head>\n'
    yield f'<meta charset="utf-8">\n<title>{texts[0]}</title>\n</head>\n<body>\n'
    yield f"<h1>{texts[0]}</h1>\n"
    listing = False
    for kind, text in zip(kinds, texts[1:], strict=True):
        if kind == MinuteKind.TOPIC:
            yield ("</ul>\n" if listing else "") + f"<h2>{text}</h2>\n"
            listing = False
        else:
            yield ("" if listing else "<ul>\n") + f"<li>{text}</li>\n"
            listing = True
    yield ("</ul>\n" if listing else "") + "</body>\n</html>\n"


RTL_LANGUAGES = ("ar",)


def _md(value: str) -> str:
    """Typed text in Markdown: no headings, links, images, HTML or tables of its own; its
    line breaks kept (within the list item it belongs to)."""
    lines = (markdown_text(line) for line in value.split("\n"))
    return "  \n  ".join(line for line in lines if line)


def _html(value: str) -> str:
    """Typed text in HTML: escaped, its line breaks kept."""
    return html.escape(value).replace("\n", "<br>\n")
