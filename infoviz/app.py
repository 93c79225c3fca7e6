"""Start-up: QApplication, command-line options, the window, ``main()``."""
from __future__ import annotations

import argparse
import os
import sys

#: Lazily imported so that ``--help`` and bad options answer without loading Qt.
_APP = None


def _parser() -> argparse.ArgumentParser:
    from .model.presets import preset_names
    ap = argparse.ArgumentParser(
        prog="infoviz",
        description="Drag two histograms, p (the truth) and q (the model), and watch entropy, "
                    "cross entropy and KL divergence redraw live.")
    ap.add_argument("--preset", metavar="NAME", choices=preset_names(),
                    help="start from a preset of the lecture: " + ", ".join(preset_names()))
    ap.add_argument("--bins", metavar="N", type=_bins, help="number of bins, 2 to 50")
    ap.add_argument("--unit", choices=("bits", "nats"), help="unit of every measure (default bits)")
    ap.add_argument("--lang", choices=("en", "ko"), help="language (default: the system's)")
    ap.add_argument("--projector", action="store_true", help="start in projector mode (full screen, large type)")
    ap.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and exit")
    ap.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1920x1080 (for --screenshot)")
    ap.add_argument("--lesson", metavar="FILE", type=_lesson,
                    help="open a lesson file at its first step (PageDown / PageUp step through it)")
    return ap


def _bins(text: str) -> int:
    from .model.rebin import check_bins
    try:
        return check_bins(int(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc) if text.strip().lstrip("-").isdigit()
                                         else f"{text!r} is not a whole number") from None


class LessonArg(tuple):
    """``--lesson FILE``: (path, the parsed Lesson)."""

    path = property(lambda self: self[0])
    lesson = property(lambda self: self[1])


def _lesson(text: str) -> LessonArg:
    from .model.lesson import LessonError, load_lesson
    try:
        return LessonArg((text, load_lesson(text)))
    except (LessonError, OSError) as exc:
        raise argparse.ArgumentTypeError(f"{text}: {exc}") from None


def _size(text: str) -> tuple:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (320x240 to 8000x8000)")
    return w, h


def parse_args(argv):
    """Parse command-line options (argparse: bad options exit with status 2)."""
    return _parser().parse_args(argv)


#: Qt's pixmap cache limit in KB for the app (see _application).
PIXMAP_CACHE_KB = 64 * 1024


def _application():
    from PySide6.QtWidgets import QApplication
    from .ui.pyqtgraph_import import import_pyqtgraph
    pg = import_pyqtgraph()  # its Qt mirrors filled on use: ui/pyqtgraph_import.py
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        from .ui.i18n import configure_fonts
        configure_fonts(app)
    # The same names for every launch (also an existing QApplication, e.g. pytest-qt's), so
    # settings, the autosave and the crash log are always found in the same place.
    app.setApplicationName("infoviz")
    app.setOrganizationName("infoviz")
    if not app.property("infoviz_keeps_font_engines"):  # once per QApplication
        # Qt's font cache evicts engines on a wall-clock timer; the faces it then reopens
        # grew RSS by 20-55 MB in the soak (tests/ui/test_soak.py). See ui/fontcache.py.
        from .ui.fontcache import keep_font_engines
        keep_font_engines(app)
        app.setProperty("infoviz_keeps_font_engines", True)
    # Axes are painted from pixmaps (ui/plot_utils.cache_axis) kept in Qt's global pixmap
    # cache, 10 MB by default. When they do not fit, Qt drops them and every drag frame
    # paints the axes again, ticks and labels: with pyqtgraph's grids (before GridLines)
    # a 3840x2160 window with the lecture panels needed 56 MB, and that cost 27 ms a
    # frame. Room to spare for large screens; the limit is a ceiling, not an allocation.
    from PySide6.QtGui import QPixmapCache
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
    # Cyclic garbage is collected from the event loop only: an automatic collection inside
    # a Qt call that holds a signal-slot mutex could destroy an object needing that mutex
    # and freeze the window (ui/garbage.py).
    from .ui.garbage import collect_from_event_loop
    collect_from_event_loop(app)
    # Every mouse move counts: a drag frame costs far less than pyqtgraph's default 10 ms
    # rate limit, and Qt already coalesces repaints, so the bar stays under the pointer.
    pg.setConfigOptions(mouseRateLimit=0, antialias=False, background="w", foreground="k")
    return app


