"""Teaching panels stacked in one column of docks: plots keep a readable height, and a
panel too tall for its dock scrolls rather than laying its widgets over one another.

Real input: docks are arranged as a lecturer's drag would leave them (QMainWindow's own
split), the scroll is a real wheel event, the clicker a real key press.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QSlider, QWidget  # noqa: E402

from infoviz.ui.theme import NORMAL, PROJECTOR  # noqa: E402

COLUMN = ("panel_information", "panel_loss", "panel_softmax")


@pytest.fixture
def win(window, qtbot):
    """The shared main window (tests/ui/conftest.py) at 1600x1000."""
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600, timeout=3000)
    return window


def stack(qtbot, win, names):
    """The docks of `names` out of their tab group, one above the other on the right."""
    docks = [win.docks[n] for n in names]
    for name in names:
        win.show_panel(name)
    for dock in docks:
        win.removeDockWidget(dock)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks[0])
    for above, dock in zip(docks, docks[1:]):
        win.splitDockWidget(above, dock, Qt.Orientation.Vertical)
    for dock in docks:
        dock.show()
    win.resizeDocks(docks, [win.height() // len(docks)] * len(docks), Qt.Orientation.Vertical)

    def settled():  # every panel shown and fitted to its dock
        return all(win.panels[n].isVisible() and scroller(win, n).viewport().width() > 0
                   and win.panels[n].height() >= scroller(win, n).least_height(win.panels[n].width())
                   for n in names)

    qtbot.waitUntil(settled, timeout=3000)
    QApplication.processEvents()


def scroller(win, name):
    return win.findChild(QWidget, f"scroll_{name}")


def layout_rows_overlap(panel) -> list:
    """Pairs of the panel's top-level layout rows whose rectangles intersect."""
    lay = panel.layout()
    rects = [lay.itemAt(i).geometry() for i in range(lay.count())]
    rects = [r for r in rects if r.height() > 0 and r.width() > 0]
    return [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]


@pytest.mark.parametrize("theme", [NORMAL, PROJECTOR], ids=["normal", "projector"])
def test_stacked_panels_keep_readable_plots_and_never_overlap(qtbot, win, theme):
    import pyqtgraph as pg

    from infoviz.ui.plot_utils import readable_plot_height

    win.apply_theme(theme)
    stack(qtbot, win, COLUMN)
    least = readable_plot_height(theme)
    # the panels' own layouts follow their new sizes from the event loop
    qtbot.waitUntil(lambda: all(layout_rows_overlap(win.panels[n]) == [] for n in COLUMN), timeout=3000)
    scrolled = 0
    for name in COLUMN:
        panel = win.panels[name]
        box = scroller(win, name)
        assert box is not None and box.widget() is panel
        plots = panel.findChildren(pg.PlotWidget)
        assert plots, name
        for plot in plots:
            assert plot.height() >= least, (name, plot.objectName(), plot.height(), least)
        assert layout_rows_overlap(panel) == [], name
        assert panel.height() >= box.least_height(panel.width())
        if panel.height() > box.viewport().height():
            scrolled += 1
            assert box.verticalScrollBar().isVisible(), name
            assert box.verticalScrollBar().maximum() > 0
    if theme is PROJECTOR:  # large type: three panels in 1000 px cannot all fit
        assert scrolled >= 1


def test_a_panel_with_room_fills_its_dock_and_does_not_scroll(qtbot, win):
    win.show_panel("panel_loss")
    qtbot.wait(20)
    box = scroller(win, "panel_loss")
    panel = win.panels["panel_loss"]
    qtbot.waitUntil(lambda: panel.size() == box.viewport().size(), timeout=2000)
    assert not box.verticalScrollBar().isVisible()
    assert not box.horizontalScrollBar().isVisible()


