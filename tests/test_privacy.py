"""Who sees what: every command of the command table × every role, delivered through every
platform's adapter from a shared channel; nothing meant for the asker alone reaches the room.

The commands run against the prepared state of test_permissions (an open round R1, the IGF
Riyadh meeting M1, action 7.3.1), each case on its own copy of the database. What the
assistant produced is then handed to the console, the Slack adapter (Web API stand-in) and
the Matrix adapter (a recording client in place of the homeserver connection; the real
Synapse runs in test_matrix), and what each platform received is compared with it.
"""

from __future__ import annotations

import asyncio
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from nio import RoomCreateResponse, RoomSendResponse, UploadResponse

from assistant.dispatch import COMMANDS, Incoming
from assistant.messages import Audience, Outgoing, Post, Reply
from assistant.runtime.i18n import Renderer
from handlers.console.adapter import ConsoleAdapter
from handlers.matrix.app import MatrixAdapter
from handlers.slack.app import SlackAdapter
from handlers.slack.render import messages
from tests.slack_standin import SlackStandIn
from tests.support import TRANSLATOR, chat_on_copy, template_database
from tests.test_permissions import INVOCATION, ROLES, SPEAKER, WG, prepare

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template_database(tmp_path_factory, "privacy", prepare)


@dataclass(frozen=True)
class Played:
    """One command said in the shared channel by one role, and what the assistant produced."""

    command: tuple[str, str]
    role: str
    items: list[Outgoing]
    assistant: Any

    @property
    def speaker(self) -> str:
        return SPEAKER[self.role]

    @property
    def replies(self) -> list[Reply]:
        return [item for item in self.items if isinstance(item, Reply)]

    @property
    def room_posts(self) -> list[Post]:
        return [item for item in self.items if isinstance(item, Post) and item.channel_id == WG]


@pytest.fixture
def play(template: Path, tmp_path: Path) -> Iterator[Any]:
    engines = []

    def run(command: tuple[str, str], role: str) -> Played:
        folder = tmp_path / f"{role}-{len(engines)}"
        folder.mkdir()
        chat = chat_on_copy(template, folder)
        engines.append(chat.application.engine)
        args, _ = INVOCATION[command]
        text = f"{command[0]} {command[1]} {args}".strip()
        assistant = chat.application.assistant
        items = assistant.handle(Incoming("console", SPEAKER[role], WG, text))
        return Played(command, role, items, assistant)

    yield run
    for engine in engines:
        engine.dispose()


COMMAND_IDS = [pytest.param(command, id="-".join(command)) for command in COMMANDS]


# ---------------------------------------------------------------- the core decides


@pytest.mark.parametrize("command", COMMAND_IDS)
def test_only_what_is_the_same_for_every_role_may_stay_in_the_room(
    play: Any, command: tuple[str, str]
) -> None:
    """A reply the room may see must not depend on who asked: otherwise it says something
    about the asker's role, items or answers that the others in the room should not read."""
    renderer = Renderer(TRANSLATOR)
    public: dict[str, list[str]] = {}
    for role in ROLES:
        played = play(command, role)
        assert played.items, f"{command} did nothing for {role}"
        for reply in played.replies:
            if reply.file is not None:
                assert reply.audience is Audience.DIRECT
            if reply.audience is Audience.ROOM:
                public.setdefault(role, []).append(renderer.render(reply.lines, "en", "UTC"))
    if public:
        assert set(public) == set(ROLES), public
        assert len({tuple(texts) for texts in public.values()}) == 1, public


def test_private_by_default_public_only_for_help(play: Any) -> None:
    public = {
        command
        for command in COMMANDS
        if any(r.audience is Audience.ROOM for r in play(command, "secretariat").replies)
    }
    assert public == {("assistant", "help")}


def test_files_and_guided_answers_go_to_the_direct_chat(play: Any) -> None:
    for command in (
        ("consult", "export"),
        ("consult", "report"),
        ("meeting", "ics"),
        ("consult", "respond"),
    ):
        (reply,) = play(command, "secretariat").replies
        assert reply.audience is Audience.DIRECT, command


# ---------------------------------------------------------------- Slack


@pytest.fixture(scope="module")
def slack() -> Iterator[tuple[SlackStandIn, SlackAdapter]]:
    with SlackStandIn() as standin:
        adapter = SlackAdapter(None, TRANSLATOR, standin.client(), "secret")  # type: ignore[arg-type]
        yield standin, adapter


def _slack_texts(adapter: SlackAdapter, item: Reply | Post) -> list[str]:
    payloads = messages(item.lines, item.buttons, adapter.renderer, item.locale, item.tz)
    return [str(payload["text"]) for payload in payloads]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("command", COMMAND_IDS)
