"""Sending planned reminders that have come due, each once."""

from __future__ import annotations

from collections.abc import Callable

from assistant.domain.model import Delivery
from assistant.domain.reminders import PlannedReminder, due_now, superseded
from assistant.messages import Message, Outgoing
from assistant.services.common import Context, channel_by_id, direct_to, post_to


def deliver_due(
    ctx: Context,
    plan: list[PlannedReminder],
    lines_for: Callable[[PlannedReminder], list[Message]],
) -> list[Outgoing]:
    """Messages for the reminders of `plan` due now, recorded as delivered in this transaction.

    After downtime only the latest due reminder per recipient goes out; earlier ones are
    recorded as handled, and reminders whose deadline has passed are never sent.
    """
    sent = {d.key for d in ctx.uow.deliveries.find_in("key", [p.key for p in plan])}
    chosen = due_now(plan, ctx.now, sent)
    out: list[Outgoing] = []
    for key in {*superseded(plan, chosen)} - sent:
        ctx.uow.deliveries.add(Delivery(key=key, sent_at=ctx.now))
    for item in chosen:
        ctx.uow.deliveries.add(Delivery(key=item.key, sent_at=ctx.now))
        lines = lines_for(item)
        if item.person is not None:
            out.append(direct_to(item.person, *lines))
        elif item.channel_id is not None:
            out.append(post_to(channel_by_id(ctx, item.channel_id), *lines))
    return out
