"""The Matrix adapter on matrix-nio: `!` commands in rooms and direct chats, RSVP by reaction,
lines of minutes (`#agreed …`) in rooms, guided answers by direct message, sends de-duplicated
by transaction id."""

from __future__ import annotations

import asyncio
import html
import json
import logging
import mimetypes
import re
import tempfile
import threading
from collections.abc import Callable, Coroutine
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any, BinaryIO, TypeVar
from urllib.parse import unquote

from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LoginResponse,
    MatrixRoom,
    ReactionEvent,
    RoomCreateResponse,
    RoomMessageText,
    RoomSendResponse,
    UploadResponse,
)
from nio.api import RoomPreset

from assistant import commands as c
from assistant.dispatch import Assistant, Incoming, Profile
from assistant.domain.model import Role, RsvpChoice
from assistant.messages import (
    Audience,
    Direct,
    Edit,
    FileOut,
    Mention,
    Message,
    Noted,
    Outgoing,
    Post,
    Reply,
    msg,
)
from assistant.ports import Undelivered
from assistant.runtime.i18n import FluentTranslator, Renderer
from handlers.split import split_text

log = logging.getLogger(__name__)

PLATFORM = "matrix"
PREFIX = "!"
# Agreed emoji for answering a meeting announcement by reaction.
RSVP_REACTIONS = {
    "✅": RsvpChoice.IN_PERSON,
    "🏢": RsvpChoice.IN_PERSON,
    "💻": RsvpChoice.REMOTE,
    "❌": RsvpChoice.NO,
}
# A whole event (content, envelope, signatures) may take 65,536 bytes of JSON; the content,
# its text twice (body and HTML), keeps to half of that.
MAX_CONTENT_BYTES = 32_768
DM_KEY = "dm-room"
# A message starting with this may be a line of minutes (`#topic 7.3 …`): the assistant decides.
MINUTES_MARK = "#"
# The reaction that says a line of minutes was taken.
NOTED_KEY = "✅"
# Types of the files the assistant sends that a bare system may not know (no /etc/mime.types).
# Types of the files the assistant makes, where the system's mime.types (absent from slim
# images) would not say.
_FILE_TYPES = {
    ".md": "text/markdown",
    ".ics": "text/calendar",
    ".html": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
T = TypeVar("T")


def escape(text: str) -> str:
    """Typed text never pings the whole room: `@room` gets a word joiner after its `@`."""
    return re.sub(r"@room\b", "@\u2060room", text, flags=re.IGNORECASE)


def parse_power_roles(text: str) -> list[tuple[int, Role]]:
    """`100:secretariat,50:chair` → highest level first."""
    pairs: list[tuple[int, Role]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        level, _, role = part.partition(":")
        pairs.append((int(level), Role(role.strip())))
    return sorted(pairs, reverse=True)


def to_html(text: str, heading: bool = True) -> str:
    """Escaped HTML; the first line is a heading unless the text continues an earlier part."""
    lines = [html.escape(line) for line in text.split("\n")]
    if heading and len(lines) > 1:
        lines[0] = f"<strong>{lines[0]}</strong>"
    return "<br/>".join(lines)


def _content(text: str, heading: bool = True) -> dict[str, Any]:
    return {
        "msgtype": "m.notice",
        "body": text,
        "format": "org.matrix.custom.html",
        "formatted_body": to_html(text, heading),
    }


def _edit_content(event_id: str, text: str) -> dict[str, Any]:
    new = _content(text)
    return {
        **new,
        "body": f"* {text}",
        "m.new_content": new,
        "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
    }


def _size(content: dict[str, Any]) -> int:
    """Bytes of the content as the homeserver counts them (UTF-8 JSON, not ASCII-escaped)."""
    return len(json.dumps(content, ensure_ascii=False).encode())


def _chunks(text: str, content: Callable[[str], dict[str, Any]]) -> list[str]:
    """`text` in pieces whose event content stays within MAX_CONTENT_BYTES; nothing cut."""
    if not text:
        return [text]
    # Every character is at least one byte in the body and one in the HTML.
    return split_text(
        text, lambda piece: _size(content(piece)) <= MAX_CONTENT_BYTES, MAX_CONTENT_BYTES // 2
    )


class MatrixAdapter:
    """A bot account on a homeserver; the event loop runs in its own thread."""

    def __init__(
        self,
        assistant: Assistant,
        translator: FluentTranslator,
        homeserver: str,
        user_id: str,
        *,
        access_token: str = "",
        password: str = "",
        device_id: str = "CONSULTATION_ASSISTANT",
        power_roles: list[tuple[int, Role]] | None = None,
    ) -> None:
        self.assistant = assistant
        self.renderer = Renderer(
            translator, mention=lambda m: m.user_id, escape=escape, command=lambda t: f"!{t}"
        )
        self.password = password
        self.power_roles = power_roles or []
        self.client = AsyncClient(
            homeserver,
            user_id,
            device_id=device_id,
            config=AsyncClientConfig(store_sync_tokens=False, encryption_enabled=False),
        )
        if access_token:
            self.client.access_token = access_token
        self.loop = asyncio.new_event_loop()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopping = False

    # ------------------------------------------------------------ lifecycle

    def start(self, timeout: float = 30.0) -> None:
        """Log in, skip the history, then follow the homeserver in a background thread."""
        self._thread = threading.Thread(target=self._run, name="matrix", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the Matrix client did not become ready")

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._main())

    async def _main(self) -> None:
        if self.password:
            login = await self.client.login(self.password, device_name="consultation assistant")
            if not isinstance(login, LoginResponse):
                log.error("Matrix login failed: %s", login)
                self._ready.set()
                return
        # The first sync only catches up: commands sent while the bot was away are not replayed.
        await self.client.sync(timeout=0, full_state=True)
        await self._join_pending_invites()
        self.client.add_event_callback(self._on_invite, InviteMemberEvent)
        self.client.add_event_callback(self._on_message, RoomMessageText)
        self.client.add_event_callback(self._on_reaction, ReactionEvent)
        self._ready.set()
        while not self._stopping:
            await self.client.sync(timeout=1000)

    async def _join_pending_invites(self) -> None:
        for room_id in list(self.client.invited_rooms):
            await self.client.join(room_id)

    def stop(self) -> None:
        self._stopping = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.loop.run_until_complete(self.client.close())
        # Closing the loop releases its sockets and the executor threads of the handlers.
        self.loop.run_until_complete(self.loop.shutdown_default_executor())
        self.loop.close()

    def _call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        """Run a coroutine on the client's loop from another thread (scheduler, tests)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    # ------------------------------------------------------------ events

    async def _on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == self.client.user_id and event.membership == "invite":
            await self.client.join(room.room_id)

    def _incoming(
        self, room: MatrixRoom, sender: str, text: str, is_command: bool, event_id: str
    ) -> Incoming:
        """What `sender` said; the event id de-duplicates it: after a restart Synapse may answer
        the first sync from its response cache, with a token from before events already done."""
        return Incoming(
            platform=PLATFORM,
            user_id=sender,
            channel_id=room.room_id,
            text=text,
            is_command=is_command,
            profile=Profile(display_name=room.user_name(sender) or ""),
            role_floor=self._role_from_power(room, sender),
            key=f"matrix-event:{event_id}",
        )

    def _role_from_power(self, room: MatrixRoom, sender: str) -> Role | None:
        level = room.power_levels.get_user_level(sender)
        for threshold, role in self.power_roles:
            if level >= threshold:
                return role
        return None

    async def _on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == self.client.user_id or _is_edit(event):
            # An edit arrives as a new message ("* new text"): taking it as one would run a
            # command or record a line twice.
            return
        # Only the ends are trimmed: a line of minutes or an answer may span several lines.
        body = _with_mentions_as_ids(event, _without_reply_fallback(event)).strip()
        direct = room.member_count <= 2
        text, is_command = body, False
        if body.startswith(PREFIX):
            text, is_command = body[len(PREFIX) :], True
        else:
            names = [self.client.user_id, room.user_name(self.client.user_id) or ""]
            pattern = "|".join(re.escape(name) for name in names if name)
            # The name as a whole word: "assistants are…" is chatter, not a command.
            mention = re.match(rf"^\s*(?:{pattern})(?![\w-])\s*:?\s*", body)
            if mention and mention.group(0).strip():
                text, is_command = body[mention.end() :], True
            elif not direct:
                if body.startswith(MINUTES_MARK):
                    await self._take_minutes(room, event, body)
                return  # other room chatter is not for the assistant: not even looked up
        incoming = self._incoming(room, event.sender, text, is_command, event.event_id)
        items = await self.loop.run_in_executor(None, self.assistant.handle, incoming)
        await self._answer(items, room, event.sender, event.event_id)

    async def _take_minutes(self, room: MatrixRoom, event: RoomMessageText, body: str) -> None:
        """A room message that may be a line of minutes. The assistant decides whether it is one
        and whether minutes are running here; if not (None), nothing is stored or answered."""
        incoming = self._incoming(room, event.sender, body, False, event.event_id)
        items = await self.loop.run_in_executor(None, self.assistant.take_minutes, incoming)
        if items is not None:
            await self._answer(items, room, event.sender, event.event_id)

    async def _on_reaction(self, room: MatrixRoom, event: ReactionEvent) -> None:
        choice = RSVP_REACTIONS.get(event.key.replace("\ufe0f", ""))
        # The bot's own reactions (✅ on lines of minutes it took) are never an RSVP.
        if choice is None or event.sender == self.client.user_id:
            return
        key = await self.loop.run_in_executor(
            None, self.assistant.posted_key, PLATFORM, room.room_id, event.reacts_to
        )
        if not key or not key.startswith("meeting:"):
            return
        meeting = int(key.split(":", 1)[1])
        incoming = self._incoming(room, event.sender, f"rsvp {choice.value}", True, event.event_id)
        command = c.AnswerRsvp(meeting, choice)
        items = await self.loop.run_in_executor(
            None, self.assistant.execute, incoming, ("meeting", "rsvp"), command
        )
        await self._answer(items, room, event.sender)

    # ------------------------------------------------------------ sending

    def send(self, item: Outgoing) -> None:
        self._call(self._send_item(item))

    def was_sent(self, item: Outgoing) -> bool:
        # Sends reuse the row's key as transaction id: the homeserver drops a repeat.
        return False

    async def _answer(
        self, items: list[Outgoing], room: MatrixRoom, asker: str, source: str = ""
    ) -> None:
        """Deliver what a request produced. A reply stays in the room only if its audience is
        the room or the room is the asker's direct chat; anything else goes to their direct
        chat, and the room is told where the answer went (once, in the asker's language).

        `Noted` becomes a ✅ reaction on `source`, the event that was taken. Then the room
        needs no word about a reply that went to the direct chat (the read-back of an
        `#action`): the reaction already says the line was taken, and a notice per line of
        minutes would bury the meeting's own messages. A refused line has no reaction, so
        there the room still gets the one-line pointer, or its author would see nothing."""
        shared = room.member_count > 2
        moved: Reply | None = None
        noted = False
        for item in items:
            try:
                if isinstance(item, Noted):
                    noted = True
                    await self._react(room.room_id, source, NOTED_KEY)
                elif not isinstance(item, Reply):
                    await self._send_item(item)
                elif not shared or item.audience is Audience.ROOM:
                    await self._send_reply(room.room_id, item)
                else:
                    await self._send_reply(await self.dm_room(asker), item)
                    moved = item
            except Exception:
                log.exception("Matrix delivery of %s failed", type(item).__name__)
                if isinstance(item, Reply) and shared and item.audience is not Audience.ROOM:
                    # Never fall back to the room: say so there instead.
                    note = msg("error-direct-chat", user=Mention(asker))
                    await self._send_note(room.room_id, note, item)
        if moved is not None and not noted:
            await self._send_note(
                room.room_id, msg("reply-moved-to-direct", user=Mention(asker)), moved
            )

    async def _react(self, room_id: str, event_id: str, key: str) -> None:
        """An annotation on an event. Its transaction id comes from the event, so the same
        event noted again (a retried request) gets one reaction, not two."""
        if not event_id:
            return  # nothing to react to: the request did not come from an event
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        response = await self.client.room_send(
            room_id, "m.reaction", content, tx_id=f"noted.{event_id}"
        )
        if not isinstance(response, RoomSendResponse):
            raise _undelivered(response)

    async def _send_note(self, room_id: str, line: Message, like: Reply) -> None:
        try:
            await self._send_text(room_id, self.renderer.render((line,), like.locale, like.tz), "")
        except Exception:
            log.exception("Matrix notice to %s failed", room_id)

    async def _send_reply(self, room_id: str, item: Reply) -> None:
        await self._send_text(room_id, self.renderer.render(item.lines, item.locale, item.tz), "")
        if item.file is not None:
            await self._send_file(room_id, item.file)

    async def _send_file(self, room_id: str, file: FileOut) -> None:
        """A file as a Matrix attachment (`m.file`) in the room, uploaded to the media store.

        The text goes through a temporary file, which nio uploads piece by piece: an export of
        any size never sits whole in memory.
        """
        with tempfile.TemporaryFile() as spooled:
            # An export is read from the database as it is written: not on the event loop.
            size = await self.loop.run_in_executor(None, _spool, file, spooled)

            def rewound(_got_429: int, _timeouts: int) -> BinaryIO:
                spooled.seek(0)  # a retried upload starts again from the beginning
                return spooled

            mimetype = (
                mimetypes.guess_type(file.filename)[0]
                or _FILE_TYPES.get(PurePath(file.filename).suffix.lower())
                or "application/octet-stream"
            )
            # Only text has a character set; a DOCX report is bytes of its own type.
            charset = "" if file.binary else "; charset=utf-8"
            uploaded, _ = await self.client.upload(
                rewound,
                content_type=f"{mimetype}{charset}",
                filename=file.filename,
                filesize=size,
            )
        if not isinstance(uploaded, UploadResponse):
            raise _undelivered(uploaded)
        content = {
            "msgtype": "m.file",
            "body": file.filename,
            "filename": file.filename,
            "url": uploaded.content_uri,
            "info": {"mimetype": mimetype, "size": size},
        }
        response = await self.client.room_send(room_id, "m.room.message", content)
        if not isinstance(response, RoomSendResponse):
            raise _undelivered(response)

    async def _send_item(self, item: Outgoing) -> None:
        if isinstance(item, Reply | Noted):
            return  # these exist only inside a request, answered by `_answer`
        text = self.renderer.render(item.lines, item.locale, item.tz)
        if isinstance(item, Post):
            event_ids = await self._send_text(item.channel_id, text, item.key)
            if item.key:
                for event_id in event_ids:
                    await self.loop.run_in_executor(
                        None,
                        self.assistant.remember_post,
                        item.key,
                        PLATFORM,
                        item.channel_id,
                        event_id,
                    )
            await self._sync_members(item.channel_id)
        elif isinstance(item, Direct):
            room = await self.dm_room(item.user_id)
            await self._send_text(room, text, item.key)
            if item.file is not None:
                await self._send_file(room, item.file)
        elif isinstance(item, Edit):
            posted = await self.loop.run_in_executor(
                None, self.assistant.posted, item.key, PLATFORM, item.channel_id
            )
            for event_id in posted:
                await self._edit(item.channel_id, event_id, text)

    async def _send_text(self, room_id: str, text: str, key: str) -> list[str]:
        event_ids = []
        for part, chunk in enumerate(_chunks(text, _content)):
            # A stable transaction id makes a resend after a crash a no-op on the homeserver.
            tx_id = f"{key}.{part}" if key else None
            response = await self.client.room_send(
                room_id, "m.room.message", _content(chunk, heading=part == 0), tx_id=tx_id
            )
            if not isinstance(response, RoomSendResponse):
                raise _undelivered(response)
            event_ids.append(response.event_id)
        return event_ids

    async def _edit(self, room_id: str, event_id: str, text: str) -> None:
        """Replace an event's text; an edit carries it twice, so what does not fit in one
        edit follows as new messages rather than being cut."""
        first, *rest = _chunks(text, lambda piece: _edit_content(event_id, piece))
        await self.client.room_send(room_id, "m.room.message", _edit_content(event_id, first))
        for chunk in rest:
            await self.client.room_send(room_id, "m.room.message", _content(chunk, heading=False))

    async def _sync_members(self, room_id: str) -> None:
        """The people of a room are the audience of what is announced there, whether or not
        they ever spoke to the assistant (as the Slack adapter does with channel members)."""
        room = self.client.rooms.get(room_id)
        if room is None:
            return
        joined = [
            user_id
            for user_id in room.users
            if user_id not in room.invited_users and user_id != self.client.user_id
        ]
        await self.loop.run_in_executor(
            None, self.assistant.sync_members, PLATFORM, room_id, joined
        )

    async def dm_room(self, user_id: str) -> str:
        """The direct chat with a person, created once and remembered in the database."""
        known = await self.loop.run_in_executor(
            None, self.assistant.posted, DM_KEY, PLATFORM, user_id
        )
        if known:
            return str(known[0])
        created = await self.client.room_create(
            is_direct=True, invite=[user_id], preset=RoomPreset.trusted_private_chat
        )
        if not isinstance(created, RoomCreateResponse):
            raise _undelivered(created)
        await self.loop.run_in_executor(
            None, self.assistant.remember_post, DM_KEY, PLATFORM, user_id, created.room_id
        )
        return str(created.room_id)


def _without_reply_fallback(event: RoomMessageText) -> str:
    """The body of a reply without the quote of the message it answers (`> <@a:hs> …` and a
    blank line, which clients put first): what its author typed."""
    content = event.source.get("content")
    relation = content.get("m.relates_to") if isinstance(content, dict) else None
    body = str(event.body)
    if not (isinstance(relation, dict) and "m.in_reply_to" in relation):
        return body
    lines = body.split("\n")
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    if lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


class _Pills(HTMLParser):
    """The mentions (`<a href="https://matrix.to/#/@lena:hs">Lena</a>`) of a formatted body,
    in order: (the text shown, the user id)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._user: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        user = re.fullmatch(r"https://matrix\.to/#/(@[^/?]+:[^/?]+)(?:\?.*)?", href)
        if tag == "a" and user:
            self._user, self._text = unquote(user.group(1)), ""

    def handle_data(self, data: str) -> None:
        if self._user is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._user is not None:
            self.found.append((self._text, self._user))
            self._user = None


def _with_mentions_as_ids(event: RoomMessageText, body: str) -> str:
    """The body with each mention pill's shown name (clients write "Lena" in the plain body)
    replaced by the user id the pill links to (`@lena:hs`), as the command grammar reads
    people: `#action Lena …` typed with a pill is `#action @lena:hs …`."""
    formatted = getattr(event, "formatted_body", None)
    if not formatted or "matrix.to" not in formatted:
        return body
    pills = _Pills()
    pills.feed(formatted)
    at = 0
    for shown, user in pills.found:
        where = body.find(shown, at) if shown else -1
        if where < 0:
            continue
        body = body[:where] + user + body[where + len(shown) :]
        at = where + len(user)
    return body


def _is_edit(event: RoomMessageText) -> bool:
    content = event.source.get("content")
    relation = content.get("m.relates_to") if isinstance(content, dict) else None
    return isinstance(relation, dict) and relation.get("rel_type") == "m.replace"


# What the homeserver's refusals mean in the words the delivery report uses (Slack's codes).
_MATRIX_CODES = {"M_FORBIDDEN": "not_in_channel", "M_NOT_FOUND": "channel_not_found"}


def _undelivered(response: Any) -> Undelivered:
    """A refusal the homeserver explained (`M_FORBIDDEN`, `M_LIMIT_EXCEEDED`, …): the message
    did not get through, so the next try sends it again without looking for it first."""
    code = str(getattr(response, "status_code", "") or "M_UNKNOWN")
    return Undelivered(_MATRIX_CODES.get(code, code), str(getattr(response, "message", "") or ""))


def _spool(file: FileOut, out: BinaryIO) -> int:
    """Write the file to `out` (text as UTF-8); its size in bytes."""
    if file.binary:
        out.write(file.data())
        return out.tell()
    for chunk in file.chunks():
        out.write(chunk.encode("utf-8"))
    return out.tell()
