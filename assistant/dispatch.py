"""The one command table shared by every adapter, and the application entry points."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
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
from assistant.messages import (
    Audience,
    CommandHint,
    Mention,
    Message,
    Outgoing,
    Reply,
    UserError,
    msg,
)
from assistant.ports import (
    Busy,
    Clock,
    Conflict,
    Translator,
    UnitOfWork,
    UnitOfWorkFactory,
    WriteNeeded,
)
from assistant.retry import retrying
from assistant.services import (
    actions,
    admin,
    digests,
    inputs,
    meetings,
    minutes,
    outbox,
    reminders,
    report,
    reports,
    roster,
    rounds,
)
from assistant.services.admin import LANGUAGES
from assistant.services.common import Context, meeting_id_text, round_id_text

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
    services. `reads_only`: it changes nothing, so it starts in a transaction that takes no
    write lock (if it writes after all, it runs again in one that does: see `Assistant._run`).
    """

    parse: Callable[[list[c.Token]], Any]
    handle: Handler
    roles: tuple[Role, ...]
    reads_only: bool = False


def _help(ctx: Context, cmd: c.Help) -> list[Outgoing]:
    # The same for everyone: it may stay where it was asked.
    return [ctx.reply(*help_lines(cmd.topic), audience=Audience.ROOM)]


COMMANDS: dict[tuple[str, str], Entry] = {
    ("consult", "new"): Entry(c.parse_new_round, rounds.new_round, SECRETARIAT),
    ("consult", "set"): Entry(c.parse_set_round, rounds.set_round, SECRETARIAT),
    ("consult", "question"): Entry(c.parse_add_question, rounds.add_question, SECRETARIAT),
    ("consult", "announce"): Entry(c.parse_announce_round, rounds.announce_round, SECRETARIAT),
    ("consult", "list"): Entry(
        c.parse_nothing(c.ListRounds), rounds.list_rounds, EVERYONE, reads_only=True
    ),
    ("consult", "respond"): Entry(c.parse_round_only(c.RespondToRound), inputs.respond, EVERYONE),
    ("consult", "answer"): Entry(c.parse_answer, inputs.answer, EVERYONE),
    ("consult", "status"): Entry(
        c.parse_round_only(c.RoundStatus), reports.status, EVERYONE, reads_only=True
    ),
    ("consult", "export"): Entry(c.parse_export, reports.export, ORGANISERS, reads_only=True),
    ("consult", "report"): Entry(c.parse_report, report.report, ORGANISERS, reads_only=True),
    ("consult", "close"): Entry(c.parse_round_only(c.CloseRound), rounds.close, SECRETARIAT),
    ("consult", "extend"): Entry(c.parse_extend, rounds.extend, SECRETARIAT),
    ("consult", "reminders"): Entry(
        c.parse_preview("round"), rounds.show_plan, SECRETARIAT, reads_only=True
    ),
    ("consult", "remind"): Entry(c.parse_remind("round"), rounds.change_plan, SECRETARIAT),
    ("meeting", "new"): Entry(c.parse_new_meeting, meetings.new_meeting, ORGANISERS),
    ("meeting", "announce"): Entry(c.parse_announce_meeting, meetings.announce_meeting, ORGANISERS),
    ("meeting", "update"): Entry(c.parse_update_meeting, meetings.update_meeting, ORGANISERS),
    ("meeting", "cancel"): Entry(c.parse_cancel_meeting, meetings.cancel_meeting, ORGANISERS),
    ("meeting", "rsvp"): Entry(c.parse_rsvp, meetings.rsvp, EVERYONE),
    ("meeting", "list"): Entry(
        c.parse_nothing(c.ListMeetings), meetings.list_meetings, EVERYONE, reads_only=True
    ),
    ("meeting", "attendees"): Entry(
        c.parse_meeting_only(c.ListAttendees), meetings.attendees, ORGANISERS, reads_only=True
    ),
    ("meeting", "ics"): Entry(c.parse_ics, meetings.calendar, EVERYONE, reads_only=True),
    ("meeting", "reminders"): Entry(
        c.parse_preview("meeting"), meetings.show_plan, ORGANISERS, reads_only=True
    ),
    ("meeting", "remind"): Entry(c.parse_remind("meeting"), meetings.change_plan, ORGANISERS),
    ("meeting", "start"): Entry(c.parse_start_minutes, minutes.start, ORGANISERS),
    # Also whoever was handed the minutes with `#chair` (checked in the service).
    ("meeting", "end"): Entry(c.parse_end_minutes, minutes.end, MEMBERS),
    ("meeting", "minutes"): Entry(
        c.parse_export_minutes, minutes.export, EVERYONE, reads_only=True
    ),
    ("action", "add"): Entry(c.parse_add_action, actions.add_action, ORGANISERS),
    ("action", "list"): Entry(
        c.parse_list_actions, actions.list_actions, EVERYONE, reads_only=True
    ),
    ("action", "show"): Entry(c.parse_show_action, actions.show_action, EVERYONE, reads_only=True),
    ("action", "update"): Entry(c.parse_update_action, actions.update_action, MEMBERS),
    ("action", "edit"): Entry(c.parse_edit_action, actions.edit_action, MEMBERS),
    ("action", "done"): Entry(c.parse_done_action, actions.update_action, MEMBERS),
    ("action", "reminders"): Entry(
        c.parse_action_reminders, actions.show_reminders, MEMBERS, reads_only=True
    ),
    ("action", "remind"): Entry(c.parse_action_remind, actions.change_reminders, MEMBERS),
    ("digest", "now"): Entry(c.parse_digest_now, digests.digest_now, ORGANISERS, reads_only=True),
    ("digest", "schedule"): Entry(c.parse_digest_schedule, digests.schedule_digest, SECRETARIAT),
    ("digest", "off"): Entry(c.parse_digest_off, digests.digest_off, SECRETARIAT),
    ("assistant", "settings"): Entry(c.parse_settings, admin.settings, EVERYONE),
    ("assistant", "role"): Entry(c.parse_role, admin.grant_role, SECRETARIAT),
    ("assistant", "channel"): Entry(c.parse_channel_setting, admin.channel_setting, SECRETARIAT),
    ("assistant", "when"): Entry(c.parse_when, admin.read_when_command, EVERYONE, reads_only=True),
    ("assistant", "help"): Entry(c.parse_help, _help, EVERYONE, reads_only=True),
}

