"""an index for action lists filtered by an owning body (`owner "ITU-D"`), case-insensitively

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The list matches `lower(owner_body)`: an expression index (SQLite and PostgreSQL both
    # have them) gives a body's actions per status in due order, as the other lists have.
    op.create_index(
        'ix_actions_body_status_due',
        'actions',
        [sa.text('lower(owner_body)'), 'status', 'due_at', 'id'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_actions_body_status_due', table_name='actions')
