"""Minutes taken in a Slack channel, through the real wire format: `/meeting start` as a slash
command, the `#topic`, `#info`, `#agreed`, `#action` lines as signed `message` events (as Slack
marks up what people type), a reaction on each line taken, `/meeting end`. And the privacy
rule: any other message is ignored, without a Web API call or a row written."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from assistant.runtime.bootstrap import build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings
from handlers.slack.app import SlackAdapter, typed_text
from handlers.slack.server import serve_http
from tests.slack_standin import BOT_ID, BOT_USER_ID, SlackStandIn, manifest_scopes
from tests.support import table_rows
from tests.test_slack import SECRET, START, SlackWorld

TICK = "white_check_mark"


class MinutesWorld(SlackWorld):
    """A Slack workspace where people type in channels."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._events = 0

    def typed(
        self,
        user: str,
        text: str,
        channel: str = "C1",
        *,
        bare_channel_links: bool = False,
        **changes: Any,
    ) -> dict[str, Any]:
        """`user` types `text` in `channel`: the message is stored by the stand-in and its
        `message` event sent to the app (with `changes` to the event); the event is returned."""
        event = self.api.user_message(
            channel, user, text, bare_channel_links=bare_channel_links
        ) | dict(changes)
        self.send_event(event)
        return event

    def send_event(self, event: dict[str, Any], event_id: str = "", retry: int = 0) -> str:
        if not event_id:
            self._events += 1
            event_id = f"Ev{self._events:04d}"
        assert self.event(event, event_id, retry=retry) == 200
        return event_id

    def marked(self, event: dict[str, Any]) -> list[str]:
        """The reactions on the message of `event` once the app added one (or after 5 s)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            found = self.api.reactions(event["channel"], event["ts"])
            if found:
                return found
            time.sleep(0.01)
        return []

    def replies(self, user: str, count: int, before: int = 0) -> list[str]:
        """The ephemeral replies to `user` after the first `before`, once there are `count`."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            found = self.ephemerals(user)[before:]
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"{len(self.ephemerals(user)) - before} replies, not {count}")

    def settle(self) -> None:
        """Time for work that should not happen to show that it did not."""
        time.sleep(0.4)

    def minute_texts(self) -> list[tuple[str, str, str]]:
        with self.application.engine.connect() as connection:
            rows = connection.execute(
                sqlalchemy.text("SELECT kind, topic, text FROM minute_items ORDER BY id")
            ).all()
        return [(str(k), str(t), str(x)) for k, t, x in rows]


@pytest.fixture
def slack(database_url: str, tmp_path: Path) -> Iterator[MinutesWorld]:
    members = {"C1": ["UANA", "ULENA", "UOMAR"], "C2": ["UANA", "UOMAR"]}
    with SlackStandIn(members=members) as standin:
        standin.add_user("UANA", "ana", tz="Europe/Zurich", locale="en-GB")
        standin.add_user("ULENA", "lena", tz="Asia/Kolkata", locale="en-US")
        standin.add_user("UOMAR", "omar", tz=None, locale="es-ES")
        # Channels whose names are also words of the minutes: Slack links `#info` to them.
        for channel, name in (("C1", "wg"), ("C2", "random"), ("CINFO", "info")):
            standin.add_channel(channel, name)
        standin.add_channel("CGEN", "general")
        settings = Settings(database_url=database_url, admins=frozenset({"UANA"}))
        application = build(settings, FakeClock(START))
        adapter = SlackAdapter(
            application.assistant, application.translator, standin.client(), SECRET
        )
        server = serve_http(adapter, "127.0.0.1", 0)
        try:
            yield MinutesWorld(standin, application, server.server_address[1])
        finally:
            server.shutdown()
            server.server_close()
            application.engine.dispose()


def start_minutes(slack: MinutesWorld, title: str = "CWG-Internet 20") -> None:
    assert slack.command("UANA", f'/meeting start "{title}"') == 200
    slack.wait("chat.postMessage")
    slack.wait("conversations.members")  # after a post: the channel's audience, stored
    slack.settle()


