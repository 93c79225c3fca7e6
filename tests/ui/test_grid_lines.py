"""The histograms' grid (ui/grid_lines.py): drawn by its own item under the bars, at the
left axis's ticks, so that the axis stays the size of its labels and a drag never
repaints it."""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor


def _row(hist, y: float) -> int:
    """The viewport pixel row of data value `y`."""
    return hist.mapFromScene(hist.vb.mapViewToScene(QPointF(0.0, y))).y()


def _column(hist, x: float) -> int:
    return hist.mapFromScene(hist.vb.mapViewToScene(QPointF(x, 0.0))).x()


def _grey(img, x: int, y: int) -> int:
    return QColor(img.pixel(x, y)).lightness()


def _line(img, x: int, y: int, background: int) -> int:
    """How far from the background the pixel at (x, y), or one above or below it, is: a
    one-pixel line lands on the row its value rounds to or the next one."""
    return max(abs(_grey(img, x, r) - background) for r in (y - 1, y, y + 1))


def _white_plot(qtbot, x: bool, y: bool, colour: str = "#000000", alpha: float = 1.0,
                x_ticks=None, y_ticks=None):
    """A bare white 400x300 plot, x 0..10 and y 0..1, with our grid on the axes asked for
    (in `colour` at `alpha`) and those axes' ticks set by hand; shown. (plot, [grids])."""
    import pyqtgraph as pg

    from infoviz.ui.grid_lines import show_grid

    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.setBackground("w")
    w.setXRange(0, 10, padding=0)
    w.setYRange(0, 1, padding=0)
    w.resize(400, 300)
    grids = show_grid(w.getPlotItem(), x=x, y=y)
    for name, ticks in (("bottom", x_ticks), ("left", y_ticks)):
        if ticks is not None:
            w.getPlotItem().getAxis(name).setTicks(ticks)
    for grid in grids:
        grid.set_style(colour, alpha)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    return w, grids


def test_the_axis_draws_no_grid_and_stays_beside_the_plot(window):
    for hist in (window.histogram_p, window.histogram_q):
        axis = hist.getPlotItem().getAxis("left")
        assert axis.grid is False
        axis_right = axis.mapRectToScene(axis.boundingRect()).right()
        plot_left = hist.vb.mapRectToScene(hist.vb.boundingRect()).left()
        assert axis_right <= plot_left + 1  # not over the bars: a drag does not dirty it


def test_grid_lines_at_the_ticks_under_the_bars_in_both_themes(window, qtbot):
    hist = window.histogram_p
    n = window.state.n_bins
    for mode in ("normal", "projector"):
        if mode == "projector":
            window.actions_by_name["projector"].trigger()
            qtbot.wait(20)
        img = hist.viewport().grab().toImage()
        background = QColor(hist.theme.background).lightness()
        right_gap = _column(hist, n - 0.45)  # right of the last bar, left of the view's edge
        on_tick, between = _row(hist, 1.0), _row(hist, 1.01)
        # a faint line at the major tick 1.0, nothing between ticks
        assert _line(img, right_gap, on_tick, background) > 20, mode
        assert _grey(img, right_gap, between) == background, mode
        # the line runs across the whole plot, from left of the first bar
        assert _line(img, _column(hist, -0.5), on_tick, background) == _line(img, right_gap, on_tick, background)
        # under the bars: the tallest bar's fill is unbroken at a tick inside it
        tallest = int(window.state.p.argmax())
        fill = {_grey(img, _column(hist, tallest), _row(hist, y)) for y in (0.05, 0.1, 0.15)}
        assert len(fill) == 1, (mode, fill)


def test_grid_follows_the_number_of_bins(window, qtbot):
    hist = window.histogram_q
    window.state.set_bins(12)
    qtbot.wait(20)
    img = hist.viewport().grab().toImage()
    background = QColor(hist.theme.background).lightness()
    assert _line(img, _column(hist, 11.55), _row(hist, 1.0), background) > 20
    assert hist.grid.boundingRect() == hist.vb.viewRect()


def test_every_plot_grid_is_ours_and_follows_the_theme(window, qtbot):
    """No axis draws pyqtgraph's grid (the panels' plots included), and the grids take
    the theme's colour and opacity when it changes."""
    import pyqtgraph as pg

    from infoviz.ui import grid_lines
    from infoviz.ui.theme import NORMAL, PROJECTOR

    for name in ("panel_information", "panel_loss", "panel_softmax", "panel_sampling"):
        window.show_panel(name)
    qtbot.wait(20)
    for theme in (NORMAL, PROJECTOR):
        if theme is PROJECTOR:
            window.actions_by_name["projector"].trigger()
            qtbot.wait(20)
        grids = 0
        for plot in window.findChildren(pg.PlotWidget):
            pi = plot.getPlotItem()
            assert all(a["item"].grid is False for a in pi.axes.values()), plot.objectName()
            for grid in grid_lines._GRIDS.get(pi, ()):
                grids += 1
                assert grid._color == QColor(theme.foreground) and grid._alpha == theme.grid_alpha
        assert grids >= 8


