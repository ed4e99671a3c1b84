"""Protocols through which the application reaches time, storage, text and chat platforms."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from types import TracebackType
from typing import Any, Literal, Protocol, Self, TypeVar

from assistant.domain.model import (
    Action,
    ActionStatus,
    ActionUpdate,
    Answer,
    Channel,
    ChannelMember,
    Meeting,
    MinuteItem,
    Organisation,
    Person,
    PostedMessage,
    Question,
    ReceivedEvent,
    Reminder,
    ReminderState,
    Role,
    Round,
    Rsvp,
    RsvpChoice,
    Setting,
)
from assistant.messages import Message, Outgoing

T = TypeVar("T")


class Conflict(Exception):
    """Storing would break a uniqueness rule (the same person, key or event twice)."""


class Busy(Exception):
    """The database gave this transaction up for a reason that passes (a deadlock, a
    serialization failure, a lock held by another writer): it changed nothing, and the same
    work may succeed in a new transaction."""


class WriteNeeded(Exception):
    """A unit of work opened to read only was about to write. Nothing was written; the same
    work must run again from the start in a unit of work that may write."""


class Undelivered(Exception):
    """A platform did not take a scheduled message and said why: its error `code`
    (`not_in_channel`, `missing_scope`) and what it concerns (`detail`: the scope needed).

    `maybe_delivered` is set when the answer leaves open whether the message got through
    (Slack's `internal_error` says part of the operation may have succeeded): the next try
    then looks for it on the platform first.
    """

    def __init__(self, code: str, detail: str = "", *, maybe_delivered: bool = False) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.maybe_delivered = maybe_delivered

    @property
    def reason(self) -> str:
        """As stored in a row's `last_error`."""
        return str(self)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class Repository(Protocol[T]):
    """Stores one kind of entity; `find` matches fields by equality and orders by id."""

    def get(self, id: int) -> T | None: ...

    def add(self, item: T) -> T: ...

    def save(self, item: T) -> None: ...

    def delete(self, item: T) -> None: ...

    def find(self, **equal: Any) -> list[T]: ...

    def find_in(self, field: str, values: Iterable[Any]) -> list[T]: ...

    def add_many(self, items: list[T]) -> None:
        """Insert many at once (their ids are not read back)."""
        ...


class KeyedRepository(Repository[T], Protocol):
    """Entities with a natural key besides their id: a person's platform and user id, a
    channel's id, a membership's channel and person."""

    def get_or_add(self, item: T) -> tuple[T, bool]:
        """The stored entity with `item`'s natural key, or `item` stored now if there is none,
        and whether it was added. Another transaction adding the same entity at the same
        moment is no error: both get the one stored."""
        ...


class PersonRepository(KeyedRepository[Person], Protocol):
    def page(
        self,
        *,
        channels: Collection[str] | None,
        excluded_roles: Collection[Role],
        not_answered: int | None,
        limit: int,
    ) -> tuple[list[Person], int]:
        """The first `limit` people in id order who are in any of these platform `channels`
        (anywhere if None), whose role is none of `excluded_roles` and who gave no answer to
        the round `not_answered` (if given); and how many there are."""
        ...

    def count_by_group(
        self,
        *,
        channels: Collection[str] | None,
        excluded_roles: Collection[Role],
        not_answered: int | None,
    ) -> dict[str, int]:
        """How many of the people `page` would list there are per stakeholder group of their
        organisation ("" for none)."""
        ...


class OrganisationRepository(Repository[Organisation], Protocol):
    def named(self, name: str) -> Organisation | None:
        """The organisation of this name, whatever its case ("ITU" is "itu")."""
        ...


class ActionRepository(Repository[Action], Protocol):
    def search(
        self,
        *,
        statuses: Collection[ActionStatus] | None,
        owner_person_id: int | None,
        owner_body: str | None,
        due_from: datetime | None,
        due_before: datetime | None,
        hidden_meetings: Collection[int],
        limit: int,
        updated_from: datetime | None = None,
    ) -> tuple[list[Action], int]:
        """The first `limit` matching actions (soonest due first, undated last) and how many
        match in all."""
        ...

    def refs_under(self, prefix: str) -> list[str]:
        """The references that begin with `prefix` ("7.3." finds 7.3.1, 7.3.12, …)."""
        ...


# The fields of a person by which a round's respondents are counted.
PersonField = Literal["stakeholder_group", "country", "organisation"]


class AnswerRepository(Repository[Answer], Protocol):
    """Every version of every input, with what reports need counted in the database: a round
    may hold tens of thousands of answers, never to be loaded as objects just to be counted."""

    def respondent_ids(self, round_id: int) -> set[int]:
        """The people who answered at least one question of the round."""
        ...

    def respondent_counts(self, round_ids: Collection[int]) -> dict[int, int]:
        """How many people answered each of these rounds (a round nobody answered is left out)."""
        ...

    def question_counts(self, round_id: int) -> dict[int, int]:
        """Per question id, how many people answered it: each person once, however many
        versions they gave."""
        ...

    def respondents(self, round_id: int, limit: int) -> list[Person]:
        """The first `limit` respondents of the round, in id order."""
        ...

    def respondents_by(self, round_id: int) -> dict[PersonField, dict[str, int]]:
        """The round's respondents counted by each field of theirs (`""` when not told): each
        field's counts add up to the number of respondents."""
        ...

    def latest(self, round_id: int) -> Iterator[tuple[Answer, Person]]:
        """The latest version of each person's answer to each question, with the person: by
        question position, then time of that version; ties in the order the people first
        answered the question. Read from the database in batches while iterated."""
        ...

    def rounds_answered(self, person_id: int, round_ids: Collection[int]) -> set[int]:
        """Which of these rounds the person has answered."""
        ...


class RsvpRepository(Repository[Rsvp], Protocol):
    def counts(self, meeting_ids: Collection[int]) -> dict[tuple[int, RsvpChoice], int]:
        """Confirmed RSVPs (the waitlist left out) per meeting and choice."""
        ...


class ReminderRepository(Repository[Reminder], Protocol):
    def claim(
        self, now: datetime, worker: str, limit: int, stale_before: datetime
    ) -> list[Reminder]:
        """Atomically take up to `limit` due reminders (and ones whose claim went stale) for
        `worker`; no other worker, process or replica can take the same rows. A row waiting
        for its next try is not due before it; a stale claim comes back `maybe_sent`."""
        ...

    def held_by(self, reminder_id: int, worker: str) -> Reminder | None:
        """The row if `worker` still holds its claim, locked until the transaction ends."""
        ...

    def release(self, ids: Iterable[int], worker: str) -> None:
        """Give `worker`'s claims back, untried: pending again, as they were."""
        ...

    def counts(self) -> list[tuple[str, ReminderState, int]]:
        """How many rows there are of each kind in each state."""
        ...

    def oldest_due(self, now: datetime) -> Reminder | None:
        """The pending row that came due first (one waiting for its next try included)."""
        ...

    def renew(self, reminder_id: int, worker: str, now: datetime) -> bool:
        """Refresh `worker`'s claim just before sending; False if another worker took it over."""
        ...

    def set_state(self, ids: Iterable[int], state: ReminderState, at: datetime) -> None:
        """Move reminders to `state` in one statement (`sent_at` is set when it is SENT)."""
        ...


class UnitOfWork(Protocol):
    """One atomic transaction over all repositories: committed on success, else rolled back.

    A storage failure leaves the block as `Conflict` (a uniqueness rule) or `Busy` (worth
    running again), whether it happened inside the block or on the commit.
    """

    people: PersonRepository
    organisations: OrganisationRepository
    channels: KeyedRepository[Channel]
    channel_members: KeyedRepository[ChannelMember]
    rounds: Repository[Round]
    questions: Repository[Question]
    answers: AnswerRepository
    meetings: Repository[Meeting]
    rsvps: RsvpRepository
    actions: ActionRepository
    action_updates: Repository[ActionUpdate]
    minute_items: Repository[MinuteItem]
    posted_messages: Repository[PostedMessage]
    received_events: KeyedRepository[ReceivedEvent]
    settings: KeyedRepository[Setting]
    reminders: ReminderRepository

    def savepoint(self) -> AbstractContextManager[None]:
        """A part of the transaction that is undone alone if its block raises (the rest of the
        transaction goes on and may still be committed)."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        """A new unit of work. One opened `read_only` takes no write lock (SQLite's `BEGIN
        IMMEDIATE` locks the whole database) and reads one consistent snapshot, however long it
        stays open (a file streamed to a platform); its first write raises `WriteNeeded`
        instead of reaching the database."""
        ...


class Translator(Protocol):
    """Renders a message id in a locale; used for documents such as exports."""

    def translate(self, locale: str, message_id: str, **args: Any) -> str: ...

    def document(
        self, lines: Sequence[Message], locale: str, tz: str, escape: Callable[[str], str]
    ) -> list[str]:
        """Each line as text for a file: typed text through `escape`, people by name."""
        ...


class Messenger(Protocol):
    """Delivers what the scheduler produced (posts, direct messages) on a platform."""

    def deliver(self, items: list[Outgoing]) -> None: ...