GROUPS = tuple(dict.fromkeys(group for group, _ in COMMANDS))


@dataclass(frozen=True)
class FormEntry:
    """A command that adapters build from a form and nobody types: no grammar, no help."""

    handle: Handler
    roles: tuple[Role, ...]
    reads_only: bool = False


FORMS: dict[tuple[str, str], FormEntry] = {
    # Allowed to whoever may answer one question.
    ("consult", "answers"): FormEntry(inputs.answer_form, COMMANDS[("consult", "answer")].roles),
}


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
    # The platform's id of this delivery (an event, a click): a repeat is not run again.
    key: str = ""
    # Typed where only commands are expected (the console): text that is neither a command
    # nor an answer in a guided response gets a hint instead of silence. In a chat channel,
    # people talk to each other, and the assistant stays quiet.
    commands_only: bool = False


def _named(words: list[str]) -> tuple[str, str]:
    """The group and the verb that the first words of a command name, spelled as in the
    command table ("" for a missing one)."""
    group = words[0].lstrip("/!").lower() if words else ""
    return group, words[1].lower() if len(words) > 1 else ""


def _as_list(result: list[Outgoing] | Reply | None) -> list[Outgoing]:
    if result is None:
        return []  # a repeated event
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


# Completion offers at most this many names of each kind.
COMPLETION_LIMIT = 500
# A refusal names at most this many of the secretariat.
GRANTERS_SHOWN = 3
_RANK = {role: rank for rank, role in enumerate(Role)}  # secretariat first
_NOWHERE = Channel(platform="system", channel_id="")
SYSTEM = Person(
    id=0, platform="system", user_id="assistant", display_name="assistant", role=Role.SECRETARIAT
)


