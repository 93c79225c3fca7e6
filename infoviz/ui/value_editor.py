"""Typing an exact value for the selected bar, with the refusal message next to the field."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .guard import NOT_HANDLED, contained
from .opaque import OpaqueBackground

from ..model.parse import parse_probability

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds


#: Events after which the line edit must be marked opaque again.
_RESTYLED = (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


#: Styles known to fill a frameless line edit's whole rect with its Base colour.
FILLING_STYLES = frozenset({"fusion", "windows"})


def mark_opaque(edit: QLineEdit) -> None:
    """Tell Qt that frameless `edit` paints its whole rect (so its parents need not paint
    under it), but only when that is sure: a style that fills the rect and no style sheet
    of its own (a sheet's rounded corners or transparent background leave pixels
    unpainted, which Qt would then show stale)."""
    style = QApplication.style()
    sure = not edit.styleSheet() and style is not None and style.name().lower() in FILLING_STYLES
    edit.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, sure)


class FieldFrame(QWidget):
    """The value field's frame, round a frameless line edit (objectName ``value_frame``).

    The field shows the dragged bar's value, so it changes on every drag frame. A framed
    ``QLineEdit`` redraws its style's frame each time (an antialiased rounded rect) and,
    not being opaque, has the editor under it repainted first: 0.1 ms of a 10-bin frame.
    Frameless, the line edit fills its whole rect itself and says so
    (``WA_OpaquePaintEvent``, where that is sure: see :func:`mark_opaque`); this frame
    round it paints only when it changes (the keyboard comes or goes: the highlight's
    colour shows where typing goes).
    """

    MARGIN = 2  # pixels between the frame's edge and the line edit

    def __init__(self, edit: QLineEdit, parent=None):
        super().__init__(parent)
        self.setObjectName("value_frame")
        self.focused = False
        edit.setFrame(False)
        mark_opaque(edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(*(self.MARGIN,) * 4)
        row.addWidget(edit)

    def set_focused(self, on: bool) -> None:
        """Draw the frame in the highlight colour (the line edit has the keyboard) or not."""
        if bool(on) != self.focused:
            self.focused = bool(on)
            self.update()

    @contained()  # (an error must not reach Qt: see guard)
    def paintEvent(self, ev):  # noqa: N802 - Qt's
        pal = self.palette()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 2.0 if self.focused else 1.0
        colour = pal.color(QPalette.ColorRole.Highlight) if self.focused \
            else pal.color(QPalette.ColorRole.Window).darker(160)
        p.setPen(QPen(colour, width))
        p.setBrush(pal.base())
        half = width / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3.0, 3.0)
        p.end()


class ValueEditor(OpaqueBackground, QWidget):
    """Binds a line edit to the state's selected bar, both ways.

    state → view: the field shows the selected bar's value whenever the state changes
    (unless the user is typing in it). view → state: Enter sets that bar exactly, or shows
    why the text is not a probability and changes nothing.
    """

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setObjectName("value_editor")
        self.make_opaque()  # the field changes every drag frame; its parents need not repaint
        self.state = state
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.target = QLabel()
        self.target.setObjectName("value_target")
        self.edit = QLineEdit()
        self.edit.setObjectName("value_edit")
        self.edit.setMaximumWidth(140)
        self.apply = QPushButton()
        self.apply.setObjectName("value_apply")
        self.lock = QPushButton()
        self.lock.setObjectName("value_lock")
        self.lock.setCheckable(True)
        self.message = QLabel()
        self.message.setObjectName("value_message")
        self.message.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.frame = FieldFrame(self.edit)
        for w in (self.target, self.frame, self.apply, self.lock):
            row.addWidget(w)
        row.addWidget(self.message, 1)
        self._refused = None  # the text last refused, while the field still shows it
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self.commit)
        self.apply.clicked.connect(self.commit)
        self.lock.clicked.connect(self._toggle_lock)
        state.changed.connect(self.refresh)
        state.selection_changed.connect(self._selection_moved)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.apply.setText(translate("ValueEditor", "Set"))
        self.edit.setToolTip(translate("ValueEditor", "Type a probability: 0.25, 25% or 1/4, then Enter"))
        self.edit.setPlaceholderText("0.25")
        self.refresh()

    def _selection_moved(self) -> None:
        self.message.clear()
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Show the selected bar's current value and lock state."""
        sel = self.state.selected
        if sel is None:
            return
        which, i = sel
        labels = self.state.labels
        if i >= len(labels):
            return
        d = self.state.dist(which)
        self.target.setText(f"{which}({labels[i]}) =")
        # What the user is typing stays (isModified: edited since the last setText); a field
        # that only holds the focus follows the bar, or a drag or a lesson step with the
        # cursor left in it would show an old value beside the bar.
        edit = self.edit
        focused = edit.hasFocus()
        if force or not focused or not edit.isModified():
            text = f"{float(d.probs[i]):.4f}"
            if force or edit.text() != text:
                # keep what the user set up for typing: all selected (after a double click,
                # so typing replaces the value) or where the cursor was
                everything = focused and edit.hasSelectedText() and edit.selectedText() == edit.text()
                cursor = edit.cursorPosition()
                edit.setText(text)
                if everything:
                    edit.selectAll()
                elif focused:
                    edit.setCursorPosition(min(cursor, len(text)))
        locked = d.is_locked(i)
        self.lock.setChecked(locked)
        self.lock.setText(translate("ValueEditor", "Unlock") if locked else translate("ValueEditor", "Lock"))

    def commit(self) -> None:
        """Set the selected bar to the typed value, or explain why not (nothing changes)."""
        sel = self.state.selected
        if sel is None:
            return
        which, i = sel
        try:
            value = parse_probability(self.edit.text())
            self.state.set_bar(which, i, value)
        except ValueError as exc:
            self.message.setText(str(exc))
            self._refused = self.edit.text()  # kept to correct, until the field loses focus
            return
        self.message.clear()
        self.refresh(force=True)
        # Hand the keyboard back to the window: with the cursor left in the field, Ctrl+Z
        # was the field's own text undo (the state's undo never ran), and S, U, R, B, L
        # and the preset digits were typed into the field instead of acting.
        if self.edit.hasFocus() and self.window() is not self:
            self.window().setFocus(Qt.FocusReason.OtherFocusReason)

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

    def eventFilter(self, obj, ev):
        kind = ev.type()
        if obj is self.edit and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.frame.set_focused(kind == QEvent.Type.FocusIn)
        elif obj is self.edit and kind in _RESTYLED:
            mark_opaque(obj)  # (a style sheet's polish turns the attribute off again)
        # A refused text ("abc", "nan") stays in the field while the user corrects it; once
        # the keyboard leaves the field, it shows the bar's value again (the message stays).
        if (obj is self.edit and kind == QEvent.Type.FocusOut and self._refused is not None
                and self.edit.text() == self._refused):
            self._refused = None
            self.refresh(force=True)
        return False

    @contained()  # (an error must not reach Qt: see guard)
    def keyPressEvent(self, ev):
        # QLineEdit emits returnPressed and then passes the Return key on to its parent;
        # stop it here, or the window's own Return ("type a value") puts the cursor straight
        # back into the field that commit() just left.
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ev.accept()
            return
        super().keyPressEvent(ev)

    def focus_for_typing(self) -> None:
        """Put the cursor in the field with its text selected (double-click on a bar)."""
        self.refresh(force=True)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()

    def _toggle_lock(self) -> None:
        sel = self.state.selected
        if sel is not None:
            self.state.toggle_lock(*sel)
