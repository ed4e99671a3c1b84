"""The roster file: people, their organisations and settings, imported and exported as CSV."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.domain import limits
from assistant.domain.limits import check_length
from assistant.domain.model import Organisation, Person, Role
from assistant.domain.zones import require_zone
from assistant.messages import Message, UserError, msg
from assistant.ports import UnitOfWork
from assistant.services import organisations, reminders
from assistant.services.admin import LANGUAGES
from assistant.services.common import Context

HEADER = (
    "platform",
    "user_id",
    "name",
    "organisation",
    "country",
    "group",
    "role",
    "language",
    "zone",
)
PLATFORMS = ("slack", "matrix", "console")
ROLES = tuple(r.value for r in Role)


@dataclass(frozen=True)
class Line:
    """One person of the file, read and checked; "" (None for the role) keeps what is known."""

    number: int
    platform: str
    user_id: str
    name: str
    organisation: str
    country: str
    group: str
    role: Role | None
    language: str
    zone: str


@dataclass(frozen=True)
class Bad:
    """A line that cannot be imported, and why."""

    number: int
    reason: Message


@dataclass(frozen=True)
class Change:
    """What a line changes: a person added, or the columns whose values change."""

    number: int
    platform: str
    user_id: str
    added: bool
    columns: tuple[str, ...]


@dataclass
class Outcome:
    changes: list[Change] = field(default_factory=list)
    bad: list[Bad] = field(default_factory=list)
    unchanged: int = 0
    organisations_added: int = 0


def _check(number: int, cells: Sequence[str]) -> Line:
    """A line's cells as a Line; a bad cell raises UserError with the reason."""
    if len(cells) != len(HEADER):
        raise UserError("roster-error-cells", count=len(cells), expected=len(HEADER))
    platform, user_id, name, organisation, country, group, role, language, zone = (
        " ".join(cell.split()) for cell in cells
    )
    platform = platform.lower()
    if platform not in PLATFORMS:
        raise UserError("roster-error-platform", value=platform, platforms=", ".join(PLATFORMS))
    if not user_id:
        raise UserError("roster-error-user")
    # As long as their columns hold (a longer value would fail the whole transaction).
    check_length(user_id, limits.IDENTIFIER)
    check_length(name, limits.IDENTIFIER)
    check_length(organisation, limits.ORGANISATION)
    if role and role.lower() not in ROLES:
        raise UserError("error-role", value=role, roles=", ".join(ROLES))
    if language and language.lower() not in LANGUAGES:
        raise UserError("error-language", value=language, languages=", ".join(LANGUAGES))
    if (country or group) and not organisation:
        # A country or group is an organisation's: without one it would have nowhere to go.
        raise UserError("roster-error-no-organisation")
    return Line(
        number=number,
        platform=platform,
        # As chat commands take them: "@ana" is ana on the console and Slack.
        user_id=user_id if ":" in user_id else user_id.lstrip("@"),
        name=name,
        organisation=organisation,
        country=organisations.read_country(country) if country else "",
        group=organisations.read_group(group) if group else "",
        role=Role(role.lower()) if role else None,
        language=language.lower(),
        zone=require_zone(zone) if zone else "",
    )


def read(rows: Iterable[tuple[int, Sequence[str]]]) -> tuple[list[Line], list[Bad]]:
    """The lines of a file (line number, cells; the header first), and the bad ones."""
    lines: list[Line] = []
    bad: list[Bad] = []
    seen: dict[tuple[str, str], int] = {}
    header_seen = False
    for number, cells in rows:
        if not header_seen:
            header_seen = True
            if tuple(cell.strip().lstrip("\ufeff") for cell in cells) != HEADER:
                bad.append(Bad(number, msg("roster-error-header", header=",".join(HEADER))))
                return [], bad
            continue
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, as spreadsheets leave at the end
        try:
            line = _check(number, cells)
        except UserError as error:
            bad.append(Bad(number, error.message))
            continue
        key = (line.platform, line.user_id)
        if key in seen:
            bad.append(Bad(number, msg("roster-error-duplicate", other=seen[key])))
            continue
        seen[key] = number
        lines.append(line)
    if not header_seen:  # an empty file
        bad.append(Bad(1, msg("roster-error-header", header=",".join(HEADER))))
    return lines, bad