def test_a_meeting_minuted_in_a_channel_from_start_to_end(slack: MinutesWorld) -> None:
    start_minutes(slack, "CWG-Internet twentieth meeting")
    (started,) = slack.api.calls("chat.postMessage")
    assert started.params["channel"] == "C1"
    assert started.params["text"] == (
        "📝 Minutes of M1 “CWG-Internet twentieth meeting” are being taken in this channel, "
        "chaired by <@UANA>. Lines starting with #topic, #info, #agreed, #action or #link are "
        "recorded; #undo removes the last one, #chair @someone hands over, `/meeting end` ends "
        "them."
    )

    topic = slack.typed("UANA", "#topic 7.3 Open consultations")
    assert slack.marked(topic) == [TICK]
    info = slack.typed("ULENA", "#info The round runs from October 2024 to January 2025")
    assert slack.marked(info) == [TICK]
    agreed = slack.typed("UANA", "#agreed Hold an open consultation session at the IGF")
    assert slack.marked(agreed) == [TICK]

    body = slack.typed(
        "UANA", '#action "ITU Secretariat" Launch the open consultation due 31 January 2025'
    )
    assert slack.marked(body) == [TICK]
    (read_back,) = slack.replies("UANA", 1)
    due = "Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC)"
    assert read_back == (
        "✓ Action 7.3.1 recorded:\n"
        "7.3.1 (A1) Launch the open consultation — ITU Secretariat — open, due "
        f"<!date^1738364340^{{date_short_pretty}} {{time}}|{due}> · {due}"
    )
    person = slack.typed("UANA", "#action <@ULENA> Circulate the questions due 15 January 2025")
    assert slack.marked(person) == [TICK]
    second = slack.replies("UANA", 2)[1]
    assert second.startswith(
        "✓ Action 7.3.2 recorded:\n7.3.2 (A2) Circulate the questions — <@ULENA> — open, due "
    )
    # The read-back is for the author alone: ephemeral in the channel, nothing posted.
    calls = [c for c in slack.api.calls("chat.postEphemeral") if c.ok]
    assert {(c.params["channel"], c.params["user"]) for c in calls} == {("C1", "UANA")}
    # Lena, whose action it is, is told in her direct chat; nothing else is posted.
    posted = slack.wait("chat.postMessage", 2)
    assert [c.params["channel"] for c in posted] == ["C1", "DULENA"]
    told = str(posted[1].params["text"])
    assert told.startswith("📌 <@UANA> made you the owner of action 7.3.2 “Circulate the")
    slack.settle()
    assert len(slack.api.calls("chat.postMessage")) == 2
    # Nobody else got a reply: a line taken is only marked.
    assert slack.ephemerals("ULENA") == []

    listing = slack.say("UANA", "/action list all")
    assert "7.3.1 (A1) Launch the open consultation" in listing
    assert "7.3.2 (A2) Circulate the questions — <@ULENA>" in listing

    slack.api.clear()
    assert slack.command("UANA", "/meeting end") == 200
    (upload,) = slack.wait("files.completeUploadExternal")
    posts = slack.api.calls("chat.postMessage")
    minutes = [c for c in posts if c.params["channel"] == "C1"]
    assert len(minutes) == 1
    started_at = "Mon, Oct 7, 2024, 10:00 Europe/Zurich (08:00 UTC)"
    due_15 = "Wed, Jan 15, 2025, 23:59 Europe/Zurich (22:59 UTC)"
    assert minutes[0].params["text"] == "\n".join(
        (
            "📝 Minutes of M1 “CWG-Internet twentieth meeting”, from "
            f"<!date^1728288000^{{date_short_pretty}} {{time}}|{started_at}> · {started_at}, "
            "chaired by <@UANA>",
            "7.3 Open consultations",
            "Info: The round runs from October 2024 to January 2025 (<@ULENA>)",
            "Agreed: Hold an open consultation session at the IGF",
            "Action 7.3.1: Launch the open consultation — ITU Secretariat, due "
            f"<!date^1738364340^{{date_short_pretty}} {{time}}|{due}> · {due}",
            "Action 7.3.2: Circulate the questions — <@ULENA>, due "
            f"<!date^1736981940^{{date_short_pretty}} {{time}}|{due_15}> · {due_15}",
        )
    )
    # The organiser gets the Markdown file in the direct chat, after a line saying what it is.
    (direct,) = [c for c in posts if c.params["channel"] == "DUANA"]
    assert direct.params["text"] == (
        "The minutes of M1 “CWG-Internet twentieth meeting”, as a Markdown file (M1-minutes.md)."
    )
    assert upload.ok
    assert upload.params["channel_id"] == "DUANA"
    (uploaded,) = upload.params["files"]
    assert uploaded["title"] == "M1-minutes.md"
    content = (slack.api.uploaded(uploaded["id"]) or b"").decode()
    assert content == (
        f"# 📝 Minutes of M1 “CWG-Internet twentieth meeting”, from {started_at}, chaired by "
        "@ana\n"
        "\n## 7.3 Open consultations\n"
        "\n- Info: The round runs from October 2024 to January 2025 (@lena)\n"
        "- Agreed: Hold an open consultation session at the IGF\n"
        f"- Action 7.3.1: Launch the open consultation — ITU Secretariat, due {due}\n"
        f"- Action 7.3.2: Circulate the questions — @lena, due {due_15}\n"
    )

    # Ended: the same lines are talk again, neither read nor marked.
    after = slack.typed("UANA", "#agreed Nothing more")
    slack.settle()
    assert slack.api.reactions("C1", after["ts"]) == []
    assert len(slack.minute_texts()) == 5


