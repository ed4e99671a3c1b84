"""Serving the Slack app: HTTP (Events API, signed requests) or Socket Mode."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from handlers.slack.app import SlackAdapter

EVENTS_PATH = "/slack/events"

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    # The default listen queue of 5 drops connections under bursts (measured: 1 s stalls at 16
    # concurrent slash commands); Slack retries, but the user waits.
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are logged by the app; the access log would repeat them


def wsgi_app(adapter: SlackAdapter) -> WsgiApp:
    """The WSGI application: POST /slack/events goes to bolt, which checks the signature."""
    return SlackRequestHandler(adapter.app, path=EVENTS_PATH)


def serve_http(adapter: SlackAdapter, host: str, port: int) -> WSGIServer:
    """Start the HTTP endpoint in a background thread; `server_address` has the real port."""
    server = make_server(
        host,
        port,
        wsgi_app(adapter),
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )
    threading.Thread(target=server.serve_forever, name="slack-http", daemon=True).start()
    return server


def serve_socket_mode(adapter: SlackAdapter, app_token: str) -> SocketModeHandler:
    """Connect over Socket Mode (no public endpoint needed)."""
    handler = SocketModeHandler(adapter.app, app_token)
    handler.connect()  # type: ignore[no-untyped-call]
    return handler