class _Organisations:
    """The organisations the file names, each set once: two lines giving one organisation
    different countries are an error, not a silent last-one-wins."""

    def __init__(self, uow: UnitOfWork, outcome: Outcome) -> None:
        self.uow = uow
        self.outcome = outcome
        self.given: dict[tuple[int, str], tuple[str, int]] = {}

    def of(self, line: Line) -> tuple[Organisation, list[str]]:
        """The line's organisation (added if new) with its country and group as the line
        gives them, and the columns that changed it."""
        organisation, added = organisations.named(self.uow, line.organisation)
        self.outcome.organisations_added += added
        changed = []
        for column, value in (("country", line.country), ("group", line.group)):
            if not value:
                continue
            key = (organisation.id or 0, column)
            if key in self.given and self.given[key][0] != value:
                raise UserError(
                    "roster-error-conflict",
                    column=column,
                    organisation=organisation.name,
                    other=self.given[key][1],
                )
            self.given[key] = (value, line.number)
            attribute = "country" if column == "country" else "stakeholder_group"
            if getattr(organisation, attribute) != value:
                setattr(organisation, attribute, value)
                changed.append(column)
        if changed:
            self.uow.organisations.save(organisation)
        return organisation, changed


def apply(ctx: Context, lines: Sequence[Line]) -> Outcome:
    """Each line applied to the person it names (added if new). A cell equal to what is known
    changes nothing, so importing the same file twice changes nothing the second time. A
    zone or role that changes re-plans the person's reminders, as the chat settings do."""
    uow = ctx.uow
    outcome = Outcome()
    orgs = _Organisations(uow, outcome)
    had_secretariat = bool(uow.people.find(role=Role.SECRETARIAT))
    demoted_at = 0
    for line in lines:
        found = uow.people.find(platform=line.platform, user_id=line.user_id)
        person = found[0] if found else None
        added = person is None
        if person is None:
            person = uow.people.add(
                Person(
                    platform=line.platform,
                    user_id=line.user_id,
                    display_name=line.name or line.user_id,
                )
            )
        columns: list[str] = []
        if line.organisation:
            try:
                organisation, changed = orgs.of(line)
            except UserError as error:
                outcome.bad.append(Bad(line.number, error.message))
                continue
            columns += changed
            if person.organisation_id != organisation.id:
                person.organisation_id = organisation.id
                columns.append("organisation")
        if line.name and person.display_name != line.name:
            person.display_name = line.name
            columns.append("name")
        # Joining a delegation that has answered a per-organisation round ends its reminders.
        replan = (added and line.role not in (None, Role.STAKEHOLDER)) or "organisation" in columns
        if line.role is not None and person.role != line.role:
            if person.role == Role.SECRETARIAT:
                demoted_at = demoted_at or line.number
            person.role = line.role
            columns.append("role")
            replan = True
        if line.language and person.language != line.language:
            person.language = line.language
            person.language_chosen = True
            columns.append("language")
        if line.zone and person.tz != line.zone:
            person.tz = line.zone
            person.tz_chosen = person.tz_known = True
            columns.append("zone")
            replan = True
        if columns:
            uow.people.save(person)
        if replan:
            reminders.replan_person(ctx, person.id or 0)
        if added or columns:
            outcome.changes.append(
                Change(line.number, line.platform, line.user_id, added, tuple(sorted(columns)))
            )
        else:
            outcome.unchanged += 1
    if had_secretariat and demoted_at and not uow.people.find(role=Role.SECRETARIAT):
        outcome.bad.append(Bad(demoted_at, msg("error-last-secretariat")))
    return outcome


def rows(uow: UnitOfWork) -> list[tuple[str, ...]]:
    """Everyone as a line of the file, in the order they were first met. The zone only when
    it is really the person's (not the UTC default), so that importing the export back changes
    nothing and a later profile zone is not overridden by a default."""
    return [
        (
            p.platform,
            p.user_id,
            p.display_name,
            p.organisation,
            p.country,
            p.stakeholder_group,
            p.role.value,
            p.language,
            p.tz if p.tz_known else "",
        )
        for p in uow.people.find()
        if p.platform in PLATFORMS
    ]
