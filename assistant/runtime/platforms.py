"""One process, several platforms: each message goes out through the adapter it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from assistant.messages import Direct, Noted, Outgoing, Reply


class Adapter(Protocol):
    def send(self, item: Outgoing) -> None: ...

    def was_sent(self, item: Outgoing) -> bool: ...


@dataclass
class _Route:
    adapter: Adapter
    owns: Callable[[str], bool]


class Router:
    """Routes by the shape of ids: Slack's `C…`/`U…` or Matrix's `!room:server`/`@user:server`."""

    def __init__(self) -> None:
        self._routes: list[_Route] = []

    def add(self, adapter: Adapter, owns: Callable[[str], bool]) -> None:
        self._routes.append(_Route(adapter, owns))

    def _adapter(self, item: Outgoing) -> Adapter | None:
        if isinstance(item, Reply | Noted):
            return None  # these only exist inside a request, answered by its own adapter
        identifier = item.user_id if isinstance(item, Direct) else item.channel_id
        for route in self._routes:
            if route.owns(identifier):
                return route.adapter
        return None

    def send(self, item: Outgoing) -> None:
        adapter = self._adapter(item)
        if adapter is None:
            raise LookupError(f"no adapter serves {type(item).__name__}")
        adapter.send(item)

    def was_sent(self, item: Outgoing) -> bool:
        adapter = self._adapter(item)
        return adapter is not None and adapter.was_sent(item)