def test_other_messages_are_ignored_without_a_call_or_a_row(slack: MinutesWorld) -> None:
    slack.say("ULENA", "/assistant settings")  # Lena is known; Omar is not
    before = table_rows(slack.application.engine)
    slack.api.clear()
    # No minutes anywhere: even lines of minutes are talk.
    slack.typed("UOMAR", "#info The consultation closes soon")
    slack.typed("UOMAR", "hello")
    start_minutes(slack)
    slack.api.clear()
    during = table_rows(slack.application.engine)
    # Minutes in C1: talk there, a channel's name, and a line of minutes in another channel.
    for text, channel in (
        ("hello", "C1"),
        ("#general is great", "C1"),  # Slack sends <#CGEN|general> is great
        ("#agreement is near", "C1"),
        ("#information overload", "C1"),
        ("I #agreed to this", "C1"),
        ("#info Not here", "C2"),
        ("#agreed Nor here", "C2"),
    ):
        slack.typed("UOMAR", text, channel)
    slack.typed("ULENA", "hello")
    slack.settle()
    assert slack.api.calls() == []  # no profile looked up, no reaction, no reply
    assert table_rows(slack.application.engine) == during
    changed = {t for t, rows in during.items() if rows != before[t]}
    # Only what /meeting start did: the meeting, Ana met, C1's members, the command's id.
    assert changed == {"meetings", "people", "channel_members", "received_events"}


def test_a_retried_event_is_recorded_once(slack: MinutesWorld) -> None:
    start_minutes(slack)
    event = slack.api.user_message("C1", "UANA", "#agreed Publish the report")
    first = slack.send_event(event)
    slack.send_event(event, first, retry=1)
    slack.send_event(event, first, retry=2)
    assert slack.marked(event) == [TICK]
    slack.settle()
    assert slack.minute_texts() == [("agreed", "", "Publish the report")]
    assert len(slack.api.calls("reactions.add")) == 1


def test_a_line_only_the_chair_may_add_is_refused_ephemerally_and_not_marked(
    slack: MinutesWorld,
) -> None:
    start_minutes(slack)
    refused = slack.typed("UOMAR", "#agreed Adopt the report")
    (reply,) = slack.replies("UOMAR", 1)
    # In Omar's language.
    assert reply == "Solo <@UANA>, que preside el acta, o la secretaría pueden usar #agreed."
    (call,) = [c for c in slack.api.calls("chat.postEphemeral") if c.params["user"] == "UOMAR"]
    assert call.params["channel"] == "C1"
    slack.settle()
    assert slack.api.calls("reactions.add") == []
    assert slack.api.reactions("C1", refused["ts"]) == []
    assert slack.minute_texts() == []
    # Anyone may add #info.
    info = slack.typed("UOMAR", "#info La delegación apoya la propuesta")
    assert slack.marked(info) == [TICK]
    # A stakeholder cannot be handed the minutes; a member can. Then Omar may: each control
    # line is marked too, and its note is not sent.
    assert slack.marked(slack.typed("UANA", "#chair <@UOMAR>")) == []
    assert slack.command("UANA", "/assistant role <@UOMAR> member") == 200
    slack.settle()
    assert slack.marked(slack.typed("UANA", "#chair <@UOMAR>")) == [TICK]
    assert slack.marked(slack.typed("UOMAR", "#agreed Adopt the report")) == [TICK]
    assert slack.marked(slack.typed("UOMAR", "#undo")) == [TICK]
    assert slack.minute_texts() == [("info", "", "La delegación apoya la propuesta")]
    assert len(slack.ephemerals("UOMAR")) == 1


