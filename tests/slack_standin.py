"""A local stand-in for the Slack Web API, for tests: canned answers, recorded calls, 429s.

`SlackStandIn` runs a stdlib `ThreadingHTTPServer` on 127.0.0.1 with an ephemeral port in a
background thread. Point a client at it with `WebClient(token=..., base_url=standin.base_url)`
or, better, `standin.client()`, which also keeps proxy variables from routing the traffic
elsewhere. It answers every method name: the ones a bolt app uses (auth.test, chat.*,
conversations.*, users.info, views.*, files.* v2 uploads) with plausible data kept in memory,
anything else with {"ok": true}. Every request is recorded as a `Call`.

It rejects what a real Slack would reject and a unit test would not notice: Block Kit limits
(50 blocks per message, 100 per view, section text 3,000, header 150, about 13k characters of
blocks per message, modal title 24 ...), malformed message metadata, a missing token, and a
call whose scope was not granted (`missing_scope`, with `needed` and `provided` as Slack
gives them; `METHOD_SCOPES` says what each method needs). The granted scopes are those of
slack/manifest.yml unless `scopes=` or `set_scopes()` says otherwise. Rate limits are on
demand: `rate_limit()` for the next N calls, `limit_per_second()` for steady limiters (per
workspace, per channel, or both, as Slack has for chat.postMessage); both answer HTTP 429
with a `Retry-After` header. `fail()` answers the next calls of a method with an error of
your choice (`internal_error`), with or without their effect.

People's messages: `user_message()` stores a message typed by someone, as Slack turns it into
markup (`&`, `<`, `>` escaped, `#name` of a channel made known with `add_channel()` turned into a
channel link, web addresses into links), so that `reactions.add` finds it, and returns the
`message` event Slack would send for it; `event_callback()` wraps an event in the Events API
envelope and `signed_headers()` signs a request body as Slack signs it.

    with SlackStandIn() as slack:
        slack.add_user("U1", "ada", tz="Europe/Paris", locale="fr-FR")
        client = slack.client()
        client.chat_postMessage(channel="C1", text="hi")
        assert slack.calls("chat.postMessage")[0].params["text"] == "hi"

`Call.at` is a `time.monotonic()` reading. Request header names are lower-cased. Parameters
that Slack takes as JSON (blocks, attachments, metadata, view, files) are decoded when they
arrive as JSON strings in a form body, so `params["blocks"]` is a list either way.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import itertools
import json
import re
import threading
import time
import urllib.request
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self, cast
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

import yaml
from slack_sdk import WebClient

HOST = "127.0.0.1"
TEAM_ID = "T1"
BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
APP_ID = "A1"

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BLOCKS_JSON = 13_000
MAX_MESSAGE_TEXT = 40_000

_JSON_PARAMS = frozenset({"blocks", "attachments", "metadata", "view", "files"})
_MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.update", "chat.postEphemeral"})
_SELECTS_WITH_OPTIONS = frozenset(
    {"static_select", "multi_static_select", "radio_buttons", "checkboxes", "overflow"}
)

Params = dict[str, Any]
Answer = dict[str, Any]

MANIFEST = Path(__file__).resolve().parents[1] / "slack" / "manifest.yml"

# The bot scopes each Web API method needs, from Slack's documentation of each method. A
# method that reads a conversation needs the scope of that conversation's type (public
# channel, private channel, direct message, group direct message); it is listed with all four.
CONVERSATION_TYPES = ("channels", "groups", "im", "mpim")
_PER_CONVERSATION = {
    "conversations.members": "read",
    "conversations.history": "history",
    "conversations.replies": "history",
    "conversations.info": "read",
}
METHOD_SCOPES: dict[str, tuple[str, ...]] = {
    "auth.test": (),
    "chat.postMessage": ("chat:write",),
    "chat.postEphemeral": ("chat:write",),
    "chat.update": ("chat:write",),
    "chat.delete": ("chat:write",),
    "conversations.open": ("im:write",),
    **{
        method: tuple(f"{kind}:{suffix}" for kind in CONVERSATION_TYPES)
        for method, suffix in _PER_CONVERSATION.items()
    },
    "users.info": ("users:read",),
    "views.open": (),
    "views.push": (),
    "views.update": (),
    "views.publish": (),
    "files.getUploadURLExternal": ("files:write",),
    "files.completeUploadExternal": ("files:write",),
    "reactions.add": ("reactions:write",),
    "reactions.remove": ("reactions:write",),
    "reactions.get": ("reactions:read",),
}
# What the `channel_type` of a message event says, by the conversation id's first letter.
_EVENT_CHANNEL_TYPES = {"C": "channel", "G": "group", "D": "im"}
# A reaction's name: an emoji's short name, as Slack spells them (`white_check_mark`, `+1`).
_REACTION_NAME = re.compile(r"[a-z0-9_+'-]{1,100}")
# What Slack's clients turn into markup in a typed message: a mention token the client
# already wrote as markup, a web address, a `#name`.
_TYPED = re.compile(r"(<@[A-Z0-9]+>)|(https?://[^\s<>]+)|(?<![\w&;])#([a-z0-9_-]+)")
# The stand-in's conversation ids by their first letter (Slack's own convention, where a
# group direct message opened by conversations.open is a G… too).
_TYPE_BY_PREFIX = {"C": "channels", "G": "groups", "D": "im"}


def needed_scope(method: str, params: Params) -> str | None:
    """The scope a call needs beyond a valid bot token, or None."""
    suffix = _PER_CONVERSATION.get(method)
    if suffix is not None:
        kind = _TYPE_BY_PREFIX.get(str(params.get("channel") or "")[:1], "channels")
        return f"{kind}:{suffix}"
    scopes = METHOD_SCOPES.get(method, ())
    return scopes[0] if scopes else None


def manifest_scopes() -> frozenset[str]:
    """The bot scopes slack/manifest.yml asks for: what an install from it grants."""
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return frozenset(manifest["oauth_config"]["scopes"]["bot"])


@dataclass(frozen=True)
class Call:
    """One request the stand-in received, with the answer it gave."""

    method: str
    params: Params
    headers: dict[str, str]
    at: float
    limited: bool = False
    status: int = 200
    response: Answer = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


@dataclass(frozen=True)
class _User:
    id: str
    name: str
    real_name: str
    tz: str | None
    locale: str | None


class SlackError(Exception):
    """Raised inside a method handler to answer {"ok": false, "error": ...}."""

    def __init__(self, error: str, *messages: str) -> None:
        super().__init__(error)
        self.error = error
        self.messages = list(messages)
        self.extra: Answer = {}  # more fields of the answer (missing_scope's `needed`)

    def answer(self) -> Answer:
        body: Answer = {"ok": False, "error": self.error, **self.extra}
        if self.messages:
            body["response_metadata"] = {"messages": [f"[ERROR] {m}" for m in self.messages]}
        return body


@dataclass
class _Failure:
    """Errors asked for with `SlackStandIn.fail`."""

    method: str
    channel: str | None
    error: str
    times: int
    performed: bool

    def matches(self, method: str, params: Params) -> bool:
        wanted = self.channel is None or params.get("channel") == self.channel
        return self.times > 0 and method == self.method and wanted


# --------------------------------------------------------------------------------------------
# Block Kit validation
# --------------------------------------------------------------------------------------------


def _text(obj: object, where: str, problems: list[str], *, limit: int) -> str | None:
    """The text of a text object, noting a malformed one or one longer than `limit`."""
    if obj is None:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        problems.append(f"must be a text object with a string text [json-pointer:{where}]")
        return None
    if obj.get("type") not in ("plain_text", "mrkdwn"):
        problems.append(f"text type must be plain_text or mrkdwn [json-pointer:{where}/type]")
    text = cast(str, obj["text"])
    if len(text) > limit:
        problems.append(f"must be less than {limit + 1} characters [json-pointer:{where}/text]")
    return text


def _element_problems(element: object, where: str, problems: list[str]) -> None:
    if not isinstance(element, dict) or not isinstance(element.get("type"), str):
        problems.append(f"an element must be an object with a type [json-pointer:{where}]")
        return
    kind = element["type"]
    if len(str(element.get("action_id", ""))) > 255:
        problems.append(f"must be less than 256 characters [json-pointer:{where}/action_id]")
    if kind == "button":
        if _text(element.get("text"), f"{where}/text", problems, limit=75) is None:
            problems.append(f"a button needs a text [json-pointer:{where}/text]")
        if len(str(element.get("value", ""))) > 2000:
            problems.append(f"must be less than 2001 characters [json-pointer:{where}/value]")
        if len(str(element.get("url", ""))) > 3000:
            problems.append(f"must be less than 3001 characters [json-pointer:{where}/url]")
    if kind in _SELECTS_WITH_OPTIONS and "options" in element:
        options = element["options"]
        if not isinstance(options, list) or len(options) > 100:
            problems.append(f"no more than 100 items allowed [json-pointer:{where}/options]")
            return
        for j, option in enumerate(options):
            at = f"{where}/options/{j}"
            if not isinstance(option, dict):
                problems.append(f"an option must be an object [json-pointer:{at}]")
                continue
            _text(option.get("text"), f"{at}/text", problems, limit=75)
            if len(str(option.get("value", ""))) > 150:
                problems.append(f"must be less than 151 characters [json-pointer:{at}/value]")


def _block_problems(blocks: object, *, max_blocks: int) -> list[str]:
    """What a real Slack would object to in a list of blocks (empty when none)."""
    if not isinstance(blocks, list):
        return ["blocks must be a JSON array [json-pointer:/blocks]"]
    problems: list[str] = []
    if len(blocks) > max_blocks:
        problems.append(f"no more than {max_blocks} items allowed [json-pointer:/blocks]")
    for i, block in enumerate(blocks):
        where = f"/blocks/{i}"
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            problems.append(f"a block must be an object with a type [json-pointer:{where}]")
            continue
        if len(str(block.get("block_id", ""))) > 255:
            problems.append(f"must be less than 256 characters [json-pointer:{where}/block_id]")
        kind = block["type"]
        if kind == "section":
            text = _text(block.get("text"), f"{where}/text", problems, limit=3000)
            fields = block.get("fields")
            if text is None and not fields:
                problems.append(f"a section needs a text or fields [json-pointer:{where}]")
            if fields is not None:
                if not isinstance(fields, list) or len(fields) > 10:
                    problems.append(f"no more than 10 items allowed [json-pointer:{where}/fields]")
                else:
                    for j, item in enumerate(fields):
                        _text(item, f"{where}/fields/{j}", problems, limit=2000)
            if "accessory" in block:
                _element_problems(block["accessory"], f"{where}/accessory", problems)
        elif kind == "header":
            text = _text(block.get("text"), f"{where}/text", problems, limit=150)
            if text is None:
                problems.append(f"a header needs a text [json-pointer:{where}/text]")
            elif block["text"].get("type") != "plain_text":
                problems.append(f"a header text must be plain_text [json-pointer:{where}/text]")
        elif kind in ("actions", "context"):
            elements = block.get("elements")
            most = 25 if kind == "actions" else 10
            if not isinstance(elements, list) or not elements or len(elements) > most:
                problems.append(f"needs 1 to {most} elements [json-pointer:{where}/elements]")
            elif kind == "actions":
                for j, element in enumerate(elements):
                    _element_problems(element, f"{where}/elements/{j}", problems)
        elif kind == "input":
            if _text(block.get("label"), f"{where}/label", problems, limit=2000) is None:
                problems.append(f"an input needs a label [json-pointer:{where}/label]")
            _element_problems(block.get("element"), f"{where}/element", problems)
    return problems


def _message_blocks(params: Params) -> None:
    """Raise the error Slack gives for the blocks of a message, if any."""
    if "blocks" not in params:
        return
    blocks = params["blocks"]
    problems = _block_problems(blocks, max_blocks=MAX_MESSAGE_BLOCKS)
    if problems:
        raise SlackError("invalid_blocks", *problems)
    size = len(json.dumps(blocks, ensure_ascii=False, separators=(",", ":")))
    if size > MAX_BLOCKS_JSON:
        raise SlackError("msg_blocks_too_long", f"{size} characters of blocks")


def _view_problems(view: object, *, home_only: bool) -> list[str]:
    if not isinstance(view, dict):
        return ["view must be a JSON object [json-pointer:/view]"]
    kind = view.get("type")
    allowed = ("home",) if home_only else ("modal", "home")
    if kind not in allowed:
        return [f"view type must be one of {allowed} [json-pointer:/view/type]"]
    problems = [
        p.replace("json-pointer:/blocks", "json-pointer:/view/blocks")
        for p in _block_problems(view.get("blocks"), max_blocks=MAX_VIEW_BLOCKS)
    ]
    if len(str(view.get("private_metadata", ""))) > 3000:
        problems.append("must be less than 3001 characters [json-pointer:/view/private_metadata]")
    for key in ("callback_id", "external_id"):
        if len(str(view.get(key, ""))) > 255:
            problems.append(f"must be less than 256 characters [json-pointer:/view/{key}]")
    if kind == "modal":
        if _text(view.get("title"), "/view/title", problems, limit=24) is None:
            problems.append("a modal needs a title [json-pointer:/view/title]")
        for key in ("submit", "close"):
            _text(view.get(key), f"/view/{key}", problems, limit=24)
        blocks = view.get("blocks")
        has_input = isinstance(blocks, list) and any(
            isinstance(b, dict) and b.get("type") == "input" for b in blocks
        )
        if has_input and "submit" not in view:
            problems.append("a modal with input blocks needs a submit [json-pointer:/view]")
    return problems


# --------------------------------------------------------------------------------------------
# Request parsing
# --------------------------------------------------------------------------------------------


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("1", "true")


def _decode_json_params(params: Params) -> Params:
    for key in _JSON_PARAMS & params.keys():
        value = params[key]
        if isinstance(value, str):
            try:
                decoded = json.loads(value)
            except ValueError:
                continue
            if isinstance(decoded, list | dict):
                params[key] = decoded
    return params


def _parse_multipart(content_type: str, body: bytes) -> tuple[Params, dict[str, bytes]]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    params: Params = {}
    files: dict[str, bytes] = {}
    if not message.is_multipart():
        return params, files
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is None:
            params[name] = data.decode("utf-8", errors="replace")
        else:
            files[name] = data
    return params, files


def _parse_body(content_type: str, body: bytes) -> tuple[Params, dict[str, bytes]]:
    media = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}, {}
    if media == "application/json":
        decoded = json.loads(body.decode("utf-8"))
        if not isinstance(decoded, dict):
            raise SlackError("invalid_json")
        return decoded, {}
    if media == "multipart/form-data":
        return _parse_multipart(content_type, body)
    if media == "application/x-www-form-urlencoded":
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), {}
    return {}, {}


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _page(items: list[Any], params: Params, key: str) -> Answer:
    """One page of `items` as Slack paginates: limit (default 100) and an opaque cursor."""
    offset = 0
    if params.get("cursor"):
        try:
            offset = int(base64.urlsafe_b64decode(str(params["cursor"])).split(b":")[1])
        except (ValueError, IndexError) as error:
            raise SlackError("invalid_cursor") from error
    try:
        limit = int(params.get("limit") or 100)
    except ValueError as error:
        raise SlackError("invalid_limit") from error
    limit = max(1, min(limit, 1000))
    page = items[offset : offset + limit]
    more = offset + limit < len(items)
    return {
        "ok": True,
        key: page,
        "has_more": more,
        "response_metadata": {"next_cursor": _encode_cursor(offset + limit) if more else ""},
    }


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    standin: SlackStandIn


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, answer = self.server.standin._handle(self.path, headers, body)
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)


# --------------------------------------------------------------------------------------------
# The stand-in
# --------------------------------------------------------------------------------------------


class SlackStandIn:
    """An in-memory Slack Web API on 127.0.0.1; see the module docstring."""

    def __init__(
        self,
        *,
        members: Mapping[str, Iterable[str]] | None = None,
        token: str | None = None,
        first_ts: str = "1700000000.000100",
        scopes: Iterable[str] | None = None,
    ) -> None:
        """`members`: channel id → member ids for conversations.members (other channels:
        channel_not_found). `token`: when given, any other token answers invalid_auth.
        `first_ts`: the ts of the first message; each later one is 100 µs newer.
        `scopes`: the bot scopes granted (default: those of slack/manifest.yml)."""
        self._lock = threading.Condition()
        self._calls: list[Call] = []
        self._token = token
        self._scopes = frozenset(manifest_scopes() if scopes is None else scopes)
        self._failures: list[_Failure] = []
        self._members: dict[str, list[str]] = {c: list(m) for c, m in (members or {}).items()}
        self._users: dict[str, _User] = {}
        seconds, _, fraction = first_ts.partition(".")
        self._next_ts_us = int(seconds) * 1_000_000 + int(fraction.ljust(6, "0")[:6])
        self._ids = itertools.count(1)
        self._messages: dict[str, list[Answer]] = defaultdict(list)
        self._views: dict[str, Answer] = {}
        self._home: dict[str, Answer] = {}
        self._uploads: dict[str, Answer] = {}
        self._channels: dict[str, Answer] = {}
        self._forced: dict[str, deque[int]] = defaultdict(deque)
        self._steady: dict[tuple[str, bool], int] = {}
        self._windows: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[[Params], Answer]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "chat.delete": self._chat_delete,
            "conversations.open": self._conversations_open,
            "conversations.members": self._conversations_members,
            "conversations.history": self._conversations_history,
            "conversations.replies": self._conversations_replies,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.push": self._views_open,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "files.getUploadURLExternal": self._files_get_upload_url,
            "files.completeUploadExternal": self._files_complete_upload,
            "conversations.info": self._conversations_info,
            "reactions.add": self._reactions_add,
            "reactions.remove": self._reactions_remove,
            "reactions.get": self._reactions_get,
        }

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            return self
        server = _Server((HOST, 0), _Handler)
        server.standin = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="slack-standin",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the Slack stand-in is not running: call start() or use `with`")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """For `WebClient(base_url=...)`: it joins this and the method name."""
        return f"http://{HOST}:{self.port}/api/"

    def client(self, token: str = "xoxb-test", **kwargs: Any) -> WebClient:
        """A WebClient bound to the stand-in that ignores HTTP(S)_PROXY variables."""
        if urllib.request.getproxies() and not urllib.request.proxy_bypass(HOST):
            raise RuntimeError(f"a proxy variable is set: add {HOST} to NO_PROXY for the tests")
        client = WebClient(token=token, base_url=self.base_url, **kwargs)
        client.proxy = None  # slack_sdk reads HTTPS_PROXY and ignores NO_PROXY
        return client

    # -- configuration -------------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str,
        tz: str | None = None,
        locale: str | None = None,
        *,
        real_name: str | None = None,
    ) -> None:
        """Make users.info know a user; `tz` is an IANA name or None (Slack can send null)."""
        if tz is not None:
            ZoneInfo(tz)  # fail here rather than in the server thread
        with self._lock:
            self._users[user_id] = _User(user_id, name, real_name or name.title(), tz, locale)

    def add_channel(self, channel_id: str, name: str) -> None:
        """A channel conversations.info knows, whose `#name` typed in a message becomes a link
        (a `G…` id is a private channel)."""
        with self._lock:
            self._channels[channel_id] = {
                "id": channel_id,
                "name": name,
                "is_channel": channel_id.startswith("C"),
                "is_group": channel_id.startswith("G"),
                "is_private": channel_id.startswith("G"),
                "is_member": True,
            }

    def user_message(
        self,
        channel: str,
        user: str,
        typed: str,
        *,
        thread_ts: str | None = None,
        bare_channel_links: bool = False,
    ) -> Answer:
        """Someone types `typed` in `channel` (mentions already as `<@U…>`, as a client writes
        them): the message is stored as Slack stores it, and its `message` event returned.

        Slack escapes `&`, `<` and `>`, turns web addresses into `<https://…>` and the `#name`
        of a known channel into `<#C…|name>`, or into `<#C…|>` (without the name, as newer
        clients send it) with `bare_channel_links`."""
        with self._lock:
            names = {c["name"]: c["id"] for c in self._channels.values()}

            def markup(found: re.Match[str]) -> str:
                mention, address, name = found.groups()
                if mention:
                    return mention
                if address:
                    return f"<{address}>"
                if name in names:
                    return f"<#{names[name]}|{'' if bare_channel_links else name}>"
                return found.group(0)

            # Escaped first: the markup added next must stay markup.
            escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            escaped = re.sub(r"&lt;(@[A-Z0-9]+)&gt;", r"<\1>", escaped)
            text = _TYPED.sub(markup, escaped)
            ts = self._new_ts()
            message: Answer = {
                "type": "message",
                "user": user,
                "text": text,
                "ts": ts,
                "client_msg_id": str(uuid.uuid4()),
                "team": TEAM_ID,
            }
            if thread_ts:
                message["thread_ts"] = thread_ts
            self._messages[channel].append(message)
            return {
                **copy.deepcopy(message),
                "channel": channel,
                "event_ts": ts,
                "channel_type": _EVENT_CHANNEL_TYPES.get(channel[:1], "channel"),
            }

    def set_members(self, channel: str, members: Iterable[str]) -> None:
        with self._lock:
            self._members[channel] = list(members)

    def set_scopes(self, scopes: Iterable[str]) -> None:
        """Grant exactly these bot scopes from now on (as reinstalling the app would)."""
        with self._lock:
            self._scopes = frozenset(scopes)

    def fail(
        self,
        method: str,
        error: str,
        *,
        times: int = 1,
        channel: str | None = None,
        performed: bool = False,
    ) -> None:
        """Answer the next `times` calls of `method` (to `channel`, if given) with
        {"ok": false, "error": error}. With `performed` each call takes effect first, as
        Slack says may happen with `internal_error`."""
        with self._lock:
            self._failures.append(_Failure(method, channel, error, times, performed))

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` calls of `method` with HTTP 429 and `Retry-After`."""
        with self._lock:
            self._forced[method].extend([retry_after] * times)

    def limit_per_second(self, method: str, n: int | None, *, per_channel: bool = False) -> None:
        """Answer 429 when more than `n` calls of `method` arrive within one second (counting
        the ones answered), in the workspace or, with `per_channel`, in one channel. A method
        can have both, as chat.postMessage has on Slack. `n=None` removes that limiter."""
        with self._lock:
            if n is None:
                self._steady.pop((method, per_channel), None)
            else:
                self._steady[(method, per_channel)] = n

    # -- inspection ----------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """The calls received so far, oldest first, 429s included (`Call.limited`)."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def clear(self) -> None:
        """Forget the recorded calls (messages, views and configuration stay)."""
        with self._lock:
            self._calls.clear()

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 3.0) -> list[Call]:
        """Block until `count` calls of `method` were recorded (for lazy listeners)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self._calls if c.method == method]
                remaining = deadline - time.monotonic()
                if len(found) >= count or remaining <= 0:
                    break
                self._lock.wait(remaining)
        if len(found) < count:
            raise AssertionError(f"{len(found)} {method} calls after {timeout} s, not {count}")
        return found

    def messages(self, channel: str) -> list[Answer]:
        """The messages posted to `channel` (thread replies included), oldest first."""
        with self._lock:
            return copy.deepcopy(self._messages.get(channel, []))

    def view(self, view_id: str) -> Answer | None:
        with self._lock:
            return copy.deepcopy(self._views.get(view_id))

    def home_view(self, user_id: str) -> Answer | None:
        with self._lock:
            return copy.deepcopy(self._home.get(user_id))

    def reactions(self, channel: str, ts: str) -> list[str]:
        """The names of the reactions on a message, in the order they were added."""
        with self._lock:
            found = [m for m in self._messages.get(channel, []) if m["ts"] == ts]
            return [r["name"] for m in found for r in m.get("reactions", [])]

    def uploaded(self, file_id: str) -> bytes | None:
        with self._lock:
            content = self._uploads.get(file_id, {}).get("content")
            return content if isinstance(content, bytes) else None

    # -- request handling (server threads) -----------------------------------------------------

    def _handle(
        self, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], Answer]:
        url = urlsplit(path)
        params: Params = dict(parse_qsl(url.query, keep_blank_values=True))
        files: dict[str, bytes] = {}
        parse_error: SlackError | None = None
        if url.path.startswith("/upload/"):  # the raw bytes of a files_upload_v2 step 2
            method, file_id = "upload", url.path.removeprefix("/upload/")
            files = {"file": body}
        elif url.path.startswith("/api/"):
            method, file_id = url.path.removeprefix("/api/"), ""
            try:
                body_params, files = _parse_body(headers.get("content-type", ""), body)
            except (ValueError, SlackError):
                parse_error = SlackError("invalid_json")
            else:
                params = _decode_json_params({**params, **body_params})
        else:
            return 404, {}, {"ok": False, "error": "unknown_method"}
        with self._lock:
            now = time.monotonic()
            retry_after = self._retry_after(method, params, now)
            status, extra = 200, {}
            if retry_after is not None:
                status, extra = 429, {"Retry-After": str(retry_after)}
                answer: Answer = {"ok": False, "error": "ratelimited"}
            else:
                try:
                    if parse_error is not None:
                        raise parse_error
                    if method == "upload":
                        answer = self._upload(file_id, body)
                    else:
                        self._check_auth(headers, params)
                        self._check_scope(method, params)
                        answer = self._answer(method, params)
                except SlackError as error:
                    answer = error.answer()
                except Exception as error:  # a bug in the stand-in: make it loud
                    status, answer = 500, {"ok": False, "error": f"standin_bug: {error!r}"}
            call = Call(
                method=method,
                params=params,
                headers=headers,
                at=now,
                limited=status == 429,
                status=status,
                response=copy.deepcopy(answer),
                files=files,
            )
            self._calls.append(call)
            self._lock.notify_all()
        return status, extra, answer

    def _retry_after(self, method: str, params: Params, now: float) -> int | None:
        forced = self._forced.get(method)
        if forced:
            return forced.popleft()
        windows = []
        for per_channel in (False, True):
            n = self._steady.get((method, per_channel))
            if n is None:
                continue
            window = self._windows[(method, str(params.get("channel", "")) if per_channel else "")]
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= n:
                return 1
            windows.append(window)
        for window in windows:  # only calls answered count against a limit
            window.append(now)
        return None

    def _check_auth(self, headers: dict[str, str], params: Params) -> None:
        authorization = headers.get("authorization", "")
        token = authorization.removeprefix("Bearer ").strip() or str(params.get("token", ""))
        if not token:
            raise SlackError("not_authed")
        if self._token is not None and token != self._token:
            raise SlackError("invalid_auth")

    def _check_scope(self, method: str, params: Params) -> None:
        needed = needed_scope(method, params)
        if needed is not None and needed not in self._scopes:
            error = SlackError("missing_scope")
            error.extra = {"needed": needed, "provided": ",".join(sorted(self._scopes))}
            raise error

    def _answer(self, method: str, params: Params) -> Answer:
        """The method's answer, or the error `fail()` asked for."""
        handler = self._methods.get(method, _ok)
        for failure in self._failures:
            if failure.matches(method, params):
                failure.times -= 1
                if failure.performed:
                    handler(params)
                raise SlackError(failure.error)
        return handler(params)

    def _new_ts(self) -> str:
        us = self._next_ts_us
        self._next_ts_us += 100
        return f"{us // 1_000_000}.{us % 1_000_000:06d}"

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):08d}"

    # -- methods (called with the lock held) ---------------------------------------------------

    def _auth_test(self, params: Params) -> Answer:
        return {
            "ok": True,
            "url": "https://example.slack.com/",
            "team": "Test",
            "user": "assistant",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    @staticmethod
    def _channel(params: Params) -> str:
        channel = str(params.get("channel") or "")
        if not channel:
            raise SlackError("channel_not_found")
        if channel[0] in "UW":  # posting to a user id posts to the DM with that user
            return "D" + channel
        return channel

    @staticmethod
    def _message_content(params: Params) -> Answer:
        text = params.get("text")
        if not text and not params.get("blocks") and not params.get("attachments"):
            raise SlackError("no_text")
        if text is not None and len(str(text)) > MAX_MESSAGE_TEXT:
            raise SlackError("msg_too_long")
        _message_blocks(params)
        content: Answer = {"text": str(text or "")}
        for key in ("blocks", "attachments"):
            if key in params:
                content[key] = params[key]
        if "metadata" in params:
            metadata = params["metadata"]
            if not (
                isinstance(metadata, dict)
                and isinstance(metadata.get("event_type"), str)
                and isinstance(metadata.get("event_payload"), dict)
            ):
                raise SlackError("invalid_metadata_format")
            content["metadata"] = metadata
        return copy.deepcopy(content)

    def _chat_post_message(self, params: Params) -> Answer:
        channel = self._channel(params)
        content = self._message_content(params)
        ts = self._new_ts()
        message: Answer = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": ts,
            **content,
        }
        thread_ts = params.get("thread_ts")
        if thread_ts:
            message["thread_ts"] = str(thread_ts)
            if _truthy(params.get("reply_broadcast")):
                message["subtype"] = "thread_broadcast"
            for parent in self._messages[channel]:
                if parent["ts"] == thread_ts:
                    parent["thread_ts"] = parent["ts"]
                    parent["reply_count"] = int(parent.get("reply_count", 0)) + 1
                    parent["latest_reply"] = ts
        self._messages[channel].append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": copy.deepcopy(message)}

    def _chat_post_ephemeral(self, params: Params) -> Answer:
        self._channel(params)
        if not params.get("user"):
            raise SlackError("user_not_in_channel")
        self._message_content(params)
        return {"ok": True, "message_ts": self._new_ts()}

    def _find_message(self, params: Params) -> tuple[str, Answer]:
        channel = self._channel(params)
        for message in self._messages.get(channel, []):
            if message["ts"] == params.get("ts"):
                return channel, message
        raise SlackError("message_not_found")

    def _chat_update(self, params: Params) -> Answer:
        channel, message = self._find_message(params)
        content = self._message_content(params)
        message.update(content)
        message["edited"] = {"user": BOT_USER_ID, "ts": self._new_ts()}
        return {
            "ok": True,
            "channel": channel,
            "ts": message["ts"],
            "text": message["text"],
            "message": copy.deepcopy(message),
        }

    def _chat_delete(self, params: Params) -> Answer:
        channel, message = self._find_message(params)
        self._messages[channel].remove(message)
        return {"ok": True, "channel": channel, "ts": message["ts"]}

    def _conversations_open(self, params: Params) -> Answer:
        if params.get("channel"):
            return {"ok": True, "channel": {"id": str(params["channel"])}}
        users = sorted(u for u in str(params.get("users") or "").split(",") if u)
        if not users:
            raise SlackError("users_list_not_supplied")
        channel = "D" + users[0] if len(users) == 1 else "G" + "".join(users)
        return {"ok": True, "channel": {"id": channel}}

    def _conversations_members(self, params: Params) -> Answer:
        channel = str(params.get("channel") or "")
        if channel not in self._members:
            raise SlackError("channel_not_found")
        answer = _page(self._members[channel], params, "members")
        del answer["has_more"]
        return answer

    def _with_metadata(self, messages: Iterable[Answer], params: Params) -> list[Answer]:
        keep = _truthy(params.get("include_all_metadata"))
        return [
            {k: copy.deepcopy(v) for k, v in m.items() if keep or k != "metadata"} for m in messages
        ]

    def _conversations_history(self, params: Params) -> Answer:
        channel = self._channel(params)
        inclusive = _truthy(params.get("inclusive"))
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")

        def wanted(m: Answer) -> bool:
            ts = float(m["ts"])
            in_range = oldest <= ts <= latest if inclusive else oldest < ts < latest
            reply = m.get("thread_ts", m["ts"]) != m["ts"] and "subtype" not in m
            return in_range and not reply

        found = [m for m in reversed(self._messages.get(channel, [])) if wanted(m)]
        return _page(self._with_metadata(found, params), params, "messages")

    def _conversations_replies(self, params: Params) -> Answer:
        channel = self._channel(params)
        ts = params.get("ts")
        thread = [
            m for m in self._messages.get(channel, []) if m["ts"] == ts or m.get("thread_ts") == ts
        ]
        if not thread:
            raise SlackError("thread_not_found")
        return _page(self._with_metadata(thread, params), params, "messages")

    def _conversations_info(self, params: Params) -> Answer:
        found = self._channels.get(str(params.get("channel") or ""))
        if found is None:
            raise SlackError("channel_not_found")
        return {"ok": True, "channel": copy.deepcopy(found)}

    def _reacted_message(self, params: Params) -> tuple[Answer, str]:
        """The message a reactions.* call names (channel and timestamp), and the name."""
        if not params.get("timestamp"):
            raise SlackError("no_item_specified")
        name = str(params.get("name") or "")
        if not _REACTION_NAME.fullmatch(name):
            raise SlackError("invalid_name")
        _, message = self._find_message({**params, "ts": params["timestamp"]})
        return message, name

    def _reactions_add(self, params: Params) -> Answer:
        message, name = self._reacted_message(params)
        reactions: list[Answer] = message.setdefault("reactions", [])
        reaction = next((r for r in reactions if r["name"] == name), None)
        if reaction is None:
            reaction = {"name": name, "users": [], "count": 0}
            reactions.append(reaction)
        if BOT_USER_ID in reaction["users"]:
            raise SlackError("already_reacted")
        reaction["users"].append(BOT_USER_ID)
        reaction["count"] += 1
        return {"ok": True}

    def _reactions_remove(self, params: Params) -> Answer:
        message, name = self._reacted_message(params)
        reactions: list[Answer] = message.get("reactions", [])
        reaction = next((r for r in reactions if r["name"] == name), None)
        if reaction is None or BOT_USER_ID not in reaction["users"]:
            raise SlackError("no_reaction")
        reaction["users"].remove(BOT_USER_ID)
        reaction["count"] -= 1
        if not reaction["count"]:
            reactions.remove(reaction)
        return {"ok": True}

    def _reactions_get(self, params: Params) -> Answer:
        channel, message = self._find_message({**params, "ts": params.get("timestamp")})
        return {
            "ok": True,
            "type": "message",
            "channel": channel,
            "message": copy.deepcopy(message),
        }

    def _users_info(self, params: Params) -> Answer:
        user = self._users.get(str(params.get("user") or ""))
        if user is None:
            raise SlackError("user_not_found")
        label: str | None = None
        offset = 0
        if user.tz is not None:
            now = datetime.now(ZoneInfo(user.tz))
            label = now.tzname()
            delta = now.utcoffset()
            offset = int(delta.total_seconds()) if delta is not None else 0
        info: Answer = {
            "id": user.id,
            "team_id": TEAM_ID,
            "name": user.name,
            "real_name": user.real_name,
            "deleted": False,
            "is_bot": False,
            "tz": user.tz,
            "tz_label": label,
            "tz_offset": offset,
            "profile": {"display_name": user.name, "real_name": user.real_name},
        }
        if _truthy(params.get("include_locale")) and user.locale is not None:
            info["locale"] = user.locale
        return {"ok": True, "user": info}

    def _store_view(self, view: Answer, view_id: str | None = None) -> Answer:
        view_id = view_id or self._new_id("V")
        previous = self._views.get(view_id, {})
        stored: Answer = {
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            "state": {"values": {}},
            "previous_view_id": None,
            "root_view_id": previous.get("root_view_id", view_id),
            **view,
            "id": view_id,
            "team_id": TEAM_ID,
            "app_id": APP_ID,
            "bot_id": BOT_ID,
            "hash": self._new_ts(),
        }
        self._views[view_id] = stored
        return {"ok": True, "view": copy.deepcopy(stored)}

    @staticmethod
    def _checked_view(params: Params, *, home_only: bool = False) -> Answer:
        view = params.get("view")
        problems = _view_problems(view, home_only=home_only)
        if problems:
            raise SlackError("invalid_arguments", *problems)
        return cast(Answer, view)

    def _views_open(self, params: Params) -> Answer:
        if not params.get("trigger_id") and not params.get("interactivity_pointer"):
            raise SlackError("invalid_arguments", "missing required field: trigger_id")
        return self._store_view(self._checked_view(params))

    def _views_update(self, params: Params) -> Answer:
        view = self._checked_view(params)
        view_id = params.get("view_id")
        if not view_id and params.get("external_id"):
            matches = [v for v in self._views.values() if v["external_id"] == params["external_id"]]
            view_id = matches[0]["id"] if matches else None
        if not view_id or view_id not in self._views:
            raise SlackError("not_found")
        return self._store_view(view, str(view_id))

    def _views_publish(self, params: Params) -> Answer:
        user_id = str(params.get("user_id") or "")
        if not user_id:
            raise SlackError("invalid_arguments", "missing required field: user_id")
        view = self._checked_view(params, home_only=True)
        previous = self._home.get(user_id)
        answer = self._store_view(view, previous["id"] if previous else None)
        self._home[user_id] = answer["view"]
        return answer

    def _files_get_upload_url(self, params: Params) -> Answer:
        if not params.get("filename") or not params.get("length"):
            raise SlackError("invalid_arguments", "filename and length are required")
        file_id = self._new_id("F")
        self._uploads[file_id] = {"id": file_id, "name": params["filename"], "content": None}
        return {
            "ok": True,
            "file_id": file_id,
            "upload_url": f"http://{HOST}:{self.port}/upload/{file_id}",
        }

    def _upload(self, file_id: str, body: bytes) -> Answer:
        upload = self._uploads.get(file_id)
        if upload is None:
            raise SlackError("file_not_found")
        upload["content"] = body
        return {"ok": True}

    def _files_complete_upload(self, params: Params) -> Answer:
        wanted = params.get("files")
        if not isinstance(wanted, list) or not wanted:
            raise SlackError("invalid_arguments", "files must be a non-empty JSON array")
        done = []
        for item in wanted:
            upload = self._uploads.get(str(item.get("id")) if isinstance(item, dict) else "")
            if upload is None or upload["content"] is None:
                raise SlackError("file_not_found")
            title = item.get("title") or upload["name"]
            done.append({"id": upload["id"], "name": upload["name"], "title": title})
        return {"ok": True, "files": done}


def _ok(params: Params) -> Answer:
    return {"ok": True}


# --------------------------------------------------------------------------------------------
# Events, as Slack sends them to the app
# --------------------------------------------------------------------------------------------


def event_callback(event: Answer, event_id: str, event_time: int | None = None) -> str:
    """The body of an Events API request carrying `event` (JSON)."""
    return json.dumps(
        {
            "type": "event_callback",
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": APP_ID,
            "event_id": event_id,
            "event_time": int(time.time()) if event_time is None else event_time,
            "event": event,
        }
    )


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack signs a request with: `v0=` and the hex HMAC-SHA256 of
    `v0:{timestamp}:{body}` under the app's signing secret."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}
