"""Short plain texts laid out once per font, shared by everything that draws numbers.

On a drag frame every number on screen changes, and laying a new string out (shaping its
glyphs into a ``QStaticText``) costs about as much as drawing it: 20-50 µs for "0.722 bits"
in the window's fonts, dozens of times a frame. But the strings repeat: a probability
with two decimals has 101 possible texts, and a lecturer drags back and forth over the
same values. So prepared texts are kept by (font, text) and handed out again.

A text from :func:`prepared` is shared: draw it, read its ``size()``, never change it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStaticText, QTransform

#: Texts kept before the cache starts again (a few hundred bytes of glyph positions each).
LIMIT = 4096

_cache: dict = {}


def prepared(text: str, font: QFont, font_key: str) -> QStaticText:
    """A ``QStaticText`` of plain one-line `text`, laid out for `font`.

    Parameters
    ----------
    text : str
    font : QFont
    font_key : str
        ``font.key()``, computed once by the caller when its font is set (asking for it on
        every call would cost a Qt call per string).

    Returns
    -------
    QStaticText
        Shared with every other caller of the same text and font: do not modify it.
    """
    key = (font_key, text)
    st = _cache.get(key)
    if st is None:
        if len(_cache) >= LIMIT:
            _cache.clear()  # simpler than LRU; refilling costs one frame's layouts
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), font)
        _cache[key] = st
    return st


def cached_count() -> int:
    """How many prepared texts are kept now (for tests and the soak)."""
    return len(_cache)
