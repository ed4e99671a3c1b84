"""The Matrix adapter end to end: a real Synapse on 127.0.0.1, the assistant logged in as
@assistant, and people talking to it through their own matrix-nio clients.

Every test gets a fresh database, a simulated clock and a fresh room that @ana (secretariat)
creates and invites the bot, @lena and @omar to. What is asserted is what the people's clients
actually receive from the homeserver.
"""

from __future__ import annotations

import asyncio
import io
import json
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import docx
import pytest
from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinResponse,
    LoginResponse,
    MemoryDownloadResponse,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomPutStateResponse,
    RoomSendResponse,
    SyncResponse,
)
from nio.api import RelationshipType
from nio.events import Event, ReactionEvent, RoomMessageText

from assistant.domain.model import ReminderState, Role, RsvpChoice
from assistant.messages import Direct, Post, msg
from assistant.ports import Undelivered
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.scheduler import run_due_work
from assistant.runtime.settings import Settings
from handlers.matrix.app import DM_KEY, PLATFORM, MatrixAdapter
from tests.support import table_rows
from tests.synapse_server import SERVER_NAME, SynapseServer, synapse

__all__ = ["synapse"]  # the session-scoped homeserver fixture, used through `accounts`

START = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
BOT = f"@assistant:{SERVER_NAME}"
ANA = f"@ana:{SERVER_NAME}"
LENA = f"@lena:{SERVER_NAME}"
OMAR = f"@omar:{SERVER_NAME}"
WAIT = 10.0  # the longest any expected message may take
# Enough history per sync that nothing is skipped between two looks at a room.
SYNC_FILTER = {"room": {"timeline": {"limit": 200}}}

TITLE = "Multilingualization of the Internet"
DEADLINE = "Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC)"
MEETING = (
    '!meeting new "IGF 2024 open consultation" at 16 December 2024 10:00 zone Riyadh '
    'place "IGF, Riyadh"'
)

T = TypeVar("T")


def pointer(user_id: str) -> str:
    """What the shared room sees of an answer that went to the asker's direct chat."""
    return f"{user_id}, my answer is in our direct chat."


@dataclass(frozen=True)
class Seen:
    """One event a person's client received."""

    room_id: str
    event: dict[str, Any]

    @property
    def sender(self) -> str:
        return str(self.event.get("sender", ""))

    @property
    def event_id(self) -> str:
        return str(self.event.get("event_id", ""))

    @property
    def content(self) -> dict[str, Any]:
        content = self.event.get("content")
        return content if isinstance(content, dict) else {}

    @property
    def body(self) -> str:
        return str(self.content.get("body", ""))

    @property
    def is_message(self) -> bool:
        return self.event.get("type") == "m.room.message"

    def replaces(self) -> str | None:
        relation = self.content.get("m.relates_to") or {}
        return relation.get("event_id") if relation.get("rel_type") == "m.replace" else None


@dataclass
class User:
    """A person's client, synced on demand; what it receives is kept in order."""

    user_id: str
    client: AsyncClient
    seen: list[Seen] = field(default_factory=list)
    invites: list[tuple[str, str]] = field(default_factory=list)  # (room, inviter)


def from_bot(room_id: str, text: str) -> Callable[[Seen], bool]:
    """A new message (not an edit) from the assistant in a room, containing `text`."""
    return lambda s: (
        s.room_id == room_id
        and s.sender == BOT
        and s.is_message
        and s.replaces() is None
        and text in s.body
    )


