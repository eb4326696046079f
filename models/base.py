"""Declarative base shared by every model, and the rule that text fits its column.

SQLite does not enforce VARCHAR lengths, so a ``before_flush`` hook checks every string
column that declares a length and raises :class:`FieldTooLong` with the column's Dutch
label before anything reaches the database.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Session

from casemanager.errors import FieldTooLong

# Length classes used across the models, so limits are chosen once.
SHORT = 100  # names, codes, usernames
MEDIUM = 300  # titles, places, addresses, URLs of moderate size
LONG = 2_000  # URLs, short motivations
TEXT = 20_000  # descriptions, statements, reports

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: String(SHORT),
        dt.datetime: DateTime(timezone=True),
    }


def dutch_enum(enum_class: type[enum.StrEnum], length: int = 20) -> Enum:
    """Store an enum by its Dutch value ("gemeld"), not its Python name, as a plain string
    column (no native ENUM type, so PostgreSQL needs no type migrations)."""
    return Enum(
        enum_class,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def field_label(column: Any) -> str:
    """The Dutch label a column declares in its ``info``, else its name."""
    return str(column.info.get("label", column.name))


def check_lengths(obj: Any) -> None:
    """Raise FieldTooLong for the first string attribute longer than its column allows."""
    mapper = obj.__mapper__
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        length = getattr(column.type, "length", None)
        if not length:
            continue
        value = getattr(obj, attr.key, None)
        if isinstance(value, str) and len(value) > length:
            raise FieldTooLong(field_label(column), length, len(value))


@event.listens_for(Session, "before_flush")
def _enforce_lengths(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if hasattr(obj, "__mapper__"):
            check_lengths(obj)