def test_the_wheel_scrolls_a_squeezed_panel_and_the_clicker_still_steps(qtbot, win):
    win.apply_theme(PROJECTOR)
    stack(qtbot, win, COLUMN)
    def scrolling():  # the panels that scroll and have a control to focus
        return [n for n in COLUMN if win.panels[n].height() > scroller(win, n).viewport().height()
                and win.panels[n].findChild(QSlider) is not None]

    qtbot.waitUntil(lambda: bool(scrolling()), timeout=3000)
    name = scrolling()[0]
    box, panel = scroller(win, name), win.panels[name]
    vp = box.viewport()
    centre = QPointF(vp.width() / 2, vp.height() / 2)
    # (a wheel over a caption or plot reaches the scroll area's viewport the same way: the
    # children under the pointer ignore it)
    QApplication.sendEvent(vp, QWheelEvent(
        centre, QPointF(vp.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    qtbot.waitUntil(lambda: box.verticalScrollBar().value() > 0, timeout=2000)
    assert panel.pos().y() < 0  # the panel moved up inside its dock

    # PageDown, with a control of the scrolled panel focused, is still the clicker's
    lesson = win.panels["panel_lesson"]
    before = lesson.index
    slider = panel.findChild(QSlider)
    assert slider is not None
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus, timeout=2000)
    value = box.verticalScrollBar().value()
    QTest.keyClick(slider, Qt.Key.Key_PageDown)
    assert lesson.index == before + 1
    assert box.verticalScrollBar().value() == value


def test_the_lesson_keeps_its_height_and_its_caption_in_sight(qtbot, win):
    """The lesson panel does not scroll: its caption is what students read, so its dock
    holds the panel's height beside an open panel, and the whole caption shows."""
    from PySide6.QtWidgets import QLabel

    win.resize(1920, 1080)
    win.show_panel("panel_information")
    for _ in range(5):
        QTest.keyClick(win.histogram_q, Qt.Key.Key_PageDown)  # the clicker
    lesson = win.panels["panel_lesson"]
    qtbot.waitUntil(lambda: lesson.index == 4 and lesson.isVisible(), timeout=3000)
    qtbot.wait(50)
    assert scroller(win, "panel_lesson") is None
    caption = lesson.findChild(QLabel, "lesson_caption")
    assert caption.text()
    qtbot.waitUntil(lambda: caption.visibleRegion().boundingRect() == caption.rect(), timeout=3000)


def test_a_narrowed_dock_scrolls_the_panel_sideways_instead_of_crushing_it(qtbot, win):
    """Dragged narrower than its panel, a dock keeps the panel at its minimum width and
    scrolls it sideways: nothing is laid over anything, and the rest is a scroll away."""
    name = "panel_information"
    win.show_panel(name)
    panel, box = win.panels[name], scroller(win, name)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.layout() is not None and panel.layout().count() > 0,
                    timeout=3000)
    win.resizeDocks([win.docks[name]], [10], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: box.width() < panel.minimumSizeHint().width(), timeout=3000)
    assert panel.width() >= panel.minimumSizeHint().width()
    bar = box.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=3000)
    assert bar.maximum() == panel.width() - box.viewport().width()
    bar.setValue(bar.maximum())  # the panel's right edge comes into view
    right = panel.mapTo(box.viewport(), QPoint(panel.width() - 1, 0)).x()
    assert right == box.viewport().width() - 1


def test_projector_type_with_a_panel_open_leaves_the_readouts_their_room(qtbot, win):
    """Projector mode in a 1440x900 window with two panels open: the dock gives way (its
    panel scrolls) and the window's readouts keep their minimum width, no value laid over
    its neighbour."""
    win.resize(1440, 900)
    qtbot.waitUntil(lambda: win.width() == 1440, timeout=3000)
    for name in ("panel_softmax", "panel_sampling"):
        win.show_panel(name)
    for on in (True, False, True):  # lecturers toggle it; the second time must hold too
        win.set_projector(on, fullscreen=False)
        qtbot.wait(50)
        ro = win.readouts
        qtbot.waitUntil(lambda: ro.width() >= ro.minimumSizeHint().width(), timeout=3000)
        for key in ro.values:
            value, extra, name = ro.values[key], ro.extras[key], ro.names[key]
            assert not value.geometry().intersects(extra.geometry()), (on, key)
            assert not value.geometry().intersects(name.geometry()), (on, key)


def test_the_wheel_over_an_unfocused_control_scrolls_the_panel(qtbot, win):
    win.apply_theme(PROJECTOR)
    stack(qtbot, win, COLUMN)
    name = "panel_softmax"  # its temperature and smoothing sliders
    box, panel = scroller(win, name), win.panels[name]
    qtbot.waitUntil(lambda: box.verticalScrollBar().maximum() > 0, timeout=3000)
    slider = panel.findChild(QSlider)
    value = slider.value()
    centre = QPointF(slider.width() / 2, slider.height() / 2)

    def wheel():
        QApplication.sendEvent(slider, QWheelEvent(
            centre, QPointF(slider.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))

    wheel()
    assert box.verticalScrollBar().value() > 0
    assert slider.value() == value  # the temperature did not move
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus, timeout=2000)
    scrolled = box.verticalScrollBar().value()
    wheel()
    assert slider.value() != value  # focused: the wheel is the slider's
    assert box.verticalScrollBar().value() == scrolled


