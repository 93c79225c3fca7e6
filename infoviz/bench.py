"""``python -m infoviz.bench``: how fast is a drag, measured against matplotlib.

What it measures (see ``docs/PERFORMANCE.md`` for a run and how to read it):

* **drag-to-repaint**: the real :class:`~infoviz.ui.MainWindow`, offscreen, driven by real
  ``QMouseEvent``\\ s sent to a histogram's viewport (press on a bar, moves with the left
  button held, release). A frame is timed from just before the move event is sent until
  the window has finished painting everything that move changed: after the event, pending
  events are processed until a pass delivers no ``UpdateRequest`` to the window (every
  widget of the window paints inside the window's ``UpdateRequest``). The app itself never
  forces a paint; only this benchmark flushes.
* **dispatch**: the part of that frame spent inside the event (pyqtgraph's mouse handling,
  the state update, the model and every widget's update) before any painting.
* **handler**: the state update and the model computation alone (``begin_drag`` /
  ``drag_to`` and ``state.summary`` on a state with no widgets attached).
* **soak**: RSS and ``sys.getrefcount(None)`` before and after thousands of drag frames
  (PySide6 6.12 on CPython 3.11 leaked a reference to None per void call; DESIGN.md).
* **matplotlib**: the same figure (both histograms and the measure bars) on the Agg canvas,
  ``draw()`` per frame and the blitting variant (``restore_region`` + ``draw_artist`` of the
  changed bars + ``blit``), at the same pixel size, in the same run.
* **startup**: fresh processes of the app (``INFOVIZ_EXIT_AFTER_FIRST_PAINT=1``), from the
  spawn to the end of the window's first paint, and the modules they imported.

Timings are wall-clock (``time.perf_counter``) and therefore include whatever else the
machine is doing: the load average is recorded beside them.
"""
from __future__ import annotations

import argparse
import gc
from array import array
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_SIZES = (10, 100, 1000)
DEFAULT_WINDOWS = ((1920, 1080), (3840, 2160))
#: The configuration the RSS / refcount soak runs at.
SOAK_WINDOW, SOAK_BINS = (1920, 1080), 100
#: Moves per press/release when the soak drags thousands of frames (one undo step each).
MOVES_PER_DRAG = 500
#: A drag moves the bar through these values and back (a triangle wave).
DRAG_LOW, DRAG_HIGH, DRAG_STEPS = 0.05, 0.60, 64
FIRST_PAINT_MARKER = "INFOVIZ_FIRST_PAINT"
#: Issue 8's panels, shown all at once (stacked beside the histograms) for the panels case.
LECTURE_PANELS = ("panel_information", "panel_loss", "panel_softmax", "panel_sampling", "panel_lesson")
# 1920x1080 holds the five panels beside the histograms only with their plots squeezed to
# slivers; a 2560x1440 display (common in lecture halls) shows them all at a useful size.
PANELS_WINDOW, PANELS_BINS = (2560, 1440), 100

#: ISSUE 6's targets, checked and printed beside the results.
TARGETS = {
    "drag_p95_ms_up_to_100": 8.0,
    "drag_p95_ms_1000": 16.0,
    "speedup_vs_matplotlib_draw": 10.0,
    "handler_p95_ms_100": 1.0,
    "startup_s": 1.0,
}

ROOT = Path(__file__).resolve().parents[1]


# -- small helpers -------------------------------------------------------------------------
def percentiles(samples) -> dict:
    """p50 / p95 / max (and the count) of a list of milliseconds."""
    xs = sorted(samples)
    if not xs:
        return {"n": 0, "p50": None, "p95": None, "max": None}

    def pct(q):
        # nearest-rank percentile: a value that was actually measured
        k = max(0, min(len(xs) - 1, math.ceil(q / 100.0 * len(xs)) - 1))
        return xs[k]

    return {"n": len(xs), "p50": round(pct(50), 3), "p95": round(pct(95), 3), "max": round(xs[-1], 3)}


def rss_mb() -> float | None:
    """Resident set size of this process now, in MiB (Linux /proc; else the peak)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 2)
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 2)
        except Exception:  # pragma: no cover - no way to tell on this platform
            return None


def reference_loop_s() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast this machine is right now (it
    doubles when the two cores are shared with other work), to read the timings against."""
    t0 = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i
    return round(time.process_time() - t0, 3)


def load_average():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def drag_values(start: float, count: int) -> list:
    """`count` target values: from `start` into a triangle wave between DRAG_LOW and DRAG_HIGH."""
    step = (DRAG_HIGH - DRAG_LOW) / DRAG_STEPS
    wave = [DRAG_LOW + step * k for k in range(DRAG_STEPS)] + \
           [DRAG_HIGH - step * k for k in range(DRAG_STEPS)]
    # begin at the point of the wave nearest the bar's current value, so the first move is small
    k0 = min(range(len(wave)), key=lambda k: abs(wave[k] - start))
    return [wave[(k0 + 1 + k) % len(wave)] for k in range(count)]


