"""The formula strip: the selected measure's formula with today's numbers substituted.

    H(p,q) = −Σ p_i log₂ q_i = −[0.35·log₂0.10 + 0.25·log₂0.15 + … (3 more)]
           = 1.163 + 0.684 + … + 0.921 = 2.767 bits = H(p) + KL(p‖q) = 2.263 + 0.504

The terms come from :func:`infoviz.model.formulas.formula` (the first few when there are
many bins, then the rest summed), so the strip adds up to the readout exactly. Choose the
measure with the combo box or by clicking a measure's name (or value) in the readouts.

Install it with :func:`install_formula_strip` (a bottom dock without a title bar)::

    from infoviz.ui.panels.formula_strip import install_formula_strip
    strip = install_formula_strip(window)   # window.formula_strip is the strip
"""
from __future__ import annotations

import collections
import functools
import html
import math
import re

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...model.formulas import Formula, formula
from ...model.summary import MEASURE_KEYS
from ..plot_utils import fmt
from ..readouts import measure_names, unit_name
from ..static_label import SELECTING, SelectableOnHover, text_shape
from .digit_swap import DigitSwap, digit_shape
from ..opaque import OpaqueBackground
from ..theme import NORMAL, Theme
from ..guard import contained

translate = QCoreApplication.translate


#: The markup :meth:`FormulaStrip.render` writes, and the text between it.
_MARKUP = re.compile(r"<b>|</b>|<span style='color:([^']*)'>|</span>|<br>|[^<]+|<")


def lay_out(rich: str, font: QFont, line_width: int):
    """A ``QTextLayout`` of the strip's rich text `rich` in `font`, wrapped at
    `line_width` pixels, and its height."""
    return _lay_out(*layout_text(rich), font, line_width)


def _lay_out(text: str, ranges: list, font: QFont, line_width: int):
    """:func:`lay_out` of the text and ranges :func:`layout_text` made."""
    lay = QTextLayout(text, font)
    lay.setCacheEnabled(True)  # else endLayout() drops the shaping and draw() redoes it
    lay.setFormats(_formats(tuple(ranges)))
    lay.setTextOption(_WRAP)
    y = 0.0
    lay.beginLayout()
    while True:
        line = lay.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, line_width))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    lay.endLayout()
    return lay, y


_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


@functools.lru_cache(maxsize=64)
def _formats(ranges: tuple) -> list:
    """The ``FormatRange`` list of `ranges` (see :func:`layout_text`). Kept: while a bar is
    dragged the runs stay where they are (only digits change), and building them was a
    tenth of laying the strip out."""
    formats = []
    for start, length, bold, colour in ranges:
        style = QTextCharFormat()
        if bold:
            style.setFontWeight(QFont.Weight.Bold)
        if colour:
            style.setForeground(QColor(colour))
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, length, style
        formats.append(r)
    return formats


def layout_text(rich: str):
    """The strip's rich text as plain text and styled ranges, for a ``QTextLayout``.

    Only the markup :meth:`FormulaStrip.render` writes is understood (``<b>``, a
    ``<span style='color:…'>``, ``<br>`` and entities); any other ``<`` is kept as text.

    Returns
    -------
    text : str
        The text, with U+2028 (a line separator) for ``<br>``.
    ranges : list of (start, length, bold, colour)
        Runs that are bold and/or coloured (colour None: the strip's own).
    """
    parts, ranges = [], []
    bold, colours = 0, []
    pos = 0
    for m in _MARKUP.finditer(rich):
        tok = m.group(0)
        if tok == "<b>":
            bold += 1
        elif tok == "</b>":
            bold = max(0, bold - 1)
        elif m.group(1) is not None:
            colours.append(m.group(1))
        elif tok == "</span>":
            if colours:
                colours.pop()
        else:
            piece = "\u2028" if tok == "<br>" else html.unescape(tok)
            if (bold or colours) and tok != "<br>":
                ranges.append((pos, len(piece), bool(bold), colours[-1] if colours else None))
            parts.append(piece)
            pos += len(piece)
    return "".join(parts), ranges