@pytest.mark.parametrize("name", ["panel_fit", "panel_continuous", "panel_sampling"])
def test_every_panels_plots_get_the_readable_height(qtbot, win, name):
    import pyqtgraph as pg

    from infoviz.ui.plot_utils import readable_plot_height

    panel = win.show_panel(name)
    qtbot.waitUntil(lambda: panel.isVisible() and bool(panel.findChildren(pg.PlotWidget)), timeout=3000)
    least = readable_plot_height(win.theme)
    assert all(plot.minimumHeight() == least for plot in panel.findChildren(pg.PlotWidget))


def _title_boxes(win):
    """(plot name, the shown title's text, its item's scene width, the plot's width, the
    full title) for every plot on screen."""
    import pyqtgraph as pg

    out = []
    for plot in win.findChildren(pg.PlotWidget):
        if not plot.isVisible() or plot.viewport().visibleRegion().isEmpty():
            continue
        pi = plot.getPlotItem()
        label = pi.titleLabel
        if not label.isVisible() or not label.text:
            continue
        shown = label.item.toPlainText()
        width = label.item.mapRectToScene(label.item.boundingRect()).width()
        out.append((plot.objectName(), shown, width, pi.width(), label.text))
    return out


def test_a_title_too_wide_for_its_plot_is_set_smaller_or_shortened_not_cut(qtbot, win):
    """Projector type at 1920x1080 beside a panel: every plot's title fits inside its plot
    (smaller, or ending in "…"), and the plot still knows its whole title. At 1920x1080 in
    normal type with no panel open, no title is touched."""
    import re

    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.width() == 1920, timeout=3000)
    qtbot.wait(50)
    normal = _title_boxes(win)
    assert len(normal) >= 5
    for name, shown, width, room, full in normal:
        assert "…" not in shown and width <= room, name
        plain = re.sub(r"<[^>]*>", "", full).replace("&amp;", "&")
        assert shown.split() == plain.split(), name  # (rich text collapses runs of spaces)
    win.show_panel("panel_softmax")
    win.set_projector(True, fullscreen=False)
    qtbot.wait(100)
    crowded = _title_boxes(win)
    assert len(crowded) >= 6
    for name, shown, width, room, full in crowded:
        assert width <= room, (name, shown, width, room)
    q = win.histogram_q.getPlotItem().titleLabel
    assert q.text == "q — model (predicted) distribution"
    assert q.item.toPlainText() != q.text  # it did not fit as it was
    win.set_projector(False, fullscreen=False)
    qtbot.wait(100)
    assert win.histogram_q.getPlotItem().titleLabel.item.toPlainText() == "q — model (predicted) distribution"


def test_the_two_histograms_titles_keep_one_size(qtbot, win):
    """Where q's longer title must be set smaller to fit (projector type beside a panel),
    p's is set at the same size, not left larger as if more important; with room for both
    (normal type, no panel) both are back at the size asked for."""
    import re

    def sizes():  # the point size each title is set at (in its rich text)
        return [float(re.findall(r"font-size:\s*([0-9.]+)pt", h.getPlotItem().titleLabel.item.toHtml())[-1])
                for h in (win.histogram_p, win.histogram_q)]

    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.width() == 1920, timeout=3000)
    qtbot.wait(50)
    roomy = sizes()
    assert roomy[0] == roomy[1]
    win.show_panel("panel_softmax")
    win.set_projector(True, fullscreen=False)
    qtbot.wait(100)
    crowded = sizes()
    asked = float(win.histogram_p.getPlotItem().titleLabel.opts["size"][:-2])
    assert crowded[0] == crowded[1] < asked  # q's did not fit at the size asked for
    for h in (win.histogram_p, win.histogram_q):
        label = h.getPlotItem().titleLabel
        assert label.item.boundingRect().width() <= label.width()
    assert win.histogram_p.getPlotItem().titleLabel.item.toPlainText() == "p — true distribution"
    win.set_projector(False, fullscreen=False)
    win.hide_panels()
    qtbot.wait(100)
    assert sizes() == roomy


