"""Alembic environment: always runs on the open connection the store hands over."""

from __future__ import annotations

from alembic import context

import models
from casemanager.store.fulltext import include_name
from models.base import Base

assert models  # every model module registers its tables on Base.metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_name=include_name,  # the FTS5 table and its shadow tables are no models
)
with context.begin_transaction():
    context.run_migrations()
