"""A one-line QLabel that lays its text out once per change, not once per paint."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QPainter, QStaticText, QTransform
from PySide6.QtWidgets import QLabel


class StaticLabel(QLabel):
    """A plain-text, single-line :class:`QLabel` painted from a cached ``QStaticText``.

    The readouts change four or six numbers per drag frame. A QLabel shapes its text with
    a fresh text layout on every paint, and Qt paints a label again whenever anything over
    or under it changed; a ``QStaticText`` keeps the shaped glyphs until the text or the
    font changes. Everything else (``text()``, ``setText``, fonts, style-sheet colours,
    alignment, tooltips, selection on hover) is the QLabel's own: while the label is
    selectable (the pointer is on it) the QLabel paints itself.
    """

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._static = QStaticText()
        self._static.setTextFormat(Qt.TextFormat.PlainText)
        self._shaped = None  # (text, font) the static text was prepared for

    def paintEvent(self, ev):
        if self.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction:
            super().paintEvent(ev)  # selectable: the QLabel draws the selection too
            return
        text = self.text()
        if not text:
            return
        font = self.font()
        if self._shaped is None or self._shaped[0] != text or self._shaped[1] != font:
            self._static.setText(text)
            self._static.prepare(QTransform(), font)
            self._shaped = (text, font)
        size = self._static.size()
        r = self.contentsRect()
        align = self.alignment()
        if align & Qt.AlignmentFlag.AlignRight:
            x = r.right() + 1 - size.width()
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = r.left() + (r.width() - size.width()) / 2
        else:
            x = r.left()
        if align & Qt.AlignmentFlag.AlignBottom:
            y = r.bottom() + 1 - size.height()
        elif align & Qt.AlignmentFlag.AlignTop:
            y = r.top()
        else:
            y = r.top() + (r.height() - size.height()) / 2
        p = QPainter(self)
        p.setFont(font)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawStaticText(QPointF(x, y), self._static)
        p.end()


class SelectableOnHover(QObject):
    """An event filter that makes a label's text selectable (to copy a number) only while
    the pointer is on it (or text in it is selected).

    A selectable QLabel keeps a QTextDocument and re-lays it out on every ``setText``, and
    the labels it is installed on change on every drag frame. The pointer is on a histogram
    while it drags, so the labels are cheap plain labels then, and selectable as soon as the
    pointer comes to them.
    """

    def eventFilter(self, obj, ev):
        kind = ev.type()
        if kind == QEvent.Type.Enter:
            obj.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        elif kind == QEvent.Type.Leave and not obj.hasSelectedText():
            obj.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return False