# -- the Qt side ---------------------------------------------------------------------------
class QtDriver:
    """The real main window, offscreen, and a way to drag its bars with real mouse events."""

    def __init__(self):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QStandardPaths
        QStandardPaths.setTestModeEnabled(True)  # never read or write the user's settings/autosave
        import pyqtgraph as pg
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from .app import build_window

        self.QApplication = QApplication
        self.win = build_window(["--lang", "en"])
        if getattr(self.win, "autosaver", None) is not None:
            self.win.autosaver.enabled = False
        self.app = QApplication.instance()
        pg.setConfigOptions(mouseRateLimit=0)
        for hist in (self.win.histogram_p, self.win.histogram_q):
            hist.scene().minDragTime = 0

        class UpdateCounter(QObject):
            """Counts UpdateRequests delivered to the window: every widget of the window
            paints inside one, so a processEvents() pass without one painted nothing."""

            def __init__(self):
                super().__init__()
                self.count = 0

            def eventFilter(self, obj, ev, _update=QEvent.Type.UpdateRequest):
                if ev.type() == _update:
                    self.count += 1
                return False

        self.sent = 0  # mouse events sent
        self.counter = UpdateCounter()
        self.win.installEventFilter(self.counter)
        self.win.show()
        self.settle()

    # the window
    def settle(self, passes: int = 6) -> None:
        for _ in range(passes):
            self.app.processEvents()
            time.sleep(0.002)
        self.app.processEvents()

    def configure(self, size, n_bins: int) -> None:
        st = self.win.state
        if st.dragging:
            st.end_drag()
        self.win.resize(*size)
        st.load_preset("fair-coin")  # a known start whatever the settings say
        st.set_bins(n_bins, limit=None)
        st.undo_stack.clear()
        self.settle()
        if (self.win.width(), self.win.height()) != tuple(size):
            raise RuntimeError(f"the window is {self.win.width()}x{self.win.height()}, not {size}")

    def show_panels(self, names) -> list:
        """Show the docks of `names` all at once beside the histograms, in two columns of
        docks one above the other (a layout a lecturer gets by dragging tabs apart), instead
        of tabbed where only one is exposed; returns the names Qt reports as on screen and
        shown whole (not scrolled)."""
        from PySide6.QtCore import Qt
        win = self.win
        docks = [win.docks[n] for n in names]
        if not docks:
            return []
        for name in names:
            win.show_panel(name)
        for name in names:  # a tabbed panel behind another is built on first show
            getattr(win.panels[name], "ensure_built", lambda: None)()
        self.settle()  # their layouts take their contents
        # out of their tab group (a tabbed dock can only gain tabs)
        for dock in docks:
            win.removeDockWidget(dock)
        # One column cannot hold every panel without scrolling them: two columns, balanced
        # by the height each panel needs at the columns' width (largest first, each to the
        # shorter column), in the order given within a column.
        width = int(win.width() * 0.26)
        need = {id(d): self._least_height(d, width) for d in docks}
        sums, chosen = [0, 0], [[], []]
        for dock in sorted(docks, key=lambda d: -need[id(d)]):
            k = sums.index(min(sums))
            sums[k] += need[id(dock)]
            chosen[k].append(dock)
        columns = [[d for d in docks if d in c] for c in chosen if c]
        columns += [[]] * (2 - len(columns))
        win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, columns[0][0])
        if columns[1]:
            win.splitDockWidget(columns[0][0], columns[1][0], Qt.Orientation.Horizontal)
        for column in columns:
            for above, dock in zip(column, column[1:]):
                win.splitDockWidget(above, dock, Qt.Orientation.Vertical)
        for dock in docks:
            dock.show()
        tops = [c[0] for c in columns if c]
        win.resizeDocks(tops, [width] * len(tops), Qt.Orientation.Horizontal)
        self.settle()
        for column in columns:  # each dock as tall as its panel needs, spare height shared
            needs = [self._least_height(d) for d in column]
            if not needs:
                continue
            spare = max(0, win.height() - sum(needs)) // len(column)
            win.resizeDocks(column, [h + spare for h in needs], Qt.Orientation.Vertical)
        self.settle()
        # on screen: shown, and not squeezed (a panel too tall for its dock scrolls, and part
        # of it would be out of sight)
        return [n for n in names if win.panels[n].is_shown()
                and win.panels[n].visibleRegion().boundingRect().size() == win.panels[n].size()]

    @staticmethod
    def _least_height(dock, width=None) -> int:
        """The height `dock` needs to show its whole panel, `width` wide (default: as it is)."""
        box = dock.widget()
        if hasattr(box, "least_height"):  # a teaching panel's scroller
            panel_height = box.least_height(box.viewport().width() if width is None else width)
        else:
            panel_height = box.minimumSizeHint().height()
        title = dock.style().pixelMetric(dock.style().PixelMetric.PM_TitleBarHeight, None, dock)
        return panel_height + max(title, dock.height() - box.height())  # and its title bar

    def flush(self) -> float:
        """Process events until the window has painted what is pending; the perf_counter at
        the end of the last pass that painted (or now, if nothing was pending)."""
        end = time.perf_counter()
        for _ in range(12):
            before = self.counter.count
            self.app.processEvents()
            if self.counter.count == before:
                break
            end = time.perf_counter()
        return end

    # mouse events
    def _send(self, kind, pos, button, buttons) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        vp = self._viewport
        ev = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons,
                         Qt.KeyboardModifier.NoModifier)
        self.QApplication.sendEvent(vp, ev)
        self.sent += 1

    def none_refs_per_injected_event(self, count: int = 500) -> float:
        """How much sys.getrefcount(None) grows per QMouseEvent made and sent from Python
        (to a bare QWidget that does nothing with it). PySide6 6.11 on CPython 3.11 adds one
        per event: an artifact of driving the app from Python, not of the app, which real
        (platform) mouse events never pay. The soak subtracts it."""
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QWidget
        probe = QWidget()
        probe.resize(10, 10)
        probe.show()
        self.settle(1)
        left = Qt.MouseButton.LeftButton
        before = sys.getrefcount(None)
        for _ in range(count):
            self.QApplication.sendEvent(probe, QMouseEvent(
                QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton, left,
                Qt.KeyboardModifier.NoModifier))
        rate = (sys.getrefcount(None) - before) / count
        probe.close()
        probe.deleteLater()
        self.settle(1)
        return round(rate, 3)

    def drag(self, frames: int, which: str = "q", index: int | None = None, on_frame=None,
             buffers=None):
        """Drag bar `index` of `which` through `frames` moves (in drags of MOVES_PER_DRAG
        moves); returns (drag-to-repaint ms, dispatch ms) per move, and keeps the CPU ms in
        `last_cpu`. The timings go into `buffers` (three arrays from :func:`timing_buffers`, made
        before an RSS baseline) or new ones: nothing is allocated per frame to record them."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QMouseEvent
        hist = self.win.histogram_q if which == "q" else self.win.histogram_p
        self._viewport = hist.viewport()
        n = self.win.state.n_bins
        index = n // 3 if index is None else index
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        total, dispatch, cpu = buffers if buffers is not None else timing_buffers(frames)
        done = 0
        while done < frames:
            moves = min(MOVES_PER_DRAG, frames - done)
            start = float(self.win.state.dist(which).probs[index])
            points = [hist.point_for(index, v) for v in drag_values(start, moves)]
            self._send(QMouseEvent.Type.MouseButtonPress, hist.bar_top(index), left, left)
            self.flush()
            for pos in points:
                c0 = time.thread_time()
                t0 = time.perf_counter()
                self._send(QMouseEvent.Type.MouseMove, pos, none, left)
                t1 = time.perf_counter()
                t2 = self.flush()
                c1 = time.thread_time()
                total[done] = (t2 - t0) * 1e3
                dispatch[done] = (t1 - t0) * 1e3
                cpu[done] = (c1 - c0) * 1e3
                done += 1
                if on_frame is not None:
                    on_frame(done)
            self._send(QMouseEvent.Type.MouseButtonRelease, points[-1], left, none)
            self.flush()
            if self.win.state.dragging:
                raise RuntimeError("the drag did not finish on release")
        if self.win.state.undo_stack.count() == 0:
            raise RuntimeError("the mouse events did not drag a bar (no undo step)")
        self.last_cpu = cpu[:frames]
        return total[:frames], dispatch[:frames]


def timing_buffers(frames: int):
    """Three preallocated arrays of `frames` doubles (drag-to-repaint, dispatch, CPU ms)."""
    return tuple(array("d", bytes(8 * frames)) for _ in range(3))


def handler_times(n_bins: int, frames: int) -> list:
    """Milliseconds per drag frame of the state update + model (no widgets attached)."""
    from .state import AppState
    st = AppState(preset="fair-coin")
    st.set_bins(n_bins, limit=None)
    index = n_bins // 3
    out = []
    done = 0
    while done < frames:
        moves = min(MOVES_PER_DRAG, frames - done)
        values = drag_values(float(st.q[index]), moves)
        st.begin_drag("q", index)
        for v in values:
            t0 = time.perf_counter()
            st.drag_to(v)
            st.summary  # noqa: B018 - computing it is the point
            out.append((time.perf_counter() - t0) * 1e3)
        st.end_drag()
        done += moves
    return out


def soak(driver: QtDriver, frames: int, samples: int = 10) -> dict:
    """Drag `frames` frames at SOAK_WINDOW / SOAK_BINS; RSS and None's refcount around it."""
    driver.configure(SOAK_WINDOW, SOAK_BINS)
    driver.drag(min(200, frames))  # warm up caches and pools before the baseline
    per_event = driver.none_refs_per_injected_event()
    every = max(1, frames // samples)
    trace = [None] * (frames // every + 2)  # preallocated, like the timing buffers
    buffers = timing_buffers(frames)
    undo0 = driver.win.state.undo_stack.count()
    gc.collect()
    rss0, ref0, sent0 = rss_mb(), sys.getrefcount(None), driver.sent
    trace[0] = (0, rss0, ref0)

    def sample(done):
        if done % every == 0:
            trace[done // every] = (done, rss_mb(), sys.getrefcount(None))

    t0 = time.perf_counter()
    total, dispatch = driver.drag(frames, on_frame=sample, buffers=buffers)
    elapsed = time.perf_counter() - t0
    gc.collect()
    rss1, ref1 = rss_mb(), sys.getrefcount(None)
    trace = [t for t in trace if t is not None]
    injected = (driver.sent - sent0) * per_event
    half = [(f, r) for f, r, _ in trace if f >= frames // 2 and r is not None]
    slope = None
    if len(half) >= 2:  # least squares over the second half: the steady state, after warm-up
        mf = sum(f for f, _ in half) / len(half)
        mr = sum(r for _, r in half) / len(half)
        den = sum((f - mf) ** 2 for f, _ in half)
        if den:
            slope = round(sum((f - mf) * (r - mr) for f, r in half) / den * 1000 * 1024, 1)
    return {
        "window": f"{SOAK_WINDOW[0]}x{SOAK_WINDOW[1]}", "bins": SOAK_BINS, "frames": frames,
        "seconds": round(elapsed, 1), "drag_ms": percentiles(total),
        "dispatch_ms": percentiles(dispatch), "drag_cpu_ms": percentiles(driver.last_cpu),
        "rss_mb_before": rss0, "rss_mb_after": rss1,
        "rss_growth_mb": None if rss0 is None or rss1 is None else round(rss1 - rss0, 2),
        "none_refcount_before": ref0, "none_refcount_after": ref1,
        "none_refcount_delta": ref1 - ref0,
        "mouse_events_sent": driver.sent - sent0,
        "undo_steps_added": driver.win.state.undo_stack.count() - undo0,
        "none_refs_per_injected_event": per_event,
        "none_refcount_delta_app": round(ref1 - ref0 - injected),
        "rss_slope_kib_per_1000_frames_second_half": slope,
        "trace": [{"frame": f, "rss_mb": r, "none_refcount": c} for f, r, c in trace],
    }


# -- matplotlib, the peer baseline ---------------------------------------------------------
def matplotlib_baseline(n_bins: int, size, frames: int, budget_s: float = 15.0) -> dict:
    """The same figure drawn with matplotlib's Agg canvas: ms per frame for ``draw()`` and for
    blitting. Each frame shows the next (p, q) of the same drag the app was given; the model
    is computed before timing, so only drawing is timed. Each variant stops after `frames`
    frames or `budget_s` seconds (at least 3 frames): draw() takes seconds at 4K."""
    import matplotlib
    matplotlib.use("Agg", force=False)
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from . import model
    from .model.summary import summarize
    from .ui.measures_plot import X as MX, TICKS as MTICKS
    from .ui.theme import NORMAL as T

    p = model.Distribution(model.uniform(n_bins), name="p")
    base = model.Distribution(model.uniform(n_bins), name="q")
    index = n_bins // 3
    cycle = drag_values(float(base.probs[index]), 2 * DRAG_STEPS)
    states = []
    for v in cycle:
        q = base.with_bar(index, v).probs
        s = summarize(p.probs, q, "bits").values
        states.append((q, s))

    w, h = size
    dpi = 100
    fig = Figure(figsize=(w / dpi, h / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    gs = fig.add_gridspec(2, 2, width_ratios=(5, 4))
    ax_p, ax_q, ax_m = fig.add_subplot(gs[0, 0]), fig.add_subplot(gs[1, 0]), fig.add_subplot(gs[:, 1])
    x = np.arange(n_bins)
    for ax, values, colour, title in ((ax_p, p.probs, T.p, "p"), (ax_q, base.probs, T.q, "q")):
        ax.set_ylim(0, 1.08)
        ax.set_xlim(-0.6, n_bins - 0.4)
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.25)
    bars_p = ax_p.bar(x, p.probs, width=0.8, color=T.p, edgecolor=T.foreground, linewidth=1)
    bars_q = ax_q.bar(x, base.probs, width=0.8, color=T.q, edgecolor=T.foreground, linewidth=1)
    ax_q.bar(x, p.probs, width=0.8, fill=False, edgecolor=T.p, linestyle="--")  # the ghost of p
    s0 = states[0][1]
    ent = ax_m.bar(MX[[0, 1, 3, 4]], [s0["entropy_p"]] * 2 + [s0["entropy_q"]] * 2, width=0.8,
                   color=[T.p, T.p, T.q, T.q], edgecolor=T.foreground)
    kls = ax_m.bar(MX[[1, 2, 4, 5]], [s0["kl_pq"]] * 2 + [s0["kl_qp"]] * 2, width=0.8,
                   bottom=[s0["entropy_p"], 0, s0["entropy_q"], 0], color=T.kl, edgecolor=T.foreground)
    ax_m.set_xticks(MX, MTICKS)
    ax_m.set_ylim(0, max(1.0, math.log2(n_bins)) * 1.25)
    ax_m.set_xlim(-0.6, MX[-1] + 0.6)
    changed = list(bars_q) + list(ent) + list(kls)

    def apply(k):
        q, s = states[k % len(states)]
        for rect, v in zip(bars_q, q):
            rect.set_height(v)
        hp, hq = s["entropy_p"], s["entropy_q"]
        for rect, v in zip(ent, (hp, hp, hq, hq)):
            rect.set_height(v)
        for rect, y0, v in zip(kls, (hp, 0.0, hq, 0.0), (s["kl_pq"], s["kl_pq"], s["kl_qp"], s["kl_qp"])):
            rect.set_y(y0)
            rect.set_height(v if math.isfinite(v) else 0.0)

    # draw() per frame
    canvas.draw()
    draw = []
    start = time.perf_counter()
    for k in range(frames):
        t0 = time.perf_counter()
        apply(k)
        canvas.draw()
        draw.append((time.perf_counter() - t0) * 1e3)
        if k >= 2 and time.perf_counter() - start > budget_s:
            break

    # blitting: the changing bars are animated artists, drawn over a saved background
    for a in changed:
        a.set_animated(True)
    canvas.draw()
    background = canvas.copy_from_bbox(fig.bbox)
    blit = []
    start = time.perf_counter()
    for k in range(frames):
        t0 = time.perf_counter()
        apply(k)
        canvas.restore_region(background)
        for a in changed:
            a.axes.draw_artist(a)
        canvas.blit(fig.bbox)  # a no-op on Agg, kept so the code is the usual recipe
        blit.append((time.perf_counter() - t0) * 1e3)
        if k >= 2 and time.perf_counter() - start > budget_s:
            break
    return {"draw_ms": percentiles(draw), "blit_ms": percentiles(blit),
            "matplotlib": matplotlib.__version__}


# -- start-up ------------------------------------------------------------------------------
def precompile() -> bool:
    """Write the app's cached bytecode (``__pycache__``) before timing launches.

    Every launch but the first reads it, and a wheel install writes it, but where
    ``PYTHONDONTWRITEBYTECODE`` is set (this project's machine sets it) an editable install
    never gets it, and every measured launch would recompile the app's ~45 modules (about
    0.2 s) -- a cost no lecturer's second launch pays. False if it could not be written."""
    import compileall
    try:
        return bool(compileall.compile_dir(str(Path(__file__).resolve().parent), quiet=2))
    except OSError:
        return False


def startup(runs: int, timeout: float = 60.0) -> dict:
    """Median seconds from spawning ``python -c "...main()"`` to the end of the window's
    first paint, over `runs` fresh processes, and the modules the app imported."""
    code = "import sys; from infoviz.app import main; sys.exit(main())"
    times, inside, modules = [], [], None
    compiled = precompile()
    with tempfile.TemporaryDirectory(prefix="infoviz-bench-") as home:
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
            "INFOVIZ_EXIT_AFTER_FIRST_PAINT": "1",
            # fresh, private settings and autosave: no restore banner, the user's files untouched
            # (not XDG_CACHE_HOME: an empty one would make fontconfig rebuild its cache, a
            # cost no real launch pays)
            "XDG_CONFIG_HOME": str(Path(home) / "config"), "XDG_DATA_HOME": str(Path(home) / "data"),
            "PYTHONPATH": os.pathsep.join([str(ROOT)] + [p for p in [env.get("PYTHONPATH")] if p]),
        })
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", code], cwd=str(ROOT), env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            info = None
            try:
                for line in proc.stdout:
                    if line.startswith(FIRST_PAINT_MARKER):
                        elapsed = time.perf_counter() - t0
                        info = json.loads(line[len(FIRST_PAINT_MARKER):])
                        break
                proc.wait(timeout=timeout)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            if info is None:
                err = proc.stderr.read()[-2000:] if proc.stderr else ""
                raise RuntimeError(f"the app never reported its first paint (exit {proc.returncode}):\n{err}")
            proc.stderr.close()
            proc.stdout.close()
            times.append(elapsed)
            if info.get("elapsed_s") is not None:
                inside.append(info["elapsed_s"])
            modules = info["modules"]
    heavy = [m for m in ("scipy", "matplotlib", "torch", "pandas", "sympy") if m in modules]
    return {
        "runs": runs, "seconds": [round(t, 3) for t in times], "bytecode_precompiled": compiled,
        "median_s": round(statistics.median(times), 3),
        "median_s_reported_by_app": round(statistics.median(inside), 3) if inside else None,
        "heavy_modules_imported": heavy, "module_count": len(modules), "modules": modules,
    }


# -- the run -------------------------------------------------------------------------------
def run(args) -> dict:
    sizes = args.sizes
    windows = args.windows
    out = {
        "machine": {
            "python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "load_average_start": load_average(),
            "reference_loop_s_start": reference_loop_s(),
        },
        "settings": {"frames": args.frames, "mpl_frames": args.mpl_frames, "sizes": sizes,
                     "windows": [f"{w}x{h}" for w, h in windows], "soak_frames": args.soak_frames,
                     "panels_frames": args.panels_frames},
    }
    if args.startup_runs > 0:
        _progress(args, f"startup: {args.startup_runs} fresh processes")
        out["startup"] = startup(args.startup_runs)

    driver = QtDriver()
    import numpy
    import pyqtgraph
    import PySide6
    out["machine"].update({"pyside6": PySide6.__version__, "pyqtgraph": pyqtgraph.__version__,
                           "numpy": numpy.__version__})
    gui = {}
    soak_key = f"{SOAK_WINDOW[0]}x{SOAK_WINDOW[1]}"
    for size in windows:
        key = f"{size[0]}x{size[1]}"
        gui[key] = {}
        for n in sizes:
            if args.soak_frames > 0 and (tuple(size), n) == (SOAK_WINDOW, SOAK_BINS):
                gui[key][str(n)] = None  # timed by the soak below, over all of its frames
                continue
            _progress(args, f"drag {key} N={n}: {args.frames} frames")
            driver.configure(size, n)
            driver.drag(min(50, args.frames))  # warm-up
            total, dispatch = driver.drag(args.frames)
            gui[key][str(n)] = {"drag_ms": percentiles(total), "dispatch_ms": percentiles(dispatch),
                                "drag_cpu_ms": percentiles(driver.last_cpu)}
    out["gui"] = gui
    out["handler"] = {}
    for n in sizes:
        handler_times(n, 50)  # warm-up
        out["handler"][str(n)] = percentiles(handler_times(n, args.frames))
    if args.soak_frames > 0:
        _progress(args, f"soak: {args.soak_frames} frames at {SOAK_WINDOW[0]}x{SOAK_WINDOW[1]}, N={SOAK_BINS}")
        out["soak"] = s = soak(driver, args.soak_frames)
        if soak_key in gui and gui[soak_key].get(str(SOAK_BINS), 0) is None:
            gui[soak_key][str(SOAK_BINS)] = {k: s[k] for k in ("drag_ms", "dispatch_ms", "drag_cpu_ms")}
            gui[soak_key][str(SOAK_BINS)]["timed_by"] = "soak"
    if args.panels_frames > 0:
        _progress(args, f"panels {', '.join(LECTURE_PANELS)} shown: {args.panels_frames} frames at "
                        f"{PANELS_WINDOW[0]}x{PANELS_WINDOW[1]}, N={PANELS_BINS}")
        driver.configure(PANELS_WINDOW, PANELS_BINS)
        shown = driver.show_panels(LECTURE_PANELS)
        driver.drag(min(50, args.panels_frames))  # warm-up
        total, dispatch = driver.drag(args.panels_frames)
        out["panels"] = {"window": f"{PANELS_WINDOW[0]}x{PANELS_WINDOW[1]}", "bins": PANELS_BINS,
                         "panels": list(LECTURE_PANELS), "shown": shown,
                         "drag_ms": percentiles(total), "dispatch_ms": percentiles(dispatch),
                         "drag_cpu_ms": percentiles(driver.last_cpu)}
    driver.win.close()

    mpl = {}
    if args.mpl_frames > 0:
        try:
            import matplotlib  # noqa: F401 - a benchmark dependency, not the app's
        except ImportError as exc:
            out["matplotlib_error"] = f"matplotlib is not installed ({exc}); no peer baseline"
        else:
            for size in windows:
                key = f"{size[0]}x{size[1]}"
                mpl[key] = {}
                for n in sizes:
                    _progress(args, f"matplotlib {key} N={n}: up to {args.mpl_frames} frames")
                    mpl[key][str(n)] = matplotlib_baseline(n, size, args.mpl_frames, args.mpl_budget)
    out["matplotlib"] = mpl
    out["machine"]["load_average_end"] = load_average()
    out["machine"]["reference_loop_s_end"] = reference_loop_s()
    _summarise(out, windows[0])
    return out


def _summarise(out: dict, main_window) -> None:
    """The flat keys of DESIGN.md (at the first window size, 1920x1080 by default) and the
    verdict against each target."""
    key = f"{main_window[0]}x{main_window[1]}"
    gui, mpl = out["gui"].get(key, {}), out["matplotlib"].get(key, {})
    out["window"] = key
    out["drag_p50_ms"] = {n: r["drag_ms"]["p50"] for n, r in gui.items()}
    out["drag_p95_ms"] = {n: r["drag_ms"]["p95"] for n, r in gui.items()}
    out["drag_max_ms"] = {n: r["drag_ms"]["max"] for n, r in gui.items()}
    out["dispatch_p95_ms"] = {n: r["dispatch_ms"]["p95"] for n, r in gui.items()}
    out["drag_cpu_p50_ms"] = {n: r["drag_cpu_ms"]["p50"] for n, r in gui.items()}
    out["drag_cpu_p95_ms"] = {n: r["drag_cpu_ms"]["p95"] for n, r in gui.items()}
    out["handler_p95_ms"] = {n: r["p95"] for n, r in out["handler"].items()}
    out["matplotlib_draw_ms"] = {n: r["draw_ms"]["p50"] for n, r in mpl.items()}
    out["matplotlib_blit_ms"] = {n: r["blit_ms"]["p50"] for n, r in mpl.items()}
    out["speedup_vs_matplotlib_draw"] = {
        n: round(mpl[n]["draw_ms"]["p50"] / gui[n]["drag_ms"]["p50"], 1)
        for n in gui if n in mpl and gui[n]["drag_ms"]["p50"]}
    out["speedup_vs_matplotlib_blit"] = {
        n: round(mpl[n]["blit_ms"]["p50"] / gui[n]["drag_ms"]["p50"], 2)
        for n in gui if n in mpl and gui[n]["drag_ms"]["p50"]}
    if "startup" in out:
        out["startup_s"] = out["startup"]["median_s"]
    checks = {}
    for n, v in out["drag_p95_ms"].items():
        limit = TARGETS["drag_p95_ms_up_to_100"] if int(n) <= 100 else TARGETS["drag_p95_ms_1000"]
        checks[f"drag_p95_ms[{n}] <= {limit:g}"] = v <= limit
    for n, v in out["speedup_vs_matplotlib_draw"].items():
        checks[f"{TARGETS['speedup_vs_matplotlib_draw']:g}x faster than matplotlib draw() at N={n}"] = \
            v >= TARGETS["speedup_vs_matplotlib_draw"]
    for n, v in out["speedup_vs_matplotlib_blit"].items():
        checks[f"faster than matplotlib blitting at N={n}"] = v > 1.0
    if "100" in out["handler_p95_ms"]:
        checks[f"handler_p95_ms[100] <= {TARGETS['handler_p95_ms_100']:g}"] = \
            out["handler_p95_ms"]["100"] <= TARGETS["handler_p95_ms_100"]
    if "startup" in out:
        checks[f"startup_s <= {TARGETS['startup_s']:g}"] = out["startup_s"] <= TARGETS["startup_s"]
        checks["no scipy or matplotlib imported at launch"] = not any(
            m in out["startup"]["heavy_modules_imported"] for m in ("scipy", "matplotlib"))
    if "soak" in out:
        s = out["soak"]
        # A reference lost or kept per frame (the PySide6 trap of DESIGN.md) shows as >= 1 a
        # frame; the undo history and PySide's signal machinery keep a few over a soak.
        checks["None's refcount flat over the soak (app's own change, injected events "
               "excepted, under 0.05 a frame)"] = abs(s["none_refcount_delta_app"]) <= 0.05 * s["frames"]
        # Allocator noise is a few MiB; a leak of even 1 KiB a frame would be ~10 MiB here.
        checks["RSS flat over the soak (< 5 MiB growth)"] = (s["rss_growth_mb"] is not None
                                                            and s["rss_growth_mb"] < 5.0)
    if "panels" in out:
        pn = out["panels"]
        out["panels_drag_p95_ms"] = pn["drag_ms"]["p95"]
        checks["every panel of issue 8 on screen at once"] = pn["shown"] == pn["panels"]
        checks[f"drag_p95_ms[{pn['bins']}] with those panels shown <= "
               f"{TARGETS['drag_p95_ms_up_to_100']:g}"] = pn["drag_ms"]["p95"] <= TARGETS["drag_p95_ms_up_to_100"]
    out["targets_met"] = checks


def _progress(args, text: str) -> None:
    if not args.quiet:
        print(f"[bench] {text}", file=sys.stderr, flush=True)


# -- output --------------------------------------------------------------------------------
def format_table(out: dict) -> str:
    lines = []
    m = out["machine"]
    lines.append(f"infoviz benchmark: Python {m['python']}, PySide6 {m.get('pyside6')}, "
                 f"pyqtgraph {m.get('pyqtgraph')}, {m['cpus']} CPUs, load average "
                 f"{m['load_average_start']} -> {m['load_average_end']}, reference loop "
                 f"{m['reference_loop_s_start']} -> {m['reference_loop_s_end']} s")
    lines.append("")
    head = (f"{'window':>10} {'N':>5} | {'drag p50':>8} {'p95':>7} {'max':>7} | {'cpu p50':>7} {'p95':>6} | "
            f"{'dispatch p95':>12} | {'mpl draw':>8} {'mpl blit':>8} | {'x draw':>6} {'x blit':>6}")
    lines.append("drag-to-repaint (ms wall clock, and the CPU time of the same frames; real mouse moves, "
                 "offscreen) vs matplotlib Agg (ms, median)")
    lines.append(head)
    lines.append("-" * len(head))
    for win, rows in out["gui"].items():
        for n, r in rows.items():
            d = r["drag_ms"]
            mp = out["matplotlib"].get(win, {}).get(n)
            md = mp["draw_ms"]["p50"] if mp else None
            mb = mp["blit_ms"]["p50"] if mp else None
            xd = f"{md / d['p50']:.0f}x" if md and d["p50"] else "-"
            xb = f"{mb / d['p50']:.1f}x" if mb and d["p50"] else "-"
            c = r["drag_cpu_ms"]
            lines.append(f"{win:>10} {n:>5} | {d['p50']:8.2f} {d['p95']:7.2f} {d['max']:7.2f} | "
                         f"{c['p50']:7.2f} {c['p95']:6.2f} | "
                         f"{r['dispatch_ms']['p95']:12.2f} | {_f(md):>8} {_f(mb):>8} | {xd:>6} {xb:>6}")
    if "panels" in out:
        pn = out["panels"]
        d, c = pn["drag_ms"], pn["drag_cpu_ms"]
        lines.append(f"{pn['window']:>10} {pn['bins']:>5} | {d['p50']:8.2f} {d['p95']:7.2f} {d['max']:7.2f} | "
                     f"{c['p50']:7.2f} {c['p95']:6.2f} | {pn['dispatch_ms']['p95']:12.2f} |  with panels shown: "
                     f"{', '.join(x.replace('panel_', '') for x in pn['shown'])}")
    lines.append("")
    lines.append("handler (state update + model, no widgets) p95 ms: " +
                 ", ".join(f"N={n}: {v:.3f}" for n, v in out["handler_p95_ms"].items()))
    if "soak" in out:
        s = out["soak"]
        lines.append(f"soak: {s['frames']} frames at {s['window']}, N={s['bins']} in {s['seconds']} s "
                     f"(drag p50 {s['drag_ms']['p50']:.2f} / p95 {s['drag_ms']['p95']:.2f} ms): "
                     f"RSS {s['rss_mb_before']} -> {s['rss_mb_after']} MiB ({s['rss_growth_mb']:+} MiB), "
                     f"RSS slope over the second half {s['rss_slope_kib_per_1000_frames_second_half']} "
                     f"KiB/1000 frames; getrefcount(None) {s['none_refcount_before']} -> "
                     f"{s['none_refcount_after']} ({s['none_refcount_delta']:+d}: "
                     f"{s['mouse_events_sent']} events sent from Python x "
                     f"{s['none_refs_per_injected_event']} each, app's own {s['none_refcount_delta_app']:+d})")
    if "startup" in out:
        st = out["startup"]
        lines.append(f"startup to first paint: median {st['median_s']:.3f} s of {st['runs']} fresh processes "
                     f"({', '.join(f'{t:.3f}' for t in st['seconds'])}); {st['module_count']} top-level "
                     f"modules; heavy ones imported: {', '.join(st['heavy_modules_imported']) or 'none'}; "
                     f"bytecode {'cached beforehand' if st.get('bytecode_precompiled') else 'NOT cached'}")
    lines.append("")
    lines.append("targets:")
    for name, ok in out["targets_met"].items():
        lines.append(f"  [{'ok' if ok else 'MISS'}] {name}")
    return "\n".join(lines)


def _f(v) -> str:
    return "-" if v is None else f"{v:.2f}"


def save_plot(out: dict, path: str) -> None:
    """Frame time against N: infoviz's drag-to-repaint and matplotlib's draw() and blit."""
    import matplotlib
    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 5), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    styles = {0: "-", 1: ":"}
    for k, (win, rows) in enumerate(out["gui"].items()):
        ns = sorted(int(n) for n in rows)
        ls = styles.get(k, "--")
        ax.plot(ns, [rows[str(n)]["drag_ms"]["p50"] for n in ns], "o" + ls, color="#0072B2",
                label=f"infoviz drag-to-repaint p50, {win}")
        ax.plot(ns, [rows[str(n)]["drag_ms"]["p95"] for n in ns], "^" + ls, color="#56B4E9",
                label=f"infoviz drag-to-repaint p95, {win}")
        mp = out["matplotlib"].get(win)
        if mp:
            ax.plot(ns, [mp[str(n)]["draw_ms"]["p50"] for n in ns], "s" + ls, color="#D55E00",
                    label=f"matplotlib Agg draw() p50, {win}")
            ax.plot(ns, [mp[str(n)]["blit_ms"]["p50"] for n in ns], "D" + ls, color="#E69F00",
                    label=f"matplotlib Agg blit p50, {win}")
    ax.axhline(16.7, color="#888888", lw=0.8)
    ax.text(ax.get_xlim()[0] if False else 10, 17.5, "60 Hz frame", color="#666666", fontsize=8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("bins N")
    ax.set_ylabel("ms per frame")
    ax.set_title("One drag frame: infoviz (whole window) vs matplotlib (same panels)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path)


def _parse_windows(text: str):
    out = []
    for part in text.split(","):
        w, h = (int(v) for v in part.lower().strip().split("x"))
        out.append((w, h))
    return tuple(out)


def _parse_sizes(text: str):
    sizes = tuple(int(v) for v in text.split(","))
    if any(n < 2 for n in sizes):
        raise argparse.ArgumentTypeError("every N must be at least 2")
    return sizes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m infoviz.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--plot", metavar="FILE", help="save a PNG of frame time against N")
    ap.add_argument("--sizes", type=_parse_sizes, default=DEFAULT_SIZES, metavar="N,N,...",
                    help="bin counts (default 10,100,1000)")
    ap.add_argument("--windows", type=_parse_windows, default=DEFAULT_WINDOWS, metavar="WxH,...",
                    help="window sizes (default 1920x1080,3840x2160); the first one is the headline")
    ap.add_argument("--frames", type=int, default=300,
                    help="timed drag frames per window size and N (default 300; the soak's "
                         "configuration is timed over all the soak's frames)")
    ap.add_argument("--mpl-frames", type=int, default=30,
                    help="matplotlib frames per configuration and variant (default 30)")
    ap.add_argument("--mpl-budget", type=float, default=8.0, metavar="SECONDS",
                    help="stop a matplotlib variant after this long (at least 3 frames; default 8)")
    ap.add_argument("--soak-frames", type=int, default=20_000,
                    help="frames of the RSS / refcount soak (default 20000, issue 6's figure; 0 skips it)")
    ap.add_argument("--panels-frames", type=int, default=None,
                    help="frames of the case with issue 8's panels all shown (default: --frames; 0 skips it)")
    ap.add_argument("--soak", action="store_true", help="the soak at 20000 frames whatever --soak-frames says (the default now)")
    ap.add_argument("--startup-runs", type=int, default=5, help="fresh processes for the startup time")
    ap.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    if args.soak:
        args.soak_frames = max(args.soak_frames, 20_000)
    if args.no_startup:
        args.startup_runs = 0
    if args.frames < 1:
        ap.error("--frames must be at least 1")
    if args.panels_frames is None:
        args.panels_frames = args.frames
    if args.panels_frames < 0:
        ap.error("--panels-frames must be 0 or more")
    out = run(args)
    if args.plot:
        save_plot(out, args.plot)
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(format_table(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
