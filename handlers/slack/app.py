"""The Slack adapter on slack-bolt: slash commands, buttons, the respond modal, App Home."""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from assistant import commands as c
from assistant.dispatch import Assistant, Incoming, Profile
from assistant.domain.model import ActionStatus, RsvpChoice
from assistant.messages import (
    Audience,
    Direct,
    Edit,
    Form,
    Home,
    Mention,
    Message,
    Outgoing,
    Post,
    Reply,
    UserError,
    msg,
)
from assistant.runtime.i18n import FluentTranslator
from assistant.services import home, rounds
from handlers.slack.render import SlackRenderer, form_too_long, home_view, messages, modal

log = logging.getLogger(__name__)

PLATFORM = "slack"
COMMANDS = ("/consult", "/meeting", "/action", "/digest", "/assistant")
PROFILE_SECONDS = 3600
MEMBERS_SECONDS = 600
_MENTION = re.compile(r"^\s*<@[A-Z0-9]+>\s*")


def make_client(token: str, base_url: str | None = None) -> WebClient:
    """A Web API client that honours Retry-After on 429 and retries lost connections."""
    return WebClient(
        token=token,
        base_url=base_url or WebClient.BASE_URL,
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=8),
            ConnectionErrorRetryHandler(max_retry_count=3),
        ],
    )


