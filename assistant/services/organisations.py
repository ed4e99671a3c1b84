"""Organisations: finding or adding one by name, and reading a country or a stakeholder group."""

from __future__ import annotations

from assistant.domain.countries import country_code
from assistant.domain.model import Organisation, StakeholderGroup
from assistant.messages import Country, Message, UserError, UserText, msg
from assistant.ports import UnitOfWork

GROUPS = tuple(g.value for g in StakeholderGroup)


def read_country(text: str) -> str:
    """The ISO code of a typed country (a code, or a name in one of the six languages)."""
    code = country_code(text)
    if code is None:
        raise UserError("error-country", value=text)
    return code


def group_slug(text: str) -> str | None:
    """The group's value for "civil-society", "Civil society" or "civil_society"."""
    slug = "-".join(text.casefold().replace("_", " ").replace("-", " ").split())
    return slug if slug in GROUPS else None


def read_group(text: str) -> str:
    slug = group_slug(text)
    if slug is None:
        raise UserError("error-group", value=text, groups=", ".join(GROUPS))
    return slug


def group_name(value: str) -> Message:
    """A stakeholder group as the reader calls it ("Civil society", "Société civile")."""
    if value not in GROUPS:
        return msg("unknown-value")
    return msg(f"stakeholder-group-{StakeholderGroup(value).value}")


def country_shown(code: str) -> Country | Message:
    return Country(code) if code else msg("unknown-value")


def organisation_shown(name: str) -> UserText | Message:
    return UserText(name) if name else msg("unknown-value")


def named(uow: UnitOfWork, name: str) -> tuple[Organisation, bool]:
    """The organisation of this name (whatever its case), added if there is none; and
    whether it was added."""
    name = " ".join(name.split())
    found = uow.organisations.named(name)
    if found is not None:
        return found, False
    return uow.organisations.add(Organisation(name=name)), True
