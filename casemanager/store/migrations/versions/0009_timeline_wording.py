"""a timeline entry keeps its wording apart from its Dutch

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 12:40:00

The title and text stay stored in Dutch, as the record was written. Next to them,
``wording`` holds the sentences the application wrote there as templates with their values
(``casemanager.texts``), so that the English screens can word them in English. Entries made
before this revision, and what a person typed, are shown as they were written.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("timeline_entry") as table:
        table.add_column(sa.Column("wording", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("timeline_entry") as table:
        table.drop_column("wording")
