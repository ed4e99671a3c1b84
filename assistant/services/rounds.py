"""Consultation rounds: create, ask, announce, remind, close and extend."""

from __future__ import annotations

from assistant import commands as c
from assistant.domain.dates import MissingTime, ReadWhen, format_offset, parse_offsets
from assistant.domain.model import Question, Round
from assistant.domain.owed_posts import announcement_rows, closing_rows
from assistant.domain.reminders import DEFAULT_ROUND_OFFSETS
from assistant.messages import (
    Button,
    CommandHint,
    Message,
    Outgoing,
    Post,
    UserError,
    UserText,
    When,
    msg,
)
from assistant.services import reminders
from assistant.services.audience import answered_organisations
from assistant.services.common import (
    Context,
    channel_by_id,
    post_to,
    questions_of,
    round_id_text,
    time_left,
    visible_round,
    zone_or_default,
)

MAX_QUESTIONS = 20


def dst_lines(when: ReadWhen) -> list[Message]:
    return [msg("note-dst-overlap", when=When(when.at, when.zone))] if when.dst_note else []


def new_round(ctx: Context, cmd: c.NewRound) -> list[Outgoing]:
    closes = ctx.future_when(cmd.closes, zone_or_default(cmd.zone, ctx.actor.tz))
    # A zone written in the deadline itself ("18:00 AoE") becomes the round's reference zone.
    zone = closes.zone
    opens_at = ctx.now
    notes = dst_lines(closes)
    if cmd.opens:
        opens = ctx.read_when(cmd.opens, zone, MissingTime.START_OF_DAY)
        opens_at = max(opens.at, ctx.now)
        notes += dst_lines(opens)
    if opens_at >= closes.at:
        raise UserError("error-opens-after-closes")
    round_ = ctx.uow.rounds.add(
        Round(
            title=cmd.title,
            opens_at=opens_at,
            closes_at=closes.at,
            zone=zone,
            members_only=cmd.members_only,
            per_organisation=cmd.per_organisation,
            created_by=ctx.actor.id or 0,
            created_at=ctx.now,
        )
    )
    rid = round_id_text(round_)
    return [
        ctx.reply(
            msg("round-created", id=rid, title=UserText(round_.title)),
            msg("round-opens", when=When(round_.opens_at, zone)),
            msg("round-closes", when=When(round_.closes_at, zone)),
            *notes,
            *([msg("round-per-organisation")] if round_.per_organisation else []),
            msg("round-next-steps", question=CommandHint(f'consult question {rid} "…"')),
        )
    ]


def add_question(ctx: Context, cmd: c.AddQuestion) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    if round_.closed_at is not None or round_.closes_at <= ctx.now:
        raise UserError("error-round-closed", id=round_id_text(round_))
    existing = questions_of(ctx, round_)
    if len(existing) >= MAX_QUESTIONS:
        raise UserError("error-too-many-questions", max=MAX_QUESTIONS)
    question = ctx.uow.questions.add(
        Question(round_id=round_.id or 0, position=len(existing) + 1, text=cmd.text)
    )
    return [
        ctx.reply(
            msg(
                "question-added",
                round=round_id_text(round_),
                id=f"Q{question.position}",
                text=UserText(question.text),
            )
        )
    ]


def announcement(ctx: Context, round_: Round, questions: list[Question]) -> list[Message]:
    rid = round_id_text(round_)
    lines = [
        msg("round-announcement", id=rid, title=UserText(round_.title)),
        *[msg("question-line", id=f"Q{q.position}", text=UserText(q.text)) for q in questions],
        msg(
            "round-deadline",
            when=When(round_.closes_at, round_.zone),
            left=time_left(ctx.now, round_.closes_at),
        ),
        msg(
            "round-how-to-respond",
            respond=CommandHint(f"consult respond {rid}"),
            answer=CommandHint(f'consult answer {rid} Q1 "…"'),
        ),
    ]
    if round_.per_organisation:
        lines.insert(1, msg("round-per-organisation"))
    if round_.members_only:
        lines.insert(1, msg("round-members-only"))
    return lines


