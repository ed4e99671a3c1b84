"""What every use case shares: the request context, lookups with visibility rules, permissions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from assistant.domain.dates import MissingTime, ReadWhen, read_when
from assistant.domain.model import Action, Channel, Meeting, Person, Question, Round
from assistant.domain.zones import require_zone
from assistant.messages import (
    Audience,
    Button,
    Direct,
    FileOut,
    Mention,
    Message,
    Post,
    Reply,
    TextStream,
    UserError,
    When,
    msg,
)
from assistant.ports import Translator, UnitOfWork, UnitOfWorkFactory


@dataclass
class Context:
    """One request: who speaks, where, when, inside which transaction."""

    uow: UnitOfWork
    actor: Person
    channel: Channel
    now: datetime
    translator: Translator
    # New transactions, for what is read after this one has ended (a file streamed to the
    # platform); None where nothing is.
    unit_of_work: UnitOfWorkFactory | None = None

    def reply(self, *lines: Message, audience: Audience = Audience.ASKER) -> Reply:
        """An answer for the actor alone unless `audience` says otherwise."""
        return Reply(tuple(lines), locale=self.actor.language, tz=self.actor.tz, audience=audience)

    def file_reply(self, line: Message, file: FileOut) -> Reply:
        """A file for the actor (export, calendar): always to their direct chat."""
        return Reply(
            (line,), self.actor.language, self.actor.tz, file=file, audience=Audience.DIRECT
        )

    def file_text(self, pieces: Callable[[UnitOfWork], Iterator[str]]) -> str | TextStream:
        """A file's text, made of `pieces` read from storage: streamed later in a read-only
        transaction of its own while the adapter writes it, or (where no new transaction can
        be had) read now in this one."""
        factory = self.unit_of_work
        if factory is None:
            return "".join(pieces(self.uow))

        def stream() -> Iterator[str]:
            with factory(read_only=True) as uow:
                yield from pieces(uow)

        return stream

    def read_when(
        self, text: str, zone: str | None = None, missing: MissingTime = MissingTime.END_OF_DAY
    ) -> ReadWhen:
        """Read a date typed by the actor, in `zone` (if the command names one) or theirs; in
        their language, else the channel's, else another one (README, "Dates in any language")."""
        return read_when(
            text,
            zone=zone or self.actor.tz,
            now=self.now,
            language=self.actor.language,
            channel_language=self.channel.language,
            missing_time=missing,
            sender_zone=self.actor.tz,
        )

    def future_when(
        self, text: str, zone: str | None = None, missing: MissingTime = MissingTime.END_OF_DAY
    ) -> ReadWhen:
        when = self.read_when(text, zone, missing)
        if when.at <= self.now:
            raise UserError("error-when-past", when=When(when.at, when.zone))
        return when


def time_left(now: datetime, deadline: datetime) -> Message:
    seconds = max(0, int((deadline - now).total_seconds()))
    return msg(
        "time-left",
        days=seconds // 86400,
        hours=seconds % 86400 // 3600,
        minutes=seconds % 3600 // 60,
    )


def mention(person: Person) -> Mention:
    return Mention(person.user_id, person.display_name)


def mentions(people: Iterable[Person]) -> tuple[Mention, ...]:
    return tuple(mention(p) for p in people)


def post_to(
    channel: Channel, *lines: Message, buttons: tuple[Button, ...] = (), key: str = ""
) -> Post:
    return Post(
        channel.channel_id,
        tuple(lines),
        locale=channel.language,
        tz=channel.digest_zone,
        buttons=buttons,
        key=key,
    )


def direct_to(person: Person, *lines: Message) -> Direct:
    return Direct(person.user_id, tuple(lines), locale=person.language, tz=person.tz)


def zone_or_default(text: str | None, default: str) -> str:
    return require_zone(text) if text else default


def round_id_text(round_: Round) -> str:
    return f"R{round_.id}"


def meeting_id_text(meeting: Meeting) -> str:
    return f"M{meeting.id}"


def action_label(action: Action) -> str:
    return action.ref or f"A{action.id}"


def questions_of(ctx: Context, round_: Round) -> list[Question]:
    """A round's questions, in their order (Q1, Q2, …)."""
    return sorted(ctx.uow.questions.find(round_id=round_.id), key=lambda q: q.position)


def visible_round(ctx: Context, round_id: int) -> Round:
    """A round the actor may see; members-only rounds do not exist for stakeholders."""
    found = ctx.uow.rounds.get(round_id)
    if found is None or (found.members_only and not ctx.actor.is_member):
        raise UserError("error-unknown-round", id=f"R{round_id}")
    return found


def visible_meeting(ctx: Context, meeting_id: int) -> Meeting:
    """A meeting the actor may see; members-only meetings do not exist for stakeholders."""
    found = ctx.uow.meetings.get(meeting_id)
    if found is None or (found.members_only and not ctx.actor.is_member):
        raise UserError("error-unknown-meeting", id=f"M{meeting_id}")
    return found


def find_action(ctx: Context, ref: str) -> Action:
    """An action by id (`A3`) or by its reference (`7.3.1`), as the actor may see it."""
    match = re.fullmatch(r"(?i)a(\d{1,9})", ref)
    found: Action | None
    if match:
        found = ctx.uow.actions.get(int(match.group(1)))
    else:
        candidates = ctx.uow.actions.find(ref=ref)
        found = candidates[0] if candidates else None
    if found is None or not action_visible(ctx, found):
        raise UserError("error-unknown-action", id=ref)
    return found


def hidden_meetings(ctx: Context) -> set[int]:
    """Meetings the actor may not see: members-only ones, for stakeholders."""
    if ctx.actor.is_member:
        return set()
    return {m.id for m in ctx.uow.meetings.find(members_only=True) if m.id is not None}


def action_visible(ctx: Context, action: Action, hidden: set[int] | None = None) -> bool:
    """Stakeholders see the actions of open meetings and those of no meeting."""
    if ctx.actor.is_member or action.meeting_id is None:
        return True
    return action.meeting_id not in (hidden if hidden is not None else hidden_meetings(ctx))


MAX_NAMES = 40


def mentions_capped(
    people: list[Person], total: int | None = None
) -> tuple[Mention | Message, ...]:
    """A readable list of people: the first few, then how many more (of `total`, when `people`
    holds only the first ones)."""
    total = len(people) if total is None else total
    shown: list[Mention | Message] = [mention(p) for p in people[:MAX_NAMES]]
    if total > MAX_NAMES:
        shown.append(msg("list-more-names", count=total - MAX_NAMES))
    return tuple(shown)


def person_by_user(ctx: Context, user_id: str) -> Person:
    """A known person on the actor's platform, by the id a mention carries."""
    found = ctx.uow.people.find(platform=ctx.actor.platform, user_id=user_id)
    if not found:
        raise UserError("error-unknown-user", user=user_id)
    return found[0]


def channel_by_id(ctx: Context, channel_id: str) -> Channel:
    """The channel record for a platform channel id, created on first mention."""
    channel, _ = ctx.uow.channels.get_or_add(
        Channel(platform=ctx.actor.platform, channel_id=channel_id)
    )
    return channel


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#!|<>~])")


def markdown_text(value: str) -> str:
    """Typed text in a Markdown file, on one line: no headings, links, images, HTML or
    tables of its own."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(value.split()))
