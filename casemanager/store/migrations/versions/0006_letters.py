"""letters: addressee, subject, decision, Word file; the board, the school's signers, own templates

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LETTER_COLUMNS = ("registered", "docx_content", "page_count", "subject", "addressee",
                  "addressee_id", "decision_id")  # fmt: skip
BOARD_COLUMNS = (("board_name", 300), ("board_street", 300), ("board_postcode", 10),
                 ("board_place", 100))  # fmt: skip


def upgrade() -> None:
    # the letter table has no full-text triggers, so batch mode (a table copy) is safe here
    with op.batch_alter_table("letter") as batch:
        batch.add_column(sa.Column("decision_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("addressee_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("addressee", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("subject", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("page_count", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("docx_content", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("registered", sa.Boolean(), nullable=False, server_default="0"))
        batch.create_foreign_key(
            "fk_letter_decision_id_decision", "decision", ["decision_id"], ["id"],
            ondelete="CASCADE",
        )  # fmt: skip
        batch.create_foreign_key(
            "fk_letter_addressee_id_person", "person", ["addressee_id"], ["id"]
        )
    with op.batch_alter_table("school_details") as batch:
        for name, length in BOARD_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
    op.create_table(
        "school_signer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("function", sa.String(100), nullable=False),
        sa.Column("ladder", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_school_signer"),
    )
    op.create_table(
        "letter_template",
        sa.Column("letter_type", sa.String(60), nullable=False),
        sa.Column("text", sa.String(200_000), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stored_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stored_by_id"], ["account.id"], name="fk_letter_template_stored_by_id_account"
        ),
        sa.PrimaryKeyConstraint("letter_type", name="pk_letter_template"),
    )


def downgrade() -> None:
    op.drop_table("letter_template")
    op.drop_table("school_signer")
    with op.batch_alter_table("school_details") as batch:
        for name, _length in BOARD_COLUMNS:
            batch.drop_column(name)
    with op.batch_alter_table("letter") as batch:
        batch.drop_constraint("fk_letter_addressee_id_person", type_="foreignkey")
        batch.drop_constraint("fk_letter_decision_id_decision", type_="foreignkey")
        for name in LETTER_COLUMNS:
            batch.drop_column(name)
