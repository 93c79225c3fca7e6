"""F1: the keyboard shortcuts, drawn over the window (no dialog in the middle of a lecture)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def shortcut_rows():
    return [
        ("F1", _tr("show / hide this help")),
        (_tr("drag a bar"), _tr("set its probability; the other bars rescale")),
        (_tr("double-click a bar, Enter"), _tr("type an exact value (0.25, 25%, 1/4)")),
        ("← →", _tr("select the previous / next bar")),
        ("Tab", _tr("switch between p and q")),
        ("↑ ↓  (Shift)", _tr("nudge the selected bar by 0.01 (0.1)")),
        ("L", _tr("lock / unlock the selected bar")),
        ("1 – 9", _tr("presets of the lecture")),
        ("B", _tr("bits / nats")),
        ("S · U · R", _tr("swap p and q · uniform · randomise")),
        ("+ −", _tr("more / fewer bins")),
        ("Ctrl+Z, Ctrl+Shift+Z", _tr("undo, redo (a whole drag is one step)")),
        ("PageDown / PageUp", _tr("next / previous lesson step (presenter clicker)")),
        ("F11, Esc", _tr("projector mode on / off")),
        ("Ctrl+O, Ctrl+S", _tr("open / save a session (or drop a file on the window)")),
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
        self.setText(f"<h2>{_tr('Keyboard shortcuts')}</h2><table cellspacing='6'>{rows}</table>")
        self.setStyleSheet(f"QLabel#help_overlay {{ background: rgba(20, 20, 20, 225); color: white;"
                           f" font-size: {font_pt}pt; border-radius: 12px; padding: 24px; }}")

    def mousePressEvent(self, ev):
        self.hide()

    def place(self) -> None:
        """Cover the middle of the parent."""
        p = self.parentWidget()
        w, h = int(p.width() * 0.7), int(p.height() * 0.8)
        self.setGeometry((p.width() - w) // 2, (p.height() - h) // 2, w, h)