class MatrixWorld:
    """The homeserver, the assistant on it, and the clients of @ana, @lena and @omar."""

    def __init__(
        self,
        server: SynapseServer,
        application: Application,
        clock: FakeClock,
        loop: asyncio.AbstractEventLoop,
        device_id: str,
    ) -> None:
        self.server = server
        self.application = application
        self.clock = clock
        self.loop = loop
        self.device_id = device_id
        self.adapter: MatrixAdapter | None = None
        self.users: dict[str, User] = {}
        self.direct_chats: dict[str, str] = {}
        self.room = ""

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)

    # ---------------------------------------------------------------- clients

    def connect(self, user_id: str) -> User:
        client = AsyncClient(
            self.server.url,
            user_id,
            config=AsyncClientConfig(store_sync_tokens=False, encryption_enabled=False),
        )
        user = User(user_id, client)
        self.users[user_id] = user
        # A new device per test: a first sync repeated by the same device would be answered
        # from Synapse's response cache, with a token from an earlier test.
        login = self.run(client.login(self.server.password(user_id), device_name="test"))
        assert isinstance(login, LoginResponse), login
        # Start from now: what happened in earlier tests is not this test's business.
        first = self.run(client.sync(timeout=0, sync_filter={"room": {"timeline": {"limit": 1}}}))
        assert isinstance(first, SyncResponse), first
        return user

    def sync(self, user: User, timeout_ms: int = 250) -> None:
        response = self.run(user.client.sync(timeout=timeout_ms, sync_filter=SYNC_FILTER))
        assert isinstance(response, SyncResponse), response
        for room_id, joined in response.rooms.join.items():
            user.seen += [Seen(room_id, event.source) for event in joined.timeline.events]
        for room_id, invited in response.rooms.invite.items():
            for event in invited.invite_state:
                if getattr(event, "state_key", None) == user.user_id:
                    user.invites.append((room_id, str(getattr(event, "sender", ""))))

    def wait(self, user: User, match: Callable[[Seen], bool], what: str, after: int = 0) -> Seen:
        """The first event from index `after` on that matches, syncing until it comes."""
        deadline = time.monotonic() + WAIT
        while True:
            for seen in user.seen[after:]:
                if match(seen):
                    return seen
            if time.monotonic() > deadline:
                received = [s.body for s in user.seen[after:] if s.is_message]
                raise AssertionError(f"{user.user_id} never received {what}; got {received}")
            self.sync(user)

    def say(self, user: User, text: str, room_id: str | None = None) -> str:
        content = {"msgtype": "m.text", "body": text}
        sent = self.run(user.client.room_send(room_id or self.room, "m.room.message", content))
        assert isinstance(sent, RoomSendResponse), sent
        return str(sent.event_id)

    def exchange(self, user: User, text: str, expect: str, room_id: str | None = None) -> str:
        """Say something and wait for the assistant's answer containing `expect`; returns
        everything the assistant said in the answer's room after it, up to that message.

        Answers are private: said in the shared room, a command is answered in the speaker's
        direct chat, and the room is only told where the answer went."""
        room_id = room_id or self.room
        event_id = self.say(user, text, room_id)
        own = self.wait(user, lambda s: s.event_id == event_id, f"its own {text!r}")
        start = user.seen.index(own) + 1
        where = room_id
        if room_id == self.room:
            # In the speaker's language, naming them (see test_privacy for the exact text).
            self.wait(user, from_bot(room_id, user.user_id), "the pointer", after=start)
            where = self.direct_chat(user)
        found = self.wait(user, from_bot(where, expect), repr(expect), after=start)
        end = user.seen.index(found, start) + 1
        return "\n".join(
            s.body
            for s in user.seen[start:end]
            if s.sender == BOT and s.is_message and s.room_id == where
        )

    def direct_chat(self, user: User) -> str:
        """The person's direct chat with the assistant, joined when it is first opened."""
        if user.user_id not in self.direct_chats:
            self.direct_chats[user.user_id] = self.accept_dm(user)
        return self.direct_chats[user.user_id]

    def react(self, user: User, event_id: str, key: str) -> None:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        sent = self.run(user.client.room_send(self.room, "m.reaction", content))
        assert isinstance(sent, RoomSendResponse), sent

    def reactions(self, user: User, event_id: str) -> list[tuple[str, str]]:
        """(sender, key) of every reaction on an event, as the homeserver relates them."""

        async def collect() -> list[Event]:
            relations = user.client.room_get_event_relations(
                self.room, event_id, RelationshipType.annotation, "m.reaction"
            )
            return [event async for event in relations]

        return [(e.sender, e.key) for e in self.run(collect()) if isinstance(e, ReactionEvent)]

    def noted(self, user: User, event_id: str, what: str) -> None:
        """Wait for the assistant's ✅ on an event: the line of minutes was taken."""
        self.wait(
            user,
            lambda s: (
                s.event.get("type") == "m.reaction"
                and s.sender == BOT
                and s.content.get("m.relates_to", {}).get("event_id") == event_id
            ),
            f"a reaction on {what}",
        )

    def accept_dm(self, user: User) -> str:
        """Wait for the assistant's invitation to a direct chat, join it, return the room."""
        deadline = time.monotonic() + WAIT
        while not any(inviter == BOT for _, inviter in user.invites):
            if time.monotonic() > deadline:
                raise AssertionError(f"{user.user_id} was never invited to a direct chat")
            self.sync(user)
        room_id = next(room for room, inviter in user.invites if inviter == BOT)
        joined = self.run(user.client.join(room_id))
        assert isinstance(joined, JoinResponse), joined
        return room_id

    def bot_messages(self, user: User, room_id: str) -> list[str]:
        return [s.body for s in user.seen if s.room_id == room_id and from_bot(room_id, "")(s)]

    # ---------------------------------------------------------------- rooms

    def open_room(self, creator: User, members: list[User]) -> str:
        """A room made by `creator`; the bot joins on its own, the others accept."""
        created = self.run(
            creator.client.room_create(
                name="CWG-Internet", invite=[BOT, *(m.user_id for m in members)]
            )
        )
        assert isinstance(created, RoomCreateResponse), created
        room_id = str(created.room_id)
        for member in members:
            joined = self.run(member.client.join(room_id))
            assert isinstance(joined, JoinResponse), joined
        self.wait(
            creator,
            lambda s: (
                s.room_id == room_id
                and s.event.get("type") == "m.room.member"
                and s.event.get("state_key") == BOT
                and s.content.get("membership") == "join"
            ),
            "the assistant joining the room",
        )
        return room_id

    def set_power(self, user: User, target: str, level: int) -> None:
        state = self.run(user.client.room_get_state_event(self.room, "m.room.power_levels"))
        assert isinstance(state, RoomGetStateEventResponse), state
        content = dict(state.content)
        content["users"] = {**content.get("users", {}), target: level}
        put = self.run(user.client.room_put_state(self.room, "m.room.power_levels", content))
        assert isinstance(put, RoomPutStateResponse), put

    def bot_sees_power(self, target: str, level: int) -> None:
        deadline = time.monotonic() + WAIT
        while True:
            room = self.bot.client.rooms.get(self.room)
            if room is not None and room.power_levels.get_user_level(target) == level:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"the assistant never saw {target} at power level {level}")
            time.sleep(0.05)

    # ---------------------------------------------------------------- the assistant

    def start_assistant(self) -> MatrixAdapter:
        """The bot logs in with its password; Matrix power level 50 makes a chair."""
        self.adapter = MatrixAdapter(
            self.application.assistant,
            self.application.translator,
            self.server.url,
            BOT,
            password=self.server.password(BOT),
            device_id=self.device_id,
            power_roles=[(50, Role.CHAIR)],
        )
        self.adapter.start()
        return self.adapter

    @property
    def bot(self) -> MatrixAdapter:
        assert self.adapter is not None
        return self.adapter

    def tick(self) -> None:
        """What the scheduler does, with the adapter as its Sender."""
        run_due_work(self.application.assistant, self.bot, "test-worker")

    def open_round(self) -> None:
        ana = self.users[ANA]
        out = self.exchange(
            ana, f'!consult new "{TITLE}" closes 31 January 2025 zone Geneva', "Created R1"
        )
        assert f"Closes: {DEADLINE}" in out
        self.exchange(ana, '!consult question R1 "What could ITU do?"', "Added Q1 to R1")
        self.exchange(ana, '!consult question R1 "Benefits and challenges?"', "Added Q2 to R1")
        self.exchange(ana, "!consult announce R1", f"R1 announced in {self.room}.")