#: The strip's least detailed text: the formula and its result (see FormulaStrip.render).
COMPACT = 2

#: The strip may take this share of the window's height; beyond it, it shows less of the
#: working (a lesson docked beside it at 1440x900 in projector type squeezed the readouts).
MAX_HEIGHT_SHARE = 0.22

def _swap_key(width: int, font: QFont, text: str, ranges: list) -> tuple:
    """What a kept :class:`DigitSwap` must match to show `text` (its styled `ranges`
    included: colours and weights) laid out in `font`, `width` pixels wide."""
    return (width, font, digit_shape(text), tuple(ranges))


#: How many shapes of text the strip keeps glyphs for (see FormulaStrip._layout).
SWAPS_KEPT = 8

#: The measure shown first: the classifier's loss.
DEFAULT_MEASURE = "cross_entropy_pq"

#: Symbols of the six measures (not translated: they are mathematics).
SYMBOLS = {
    "entropy_p": "H(p)", "entropy_q": "H(q)", "cross_entropy_pq": "H(p,q)", "cross_entropy_qp": "H(q,p)",
    "kl_pq": "KL(p‖q)", "kl_qp": "KL(q‖p)",
}


def prob_text(v: float) -> str:
    """A probability inside the formula: 0, 1, two decimals, or two significant digits if tiny."""
    if v == 0.0:
        return "0"
    if v == 1.0:
        return "1"
    if v >= 0.01:
        return f"{v:.2f}"
    return f"{v:.2g}"


def term_value_text(v: float) -> str:
    if math.isinf(v):
        return "∞"
    return fmt(v)


