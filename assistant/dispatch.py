"""The one command table shared by every adapter, and the application entry points."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, TypeVar

from assistant import commands as c
from assistant.domain.model import (
    Channel,
    ChannelMember,
    Person,
    PostedMessage,
    ReceivedEvent,
    Role,
)
from assistant.domain.zones import resolve_zone
from assistant.messages import Audience, CommandHint, Message, Outgoing, Reply, UserError, msg
from assistant.ports import Busy, Clock, Conflict, Translator, UnitOfWork, UnitOfWorkFactory
from assistant.retry import retrying
from assistant.services import actions, admin, digests, meetings, outbox, reminders, rounds
from assistant.services.admin import LANGUAGES
from assistant.services.common import Context

log = logging.getLogger(__name__)

EVERYONE = tuple(Role)
SECRETARIAT = (Role.SECRETARIAT,)
ORGANISERS = (Role.SECRETARIAT, Role.CHAIR)
MEMBERS = (Role.SECRETARIAT, Role.CHAIR, Role.MEMBER)

Handler = Callable[[Context, Any], list[Outgoing]]
T = TypeVar("T")


@dataclass(frozen=True)
class Entry:
    """One command: how to read it, what runs it, and who may use it at all.

    Finer rules that depend on data (owners of actions, members-only items) live in the
    services.
    """

    parse: Callable[[list[c.Token]], Any]
    handle: Handler
    roles: tuple[Role, ...]


def _help(ctx: Context, cmd: c.Help) -> list[Outgoing]:
    # The same for everyone: it may stay where it was asked.
    return [ctx.reply(*help_lines(cmd.topic), audience=Audience.ROOM)]


COMMANDS: dict[tuple[str, str], Entry] = {
    ("consult", "new"): Entry(c.parse_new_round, rounds.new_round, SECRETARIAT),
    ("consult", "question"): Entry(c.parse_add_question, rounds.add_question, SECRETARIAT),
    ("consult", "announce"): Entry(c.parse_announce_round, rounds.announce_round, SECRETARIAT),
    ("consult", "list"): Entry(c.parse_nothing(c.ListRounds), rounds.list_rounds, EVERYONE),
    ("consult", "respond"): Entry(c.parse_round_only(c.RespondToRound), rounds.respond, EVERYONE),
    ("consult", "answer"): Entry(c.parse_answer, rounds.answer, EVERYONE),
    ("consult", "status"): Entry(c.parse_round_only(c.RoundStatus), rounds.status, EVERYONE),
    ("consult", "export"): Entry(c.parse_export, rounds.export, ORGANISERS),
    ("consult", "close"): Entry(c.parse_round_only(c.CloseRound), rounds.close, SECRETARIAT),
    ("consult", "extend"): Entry(c.parse_extend, rounds.extend, SECRETARIAT),
    ("consult", "reminders"): Entry(c.parse_preview("round"), rounds.show_plan, SECRETARIAT),
    ("consult", "remind"): Entry(c.parse_remind("round"), rounds.change_plan, SECRETARIAT),
    ("meeting", "new"): Entry(c.parse_new_meeting, meetings.new_meeting, ORGANISERS),
    ("meeting", "announce"): Entry(c.parse_announce_meeting, meetings.announce_meeting, ORGANISERS),
    ("meeting", "rsvp"): Entry(c.parse_rsvp, meetings.rsvp, EVERYONE),
    ("meeting", "list"): Entry(c.parse_nothing(c.ListMeetings), meetings.list_meetings, EVERYONE),
    ("meeting", "attendees"): Entry(
        c.parse_meeting_only(c.ListAttendees), meetings.attendees, ORGANISERS
    ),
    ("meeting", "ics"): Entry(c.parse_ics, meetings.calendar, EVERYONE),
    ("meeting", "reminders"): Entry(c.parse_preview("meeting"), meetings.show_plan, ORGANISERS),
    ("meeting", "remind"): Entry(c.parse_remind("meeting"), meetings.change_plan, ORGANISERS),
    ("action", "add"): Entry(c.parse_add_action, actions.add_action, ORGANISERS),
    ("action", "list"): Entry(c.parse_list_actions, actions.list_actions, EVERYONE),
    ("action", "show"): Entry(c.parse_show_action, actions.show_action, EVERYONE),
    ("action", "update"): Entry(c.parse_update_action, actions.update_action, MEMBERS),
    ("action", "done"): Entry(c.parse_done_action, actions.update_action, MEMBERS),
    ("digest", "now"): Entry(c.parse_digest_now, digests.digest_now, ORGANISERS),
    ("digest", "schedule"): Entry(c.parse_digest_schedule, digests.schedule_digest, SECRETARIAT),
    ("digest", "off"): Entry(c.parse_digest_off, digests.digest_off, SECRETARIAT),
    ("assistant", "settings"): Entry(c.parse_settings, admin.settings, EVERYONE),
    ("assistant", "role"): Entry(c.parse_role, admin.grant_role, SECRETARIAT),
    ("assistant", "channel"): Entry(c.parse_channel_setting, admin.channel_setting, SECRETARIAT),
    ("assistant", "when"): Entry(c.parse_when, admin.read_when_command, EVERYONE),
    ("assistant", "help"): Entry(c.parse_help, _help, EVERYONE),
}

GROUPS = tuple(dict.fromkeys(group for group, _ in COMMANDS))


# Renders as the platform's command prefix ("/" on the console, "!" on Matrix).
_PREFIX = CommandHint("")


def help_id(group: str, verb: str) -> str:
    return f"help-{group}-{verb}"


def help_lines(topic: str | None) -> list[Message]:
    """Help for everything, one group (`consult`) or one command (`consult new`)."""
    words = (topic or "").split()
    if not words:
        lines = [msg("help-intro", help=CommandHint("assistant help COMMAND"))]
        for group in GROUPS:
            lines.append(msg("help-group", group=CommandHint(group)))
            lines += [msg(help_id(g, v), p=_PREFIX) for g, v in COMMANDS if g == group]
        return lines
    group = words[0]
    if group not in GROUPS:
        raise UserError(
            "error-unknown-command",
            command=CommandHint(topic or ""),
            help=CommandHint("assistant help"),
        )
    verbs = [v for g, v in COMMANDS if g == group]
    if len(words) > 1:
        if words[1] not in verbs:
            raise UserError("error-unknown-verb", group=CommandHint(group), verbs=", ".join(verbs))
        verb_id = help_id(group, words[1])
        return [msg(verb_id, p=_PREFIX), msg(f"{verb_id}-example", p=_PREFIX)]
    return [msg(help_id(group, v), p=_PREFIX) for v in verbs]


@dataclass(frozen=True)
class Profile:
    """What a platform says about a person; their own settings take precedence."""

    display_name: str = ""
    tz: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Incoming:
    """A message someone typed, as an adapter hands it over."""

    platform: str
    user_id: str
    channel_id: str
    text: str
    is_command: bool = True
    profile: Profile | None = None
    # A role the platform vouches for (e.g. Matrix room power levels), on top of granted ones.
    role_floor: Role | None = None


def _as_list(result: list[Outgoing] | Reply) -> list[Outgoing]:
    return [result] if isinstance(result, Reply) else result


def _apply_profile(person: Person, profile: Profile) -> bool:
    """Take the platform's name, zone and language unless the person chose their own."""
    before = (person.display_name, person.tz, person.tz_known, person.language)
    if profile.display_name:
        person.display_name = profile.display_name
    if profile.tz and not person.tz_chosen and resolve_zone(profile.tz):
        person.tz = profile.tz
        person.tz_known = True
    language = (profile.language or "").replace("_", "-").split("-")[0].lower()
    if language in LANGUAGES and not person.language_chosen:
        person.language = language
    return before != (person.display_name, person.tz, person.tz_known, person.language)