@pytest.fixture(scope="module")
def accounts(synapse: SynapseServer) -> SynapseServer:
    for localpart in ("assistant", "ana", "lena", "omar"):
        synapse.register(localpart)
    return synapse


@pytest.fixture
def matrix(accounts: SynapseServer, tmp_path: Path) -> Iterator[MatrixWorld]:
    clock = FakeClock(START)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'matrix.db'}", admins=frozenset({ANA}))
    application = build(settings, clock)
    # A device of its own per test: Synapse answers a repeated first sync of the same device
    # from its response cache (for 2 minutes), with another test's history after it.
    device_id = f"TEST_{uuid.uuid4().hex[:8].upper()}"
    loop = asyncio.new_event_loop()
    world = MatrixWorld(accounts, application, clock, loop, device_id)
    try:
        world.start_assistant()
        ana, lena, omar = (world.connect(user) for user in (ANA, LENA, OMAR))
        world.room = world.open_room(ana, [lena, omar])
        yield world
    finally:
        if world.adapter is not None:
            world.adapter.stop()
        for user in world.users.values():
            loop.run_until_complete(user.client.close())
        loop.close()
        application.engine.dispose()


# -------------------------------------------------------------------- rounds


def test_round_is_announced_and_answered_in_a_guided_direct_chat(matrix: MatrixWorld) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    matrix.open_round()

    # Everyone in the room receives the announcement: HTML for clients that render it, and a
    # plain body with the deadline in the round's zone and in UTC.
    for reader in (lena, omar):
        post = matrix.wait(reader, from_bot(matrix.room, "Open consultation R1"), "the round")
        content = post.content
        assert content["msgtype"] == "m.notice"
        assert content["format"] == "org.matrix.custom.html"
        assert content["body"].startswith(f"📣 Open consultation R1: “{TITLE}”\n")
        assert f"Deadline: {DEADLINE}" in content["body"]
        assert "!consult respond R1" in content["body"]
        assert content["formatted_body"].startswith(
            f"<strong>📣 Open consultation R1: “{TITLE}”</strong><br/>Q1. What could ITU do?"
        )
        assert f"Deadline: {DEADLINE}" in content["formatted_body"]

    # A mention works like the prefix; other chatter is left alone.
    chatter = matrix.say(lena, "assistants are useful, but this is not for one")
    listed = matrix.exchange(lena, "assistant: consult list", "One consultation round")
    assert listed.startswith("One consultation round:")
    assert f"R1 “{TITLE}” — open" in listed
    start = next(i for i, s in enumerate(lena.seen) if s.event_id == chatter)
    # The room sees only where the answer went.
    assert [s.body for s in lena.seen[start:] if from_bot(matrix.room, "")(s)] == [pointer(LENA)]

    # Responding continues in a direct chat the assistant opens, one question at a time.
    matrix.say(lena, "!consult respond R1")
    dm = matrix.direct_chat(lena)
    matrix.wait(lena, from_bot(dm, "R1 Q1 (of 2): What could ITU do?"), "the first question")
    assert any(f"Responding to R1: “{TITLE}”" in body for body in matrix.bot_messages(lena, dm))
    out = matrix.exchange(lena, "Multilingual domain names", "R1 Q2 (of 2)", room_id=dm)
    assert "Receipt: your answer to R1 Q1 is recorded (version 1)" in out
    out = matrix.exchange(lena, "Universal acceptance", "Thank you, your answers to R1", dm)
    assert "Receipt: your answer to R1 Q2 is recorded (version 1)" in out

    assistant = matrix.application.assistant
    with assistant.unit_of_work() as uow:
        (person,) = uow.people.find(platform=PLATFORM, user_id=LENA)
        answers = sorted(a.text for a in uow.answers.find(person_id=person.id))
    assert answers == ["Multilingual domain names", "Universal acceptance"]

    # The direct chat is opened once and remembered: responding again continues there.
    matrix.say(lena, "!consult respond R1")
    previous = "(Your previous answer: “Multilingual domain names”)"
    matrix.wait(lena, from_bot(dm, previous), "the question again")
    assert [room for room, _ in lena.invites] == [dm]
    assert assistant.posted(DM_KEY, PLATFORM, LENA) == [dm]
    # Nothing of the dialogue went to the room.
    matrix.sync(ana)
    assert not [b for b in matrix.bot_messages(ana, matrix.room) if "Responding to R1" in b]


