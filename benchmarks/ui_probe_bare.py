"""The baselines of ``benchmarks.ui_probe``, run the same way: a bare PySide6 process
that shows a QLabel (``bare_start``), and a bare QTableView over a model that reads the
case list's first page from a raw sqlcipher3 cursor (``bare_list``)."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from benchmarks.ui_probe import PaintWatch, emit, finish, ms, peak_mb, reset_peak


def bare_start(_args: dict[str, Any]) -> None:
    """A bare PySide6 process that shows a QLabel, watched the same way."""
    began = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("Aanmelden")
    watch = PaintWatch(app, lambda widget: widget is label)
    label.show()
    watch.wait()
    emit(wall=watch.wall_at, since_main_ms=ms(began, watch.wait()), peak_mb=peak_mb())
    del app
    finish()


class CursorModel(QAbstractTableModel):
    """The least a table needs: rows fetched from a database cursor, a page at a time."""

    def __init__(self, cursor: Any, page: int = 200) -> None:
        super().__init__()
        self.cursor, self.page = cursor, page
        self.rows: list[tuple[Any, ...]] = []
        self.columns = len(cursor.description)
        self.exhausted = False
        self.fetchMore()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
        more = self.cursor.fetchmany(self.page)
        self.exhausted = len(more) < self.page
        if more:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)


def first_page(bare: Any) -> tuple[str, dict[str, Any]]:
    """``list_cases`` of the app's list as it opens (directie, open cases, newest first):
    ``benchmarks.case_queries.list_page`` with "open" as the app says it, ``NOT IN`` the
    closed statuses (with ``IN`` the open ones, SQLite sorts all 57,135 open cases at
    1,000,000 instead of walking the incident-date index)."""
    params: dict[str, Any] = {"today": dt.date.today().isoformat()}
    closed = bare.placeholders("closed", bare.CLOSED, params)
    where, order = f"c.status NOT IN ({closed})", "c.incident_date DESC, c.id DESC"
    return bare.LIST_SQL.format(where=where, order=order), params


def bare_list(args: dict[str, Any]) -> None:
    """The key, then a QTableView over ``CursorModel`` with the app's first page (directie:
    every open case, newest incident first), read with raw sqlcipher3."""
    from PySide6.QtWidgets import QApplication, QTableView

    from benchmarks import case_queries as bare
    from benchmarks.queries import connect_raw
    from casemanager.keyslots import KeySlotFile
    from casemanager.store.keyring import keys_path_for

    app = QApplication(sys.argv[:1])
    path = Path(args["path"])
    key = KeySlotFile.load(keys_path_for(path)).unlock_with_password(args["user"], args["password"])
    sql, params = first_page(bare)
    unlock_peak = peak_mb()
    reset_peak()
    began = time.perf_counter()
    connection = connect_raw(path, key)
    model = CursorModel(connection.execute(sql, params))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 820)
    viewport = view.viewport()
    watch = PaintWatch(viewport, lambda w: w is viewport, lambda: model.rowCount() > 0)
    view.show()
    painted = watch.wait()
    emit(
        after_key_ms=ms(began, painted),
        peak_mb=max(unlock_peak, peak_mb()),
        after_unlock_peak_mb=peak_mb(),
        fetched=model.rowCount(),
        first_ids=[row[0] for row in model.rows[:20]],
    )
    connection.close()
    del app
    finish()