class FormulaStrip(SelectableOnHover, OpaqueBackground, QLabel):
    """objectName ``formula_strip``: a rich-text QLabel with the substituted formula.

    It changes on every drag frame, and a rich-text QLabel re-parses its HTML into a text
    document, lays it out and paints it twice a frame (once more when the lazily laid out
    document reports its size): a third of a drag frame at 1920x1080. Even a rich-text
    ``QStaticText`` parsed the HTML into a document to lay it out, 0.6 ms a frame. So the
    text is written with Unicode subscripts (``log₂``, ``pᵢ``) and no markup but bold,
    colour and line breaks, turned into plain text with styled ranges
    (:func:`layout_text`), laid out once per change in a ``QTextLayout`` (a quarter of the
    cost) and painted from it. The QLabel takes the text only while the pointer is over the
    strip, to let it be selected and copied.

    Parameters
    ----------
    window : MainWindow
        Its ``state`` is read; its ``language`` and ``theme`` are followed.
    """

    MARGINS = (6, 2, 6, 2)  # left, top, right, bottom, in pixels

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.state = window.state
        self.theme: Theme = NORMAL
        self.setObjectName("formula_strip")
        self.make_opaque()  # it changes every drag frame; the bar and dock behind need not repaint
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setContentsMargins(*self.MARGINS)
        self._html = ""
        self._layout_obj = QTextLayout()
        self._height = 0.0
        self._laid_out = None  # (width, font, rich text) shown by the layout (or _swap)
        # The glyphs drawn now, to show a text that differs only in digits without laying
        # it out again (None: drawn from _layout_obj), and the (width, font, shape of the
        # text, its styled ranges) they are for
        self._swap: DigitSwap | None = None
        self._swap_key = None
        # DigitSwaps (with their heights) of the shapes seen more than once, most recent
        # last, and how often each shape was laid out: a drag at many bins flips between a
        # few shapes ("0.01" and "0.0097"), and making a swap costs eleven layouts
        self._swaps: collections.OrderedDict = collections.OrderedDict()
        self._seen: dict = {}
        self.key = DEFAULT_MEASURE
        self.formula: Formula | None = None
        #: How much of the working is shown: 0 all of it, 1 without the H + KL identity,
        #: COMPACT only the formula and its result (chosen by refresh, see ``fits``).
        self.detail = 0
        #: None, or a function telling whether a rich text fits the room the strip has
        #: (its bar sets it): the most detailed text that fits is shown.
        self.fits = None
        self._dirty = True
        self.state.changed.connect(self._on_changed)

    # -- API ---------------------------------------------------------------------------
    def set_measure(self, key: str) -> None:
        """Show measure `key` (one of the readout keys, e.g. ``"kl_pq"``)."""
        if key not in MEASURE_KEYS:
            raise ValueError(f"unknown measure {key!r}; use one of {', '.join(MEASURE_KEYS)}")
        if key != self.key:
            self.key = key
            self.refresh()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(f"QLabel#formula_strip {{ color: {theme.foreground}; background: {theme.background};"
                           f" font-size: {theme.font_pt + 3}pt; }}")
        self._laid_out = self._swap = None
        self._swaps.clear()
        self._seen.clear()
        self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    # -- drawing ---------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        super().showEvent(ev)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        st = self.state
        f = formula(self.key, st.p, st.q, st.unit, summary=st.summary)  # terms computed once a change
        self.formula = f
        self._dirty = False
        text, detail = self.render(f, st.labels), 0
        while self.fits is not None and detail < COMPACT and not self.fits(text):
            detail += 1  # less of the working, never the result (see render)
            text = self.render(f, st.labels, detail)
        self.detail = detail
        if text != self._html:
            self._html = text
            if self._selectable():
                QLabel.setText(self, text)
                self.update()
            elif not self._swap_digits():
                self.update()
            self.text_changed()

    def _swap_digits(self) -> bool:
        """Show the new text by swapping its digits into the glyphs drawn now (a drag
        frame: see :meth:`_layout`), and repaint only the digits that changed; False if
        the text needs a layout of its own (then nothing was done)."""
        swap, drawn = self._swap, self._laid_out
        if swap is None or drawn is None or drawn[0] != self.width():
            return False
        text, ranges = layout_text(self._html)
        if self._swap_key != _swap_key(drawn[0], drawn[1], text, ranges) \
                or drawn[1] != self.font() or not swap.set_text(text):
            return False
        self._laid_out = (drawn[0], drawn[1], self._html)
        left, top, _, _ = self.MARGINS
        for x0, y0, x1, y1 in swap.changed:
            # whole pixels round the digits' cells, and one more: their edges are blended
            self.update(QRect(math.floor(x0) + left - 1, math.floor(y0) + top - 1,
                              math.ceil(x1 - x0) + 3, math.ceil(y1 - y0) + 3))
        return True

    def text(self) -> str:
        """The rich text shown (the QLabel holds it only while it is selectable)."""
        return self._html

    def _layout(self, width: int) -> float:
        """Lay the text out `width` pixels wide (once per text, width and font); its height.

        A text that differs from the last one laid out at this width and font only in its
        digits (a drag frame) keeps that layout's glyphs with the new digits swapped in
        (see :mod:`.digit_swap`): shaping the whole text again was the larger part of
        the strip's cost in a frame."""
        font = self.font()
        key = (width, font, self._html)
        if self._laid_out != key:
            text, ranges = layout_text(self._html)
            shape = _swap_key(width, font, text, ranges)
            kept = self._swaps.get(shape)
            if kept is not None and kept[0] is not None and kept[0].set_text(text):
                self._swaps.move_to_end(shape)
                self._swap, self._height = kept
            else:
                line = width - self.MARGINS[0] - self.MARGINS[2]
                self._layout_obj, self._height = _lay_out(text, ranges, font, line)
                self._swap = None
                if len(self._seen) > 256:
                    self._seen.clear()
                self._seen[shape] = seen = self._seen.get(shape, 0) + 1
                if seen >= 2 and kept is None:  # (a shape seen once, in passing, is not
                    # worth eleven layouts; one refused before is not tried again)
                    self._swap = DigitSwap.of(self._layout_obj, text, ranges,
                                              lambda other: _lay_out(other, ranges, font, line)[0])
                    self._swaps[shape] = (self._swap, self._height)  # (None: refused)
                    while len(self._swaps) > SWAPS_KEPT:
                        self._swaps.popitem(last=False)
            self._swap_key = shape
            self._laid_out = key
        return self._height

    def height_of(self, rich: str, width: int) -> int:
        """The height rich text `rich` would need in the strip `width` pixels wide."""
        _lay, height = lay_out(rich, self.font(), width - self.MARGINS[0] - self.MARGINS[2])
        return int(math.ceil(height)) + self.MARGINS[1] + self.MARGINS[3]

    def _selectable(self) -> bool:
        # Not "!= NoTextInteraction": a QLabel's default flags (links accessible) would make
        # it selectable from the start, and the QLabel would lay out and paint rich text.
        return bool(self.textInteractionFlags() & SELECTING)

    def setTextInteractionFlags(self, flags) -> None:
        """Selectable (the pointer came to the strip): the QLabel takes the text to show."""
        if flags & SELECTING and not self._selectable():
            QLabel.setText(self, self._html)
        super().setTextInteractionFlags(flags)
        self.update()

    @contained()
    def paintEvent(self, ev):
        if self._selectable():
            self.paint_background(ev)  # opaque: Qt leaves the sheet's background to us
            QLabel.paintEvent(self, ev)  # the QLabel draws the text and the selection
            return
        self._layout(self.width())
        p = QPainter(self)  # one painter for the background and the text
        p.fillRect(ev.rect(), self.palette().window())  # the style sheet's background (opaque)
        p.setFont(self.font())
        p.setPen(self.palette().color(self.foregroundRole()))
        left, top, _, _ = self.MARGINS
        if self._swap is not None:
            self._swap.draw(p, QPointF(left, top), p.pen().color())
        else:
            self._layout_obj.draw(p, QPointF(left, top))
        p.end()

    def text_changed(self) -> None:
        """Hook: the text (and so perhaps its height) changed."""

    def render(self, f: Formula, labels, detail: int = 0) -> str:
        """The rich text for `f` (outcome names from `labels`): with `detail` 0 the whole
        working, 1 without the identity H(p,q) = H(p) + KL(p‖q), ``COMPACT`` the formula
        and its result only. Why a measure is infinite is always said."""
        th = self.theme
        a, b = f.a, f.b
        log = "log₂" if f.unit == "bits" else "ln"  # Unicode subscripts: see the class's docstring
        u = unit_name(f.unit)
        sym = SYMBOLS[f.key]
        name = measure_names()[f.key]
        if f.kind == "entropy":
            general = f"−Σ {a}ᵢ {log} {a}ᵢ"
            parts = [f"{prob_text(t.weight)}·{log} {prob_text(t.arg)}" for t in f.terms]
            lead, close = "−[", "]"
        elif f.kind == "cross_entropy":
            general = f"−Σ {a}ᵢ {log} {b}ᵢ"
            parts = [f"{prob_text(t.weight)}·{log} {prob_text(t.arg)}" for t in f.terms]
            lead, close = "−[", "]"
        else:
            general = f"Σ {a}ᵢ {log}({a}ᵢ/{b}ᵢ)"
            parts = [f"{prob_text(t.weight)}·{log}({prob_text(t.weight)}/{prob_text(t.arg)})" for t in f.terms]
            lead, close = "", ""
        more = ""
        if f.rest_count:
            more = translate("FormulaStrip", "… (%d more)") % f.rest_count
            parts.append(more)
        substituted = lead + " + ".join(parts) + close
        inf_colour = th.infinite

        def value_html(v: float) -> str:
            t = html.escape(term_value_text(v))
            return f"<span style='color:{inf_colour}'>{t}</span>" if math.isinf(v) else t

        values = [value_html(t.value) for t in f.terms]
        if f.rest_count:
            values.append(translate("FormulaStrip", "%s (the other %d)") % (value_html(f.rest_value), f.rest_count))
        sum_line = " + ".join(values).replace("+ -", "− ")
        if math.isinf(f.total):
            result = f"<b><span style='color:{inf_colour}'>∞</span></b>"
        else:
            result = f"<b>{fmt(f.total)} {html.escape(u)}</b>"
        if detail >= COMPACT:
            out = f"<b>{html.escape(name)}</b>: {sym} = {general} = {result}"
        else:
            out = (f"<b>{html.escape(name)}</b>: {sym} = {general} = {substituted}"
                   f"<br>= {sum_line} = {result}")
        if f.kind == "cross_entropy" and detail == 0:
            h, kl = f.entropy_part, f.kl_part
            out += (f" &nbsp; = H({a}) + KL({a}‖{b}) = {value_html(h)} + {value_html(kl)}")
        if f.infinite:
            i = f.infinite[0]
            label = html.escape(str(labels[i])) if i < len(labels) else str(i)
            why = translate("FormulaStrip", "∞ because %s(%s) = 0 but %s(%s) = %s") % (
                b, label, a, label, prob_text(float(getattr(self.state, a)[i])))
            if len(f.infinite) > 1:
                why += translate("FormulaStrip", " (and %d more outcomes)") % (len(f.infinite) - 1)
            out += f"<br><span style='color:{inf_colour}'>{why}</span>"
        return out


