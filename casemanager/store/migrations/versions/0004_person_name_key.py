"""a folded name key on person, for sorting and searching names with diacritics

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 05:00:00

Added with ALTER TABLE ADD COLUMN, not batch mode: recreating ``person`` would drop the
full-text triggers that 0003 put on it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casemanager.dutch import name_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "person", sa.Column("name_key", sa.String(length=300), nullable=False, server_default="")
    )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, achternaam, voornaam, tussenvoegsel FROM person"))
    keys = [{"id": i, "key": name_key(a, v, t or "")} for i, a, v, t in rows]
    if keys:
        connection.execute(sa.text("UPDATE person SET name_key = :key WHERE id = :id"), keys)
    op.create_index("ix_person_name_key", "person", ["name_key"])


def downgrade() -> None:
    op.drop_index("ix_person_name_key", table_name="person")
    op.drop_column("person", "name_key")
