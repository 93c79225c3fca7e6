"""A QLabel for live numbers: laid out once per change, not per paint, and kept out of the
window's layouts while only its digits change."""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QSizeF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QLabel

from .text_cache import font_key, prepared
from .guard import contained

_DIGIT = re.compile(r"\d")
#: The interaction flags under which a QLabel must paint itself (to show the selection).
SELECTING = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def text_shape(text: str) -> str:
    """`text` with every digit read as 0: UI fonts draw digits equally wide, so two texts of
    one shape need the same space."""
    return _DIGIT.sub("0", text)


class StaticLabel(QLabel):
    """A :class:`QLabel` for text that changes on every drag frame, painted from a cached
    ``QStaticText``.

    Two costs of a plain QLabel are avoided. It shapes its text with a fresh text layout on
    every paint (and Qt paints a label again whenever anything over or under it changed);
    a ``QStaticText`` keeps the shaped glyphs until the text, font or width changes. And
    every ``QLabel.setText`` invalidates the layouts of all its ancestors, up to the main
    window, which then lays out and repaints its docks again: here a new text of the same
    shape as the one the QLabel holds (only digits differ, see :func:`text_shape`) that
    fits the label's current rect is only painted, and the QLabel keeps the old one for its
    size hints. Plain or rich text, one line or word-wrapped.

    ``text()`` returns the text shown. Fonts, style-sheet colours, alignment, tooltips are
    the QLabel's own; while the label is selectable (the pointer is on it, see
    :class:`SelectableOnHover`) the QLabel holds the current text and paints itself.

    With :meth:`set_opaque` it fills its rect with its parent's background itself, so a
    new number repaints the label alone, not the panel under it first.
    """

    #: Emitted when a mouse button is pressed on the label (before the QLabel handles it).
    pressed = Signal()

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._opaque = False
        self._text = text
        self._held = text_shape(text)  # the shape of the text the QLabel holds (_hold)
        self._own = QStaticText()  # rich or wrapped text: laid out here, not shared
        self._own.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        self._static = self._own  # what paintEvent draws
        self._shaped = None  # (text, format, font, text width) _own was prepared for
        self._font_pair = None  # (font, font_key(font)) until the next change event
        self._look = None  # see _looks
        self._plain_line = True  # plain text, not wrapped: drawn from the shared cache
        # selectable: the QLabel draws the text itself (and the selection), see paintEvent
        self._selecting = bool(self.textInteractionFlags() & SELECTING)
        self.setTextFormat(Qt.TextFormat.PlainText)

    # -- text ----------------------------------------------------------------------------
    def text(self) -> str:  # noqa: D102 - QLabel's
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's
        """Show `text`; only the label repaints when it has the shape of the last one."""
        text = str(text)
        if text == self._text:
            return
        self._text = text
        if not self._selecting and text_shape(text) == self._held and self._fits():
            self.update()
            return
        self._hold(text)

    def _hold(self, text: str) -> None:
        """Hand `text` to the QLabel (its size hints follow it), remembering its shape."""
        QLabel.setText(self, text)
        self._held = text_shape(text)

    def setTextFormat(self, fmt) -> None:  # noqa: N802 - QLabel's
        super().setTextFormat(fmt)
        self._own.setTextFormat(Qt.TextFormat.RichText if fmt == Qt.TextFormat.RichText
                                else Qt.TextFormat.PlainText)
        self._shaped = None
        self._plain_line = not self.wordWrap() and self._own.textFormat() == Qt.TextFormat.PlainText

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - QLabel's
        super().setWordWrap(on)
        self._plain_line = not on and self._own.textFormat() == Qt.TextFormat.PlainText

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 - QLabel's
        """Selectable (the pointer came to the label): the QLabel takes the text to show."""
        if flags & SELECTING and QLabel.text(self) != self._text:
            self._hold(self._text)
        super().setTextInteractionFlags(flags)
        self._selecting = bool(flags & SELECTING)

    def set_opaque(self, on: bool = True) -> None:
        """Paint the parent's background (its palette's Window brush, which is the colour a
        style sheet gives it) under the text, and tell Qt that nothing shows through."""
        self._opaque = bool(on)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, self._opaque)
        self._look = None
        self.update()

    @contained()  # (an error must not reach Qt: see guard)
    def moveEvent(self, ev):  # noqa: N802 - Qt's
        # Qt moves an opaque widget by copying its old pixels and repaints nothing of it;
        # a label moved by a new layout (another theme) may have overlapped a neighbour
        # there, so it paints itself afresh.
        super().moveEvent(ev)
        if self._opaque:
            self.update()

    @contained()  # (an error must not reach Qt: see guard)
    def mousePressEvent(self, ev):  # noqa: N802 - Qt's
        self.pressed.emit()
        super().mousePressEvent(ev)

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):  # noqa: N802 - Qt's
        # the font or the palette may have changed (setFont, a style sheet, a parent)
        self._font_pair = self._look = None
        super().changeEvent(ev)

    def setAlignment(self, alignment) -> None:  # noqa: N802 - QLabel's
        super().setAlignment(alignment)
        self._look = None

    # -- painting ------------------------------------------------------------------------
    def _prepare(self) -> QSizeF:
        """Lay the text out for the current font and width (once per change); its size.

        A plain one-line text comes from :mod:`.text_cache`, laid out once for every label
        in the same font (the readouts' numbers repeat as a bar is dragged back and forth).
        """
        if self._font_pair is None:
            font = self.font()
            self._font_pair = (font, font_key(font))
        font, key = self._font_pair
        if self._plain_line:
            self._static, size = prepared(self._text, font, key)
            return size
        width = float(self.contentsRect().width()) if self.wordWrap() else -1.0
        key = (self._text, self._own.textFormat(), font, width)
        if self._shaped != key:
            self._own.setText(self._text)
            self._own.setTextWidth(width)
            self._own.prepare(QTransform(), font)
            self._shaped = key
        self._static = self._own
        return self._own.size()

    def _fits(self) -> bool:
        """Whether the current text, laid out now, fits the label's rect (a same-shaped
        text in another font may not: then the QLabel's layout must grow)."""
        r = self.contentsRect()
        if r.isEmpty():
            return False
        size = self._prepare()
        return size.width() <= r.width() + 0.5 and size.height() <= r.height() + 0.5

    def _looks(self) -> tuple:
        """(horizontal, vertical alignment as -1/0/1, text colour, background brush or
        None), kept until the next change event or setAlignment: Qt's flag and palette
        lookups cost more than the drawing of a short number."""
        if self._look is None:
            align = self.alignment()
            h = 1 if align & Qt.AlignmentFlag.AlignRight else 0 if align & Qt.AlignmentFlag.AlignHCenter else -1
            v = 1 if align & Qt.AlignmentFlag.AlignBottom else -1 if align & Qt.AlignmentFlag.AlignTop else 0
            pal, role = self.palette(), self.foregroundRole()
            # A window's activation changes the colour group without a change event to its
            # children: a colour is kept only when it is the same in both groups (a style
            # sheet's always is); otherwise it is looked up at every paint.
            same = pal.color(QPalette.ColorGroup.Active, role) == pal.color(QPalette.ColorGroup.Inactive, role)
            parent = self.parentWidget()
            ground = parent.palette().window() if self._opaque and parent is not None else None
            self._look = (h, v, pal.color(role) if same else None, ground)
        return self._look

    @contained()
    def paintEvent(self, ev):
        h, v, colour, ground = self._looks()
        if self._selecting or not self._text:
            if ground is not None:  # (an opaque label's background, under anything)
                p = QPainter(self)
                p.fillRect(ev.rect(), ground)
                p.end()
            if self._selecting:  # the QLabel draws the text and the selection
                super().paintEvent(ev)
            return
        size = self._prepare()
        r = self.contentsRect()
        if colour is None:
            colour = self.palette().color(self.foregroundRole())
        if h > 0:
            x = r.right() + 1 - size.width()
        elif h == 0:
            x = r.left() + (r.width() - size.width()) / 2
        else:
            x = r.left()
        if v > 0:
            y = r.bottom() + 1 - size.height()
        elif v < 0:
            y = r.top()
        else:
            y = r.top() + (r.height() - size.height()) / 2
        p = QPainter(self)
        if ground is not None:
            p.fillRect(ev.rect(), ground)
        p.setFont(self._font_pair[0])  # set by _prepare
        p.setPen(colour)
        p.drawStaticText(QPointF(x, y), self._static)
        p.end()


class SelectableOnHover:
    """Mixin for a QLabel whose text is selectable (to copy a number) only while the
    pointer is on it (or text in it is selected). List it before the QLabel class.

    A selectable QLabel keeps a QTextDocument and re-lays it out on every ``setText``, and
    these labels change on every drag frame. The pointer is on a histogram while it drags,
    so the labels are cheap plain labels then, and selectable as soon as the pointer comes
    to them. (Enter and leave handlers, not an event filter: a filter is a Python call for
    every paint of the label.)
    """

    @contained()  # (an error must not reach Qt: see guard)
    def enterEvent(self, ev):  # noqa: N802 - Qt's
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(ev)

    @contained()  # (an error must not reach Qt: see guard)
    def leaveEvent(self, ev):  # noqa: N802 - Qt's
        if not self.hasSelectedText():
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        super().leaveEvent(ev)


class SelectableStaticLabel(SelectableOnHover, StaticLabel):
    """A :class:`StaticLabel` that is selectable while the pointer is on it."""
