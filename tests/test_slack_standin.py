"""The Slack stand-in answers slack_sdk's WebClient the way the tests of the Slack app expect."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterator
from itertools import pairwise

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import Clock, SignatureVerifier

from tests.slack_standin import SlackStandIn, event_callback, manifest_scopes, signed_headers


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(members={"C1": [f"U{i}" for i in range(5)]}) as standin:
        yield standin


def _section(text: str) -> dict[str, object]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def test_a_plain_web_client_reaches_it_and_auth_test_answers(slack: SlackStandIn) -> None:
    assert slack.base_url == f"http://127.0.0.1:{slack.port}/api/"
    client = WebClient(token="xoxb-test", base_url=slack.base_url)
    client.proxy = None
    answer = client.auth_test()
    assert answer["user_id"] == "UBOT"
    assert answer["bot_id"] == "BBOT"
    assert answer["team_id"] == "T1"
    (call,) = slack.calls("auth.test")
    assert call.headers["authorization"] == "Bearer xoxb-test"
    assert call.ok
    assert not call.limited


def test_posted_messages_are_recorded_with_increasing_ts_and_come_back_in_history(
    slack: SlackStandIn,
) -> None:
    client = slack.client()
    metadata = {"event_type": "reminder", "event_payload": {"id": 7}}
    first = client.chat_postMessage(channel="C1", text="one", metadata=metadata)
    second = client.chat_postMessage(channel="C1", text="two", blocks=[_section("*two*")])
    client.chat_postMessage(channel="C2", text="elsewhere")

    assert first["channel"] == "C1"
    assert first["message"]["metadata"] == metadata
    assert float(first["ts"]) < float(second["ts"])
    assert [c.params["text"] for c in slack.calls("chat.postMessage")] == [
        "one",
        "two",
        "elsewhere",
    ]
    assert slack.calls("chat.postMessage")[1].params["blocks"] == [_section("*two*")]

    history = client.conversations_history(channel="C1")["messages"]
    assert [m["text"] for m in history] == ["two", "one"]
    assert "metadata" not in history[1]
    with_metadata = client.conversations_history(channel="C1", include_all_metadata=True)
    assert with_metadata["messages"][1]["metadata"] == metadata

    updated = client.chat_update(channel="C1", ts=first["ts"], text="one, edited")
    assert (updated["ts"], updated["text"]) == (first["ts"], "one, edited")
    assert slack.messages("C1")[0]["text"] == "one, edited"


def test_users_info_gives_zone_and_locale_or_user_not_found(slack: SlackStandIn) -> None:
    slack.add_user("U1", "ada", tz="Europe/Paris", locale="fr-FR")
    slack.add_user("U2", "bob", tz=None)
    client = slack.client()

    ada = client.users_info(user="U1", include_locale=True)["user"]
    assert (ada["id"], ada["name"], ada["tz"], ada["locale"]) == (
        "U1",
        "ada",
        "Europe/Paris",
        "fr-FR",
    )
    assert ada["tz_offset"] in (3600, 7200)
    assert ada["profile"]["display_name"] == "ada"
    assert "locale" not in client.users_info(user="U1")["user"]
    assert client.users_info(user="U2")["user"]["tz"] is None

    with pytest.raises(SlackApiError) as raised:
        client.users_info(user="U404")
    assert raised.value.response["error"] == "user_not_found"


def test_rate_limited_calls_succeed_after_honouring_retry_after(slack: SlackStandIn) -> None:
    slack.rate_limit("chat.postMessage", times=2, retry_after=1)
    client = slack.client(retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3)])

    assert client.chat_postMessage(channel="C1", text="hello")["ok"]

    calls = slack.calls("chat.postMessage")
    assert [(c.status, c.limited) for c in calls] == [(429, True), (429, True), (200, False)]
    assert calls[0].response == {"ok": False, "error": "ratelimited"}
    assert all(later.at - earlier.at >= 1.0 for earlier, later in pairwise(calls))
    assert len(slack.messages("C1")) == 1


def test_a_429_carries_retry_after_for_a_client_without_retry_handler(slack: SlackStandIn) -> None:
    slack.limit_per_second("chat.postMessage", 2, per_channel=True)
    client = slack.client()
    client.chat_postMessage(channel="C1", text="1")
    client.chat_postMessage(channel="C1", text="2")
    client.chat_postMessage(channel="C2", text="other channel")
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="3")
    assert raised.value.response.status_code == 429
    assert raised.value.response.headers["Retry-After"] == "1"
    assert [c.limited for c in slack.calls("chat.postMessage")] == [False, False, False, True]


def test_a_method_can_be_limited_per_workspace_and_per_channel_at_once(
    slack: SlackStandIn,
) -> None:
    slack.limit_per_second("chat.postMessage", 3)
    slack.limit_per_second("chat.postMessage", 1, per_channel=True)
    client = slack.client()
    for channel in ("C1", "C1", "C2", "C3", "C4"):
        with contextlib.suppress(SlackApiError):  # the 429s: a plain client does not retry
            client.chat_postMessage(channel=channel, text="hi")
    # C1's second is over its channel's limit; C4 is the fourth in the workspace's second
    # (a refused call does not count against either limit).
    calls = slack.calls("chat.postMessage")
    assert [c.status for c in calls] == [200, 429, 200, 200, 429]
    slack.limit_per_second("chat.postMessage", None)
    client.chat_postMessage(channel="C5", text="workspace limit removed")
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="C5", text="the channel's is still there")


def test_blocks_a_real_slack_would_reject_are_rejected(slack: SlackStandIn) -> None:
    client = slack.client()
    too_many = [_section("x")] * 51
    long_section = [_section("x" * 3001)]
    long_header = [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}]
    for blocks in (too_many, long_section, long_header):
        with pytest.raises(SlackApiError) as raised:
            client.chat_postMessage(channel="C1", text="fallback", blocks=blocks)
        assert raised.value.response["error"] == "invalid_blocks"

    # Each block is within its limit, the whole is not.
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="t", blocks=[_section("y" * 2900)] * 5)
    assert raised.value.response["error"] == "msg_blocks_too_long"

    # Blocks as a JSON string in a form body are decoded, and checked just the same.
    form = {"channel": "C1", "text": "t", "blocks": json.dumps(too_many)}
    with pytest.raises(SlackApiError) as raised:
        client.api_call("chat.postMessage", params=form)
    assert raised.value.response["error"] == "invalid_blocks"
    assert slack.calls("chat.postMessage")[-1].params["blocks"] == too_many

    assert client.chat_postMessage(channel="C1", text="t", blocks=[_section("y" * 3000)])["ok"]
    assert len(slack.messages("C1")) == 1


def test_views_members_and_dm_channels(slack: SlackStandIn) -> None:
    client = slack.client()
    title = {"type": "plain_text", "text": "Reminder"}
    modal = {"type": "modal", "title": title, "blocks": [_section("when?")]}
    opened = client.views_open(trigger_id="1.2.3", view=modal)["view"]
    assert opened["id"].startswith("V")
    assert opened["title"] == title
    updated = client.views_update(view_id=opened["id"], view=modal)["view"]
    assert updated["id"] == opened["id"]
    long_title = {**modal, "title": {"type": "plain_text", "text": "t" * 25}}
    with pytest.raises(SlackApiError) as raised:
        client.views_open(trigger_id="1.2.3", view=long_title)
    assert raised.value.response["error"] == "invalid_arguments"

    home = {"type": "home", "blocks": [_section("hi")] * 100}
    client.views_publish(user_id="U1", view=home)
    assert slack.home_view("U1") is not None
    with pytest.raises(SlackApiError):
        client.views_publish(user_id="U1", view={**home, "blocks": [_section("hi")] * 101})

    first = client.conversations_members(channel="C1", limit=3)
    rest = client.conversations_members(
        channel="C1", cursor=first["response_metadata"]["next_cursor"]
    )
    assert first["members"] + rest["members"] == ["U0", "U1", "U2", "U3", "U4"]
    assert rest["response_metadata"]["next_cursor"] == ""

    dm = client.conversations_open(users="U3")["channel"]["id"]
    assert dm == "DU3" == client.conversations_open(users="U3")["channel"]["id"]


def test_files_upload_v2_round_trip(slack: SlackStandIn) -> None:
    client = slack.client()
    answer = client.files_upload_v2(channel="C1", filename="agenda.ics", content="BEGIN:VCALENDAR")
    file_id = answer["file"]["id"]
    assert slack.uploaded(file_id) == b"BEGIN:VCALENDAR"
    assert [c.method for c in slack.calls()] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]


def test_it_listens_on_loopback_only_and_closes_on_exit() -> None:
    with SlackStandIn() as standin:
        port = standin.port
        assert standin._server is not None
        assert standin._server.server_address[0] == "127.0.0.1"
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", port), timeout=0.5),
    ):
        pass


def test_a_call_without_its_scope_is_refused_as_slack_refuses_it() -> None:
    granted = {"chat:write", "im:history"}
    with SlackStandIn(scopes=granted) as standin:
        client = standin.client()
        client.chat_postMessage(channel="C1", text="posted")
        assert client.conversations_history(channel="DU1")["ok"]  # im:history is granted
        with pytest.raises(SlackApiError) as refused:
            client.conversations_history(channel="C1")
        answer = refused.value.response
        assert answer["error"] == "missing_scope"
        assert answer["needed"] == "channels:history"
        assert answer["provided"] == "chat:write,im:history"
        with pytest.raises(SlackApiError, match="missing_scope"):
            client.users_info(user="U1")
        standin.set_scopes({*granted, "channels:history"})  # the app reinstalled
        assert [m["text"] for m in client.conversations_history(channel="C1")["messages"]] == [
            "posted"
        ]


def test_by_default_it_grants_the_scopes_of_the_manifest(slack: SlackStandIn) -> None:
    client = slack.client()
    assert client.conversations_history(channel="C1")["ok"]
    assert client.conversations_members(channel="C1")["ok"]


def test_failures_on_demand_with_or_without_their_effect(slack: SlackStandIn) -> None:
    client = slack.client()
    slack.fail("chat.postMessage", "internal_error", channel="C1")
    slack.fail("chat.postMessage", "not_in_channel", channel="C2", times=2, performed=False)
    slack.fail("chat.update", "internal_error", performed=True)
    with pytest.raises(SlackApiError, match="internal_error"):
        client.chat_postMessage(channel="C1", text="lost")
    first = client.chat_postMessage(channel="C1", text="kept")  # only the next call failed
    for _ in range(2):
        with pytest.raises(SlackApiError, match="not_in_channel"):
            client.chat_postMessage(channel="C2", text="refused")
    client.chat_postMessage(channel="C2", text="let in")
    with pytest.raises(SlackApiError, match="internal_error"):
        client.chat_update(channel="C1", ts=first["ts"], text="kept, edited")
    assert [m["text"] for m in slack.messages("C1")] == ["kept, edited"]  # it took effect
    assert [m["text"] for m in slack.messages("C2")] == ["let in"]


def test_people_s_messages_are_marked_up_as_slack_does_and_come_as_message_events(
    slack: SlackStandIn,
) -> None:
    slack.add_channel("C1", "wg")
    slack.add_channel("CINFO", "info")
    slack.add_channel("G1", "bureau")
    event = slack.user_message("C1", "U1", "#info A & B <i> see #wg, https://x.org/?a=1&b=2 <@U2>")
    assert event["text"] == (
        "<#CINFO|info> A &amp; B &lt;i&gt; see <#C1|wg>, <https://x.org/?a=1&amp;b=2> <@U2>"
    )
    assert (event["type"], event["channel"], event["user"], event["channel_type"]) == (
        "message",
        "C1",
        "U1",
        "channel",
    )
    assert event["event_ts"] == event["ts"]
    assert event["client_msg_id"]
    bare = slack.user_message("G1", "U1", "#info #unknown C#", bare_channel_links=True)
    assert (bare["text"], bare["channel_type"]) == ("<#CINFO|> #unknown C#", "group")
    assert [m["ts"] for m in slack.messages("C1")] == [event["ts"]]
    info = slack.client().conversations_info(channel="CINFO")["channel"]
    assert (info["id"], info["name"], info["is_private"]) == ("CINFO", "info", False)
    with pytest.raises(SlackApiError, match="channel_not_found"):
        slack.client().conversations_info(channel="CNONE")


def test_reactions_on_messages_as_slack_answers_them(slack: SlackStandIn) -> None:
    client = slack.client()
    event = slack.user_message("C1", "U1", "#agreed Yes")
    assert client.reactions_add(channel="C1", timestamp=event["ts"], name="white_check_mark")["ok"]
    assert slack.reactions("C1", event["ts"]) == ["white_check_mark"]
    for wrong, error in (
        ({"timestamp": event["ts"], "name": "white_check_mark"}, "already_reacted"),
        ({"timestamp": "1.000001", "name": "white_check_mark"}, "message_not_found"),
        ({"timestamp": event["ts"], "name": "Not An Emoji"}, "invalid_name"),
    ):
        with pytest.raises(SlackApiError, match=error):
            client.reactions_add(channel="C1", **wrong)
    (message,) = slack.messages("C1")
    assert message["reactions"] == [{"name": "white_check_mark", "users": ["UBOT"], "count": 1}]
    client.reactions_remove(channel="C1", timestamp=event["ts"], name="white_check_mark")
    assert slack.reactions("C1", event["ts"]) == []
    with pytest.raises(SlackApiError, match="no_reaction"):
        client.reactions_remove(channel="C1", timestamp=event["ts"], name="white_check_mark")
    slack.set_scopes(set(manifest_scopes()) - {"reactions:write"})
    with pytest.raises(SlackApiError) as refused:
        client.reactions_add(channel="C1", timestamp=event["ts"], name="white_check_mark")
    assert refused.value.response["needed"] == "reactions:write"


def test_events_are_wrapped_and_signed_as_slack_sends_them() -> None:
    body = event_callback({"type": "message", "text": "hi"}, "Ev1", event_time=1700000000)
    assert json.loads(body) == {
        "type": "event_callback",
        "token": "legacy",
        "team_id": "T1",
        "api_app_id": "A1",
        "event_id": "Ev1",
        "event_time": 1700000000,
        "event": {"type": "message", "text": "hi"},
    }
    headers = signed_headers(body, "secret", timestamp=1700000000)
    verifier = SignatureVerifier("secret", clock=_FixedClock(1700000000))
    assert verifier.is_valid(
        body, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )
    assert not SignatureVerifier("other", clock=_FixedClock(1700000000)).is_valid(
        body, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )


class _FixedClock(Clock):
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now
