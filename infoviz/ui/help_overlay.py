"""F1: the keyboard shortcuts, drawn over the window (no dialog in the middle of a lecture)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from .guard import contained

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds


def shortcut_rows():
    return [
        ("F1", translate("Help", "show / hide this help")),
        (translate("Help", "drag a bar"), translate("Help", "set its probability; the other bars rescale")),
        (translate("Help", "double-click a bar, Enter"), translate("Help", "type an exact value (0.25, 25%, 1/4)")),
        ("← →", translate("Help", "select the previous / next bar")),
        ("Tab", translate("Help", "switch between p and q")),
        ("↑ ↓  (Shift)", translate("Help", "nudge the selected bar by 0.01 (0.1)")),
        ("L", translate("Help", "lock / unlock the selected bar")),
        ("1 – 9", translate("Help", "presets of the lecture")),
        ("B", translate("Help", "bits / nats")),
        ("S · U · R", translate("Help", "swap p and q · uniform · randomise")),
        ("+ −", translate("Help", "more / fewer bins")),
        ("Ctrl+Z, Ctrl+Shift+Z", translate("Help", "undo, redo (a whole drag is one step)")),
        ("PageDown / PageUp", translate("Help", "next / previous lesson step (presenter clicker)")),
        ("F11, Esc", translate("Help", "projector mode on / off")),
        ("Ctrl+O, Ctrl+S", translate("Help", "open / save a session (or drop a file on the window)")),
    ]


class HelpOverlay(QLabel):
    """A translucent panel listing the shortcuts; objectName ``help_overlay``."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("help_overlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.hide()

    def retranslate(self, font_pt: int = 14) -> None:
        rows = "".join(f"<tr><td align='right'><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>"
                       for k, v in shortcut_rows())
        title = translate("Help", "Keyboard shortcuts")
        self.setText(f"<h2>{title}</h2><table cellspacing='6'>{rows}</table>")
        self.setStyleSheet(f"QLabel#help_overlay {{ background: rgba(20, 20, 20, 225); color: white;"
                           f" font-size: {font_pt}pt; border-radius: 12px; padding: 24px; }}")

    @contained()  # (an error must not reach Qt: see guard)
    def mousePressEvent(self, ev):
        self.hide()

    def place(self) -> None:
        """Cover the middle of the parent."""
        p = self.parentWidget()
        w, h = int(p.width() * 0.7), int(p.height() * 0.8)
        self.setGeometry((p.width() - w) // 2, (p.height() - h) // 2, w, h)
