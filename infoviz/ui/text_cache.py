"""Short plain texts laid out once per font, shared by everything that draws numbers.

On a drag frame every number on screen changes, and laying a new string out (shaping its
glyphs into a ``QStaticText``) costs about as much as drawing it: 20-50 µs for "0.722 bits"
in the window's fonts, dozens of times a frame. But the strings repeat: a probability
with two decimals has 101 possible texts, and a lecturer drags back and forth over the
same values. So prepared texts are kept by (font, text) and handed out again.

A text from :func:`prepared` is shared: draw it, never change it, and take its size from
:func:`prepared` too, not from ``size()``: Qt lays a static text out again, in place, when
it is drawn on a device of another resolution (an SVG export is 72 dpi), and its
``size()`` would then say that device's size to every item sharing it.
"""
from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QFont, QStaticText, QTransform

#: Texts kept before the cache starts again (a few hundred bytes of glyph positions each).
LIMIT = 4096

_cache: dict = {}


def font_key(font: QFont) -> tuple:
    """What tells two fonts' layouts apart: ``QFont.key()`` leaves out the fallback
    families, kerning and hinting. Compute it once when a font is set."""
    return (font.key(), tuple(font.families()), font.kerning(), font.hintingPreference())


def prepared(text: str, font: QFont, key: tuple) -> tuple[QStaticText, QSizeF]:
    """A ``QStaticText`` of plain one-line `text`, laid out for `font`, and its size.

    Parameters
    ----------
    text : str
    font : QFont
    key : tuple
        ``font_key(font)``, computed once by the caller when its font is set (asking for it
        on every call would cost Qt calls per string).

    Returns
    -------
    static : QStaticText
        Shared with every other caller of the same text and font: do not modify it.
    size : QSizeF
        Its size on screen, as laid out here (see the module's docstring).
    """
    entry = _cache.get((key, text))
    if entry is None:
        if len(_cache) >= LIMIT:
            _cache.clear()  # simpler than LRU; refilling costs one frame's layouts
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), font)
        entry = _cache[(key, text)] = (st, QSizeF(st.size()))
    return entry


def cached_count() -> int:
    """How many prepared texts are kept now (for tests and the soak)."""
    return len(_cache)