def build_window(argv=None):
    """Parse `argv`, create the QApplication if needed, and return the window, not shown."""
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    app = _application()
    from .ui import MainWindow
    from .ui.i18n import system_language
    from .ui import settings as cfg
    win = MainWindow()
    win.restore_settings()
    st = win.state
    if args.preset:
        st.load_preset(args.preset)
        st.undo_stack.clear()
    if args.bins:
        st.set_bins(args.bins)
        st.undo_stack.clear()
    if args.unit:
        st.set_unit(args.unit)
    win.set_language(args.lang or cfg.get_str("language", ("en", "ko")) or system_language())
    if args.size:
        win.resize(*args.size)
    if args.lesson:
        from .ui.panels.lesson import install_lesson
        panel = install_lesson(win)  # idempotent: MainWindow may have installed it already
        panel.open_lesson(args.lesson.lesson, args.lesson.path, remember=not args.screenshot)
        st.undo_stack.clear()
    if args.projector or (cfg.get_bool("projector") and not args.screenshot):
        # A screenshot keeps the requested size instead of the (offscreen) screen's.
        win.set_projector(True, fullscreen=False)
        if not args.screenshot:
            # Full screen from the first show(): set_projector(fullscreen=True) would show
            # the window here, and build_window returns it not yet shown.
            from PySide6.QtCore import Qt
            win.setWindowState(win.windowState() | Qt.WindowState.WindowFullScreen)
    from .ui.crash import Autosaver, install_excepthook
    install_excepthook(win)
    win.autosaver = Autosaver(win)
    if not args.screenshot:  # a scripted render neither offers a restore nor autosaves
        win.autosaver.start()
    win._args = args
    app._infoviz_window = win
    return win


def screenshot(win, path: str) -> None:
    """Render `win` to a PNG at `path` (works offscreen)."""
    from PySide6.QtWidgets import QApplication
    win.show()
    for _ in range(3):
        QApplication.processEvents()
    win.redraw()
    pix = win.grab()
    if pix.isNull() or not pix.save(path, "PNG"):
        raise OSError(f"could not write a PNG to {path}")


def main(argv=None) -> int:
    """Run the app (console script ``infoviz``, ``python -m infoviz``, ``main.py``)."""
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    win = build_window(sys.argv[1:] if argv is None else argv)
    app = _application()
    if args.screenshot:
        try:
            screenshot(win, args.screenshot)
        except OSError as exc:
            print(f"infoviz: error: {exc}", file=sys.stderr)
            return 1
        return 0
    win.show()  # full screen in projector mode (build_window set the window state)
    if os.environ.get("INFOVIZ_EXIT_AFTER_FIRST_PAINT"):
        _exit_after_first_paint(app, win)
    return app.exec()


def _exit_after_first_paint(app, win) -> None:
    """Benchmark hook (``INFOVIZ_EXIT_AFTER_FIRST_PAINT=1``, used by ``python -m infoviz.bench``):
    once the window's first paint has finished, print the seconds since the process started
    and the top-level modules imported, then quit."""
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer

    def report():
        print("INFOVIZ_FIRST_PAINT", json.dumps({
            "elapsed_s": _process_age(),
            "modules": sorted({name.partition(".")[0] for name in list(sys.modules)})}), flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                win.removeEventFilter(self)
                QTimer.singleShot(0, report)  # runs once this paint (the whole window) is done
            return False

    win.installEventFilter(FirstPaint(win))


def _process_age():
    """Seconds since this process started (Linux /proc, 10 ms resolution), or None."""
    try:
        with open("/proc/self/stat") as f:
            start = int(f.read().rpartition(")")[2].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime") as f:
            return round(float(f.read().split()[0]) - start, 3)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