class SlackAdapter:
    """Turns Slack payloads into the assistant's commands and its answers into Web API calls."""

    def __init__(
        self,
        assistant: Assistant,
        translator: FluentTranslator,
        client: WebClient,
        signing_secret: str,
    ) -> None:
        self.assistant = assistant
        self.client = client
        if not any(isinstance(h, RateLimitErrorRetryHandler) for h in client.retry_handlers):
            # Nothing is dropped on a 429: wait as long as Slack asks, then send again.
            client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=8))
        self.renderer = SlackRenderer(translator)
        self._profiles: dict[str, tuple[float, Profile | None]] = {}
        self._dm_channels: dict[str, str] = {}
        self._members_synced: dict[str, float] = {}
        self._lock = threading.Lock()
        self.app = App(
            client=client,
            signing_secret=signing_secret,
            # Listeners ack at once and do the work afterwards (Slack allows 3 s).
            process_before_response=False,
        )
        self._register()

    # ------------------------------------------------------------ wiring

    def _register(self) -> None:
        app = self.app
        for command in COMMANDS:
            app.command(command)(ack=_ack, lazy=[self._on_command])
        app.action(re.compile(r"^(round:respond|rsvp:[a-z-]+|action:done)$"))(self._on_button)
        app.view("round:answers")(ack=_ack, lazy=[self._on_answers])
        app.event("app_home_opened")(self._on_home_opened)
        app.event("app_mention")(self._on_mention)
        app.event("message")(self._on_message)
        app.error(self._on_error)

    def _on_error(self, error: Exception, body: dict[str, Any]) -> None:
        log.error("Slack request failed: %s", error, exc_info=error)
        user = (body.get("user") or {}).get("id") or body.get("user_id")
        if user:
            self.deliver(
                [Reply((msg("error-internal"),), locale="en", tz="UTC")], user=user, channel=None
            )

    # ------------------------------------------------------------ identity

    def profile(self, user_id: str) -> Profile | None:
        """The person's Slack name, zone and locale, cached for an hour."""
        now = time.monotonic()
        with self._lock:
            cached = self._profiles.get(user_id)
        if cached and cached[0] > now:
            return cached[1]
        found: Profile | None = None
        try:
            user = self.client.users_info(user=user_id, include_locale=True)["user"]
            names = user.get("profile") or {}
            found = Profile(
                display_name=names.get("display_name") or user.get("real_name") or "",
                tz=user.get("tz"),
                language=user.get("locale"),
            )
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
        with self._lock:
            self._profiles[user_id] = (now + PROFILE_SECONDS, found)
        return found

    def incoming(self, user: str, channel: str, text: str, is_command: bool = True) -> Incoming:
        return Incoming(
            platform=PLATFORM,
            user_id=user,
            channel_id=channel,
            text=text,
            is_command=is_command,
            profile=self.profile(user),
        )

    # ------------------------------------------------------------ listeners

    def _on_command(self, body: dict[str, Any]) -> None:
        if not self.assistant.first_time(f"slack-command:{body.get('trigger_id')}"):
            return
        text = f"{body['command'].lstrip('/')} {body.get('text', '')}".strip()
        user, channel = body["user_id"], body.get("channel_id", "")
        self.deliver(self.assistant.handle(self.incoming(user, channel, text)), user, channel)

    def _on_button(self, ack: Ack, body: dict[str, Any]) -> None:
        ack()
        action = body["actions"][0]
        user = body["user"]["id"]
        if not self.assistant.first_time(f"slack-action:{user}:{action.get('action_ts')}"):
            return
        channel = (body.get("channel") or {}).get("id", "")
        event = self.incoming(user, channel, action["action_id"])
        name, value = action["action_id"], action.get("value", "")
        if name == "round:respond":
            self._open_form(event, value, body["trigger_id"])
            return
        try:
            if name.startswith("rsvp:"):
                meeting = c.meeting_ref(c.Token(value))
                command: Any = c.AnswerRsvp(meeting, RsvpChoice(name.split(":", 1)[1]))
                items = self.assistant.execute(event, ("meeting", "rsvp"), command)
            else:
                command = c.UpdateAction(value, ActionStatus.DONE, "")
                items = self.assistant.execute(event, ("action", "done"), command)
        except (ValueError, UserError) as error:
            log.warning("unusable button %s=%r: %s", name, value, error)
            items = [Reply((msg("error-internal"),), locale="en", tz="UTC")]
        self.deliver(items, user, channel or None)
        if (body.get("view") or {}).get("type") == "home":
            self.publish_home(user)

    def _open_form(self, event: Incoming, value: str, trigger_id: str) -> None:
        try:
            round_id = c.round_ref(c.Token(value))
        except UserError as error:
            self.deliver([Reply((error.message,), "en", "UTC")], event.user_id, None)
            return
        found = self.assistant.ask(event, lambda ctx: rounds.respond_form(ctx, round_id))
        if isinstance(found, Form):
            view = modal(found, self.renderer, private_metadata=found.value)
            if view is not None:
                self.client.views_open(trigger_id=trigger_id, view=view)
                return
            found = Reply((form_too_long(found),), found.locale, found.tz)
        self.deliver([found], event.user_id, event.channel_id or None)

    def _on_answers(self, body: dict[str, Any]) -> None:
        user = body["user"]["id"]
        view = body["view"]
        if not self.assistant.first_time(f"slack-view:{view.get('id')}:{view.get('hash')}"):
            return
        round_id = c.round_ref(c.Token(view.get("private_metadata", "")))
        event = self.incoming(user, "", "round:answers")
        lines: list[Message] = []
        locale, tz = "en", "UTC"
        for block_id, inputs in sorted(view["state"]["values"].items()):
            text = (inputs.get("answer") or {}).get("value") or ""
            if not c.has_visible_text(text):
                continue
            question = c.question_ref(c.Token(block_id))
            command = c.AnswerQuestion(round_id, question, c.clean_input(text))
            for item in self.assistant.execute(event, ("consult", "answer"), command):
                lines += item.lines
                locale, tz = item.locale, item.tz
        lines = lines or [msg("form-received", id=f"R{round_id}")]
        self.deliver([Direct(user, tuple(lines), locale, tz)], user, None)

    def _on_home_opened(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return
        if not self.assistant.first_time(f"slack-event:{body.get('event_id')}"):
            return
        self.publish_home(event["user"])

    def publish_home(self, user: str) -> None:
        found = self.assistant.ask(self.incoming(user, "", "home"), home.overview)
        if isinstance(found, Home):
            self.client.views_publish(user_id=user, view=home_view(found, self.renderer))
        else:
            self.deliver([found], user, None)

    def _on_mention(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        if not self.assistant.first_time(f"slack-event:{body.get('event_id')}"):
            return
        text = _MENTION.sub("", event.get("text", ""))
        user, channel = event["user"], event["channel"]
        self.deliver(self.assistant.handle(self.incoming(user, channel, text)), user, channel)

    def _on_message(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        """Direct messages to the assistant: commands, or answers in a guided response."""
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        if not self.assistant.first_time(f"slack-event:{body.get('event_id')}"):
            return
        text = event.get("text", "").strip()
        user, channel = event["user"], event["channel"]
        first = text.split(maxsplit=1)[0].lstrip("/").lower() if text else ""
        is_command = first in {name.lstrip("/") for name in COMMANDS}
        incoming = self.incoming(user, channel, text.lstrip("/"), is_command=is_command)
        self.deliver(self.assistant.handle(incoming), user, channel)

    # ------------------------------------------------------------ delivery

    def deliver(
        self, items: list[Outgoing], user: str | None = None, channel: str | None = None
    ) -> None:
        """Send what the assistant produced. `user`/`channel` say who asked, and where."""
        for item in items:
            try:
                self._deliver_one(item, user, channel)
            except SlackApiError as error:
                reason = str(error.response.get("error", "unknown"))
                log.error("Slack refused %s: %s", type(item).__name__, reason)
                if user and not isinstance(item, Reply):
                    failed = msg("error-platform-send", reason=reason)
                    self._deliver_one(Reply((failed,), "en", "UTC"), user, channel)

    def _deliver_one(self, item: Outgoing, user: str | None, channel: str | None) -> None:
        payloads = messages(item.lines, item.buttons, self.renderer, item.locale, item.tz)
        if isinstance(item, Post):
            for payload in payloads:
                sent = self.client.chat_postMessage(
                    channel=item.channel_id, metadata=_metadata(item.key), **payload
                )
                if item.key:
                    self.assistant.remember_post(item.key, PLATFORM, item.channel_id, sent["ts"])
            self._sync_members(item.channel_id)
        elif isinstance(item, Direct):
            target = self.dm_channel(item.user_id)
            for payload in payloads:
                self.client.chat_postMessage(
                    channel=target, metadata=_metadata(item.key), **payload
                )
        elif isinstance(item, Edit):
            # Message by message: a post split in two keeps its second part (and its buttons).
            posted = self.assistant.posted(item.key, PLATFORM, item.channel_id)
            for ts, payload in zip(posted, payloads, strict=False):
                self.client.chat_update(channel=item.channel_id, ts=ts, **payload)
            for payload in payloads[len(posted) :] if posted else []:  # grown: it follows
                sent = self.client.chat_postMessage(
                    channel=item.channel_id, metadata=_metadata(item.key), **payload
                )
                self.assistant.remember_post(item.key, PLATFORM, item.channel_id, sent["ts"])
        elif isinstance(item, Reply) and user:
            self._reply(item, payloads, user, channel)

    def _reply(
        self, item: Reply, payloads: list[dict[str, Any]], user: str, channel: str | None
    ) -> None:
        """A reply goes where its audience allows. Answers to slash commands are ephemeral on
        Slack, even those the room may see; direct ones (files, guided answers) go to the
        asker's direct messages, with an ephemeral pointer in the channel they asked in.
        Asked in the direct messages themselves (`D…` ids), the answer is an ordinary message
        there: private already, and it stays in the conversation."""
        shared = channel if channel and not channel.startswith("D") else None
        may_be_ephemeral = item.audience is not Audience.DIRECT
        if may_be_ephemeral and shared and self._ephemeral(payloads, user, shared):
            return
        target = self.dm_channel(user)
        for payload in payloads:
            self.client.chat_postMessage(channel=target, **payload)
        if item.file is not None:
            self.client.files_upload_v2(
                channel=target,
                content=item.file.text(),  # slack_sdk holds the whole file in memory anyway
                filename=item.file.filename,
                title=item.file.filename,
            )
        if item.audience is Audience.DIRECT and shared:
            pointer = msg("reply-moved-to-direct", user=Mention(user))
            self._ephemeral(
                messages((pointer,), (), self.renderer, item.locale, item.tz), user, shared
            )

    def _ephemeral(self, payloads: list[dict[str, Any]], user: str, channel: str) -> bool:
        """Seen by `user` alone, in `channel`; False if Slack would not (e.g. not a member)."""
        try:
            for payload in payloads:
                self.client.chat_postEphemeral(channel=channel, user=user, **payload)
        except SlackApiError as error:
            log.info(
                "ephemeral reply failed (%s); sending it directly", error.response.get("error")
            )
            return False
        return True

    # ------------------------------------------------------------ scheduled messages (Sender)

    def send(self, item: Outgoing) -> None:
        """Send one scheduled message; Slack errors propagate so that it is retried."""
        self._deliver_one(item, None, None)

    def was_sent(self, item: Outgoing) -> bool:
        """After a crash: is a message carrying this key already in the conversation?"""
        key = getattr(item, "key", "")
        if not key:
            return False
        channel = item.channel_id if isinstance(item, Post) else self.dm_channel(item.user_id)  # type: ignore[union-attr]
        history = self.client.conversations_history(
            channel=channel, limit=200, include_all_metadata=True
        )
        messages_found: list[dict[str, Any]] = history.get("messages", [])
        return any(
            (message.get("metadata") or {}).get("event_payload", {}).get("key") == key
            for message in messages_found
        )

    def dm_channel(self, user: str) -> str:
        """The direct-message channel with a person, opened once and remembered."""
        with self._lock:
            known = self._dm_channels.get(user)
        if known:
            return known
        opened = str(self.client.conversations_open(users=user)["channel"]["id"])
        with self._lock:
            self._dm_channels[user] = opened
        return opened

    def _sync_members(self, channel: str) -> None:
        """Keep the channel's member list (the audience of what is announced there) fresh."""
        now = time.monotonic()
        with self._lock:
            if self._members_synced.get(channel, 0) > now:
                return
            self._members_synced[channel] = now + MEMBERS_SECONDS
        members: list[str] = []
        try:
            for page in self.client.conversations_members(channel=channel, limit=200):
                members += page.get("members", [])
        except SlackApiError as error:
            log.warning(
                "conversations.members failed for %s: %s", channel, error.response.get("error")
            )
            return
        self.assistant.sync_members(PLATFORM, channel, members)


def _metadata(key: str) -> dict[str, Any] | None:
    """Message metadata carrying our key, so a message can be found again after a crash."""
    return {"event_type": "assistant_message", "event_payload": {"key": key}} if key else None


def _ack(ack: Ack) -> None:
    ack()
