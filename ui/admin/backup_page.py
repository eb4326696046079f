"""Beheer → Back-up: make a backup in the background, see when the last one was made (with
a reminder once it is more than a week old, or was never made), and put a backup back.

Signals for the main window (both mean: the dossier at this path is closed, sign in again
the way the application starts, e.g. ``ui.app.sign_in(path)`` and a new main window):

- ``restored(Path)``: a backup now stands at the dossier's path; the dossier that was open
  has been moved aside (never deleted) and the context is locked.
- ``closed(Path)``: a restore failed after the dossier was closed for it, and the password
  given did not open the (unchanged) dossier again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.errors import CaseManagerError
from casemanager.store.backup import (
    BACKUP_REMINDER_DAYS,
    BackupInfo,
    backup_overdue,
    backup_steps,
    default_backup_name,
    last_backup,
)
from casemanager.store.keyring import DOSSIER_SUFFIX
from ui import core_text, settings
from ui.admin.backup_restore import RestoreDialog, run_restore
from ui.cases.case_common import human_size
from ui.cases.form_widgets import error_label, primary, set_error
from ui.context import AppContext, Locked
from ui.core_text import tr
from ui.dates import clock, long_date_with_weekday
from ui.look import icon
from ui.tasks import error_text, run_task

# the calm amber of a warning and the green of a result, as elsewhere (the proposal box)
REMINDER_STYLE = (
    "QLabel#backupReminder { background: #fcefd4; color: #5c3900; border-radius: 5px;"
    " padding: 8px 10px; font-weight: bold; }"
)
DONE_STYLE = (
    "QLabel#backupResult { background: #e0f2e2; color: #1c4d24; border-radius: 5px;"
    " padding: 8px 10px; }"
)


def last_backup_text(last: dt.datetime | None, now: dt.datetime) -> str:
    """'donderdag 26 november 2026 om 10.17 uur (vandaag)', or that there is none."""
    if last is None:
        return tr("Er is nog nooit een back-up van dit dossier gemaakt.")
    local = last.astimezone()
    days = (now.astimezone().date() - local.date()).days
    ago = {0: tr("vandaag"), 1: tr("gisteren")}.get(days) or tr("{days} dagen geleden")
    return tr("{day} om {time} ({ago})").format(
        day=long_date_with_weekday(local.date()), time=clock(local), ago=ago.format(days=days)
    )


def reminder_text(last: dt.datetime | None, now: dt.datetime) -> str:
    """The reminder to show, or "" while the last backup is recent enough."""
    if not backup_overdue(last, now):
        return ""
    if last is None:
        return tr("Maak nu een eerste back-up en bewaar die op een andere plek dan deze computer.")
    return tr(
        "De laatste back-up is ouder dan {days} dagen. Maak nu een nieuwe: wat sindsdien is "
        "vastgelegd, gaat anders verloren als deze computer stukgaat of wordt gestolen."
    ).format(days=BACKUP_REMINDER_DAYS)


class BackupPage(QWidget):
    restored = Signal(Path)
    closed = Signal(Path)
    backed_up = Signal(object)  # the BackupInfo of a backup just made

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPage")
        self.ctx = ctx
        self.last: dt.datetime | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.busy = False

        title = QLabel(self.tr("Back-up"), objectName="pageTitle")
        self.last_label = QLabel(objectName="lastBackup", wordWrap=True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder = QLabel(objectName="backupReminder", wordWrap=True)
        self.reminder.setStyleSheet(REMINDER_STYLE)
        self.reminder.hide()
        self.backup_button = primary(QPushButton(icon("save"), self.tr("Back-up maken…")))
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.make_backup)
        self.result = QLabel(objectName="backupResult", wordWrap=True)
        self.result.setStyleSheet(DONE_STYLE)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.error = error_label("backupError")

        make = QGroupBox(self.tr("Back-up maken"))
        box = QVBoxLayout(make)
        box.setSpacing(10)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Laatste back-up:"), styleSheet="font-weight: bold;"))
        when.addWidget(self.last_label, 1)
        box.addLayout(when)
        box.addWidget(self.reminder)
        box.addWidget(
            _text(
                self.tr(
                    "Een back-up is een versleutelde kopie van het dossier: twee bestanden die "
                    "bij elkaar horen (.casedb en .casekeys). Bewaar ze samen, op een andere "
                    "plek dan deze computer, bijvoorbeeld op een versleutelde USB-schijf. "
                    "Iedereen kan doorwerken terwijl de back-up wordt gemaakt."
                ),
                hint=True,
            )
        )
        box.addLayout(_left(self.backup_button))
        box.addWidget(self.result)
        box.addWidget(self.error)

        self.restore_button = QPushButton(icon("back"), self.tr("Back-up terugzetten…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.choose_restore)
        back = QGroupBox(self.tr("Back-up terugzetten"))
        lines = QVBoxLayout(back)
        lines.setSpacing(10)
        lines.addWidget(
            _text(
                self.tr(
                    "Gebruik dit alleen als het dossier beschadigd of kwijt is, of als er "
                    "per ongeluk iets is verwijderd. Het dossier dat nu open is, wordt niet "
                    "gewist: het blijft onder een nieuwe naam in dezelfde map staan. Daarna "
                    "meldt u zich opnieuw aan in de teruggezette back-up."
                )
            )
        )
        lines.addLayout(_left(self.restore_button))

        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(make)
        column.addWidget(back)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(820)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(holder, 1)
        layout.addStretch(0)
        ctx.locked_changed.connect(self._unlocked)
        self.refresh()

    # --- the last backup --------------------------------------------------------------------

    def _unlocked(self, locked: bool) -> None:
        if not locked:
            self.refresh()

    def refresh(self) -> None:
        """Read the date of the last backup again."""
        try:
            self.show_last_backup(self.ctx.lists(last_backup))
        except Locked:
            return
        except CaseManagerError as error:
            set_error(self.error, core_text.message(error))

    def show_last_backup(self, last: dt.datetime | None, now: dt.datetime | None = None) -> None:
        moment = now or dt.datetime.now(dt.UTC)
        self.last = last
        self.last_label.setText(last_backup_text(last, moment))
        reminder = reminder_text(last, moment)
        self.reminder.setText(reminder)
        self.reminder.setVisible(bool(reminder))

    # --- making one ---------------------------------------------------------------------

    def make_backup(self) -> None:
        if self.busy or self.ctx.is_locked:
            return
        proposed = settings.last_folder("backup") / default_backup_name(self.ctx.dossier_path)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back-up opslaan"),
            str(proposed),
            self.tr("Casemanager-dossier (*{suffix})").format(suffix=DOSSIER_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,  # the backup never overwrites
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != DOSSIER_SUFFIX:
            target = target.with_name(target.name + DOSSIER_SUFFIX)
        settings.remember_folder("backup", target.parent)
        self.start_backup(target)

    def start_backup(self, target: Path) -> None:
        """Back up to ``target`` in the thread pool, with a progress dialog."""
        dossier = self.ctx.dossier
        set_error(self.error, "")
        self.result.hide()
        self._set_busy(True)
        run_task(
            self,
            lambda: backup_steps(dossier, target),
            self._backed_up,
            on_error=self._failed,
            progress_title=self.tr("Back-up maken…"),
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.result.setText(
            self.tr(
                "Back-up gemaakt: {path} ({size}), met het sleutelbestand {keys}. "
                "Bewaar beide bestanden samen."
            ).format(path=info.path, size=human_size(info.size_bytes), keys=info.keys_path.name)
        )
        self.result.show()
        self.refresh()
        self.backed_up.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        set_error(self.error, error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not busy)

    # --- putting one back -----------------------------------------------------------------

    def choose_restore(self) -> None:
        if self.busy or self.ctx.is_locked:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Welke back-up wilt u terugzetten?"),
            str(settings.last_folder("backup")),
            self.tr("Casemanager-dossier (*{suffix})").format(suffix=DOSSIER_SUFFIX),
        )
        if chosen:
            settings.remember_folder("backup", Path(chosen).parent)
            self.open_restore(Path(chosen))

    def open_restore(self, path: Path) -> RestoreDialog:
        """The dialog that explains, asks the password and checks the backup."""
        dialog = RestoreDialog(self.ctx, path, self)
        dialog.confirmed.connect(self._restore)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restore(self, backup: Path, password: str) -> None:
        self._set_busy(True)
        run_restore(self, self.ctx, backup, password, self._finished)

    def _finished(self, dossier_path: Path, restored: bool, closed: bool) -> None:
        self._set_busy(False)
        if restored:
            self.restored.emit(dossier_path)
        elif closed:
            self.closed.emit(dossier_path)


def _text(text: str, *, hint: bool = False) -> QLabel:
    label = QLabel(text, wordWrap=True)
    if hint:
        label.setProperty("role", "hint")
    return label


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
