"""The Slack app manifest declares what the adapter handles, and asks for the scope of every
Web API method the code can call."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import yaml
from slack_sdk import WebClient

from handlers.slack.app import COMMANDS
from handlers.slack.server import EVENTS_PATH
from tests.slack_standin import METHOD_SCOPES

ROOT = Path(__file__).parents[1]
MANIFEST = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text())
SLACK_CODE = ROOT / "handlers" / "slack"

# slack_sdk helpers that are several Web API methods under one name.
HELPERS = {"files_upload_v2": ("files.getUploadURLExternal", "files.completeUploadExternal")}
# Called without a `client.` in our code: slack-bolt's App checks its token with auth.test.
IMPLICIT = {"auth.test": "slack_bolt.App"}
# What each subscribed bot event needs (Slack's event documentation).
EVENT_SCOPES = {
    "app_home_opened": (),
    "app_mention": ("app_mentions:read",),
    "message.im": ("im:history",),
    # Lines of minutes typed in public and private channels.
    "message.channels": ("channels:history",),
    "message.groups": ("groups:history",),
}


def test_every_slash_command_is_declared_and_escapes_mentions() -> None:
    declared = {c["command"]: c for c in MANIFEST["features"]["slash_commands"]}
    assert set(declared) == set(COMMANDS)
    for command in declared.values():
        assert command["url"].endswith(EVENTS_PATH)
        assert command["should_escape"] is True  # @user arrives as <@U…>, never as plain text


def test_events_interactivity_and_home_are_enabled() -> None:
    settings = MANIFEST["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_home_opened",
        "app_mention",
        "message.im",
        "message.channels",
        "message.groups",
    }
    assert settings["interactivity"]["is_enabled"] is True
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True


def _web_api_name(sdk_name: str) -> tuple[str, ...]:
    """`chat_postMessage` → chat.postMessage: slack_sdk names each method after it, with `_`
    for the first dot."""
    return HELPERS.get(sdk_name) or (sdk_name.replace("_", ".", 1),)


def called_methods(root: Path = SLACK_CODE) -> dict[str, list[str]]:
    """Every Web API method the Slack adapter can call (`….client.<method>(…)` anywhere under
    handlers/slack), with where it is called."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver = node.func.value
            name = receiver.attr if isinstance(receiver, ast.Attribute) else None
            name = receiver.id if isinstance(receiver, ast.Name) else name
            if name != "client":
                continue
            assert hasattr(WebClient, node.func.attr), f"{path}: not a WebClient method"
            for method in _web_api_name(node.func.attr):
                found[method].append(f"{path.relative_to(ROOT)}:{node.lineno}")
    for method, caller in IMPLICIT.items():
        found[method].append(caller)
    return dict(found)


def test_the_scan_finds_the_calls_of_the_adapter() -> None:
    called = called_methods()
    assert {
        "auth.test",
        "chat.postMessage",
        "chat.postEphemeral",
        "chat.update",
        "conversations.open",
        "conversations.members",
        "conversations.history",
        "users.info",
        "views.open",
        "views.publish",
        "files.getUploadURLExternal",
        "files.completeUploadExternal",
        "reactions.add",
        "conversations.info",
    } <= set(called)


def test_every_method_the_code_calls_has_its_scopes_in_the_table() -> None:
    # A new call cannot go in without saying what it needs: add the method to METHOD_SCOPES
    # (tests/slack_standin.py, from Slack's documentation of the method), then to the manifest.
    unknown = {m: where for m, where in called_methods().items() if m not in METHOD_SCOPES}
    assert unknown == {}


def test_the_manifest_asks_for_the_scopes_of_every_method_the_code_calls() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    missing = {
        method: sorted(set(METHOD_SCOPES.get(method, ())) - scopes)
        for method in called_methods()
        if set(METHOD_SCOPES.get(method, ())) - scopes
    }
    assert missing == {}


def test_the_manifest_asks_for_the_scopes_of_its_events_and_commands() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    assert {scope for event in events for scope in EVENT_SCOPES[event]} <= scopes
    assert "commands" in scopes  # slash commands
