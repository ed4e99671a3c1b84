"""action history: the field an `/action edit` changed and its new value

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 20:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows are status updates: no field, no value. (No table rebuild on SQLite.)
    op.add_column(
        'action_updates',
        sa.Column('field', sa.String(length=16), nullable=False, server_default=''),
    )
    op.add_column('action_updates', sa.Column('value', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('action_updates', schema=None) as batch:
        batch.drop_column('value')
        batch.drop_column('field')
