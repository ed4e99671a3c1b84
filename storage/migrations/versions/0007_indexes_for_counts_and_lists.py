"""indexes that match what reports count and what action lists filter and order by

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-08 10:00:00.000000
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # CREATE and DROP INDEX need no table rebuild, on SQLite either.
    # A round's answers: respondents, per-question counts and latest versions, from the index.
    op.create_index(
        'ix_answers_round_person_question',
        'answers',
        ['round_id', 'person_id', 'question_id', 'version'],
        unique=False,
    )
    op.drop_index('ix_answers_round_person', table_name='answers')
    # Action lists: each status's actions in due order, for everyone or for one owner (with
    # the owner body and meeting lists filter on, to count without reading rows). The
    # single-column indexes they replace are the leading columns of these.
    op.create_index(
        'ix_actions_status_due',
        'actions',
        ['status', 'due_at', 'id', 'owner_body', 'meeting_id'],
        unique=False,
    )
    op.create_index(
        'ix_actions_owner_status_due',
        'actions',
        ['owner_person_id', 'status', 'due_at', 'id'],
        unique=False,
    )
    op.drop_index('ix_actions_status', table_name='actions')
    op.drop_index('ix_actions_owner_person_id', table_name='actions')


def downgrade() -> None:
    op.create_index('ix_actions_owner_person_id', 'actions', ['owner_person_id'], unique=False)
    op.create_index('ix_actions_status', 'actions', ['status'], unique=False)
    op.drop_index('ix_actions_owner_status_due', table_name='actions')
    op.drop_index('ix_actions_status_due', table_name='actions')
    op.create_index('ix_answers_round_person', 'answers', ['round_id', 'person_id'], unique=False)
    op.drop_index('ix_answers_round_person_question', table_name='answers')
