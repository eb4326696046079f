"""Full-text search over case texts: from what a user types to an SQL condition on cases.

Two halves. :func:`search_words` turns the search box's text into words, the same way on
every database: split on white space, ignore pieces without a letter or digit, at most
:data:`MAX_WORDS`, the last word a prefix while the user is still typing it (no white space
after it). :func:`fts5_case_match` is the SQLite half, used by the SQLCipher backend only.

The SQLite index (migrations 0003 and 0007) is one FTS5 table inside the encrypted dossier::

    case_search(body)   tokenize "unicode61 remove_diacritics 2", prefix 2 3

Triggers keep one row per source row, numbered
``rowid = case_id << CASE_SHIFT | source_id << SOURCE_SHIFT | source`` (see :class:`Source`):
a trigger finds its row by rowid instead of scanning the index, and a search reads the case
from the rowid alone (reading a stored column costs a lookup per matching row: seconds for
a common word in a big dossier). The subject's name (with class and
leerling/personeelsnummer) and the names of the other parties are indexed too, as rows of
their own, and a trigger on ``person`` renews them when a name changes: a teamleider who
types a student's name finds that student's cases. ``secure-delete`` is on, so a deleted
or changed text leaves the index at once.

The table keeps a copy of the texts. A contentless table would not, but its deletes only
hide rows until segments merge (the words stay in the file), while secure-delete on a table
with content removes them at once, which erasure after the retention term needs; and
``PRAGMA quick_check`` (verify) then also checks the index against the texts. The copy is
for finding cases only: the case view reads texts through the audited unit of work.

A case matches when every word occurs somewhere in its texts, not necessarily in one text
("doğan screenshot" finds the case whose statement says "screenshot" about a student named
Doğan). Each word becomes an FTS5 string ("…"), so nothing a user types is read as FTS5
syntax: quotes, ``*``, ``-``, ``AND``, ``NEAR(`` and parentheses are plain text. Inside a
string the tokenizer splits ``e-mail`` or ``2026-0001`` into a phrase of adjacent tokens.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, column, func, literal, select, table, true

from models.cases import Case

FULLTEXT_TABLE = "case_search"
# the rowid's bits: 24 for the case, 35 for the source row's id, 4 for the kind of text
CASE_SHIFT = 39
SOURCE_SHIFT = 4
# words beyond these are ignored: each word is one lookup in the index
MAX_WORDS = 20
# a word in at least this many index rows is common: it no longer decides which cases are read
COMMON_ROWS = 5_000

case_search = table(FULLTEXT_TABLE, column("rowid"), column("body"))


class Source(enum.IntEnum):
    """Which text an index row holds: the rowid's lowest four bits."""

    CASE = 1  # case_file: number, subject, description, place, platform (source_id: case)
    SUBJECT = 2  # the subject person's name, class and number (source_id: case)
    PARTY = 3  # a party's name (source_id: case_party)
    STATEMENT = 4  # statement.text
    TIMELINE = 5  # timeline_entry: title, text
    HEARING = 6  # hearing.report
    DECISION = 7  # decision.motivation
    EVIDENCE = 8  # evidence: file_name, description


def source_of(rowid: int) -> tuple[int, Source, int]:
    """The case, the kind of text and the id of its source row, for an index rowid."""
    source_bits = (1 << (CASE_SHIFT - SOURCE_SHIFT)) - 1
    kind = Source(rowid & ((1 << SOURCE_SHIFT) - 1))
    return rowid >> CASE_SHIFT, kind, (rowid >> SOURCE_SHIFT) & source_bits


def is_fulltext_table(name: str | None) -> bool:
    """True for the FTS5 table and its shadow tables (``case_search_data`` and so on),
    which are not models: schema comparisons leave them out."""
    return name is not None and (name == FULLTEXT_TABLE or name.startswith(FULLTEXT_TABLE + "_"))


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: compare everything but the full-text tables."""
    if type_ == "table":
        return not is_fulltext_table(name)
    table_name = (parent_names or {}).get("table_name")
    return not is_fulltext_table(table_name)


@dataclass(frozen=True)
class SearchWords:
    """The words of a search; ``last_is_prefix``: the last one may be the start of a word."""

    words: tuple[str, ...]
    last_is_prefix: bool


def search_words(query: str) -> SearchWords | None:
    """The words to search for, or None when ``query`` holds nothing to search for."""
    words: list[str] = []
    seen: set[str] = set()
    for piece in query.split():
        if not any(ch.isalnum() for ch in piece) or piece.casefold() in seen:
            continue
        seen.add(piece.casefold())
        words.append(piece)
    if not words:
        return None
    still_typing = not query[-1].isspace()
    if len(words) > MAX_WORDS:
        words, still_typing = words[:MAX_WORDS], False
    return SearchWords(tuple(words), last_is_prefix=still_typing)


def fts5_terms(found: SearchWords) -> list[str]:
    """One FTS5 query per word: the word as an FTS5 string, ``*`` after the last if a prefix."""
    terms = ['"' + word.replace('"', '""') + '"' for word in found.words]
    if found.last_is_prefix:
        terms[-1] += "*"
    return terms


def fts5_case_match(query: str, connection: Connection | None = None) -> ColumnElement[bool]:
    """A condition on ``Case.id``: every word of ``query`` occurs in the case's texts.
    ``true()`` when the query has no words.

    With a ``connection``, the words are first counted in the index (up to
    :data:`COMMON_ROWS`): the rarest word, if it is rare, drives the query (only its few
    cases are read and sorted); a common word is only looked up for each case SQLite
    meets in the list's own order (``id + 0`` keeps it from driving), so the first page
    is found without reading every match. For 'groepsapp' in 1,000,000 cases (38,586
    cases) that took a page from 660 ms to 12 ms, and a rare name stays under 1 ms.
    """
    found = search_words(query)
    if found is None:
        return true()
    terms = fts5_terms(found)
    driving = _rarest_if_rare(connection, terms) if connection is not None else terms[0]
    conditions = []
    for term in terms:
        matches = select(case_search.c.rowid.op(">>")(CASE_SHIFT)).where(
            case_search.c.body.op("MATCH")(term)
        )
        key = Case.id if term == driving else Case.id + 0
        conditions.append(key.in_(matches))
    return and_(*conditions)


def _rarest_if_rare(connection: Connection, terms: list[str]) -> str | None:
    counted = {term: _rows_up_to(connection, term, COMMON_ROWS) for term in terms}
    rarest = min(terms, key=lambda term: counted[term])
    return rarest if counted[rarest] < COMMON_ROWS else None


def _rows_up_to(connection: Connection, term: str, cap: int) -> int:
    """How many index rows hold ``term``, counting no further than ``cap``."""
    rows = select(literal(1)).where(case_search.c.body.op("MATCH")(term)).limit(cap).subquery()
    return int(connection.execute(select(func.count()).select_from(rows)).scalar_one())