def test_private_answers_and_files_reach_only_the_askers_direct_chat(
    matrix: MatrixWorld,
) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    matrix.open_round()
    matrix.exchange(lena, '!consult answer R1 Q1 "Confidential: our draft position"', "Receipt")
    status = matrix.exchange(ana, "!consult status R1", "Not answered yet")
    assert f"Respondents: {LENA}" in status

    matrix.say(ana, "!consult export R1 csv")
    dm = matrix.direct_chat(ana)
    attached = matrix.wait(
        ana,
        lambda s: s.room_id == dm and s.sender == BOT and s.content.get("msgtype") == "m.file",
        "the export as a file",
    )
    assert attached.content["body"] == "R1-inputs.csv"
    assert attached.content["info"]["mimetype"] == "text/csv"
    downloaded = matrix.run(ana.client.download(mxc=attached.content["url"]))
    assert isinstance(downloaded, MemoryDownloadResponse), downloaded
    assert "Confidential: our draft position" in downloaded.body.decode("utf-8")

    # The others in the room saw the round, and where the answers went: nothing else.
    # Seven commands in the room: four to open the round, lena's answer, status, export.
    seen = 0
    for _ in range(7):
        found = matrix.wait(omar, from_bot(matrix.room, "my answer is in"), "a pointer", seen)
        seen = omar.seen.index(found) + 1
    said = matrix.bot_messages(omar, matrix.room)
    assert [b for b in said if not b.startswith("📣 Open consultation R1")] == [
        pointer(ANA),
        pointer(ANA),
        pointer(ANA),
        pointer(ANA),
        pointer(LENA),
        pointer(ANA),
        pointer(ANA),
    ]
    assert not [e for e in omar.seen if e.room_id == matrix.room and e.content.get("url")]


def test_a_docx_report_is_uploaded_with_its_type_and_opens_back(matrix: MatrixWorld) -> None:
    ana, lena = (matrix.users[u] for u in (ANA, LENA))
    matrix.open_round()
    matrix.exchange(lena, '!consult answer R1 Q1 "Fund IDN programmes."', "Receipt")
    matrix.say(ana, "!consult report R1 docx fr")
    dm = matrix.direct_chat(ana)
    attached = matrix.wait(
        ana,
        lambda s: s.room_id == dm and s.sender == BOT and s.content.get("msgtype") == "m.file",
        "the report as a file",
    )
    assert attached.content["body"] == "R1-report-fr.docx"
    assert attached.content["info"]["mimetype"] == DOCX_TYPE
    downloaded = matrix.run(ana.client.download(mxc=attached.content["url"]))
    assert isinstance(downloaded, MemoryDownloadResponse), downloaded
    assert attached.content["info"]["size"] == len(downloaded.body)
    document = docx.Document(io.BytesIO(downloaded.body))
    texts = [p.text for p in document.paragraphs]
    assert "Organisations ayant contribué" in texts
    assert "Fund IDN programmes." in texts


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_long_answer_comes_back_whole_in_events_the_homeserver_accepts(
    matrix: MatrixWorld,
) -> None:
    lena = matrix.users[LENA]
    matrix.open_round()
    # 20,000 characters, the most an answer may have: right-to-left letters take two bytes,
    # and `&`, `<`, `>` grow to `&amp;`, `&lt;`, `&gt;` in the HTML: well over one event's
    # 64 KiB once shown with its HTML.
    answer = ("&<>قرار و&" * 2_000)[:20_000]
    receipt = matrix.exchange(lena, f'!consult answer R1 Q1 "{answer}"', "Receipt")
    assert "(version 1)" in receipt

    matrix.say(lena, "!consult respond R1")
    dm = matrix.accept_dm(lena)
    expected = f"(Your previous answer: “\u2068{answer}\u2069”)"
    deadline = time.monotonic() + WAIT
    while expected not in "".join(matrix.bot_messages(lena, dm)):
        if time.monotonic() > deadline:
            raise AssertionError("the previous answer never arrived whole")
        matrix.sync(lena)
    parts = [s for s in lena.seen if from_bot(dm, "")(s)]
    assert len(parts) > 1
    for part in parts:
        assert part.content["format"] == "org.matrix.custom.html"
        assert len(json.dumps(part.event, ensure_ascii=False).encode()) < 65_536