def test_projector_type_with_a_lesson_docked_keeps_every_readout_whole(qtbot, win):
    """1440x900, projector type, the lesson docked under the window beside the formula
    strip: the rows of numbers keep at least their least height (they had squeezed until
    each row hid the bottom of the digits above it), and every plot still shown under them
    has a height at which it reads: the drag history, then the per-outcome terms, give way
    (the H + KL stack stays), and come back when the lesson is closed."""
    from infoviz.ui.plot_utils import readable_plot_height

    def check():
        ro = win.readouts
        assert ro.height() >= ro.minimumSizeHint().height()
        tops = [ro.values[k].geometry().top() for k in ro.values]
        row = max(label.height() for label in ro.values.values()) * ro.ROW_SHARE
        assert all(b - a >= row - 1 for a, b in zip(tops, tops[1:])), tops
        assert ro.values[list(ro.values)[-1]].geometry().top() + row <= ro.height() + 1
        shown = win.right_column.shown()
        assert win.measures_plot in shown
        for plot in shown:
            assert plot.height() >= readable_plot_height(win.theme) - 1, plot.objectName()
        return shown

    win.resize(1440, 900)
    qtbot.waitUntil(lambda: win.height() == 900, timeout=3000)
    qtbot.wait(50)
    assert len(check()) == 3  # normal type: room for every plot
    win.panels["panel_lesson"].reveal()
    win.show_panel("panel_information")
    win.set_projector(True, fullscreen=False)
    qtbot.wait(100)
    assert win.history_plot not in check()
    win.docks["panel_lesson"].hide()
    win.set_projector(False, fullscreen=False)
    qtbot.wait(100)
    assert len(check()) == 3


def test_a_projected_lesson_shows_every_step_title_whole(qtbot, win):
    """Projector type, the lesson docked at 1920x1080 beside the formula strip: the step
    title read "Information…" beside the controls. The titles now take a row of their own
    when the lesson's longest step title would not fit beside them (for every step, so the
    dock keeps its height), and share the controls' row when it does (the lesson alone
    along the bottom, normal type)."""
    lesson = win.panels["panel_lesson"]

    def rows():
        return lesson.step_title.geometry().bottom() < lesson.steps_box.geometry().top()

    def every_title_whole():
        for _ in range(lesson.n_steps):
            title = lesson.step_title
            assert title.text() == title.full_text(), (title.text(), title.full_text())
            lesson.step_by(+1)
            qtbot.wait(10)
        lesson.step_by(-lesson.n_steps)

    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.width() == 1920, timeout=3000)
    lesson.reveal()
    lesson.step_by(+1)
    win.formula_dock.hide()  # the lesson alone along the bottom: room for one row
    qtbot.wait(150)
    assert lesson.width() > 1800
    assert not rows()
    every_title_whole()
    win.formula_dock.show()  # beside the strip, in projector type: the titles go above
    win.set_projector(True, fullscreen=False)
    qtbot.wait(150)
    assert rows()
    every_title_whole()
    height = lesson.height()
    lesson.step_by(+3)
    qtbot.wait(50)
    assert lesson.height() == height  # no jump from step to step
    win.set_projector(False, fullscreen=False)
    win.formula_dock.hide()
    qtbot.wait(150)
    assert not rows()


def test_a_shortened_rich_title_keeps_its_markup_whole():
    """A coloured title is cut between characters, never inside a tag or an entity, and
    its open tags are closed after the ellipsis."""
    from infoviz.ui.plot_utils import _cut_markup, _visible_length

    title = "per outcome: <span style='color:#56B4E9'>−p log q</span> &amp; <span style='color:#CC79A7'>p</span>"
    assert _visible_length(title) == len("per outcome: −p log q & p")
    assert _cut_markup(title, 16) == "per outcome: <span style='color:#56B4E9'>−p…</span>"
    assert _cut_markup(title, 23) == "per outcome: <span style='color:#56B4E9'>−p log q</span> &amp;…"
    assert _cut_markup("<h1>abc</h1>def", 2) == "<h1>ab…</h1>"
    assert _cut_markup("a<br>b", 2) == "a<br>b…"


def test_projector_type_paints_the_gaps_between_docks_black(qtbot, win):
    """With a lesson docked beside the formula strip, the strip's dock is shorter than
    the lesson's: the window's own area under it was the platform's light grey across the
    projected black. In projector type every pixel of the window's own area (no child
    there) is the theme's background; in normal type the window is left as Qt paints it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor

    win.resize(1440, 900)
    qtbot.waitUntil(lambda: win.height() == 900, timeout=3000)
    win.panels["panel_lesson"].reveal()
    win.set_projector(True, fullscreen=False)
    qtbot.wait(100)
    img = win.grab().toImage()
    gaps = [QPoint(x, y) for y in range(0, win.height(), 7) for x in range(0, win.width(), 7)
            if win.childAt(QPoint(x, y)) is None]
    assert gaps, "no gap to check in this layout"
    assert all(QColor(img.pixel(pt)) == QColor(win.theme.background) for pt in gaps)
