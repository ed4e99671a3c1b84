"""meetings: minutes taken in a channel (where, who controls them, when), and their items

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.tables


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        'meetings',
        sa.Column('minutes_channel', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False, server_default=''),
    )
    op.add_column('meetings', sa.Column('minutes_chair_id', sa.Integer(), nullable=True))
    op.add_column('meetings', sa.Column('minutes_started_at', storage.tables.UtcDateTime(timezone=True), nullable=True))
    op.add_column('meetings', sa.Column('minutes_ended_at', storage.tables.UtcDateTime(timezone=True), nullable=True))
    op.create_table(
        'minute_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('url', sa.Text(), nullable=False),
        sa.Column('action_id', sa.Integer(), nullable=True),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('at', storage.tables.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['action_id'], ['actions.id']),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_minute_items_meeting_id'), 'minute_items', ['meeting_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_minute_items_meeting_id'), table_name='minute_items')
    op.drop_table('minute_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('minutes_ended_at')
        batch_op.drop_column('minutes_started_at')
        batch_op.drop_column('minutes_chair_id')
        batch_op.drop_column('minutes_channel')