class _Discard(Exception):
    """Leaves a unit of work so that it rolls back, carrying what was found until then."""

    def __init__(self, outcome: roster.Outcome) -> None:
        super().__init__("discarded")
        self.outcome = outcome


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

    def _system(self, uow: UnitOfWork) -> Context:
        """The assistant's own context, for work no one asked for."""
        return Context(uow, SYSTEM, _NOWHERE, self.clock.now(), self.translator)

    def _newcomer(self, platform: str, user_id: str) -> Person:
        """Someone met for the first time: the secretariat if named as an admin, else a
        stakeholder until given a role."""
        role = Role.SECRETARIAT if user_id in self.admins else Role.STAKEHOLDER
        return Person(platform=platform, user_id=user_id, display_name=user_id, role=role)

    def _meet(self, uow: UnitOfWork, newcomer: Person) -> tuple[Person, bool]:
        """The stored person for `newcomer`, added on first sight (and whether it was)."""
        person, added = uow.people.get_or_add(newcomer)
        if added and person.is_member:
            # An admin belongs to the members-only audiences from the start.
            reminders.replan_person(self._system(uow), person.id or 0)
        return person, added

    def _identify(self, uow: UnitOfWork, event: Incoming) -> tuple[Person, Channel]:
        """The speaker and the channel, recorded on first sight, with profile changes applied.
        For someone known, in a channel known to have them, as the platform describes them
        already, this only reads."""
        newcomer = self._newcomer(event.platform, event.user_id)
        if event.profile is not None:
            _apply_profile(newcomer, event.profile)  # stored as described: no second write
        person, added = self._meet(uow, newcomer)
        if not added and event.profile is not None:
            night = (person.tz, person.tz_known)
            if _apply_profile(person, event.profile):
                uow.people.save(person)
                if (person.tz, person.tz_known) != night:
                    # A zone from the profile moves the person's quiet hours, as their own
                    # setting would: so do their reminders.
                    reminders.replan_person(self._system(uow), person.id or 0)
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
        joined = [
            person.id or 0
            for person in people
            if uow.channel_members.get_or_add(
                ChannelMember(channel_id=channel.id or 0, person_id=person.id or 0)
            )[1]
        ]
        if joined:
            reminders.replan_channel(self._system(uow), channel.channel_id, joined)

    def handle(self, event: Incoming) -> list[Outgoing]:
        """Run what someone typed; a refusal or error is a reply and changes nothing. Nothing
        at all for an event handled before (same `key`)."""
        event = replace(event, text=c.clean_input(event.text))

        if not event.is_command and minutes.is_minutes_line(event.text):
            taken = self.take_minutes(event)
            if taken is not None:
                return taken

        def run(ctx: Context) -> list[Outgoing]:
            if event.is_command:
                return self._command(ctx, event.text)
            if ctx.actor.dialogue_round_id is not None:
                return inputs.continue_dialogue(ctx, event.text)
            if event.commands_only:
                return [ctx.reply(msg("hint-not-a-command", help=CommandHint("assistant help")))]
            return []

        # Only a hint, so the words as typed will do (the command is read properly in `run`);
        # not a command (chatter, or an answer in a guided response): reading first.
        entry = COMMANDS.get(_named(event.text.split())) if event.is_command else None
        return _as_list(self._run(event, run, writes=entry is not None and not entry.reads_only))

    def take_minutes(self, event: Incoming) -> list[Outgoing] | None:
        """A message typed in a channel, which is not a command: recorded if it is a line of
        minutes (`#agreed …`) and minutes are being taken in that channel. None for anything
        else, and then nothing about it is stored, not even who typed it: adapters hand over
        every channel message, and people's talk is not the assistant's to keep."""
        if not minutes.is_minutes_line(event.text) or not self.minutes_running(event.channel_id):
            return None
        event = replace(event, text=c.clean_input(event.text))
        return _as_list(self._run(event, lambda ctx: minutes.record(ctx, event.text), writes=True))

    def minutes_running(self, channel_id: str) -> bool:
        """Whether minutes are being taken in a channel (read without any write)."""
        with self.unit_of_work(read_only=True) as uow:
            return minutes.running_here(uow, channel_id) is not None

    def execute(self, event: Incoming, key: tuple[str, str], command: Any) -> list[Outgoing]:
        """Run a command an adapter built from a button or a form, under the same rules."""
        entry: Entry | FormEntry = COMMANDS.get(key) or FORMS[key]

        def run(ctx: Context) -> list[Outgoing]:
            if ctx.actor.role not in entry.roles:
                raise self._not_allowed(ctx)
            return entry.handle(ctx, command)

        return _as_list(self._run(event, run, writes=not entry.reads_only))

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

    def import_roster(self, lines: list[roster.Line], dry_run: bool) -> roster.Outcome:
        """The roster's lines applied in one transaction, as the system's secretariat: kept
        only if every line was good and this is no dry run, else rolled back whole."""

        def attempt() -> roster.Outcome:
            try:
                with self.unit_of_work() as uow:
                    outcome = roster.apply(self._system(uow), lines)
                    if outcome.bad or dry_run:
                        raise _Discard(outcome)
                    return outcome
            except _Discard as discarded:
                return discarded.outcome

        return retrying(attempt)

    def export_roster(self) -> list[tuple[str, ...]]:
        with self.unit_of_work(read_only=True) as uow:
            return roster.rows(uow)

    def ask(self, event: Incoming, query: Callable[[Context], T]) -> T | Reply | None:
        """Read something for an adapter (a form, a home view): the answer, or the refusal;
        None for an event handled before (same `key`)."""
        return self._run(event, query, writes=False)

    def _run(self, event: Incoming, work: Callable[[Context], T], writes: bool) -> T | Reply | None:
        """`work` for the speaker in one transaction, with the event's de-duplication and the
        first-seen bookkeeping; run again from the start if the database gave it up for a
        reason that passes. Whatever happens, the answer is a reply, never silence (None
        only for a repeated event).

        Unless it `writes` (as the command table says), it starts read-only, which on SQLite
        takes no write lock. Whether it writes depends on the data too (a newcomer, a changed
        profile, a new member of a channel): its first write stops it (`WriteNeeded`, nothing
        written) and it runs again from the start in a transaction that writes. So a command
        marked wrongly costs time, never a lost change."""
        met: list[Person] = []
        read_only = not writes

        def attempt() -> T | Reply | None:
            nonlocal read_only
            if read_only:
                try:
                    return self._attempt(event, work, met, read_only=True)
                except WriteNeeded:
                    read_only = False  # and so for the attempts after this one
            return self._attempt(event, work, met, read_only=False)

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

    def _attempt(
        self, event: Incoming, work: Callable[[Context], T], met: list[Person], read_only: bool
    ) -> T | Reply | None:
        with self.unit_of_work(read_only=read_only) as uow:
            if event.key and self._seen(uow, event.key, record=not read_only):
                return None
            person, channel = self._identify(uow, event)
            # As stored: the work may change the person (a new language) and then fail.
            met.append(replace(person))
            try:
                # A refusal undoes what the work did, not the event's key and the bookkeeping
                # (a read-only transaction has nothing to undo).
                with nullcontext() if read_only else uow.savepoint():
                    result: T | Reply = work(
                        Context(
                            uow,
                            person,
                            channel,
                            self.clock.now(),
                            self.translator,
                            self.unit_of_work,
                        )
                    )
            except UserError as error:
                result = Reply((error.message,), locale=person.language, tz=person.tz)
        if event.key and read_only and not self._claim(event.key):
            return None  # the same event, handled meanwhile by another thread or replica
        return result

    def _seen(self, uow: UnitOfWork, key: str, record: bool) -> bool:
        """Whether an event was handled before; when `record`, it is recorded now, in the
        transaction of what it does (a concurrent delivery waits for it, then sees it)."""
        if not record:
            return bool(uow.received_events.find(key=key))
        event = ReceivedEvent(key=key, received_at=self.clock.now())
        return not uow.received_events.get_or_add(event)[1]

    def _claim(self, key: str) -> bool:
        """Record an event after reading what it asked for, in a transaction of its own, the
        only write a read-only request makes (so that a repeat of it does not answer twice);
        False if another delivery of it recorded it first."""
        with self.unit_of_work() as uow:
            return not self._seen(uow, key, record=True)

    def _language_guess(self, event: Incoming) -> str:
        """The speaker's language when they could not be identified, for the words of an
        apology: as stored if it can be read, else English."""
        try:
            return self.language_of(event.platform, event.user_id)
        except Exception:
            # The database that just failed may well fail this read too.
            log.warning("language of %s unreadable", event.user_id, exc_info=True)
            return "en"

    def command_words(self) -> dict[str, list[str]]:
        """Each command group with its verbs, as typed (for completion)."""
        words: dict[str, list[str]] = {}
        for group, verb in COMMANDS:
            words.setdefault(group, []).append(verb)
        return words

    def known_names(self, platform: str, limit: int = COMPLETION_LIMIT) -> list[str]:
        """Ids and names a person may type on `platform`, for completion at a terminal: rounds,
        meetings and actions (the soonest due first), then people and channels; at most
        `limit` of each kind. The console is the operator's own terminal (it can speak as
        anyone with `/as`), so nothing is hidden by role here."""
        with self.unit_of_work(read_only=True) as uow:
            names = [round_id_text(r) for r in uow.rounds.find()[-limit:]]
            names += [meeting_id_text(m) for m in uow.meetings.find()[-limit:]]
            found, _ = uow.actions.search(
                statuses=None,
                owner_person_id=None,
                owner_body=None,
                due_from=None,
                due_before=None,
                hidden_meetings=(),
                limit=limit,
            )
            for action in found:
                names += [f"A{action.id}"] + ([action.ref] if action.ref else [])
            names += [f"@{p.user_id}" for p in uow.people.find(platform=platform)[:limit]]
            names += [c.channel_id for c in uow.channels.find(platform=platform)[:limit]]
        return list(dict.fromkeys(names))

    def language_of(self, platform: str, user_id: str) -> str:
        """The language a person reads (English for someone not met yet)."""
        with self.unit_of_work(read_only=True) as uow:
            found = uow.people.find(platform=platform, user_id=user_id)
            return found[0].language if found else "en"

    def first_time(self, key: str) -> bool:
        """Record that an event was received; False if it already was (a platform retry).
        For an event that runs several commands; one command takes its `Incoming.key`."""
        return retrying(lambda: self._claim(key))

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
        with self.unit_of_work(read_only=True) as uow:
            found = uow.posted_messages.find(key=key, channel_id=channel_id, platform=platform)
            return [p.message_id for p in found]

    def posted_key(self, platform: str, channel_id: str, message_id: str) -> str | None:
        """Which keyed post a platform message is (reactions name the message they react to)."""
        with self.unit_of_work(read_only=True) as uow:
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
                    known.get(user_id) or self._meet(uow, self._newcomer(platform, user_id))[0]
                    for user_id in sorted(set(user_ids))
                ]
                linked = {m.person_id for m in uow.channel_members.find(channel_id=channel.id)}
                self._join(uow, channel, [p for p in people if p.id not in linked])

        retrying(attempt)

    def _command(self, ctx: Context, text: str) -> list[Outgoing]:
        tokens = c.tokenize(text)
        if not tokens:
            raise UserError("error-empty", help=CommandHint("assistant help"))
        group, verb = _named([t.text for t in tokens])
        if group not in GROUPS:
            raise UserError(
                "error-unknown-command",
                command=CommandHint(tokens[0].text.lstrip("/!")),
                help=CommandHint("assistant help"),
            )
        verbs = [v for g, v in COMMANDS if g == group]
        if not verb:
            topic = None if group == "assistant" else group
            return [ctx.reply(*help_lines(topic), audience=Audience.ROOM)]
        entry = COMMANDS.get((group, verb))
        if entry is None:
            raise UserError("error-unknown-verb", group=CommandHint(group), verbs=", ".join(verbs))
        if ctx.actor.role not in entry.roles:
            raise self._not_allowed(ctx)
        return entry.handle(ctx, entry.parse(tokens[2:]))

    def _not_allowed(self, ctx: Context) -> UserError:
        """The refusal of a command the speaker's role does not allow, naming who can give
        them a role: the secretariat, or the operator while there is none."""
        role = msg(f"role-{ctx.actor.role.value}")
        granters = self._granters(ctx.uow, ctx.actor.platform)
        if granters:
            people = [Mention(p.user_id, p.display_name) for p in granters[:GRANTERS_SHOWN]]
            return UserError(
                "error-not-allowed", role=role, granted=msg("role-granted-by", people=people)
            )
        command = f"assistant admin grant {ctx.actor.user_id}"
        if ctx.actor.platform != "console":
            command += f" --platform {ctx.actor.platform}"
        return UserError(
            "error-not-allowed", role=role, granted=msg("role-granted-by-operator", command=command)
        )

    def _granters(self, uow: UnitOfWork, platform: str) -> list[Person]:
        """The secretariat on `platform` (who can grant roles), as stored: the first ones
        in id order."""
        return uow.people.find(platform=platform, role=Role.SECRETARIAT)

    def has_secretariat(self, platform: str, user_id: str) -> bool:
        """Whether anyone can grant roles on `platform` yet: a stored secretariat, or `user_id`
        named in the configuration (secretariat as soon as they speak)."""
        if user_id in self.admins:
            return True
        with self.unit_of_work(read_only=True) as uow:
            return bool(self._granters(uow, platform))

    def tick(self) -> None:
        """Record what has come due, in one transaction: rounds opened and closed, scheduled
        digests, and the posts they owe as outbox rows (sent by whoever claims them)."""
        with self.unit_of_work() as uow:
            ctx = self._system(uow)
            rounds.due_round_work(ctx)
            digests.due_digests(ctx)

    def claim_due(
        self, worker: str, limit: int = 200, stale_after: timedelta = timedelta(minutes=2)
    ) -> list[outbox.Claimed]:
        """Take the reminders and posts due now for this worker (atomically: no one else gets
        them), with their messages."""
        with self.unit_of_work() as uow:
            return outbox.claim(self._system(uow), worker, limit, stale_after)

    def renew_claim(self, row_id: int, worker: str) -> bool:
        """Just before sending: is the row still this worker's? (Its claim is refreshed.)"""
        with self.unit_of_work() as uow:
            return uow.reminders.renew(row_id, worker, self.clock.now())

    def record_sent(self, row_id: int) -> None:
        """A scheduled message was delivered (or found on the platform already)."""
        with self.unit_of_work() as uow:
            outbox.mark_sent(self._system(uow), row_id)

    def record_failure(self, row_id: int, worker: str, reason: str, maybe_sent: bool) -> None:
        """A try failed: the row waits for its next try, or is given up and reported."""
        with self.unit_of_work() as uow:
            outbox.record_failure(self._system(uow), row_id, worker, reason, maybe_sent)

    def release_claims(self, worker: str, row_ids: list[int]) -> None:
        """Claimed rows this worker will not try now: pending again, as they were."""
        with self.unit_of_work() as uow:
            outbox.release(self._system(uow), worker, row_ids)

    def delivery_status(self) -> outbox.Status:
        """Counts of scheduled messages per kind and state, and the oldest one due."""
        with self.unit_of_work() as uow:
            return outbox.status(self._system(uow))