class FormulaBar(QWidget):
    """The strip with its measure chooser (objectName ``formula_bar``)."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("formula_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.window_ = window
        self.combo = QComboBox()
        self.combo.setObjectName("formula_measure")
        self.strip = FormulaStrip(window)
        for key in MEASURE_KEYS:
            self.combo.addItem(key, key)
        self.combo.setCurrentIndex(MEASURE_KEYS.index(self.strip.key))
        self.combo.currentIndexChanged.connect(lambda i: self.strip.set_measure(self.combo.itemData(i)))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignTop)
        lay.addStretch(1)
        # The strip is placed by hand beside the combo box, at a fixed size (see fit_height):
        # a label in a layout invalidates every layout up to the window on each setText,
        # and re-laying out the window cost a tenth of every drag frame.
        self.strip.setParent(self)
        self._heights: dict = {}  # (width, text with its digits as 0) -> wrapped height
        self._room = None  # (strip width, most height) the strip's text was chosen for
        self._shaped = (None, None)  # (the last text measured, its shape)
        self._fitted_shape = None  # the shape of the text (digits as 0) fit_height fitted
        self.strip.text_changed = self._text_changed
        self.strip.fits = self._fits
        self.retranslate()

    def fit_height(self) -> None:
        """Place the strip beside the combo box, exactly as tall as its wrapped text at the
        width left for it, and make the bar that tall (a dock ignores height-for-width).
        If the room changed, the strip first chooses again how much of the working fits."""
        lay = self.layout()
        m = lay.contentsMargins()
        x = m.left() + self.combo.sizeHint().width() + max(lay.spacing(), 6)
        width = max(200, self.width() - x - m.right())
        room = (width, self._most_height())
        if room != self._room:
            self._room = room
            self.strip.refresh()  # (calls back here if its text changes: then a no-op below)
        text_h = self._text_height(width, self.strip.text())
        if (self.strip.x(), self.strip.y()) != (x, m.top()):
            self.strip.move(x, m.top())
        if (self.strip.width(), self.strip.height()) != (width, text_h) or \
                self.strip.minimumSize() != self.strip.maximumSize():
            self.strip.setFixedSize(width, text_h)  # fixed: its setText relayouts nothing
        h = max(self.combo.sizeHint().height(), text_h) + m.top() + m.bottom()
        if h != self.height() or self.maximumHeight() != h:
            self.setFixedHeight(h)
        self._fitted_shape = self._shaped[1]

    def _text_changed(self) -> None:
        """The strip's text changed: fit again, unless only its digits did since the last
        fit (a drag frame: the same shape wraps to the same height; a new width, window
        height, font or language fits again through their own events)."""
        rich = self.strip.text()
        if rich is not self._shaped[0]:
            self._shaped = (rich, text_shape(rich))
        if self._shaped[1] != self._fitted_shape:
            self.fit_height()

    def _most_height(self) -> int | None:
        """The strip's most height: a share of the window's (None before it is shown)."""
        win = self.window()
        if win is None or not win.isVisible() or win.height() <= 0:
            return None
        return int(win.height() * MAX_HEIGHT_SHARE)

    def _text_height(self, width: int, rich: str) -> int:
        """The height `rich` needs in the strip `width` wide. Laying rich text out to
        measure it cost a millisecond per drag frame; while a bar is dragged only the
        numbers change, and UI fonts draw every digit equally wide (tabular figures), so
        the height is kept per text with its digits as 0."""
        if rich is not self._shaped[0]:  # (refresh asks for the text it then shows)
            self._shaped = (rich, text_shape(rich))
        key = (width, self._shaped[1])
        text_h = self._heights.get(key)
        if text_h is None:
            if len(self._heights) > 256:
                self._heights.clear()
            text_h = self._heights[key] = self.strip.height_of(rich, width)
        return text_h

    def _fits(self, rich: str) -> bool:
        """Whether the strip's rich text `rich` fits the room it has now."""
        if self._room is None or self._room[1] is None:
            return True
        width, most = self._room
        return self._text_height(width, rich) <= most

    def window_resized(self) -> None:
        """The window's height sets the strip's room: choose its text again."""
        if self._room is not None and self._room[1] != self._most_height():
            self.fit_height()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if ev.oldSize().width() != ev.size().width():
            self.fit_height()

    def select(self, key: str) -> None:
        """Show measure `key` (as choosing it in the combo box does)."""
        self.combo.setCurrentIndex(MEASURE_KEYS.index(key))

    def watch_readouts(self, readouts) -> None:
        """Clicking a measure's name or value in `readouts` selects it here (the label still
        gets the click: text selection keeps working)."""
        for key in MEASURE_KEYS:
            for attr in ("names", "values"):
                label = getattr(readouts, attr, {}).get(key)
                if label is not None:
                    label.pressed.connect(functools.partial(self.select, key))
                    label.setCursor(Qt.CursorShape.PointingHandCursor)

    def apply_theme(self, theme: Theme) -> None:
        self.setStyleSheet(f"QWidget#formula_bar {{ background: {theme.background}; }}"
                           f"QComboBox#formula_measure {{ font-size: {theme.font_pt}pt; }}")
        self._heights.clear()  # another type size wraps differently
        self._room = None  # and may need less of the working, or allow more
        self.strip.apply_theme(theme)
        self.fit_height()

    def retranslate(self) -> None:
        names = measure_names()
        for i, key in enumerate(MEASURE_KEYS):
            self.combo.setItemText(i, names[key])
        self.combo.setToolTip(translate("FormulaStrip", "The measure whose formula is shown; or click "
                                                        "its name in the readouts"))
        self.strip.retranslate()

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(ev)


