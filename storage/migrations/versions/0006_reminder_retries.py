"""reminders: failed tries with backoff (failures, last error, next try) and maybe-sent rows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.tables


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default works on SQLite and PostgreSQL alike and keeps the rows.
    op.add_column('reminders', sa.Column('failures', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('reminders', sa.Column('last_error', sa.Text(), nullable=False, server_default=''))
    op.add_column('reminders', sa.Column('next_try_at', storage.tables.UtcDateTime(timezone=True), nullable=True))
    op.add_column('reminders', sa.Column('maybe_sent', sa.Boolean(), nullable=False, server_default=sa.false()))
    # A row left claimed by a worker that died may have been delivered: its next claim asks
    # the platform first, as the stale-claim path always did.
    op.execute("UPDATE reminders SET maybe_sent = (state = 'claimed')")


def downgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_column('maybe_sent')
        batch_op.drop_column('next_try_at')
        batch_op.drop_column('last_error')
        batch_op.drop_column('failures')
