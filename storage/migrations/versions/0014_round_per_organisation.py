"""rounds: per_organisation, one input per organisation instead of one per person

Existing rounds stay per person.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 23:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A default for the rows already there; no table rebuild on SQLite.
    op.add_column(
        'rounds',
        sa.Column('per_organisation', sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_column('per_organisation')