def test_slack_keeps_replies_to_the_asker(
    play: Any, slack: tuple[SlackStandIn, SlackAdapter], command: tuple[str, str], role: str
) -> None:
    standin, adapter = slack
    played = play(command, role)
    adapter.assistant = played.assistant
    standin.clear()
    adapter.deliver(played.items, played.speaker, WG)

    in_room = [
        str(c.params.get("text"))
        for c in standin.calls("chat.postMessage")
        if c.params.get("channel") == WG
    ]
    assert in_room == [text for post in played.room_posts for text in _slack_texts(adapter, post)]
    ephemeral = [
        str(c.params.get("text"))
        for c in standin.calls("chat.postEphemeral")
        if c.params.get("user") == played.speaker and c.params.get("channel") == WG
    ]
    direct = [
        str(c.params.get("text"))
        for c in standin.calls("chat.postMessage")
        if c.params.get("channel") == f"D{played.speaker}"
    ]
    expected_ephemeral: list[str] = []
    expected_direct: list[str] = []
    for reply in played.replies:
        if reply.audience is Audience.DIRECT:
            expected_direct += _slack_texts(adapter, reply)
            expected_ephemeral.append(f"<@{played.speaker}>, my answer is in our direct chat.")
        else:
            expected_ephemeral += _slack_texts(adapter, reply)
    assert ephemeral == expected_ephemeral
    assert direct == expected_direct
    uploads = standin.calls("files.completeUploadExternal")
    files = [r.file for r in played.replies if r.file is not None]
    assert len(uploads) == len(files)
    for upload in uploads:
        assert upload.params.get("channel_id") == f"D{played.speaker}"


# ---------------------------------------------------------------- Matrix


@dataclass
class RecordingClient:
    """Stands in for nio's AsyncClient: records what would reach the homeserver."""

    user_id: str = "@assistant:test"
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    uploads: list[bytes] = field(default_factory=list)
    rooms: dict[str, Any] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=itertools.count)

    async def room_send(
        self, room_id: str, message_type: str, content: dict[str, Any], tx_id: str | None = None
    ) -> RoomSendResponse:
        self.sent.append((room_id, content))
        return RoomSendResponse(f"$event{next(self._ids)}", room_id)

    async def room_create(self, **kwargs: Any) -> RoomCreateResponse:
        (invitee,) = kwargs["invite"]
        return RoomCreateResponse(f"!direct-{invitee}")

    async def upload(self, provider: Any, **kwargs: Any) -> tuple[UploadResponse, None]:
        data = provider(0, 0)
        self.uploads.append(data if isinstance(data, bytes) else data.read())
        return UploadResponse(f"mxc://test/{next(self._ids)}"), None

    def in_room(self, room_id: str) -> list[dict[str, Any]]:
        return [content for room, content in self.sent if room == room_id]


@dataclass(frozen=True)
class SharedRoom:
    """What the adapter reads of a room: its id and how many are in it."""

    room_id: str
    member_count: int


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("command", COMMAND_IDS)
def test_matrix_answers_privately_in_the_direct_chat(
    play: Any, command: tuple[str, str], role: str
) -> None:
    played = play(command, role)
    adapter = MatrixAdapter(played.assistant, TRANSLATOR, "http://127.0.0.1:9", "@assistant:test")
    client = RecordingClient()
    adapter.client = client  # type: ignore[assignment]
    try:
        adapter.loop.run_until_complete(
            adapter._answer(played.items, SharedRoom(WG, 5), played.speaker)  # type: ignore[arg-type]
        )
    finally:
        adapter.loop.run_until_complete(adapter.loop.shutdown_default_executor())
        adapter.loop.close()
        asyncio.set_event_loop(None)

    render = adapter.renderer.render
    direct_room = f"!direct-{played.speaker}"
    expected_room = [render(post.lines, post.locale, post.tz) for post in played.room_posts]
    expected_direct: list[str] = []
    private = False
    for reply in played.replies:
        text = render(reply.lines, reply.locale, reply.tz)
        if reply.audience is Audience.ROOM:
            expected_room.append(text)
            continue
        private = True
        expected_direct.append(text)
        if reply.file is not None:
            expected_direct.append(reply.file.filename)
    if private:
        expected_room.append(f"{played.speaker}, my answer is in our direct chat.")
    assert [c["body"] for c in client.in_room(WG)] == expected_room
    assert [c["body"] for c in client.in_room(direct_room)] == expected_direct
    files = [c for c in client.in_room(direct_room) if c["msgtype"] == "m.file"]
    contents = [r.file.text().encode() for r in played.replies if r.file is not None]
    assert client.uploads == contents
    assert len(files) == len(contents)


# ---------------------------------------------------------------- console


@pytest.mark.parametrize("command", COMMAND_IDS)
def test_console_prints_replies_to_the_speaker_and_posts_under_their_channel(
    play: Any, command: tuple[str, str]
) -> None:
    played = play(command, "secretariat")
    out = io.StringIO()
    console = ConsoleAdapter(played.assistant, TRANSLATOR, out, played.speaker)
    console.show(played.items)
    room_lines = [line for line in out.getvalue().splitlines() if line.startswith(f"[{WG}]")]
    posts = [console.renderer.render(p.lines, p.locale, p.tz) for p in played.room_posts]
    assert room_lines == [f"[{WG}] {text.splitlines()[0]}" for text in posts]
