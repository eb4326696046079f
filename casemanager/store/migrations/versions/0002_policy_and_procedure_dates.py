"""the school's policy in the dossier; the day a decision was made known

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("toml_text", sa.String(length=2000000), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=200), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("loaded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loaded_by_id"],
            ["account.id"],
            name=op.f("fk_policy_document_loaded_by_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_document")),
    )
    with op.batch_alter_table("decision") as batch:
        batch.add_column(sa.Column("made_known_on", sa.Date(), nullable=True))
    with op.batch_alter_table("notification") as batch:
        batch.add_column(
            sa.Column("description", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("notification") as batch:
        batch.drop_column("description")
    with op.batch_alter_table("decision") as batch:
        batch.drop_column("made_known_on")
    op.drop_table("policy_document")