def install_formula_strip(window) -> FormulaStrip:
    """Add the formula strip to `window` as a bottom dock without a title bar.

    Follows the window's theme (``projector_changed``) and language (``LanguageChange``);
    clicking a readout's name selects its measure. Sets ``window.formula_bar``,
    ``window.formula_strip`` and ``window.formula_dock`` (whose ``toggleViewAction()`` can go
    in a menu) and returns the strip (objectName ``formula_strip``).
    """
    if getattr(window, "formula_strip", None) is not None:  # installed already
        return window.formula_strip
    bar = FormulaBar(window)
    dock = QDockWidget(window)
    dock.setObjectName("dock_formula_strip")
    dock.setTitleBarWidget(QWidget(dock))
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setWidget(bar)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    bar.apply_theme(getattr(window, "theme", NORMAL))
    if hasattr(window, "projector_changed"):
        window.projector_changed.connect(lambda _on: bar.apply_theme(window.theme))
    if hasattr(window, "language_changed"):
        window.language_changed.connect(lambda _lang: bar.retranslate())
    if hasattr(window, "readouts"):
        bar.watch_readouts(window.readouts)
    dock.setWindowTitle(translate("FormulaStrip", "Formula"))
    window.formula_bar, window.formula_strip, window.formula_dock = bar, bar.strip, dock
    return bar.strip
