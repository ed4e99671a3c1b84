"""The Slack app manifest declares what the adapter handles."""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers.slack.app import COMMANDS
from handlers.slack.server import EVENTS_PATH

MANIFEST = yaml.safe_load((Path(__file__).parents[1] / "slack" / "manifest.yml").read_text())


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
    }
    assert settings["interactivity"]["is_enabled"] is True
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True


def test_scopes_cover_the_web_api_methods_the_adapter_calls() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    # chat.postMessage/postEphemeral/update, conversations.open, users.info (with locale),
    # conversations.members, files.upload, slash commands and mentions.
    assert {
        "commands",
        "chat:write",
        "im:write",
        "users:read",
        "channels:read",
        "files:write",
    } <= scopes
    assert {"app_mentions:read", "im:history"} <= scopes
