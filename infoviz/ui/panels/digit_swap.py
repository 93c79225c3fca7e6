"""Redraw a laid-out text with other digits, without laying it out again.

While a bar is dragged the formula strip's text keeps its shape and only its digits
change ("0.264" becomes "0.271"). Shaping and wrapping the whole text again
(``QTextLayout``) was the largest part of the strip's cost in a drag frame (about 0.16 ms
of a 10-bin frame). UI fonts draw the ten digits equally wide (tabular figures), so the
glyphs of a text of the same shape sit where they were: :class:`DigitSwap` keeps the glyph
runs of one layout and, for a new text of that shape, replaces only the digits' glyphs.

Which glyph draws a digit depends on its context, not only on the font (in the strip, the
CJK UI font draws the digits after "−[" with other glyphs than those of its character
map), so the glyphs are not looked up: :meth:`DigitSwap.of` lays the same text out ten
more times, every digit made 0, then 1, ..., 9, and reads each digit's glyph at each
place from those. It refuses (returns None) whenever swapping could draw anything but
what a new layout draws: digits that move other glyphs (unequal widths), or glyph runs
that do not line up with the text's digits one to one. The strip then lays every text
out, as before.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QTextLayout

DIGITS = "0123456789"
_ASCII_DIGIT = re.compile("[0-9]")


def digit_shape(text: str) -> str:
    """`text` with its ASCII digits (the only ones a swap replaces) read as 0. Two texts
    of one digit shape differ only in those digits. (Not ``text_shape``'s ``\\d``, which
    reads every script's digits as 0: "１７" and "１８" would look alike.)"""
    return _ASCII_DIGIT.sub("0", text)
_AS = [str.maketrans(DIGITS, d * 10) for d in DIGITS]  # every digit made d

_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
          | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions)


def _segments(length: int, ranges) -> list:
    """[(start, end, colour or None)] covering [0, length): each styled range of
    :func:`~.formula_strip.layout_text` and the plain text between them. A range has one
    weight, so its digits are drawn in one font, in one glyph run, in the text's order."""
    out, at = [], 0
    for start, count, _bold, colour in sorted(ranges):
        if start > at:
            out.append((at, start, None))
        out.append((start, start + count, colour))
        at = start + count
    if at < length:
        out.append((at, length, None))
    return out


def _merged(cells: list) -> list:
    """`cells` (x0, y0, x1, y1) with those that touch on one line made one."""
    out = []
    for cell in sorted(cells, key=lambda c: (c[1], c[0])):
        if out and out[-1][1] == cell[1] and cell[0] - out[-1][2] < 0.5:
            last = out[-1]
            out[-1] = (last[0], last[1], max(last[2], cell[2]), max(last[3], cell[3]))
        else:
            out.append(cell)
    return out


def _in_order(runs) -> list:
    """`runs` in reading order of their first glyph. Qt returns a range's runs (one per
    font and line) in the order of a hash, which changes from one process to the next;
    a range's digits are all in its primary font, so its runs in reading order hold them
    in the text's order."""
    def first(run):
        points = run.positions()
        return (points[0].y(), points[0].x()) if points else (float("inf"), float("inf"))
    return sorted(runs, key=first)


def _points(run) -> list:
    return [(p.x(), p.y()) for p in run.positions()]


class DigitSwap:
    """The glyph runs of a laid-out text, ready to show another text of the same shape.

    Build one with :meth:`of`; then :meth:`set_text` for each new text (the same
    characters but for ASCII digits) and :meth:`draw`, which draws what the layout's own
    ``draw`` does for the text set.
    """

    def __init__(self, text: str, runs: list):
        self.text = text
        self._shape = digit_shape(text)  # (the same for every text it shows)
        # [(QGlyphRun, colour or None, its glyph indexes now,
        #   [(glyph slot, text position, the glyph of each digit 0-9 there,
        #     the digit's cell (x0, y0, x1, y1) in layout coordinates), ...])]
        self._runs = runs
        #: The cells of the digits the last :meth:`set_text` changed, merged where they
        #: touch on a line: [(x0, y0, x1, y1)] in layout coordinates. Nothing else of the
        #: drawing changed, so only these need painting again.
        self.changed: list = []

    @classmethod
    def of(cls, layout: QTextLayout, text: str, ranges, lay_out) -> "DigitSwap | None":
        """The runs of `layout`, laid out from `text` with styled `ranges`, or None if its
        digits cannot be swapped exactly. ``lay_out(text)`` must lay another text out as
        `layout` was (font, width, ranges): it makes the ten probes."""
        if not any(c in DIGITS for c in text):
            return None  # nothing to swap: the text changes only with its shape
        probes = [lay_out(text.translate(table)) for table in _AS]
        runs = []
        for start, end, colour in _segments(len(text), ranges):
            where = [i for i in range(start, end) if text[i] in DIGITS]
            own = _in_order(layout.glyphRuns(start, end - start, _FLAGS))
            seen = [_in_order(probe.glyphRuns(start, end - start, _FLAGS)) for probe in probes]
            if any(len(other) != len(own) for other in seen):
                return None
            found = 0
            for j, run in enumerate(own):
                glyphs = list(run.glyphIndexes())
                points = _points(run)
                per_digit = [list(other[j].glyphIndexes()) for other in seen]
                if any(len(g) != len(glyphs) for g in per_digit) or \
                        any(_points(other[j]) != points for other in seen):
                    return None  # a digit moves or adds glyphs: not swappable
                slots = [k for k in range(len(glyphs)) if len({g[k] for g in per_digit}) > 1]
                if found + len(slots) > len(where):
                    return None
                pairs = []
                raw = run.rawFont()
                up, down = raw.ascent(), raw.descent()
                for k, at in zip(slots, where[found:found + len(slots)]):
                    table = [g[k] for g in per_digit]
                    if len(set(table)) != 10 or table[ord(text[at]) - 48] != glyphs[k]:
                        return None  # the slots are not the text's digits in order
                    x, y = points[k]
                    wide = max(a.x() for a in raw.advancesForGlyphIndexes(table))
                    pairs.append((k, at, table, (x, y - up, x + wide, y + down)))
                found += len(slots)
                runs.append((run, QColor(colour) if colour else None, glyphs, pairs))
            if found != len(where):
                return None
        return cls(text, runs)

    def set_text(self, text: str) -> bool:
        """Show `text`, which differs from the one shown only in its ASCII digits; False
        (and nothing changed) if it differs otherwise."""
        if len(text) != len(self.text) or digit_shape(text) != self._shape:
            return False
        cells = []
        for run, _colour, glyphs, pairs in self._runs:
            changed = False
            for slot, at, table, cell in pairs:
                g = table[ord(text[at]) - 48]
                if g != glyphs[slot]:
                    glyphs[slot] = g
                    changed = True
                    cells.append(cell)
            if changed:
                run.setGlyphIndexes(glyphs)
        self.text = text
        self.changed = _merged(cells)
        return True

    def draw(self, p: QPainter, origin: QPointF, colour: QColor) -> None:
        """Draw the runs at `origin` (the layout's position), in `colour` where the text
        has no colour of its own."""
        current = None
        for run, own, _glyphs, _pairs in self._runs:
            want = own if own is not None else colour
            if want is not current:
                p.setPen(want)
                current = want
            p.drawGlyphRun(origin, run)