def test_slack_markup_is_read_back_as_typed(slack: MinutesWorld) -> None:
    start_minutes(slack)
    # A channel is named `info`: Slack sends `<#CINFO|info> …`, or `<#CINFO|> …` from newer
    # clients (then the name is asked of Slack, once).
    named = slack.typed("UANA", "#info Named & linked <see> #random")
    assert named["text"] == "<#CINFO|info> Named &amp; linked &lt;see&gt; <#C2|random>"
    assert slack.marked(named) == [TICK]
    bare = slack.typed("UANA", "#info Without the name", bare_channel_links=True)
    assert bare["text"] == "<#CINFO|> Without the name"
    assert slack.marked(bare) == [TICK]
    # Each line is awaited before the next: the app takes events on a pool, in any order.
    again = slack.typed("UANA", "#info Again without it", bare_channel_links=True)
    assert slack.marked(again) == [TICK]
    link = slack.typed("ULENA", "#link https://www.itu.int/cwg-internet?a=1&b=2 Consultation page")
    assert link["text"].startswith("#link <https://www.itu.int/cwg-internet?a=1&amp;b=2>")
    assert slack.marked(link) == [TICK]
    lines = slack.typed("UANA", "#agreed First point\nSecond point")
    assert slack.marked(lines) == [TICK]
    assert slack.minute_texts()[:3] == [
        ("info", "", "Named & linked <see> #random"),
        ("info", "", "Without the name"),
        ("info", "", "Again without it"),
    ]
    assert [c.params["channel"] for c in slack.api.calls("conversations.info")] == ["CINFO"]
    with slack.application.engine.connect() as connection:
        (url,) = connection.execute(
            sqlalchemy.text("SELECT url FROM minute_items WHERE kind = 'link'")
        ).one()
    assert url == "https://www.itu.int/cwg-internet?a=1&b=2"
    assert slack.minute_texts()[3:] == [
        ("link", "", "Consultation page"),
        ("agreed", "", "First point\nSecond point"),
    ]


def test_edits_deletions_bots_and_broadcasts_are_not_read(slack: MinutesWorld) -> None:
    start_minutes(slack)
    slack.api.clear()
    message = slack.api.user_message("C1", "UANA", "#agreed Typed once")
    for changes in (
        {"subtype": "message_changed", "message": dict(message)},
        {"subtype": "message_deleted", "previous_message": dict(message)},
        {"subtype": "thread_broadcast", "thread_ts": "1700000000.000100"},
        {"subtype": "bot_message", "bot_id": "B2", "user": None},
        {"user": BOT_USER_ID, "bot_id": BOT_ID},  # the assistant's own
        {"subtype": "channel_join"},
    ):
        slack.send_event(message | changes)
    slack.settle()
    assert slack.api.calls() == []
    assert slack.minute_texts() == []


def test_a_line_in_a_private_channel_and_in_a_thread_is_taken(slack: MinutesWorld) -> None:
    slack.api.set_members("G1", ["UANA"])
    slack.api.add_channel("G1", "secretariat")
    assert slack.command("UANA", '/meeting start "Bureau"', channel="G1") == 200
    slack.wait("chat.postMessage")
    private = slack.typed("UANA", "#agreed Meet again in March", "G1")
    assert private["channel_type"] == "group"
    assert slack.marked(private) == [TICK]
    reply = slack.typed("UANA", "#info Said in a thread", "G1", thread_ts=private["ts"])
    assert slack.marked(reply) == [TICK]
    assert slack.minute_texts() == [
        ("agreed", "", "Meet again in March"),
        ("info", "", "Said in a thread"),
    ]


