"""people: whether the zone is known (quiet hours only in a known zone)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 15:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default works on SQLite and PostgreSQL alike and keeps the rows.
    op.add_column('people', sa.Column('tz_known', sa.Boolean(), nullable=False, server_default=sa.false()))
    # A zone the person chose, or one other than the UTC default (it came from their profile),
    # is known; a person left at UTC without choosing it was never told a zone.
    op.execute("UPDATE people SET tz_known = (tz_chosen OR tz <> 'UTC')")


def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('tz_known')
