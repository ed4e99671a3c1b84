"""actions: their own reminder offsets; settings: the assistant's defaults (action reminders)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 21:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.tables


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing actions follow the default (no offsets of their own). No table rebuild on SQLite.
    op.add_column(
        'actions',
        sa.Column(
            'reminder_offsets',
            sqlmodel.sql.sqltypes.AutoString(length=200),
            nullable=False,
            server_default='',
        ),
    )
    op.create_table('settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', storage.tables.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )


def downgrade() -> None:
    op.drop_table('settings')
    with op.batch_alter_table('actions', schema=None) as batch:
        batch.drop_column('reminder_offsets')
