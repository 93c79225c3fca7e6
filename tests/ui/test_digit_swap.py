"""The formula strip redraws a text whose digits changed without laying it out again
(ui/panels/digit_swap.py): what it draws must be exactly what a fresh layout draws, and
it must refuse whenever it could not be."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QImage, QPainter

from infoviz.ui.panels import formula_strip as fs
from infoviz.ui.panels.digit_swap import DigitSwap

from .drag import move, press, release, target


_STATE = ("_swap", "_swap_key", "_swaps", "_seen", "_laid_out", "_layout_obj", "_height")


def _fresh(strip, monkeypatch) -> QImage:
    """The strip as a new layout of its text draws it (no swapping); the strip's own
    state is put back afterwards."""
    import collections

    kept = {name: getattr(strip, name) for name in _STATE}
    with monkeypatch.context() as m:
        m.setattr(fs.DigitSwap, "of", classmethod(lambda cls, *a: None))
        strip._swap = strip._laid_out = None
        strip._swaps, strip._seen = collections.OrderedDict(), {}
        image = strip.grab().toImage()
    for name, value in kept.items():
        setattr(strip, name, value)
    return image


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_strip_during_a_drag_is_what_a_fresh_layout_draws(window, qtbot, monkeypatch, lang):
    window.set_language(lang)
    strip = window.formula_strip
    hist = window.histogram_q
    pos = press(hist, 1)
    kept = 0
    for k, value in enumerate((0.05, 0.08, 0.13, 0.21, 0.34, 0.27, 0.19)):
        move(hist, target(hist, 1, value))
        qtbot.wait(1)
        swap = strip._swap
        shown = strip.grab().toImage()
        if swap is not None and strip._swap is swap and swap.text == fs.layout_text(strip.text())[0]:
            kept += 1
        assert f"{window.state.q[1]:.2f}" in strip.text()
        assert shown == _fresh(strip, monkeypatch), (k, strip.text())
    release(hist, pos)
    assert kept >= 4  # the drag was drawn by swapping digits, not only by new layouts


def _layout(text: str, font: QFont, width: float = 900.0):
    return fs._lay_out(text, [], font, width)[0]


def _image(draw) -> QImage:
    img = QImage(920, 60, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    draw(p)
    p.end()
    return img


def test_swapped_digits_draw_as_the_new_text_laid_out(qtbot):
    from PySide6.QtGui import QColor

    font = QFont()
    font.setPointSize(14)
    before, after = "H = −[0.25·log₂ 0.50] = 1.000 bits", "H = −[0.75·log₂ 0.19] = 3.462 bits"
    swap = DigitSwap.of(_layout(before, font), before, [], lambda t: _layout(t, font))
    assert swap is not None
    assert swap.set_text(after)
    black = QColor("black")
    fresh = _layout(after, font)
    assert _image(lambda p: swap.draw(p, QPointF(0, 0), black)) == \
        _image(lambda p: (p.setPen(black), fresh.draw(p, QPointF(0, 0))))


def test_a_swap_refuses_what_it_cannot_draw_exactly(qtbot):
    font = QFont()
    font.setPointSize(14)
    text = "KL = 0.123 + 4.560"
    assert DigitSwap.of(_layout("no digits here", font), "no digits here", [],
                        lambda t: _layout(t, font)) is None
    bigger = QFont(font)
    bigger.setPointSize(20)  # probes whose glyphs sit elsewhere: as if digits moved them
    assert DigitSwap.of(_layout(text, font), text, [], lambda t: _layout(t, bigger)) is None
    swap = DigitSwap.of(_layout(text, font), text, [], lambda t: _layout(t, font))
    assert swap is not None
    assert not swap.set_text("KL = 0.123 + 4.56")  # another shape
    assert not swap.set_text("KL = 0.123 + 4.5x0")
    assert swap.text == text  # refused: nothing changed
    assert swap.set_text("KL = 9.876 + 5.432") and swap.text == "KL = 9.876 + 5.432"


def test_a_drag_repaints_only_the_strips_changed_digits_and_leaves_it_whole(window, qtbot):
    """A frame whose text differs only in digits repaints the cells of the digits that
    changed; what the window shows afterwards is what a repaint of the whole strip draws."""
    from .screen import Painted, on_screen

    strip = window.formula_strip

    def shown():
        img = on_screen(window)
        at = strip.mapTo(window, strip.rect().topLeft())
        return img.copy(at.x(), at.y(), strip.width(), strip.height())

    exposed = Painted(strip)
    hist = window.histogram_q
    pos = press(hist, 2)
    for value in (0.11, 0.14, 0.18, 0.23, 0.2):
        move(hist, target(hist, 2, value))
        qtbot.wait(1)
        pieces = shown()
        strip.update()
        assert shown() == pieces, value
    release(hist, pos)
    strip.removeEventFilter(exposed)
    whole = strip.width() * strip.height()
    areas = exposed.areas.get("formula_strip", [])
    assert areas and min(areas) < whole / 2  # digits, not the whole strip


def test_the_strip_fits_its_height_again_only_when_its_text_changes_shape(window, qtbot, monkeypatch):
    """A frame that changes only digits keeps the strip's height (no new fit); a text of
    another shape (q's bar dragged to 0: the strip says why the measure is infinite, on a
    line of its own) fits it again, and the whole text shows."""
    from .drag import FAR

    bar = window.formula_strip.parentWidget()
    strip = window.formula_strip
    fits = []
    original = type(bar).fit_height
    monkeypatch.setattr(type(bar), "fit_height", lambda self: (fits.append(1), original(self)))
    hist = window.histogram_q
    pos = press(hist, 1)
    for value in (0.12, 0.15, 0.19):
        move(hist, target(hist, 1, value))
    qtbot.wait(1)
    assert fits == []
    low = strip.height()
    move(hist, hist.point_for(1, 0.0) + type(pos)(0, FAR))  # far below the plot: q(B) = 0
    release(hist, hist.point_for(1, 0.0))
    qtbot.wait(1)
    assert window.state.q[1] == 0.0 and "∞" in strip.text()
    assert fits and strip.height() > low
    assert strip.height() >= bar.strip.height_of(strip.text(), strip.width())


def test_shapes_that_recur_keep_their_glyphs_and_a_passing_one_costs_no_probes(window, monkeypatch):
    """A drag at many bins flips between a few shapes ("0.01", "0.0097"): each recurring
    shape gets its glyphs made once and kept; a shape seen once is only laid out. What
    is drawn is what a fresh layout draws, whichever shape it was kept for."""
    strip = window.formula_strip
    made = []
    original = fs.DigitSwap.of.__func__
    monkeypatch.setattr(fs.DigitSwap, "of", classmethod(
        lambda cls, *a: made.append(1) or original(cls, *a)))
    base = strip.text()
    assert "0.264" in base or any(c.isdigit() for c in base)
    one = base.replace("bits", "bits ", 1) if "bits" in base else base + " "  # another shape
    texts = [base, one, base.replace("0", "1"), one.replace("0", "2"), base.replace("0", "3"),
             one.replace("0", "4"), base.replace("0", "5"), "x" + base]
    width = strip.width()
    for text in texts:
        strip._html = text
        strip._layout(width)
        shown = strip.grab().toImage()
        calls = len(made)
        assert shown == _fresh(strip, monkeypatch)
        del made[calls:]  # (the fresh layout's own call to the patched maker)
    # base's shape and one's were laid out twice before their glyphs were made (once each);
    # later texts of those shapes used them; "x" + base was seen once: laid out only
    assert len(made) == 2
    strip._html = base.replace("0", "7")
    strip._layout(width)
    assert len(made) == 2 and strip._swap is not None
    assert strip.grab().toImage() == _fresh(strip, monkeypatch)


def test_outcome_names_written_with_other_digits_are_never_swapped_for_each_other(window, qtbot, monkeypatch):
    """Only ASCII digits are swapped: outcomes named with fullwidth digits ("１７", "１８")
    in the strip's "∞ because ..." line are laid out anew, never drawn as another name
    (they once matched one kept swap, whose old glyphs stayed on screen)."""
    import numpy as np

    st, strip = window.state, window.formula_strip
    st.set_bins(20)
    n = st.n_bins
    wide = "０１２３４５６７８９"
    for i in range(n):
        st.set_label(i, wide[i // 10] + wide[i % 10])
    st.set_p(np.full(n, 1.0 / n))
    for k in (15, 17, 15, 17, 18, 15):
        q = np.full(n, 1.0 / (n - 1))
        q[k] = 0.0
        st.set_q(q)
        qtbot.wait(1)
        assert st.labels[k] in strip.text()
        assert strip.grab().toImage() == _fresh(strip, monkeypatch), k


def test_a_shape_refused_once_is_not_probed_again(window, monkeypatch):
    """Making a swap costs eleven layouts; a shape whose digits cannot be swapped (another
    font might refuse) is laid out plainly from then on, not probed on every frame."""
    strip = window.formula_strip
    tried = []
    monkeypatch.setattr(fs.DigitSwap, "of", classmethod(lambda cls, *a: tried.append(1)))
    base = strip.text()
    for d in "123456789":
        strip._html = base.replace("0", d)
        strip._layout(strip.width())
        assert strip._swap is None
    assert len(tried) == 1  # at the shape's second sighting, once