def set_round(ctx: Context, cmd: c.SetRound) -> list[Outgoing]:
    """Change a setting of a round before it opens. Once it is open, inputs may already have
    been given person by person (or organisation by organisation): switching would count them
    differently from what those who gave them were told, so it is refused."""
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    # The value it already has is no change, and so no refusal, even once the round is open.
    if cmd.on != round_.per_organisation:
        if not round_.is_upcoming(ctx.now):
            raise UserError("error-round-set-opened", id=rid, setting=cmd.key)
        round_.per_organisation = cmd.on
        ctx.uow.rounds.save(round_)
        # A members-only round reminds before it opens, and "responded" now means another
        # thing (an organisation's input, or a person's).
        reminders.replan_round(ctx, round_)
    return [
        ctx.reply(
            msg(
                "round-set-per-organisation",
                id=rid,
                value="on" if round_.per_organisation else "off",
            )
        )
    ]


def respond_button(round_: Round) -> Button:
    return Button("round:respond", msg("button-respond"), round_id_text(round_))


def announce_posts(ctx: Context, round_: Round, channel_ids: list[str]) -> list[Post]:
    lines = announcement(ctx, round_, questions_of(ctx, round_))
    return [
        post_to(channel_by_id(ctx, channel_id), *lines, buttons=(respond_button(round_),))
        for channel_id in channel_ids
    ]


def announce_round(ctx: Context, cmd: c.AnnounceRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    if round_.closed_at is not None or round_.closes_at <= ctx.now:
        raise UserError("error-round-closed", id=rid)
    if not questions_of(ctx, round_):
        raise UserError("error-round-no-questions", id=rid)
    channel_ids = list(dict.fromkeys(cmd.channels or (ctx.channel.channel_id,)))
    for channel_id in channel_ids:
        channel = channel_by_id(ctx, channel_id)
        if round_.members_only and not channel.members_only:
            raise UserError("error-members-only-channel", channel=channel_id)
    round_.announce_channels = ",".join(dict.fromkeys(round_.channels + channel_ids))
    channels_text = ", ".join(channel_ids)
    if round_.opens_at > ctx.now:
        ctx.uow.rounds.save(round_)
        return [
            ctx.reply(
                msg(
                    "round-announce-scheduled",
                    id=rid,
                    channels=channels_text,
                    when=When(round_.opens_at, round_.zone),
                )
            )
        ]
    round_.announced_at = round_.announced_at or ctx.now
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        *announce_posts(ctx, round_, channel_ids),
        ctx.reply(msg("round-announced", id=rid, channels=channels_text)),
    ]


def list_rounds(ctx: Context, cmd: c.ListRounds) -> list[Outgoing]:
    rounds = [
        r
        for r in ctx.uow.rounds.find()
        if (r.is_open(ctx.now) or r.is_upcoming(ctx.now))
        and (ctx.actor.is_member or not r.members_only)
    ]
    if not rounds:
        return [ctx.reply(msg("rounds-none"))]
    lines = [msg("rounds-header", count=len(rounds))]
    for r in sorted(rounds, key=lambda r: r.closes_at):
        if r.is_upcoming(ctx.now):
            lines.append(
                msg(
                    "rounds-line-upcoming",
                    id=round_id_text(r),
                    title=UserText(r.title),
                    opens=When(r.opens_at),
                )
            )
        else:
            lines.append(
                msg(
                    "rounds-line-open",
                    id=round_id_text(r),
                    title=UserText(r.title),
                    closes=When(r.closes_at),
                    left=time_left(ctx.now, r.closes_at),
                )
            )
    return [ctx.reply(*lines)]


def closing_posts(ctx: Context, round_: Round, channel_ids: list[str]) -> list[Post]:
    if round_.per_organisation:
        # Two delegates of one organisation gave one input: thank the organisations.
        line = msg(
            "round-closed-announcement-organisations",
            id=round_id_text(round_),
            title=UserText(round_.title),
            organisations=len(answered_organisations(ctx.uow, round_)),
        )
        return [post_to(channel_by_id(ctx, ch), line) for ch in channel_ids]
    count = ctx.uow.answers.respondent_counts([round_.id or 0]).get(round_.id or 0, 0)
    line = msg(
        "round-closed-announcement",
        id=round_id_text(round_),
        title=UserText(round_.title),
        respondents=count,
    )
    return [post_to(channel_by_id(ctx, ch), line) for ch in channel_ids]


