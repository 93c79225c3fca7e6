"""The window a lecturer projects: two draggable histograms and the measures, live."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QSizePolicy, QSplitter, QVBoxLayout,
                               QWidget)

from ..model import NUDGE_LARGE, NUDGE_SMALL
from ..state import AppState
from . import resources
from . import settings as cfg
from .banner import Banner
from .contributions_plot import ContributionsPlot
from .files import FileActions
from .help_overlay import HelpOverlay
from .toolbar import MainToolBar
from .histogram import HistogramWidget
from .history_plot import HistoryPlot
from .measures_plot import MeasuresPlot
from .readouts import ReadoutPanel
from .repaint import RepaintCoalescer
from .theme import NORMAL, PROJECTOR, Theme
from .column import PriorityColumn
from .plot_utils import keep_plots_readable, readable_plot_height, same_title_size
from .value_editor import ValueEditor
from .guard import NOT_HANDLED, contained

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

MIN_SIZE = QSize(1180, 720)


class MainWindow(QMainWindow):
    """The main window.

    Parameters
    ----------
    state : AppState, optional
        The session to show; a new one (default preset) is made when None.

    Attributes
    ----------
    state : AppState
    histogram_p, histogram_q : HistogramWidget
    readouts : ReadoutPanel
    """

    projector_changed = Signal(bool)
    language_changed = Signal(str)

    def __init__(self, state: AppState | None = None, parent=None):
        super().__init__(parent)
        self.state = state if state is not None else AppState(self)
        self.theme: Theme = NORMAL
        self.language = "en"
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(resources.icon_path())))
        self.setMinimumSize(MIN_SIZE)
        # No dock animations: they cost frames, and each show/tabify left a
        # QPropertyAnimation behind (the soak counted them growing).
        self.setAnimated(False)
        self.resize(1440, 900)

        self.histogram_p = HistogramWidget("p")
        self.histogram_q = HistogramWidget("q")
        # one title size for both: q's longer title alone would be set smaller than p's
        same_title_size(self.histogram_p.getPlotItem(), self.histogram_q.getPlotItem())
        self.readouts = ReadoutPanel()
        self.measures_plot = MeasuresPlot()
        self.contributions_plot = ContributionsPlot()
        self.history_plot = HistoryPlot()
        self.value_editor = ValueEditor(self.state)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        # When a long caption needs more lines than fit, its start stays readable.
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._build_layout()

        for hist in (self.histogram_p, self.histogram_q):
            self._connect_histogram(hist)
        # One repaint of the window per state change, not one per plot (see repaint.py).
        self.repaints = RepaintCoalescer(self)
        self.state.changed.connect(self.redraw)
        self.state.selection_changed.connect(self._redraw_selection)
        self.state.drag_started.connect(self._on_drag_started)
        self.state.drag_finished.connect(lambda _w: self.redraw())

        self.panels: dict = {}
        self.docks: dict = {}
        self._build_panels()
        self.files = FileActions(self)
        from .menus import build_menus  # here, not at import: menus import this module's peers
        self.actions_by_name = build_menus(self)
        self.toolbar = MainToolBar(self)
        self.toolbar.add_actions(self.actions_by_name, ("swap", "copy_pq", "copy_qp", "reset", "randomise",
                                                        "undo", "redo", "projector"))
        self.addToolBar(self.toolbar)
        from .panels.lesson import install_lesson
        install_lesson(self)  # window.open_lesson, File > Open lesson…, PageDown/PageUp clicker
        from .panels.formula_strip import install_formula_strip
        install_formula_strip(self)  # the selected measure's formula with today's numbers
        self.help_overlay = HelpOverlay(self)
        self.setAcceptDrops(True)
        self.rebuild_recent_menu()
        self.apply_theme(NORMAL)
        self.retranslate()
        self.redraw()

    # -- layout ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(4, 4, 4, 4)
        lv.addWidget(self.caption)
        lv.addWidget(self.histogram_p, 1)
        lv.addWidget(self.histogram_q, 1)
        lv.addWidget(self.value_editor)
        right = self.right_column = PriorityColumn()
        right.setObjectName("right_splitter")
        self.readouts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for w, stretch in ((self.readouts, 0), (self.measures_plot, 3), (self.contributions_plot, 2),
                           (self.history_plot, 1)):
            right.addWidget(w)
            right.setStretchFactor(right.count() - 1, stretch)
        # Short of room, the drag history goes first, then the per-outcome terms; the
        # readouts and the H(p,q) = H(p) + KL stack always stay.
        right.give_way_in((self.history_plot, self.contributions_plot))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main_splitter")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        central = QWidget()
        cv = QVBoxLayout(central)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(0)
        self.banner = Banner()
        cv.addWidget(self.banner)
        cv.addWidget(split, 1)
        self.setCentralWidget(central)

    def _build_panels(self) -> None:
        """One dock per teaching panel, tabbed together on the right, hidden at start."""
        from .panels import PANELS, load_panel_class
        from .table_editor import TableEditor
        for name, module, cls, title in PANELS:
            self._add_dock(name, load_panel_class(module, cls)(self), title)
        self._add_dock("table_editor", TableEditor(self), QT_TRANSLATE_NOOP("Panels", "Table of values"))

    def _add_dock(self, name: str, panel: QWidget, title: str) -> None:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setProperty("source_text", title)
        from .panels.base import Panel
        from .panels.scroller import PanelScroller
        # A teaching panel scrolls in a dock too short for it rather than being squeezed.
        dock.setWidget(PanelScroller(panel) if isinstance(panel, Panel) and panel.scrolls else panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if self.docks:
            self.tabifyDockWidget(list(self.docks.values())[-1], dock)
        dock.hide()
        if hasattr(panel, "exposure_changed"):
            dock.visibilityChanged.connect(panel.exposure_changed)  # tab switches
        self.panels[name], self.docks[name] = panel, dock

    def show_panel(self, name: str) -> QWidget:
        """Bring the panel with objectName `name` into view and return it."""
        if name not in self.docks:
            raise ValueError(f"no panel named {name!r}; panels: {', '.join(self.docks) or 'none'}")
        dock = self.docks[name]
        if dock.isFloating() is False and not dock.isVisible():
            dock.show()
            width = max(420, int(self.width() * 0.38))
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        dock.show()
        dock.raise_()
        return self.panels[name]

    def hide_panels(self) -> None:
        """Close every panel dock (the lesson uses this between steps)."""
        for dock in self.docks.values():
            dock.hide()

    def _connect_histogram(self, hist: HistogramWidget) -> None:
        which = hist.which
        vb = hist.vb
        vb.sigBarDragStarted.connect(lambda i: self.state.begin_drag(which, i))
        vb.sigBarDragged.connect(lambda i, v: self.state.drag_to(v) if self.state.dragging == which else None)
        vb.sigBarDragFinished.connect(lambda i: self.state.end_drag())
        vb.sigBarClicked.connect(lambda i: self.state.select(which, i))
        vb.sigBarDoubleClicked.connect(lambda i: (self.state.select(which, i),
                                                  self.value_editor.focus_for_typing()))

    # -- drawing ---------------------------------------------------------------------
    def redraw(self) -> None:
        """Redraw every view from the state (called once per state change)."""
        self.repaints.begin_frame()
        st = self.state
        if st.unit != getattr(self, "_titled_unit", None):
            self.retranslate()  # the plot titles name the unit
        s = st.summary
        p, q = st.dist("p"), st.dist("q")
        sel = st.selected or ("q", -1)
        labels = st.labels
        self.histogram_p.show_data(p.probs, q.probs, labels, s.inf_qp, p.locked,
                                   sel[1] if sel[0] == "p" else -1)
        self.histogram_q.show_data(q.probs, p.probs, labels, s.inf_pq, q.locked,
                                   sel[1] if sel[0] == "q" else -1)
        dragging = st.dragging is not None
        self.measures_plot.show_summary(s, st.n_bins, dragging)
        self.contributions_plot.show_summary(s, labels, dragging)
        if dragging:
            self.history_plot.append(s)
        self.readouts.show_summary(s, labels, p.probs, q.probs)
        self._update_caption()

    def _redraw_selection(self) -> None:
        """Only the outlines move when the selected bar changes (the measures do not)."""
        which, i = self.state.selected or ("q", -1)
        self.histogram_p.set_selected(i if which == "p" else -1)
        self.histogram_q.set_selected(i if which == "q" else -1)

    def _on_drag_started(self, which: str) -> None:
        self.history_plot.start(self.state.summary, self.measures_plot.y_max)

    def _update_caption(self) -> None:
        if self.state.dragging:
            return
        text = ""
        name = self.state.preset
        if name:
            from ..model.presets import get_preset
            pre = get_preset(name)
            text = pre.caption_ko if self.language == "ko" else pre.caption_en
        if not text:
            text = translate("MainWindow", "Drag any bar of p or q. H(p,q) = H(p) + KL(p‖q): the purple part of each "
                       "stack is the extra cost of the wrong model.")
        if self.caption.text() != text:
            self.caption.setText(text)

    # -- theme and language ------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Colours, line widths and type sizes of every view."""
        if theme is PROJECTOR and self.theme is not PROJECTOR:
            # the lecturer's column widths, before the large type's minimums clamp them
            sizes = self.centralWidget().findChild(QSplitter, "main_splitter").sizes()
            self._normal_sizes = sizes if sum(sizes) > 0 else None
        self.theme = theme
        for w in (self.histogram_p, self.histogram_q, self.readouts, self.measures_plot,
                  self.contributions_plot, self.history_plot, *self.panels.values()):
            w.apply_theme(theme)
        for panel in self.panels.values():
            keep_plots_readable(panel, theme)
        self.right_column.set_readable(readable_plot_height(theme))
        self.caption.setStyleSheet(f"font-size: {theme.font_pt + 4}pt; color: {theme.foreground};")
        # Two lines, always: a caption that re-wraps mid-drag would move the histograms
        # under the pointer.
        cap_font = QFont(self.caption.font())
        cap_font.setPointSize(theme.font_pt + 4)
        lines = 3 if theme is PROJECTOR else 2  # large type wraps the same caption more
        self.caption.setFixedHeight(QFontMetrics(cap_font).lineSpacing() * lines + 6)
        self.value_editor.setStyleSheet(f"font-size: {theme.font_pt}pt;")
        self.centralWidget().setStyleSheet(
            f"QWidget#readouts, QWidget#value_editor, QSplitter, QSplitter > QWidget {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.foreground}; }}")
        self._share_width(0.45 if theme is PROJECTOR else None)
        self.retranslate()
        self.redraw()

    def _share_width(self, right: float | None) -> None:
        """Give the right-hand column (readouts and measure plots) `right` of the width, or
        (None) back the sizes it had before. Large type needs more of it: at 1920x1080 the
        measure names under the bars ran into each other and plot titles were cut. Done
        once the new type sizes are laid out (their minimum widths would clamp it)."""
        self._share = right
        self._share_pending = True
        QTimer.singleShot(0, self._apply_share)

    def _apply_share(self) -> None:
        if not getattr(self, "_share_pending", False):
            return  # applied already: a lecturer's own drag of the splitter stays
        split = self.centralWidget().findChild(QSplitter, "main_splitter")
        total = sum(split.sizes())
        if total <= 0 or not self.isVisible():
            return  # not laid out yet: showEvent tries again
        self._share_pending = False
        if self._share is None:
            if getattr(self, "_normal_sizes", None):
                split.setSizes(self._normal_sizes)
            self._normal_sizes = None
        else:
            split.setSizes([round(total * (1 - self._share)), round(total * self._share)])

    @property
    def projector(self) -> bool:
        """Whether projector mode is on."""
        return self.theme is PROJECTOR

    def set_projector(self, on: bool, fullscreen: bool = True) -> None:
        """Projector mode: full screen, large type, thick lines, dark high-contrast colours,
        menu, tool and status bars hidden (every shortcut still works)."""
        on = bool(on)
        if on == self.projector:
            return
        self.apply_theme(PROJECTOR if on else NORMAL)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        if on and fullscreen:
            self._normal_geometry = self.saveGeometry()
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
            if getattr(self, "_normal_geometry", None) is not None:
                self.restoreGeometry(self._normal_geometry)
        act = self.actions_by_name.get("projector")
        if act is not None and act.isChecked() != on:
            act.setChecked(on)
        self.projector_changed.emit(on)

    def set_language(self, lang: str) -> None:
        """Switch every string of the window to ``"en"`` or ``"ko"`` at runtime."""
        from .i18n import check_language, install_language
        lang = check_language(lang)
        self.language = lang
        install_language(lang)  # posts LanguageChange to every widget
        self.retranslate()
        self.redraw()
        self.language_changed.emit(lang)

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self.setWindowTitle(translate("MainWindow", "infoviz — entropy, cross entropy and KL divergence"))
        unit = translate("MainWindow", "bits") if self.state.unit == "bits" else translate("MainWindow", "nats")
        self._titled_unit = self.state.unit
        self.histogram_p.set_title(translate("MainWindow", "p — true distribution"))
        self.histogram_q.set_title(translate("MainWindow", "q — model (predicted) distribution"))
        for h in (self.histogram_p, self.histogram_q):
            h.set_axis_label(translate("MainWindow", "probability"))
        self.measures_plot.set_title_text(translate("MainWindow", "H(p,q) = H(p) + KL(p‖q)   [%s]") % unit)
        t = self.theme
        self.contributions_plot.set_title_text(
            translate("MainWindow", "per outcome: %s and %s   [%s]") % (f"<span style='color:{t.cross}'>−p log q</span>",
                                                   f"<span style='color:{t.kl}'>p log(p/q)</span>", unit))
        self.history_plot.set_title_text(translate("MainWindow", "during the drag: H(p,q), KL(p‖q), KL(q‖p) (dashed)"))
        self.readouts.retranslate()
        self.value_editor.retranslate()
        if hasattr(self, "toolbar"):
            self.toolbar.retranslate()
            self.help_overlay.retranslate(self.theme.font_pt + 4)
        for name, dock in self.docks.items():
            dock.setWindowTitle(QCoreApplication.translate("Panels", dock.property("source_text")))
            self.panels[name].retranslate()
        from .menus import retranslate_menus
        if hasattr(self, "actions_by_name"):
            retranslate_menus(self)
        self._update_caption()

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.redraw()
        super().changeEvent(ev)

    # -- help, recent files, drops, settings -----------------------------------------
    def toggle_help(self) -> None:
        """Show or hide the shortcut overlay (F1)."""
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
        else:
            self.help_overlay.retranslate(self.theme.font_pt + 4)
            self.help_overlay.place()
            self.help_overlay.show()
            self.help_overlay.raise_()

    def rebuild_recent_menu(self) -> None:
        menu = self._menus["recent"]
        menu.clear()
        for path in cfg.recent_files():
            act = menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        menu.setEnabled(bool(menu.actions()))

    @contained()  # (an error must not reach Qt: see guard)
    def dragEnterEvent(self, ev):
        if ev.mimeData().hasUrls() and any(u.isLocalFile() for u in ev.mimeData().urls()):
            ev.acceptProposedAction()

    @contained()  # (an error must not reach Qt: see guard)
    def dropEvent(self, ev):
        for url in ev.mimeData().urls():
            if url.isLocalFile():
                self.files.open_path(url.toLocalFile())
                ev.acceptProposedAction()
                return

    def restore_settings(self) -> None:
        """Geometry, unit, language and projector mode from the last run."""
        geo = cfg.settings().value("geometry")
        if isinstance(geo, (QByteArray, bytes, bytearray)):  # a damaged file may hold text
            self.restoreGeometry(geo)
        unit = cfg.get_str("unit", ("bits", "nats"))
        if unit:
            self.state.set_unit(unit)

    def save_settings(self) -> None:
        if not self.projector:
            cfg.put("geometry", self.saveGeometry())
        cfg.put("unit", self.state.unit)
        cfg.put("language", self.language)
        cfg.put("projector", self.projector)

    @contained()  # (an error must not reach Qt: see guard)
    def closeEvent(self, ev):
        self.save_settings()
        if getattr(self, "autosaver", None) is not None:
            self.autosaver.clean_exit()
        super().closeEvent(ev)

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        super().showEvent(ev)
        QTimer.singleShot(0, self._apply_share)  # if still pending: laid out once shown

    @contained()
    def paintEvent(self, ev):
        # In projector type, the window's own area (where docks leave a gap: the formula
        # strip's dock is only as tall as its text, a lesson beside it taller; the dock
        # separators) in the theme's black, not the platform's light grey across the
        # projected image. Never during a drag: what changes is opaque and repaints itself.
        if self.theme is PROJECTOR:
            p = QPainter(self)
            p.fillRect(ev.rect(), QColor(self.theme.background))
            p.end()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if self.help_overlay.isVisible():
            self.help_overlay.place()
        bar = getattr(self, "formula_bar", None)
        if bar is not None and ev.oldSize().height() != ev.size().height():
            bar.window_resized()  # the strip may take a share of the height

    # -- keyboard --------------------------------------------------------------------
    @contained()  # (an error must not reach Qt: see guard)
    def keyPressEvent(self, ev):
        key, mods = ev.key(), ev.modifiers()
        sel = self.state.selected or ("q", 0)
        which, i = sel
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.state.select(which, i + step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            big = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            delta = (NUDGE_LARGE if big else NUDGE_SMALL) * (1 if key == Qt.Key.Key_Up else -1)
            self._try(lambda: self.state.nudge(which, i, delta))
        elif key == Qt.Key.Key_Tab and not mods:
            self.state.select("p" if which == "q" else "q", i)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.value_editor.focus_for_typing()
        elif key == Qt.Key.Key_Escape:
            if self.help_overlay.isVisible():
                self.help_overlay.hide()
            elif self.state.dragging:
                self.state.cancel_drag()
            elif self.projector:
                self.set_projector(False)
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)
    def focusNextPrevChild(self, next_):
        # Tab switches between p and q instead of wandering through widgets, unless a
        # text field has the focus.
        from PySide6.QtWidgets import QApplication, QLineEdit
        if isinstance(QApplication.focusWidget(), QLineEdit):
            return super().focusNextPrevChild(next_)
        return False

    def _try(self, fn) -> bool:
        """Run an intent; show why a refused one was refused instead of raising."""
        try:
            fn()
        except ValueError as exc:
            self.show_message(str(exc))
            return False
        return True

    def show_message(self, text: str, ms: int = 5000) -> None:
        """A non-blocking message: the status bar, or the banner in projector mode (where
        the status bar is hidden)."""
        if self.projector:
            self.banner.show_message(text, translate("MainWindow", "Dismiss"), timeout_ms=ms)
        else:
            self.statusBar().showMessage(text, ms)