def test_a_mention_of_the_assistant_is_recorded_once_with_its_message_event(
    slack: MinutesWorld,
) -> None:
    start_minutes(slack)
    # Slack sends both an app_mention and a message event for a message that mentions the app.
    for text in ("<@UBOT> #agreed Ask the assistant", "#info Ask <@UBOT> later"):
        message = slack.api.user_message("C1", "UANA", text)
        slack.send_event(message)
        slack.send_event(message | {"type": "app_mention"})
        assert slack.marked(message) == [TICK]
    slack.settle()
    assert slack.minute_texts() == [
        ("agreed", "", "Ask the assistant"),
        ("info", "", "Ask <@UBOT> later"),
    ]
    assert len(slack.api.calls("reactions.add")) == 2
    assert slack.ephemerals("UANA") == []


def test_a_reaction_slack_refuses_does_not_lose_the_line(slack: MinutesWorld) -> None:
    start_minutes(slack)
    slack.api.fail("reactions.add", "already_reacted")
    first = slack.typed("UANA", "#agreed One")
    slack.wait("reactions.add")
    # Installed from an older manifest, without reactions:write: the line is taken, and the
    # author told so in words.
    slack.api.set_scopes(manifest_scopes() - {"reactions:write"})
    second = slack.typed("UANA", "#agreed Two")
    assert slack.replies("UANA", 1) == ["✓ #agreed recorded."]
    (refused,) = slack.api.calls("reactions.add")[1:]
    assert refused.response["error"] == "missing_scope"
    assert refused.response["needed"] == "reactions:write"
    assert slack.api.reactions("C1", first["ts"]) == []
    assert slack.api.reactions("C1", second["ts"]) == []
    assert slack.minute_texts() == [("agreed", "", "One"), ("agreed", "", "Two")]
    assert slack.ephemerals("UANA") == ["✓ #agreed recorded."]  # nothing for already_reacted


@pytest.mark.parametrize(
    ("sent", "typed"),
    [
        ("<#CINFO|info> text", "#info text"),
        ("<#CINFO|> text", "#info text"),  # named by conversations.info
        ("<#CINFO> text", "#info text"),
        ("<#CNONE|> text", "<#CNONE|> text"),  # a name Slack will not give: left as sent
        ("#agreed A &amp; B &lt;b&gt;", "#agreed A & B <b>"),
        ("#info &amp;lt; stays typed", "#info &lt; stays typed"),
        ("#action <@U1> Do it", "#action <@U1> Do it"),
        ("#action <@U1|lena> Do it", "#action <@U1|lena> Do it"),
        ("#info <!here> <!subteam^S1|@team>", "#info <!here> <!subteam^S1|@team>"),
        ("#link <https://x.org/?a=1&amp;b=2> Page", "#link https://x.org/?a=1&b=2 Page"),
        ("#link <http://x.org|x.org> Page", "#link http://x.org Page"),
        ("#info mail <mailto:a@x.org|a@x.org>", "#info mail a@x.org"),
        ("#agreed One\nTwo\n\nThree", "#agreed One\nTwo\n\nThree"),
    ],
)
def test_slack_markup_is_turned_back_into_what_was_typed(sent: str, typed: str) -> None:
    names = {"CINFO": "info"}
    assert typed_text(sent, names.get) == typed


def test_a_burst_of_lines_is_acknowledged_at_once_while_the_database_is_busy(
    slack: MinutesWorld,
) -> None:
    if slack.application.engine.url.get_backend_name() != "sqlite":
        pytest.skip("holds SQLite's write lock")
    start_minutes(slack)
    holder = sqlite3.connect(str(slack.application.engine.url.database), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's long transaction
    events = []
    try:
        for number in range(12):  # more than the adapter's 8 workers
            started = time.monotonic()
            events.append(slack.typed("UANA", f"#info Point {number}"))
            assert time.monotonic() - started < 1.0  # well inside Slack's 3 seconds
        assert slack.api.calls("reactions.add") == []  # the work waits for the lock
    finally:
        holder.rollback()
        holder.close()
    for event in events:
        assert slack.marked(event) == [TICK]
    assert sorted(t for _, _, t in slack.minute_texts()) == sorted(f"Point {n}" for n in range(12))
