"""Settings, roles, channel settings, reading dates and help."""

from __future__ import annotations

import re

from assistant import commands as c
from assistant.domain.model import ORGANISATION_FIELDS, Person, Role
from assistant.domain.zones import require_zone
from assistant.messages import CommandHint, Country, Outgoing, UserError, UserText, When, msg
from assistant.services import organisations, reminders
from assistant.services.common import Context, mention

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
_QUIET = re.compile(r"([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)")


def _language(value: str) -> str:
    language = value.lower()
    if language not in LANGUAGES:
        raise UserError("error-language", value=value, languages=", ".join(LANGUAGES))
    return language


def _show(ctx: Context) -> list[Outgoing]:
    p = ctx.actor
    return [
        ctx.reply(
            msg(
                "settings-show",
                tz=p.tz,
                language=p.language,
                quiet=f"{p.quiet_start}-{p.quiet_end}",
                role=msg(f"role-{p.role.value}"),
                organisation=UserText(p.organisation or "—"),
                country=Country(p.country) if p.country else "—",
                group=organisations.group_name(p.stakeholder_group) if p.stakeholder_group else "—",
            )
        )
    ]


def settings(ctx: Context, cmd: c.ChangeSetting) -> list[Outgoing]:
    person = ctx.actor
    value = cmd.value or ""
    if cmd.key == "show":
        return _show(ctx)
    if cmd.key == "tz":
        person.tz = require_zone(value)
        person.tz_chosen = person.tz_known = True
    elif cmd.key == "language":
        person.language = _language(value)
        person.language_chosen = True
    elif cmd.key == "quiet":
        match = _QUIET.fullmatch(value.strip())
        if not match:
            raise UserError("error-quiet", value=value)
        person.quiet_start = f"{match.group(1)}:{match.group(2)}"
        person.quiet_end = f"{match.group(3)}:{match.group(4)}"
    elif cmd.key == "organisation":
        organisation, _ = organisations.named(ctx.uow, value)
        person.organisation_id = organisation.id
    elif cmd.key in ("country", "group"):
        _set_organisation_field(ctx, person, cmd.key, value)
    ctx.uow.people.save(person)
    if cmd.key in ("tz", "quiet"):
        reminders.replan_person(ctx, person.id or 0)  # their reminders move with their night
    elif cmd.key == "organisation":
        # In a per-organisation round, whether they are asked is whether their delegation
        # has answered: joining one that has ends their reminders.
        reminders.replan_person(ctx, person.id or 0)
    # Reply in the new language and zone at once, with the organisation as now stored.
    stored = ctx.uow.people.get(person.id or 0) or person
    for name in ORGANISATION_FIELDS:
        setattr(person, name, getattr(stored, name))
    return _show(ctx)


def _set_organisation_field(ctx: Context, person: Person, key: str, value: str) -> None:
    """A country or group is the organisation's, so it is set on the person's organisation.
    Any of its people may fill in one not known yet; changing one already set is for the
    secretariat, so that one delegate cannot relabel a whole delegation."""
    new = organisations.read_country(value) if key == "country" else organisations.read_group(value)
    organisation = (
        ctx.uow.organisations.get(person.organisation_id) if person.organisation_id else None
    )
    if organisation is None:
        raise UserError(
            "error-no-organisation", command=CommandHint('assistant settings organisation "…"')
        )
    if key == "country":
        old = organisation.country
        shown: object = Country(new)
    else:
        old = organisation.stakeholder_group
        shown = organisations.group_name(new)
    if old and old != new and ctx.actor.role != Role.SECRETARIAT:
        raise UserError(
            "error-organisation-field-set",
            field=key,
            organisation=UserText(organisation.name),
            value=Country(old) if key == "country" else organisations.group_name(old),
            new=shown,
        )
    if key == "country":
        organisation.country = new
    else:
        organisation.stakeholder_group = new
    ctx.uow.organisations.save(organisation)


def grant_role(ctx: Context, cmd: c.GrantRole) -> list[Outgoing]:
    roles = [r.value for r in Role]
    if cmd.role not in roles:
        raise UserError("error-role", value=cmd.role, roles=", ".join(roles))
    role = Role(cmd.role)
    person, _ = ctx.uow.people.get_or_add(
        Person(platform=ctx.actor.platform, user_id=cmd.user, display_name=cmd.user)
    )
    if person.role == Role.SECRETARIAT and role != Role.SECRETARIAT:
        others = [p for p in ctx.uow.people.find(role=Role.SECRETARIAT) if p.id != person.id]
        if not others:
            raise UserError("error-last-secretariat")
    person.role = role
    ctx.uow.people.save(person)
    reminders.replan_person(ctx, person.id or 0)  # their place in audiences changed
    return [ctx.reply(msg("role-granted", user=mention(person), role=msg(f"role-{role.value}")))]


def channel_setting(ctx: Context, cmd: c.ChannelSetting) -> list[Outgoing]:
    channel = ctx.channel
    if cmd.key == "language":
        channel.language = _language(cmd.value)
    else:
        if cmd.value not in ("on", "off"):
            raise UserError("error-on-off", value=cmd.value)
        channel.members_only = cmd.value == "on"
    ctx.uow.channels.save(channel)
    return [
        ctx.reply(
            msg(
                "channel-settings",
                channel=channel.channel_id,
                language=channel.language,
                membersonly="yes" if channel.members_only else "no",
            )
        )
    ]


def read_when_command(ctx: Context, cmd: c.ReadWhenCommand) -> list[Outgoing]:
    when = ctx.read_when(cmd.text)
    lines = [
        msg("when-read", text=UserText(cmd.text), when=When(when.at, when.zone)),
        msg("when-language", language=msg("language-name", language=when.language)),
    ]
    if not when.had_time:
        lines.append(msg("when-end-of-day"))
    if when.dst_note:
        lines.append(msg("note-dst-overlap", when=When(when.at, when.zone)))
    return [ctx.reply(*lines)]
