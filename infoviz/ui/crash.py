"""Crash capture and autosave: an exception never ends the lecture, a kill never loses work.

- :func:`install_excepthook` replaces ``sys.excepthook``: the traceback goes to a capped
  log file under ``QStandardPaths.AppLocalDataLocation``, a banner in the window says what
  happened, and the app keeps running (the state validates before it changes, so a failed
  intent leaves it consistent).
- :class:`Autosaver` writes the session atomically a moment after each change and removes
  the file on a clean exit; if it is still there at the next launch, the previous run
  crashed or was killed, and a banner offers to restore it.
"""
from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

#: The crash log is cut to its newest half when it grows past this.
LOG_CAP_BYTES = 256 * 1024
AUTOSAVE_DELAY_MS = 1500


def data_dir() -> Path:
    """AppLocalDataLocation (a test directory when QStandardPaths test mode is on)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    path = Path(base) if base else Path.home() / ".local" / "share" / "infoviz"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "crash.log"


def autosave_path() -> Path:
    return data_dir() / "autosave.infoviz.json"


def write_log(text: str, cap: int = LOG_CAP_BYTES) -> Path:
    """Append `text` to the crash log, keeping it under `cap` bytes."""
    path = log_path()
    data = text.encode("utf-8", "replace")
    try:
        old = path.read_bytes() if path.exists() else b""
    except OSError:
        old = b""
    combined = old + data
    if len(combined) > cap:
        combined = combined[-(cap // 2):]
        cut = combined.find(b"\n")
        combined = combined[cut + 1:] if cut >= 0 else combined
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(combined)
    tmp.replace(path)
    return path


def install_excepthook(window) -> None:
    """Route uncaught exceptions (including those raised inside Qt slots) to the log and
    a banner in `window`, and keep running."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        try:
            where = write_log(f"--- {stamp}\n{text}\n")
        except OSError:
            where = None
        print(text, file=sys.stderr)
        try:
            if window.state.dragging:
                window.state.end_drag()
            msg = translate("Crash", "Something went wrong (%s: %s). The app keeps running; nothing was lost.") % (
                exc_type.__name__, exc)
            if where is not None:
                msg += " " + translate("Crash", "Details: %s") % where
            window.banner.show_message(msg, translate("Crash", "Dismiss"), timeout_ms=20000)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            pass
    sys.excepthook = hook
    window._excepthook = hook


class Autosaver:
    """Saves the session shortly after each change; offers a restore after a crash."""

    def __init__(self, window, path: Path | None = None):
        self.window = window
        self.path = Path(path) if path is not None else autosave_path()
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.enabled = True

    def start(self) -> None:
        """Look for a previous session left by a crash, then autosave after every change."""
        self.offer_restore()
        self.window.state.changed.connect(self._schedule)
        # A drag's frames are skipped (no file write per frame); its end is a change too.
        self.window.state.drag_finished.connect(self._schedule)

    def _schedule(self, *_args) -> None:
        if self.enabled and not self.window.state.dragging:
            self.timer.start()

    def save_now(self) -> bool:
        """Write the autosave file atomically (silently skips what cannot be saved)."""
        try:
            self.window.state.save(self.path)
        except (ValueError, OSError):
            return False
        return True

    def clean_exit(self) -> None:
        """A normal close: nothing to restore next time."""
        self.timer.stop()
        try:
            self.path.unlink()
        except OSError:
            pass

    def offer_restore(self) -> bool:
        """If an autosave exists, offer it in the banner (never a modal dialog)."""
        if not self.path.is_file():
            return False
        from ..model.session import load_session
        try:
            session = load_session(self.path)
        except (ValueError, OSError):
            return False
        self._pending = session
        self.window.banner.show_message(
            translate("Crash", "infoviz did not close normally last time. Restore the session you had?"),
            translate("Crash", "Dismiss"), translate("Crash", "Restore"), on_accept=self.restore)
        return True

    def restore(self) -> None:
        session = getattr(self, "_pending", None)
        if session is not None:
            self.window.state.apply_session(session)
            self._pending = None
