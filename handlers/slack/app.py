"""The Slack adapter on slack-bolt: slash commands, buttons, the respond modal, App Home, and
the lines of minutes typed in a channel."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web import SlackResponse

from assistant import commands as c
from assistant.dispatch import Assistant, Incoming, Profile
from assistant.domain.model import ActionStatus, RsvpChoice
from assistant.messages import (
    Audience,
    Direct,
    Edit,
    FileOut,
    Form,
    Home,
    Mention,
    Noted,
    Outgoing,
    Post,
    Reply,
    UserError,
    msg,
)
from assistant.ports import Undelivered
from assistant.runtime.i18n import FluentTranslator
from assistant.runtime.pacing import Pacer
from assistant.services import home, inputs
from assistant.services.minutes import is_minutes_line
from handlers.slack.render import SlackRenderer, form_too_long, home_view, messages, modal

log = logging.getLogger(__name__)

PLATFORM = "slack"
COMMANDS = ("/consult", "/meeting", "/action", "/digest", "/assistant")
PROFILE_SECONDS = 3600
MEMBERS_SECONDS = 600
# Where a person's direct-message channel is remembered (posted_messages, by user id).
DM_KEY = "dm-channel"
# What Slack answers for a remembered direct-message channel it no longer has.
STALE_DM = frozenset({"channel_not_found", "is_archived"})
# Threads for the work done after acknowledging (database, Web API calls). Enough to overlap
# Web API round trips; few enough to stay within the database pool (SQLAlchemy's 5 + 10).
WORKERS = 8
_MENTION = re.compile(r"^\s*<@[A-Z0-9]+>\s*")
# A line of minutes taken is marked with this reaction on the message that carried it.
NOTED_REACTION = "white_check_mark"
# Channels where people talk and minutes may be taken (message.channels, message.groups).
MINUTES_CHANNEL_TYPES = frozenset({"channel", "group"})
# Slack's markup in a message's text: <#C…|name>, <@U…>, <!here>, <https://…|label>.
_MARKUP = re.compile(r"<([^<>\n]*)>")


def make_client(token: str, base_url: str | None = None, pacer: Pacer | None = None) -> WebClient:
    """A Web API client whose calls are paced by `pacer`, which learns Slack's limits from its
    429s, per method and per channel (chat.postMessage has both a workspace-wide limit and one
    per channel; conversations.open has its own tier). A 429 is waited out (Retry-After) and
    the call made again, up to 8 times; a lost connection is retried 3 times."""
    pacer = pacer or Pacer()
    return PacedClient(
        pacer,
        token=token,
        base_url=base_url or WebClient.BASE_URL,
        retry_handlers=[
            PacedRateLimitHandler(pacer, max_retry_count=8),
            ConnectionErrorRetryHandler(max_retry_count=3),
        ],
    )


class PacedClient(WebClient):
    """Each Web API call first waits for its slot under its method and its channel."""

    def __init__(self, pacer: Pacer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pacer = pacer

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:
        # slack_sdk passes a method's arguments as `json`, `params` or `data`, by method.
        parts = (kwargs.get(name) for name in ("json", "params", "data"))
        channel = next((p["channel"] for p in parts if isinstance(p, dict) and "channel" in p), "")
        self.pacer.wait(*_pacing_keys(api_method, str(channel or "")))
        return super().api_call(api_method, **kwargs)


class PacedRateLimitHandler(RateLimitErrorRetryHandler):
    """On a 429: tells the pacer, which blocks the method (or the channel) for Retry-After and
    lowers its rate, then waits for the next slot there before the call is made again. No
    random jitter as slack_sdk adds: the pacer spaces the calls that follow."""

    def __init__(self, pacer: Pacer, max_retry_count: int) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.pacer = pacer

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        keys = _pacing_keys(*_method_and_channel(request))
        self.pacer.throttled(keys, _retry_after(response))
        self.pacer.wait(*keys)
        state.next_attempt_requested = True
        state.increment_current_attempt()


def _pacing_keys(method: str, channel: str) -> tuple[str, ...]:
    """The keys a call is paced under, widest first: its method, and the method in its channel."""
    return (method, f"{method} in {channel}") if channel else (method,)


def _method_and_channel(request: HttpRequest) -> tuple[str, str]:
    """A request's method (the URL's last segment) and channel, from a JSON or form body."""
    method = urlsplit(request.url).path.rsplit("/", 1)[-1]
    types = next((v for k, v in request.headers.items() if k.lower() == "content-type"), [])
    body = (request.data or b"").decode("utf-8", errors="replace")
    params: dict[str, Any] = {}
    if any("json" in t for t in types):
        try:
            decoded = json.loads(body)
        except ValueError:
            decoded = None
        params = decoded if isinstance(decoded, dict) else {}
    elif any("form-urlencoded" in t for t in types):
        params = dict(parse_qsl(body))
    return method, str(params.get("channel") or "")


def _retry_after(response: HttpResponse | None) -> float:
    """Seconds Slack asked to wait (its Retry-After header), 1 when it did not say."""
    headers = response.headers if response is not None else {}
    values = next((v for k, v in headers.items() if k.lower() == "retry-after"), [])
    try:
        return max(0.0, float(values[0]))
    except (IndexError, ValueError):
        return 1.0


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
        self._dm_opening: dict[str, threading.Lock] = {}
        self._members_synced: dict[str, float] = {}
        self._channel_names: dict[str, str] = {}
        self._lock = threading.Lock()
        self.app = App(
            client=client,
            signing_secret=signing_secret,
            # Every listener acknowledges in the request thread before any database work, and
            # its work (bolt's lazy listener) runs afterwards on a pool of its own: an ack never
            # queues behind that work. With bolt's default (False) the ack ran on the same
            # 5-thread executor as the lazy work while the request thread polled for it.
            process_before_response=True,
            listener_executor=ThreadPoolExecutor(WORKERS, thread_name_prefix="slack-work"),
        )
        self._register()

    # ------------------------------------------------------------ wiring

    def _register(self) -> None:
        app = self.app
        for command in COMMANDS:
            app.command(command)(ack=_ack, lazy=[self._later(self._on_command)])
        buttons = re.compile(r"^(round:respond|rsvp:[a-z-]+|action:done)$")
        app.action(buttons)(ack=_ack, lazy=[self._later(self._on_button)])
        app.view("round:answers")(ack=_ack, lazy=[self._later(self._on_answers)])
        app.event("app_home_opened")(ack=_ack, lazy=[self._later(self._on_home_opened)])
        app.event("app_mention")(ack=_ack, lazy=[self._later(self._on_mention)])
        app.event("message")(ack=_ack, lazy=[self._later(self._on_message)])
        app.error(self._on_error)

    def _later(self, work: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
        """`work` as a lazy listener whose failure reaches `_on_error` (bolt only logs a
        lazy listener's exception, and the person would hear nothing)."""

        def lazy(body: dict[str, Any]) -> None:
            try:
                work(body)
            except Exception as error:
                self._on_error(error, body)

        return lazy

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

    def incoming(
        self, user: str, channel: str, text: str, is_command: bool = True, key: str = ""
    ) -> Incoming:
        return Incoming(
            platform=PLATFORM,
            user_id=user,
            channel_id=channel,
            text=text,
            is_command=is_command,
            profile=self.profile(user),
            key=key,
        )

    # ------------------------------------------------------------ listeners

    def _on_command(self, body: dict[str, Any]) -> None:
        # Slack escapes `&`, `<` and `>` and marks up links (`should_escape` in the manifest):
        # what is stored is what was typed.
        typed = typed_text(body.get("text", ""), keep_channel_links=True)
        text = f"{body['command'].lstrip('/')} {typed}".strip()
        user, channel = body["user_id"], body.get("channel_id", "")
        key = f"slack-command:{body.get('trigger_id')}"
        event = self.incoming(user, channel, text, key=key)
        self.deliver(self.assistant.handle(event), user, channel)

    def _on_button(self, body: dict[str, Any]) -> None:
        action = body["actions"][0]
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id", "")
        key = f"slack-action:{user}:{action.get('action_ts')}"
        event = self.incoming(user, channel, action["action_id"], key=key)
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
        if items and (body.get("view") or {}).get("type") == "home":  # none: a repeated click
            self.publish_home(user)

    def _open_form(self, event: Incoming, value: str, trigger_id: str) -> None:
        try:
            round_id = c.round_ref(c.Token(value))
        except UserError as error:
            self.deliver([Reply((error.message,), "en", "UTC")], event.user_id, None)
            return
        found = self.assistant.ask(event, lambda ctx: inputs.respond_form(ctx, round_id))
        if found is None:
            return  # a repeated click
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
        # Recorded on its own: the submission runs one command per answered question.
        if not self.assistant.first_time(f"slack-view:{view.get('id')}:{view.get('hash')}"):
            return
        round_id = c.round_ref(c.Token(view.get("private_metadata", "")))
        answers = tuple(
            (c.question_ref(c.Token(block_id)), c.clean_input(text))
            for block_id, inputs in sorted(view["state"]["values"].items())
            # A field left empty keeps the answer given before.
            if c.has_visible_text(text := (inputs.get("answer") or {}).get("value") or "")
        )
        if not answers:
            received = msg("form-received", id=f"R{round_id}")
            self.deliver([Direct(user, (received,), "en", "UTC")], user, None)
            return
        # One command, so one transaction: all the answers are stored, or none.
        event = self.incoming(user, "", "round:answers")
        command = c.AnswerQuestions(round_id, answers)
        self.deliver(self.assistant.execute(event, ("consult", "answers"), command), user, None)

    def _on_home_opened(self, body: dict[str, Any]) -> None:
        event = body["event"]
        if event.get("tab", "home") != "home":
            return
        self.publish_home(event["user"], key=f"slack-event:{body.get('event_id')}")

    def publish_home(self, user: str, key: str = "") -> None:
        found = self.assistant.ask(self.incoming(user, "", "home", key=key), home.overview)
        if isinstance(found, Home):
            self.client.views_publish(user_id=user, view=home_view(found, self.renderer))
        elif found is not None:  # None: a repeated event
            self.deliver([found], user, None)

    def _on_mention(self, body: dict[str, Any]) -> None:
        event = body["event"]
        text = _MENTION.sub("", event.get("text", ""))
        user, channel = event["user"], event["channel"]
        if text.startswith(("#", "<#")):
            # `@assistant #agreed …` is a line of minutes, not a command. A message that
            # mentions the assistant also arrives as a `message` event: both are keyed on the
            # message, so whichever comes first records it, once.
            self._take_minutes(user, channel, text, event.get("ts", ""))
            return
        typed = typed_text(text, keep_channel_links=True)
        incoming = self.incoming(user, channel, typed, key=f"slack-event:{body.get('event_id')}")
        self.deliver(self.assistant.handle(incoming), user, channel)

    def _on_message(self, body: dict[str, Any]) -> None:
        """Direct messages to the assistant (commands, or answers in a guided response), and
        in channels the lines of minutes (`#agreed …`); everything else is not read."""
        event = body["event"]
        # Edits, deletions, joins, thread broadcasts, bots (the assistant included): not read.
        if event.get("bot_id") or event.get("subtype") or not event.get("user"):
            return
        if event.get("channel_type") in MINUTES_CHANNEL_TYPES:
            self._take_minutes(event["user"], event["channel"], event.get("text", ""), event["ts"])
            return
        if event.get("channel_type") != "im":
            return
        # Answers in a guided response are stored as typed, not as Slack escaped them.
        text = typed_text(event.get("text", ""), keep_channel_links=True).strip()
        user, channel = event["user"], event["channel"]
        first = text.split(maxsplit=1)[0].lstrip("/").lower() if text else ""
        is_command = first in {name.lstrip("/") for name in COMMANDS}
        incoming = self.incoming(
            user,
            channel,
            text.lstrip("/"),
            is_command=is_command,
            key=f"slack-event:{body.get('event_id')}",
        )
        # A line of minutes taken in the direct chat itself gets its reaction there.
        self.deliver(self.assistant.handle(incoming), user, channel, source_ts=event.get("ts"))

    def _take_minutes(self, user: str, channel: str, text: str, ts: str) -> None:
        """A message typed in a channel, handed over if it may be a line of minutes.

        People's talk is not the assistant's to read or keep: only a message starting with `#`
        goes further, and only the lines of minutes of a channel where minutes are being taken
        cost a Web API call (the profile) or any storage. The checks are ordered by cost:
        the text alone; then one read of the database; then the Slack profile and the write.
        """
        found = typed_text(text)  # without asking Slack for channel names
        if not found.startswith(("#", "<#")):
            return
        # `<#C…|>` (a channel link without its name) may be `#info`: its name is needed.
        unnamed = found.startswith("<#")
        if not (unnamed or is_minutes_line(found)) or not self.assistant.minutes_running(channel):
            return
        found = typed_text(text, self._channel_name)
        if not is_minutes_line(found):
            return
        # Keyed on the message, not on the event: Slack's retries of the event, and the
        # app_mention event of the same message, are recorded once.
        event = self.incoming(
            user, channel, found, is_command=False, key=f"slack-message:{channel}:{ts}"
        )
        items = self.assistant.take_minutes(event)
        if items:
            self.deliver(items, user, channel, source_ts=ts)

    def _channel_name(self, channel: str) -> str | None:
        """A channel's name (conversations.info), remembered; None if Slack will not say."""
        with self._lock:
            known = self._channel_names.get(channel)
        if known is not None:
            return known
        try:
            name = str(self.client.conversations_info(channel=channel)["channel"]["name"])
        except (SlackApiError, KeyError, TypeError) as error:
            log.warning("conversations.info failed for %s: %s", channel, error)
            return None
        with self._lock:
            self._channel_names[channel] = name
        return name

    # ------------------------------------------------------------ delivery

    def deliver(
        self,
        items: list[Outgoing],
        user: str | None = None,
        channel: str | None = None,
        source_ts: str | None = None,
    ) -> None:
        """Send what the assistant produced. `user`/`channel` say who asked, and where;
        `source_ts` is the message they typed, if any (what `Noted` marks)."""
        for item in items:
            if isinstance(item, Noted):
                self._mark_noted(item, user, channel, source_ts)
                continue
            try:
                self._deliver_one(item, user, channel)
            except SlackApiError as error:
                reason = str(error.response.get("error", "unknown"))
                log.error("Slack refused %s: %s", type(item).__name__, reason)
                if user and not isinstance(item, Reply):
                    failed = msg("error-platform-send", reason=reason)
                    self._deliver_one(Reply((failed,), "en", "UTC"), user, channel)

    def _mark_noted(
        self, item: Noted, user: str | None, channel: str | None, source_ts: str | None
    ) -> None:
        """What was typed was taken: a reaction on the message. Its `lines` are for places
        without reactions; here they serve only if the reaction cannot be added, so that the
        person still learns that the line was taken."""
        if not (channel and source_ts):
            return  # no message to mark (never the case for a line of minutes)
        try:
            self.client.reactions_add(channel=channel, timestamp=source_ts, name=NOTED_REACTION)
        except SlackApiError as error:
            reason = error.response.get("error")
            if reason == "already_reacted":
                return  # marked already: all is said
            log.warning("could not mark message %s in %s: %s", source_ts, channel, reason)
            if user and item.lines:
                self.deliver([Reply(item.lines, item.locale, item.tz)], user, channel)

    def _deliver_one(self, item: Outgoing, user: str | None, channel: str | None) -> None:
        if isinstance(item, Noted):
            return  # only inside a request, marked by `deliver` on the message typed
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
            if item.file is not None:
                self.client.files_upload_v2(
                    channel=target,
                    content=_content(item.file),
                    filename=item.file.filename,
                    title=item.file.filename,
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
        for index, payload in enumerate(payloads):
            try:
                self.client.chat_postMessage(channel=target, **payload)
            except SlackApiError as error:
                if index or error.response.get("error") not in STALE_DM:
                    raise
                # A remembered channel Slack no longer knows (the app was reinstalled, the
                # workspace migrated): nothing went out, so open it again and retry once.
                log.info("direct-message channel %s of %s is gone; opening it again", target, user)
                target = self.dm_channel(user, stale=target)
                self.client.chat_postMessage(channel=target, **payload)
        if item.file is not None:
            self.client.files_upload_v2(
                channel=target,
                content=_content(item.file),  # slack_sdk holds the whole file in memory anyway
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
        """Send one scheduled message; a refusal raises `Undelivered` with Slack's reason."""
        try:
            self._deliver_one(item, None, None)
        except SlackApiError as error:
            raise _undelivered(error) from error

    def was_sent(self, item: Outgoing) -> bool:
        """After a crash: is a message carrying this key already in the conversation?

        Reading history needs the history scope of the conversation's type; without it Slack
        answers `missing_scope`, which is logged with the scope and raised as `Undelivered`:
        that row's check fails (and is tried again), the other rows go on.
        """
        key = getattr(item, "key", "")
        if not key:
            return False
        try:
            channel = item.channel_id if isinstance(item, Post) else self.dm_channel(item.user_id)  # type: ignore[union-attr]
            history = self.client.conversations_history(
                channel=channel, limit=200, include_all_metadata=True
            )
        except SlackApiError as error:
            undelivered = _undelivered(error)
            if undelivered.code == "missing_scope":
                log.warning(
                    "cannot tell whether %s was sent: the app lacks the %s scope "
                    "(add it in slack/manifest.yml and reinstall the app)",
                    key,
                    undelivered.detail or "history",
                )
            raise undelivered from error
        messages_found: list[dict[str, Any]] = history.get("messages", [])
        return any(
            (message.get("metadata") or {}).get("event_payload", {}).get("key") == key
            for message in messages_found
        )

    def dm_channel(self, user: str, stale: str = "") -> str:
        """The direct-message channel with a person, opened once and remembered in memory and
        in the database: conversations.open has a rate limit of its own (Tier 3: 50 or more
        a minute), so neither a broadcast nor a restart should open a channel again. `stale`
        is a channel Slack refused: it is opened again (once, whoever else asks meanwhile)."""
        with self._lock:
            known = self._dm_channels.get(user)
            if known and known != stale:
                return known
            opening = self._dm_opening.setdefault(user, threading.Lock())
        with opening:  # two threads asking for the same person open the channel once
            with self._lock:
                known = self._dm_channels.get(user)
            if known and known != stale:
                return known
            stored = [] if stale else self.assistant.posted(DM_KEY, PLATFORM, user)
            known = stored[-1] if stored else self._open_dm(user)  # the latest opened
            with self._lock:
                self._dm_channels[user] = known
                self._dm_opening.pop(user, None)
        return known

    def _open_dm(self, user: str) -> str:
        opened = str(self.client.conversations_open(users=user)["channel"]["id"])
        try:
            self.assistant.remember_post(DM_KEY, PLATFORM, user, opened)
        except Exception:
            # Only a cost: the channel is opened again after a restart.
            log.warning("could not store the direct-message channel of %s", user, exc_info=True)
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


# Slack's answers that leave open whether the operation took effect: its documentation says of
# both that "it's possible some aspect of the operation succeeded before the error was raised".
_MAYBE_DONE = frozenset({"internal_error", "fatal_error"})


def _undelivered(error: SlackApiError) -> Undelivered:
    """Slack's refusal in neutral terms: its error code and, for `missing_scope`, the scope."""
    response = error.response
    code = str(response.get("error") or "unknown_error")
    detail = str(response.get("needed") or "") if code == "missing_scope" else ""
    maybe = code in _MAYBE_DONE or response.status_code >= 500
    return Undelivered(code, detail, maybe_delivered=maybe)


def _metadata(key: str) -> dict[str, Any] | None:
    """Message metadata carrying our key, so a message can be found again after a crash."""
    return {"event_type": "assistant_message", "event_payload": {"key": key}} if key else None


def typed_text(
    text: str,
    channel_name: Callable[[str], str | None] = lambda _: None,
    keep_channel_links: bool = False,
) -> str:
    """A message's text as its author typed it, from Slack's markup: a channel link
    (`<#C…|info>`, which Slack makes of `#info` when a channel has that name, or `<#C…|>` from
    newer clients, named by `channel_name`) back to `#info` (unless `keep_channel_links`: a
    command names channels by their link), a link back to its address, and `&amp;`, `&lt;`,
    `&gt;` unescaped. Mentions (`<@U…>`) and `<!here>` stay as the command grammar reads them;
    line breaks stay."""

    def plain(found: re.Match[str]) -> str:
        target, _, label = found.group(1).partition("|")
        if target.startswith("#") and keep_channel_links:
            return found.group(0)
        if target.startswith("#"):
            name = label or channel_name(target[1:])
            return f"#{name}" if name else found.group(0)
        if target.startswith(("@", "!")):
            return found.group(0)
        if target.startswith(("http://", "https://")):
            return target
        return label or target  # mailto:, tel:: what was shown

    unescaped = _MARKUP.sub(plain, text)
    return unescaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _ack(ack: Ack) -> None:
    ack()


def _content(file: FileOut) -> str | bytes:
    """What `files_upload_v2` sends: the text, or the bytes of a binary file (a DOCX report)."""
    return file.data() if file.binary else file.text()
