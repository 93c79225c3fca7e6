"""Open, save, recent files, drag-and-drop and export, for the main window.

Errors never raise into the event loop: a file that cannot be read or is malformed is
refused with a (non-blocking, window-modal) message box that says why, and the session
is left exactly as it was.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QMessageBox

from ..model.export import csv_text
from . import settings as cfg

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

SESSION_FILTER = "infoviz session (*.infoviz.json *.json)"


class FileActions:
    """The window's file operations; `window.files` is one of these.

    Parameters
    ----------
    window : MainWindow
    """

    def __init__(self, window):
        self.window = window
        self.state = window.state
        self.current_path: str | None = None
        self.last_dialog: QMessageBox | None = None

    # -- messages ---------------------------------------------------------------------
    def error(self, title: str, text: str) -> QMessageBox:
        """Show a window-modal message without blocking the event loop (tests read it
        from :attr:`last_dialog`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("error_dialog")
        box.open()
        self.last_dialog = box
        return box

    # -- sessions ---------------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        """Load a session (or, for a lesson file, hand it to the lesson panel)."""
        try:
            if _looks_like_lesson(path) and hasattr(self.window, "open_lesson"):
                return self.window.open_lesson(path)
            self.state.load(path)
        except (ValueError, OSError) as exc:
            self.error(translate("Files", "Cannot open file"), translate("Files", "%s was not opened:\n%s") % (Path(path).name, exc))
            return False
        self.current_path = str(path)
        self._remember(path)
        self.window.show_message(translate("Files", "Opened %s") % Path(path).name)
        return True

    def save_path(self, path: str) -> bool:
        try:
            self.state.save(path)
        except (ValueError, OSError) as exc:
            self.error(translate("Files", "Cannot save"), translate("Files", "The session was not saved:\n%s") % exc)
            return False
        self.current_path = str(path)
        self._remember(path)
        self.window.show_message(translate("Files", "Saved %s") % Path(path).name)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Files", "Open session"), cfg.last_directory(),
                                              SESSION_FILTER + ";;" + translate("Files", "All files (*)"))
        if path:
            self.open_path(path)

    def save(self) -> None:
        if self.current_path:
            self.save_path(self.current_path)
        else:
            self.save_as()

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Files", "Save session"),
                                              str(Path(cfg.last_directory()) / "session.infoviz.json"),
                                              SESSION_FILTER)
        if path:
            self.save_path(path)

    def _remember(self, path) -> None:
        cfg.add_recent(str(path))
        if hasattr(self.window, "rebuild_recent_menu"):
            self.window.rebuild_recent_menu()

    # -- export -----------------------------------------------------------------------
    def export_png(self, path: str, widget=None) -> bool:
        """Save `widget` (default: the whole window) as a PNG."""
        target = widget or self.window
        ok = target.grab().save(str(path), "PNG")
        if not ok:
            self.error(translate("Files", "Cannot export"), translate("Files", "Could not write %s") % path)
        return ok

    def export_svg(self, path: str, widget=None) -> bool:
        """Save `widget` (default: the whole window) as an SVG drawing."""
        from PySide6.QtSvg import QSvgGenerator
        target = widget or self.window
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        size = target.size()
        gen.setSize(QSize(size.width(), size.height()))
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle("infoviz")
        painter = QPainter()
        if not painter.begin(gen):
            self.error(translate("Files", "Cannot export"), translate("Files", "Could not write %s") % path)
            return False
        try:
            if isinstance(target, QGraphicsView):
                target.render(painter)  # the plot's scene, as vector shapes and text
            else:
                # PySide6 has no QWidget.render(painter) overload: the offset is required
                # (a bare render(painter) raised TypeError, so "Export window as SVG" failed).
                target.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        return Path(path).is_file()

    def export_csv(self, path: str) -> bool:
        """Save p, q, every per-bin term and the totals as CSV (UTF-8)."""
        st = self.state
        text = csv_text(st.labels, st.p, st.q, st.unit)
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.error(translate("Files", "Cannot export"), str(exc))
            return False
        return True

    def export_dialog(self, kind: str, widget=None) -> None:
        filters = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "csv": "CSV table (*.csv)"}
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Files", "Export"),
                                              str(Path(cfg.last_directory()) / f"infoviz.{kind}"), filters[kind])
        if not path:
            return
        if kind == "csv":
            self.export_csv(path)
        elif kind == "svg":
            self.export_svg(path, widget)
        else:
            self.export_png(path, widget)


def _looks_like_lesson(path) -> bool:
    """A cheap sniff of the first bytes: lesson files declare their format up front."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b'"infoviz-lesson"' in head
