"""ui/text_cache.py: prepared texts shared by (font, text), and the widgets that use it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from infoviz.ui import text_cache
from infoviz.ui.plot_utils import FastText
from infoviz.ui.static_label import StaticLabel


def _font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def test_one_prepared_text_per_font_and_text(qapp):
    small, big = _font(12), _font(30, bold=True)
    a, a_size = text_cache.prepared("0.722 bits", small, text_cache.font_key(small))
    assert text_cache.prepared("0.722 bits", small, text_cache.font_key(small))[0] is a  # laid out once
    b, b_size = text_cache.prepared("0.722 bits", big, text_cache.font_key(big))
    assert b is not a and b.text() == a.text() == "0.722 bits"
    # each laid out in its own font: the sizes are the fonts' own
    for size, font in ((a_size, small), (b_size, big)):
        assert abs(size.width() - QFontMetricsF(font).horizontalAdvance("0.722 bits")) < 1.5
    assert b_size.height() > a_size.height()
    assert a.textFormat() == Qt.TextFormat.PlainText  # "<b>" in a number's text stays text


def test_fonts_alike_but_for_their_fallbacks_do_not_share(qapp):
    """QFont.key() leaves out the fallback families (and kerning, hinting)."""
    a, b = _font(14), _font(14)
    b.setFamilies([*a.families(), "DejaVu Serif"])
    b.setKerning(not a.kerning())
    assert text_cache.font_key(a) != text_cache.font_key(b)


def test_an_svg_export_does_not_change_the_size_items_are_given(qapp, tmp_path):
    """Qt lays a static text out again for a 72-dpi SVG device when it is drawn there: the
    next item handed the same shared text must still get its size on screen."""
    from PySide6.QtCore import QPointF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    font = QFont()
    font.setPointSize(20)
    key = text_cache.font_key(font)
    st, size = text_cache.prepared("0.25", font, key)
    gen = QSvgGenerator()
    gen.setFileName(str(tmp_path / "x.svg"))
    gen.setSize(QSize(200, 100))
    p = QPainter(gen)
    p.setFont(font)
    p.drawStaticText(QPointF(0, 0), st)
    p.end()
    again, again_size = text_cache.prepared("0.25", font, key)
    assert again is st and again_size == size
    item = FastText("0.25")
    item.setFont(font)
    assert abs(item.boundingRect().width() - (size.width() + 2 * FastText.MARGIN)) < 0.01


def test_the_cache_starts_again_at_its_limit(qapp, monkeypatch):
    monkeypatch.setattr(text_cache, "LIMIT", 50)
    monkeypatch.setattr(text_cache, "_cache", {})
    f = _font(12)
    key = text_cache.font_key(f)
    first, _ = text_cache.prepared("0", f, key)
    for k in range(1, 120):
        text_cache.prepared(str(k), f, key)
        assert text_cache.cached_count() <= 50
    again, _ = text_cache.prepared("0", f, key)
    assert again is not first and again.text() == "0"  # laid out anew, still right


def test_items_sharing_a_text_keep_their_own_font_and_text(qapp):
    """Two FastTexts in different fonts with one text, then one changes: neither is
    affected by the other (the shared layouts are never modified)."""
    a, b = FastText("0.50"), FastText("0.50")
    a.setFont(_font(12))
    b.setFont(_font(40))
    assert a.boundingRect().height() < b.boundingRect().height()
    a.setText("0.75")
    assert b.toPlainText() == "0.50" and b._static.text() == "0.50"
    assert a._static.text() == "0.75"


def test_static_label_takes_plain_one_line_text_from_the_cache_but_lays_rich_text_out_itself(qtbot):
    plain = StaticLabel("0.722 bits")
    qtbot.addWidget(plain)
    plain.setFont(_font(20))
    plain.resize(300, 40)
    plain._prepare()
    f = plain.font()
    assert plain._static is text_cache.prepared("0.722 bits", f, text_cache.font_key(f))[0]
    rich = StaticLabel()
    qtbot.addWidget(rich)
    rich.setTextFormat(Qt.TextFormat.RichText)
    rich.setText("<b>0.722</b> bits")
    rich.resize(300, 40)
    rich._prepare()
    assert rich._static is rich._own and rich._static.textFormat() == Qt.TextFormat.RichText
    wrapped = StaticLabel("a long line of words " * 4)
    qtbot.addWidget(wrapped)
    wrapped.setWordWrap(True)
    wrapped.resize(120, 200)
    wrapped._prepare()
    assert wrapped._static is wrapped._own and wrapped._static.textWidth() > 0


def test_static_label_follows_a_new_font_from_set_font_or_a_style_sheet(qtbot):
    """The label keeps its font's key between change events: a new font, by setFont or by
    a style sheet, must still reach the text it draws."""
    label = StaticLabel("0.722 bits")
    qtbot.addWidget(label)
    label.resize(400, 80)
    label.setFont(_font(12))
    small = label._prepare().height()
    label.setFont(_font(30))
    assert label._prepare().height() > small * 2
    label.show()
    qtbot.waitExposed(label)
    label.setStyleSheet("font-size: 9px;")  # applied when Qt polishes the shown label
    qtbot.waitUntil(lambda: label.font().pixelSize() == 9)
    assert label._prepare().height() < small
    assert label._static.text() == "0.722 bits"


def test_static_label_follows_its_colour_and_alignment(qtbot):
    """The label keeps its alignment and text colour between change events: a style sheet
    colour (the readouts turn a note red for ∞) and setAlignment must still reach what it
    draws."""
    from PySide6.QtGui import QColor

    label = StaticLabel("0.722 bits")
    qtbot.addWidget(label)
    label.setFont(_font(24, bold=True))
    label.setFixedSize(400, 40)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.show()
    qtbot.waitExposed(label)

    def ink():
        img = label.grab().toImage()
        cols = {}
        for x in range(0, img.width(), 2):
            for y in range(0, img.height(), 2):
                c = QColor(img.pixel(x, y))
                if c.saturation() > 150 and c.value() > 120:
                    cols.setdefault("red" if c.red() > c.blue() else "blue", []).append(x)
        return cols

    label.setStyleSheet("color: #ff0000; background: white;")
    qtbot.waitUntil(lambda: "red" in ink())
    assert "blue" not in ink() and max(ink()["red"]) < 200  # on the left
    label.setStyleSheet("color: #0000ff; background: white;")
    qtbot.waitUntil(lambda: "blue" in ink())
    assert "red" not in ink()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert min(ink()["blue"]) > 200  # now on the right


def test_static_label_follows_its_window_becoming_inactive_with_a_palette_that_differs(qtbot):
    """A window's activation changes the colour group with no change event to the label:
    where the palette's active and inactive text colours differ, it must still draw the
    colour of the group it is in."""
    from PySide6.QtGui import QColor, QPalette

    label = StaticLabel("0.722 bits")
    qtbot.addWidget(label)
    label.setFont(_font(24, bold=True))
    label.setFixedSize(300, 40)
    pal = label.palette()
    pal.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor("#00c000"))
    pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, QColor("#0000ff"))
    label.setPalette(pal)
    label._prepare()
    h, v, kept, ground = label._looks()
    assert ground is None  # not opaque: the parent paints under it
    assert kept is None  # not kept: looked up at every paint
    label.setStyleSheet("color: #ff0000;")  # a sheet colour is the same in every group
    label.ensurePolished()
    assert label._looks()[2] == QColor("#ff0000")


def test_static_label_hands_the_qlabel_a_text_of_a_new_shape_even_after_being_selectable(qtbot):
    """The QLabel holds the last text of each new shape (its size hints follow it); a
    text of the shape it holds is only painted. Selection hands it the current text, and
    the shape it then holds is that one's."""
    from PySide6.QtWidgets import QLabel

    label = StaticLabel("0.1")
    qtbot.addWidget(label)
    label.resize(200, 40)
    label.show()
    qtbot.waitExposed(label)
    label.setText("0.2")
    assert QLabel.text(label) == "0.1" and label.text() == "0.2"  # same shape: painted only
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    assert QLabel.text(label) == "0.2"
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    narrow = label.sizeHint().width()
    label.setText("12.345")  # another shape: the QLabel takes it, and its size hint grows
    assert QLabel.text(label) == "12.345"
    assert label.sizeHint().width() > narrow
    label.setText("98.765")  # that shape again
    assert QLabel.text(label) == "12.345" and label.text() == "98.765"
