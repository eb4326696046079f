"""a covering index for the day a case's decision was made known (Te doen)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 06:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_decision_case_known", "decision", ["case_id", "is_voornemen", "made_known_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_decision_case_known", table_name="decision")