_RANK = {role: rank for rank, role in enumerate(Role)}  # secretariat first
_NOWHERE = Channel(platform="system", channel_id="")
SYSTEM = Person(
    id=0, platform="system", user_id="assistant", display_name="assistant", role=Role.SECRETARIAT
)


class Assistant:
    """The application: commands in, outgoing messages out; all state in the database."""

    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        clock: Clock,
        translator: Translator,
        admins: frozenset[str] = frozenset(),
    ) -> None:
        self.unit_of_work = unit_of_work
        self.clock = clock
        self.translator = translator
        self.admins = admins

    def _newcomer(self, platform: str, user_id: str) -> Person:
        """Someone met for the first time: the secretariat if named as an admin, else a
        stakeholder until given a role."""
        role = Role.SECRETARIAT if user_id in self.admins else Role.STAKEHOLDER
        return Person(platform=platform, user_id=user_id, display_name=user_id, role=role)

    def _identify(self, event: Incoming) -> tuple[Person, Channel]:
        """The speaker and the channel, created on first sight; profile changes applied."""
        with self.unit_of_work() as uow:
            person, _ = uow.people.get_or_add(self._newcomer(event.platform, event.user_id))
            if event.profile is not None and _apply_profile(person, event.profile):
                uow.people.save(person)
            if event.role_floor is not None and _RANK[event.role_floor] < _RANK[person.role]:
                person = replace(person, role=event.role_floor)  # for this request, not stored
            if not event.channel_id:
                # A button on the App Home or in a modal: nobody is in a channel.
                return person, Channel(platform=event.platform, channel_id="")
            channel, _ = uow.channels.get_or_add(
                Channel(platform=event.platform, channel_id=event.channel_id)
            )
            self._join(uow, channel, [person])
        return person, channel

    def _join(self, uow: UnitOfWork, channel: Channel, people: list[Person]) -> None:
        """Record that `people` are in `channel`; those new there become part of the audience
        of what was announced in it."""
        joined = False
        for person in people:
            member = ChannelMember(channel_id=channel.id or 0, person_id=person.id or 0)
            joined |= uow.channel_members.get_or_add(member)[1]
        if joined:
            ctx = Context(uow, SYSTEM, _NOWHERE, self.clock.now(), self.translator)
            reminders.replan_channel(ctx, channel.channel_id)

    def handle(self, event: Incoming) -> list[Outgoing]:
        """Run what someone typed; a refusal or error is a reply and changes nothing."""
        event = replace(event, text=c.clean_input(event.text))

        def run(ctx: Context) -> list[Outgoing]:
            if event.is_command:
                return self._command(ctx, event.text)
            if ctx.actor.dialogue_round_id is not None:
                return rounds.continue_dialogue(ctx, event.text)
            return []

        return _as_list(self._run(event, run))

    def execute(self, event: Incoming, key: tuple[str, str], command: Any) -> list[Outgoing]:
        """Run a command an adapter built from a button or a form, under the same rules."""
        entry = COMMANDS[key]

        def run(ctx: Context) -> list[Outgoing]:
            if ctx.actor.role not in entry.roles:
                raise UserError("error-not-allowed", role=msg(f"role-{ctx.actor.role.value}"))
            return entry.handle(ctx, command)

        return _as_list(self._run(event, run))

    def administer(self, platform: str, key: tuple[str, str], command: Any) -> list[Outgoing]:
        """Run a command for an operator at the command line, as the system's secretariat on
        `platform`: the same service and rules as in chat. A refusal raises `UserError`."""
        actor = replace(SYSTEM, platform=platform)

        def attempt() -> list[Outgoing]:
            with self.unit_of_work() as uow:
                now = self.clock.now()
                ctx = Context(uow, actor, _NOWHERE, now, self.translator, self.unit_of_work)
                return COMMANDS[key].handle(ctx, command)

        return retrying(attempt)

    def ask(self, event: Incoming, query: Callable[[Context], T]) -> T | Reply:
        """Read something for an adapter (a form, a home view): the answer, or the refusal."""
        return self._run(event, query)

    def _run(self, event: Incoming, work: Callable[[Context], T]) -> T | Reply:
        """`work` for the speaker, run again from the start if the database gave it up for a
        reason that passes; whatever happens, the answer is a reply, never silence."""
        met: list[Person] = []

        def attempt() -> T | Reply:
            person, channel = self._identify(event)
            # As stored: the work may change the person (a new language) and then fail.
            met.append(replace(person))
            try:
                with self.unit_of_work() as uow:
                    now = self.clock.now()
                    return work(
                        Context(uow, person, channel, now, self.translator, self.unit_of_work)
                    )
            except UserError as error:
                return Reply((error.message,), locale=person.language, tz=person.tz)

        try:
            return retrying(attempt)
        except (Conflict, Busy) as error:
            log.warning(
                "request given up, the database stayed busy: %r from %s: %s",
                event.text[:200],
                event.user_id,
                error,
            )
            failure = msg("error-busy")
        except Exception:
            log.exception("request failed: %r from %s", event.text[:200], event.user_id)
            failure = msg("error-internal")
        if met:
            return Reply((failure,), locale=met[-1].language, tz=met[-1].tz)
        return Reply((failure,), locale=self._language_guess(event), tz="UTC")

    def _language_guess(self, event: Incoming) -> str:
        """The speaker's language when they could not be identified, for the words of an
        apology: as stored if it can be read, else English."""
        try:
            return self.language_of(event.platform, event.user_id)
        except Exception:
            # The database that just failed may well fail this read too.
            log.warning("language of %s unreadable", event.user_id, exc_info=True)
            return "en"

    def language_of(self, platform: str, user_id: str) -> str:
        """The language a person reads (English for someone not met yet)."""
        with self.unit_of_work() as uow:
            found = uow.people.find(platform=platform, user_id=user_id)
            return found[0].language if found else "en"

    def first_time(self, key: str) -> bool:
        """Record that an event was received; False if it already was (a platform retry)."""

        def record() -> bool:
            with self.unit_of_work() as uow:
                if uow.received_events.find(key=key):
                    return False
                uow.received_events.add(ReceivedEvent(key=key, received_at=self.clock.now()))
            return True

        try:
            # Here a Conflict is an answer, not a race to run again.
            return retrying(record, transient=(Busy,))
        except Conflict:
            return False  # a concurrent delivery of the same event won the race

    def remember_post(self, key: str, platform: str, channel_id: str, message_id: str) -> None:
        """Where a post that may be edited later went."""
        with self.unit_of_work() as uow:
            uow.posted_messages.add(
                PostedMessage(
                    key=key, platform=platform, channel_id=channel_id, message_id=message_id
                )
            )

    def posted(self, key: str, platform: str, channel_id: str) -> list[str]:
        """The platform message ids of the posts made under `key` in a channel."""
        with self.unit_of_work() as uow:
            found = uow.posted_messages.find(key=key, channel_id=channel_id, platform=platform)
            return [p.message_id for p in found]

    def posted_key(self, platform: str, channel_id: str, message_id: str) -> str | None:
        """Which keyed post a platform message is (reactions name the message they react to)."""
        with self.unit_of_work() as uow:
            found = uow.posted_messages.find(
                platform=platform, channel_id=channel_id, message_id=message_id
            )
            return found[0].key if found else None

    def sync_members(self, platform: str, channel_id: str, user_ids: list[str]) -> None:
        """Record a channel's members as the platform lists them (audiences are computed on it)."""

        def attempt() -> None:
            with self.unit_of_work() as uow:
                channel, _ = uow.channels.get_or_add(
                    Channel(platform=platform, channel_id=channel_id)
                )
                known = {p.user_id: p for p in uow.people.find(platform=platform)}
                # Newcomers are added in one order everywhere, so that two transactions adding
                # the same people wait for each other instead of deadlocking.
                people = [
                    known.get(user_id)
                    or uow.people.get_or_add(self._newcomer(platform, user_id))[0]
                    for user_id in sorted(set(user_ids))
                ]
                linked = {m.person_id for m in uow.channel_members.find(channel_id=channel.id)}
                self._join(uow, channel, [p for p in people if p.id not in linked])

        retrying(attempt)

    def _command(self, ctx: Context, text: str) -> list[Outgoing]:
        tokens = c.tokenize(text)
        if not tokens:
            raise UserError("error-empty", help=CommandHint("assistant help"))
        group = tokens[0].text.lstrip("/!").lower()
        if group not in GROUPS:
            raise UserError(
                "error-unknown-command",
                command=CommandHint(tokens[0].text.lstrip("/!")),
                help=CommandHint("assistant help"),
            )
        verbs = [v for g, v in COMMANDS if g == group]
        if len(tokens) < 2:
            topic = None if group == "assistant" else group
            return [ctx.reply(*help_lines(topic), audience=Audience.ROOM)]
        verb = tokens[1].text.lower()
        entry = COMMANDS.get((group, verb))
        if entry is None:
            raise UserError("error-unknown-verb", group=CommandHint(group), verbs=", ".join(verbs))
        if ctx.actor.role not in entry.roles:
            raise UserError("error-not-allowed", role=msg(f"role-{ctx.actor.role.value}"))
        return entry.handle(ctx, entry.parse(tokens[2:]))

    def tick(self) -> None:
        """Record what has come due, in one transaction: rounds opened and closed, scheduled
        digests, and the posts they owe as outbox rows (sent by whoever claims them)."""
        with self.unit_of_work() as uow:
            ctx = Context(uow, SYSTEM, _NOWHERE, self.clock.now(), self.translator)
            rounds.due_round_work(ctx)
            digests.due_digests(ctx)

    def claim_due(
        self, worker: str, limit: int = 200, stale_after: timedelta = timedelta(minutes=2)
    ) -> list[outbox.Claimed]:
        """Take the reminders and posts due now for this worker (atomically: no one else gets
        them), with their messages."""
        with self.unit_of_work() as uow:
            ctx = Context(uow, SYSTEM, _NOWHERE, self.clock.now(), self.translator)
            return outbox.claim(ctx, worker, limit, stale_after)

    def renew_claim(self, row_id: int, worker: str) -> bool:
        """Just before sending: is the row still this worker's? (Its claim is refreshed.)"""
        with self.unit_of_work() as uow:
            return uow.reminders.renew(row_id, worker, self.clock.now())

    def finish_delivery(self, sent: list[int], failed: list[int]) -> None:
        """Record what was delivered; what failed goes back to pending for the next tick."""
        with self.unit_of_work() as uow:
            ctx = Context(uow, SYSTEM, _NOWHERE, self.clock.now(), self.translator)
            outbox.mark_sent(ctx, sent)
            outbox.release(ctx, failed)