def close(ctx: Context, cmd: c.CloseRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    if round_.closed_at is not None:
        raise UserError("error-round-closed", id=round_id_text(round_))
    round_.closed_at = min(ctx.now, round_.closes_at)
    round_.closing_announced_at = ctx.now
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        *closing_posts(ctx, round_, round_.channels),
        ctx.reply(msg("round-closed", id=round_id_text(round_))),
    ]


def extend(ctx: Context, cmd: c.ExtendRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    closes = ctx.future_when(cmd.closes, round_.zone)
    # A round closed early ended then; an extension only ever moves the end later, so that
    # the audience is never told "extended" about a deadline that came closer.
    current = min(round_.closed_at or round_.closes_at, round_.closes_at)
    if closes.at <= current:
        raise UserError(
            "error-extend-earlier",
            id=rid,
            current=When(current, round_.zone),
            when=When(closes.at, round_.zone),
            close=CommandHint(f"consult close {rid}"),
        )
    if closes.at <= round_.opens_at:
        raise UserError("error-opens-after-closes")
    round_.closes_at = closes.at
    round_.closed_at = None
    round_.closing_announced_at = None
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    posts: list[Outgoing] = []
    if round_.announced_at is not None:
        line = msg(
            "round-extended-announcement",
            id=rid,
            title=UserText(round_.title),
            when=When(round_.closes_at, round_.zone),
            respond=CommandHint(f"consult respond {rid}"),
        )
        posts = [post_to(channel_by_id(ctx, ch), line) for ch in round_.channels]
    return [
        *posts,
        ctx.reply(
            msg("round-extended", id=rid, when=When(round_.closes_at, round_.zone)),
            *dst_lines(closes),
        ),
    ]


def show_plan(ctx: Context, cmd: c.PreviewReminders) -> list[Outgoing]:
    return _preview(ctx, cmd.item_id)


def change_plan(ctx: Context, cmd: c.SetReminders) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.item_id)
    round_.reminder_offsets = ",".join(format_offset(o) for o in parse_offsets(cmd.offsets))
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        ctx.reply(msg("reminders-set", id=round_id_text(round_), offsets=round_.reminder_offsets)),
        *_preview(ctx, cmd.item_id),
    ]


def _preview(ctx: Context, round_id: int) -> list[Outgoing]:
    round_ = visible_round(ctx, round_id)
    rows = reminders.pending_rows(ctx, reminders.ROUND, round_.id or 0)
    offsets = round_.reminder_offsets or DEFAULT_ROUND_OFFSETS
    return [ctx.reply(*reminders.preview_lines(ctx, round_id_text(round_), rows, offsets))]


def due_round_work(ctx: Context) -> None:
    """Announce rounds that have opened and close those past their deadline.

    The posts this calls for are not returned but recorded as outbox rows in the same
    transaction, so they go out at least once even if sending fails or the process dies.
    """
    # Rounds whose closing was announced are done; the index keeps this cheap as they pile up.
    for round_ in ctx.uow.rounds.find(closing_announced_at=None):
        if (
            round_.announced_at is None
            and round_.channels
            and round_.opens_at <= ctx.now < round_.closes_at
        ):
            round_.announced_at = ctx.now
            ctx.uow.rounds.save(round_)
            # Added before the reminders it leads: due with them, it is claimed first.
            ctx.uow.reminders.add_many(announcement_rows(round_))
            reminders.replan_round(ctx, round_)
        if round_.closes_at <= ctx.now or round_.closed_at is not None:
            round_.closed_at = round_.closed_at or round_.closes_at
            round_.closing_announced_at = ctx.now
            ctx.uow.rounds.save(round_)
            ctx.uow.reminders.add_many(closing_rows(round_, ctx.now))
            reminders.replan_round(ctx, round_)
