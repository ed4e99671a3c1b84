"""organisations: people link to an organisation that holds the country and stakeholder group

The free-text organisation, country and stakeholder group of each person become
organisations: one per distinct name (whatever its case), with the country read as an ISO code
and the group of the first person who gave one. A person with a country or group but no
organisation gets one named after the country as typed (a government's delegates are its
delegation) or, without a country, after themselves. A country that cannot be read as a code
is kept in the organisation's name, "ITU (Atlantis)", so that nothing typed is lost.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 22:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from assistant.domain.countries import country_code

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(name: str) -> str:
    # As storage.repositories.name_key, copied so that this migration never changes.
    return " ".join(name.casefold().split())


def upgrade() -> None:
    organisations = op.create_table(
        'organisations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column('stakeholder_group', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name_key'),
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_people_organisation_id'), ['organisation_id'])
        batch_op.create_foreign_key(
            'fk_people_organisation_id', 'organisations', ['organisation_id'], ['id']
        )

    bind = op.get_bind()
    people = sa.table(
        'people',
        sa.column('id', sa.Integer),
        sa.column('display_name', sa.String),
        sa.column('organisation', sa.String),
        sa.column('country', sa.String),
        sa.column('stakeholder_group', sa.String),
        sa.column('organisation_id', sa.Integer),
    )
    found: dict[str, dict[str, str]] = {}  # name key -> the organisation's values
    members: dict[str, list[int]] = {}
    rows = bind.execute(
        sa.select(
            people.c.id,
            people.c.display_name,
            people.c.organisation,
            people.c.country,
            people.c.stakeholder_group,
        ).order_by(people.c.id)
    )
    for person_id, display_name, organisation, country, group in rows:
        organisation, country, group = (organisation or "").strip(), (country or "").strip(), (group or "").strip()
        if not (organisation or country or group):
            continue
        code = country_code(country) if country else None
        name = organisation or country or display_name
        if country and code is None and organisation:
            name = f"{organisation} ({country})"[:200]
        values = found.setdefault(_key(name), {'name': name, 'country': '', 'stakeholder_group': ''})
        values['country'] = values['country'] or (code or '')
        values['stakeholder_group'] = values['stakeholder_group'] or group
        members.setdefault(_key(name), []).append(person_id)
    for key, values in found.items():
        organisation_id = bind.execute(
            organisations.insert().values(name_key=key, **values).returning(organisations.c.id)
        ).scalar_one()
        bind.execute(
            people.update()
            .where(people.c.id.in_(members[key]))
            .values(organisation_id=organisation_id)
        )

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('stakeholder_group')
        batch_op.drop_column('country')
        batch_op.drop_column('organisation')


def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('stakeholder_group', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False, server_default=''))
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE people SET organisation = o.name, country = o.country, "
            "stakeholder_group = o.stakeholder_group FROM organisations o "
            "WHERE o.id = people.organisation_id"
        )
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_constraint('fk_people_organisation_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_people_organisation_id'))
        batch_op.drop_column('organisation_id')
    op.drop_table('organisations')