# -------------------------------------------------------------------- meetings


def test_rsvp_by_reaction_is_stored_and_the_announcement_edited_in_place(
    matrix: MatrixWorld,
) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    matrix.exchange(ana, MEETING, "Created M1")
    matrix.exchange(ana, "!meeting announce M1", f"M1 announced in {matrix.room}.")
    post = matrix.wait(lena, from_bot(matrix.room, "🗓 Meeting M1"), "the meeting")
    assert "So far: 0 in person, 0 remote." in post.body
    assert "Asia/Riyadh (07:00 UTC)" in post.body

    before = len(ana.seen)
    matrix.react(lena, post.event_id, "👍")  # not an answer
    matrix.react(lena, post.event_id, "✅")
    edit = matrix.wait(
        ana,
        lambda s: s.replaces() == post.event_id and "1 in person, 0 remote" in s.body,
        "the announcement edited with lena's RSVP",
        after=before,
    )
    assert edit.sender == BOT
    assert edit.body.startswith("* 🗓 Meeting M1")
    new = edit.content["m.new_content"]
    assert "So far: 1 in person, 0 remote." in new["body"]
    assert new["formatted_body"].startswith("<strong>🗓 Meeting M1")
    matrix.wait(
        lena,
        from_bot(
            matrix.direct_chat(lena),
            "Your RSVP to M1 “IGF 2024 open consultation”: attending in person",
        ),
        "the RSVP receipt",
    )

    matrix.react(omar, post.event_id, "💻")
    matrix.wait(
        ana,
        lambda s: s.replaces() == post.event_id and "1 in person, 1 remote" in s.body,
        "the announcement edited with omar's RSVP",
    )
    with matrix.application.assistant.unit_of_work() as uow:
        people = {p.id: p.user_id for p in uow.people.find(platform=PLATFORM)}
        rsvps = {people[r.person_id]: r.choice for r in uow.rsvps.find()}
    assert rsvps == {LENA: RsvpChoice.IN_PERSON, OMAR: RsvpChoice.REMOTE}
    # One receipt per RSVP, each in its sender's direct chat (the thumbs-up was not taken for
    # an answer); the room sees the edited counts and where the receipts went, nothing else.
    omar_receipt = "Your RSVP to M1 “IGF 2024 open consultation”: attending remotely"
    matrix.wait(omar, from_bot(matrix.direct_chat(omar), omar_receipt), "omar's receipt")
    for person in (lena, omar):
        receipts = [
            b for b in matrix.bot_messages(person, matrix.direct_chat(person)) if "RSVP" in b
        ]
        assert len(receipts) == 1
    matrix.sync(ana)
    room = [b for b in matrix.bot_messages(ana, matrix.room) if not b.startswith("🗓 Meeting M1")]
    assert room == [pointer(ANA), pointer(ANA), pointer(LENA), pointer(OMAR)]


# -------------------------------------------------------------------- minutes


