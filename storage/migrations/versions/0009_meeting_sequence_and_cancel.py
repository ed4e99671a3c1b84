"""meetings: a change sequence for the .ics (SEQUENCE) and cancellation (when, why)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 20:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.tables


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default works on SQLite and PostgreSQL alike and keeps the rows.
    op.add_column('meetings', sa.Column('sequence', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('meetings', sa.Column('cancelled_at', storage.tables.UtcDateTime(timezone=True), nullable=True))
    op.add_column('meetings', sa.Column('cancel_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled_at')
        batch_op.drop_column('sequence')