def test_grid_follows_ticks_set_by_hand(qtbot):
    """An axis given its own ticks (setTicks) moves its grid lines there at once."""
    w, _grids = _white_plot(qtbot, x=True, y=False)

    def column(v):
        return w.mapFromScene(w.getPlotItem().vb.mapViewToScene(QPointF(v, 0.5))).x()

    def dark_columns():
        img = w.viewport().grab().toImage()
        y = w.mapFromScene(w.getPlotItem().vb.mapViewToScene(QPointF(0, 0.5))).y()
        inside = range(column(1.0), column(9.5))  # away from the axis at the left edge
        return {x for x in inside if QColor(img.pixel(x, y)).lightness() < 200}

    w.getPlotItem().getAxis("bottom").setTicks([[(3.0, "three"), (7.0, "seven")]])
    qtbot.wait(20)
    cols = dark_columns()
    assert cols and all(min(abs(c - column(3.0)), abs(c - column(7.0))) <= 1 for c in cols), cols
    w.getPlotItem().getAxis("bottom").setTicks([[(5.0, "five")]])
    w.getPlotItem().getAxis("bottom").update()
    qtbot.wait(20)
    cols = dark_columns()
    assert cols and all(abs(c - column(5.0)) <= 1 for c in cols), cols


def test_vertical_lines_are_opaque_but_look_translucent(qtbot):
    """Vertical grid lines are filled in the colour their translucent colour gives over
    the view's background (a translucent one-pixel column costs the raster engine a blend
    call per row): on screen they look as translucent lines do, the horizontal ones
    still blend over them, and over a background that is not one opaque colour they stay
    translucent."""
    import pyqtgraph as pg

    w, (vertical, horizontal) = _white_plot(qtbot, x=True, y=True, alpha=0.5,
                                            x_ticks=[[(5.0, "five")]], y_ticks=[[(0.5, "half")]])
    vb = w.getPlotItem().vb

    def at(x, y):
        return w.mapFromScene(vb.mapViewToScene(QPointF(x, y)))

    def darkest(img, points):
        return min(QColor(img.pixel(p.x() + dx, p.y() + dy)).lightness()
                   for p in points for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    img = w.viewport().grab().toImage()
    on_vertical = darkest(img, [at(5.0, 0.2)])
    on_horizontal = darkest(img, [at(2.0, 0.5)])
    crossing = darkest(img, [at(5.0, 0.5)])
    assert abs(on_vertical - 128) <= 2 and abs(on_horizontal - 128) <= 2, (on_vertical, on_horizontal)
    assert abs(crossing - 64) <= 3, crossing  # the horizontal line blends over the vertical one
    assert all(brush.color().alpha() == 255 for brush, *_ in vertical._lines[2])
    assert all(brush.color().alpha() < 255 for brush, *_ in horizontal._lines[2])

    w.setBackgroundBrush(pg.QtGui.QBrush(pg.QtGui.QColor("w"), pg.QtCore.Qt.BrushStyle.Dense4Pattern))
    w.viewport().update()
    qtbot.wait(20)
    w.viewport().grab()
    assert all(brush.color().alpha() < 255 for brush, *_ in vertical._lines[2])


def test_two_ticks_on_one_pixel_column_still_blend(qtbot):
    """Where two tick levels (or two ticks of one level) fall on the same pixel column,
    the vertical lines keep their translucent colours: the column is as dark as two
    blended lines, not overwritten by the fainter one (a crowded log axis in a narrow dock)."""
    def column_lightness(minor):
        w, _grids = _white_plot(qtbot, x=True, y=False, alpha=0.6,
                                x_ticks=[[(5.0, "five")], [(v, "") for v in minor]])
        img = w.viewport().grab().toImage()
        at = w.mapFromScene(w.getPlotItem().vb.mapViewToScene(QPointF(5.0, 0.5)))
        return min(QColor(img.pixel(at.x() + dx, at.y())).lightness() for dx in (-1, 0, 1))

    alone = column_lightness([2.0])
    doubled = column_lightness([2.0, 5.0])  # a minor tick on the major one
    assert doubled < alone - 5, (alone, doubled)