def test_minutes_taken_in_the_room_are_noted_by_reaction_and_sent_to_the_organiser(
    matrix: MatrixWorld,
) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    assistant = matrix.application.assistant
    engine = matrix.application.engine
    matrix.exchange(ana, MEETING, "Created M1")  # ana organises M1
    matrix.set_power(ana, LENA, 50)  # and lena, a chair by her power level, takes the minutes
    matrix.bot_sees_power(LENA, 50)

    # Chatter, and a line of minutes in a room where none are taken: nothing stored, not even
    # who omar is, and nothing said.
    before = table_rows(engine)
    start = len(ana.seen)
    chatter = [
        matrix.say(omar, "Good morning, everyone"),
        matrix.say(omar, "#info The Council report is out"),
        matrix.say(omar, "#general is the other room"),
    ]
    matrix.exchange(ana, "!meeting list", "M1")  # handled after omar's messages
    after = table_rows(engine)
    assert len(after.pop("received_events")) == len(before.pop("received_events")) + 1
    assert after == before
    # From the assistant in the room since: only where ana's list went (no reaction either).
    said = [s for s in ana.seen[start:] if s.sender == BOT and s.room_id == matrix.room]
    assert [s.body for s in said] == [pointer(ANA)]

    matrix.say(lena, "!meeting start M1")
    started = matrix.wait(ana, from_bot(matrix.room, "📝 Minutes of M1"), "the minutes starting")
    assert f"chaired by {LENA}" in started.body

    lines = [
        "#topic 7.3 Open consultations",
        "#agreed The next round of Open Consultations runs from October 2024 to January 2025",
        '#action "ITU Secretariat" Launch the next round of Open Consultations due 31 January 2025',
        f"#action {OMAR} Submit the summary of the tenth online consultation to Council",
    ]
    taken = [matrix.say(lena, line) for line in lines]
    # Typed by anyone, over several lines (kept as typed); and chatter in between.
    info = matrix.say(omar, "#info Directors of all the ITU bureaux are invited\nto consider it")
    # A reply: clients put a quote of the message it answers first; what was typed follows.
    reply = {
        "msgtype": "m.text",
        "body": f"> <{LENA}> #topic 7.3 Open consultations\n\n#info Paraguay will come back to it",
        "m.relates_to": {"m.in_reply_to": {"event_id": taken[0]}},
    }
    replied = matrix.run(omar.client.room_send(matrix.room, "m.room.message", reply))
    assert isinstance(replied, RoomSendResponse), replied
    # A mention pill: the plain body has the name shown, the link has the id.
    pill = {
        "msgtype": "m.text",
        "body": "#action Omar Circulate the summary",
        "format": "org.matrix.custom.html",
        "formatted_body": f'#action <a href="https://matrix.to/#/{OMAR}">Omar</a> Circulate the '
        "summary",
    }
    pilled = matrix.run(lena.client.room_send(matrix.room, "m.room.message", pill))
    assert isinstance(pilled, RoomSendResponse), pilled
    chatter.append(matrix.say(omar, "Thank you, Chair"))
    refused = matrix.say(omar, "#agreed The Group noted the Internet Activities Report")
    for event_id, line in zip(
        [*taken, info, replied.event_id, pilled.event_id],
        [*lines, "#info", "#info", "#action"],
        strict=True,
    ):
        matrix.noted(ana, event_id, line)

    # Only the chair (or the secretariat) records decisions: omar is told in his direct chat,
    # the room only where his answer went.
    matrix.wait(
        omar,
        from_bot(matrix.direct_chat(omar), f"Only {LENA}, who chairs the minutes"),
        "the refusal",
    )
    # The read-back of each action is lena's alone; the ✅ told the room it was taken.
    lena_dm = matrix.direct_chat(lena)
    readback = matrix.wait(lena, from_bot(lena_dm, "Action 7.3.2 recorded"), "A2")
    assert "Submit the summary of the tenth online consultation to Council" in readback.body
    assert any("7.3.1 (A1) Launch the next round" in b for b in matrix.bot_messages(lena, lena_dm))

    # An edit (even without the "* " clients put first) and a repeated delivery of a line
    # already taken (as after a restart) are not recorded again.
    edit = {
        "msgtype": "m.text",
        "body": "#agreed Something else",
        "m.new_content": {"msgtype": "m.text", "body": "#agreed Something else"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": taken[1]},
    }
    sent = matrix.run(lena.client.room_send(matrix.room, "m.room.message", edit))
    assert isinstance(sent, RoomSendResponse), sent
    (agreed,) = [s for s in lena.seen if s.event_id == taken[1]]
    again = Event.parse_event(agreed.event)
    assert isinstance(again, RoomMessageText)
    room = matrix.bot.client.rooms[matrix.room]
    matrix.bot._call(matrix.bot._on_message(room, again))

    matrix.say(lena, "!meeting end")
    posted = matrix.wait(ana, from_bot(matrix.room, "open consultation”, from"), "the minutes")
    assert "7.3 Open consultations" in posted.body
    assert "Agreed: The next round of Open Consultations runs" in posted.body
    assert (
        "\nAction 7.3.1: Launch the next round of Open Consultations — ITU Secretariat, due "
        in (posted.body)
    )
    summary = "Submit the summary of the tenth online consultation to Council"
    assert f"\nAction 7.3.2: {summary} — {OMAR}\n" in posted.body
    assert "Something else" not in posted.body
    assert "Internet Activities Report" not in posted.body
    assert "Council report is out" not in posted.body

    # The organiser gets them as a Markdown file in her direct chat.
    ana_dm = matrix.direct_chat(ana)
    matrix.wait(ana, from_bot(ana_dm, "The minutes of M1"), "the note with the file")
    attached = matrix.wait(
        ana,
        lambda s: s.room_id == ana_dm and s.sender == BOT and s.content.get("msgtype") == "m.file",
        "the minutes as a file",
    )
    assert attached.content["body"] == "M1-minutes.md"
    assert attached.content["info"]["mimetype"] == "text/markdown"
    downloaded = matrix.run(ana.client.download(mxc=attached.content["url"]))
    assert isinstance(downloaded, MemoryDownloadResponse), downloaded
    document = downloaded.body.decode("utf-8")
    assert document.startswith("# 📝 Minutes of M1")
    assert "\n## 7.3 Open consultations\n" in document

    # One ✅ per line taken, from the assistant; none on the refused line or on chatter.
    for event_id in [*taken, info, replied.event_id, pilled.event_id]:
        assert matrix.reactions(ana, event_id) == [(BOT, "✅")]
    for event_id in [refused, *chatter]:
        assert matrix.reactions(ana, event_id) == []
    # The room heard the start, the minutes and where omar's refusal (and ana's list) went:
    # no note per line of minutes.
    matrix.sync(omar)
    said = [b for b in matrix.bot_messages(omar, matrix.room) if not b.startswith("📝")]
    assert said == [pointer(ANA), pointer(ANA), pointer(OMAR)]

    with assistant.unit_of_work() as uow:
        registered = {a.ref: (a.text, a.owner_body) for a in uow.actions.find()}
        (meeting,) = uow.meetings.find()
        items = [(i.kind.value, i.text) for i in uow.minute_items.find(meeting_id=meeting.id)]
        # The assistant's own ✅ are not RSVPs.
        assert not uow.rsvps.find()
    assert registered == {
        "7.3.1": ("Launch the next round of Open Consultations", "ITU Secretariat"),
        "7.3.2": ("Submit the summary of the tenth online consultation to Council", ""),
        "7.3.3": ("Circulate the summary", ""),
    }
    assert [kind for kind, _ in items] == [
        "topic",
        "agreed",
        "action",
        "action",
        "info",
        "info",
        "action",
    ]
    assert items[-3][1] == "Directors of all the ITU bureaux are invited\nto consider it"
    assert items[-2][1] == "Paraguay will come back to it"
    with assistant.unit_of_work() as uow:
        (circulate,) = uow.actions.find(ref="7.3.3")
        (owner,) = uow.people.find_in("id", [circulate.owner_person_id])
    assert owner.user_id == OMAR


def test_a_reaction_that_fails_does_not_stop_the_rest_of_the_answer(
    matrix: MatrixWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = matrix.users[ANA]
    matrix.say(ana, '!meeting start "CWG-Internet informal session"')
    matrix.wait(ana, from_bot(matrix.room, "📝 Minutes of M1"), "the minutes starting")

    async def refused(room_id: str, event_id: str, key: str) -> None:
        raise Undelivered("not_in_channel", "reactions are refused here")

    monkeypatch.setattr(matrix.bot, "_react", refused)
    taken = matrix.say(ana, f"#action {LENA} Circulate the CWG-Internet report")
    # The line is recorded and its read-back delivered, though its ✅ could not be.
    matrix.wait(ana, from_bot(matrix.direct_chat(ana), "Action A1 recorded"), "the read-back")
    with matrix.application.assistant.unit_of_work() as uow:
        assert [a.text for a in uow.actions.find()] == ["Circulate the CWG-Internet report"]
    assert matrix.reactions(ana, taken) == []


# -------------------------------------------------------------------- actions, languages


def test_actions_and_replies_in_the_speakers_language(matrix: MatrixWorld) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    assert "There are no open actions." in matrix.exchange(lena, "!action list", "no open")
    added = matrix.exchange(
        ana,
        '!action add ref 7.3.1 "Circulate the multilingualization report" owner @lena:localhost',
        "Recorded A1",
    )
    assert "7.3.1 (A1) Circulate the multilingualization report" in added
    listed = matrix.exchange(lena, "!action list", "7.3.1 (A1)")
    assert f"Circulate the multilingualization report — {LENA} — open" in listed
    assert "Your actions" in matrix.exchange(lena, "!action list mine", "7.3.1 (A1)")
    # Typed text never pings the whole room.
    added = matrix.exchange(
        ana, '!action add "Tell @room about the report" owner @lena:localhost', "Recorded A2"
    )
    assert "Tell @\u2060room about the report" in added
    assert "@room" not in added

    settings = matrix.exchange(omar, "!assistant settings language fr", "Vos paramètres")
    assert "langue fr" in settings
    listed = matrix.exchange(omar, "!action list", "Actions ouvertes")
    assert "7.3.1 (A1) Circulate the multilingualization report" in listed
    refused = matrix.exchange(omar, '!consult new "X" closes tomorrow', "Rien n’a été modifié")
    assert "votre rôle" in refused
    # Lena still reads English.
    assert "Sorry, your role" in matrix.exchange(lena, '!consult new "X" closes tomorrow', "Sorry")


# -------------------------------------------------------------------- reminders


def test_reminders_arrive_by_direct_message_when_the_clock_passes_their_time(
    matrix: MatrixWorld,
) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    matrix.exchange(omar, "!assistant settings language fr", "Vos paramètres")
    matrix.open_round()  # lena never talked to the assistant: the room's members are its audience

    # Two hours before the deadline (quiet hours end at 07:00 UTC, this is 21:00 UTC).
    matrix.clock.set(datetime(2025, 1, 31, 21, 0, tzinfo=UTC))
    matrix.tick()

    lena_dm = matrix.direct_chat(lena)
    reminder = matrix.wait(
        lena, from_bot(lena_dm, f"⏰ Reminder: consultation R1 “{TITLE}” closes"), "a reminder"
    )
    assert DEADLINE in reminder.body
    assert "!consult respond R1" in reminder.body
    omar_dm = matrix.direct_chat(omar)
    rappel = matrix.wait(omar, from_bot(omar_dm, "⏰ Rappel"), "un rappel").body
    assert "la consultation R1" in rappel
    assert "sera close le ven. 31 janv. 2025, 23:59 Europe/Zurich (22:59 UTC)" in rappel
    # The room is reminded too.
    matrix.wait(ana, from_bot(matrix.room, "⏰ Reminder: consultation R1"), "the room's reminder")

    with matrix.application.assistant.unit_of_work() as uow:
        states = [r.state for r in uow.reminders.find()]
    assert states.count(ReminderState.SENT) == 3
    assert ReminderState.PENDING not in states
    assert ReminderState.CLAIMED not in states

    # Another tick has nothing left to send.
    matrix.tick()
    matrix.bot.send(Direct(LENA, (msg("round-announced", id="R9", channels="#end"),), "en", "UTC"))
    matrix.wait(lena, from_bot(lena_dm, "R9 announced in #end."), "the closing marker")
    assert len([b for b in matrix.bot_messages(lena, lena_dm) if "⏰" in b]) == 1


def test_a_keyed_send_repeated_is_delivered_once(matrix: MatrixWorld) -> None:
    lena = matrix.users[LENA]
    item = Direct(
        LENA, (msg("round-announced", id="R7", channels="#once"),), "en", "UTC", key="test:once"
    )
    matrix.bot.send(item)
    matrix.bot.send(item)  # e.g. after a crash before the reminder was marked sent
    dm = matrix.direct_chat(lena)
    # Without a key there is no transaction id to de-duplicate on: both arrive.
    unkeyed = replace(item, lines=(msg("round-announced", id="R8", channels="#twice"),), key="")
    matrix.bot.send(unkeyed)
    matrix.bot.send(unkeyed)
    marker = replace(item, lines=(msg("round-announced", id="R9", channels="#end"),), key="m")
    matrix.bot.send(marker)
    matrix.wait(lena, from_bot(dm, "R9 announced in #end."), "the closing marker")
    assert matrix.bot_messages(lena, dm) == [
        "R7 announced in #once.",
        "R8 announced in #twice.",
        "R8 announced in #twice.",
        "R9 announced in #end.",
    ]


# -------------------------------------------------------------------- power levels


def test_room_power_levels_give_roles(matrix: MatrixWorld) -> None:
    ana, lena, omar = (matrix.users[u] for u in (ANA, LENA, OMAR))
    matrix.set_power(ana, LENA, 50)
    matrix.bot_sees_power(LENA, 50)

    created = matrix.exchange(
        lena, '!meeting new "Chairs briefing" at 2 December 2024 14:00 zone Geneva', "Created M1"
    )
    assert "Europe/Zurich (13:00 UTC)" in created
    refused = matrix.exchange(
        omar, '!meeting new "Not mine to call" at 3 December 2024 14:00', "does not allow that"
    )
    assert "Sorry, your role (stakeholder)" in refused

    with matrix.application.assistant.unit_of_work() as uow:
        assert [m.title for m in uow.meetings.find()] == ["Chairs briefing"]
        (person,) = uow.people.find(platform=PLATFORM, user_id=LENA)
    assert person.role == Role.STAKEHOLDER  # the room vouches for her there; nothing is stored


# -------------------------------------------------------------------- restarts


def test_a_restarted_assistant_does_not_run_commands_twice(matrix: MatrixWorld) -> None:
    ana, lena = matrix.users[ANA], matrix.users[LENA]
    matrix.exchange(ana, f'!consult new "{TITLE}" closes 31 January 2025', "Created R1")
    matrix.exchange(lena, "!meeting list", "There are no upcoming meetings.")
    # Same device, same database, within Synapse's sync cache: its first sync may hand back
    # a token from the previous start, with the commands above after it.
    matrix.bot.stop()
    # A room it is invited to while away is joined when it is back.
    later = matrix.run(ana.client.room_create(name="Later", invite=[BOT]))
    assert isinstance(later, RoomCreateResponse), later
    matrix.adapter = None
    matrix.start_assistant()
    matrix.wait(
        ana,
        lambda s: (
            s.room_id == later.room_id
            and s.event.get("state_key") == BOT
            and s.content.get("membership") == "join"
        ),
        "the assistant joining the room it was invited to while away",
    )
    listed = matrix.exchange(ana, "!consult list", "One consultation round")
    assert f"R1 “{TITLE}”" in listed
    with matrix.application.assistant.unit_of_work() as uow:
        assert len(uow.rounds.find()) == 1
    said = matrix.bot_messages(ana, matrix.direct_chat(ana))
    assert len([b for b in said if b.startswith("Created R")]) == 1
    matrix.sync(lena)
    said = matrix.bot_messages(lena, matrix.direct_chat(lena))
    assert len([b for b in said if "no upcoming meetings" in b]) == 1


def test_a_refused_send_says_why_in_the_words_of_the_delivery_report(matrix: MatrixWorld) -> None:
    ana = matrix.users[ANA]
    created = matrix.run(ana.client.room_create(name="Without the assistant"))
    assert isinstance(created, RoomCreateResponse), created
    post = Post(created.room_id, (msg("round-announced", id="R1", channels="#x"),), "en")
    with pytest.raises(Undelivered) as refused:
        matrix.bot.send(post)
    assert refused.value.code == "not_in_channel"
    assert not refused.value.maybe_delivered
