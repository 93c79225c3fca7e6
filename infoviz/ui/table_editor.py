"""An editable table of the labels, p and q: exact values and bin names by typing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..model.parse import parse_probability
from .panels.base import Panel

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

COLUMNS = ("label", "p", "q")


class TableEditor(Panel):
    """objectName ``table_editor``: one row per outcome; edit a cell, press Enter.

    state → view: the cells are rewritten (signals blocked) whenever the state changes.
    view → state: an edited label renames the outcome, an edited p or q sets that bar
    exactly (one undo step); text that is not a probability is refused with a message
    under the table, and the cell goes back to the state's value.
    """

    def __init__(self, window):
        super().__init__(window, "table_editor")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("table_values")
        # The columns share the dock's width: opened from View > Panels the dock is narrow,
        # and with fixed 100 px columns the q column was cut off behind a scroll bar.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setObjectName("table_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D55E00; font-weight: bold;")
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        self.table.itemChanged.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate("TableEditor", "label"), "p", "q"])

    def refresh(self) -> None:
        st = self.state
        p, q, labels = st.dist("p"), st.dist("q"), st.labels
        with QSignalBlocker(self.table):
            if self.table.rowCount() != st.n_bins:
                self.table.setRowCount(st.n_bins)
            for i in range(st.n_bins):
                self._set(i, 0, labels[i])
                for col, d in ((1, p), (2, q)):
                    text = f"{float(d.probs[i]):.6g}" + (" 🔒" if d.is_locked(i) else "")
                    self._set(i, col, text)

    def _set(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        elif item.text() != text:
            item.setText(text)

    def _edited(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        try:
            if col == 0:
                self.state.set_label(row, item.text())
            else:
                which = COLUMNS[col]
                self.state.set_bar(which, row, parse_probability(item.text().replace("🔒", "")))
        except ValueError as exc:
            self.message.setText(str(exc))
            self.refresh()  # put the state's value back in the cell
            return
        self.message.clear()
