"""Choosing violations from the policy's catalogue: a checkable list with a filter, and for
the current item the protocol article's text, the default severity and the flags
(pestprotocol, mogelijk strafbaar, mogelijk datalek)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.policy.schema import Policy, Violation
from ui import core_text
from ui.cases.case_common import badge_box, flag_badges, kind_label, show_badges
from ui.cases.form_widgets import compact, hint_label
from ui.status_colors import severity_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ViolationPicker(QWidget):
    """``changed`` whenever the checked set changes."""

    changed = Signal()

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self._kind: str | None = None
        self.filter = QLineEdit(objectName="violationFilter")
        self.filter.setPlaceholderText(self.tr("Zoek in de overtredingen (bijv. pesten, A.6)…"))
        self.filter.setClearButtonEnabled(True)
        self.list = compact(QTreeWidget)(objectName="violationList")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Overtreding"), self.tr("Artikel")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(140)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        for violation in policy.violations:
            title, article = core_text.term(violation.title), core_text.term(violation.article)
            item = QTreeWidgetItem([title, article])
            item.setData(0, CODE_ROLE, violation.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, title)
            item.setToolTip(1, article)
            self.list.addTopLevelItem(item)
        self.chosen = hint_label("", "chosenViolations")

        self.detail = QFrame(objectName="violationDetail")
        self.detail.setStyleSheet(
            "QFrame#violationDetail { background: #f3f6f9; border: 1px solid #dde3ea;"
            " border-radius: 6px; }"
        )
        self.detail_title = QLabel(objectName="violationTitle", wordWrap=True)
        self.article = QLabel(objectName="articleText", wordWrap=True)
        self.article.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = hint_label("", "violationFacts")
        self.badge_widget, self.badges = badge_box("violationBadges")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(10, 8, 10, 8)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.article)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.badge_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(self.detail)

        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.list.itemChanged.connect(self._item_changed)
        # a single click only shows the article, so one can read before choosing
        self.list.itemDoubleClicked.connect(lambda item, _column: self._toggle(item))
        self.filter.returnPressed.connect(self._tick_only_match)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_chosen()

    # --- what is chosen ----------------------------------------------------------------

    def checked_codes(self) -> list[str]:
        return [
            item.data(0, CODE_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def item_for(self, code: str) -> QTreeWidgetItem:
        for item in self._items():
            if item.data(0, CODE_ROLE) == code:
                return item
        raise KeyError(code)

    def set_checked(self, code: str, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.item_for(code).setCheckState(0, state)

    def set_person_kind(self, kind: str | None) -> None:
        """Only violations that apply to this kind of person can be chosen; the others are
        greyed out (and unchecked) with a tooltip that says why."""
        self._kind = kind
        self.list.blockSignals(True)
        for item in self._items():
            violation = self.policy.violation(item.data(0, CODE_ROLE))
            applies = kind is None or kind in violation.applies_to
            flags = item.flags()
            if applies:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, core_text.term(violation.title))
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                names = ", ".join(kind_label(k) for k in violation.applies_to)
                item.setToolTip(
                    0,
                    self.tr("Geldt niet voor een %s (alleen voor: %s).")
                    % (kind_label(kind), names),
                )
        self.list.blockSignals(False)
        self._update_chosen()
        self._show(self.list.currentItem())
        self.changed.emit()

    # --- showing -----------------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            violation = self.policy.violation(item.data(0, CODE_ROLE))
            # the policy's own words and, on English screens, their English
            words_of = (violation.title, violation.article, violation.article_text)
            haystack = " ".join(
                (violation.code, *words_of, *map(core_text.term, words_of))
            ).casefold()
            item.setHidden(not all(word in haystack for word in words))

    def _toggle(self, item: QTreeWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _tick_only_match(self) -> None:
        """Enter in the search box ticks the violation when the search leaves just one."""
        shown = [item for item in self._items() if not item.isHidden()]
        if len(shown) == 1 and shown[0].checkState(0) != Qt.CheckState.Checked:
            self._toggle(shown[0])

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        self.list.setCurrentItem(item)
        self._update_chosen()
        self.changed.emit()

    def _update_chosen(self) -> None:
        codes = self.checked_codes()
        if not codes:
            self.chosen.setText(
                self.tr("Nog geen overtreding gekozen: vink er een of meer aan (of dubbelklik).")
            )
            return
        chosen = "; ".join(
            f"{core_text.term(self.policy.violation(code).title)} "
            f"({core_text.term(self.policy.violation(code).article)})"
            for code in codes
        )
        self.chosen.setText(self.tr("Gekozen: %s") % chosen)
        self.chosen.setToolTip(chosen)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.hide()
            return
        violation: Violation = self.policy.violation(item.data(0, CODE_ROLE))
        self.detail.show()
        self.detail_title.setText(
            self.tr("<b>%s</b> — artikel %s van het protocol")
            % (escape(core_text.term(violation.title)), escape(core_text.term(violation.article)))
        )
        self.article.setText(
            core_text.term(violation.article_text) or self.tr("(geen artikeltekst in het beleid)")
        )
        applies = ", ".join(kind_label(k) for k in violation.applies_to)
        refused = not item.flags() & Qt.ItemFlag.ItemIsEnabled
        self.facts.setText(
            self.tr("Ernst: %s · geldt voor: %s") % (severity_label(violation.severity), applies)
            + (f"\n{item.toolTip(0)}" if refused else "")
        )
        badges = flag_badges(
            pestprotocol=violation.pestprotocol,
            strafbaar=violation.strafbaar,
            datalek=violation.datalek,
            wvsr=violation.wvsr,
            hours=self.policy.terms.dataleak_hours,
        )
        show_badges(self.badges, badges)
