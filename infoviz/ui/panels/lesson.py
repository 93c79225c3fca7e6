"""The lesson panel: a scripted walk through the lecture, one step per slide.

The panel (objectName ``panel_lesson``) docks along the bottom of the window, full width,
under the histograms: the step's title and caption in the window's language, "step k / n",
a list to jump to any step, and Previous / Next. PageDown / PageUp (what a presenter
clicker sends) step it from any focus in the window (:mod:`infoviz.ui.clicker`); the
first PageDown starts the lesson shipped with the app.

What a step shows is a replay (:func:`infoviz.model.lesson.lesson_sessions`): the session
after step k is computed once, when the lesson starts, from the state at that moment and
steps 1..k. Going to step k makes exactly that session current, as one undo step, so
going back and forward always gives the same screen, whatever was dragged in between.

Panels follow the file format's rule that a key a step leaves out keeps its value: a step
without ``panels`` keeps the panels of the step before (``"panels": []`` closes them); the
teaching panels a step does not list are closed (other docks, such as tools, are left
alone), so the screen, too, depends only on the step.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QSizePolicy, QVBoxLayout)

from ..guard import contained
from ...model import Distribution
from ...model.lesson import (PANEL_NAMES, Lesson, LessonError, default_lesson_path,
                             lesson_sessions, load_lesson)
from ...model.session import default_session
from ...state import Snapshot
from ..theme import Theme
from .base import Panel

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

NAME = "panel_lesson"
LESSON_FILTER = "infoviz lesson (*.json)"


def snapshot_of(session) -> Snapshot:
    """The state's :class:`~infoviz.state.Snapshot` for a model Session (the unit aside)."""
    return Snapshot(Distribution(session.p, session.locked_p, "p"),
                    Distribution(session.q, session.locked_q, "q"),
                    tuple(session.labels), session.preset, session.logits, session.temperature)


def step_panels(lesson: Lesson) -> tuple:
    """The teaching panels on screen at each step: a step's ``panels``, or, when it has
    none, those of the step before (none before the first step that names some)."""
    out, current = [], ()
    for step in lesson.steps:
        if step.panels is not None:
            current = tuple(step.panels)
        out.append(current)
    return tuple(out)


class _ElidedLabel(QLabel):
    """A one-line label that shows "…" instead of cutting its text when narrow."""

    def __init__(self):
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._elide()

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):
        super().changeEvent(ev)
        if ev.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        if text != self.text():
            self.setText(text)


class LessonPanel(Panel):
    """A lesson's current step, with Previous / Next (objectNames ``lesson_prev``,
    ``lesson_next``), the step list (``lesson_steps``), "step k / n" (``lesson_position``),
    the step title (``lesson_step_title``) and caption (``lesson_caption``).

    Attributes
    ----------
    lesson : Lesson or None
        The lesson shown (None until one is opened or the first PageDown).
    path : str or None
        Where it was read from.
    index : int
        The current step, 0-based; -1 before the lesson has started.
    sessions : tuple of Session
        The session each step shows (computed when the lesson starts).
    """

    # The step's caption is what the students read: the dock keeps the panel's height
    # (the window's plots give way), never a few lines with the caption scrolled away.
    scrolls = False

    def __init__(self, window):
        super().__init__(window, NAME)
        self.lesson: Lesson | None = None
        self.path: str | None = None
        self.index = -1
        self.sessions: tuple = ()
        self._snapshots: tuple = ()
        self.panels_per_step: tuple = ()
        self._placed = False

        self.step_title = _ElidedLabel()
        self.step_title.setObjectName("lesson_step_title")
        self.lesson_title = _ElidedLabel()
        self.lesson_title.setObjectName("lesson_title")
        self.lesson_title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.position = QLabel()
        self.position.setObjectName("lesson_position")
        self.steps_box = QComboBox()
        self.steps_box.setObjectName("lesson_steps")
        self.steps_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.steps_box.setMinimumContentsLength(14)
        self.prev_button = QPushButton()
        self.prev_button.setObjectName("lesson_prev")
        self.next_button = QPushButton()
        self.next_button.setObjectName("lesson_next")
        for b in (self.prev_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker keys work from any focus anyway
        self.caption = QLabel()
        self.caption.setObjectName("lesson_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar()
        self.progress.setObjectName("lesson_progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)

        # The titles, then the controls: on one row while the lesson's longest step title
        # fits there whole, else the titles on a row of their own (see _arrange_head)
        titles = QHBoxLayout()
        titles.addWidget(self.step_title, 3)
        titles.addWidget(self.lesson_title, 2)
        self._controls = QHBoxLayout()
        for w in (self.position, self.steps_box, self.prev_button, self.next_button):
            # on a row of their own, the room left goes to the list of steps (more of each
            # step's name), not to stretching the buttons
            self._controls.addWidget(w, 1 if w is self.steps_box else 0)
        head = self._head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.setContentsMargins(0, 0, 0, 0)
        head.addLayout(titles, 1)
        head.addLayout(self._controls, 0)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 6, 12, 6)
        col.setSpacing(4)
        col.addLayout(head)
        col.addWidget(self.caption)
        col.addWidget(self.progress)
        col.addStretch(1)

        self.prev_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button.clicked.connect(lambda: self.step_by(+1))
        self.steps_box.activated.connect(self._jump)
        self.retranslate()

    # -- opening lessons ---------------------------------------------------------------
    def open_path(self, path) -> bool:
        """Read the lesson at `path` and start it at step 1. A malformed or unreadable
        file is refused with a message naming the step and field; then nothing changes."""
        try:
            lesson = load_lesson(path)
        except (LessonError, OSError) as exc:
            self._refuse(path, exc)
            return False
        return self.open_lesson(lesson, path)

    def open_lesson(self, lesson: Lesson, path=None, remember: bool = True) -> bool:
        """Start `lesson` at step 1, replayed from the current state (False, with a
        message, and nothing changed if it cannot run from here). `path`, if given, goes
        to the recent files unless `remember` is false (a scripted screenshot)."""
        if not self._start(lesson, None if path is None else str(path)):
            return False
        if path is not None:
            if remember:
                self._remember(path)
            self.window_.show_message(translate("LessonPanel", "Opened lesson %s") % Path(path).name)
        return True

    def _start(self, lesson: Lesson, path: str | None, first: int = 0) -> bool:
        try:
            sessions = tuple(lesson_sessions(lesson, self._start_session()))
            snapshots = tuple(snapshot_of(s) for s in sessions)
        except ValueError as exc:
            self._refuse(path or "", exc)
            return False
        self.lesson, self.path = lesson, path
        self.sessions, self._snapshots = sessions, snapshots
        self.panels_per_step = step_panels(lesson)
        self.index = -1
        self._fill_steps_box()
        self.go_to(first)
        return True

    def open_dialog(self) -> None:
        """File > Open lesson…"""
        from .. import settings as cfg
        path, _ = QFileDialog.getOpenFileName(
            self.window_, translate("LessonPanel", "Open lesson"), cfg.last_directory(),
            translate("LessonPanel", "infoviz lesson (*.json)") + ";;"
            + translate("LessonPanel", "All files (*)"))
        if path:
            self.open_path(path)

    def _start_session(self):
        try:
            return self.state.to_session()
        except ValueError:  # e.g. more bins than a session may have (the benchmark's 1000)
            return default_session()

    def _refuse(self, path, exc) -> None:
        name = Path(str(path)).name if path else translate("LessonPanel", "The lesson")
        self.window_.files.error(translate("LessonPanel", "Cannot open lesson"),
                                 translate("LessonPanel", "%s was not opened:\n%s") % (name, exc))

    def _remember(self, path) -> None:
        from .. import settings as cfg
        try:
            cfg.add_recent(str(path))
        except Exception:  # a settings file that cannot be written must not stop the lesson
            return
        rebuild = getattr(self.window_, "rebuild_recent_menu", None)
        if rebuild is not None:
            rebuild()

    def _ensure_lesson(self) -> bool:
        """Load the lesson shipped with the app if none is loaded (not started yet)."""
        if self.lesson is not None:
            return True
        path = default_lesson_path()
        try:
            lesson = load_lesson(path)
        except (LessonError, OSError) as exc:
            self._refuse(path, exc)
            return False
        self.lesson, self.path, self.index = lesson, str(path), -1
        self.sessions = self._snapshots = self.panels_per_step = ()
        self._fill_steps_box()
        return True

    # -- stepping ----------------------------------------------------------------------
    @property
    def n_steps(self) -> int:
        return len(self.lesson.steps) if self.lesson is not None else 0

    def step_by(self, delta: int) -> None:
        """Next (+1) or previous (-1) step. The first Next starts the lesson (the one
        shipped with the app if none is open), replayed from the state at that moment.
        At either end nothing changes."""
        if self.index < 0:
            if delta > 0 and self._ensure_lesson():
                self._start(self.lesson, self.path)
            return
        target = self.index + delta
        if not 0 <= target < self.n_steps:
            self.reveal()
            if target >= self.n_steps:
                self.window_.show_message(translate("LessonPanel", "This is the last step of the lesson."))
            return
        self.go_to(target)

    def go_to(self, k: int) -> None:
        """Show step `k` (0-based): its state as one undo step, its unit, its panels, its
        caption."""
        if self.lesson is None or not 0 <= k < self.n_steps:
            raise ValueError(f"no step {k + 1}; the lesson has {self.n_steps} steps")
        session = self.sessions[k]
        self.state.restore(self._snapshots[k],
                           translate("LessonPanel", "Lesson step %d") % (k + 1))
        self.state.set_unit(session.unit)
        self.index = k
        self._show_panels(self.panels_per_step[k])
        self.reveal()
        self._render()

    def step_state(self, k: int):
        """The (Snapshot, unit) step `k` (0-based) shows."""
        return self._snapshots[k], self.sessions[k].unit

    def _jump(self, row: int) -> None:
        if self.lesson is None or not 0 <= row < self.n_steps or row == self.index:
            return
        if self.index < 0:  # loaded, not started: start there
            self._start(self.lesson, self.path, row)
        else:
            self.go_to(row)

    def _show_panels(self, names) -> None:
        win = self.window_
        docks = getattr(win, "docks", {})
        for name, dock in docks.items():  # teaching panels only: tool docks stay as they are
            if name != NAME and name in PANEL_NAMES and name not in names:
                dock.hide()
        missing = []
        for name in names:
            if name == NAME:
                continue
            if name in docks:
                win.show_panel(name)
            else:
                missing.append(name)
        if missing:
            win.show_message(translate("LessonPanel", "This step's panel is not available: %s")
                             % ", ".join(missing))

    # -- the dock ----------------------------------------------------------------------
    def dock(self) -> QDockWidget | None:
        w = self.parentWidget()
        while w is not None and not isinstance(w, QDockWidget):
            w = w.parentWidget()
        return w

    def place(self) -> None:
        """Put the lesson dock along the bottom of the window, full width (once: a dock
        the lecturer moves stays where they put it)."""
        dock = self.dock()
        win = self.window_
        if self._placed or dock is None:
            return
        self._placed = True
        if win.dockWidgetArea(dock) != Qt.DockWidgetArea.BottomDockWidgetArea:
            visible = dock.isVisible()
            win.removeDockWidget(dock)
            win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.setVisible(visible)

    def reveal(self) -> None:
        """Bring the lesson dock into view (the clicker keys do this)."""
        self.place()
        dock = self.dock()
        if dock is not None and not dock.isVisible():
            dock.show()
            dock.raise_()
            self._fit_height_later()

    def _fit_height_later(self) -> None:
        # After the pending layout: a dock resized before its window is laid out snaps back.
        QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        dock = self.dock()
        if dock is None or dock.isFloating():
            return
        self._update_caption_height()
        self.window_.resizeDocks([dock], [self.sizeHint().height() + 8], Qt.Orientation.Vertical)

    # -- drawing -----------------------------------------------------------------------
    def _text(self, local) -> str:
        return local.get(self.language) if local is not None else ""

    def _step_label(self, k: int) -> str:
        step = self.lesson.steps[k]
        text = self._text(step.title) or self._text(step.caption).split("\n")[0]
        if len(text) > 48:
            text = text[:47] + "…"
        return f"{k + 1}. {text}"

    def _fill_steps_box(self) -> None:
        box = self.steps_box
        box.blockSignals(True)
        box.clear()
        if self.lesson is not None:
            for k in range(self.n_steps):
                box.addItem(self._step_label(k))
            box.setCurrentIndex(max(self.index, 0))
        box.blockSignals(False)

    def _render(self) -> None:
        n = self.n_steps
        started = self.lesson is not None and self.index >= 0
        self.lesson_title.set_full_text(self._text(self.lesson.title) if self.lesson is not None else "")
        if started:
            step = self.lesson.steps[self.index]
            self.step_title.set_full_text(self._text(step.title))
            self.caption.setText(self._text(step.caption))
            self.position.setText(translate("LessonPanel", "Step %d / %d") % (self.index + 1, n))
        else:
            self.step_title.set_full_text(translate("LessonPanel", "Lesson"))
            self.caption.setText(translate("LessonPanel", "Press PageDown (or a presenter clicker's "
                                                          "next button) to start the lesson."))
            self.position.setText(translate("LessonPanel", "Step %d / %d") % (0, n) if n else "")
        self.prev_button.setEnabled(started and self.index > 0)
        self.next_button.setEnabled(not started or self.index < n - 1)
        self.steps_box.setEnabled(self.lesson is not None)
        self.steps_box.blockSignals(True)
        if started:
            self.steps_box.setCurrentIndex(self.index)
        self.steps_box.blockSignals(False)
        self.progress.setRange(0, max(n, 1))
        self.progress.setValue(self.index + 1 if started else 0)
        self._update_caption_height()
        self._sync_window_caption()

    def _arrange_head(self) -> None:
        """The step title beside the controls while the lesson's longest step title fits
        there whole, else above them: a projected step title must not end in "…" (it did
        in projector type with the lesson docked at 1920x1080). Chosen for the whole
        lesson, like the caption's height, so the dock keeps its height from step to step."""
        texts = [self.step_title.full_text()]
        if self.lesson is not None:
            texts += [self._text(s.title) for s in self.lesson.steps]
        fm = self.step_title.fontMetrics()
        need = max(fm.horizontalAdvance(t) for t in texts) + 8
        m = self.layout().contentsMargins()
        room = self.width() - m.left() - m.right()
        beside = room - self._controls.sizeHint().width() - max(self._head.spacing(), 0)
        # the step title has 3 of the 5 parts of its row's stretch (the lesson's title 2)
        one_row = beside * 3 / 5 >= need
        direction = QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        if self._head.direction() != direction:
            self._head.setDirection(direction)
            if self.isVisible():
                self._fit_height_later()

    def _update_caption_height(self) -> None:
        """Room for the longest caption of the lesson at the current width, so the dock
        does not change height (and the histograms do not jump) from step to step; and
        the header on one row or two (:meth:`_arrange_head`)."""
        self._arrange_head()
        width = self.caption.width() if self.caption.width() > 50 else max(400, self.width() - 24)
        fm = self.caption.fontMetrics()
        texts = [self.caption.text()]
        if self.lesson is not None:
            texts += [self._text(s.caption) for s in self.lesson.steps]
        flags = int(Qt.TextFlag.TextWordWrap)
        height = max(fm.boundingRect(QRect(0, 0, width, 100000), flags, t).height() for t in texts)
        height = max(height, fm.lineSpacing() * 2) + 4
        if self.caption.height() != height or self.caption.minimumHeight() != height:
            self.caption.setFixedHeight(height)

    def _sync_window_caption(self) -> None:
        """While the lesson is on screen its caption replaces the window's preset caption
        (two captions at once would compete for the students' attention)."""
        cap = getattr(self.window_, "caption", None)
        if cap is None:
            return
        showing = self.lesson is not None and self.index >= 0 and self.isVisible()
        cap.setVisible(not showing)

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        super().showEvent(ev)
        self.place()
        if not ev.spontaneous():
            self._fit_height_later()
        if self.lesson is None:
            self._ensure_lesson()
            self._render()
        self._sync_window_caption()

    @contained()  # (an error must not reach Qt: see guard)
    def hideEvent(self, ev):
        super().hideEvent(ev)
        if not ev.spontaneous():
            self._sync_window_caption()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._update_caption_height()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        big = theme.name == "projector"
        base = QFont(self.font())
        for w, pt, bold in ((self.step_title, theme.font_pt + (6 if big else 5), True),
                            (self.caption, theme.font_pt + 4, False),
                            (self.lesson_title, theme.font_pt - (2 if big else 1), False),
                            (self.position, theme.font_pt + (2 if big else 1), True),
                            (self.steps_box, theme.font_pt, False),
                            (self.prev_button, theme.font_pt + 1, False),
                            (self.next_button, theme.font_pt + 1, True)):
            f = QFont(base)
            f.setPointSize(pt)
            f.setBold(bold)
            w.setFont(f)
        muted = "#B0B0B0" if big else "#606060"
        self.setStyleSheet(
            f"LessonPanel {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.foreground}; }}"
            f"QLabel#lesson_title {{ color: {muted}; }}"
            f"QProgressBar {{ border: none; background: {muted}; }}"
            f"QProgressBar::chunk {{ background: {theme.q}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._update_caption_height()
        if self.isVisible():
            self._fit_height_later()

    def retranslate(self) -> None:
        self.prev_button.setText(translate("LessonPanel", "◀ Previous"))
        self.next_button.setText(translate("LessonPanel", "Next ▶"))
        self.prev_button.setToolTip(translate("LessonPanel", "Previous step (PageUp)"))
        self.next_button.setToolTip(translate("LessonPanel", "Next step (PageDown)"))
        self.steps_box.setToolTip(translate("LessonPanel", "Jump to a step"))
        act = getattr(self.window_, "_open_lesson_action", None)
        if act is not None:
            act.setText(translate("LessonPanel", "Open &lesson…"))
            act.setStatusTip(translate("LessonPanel", "Open a lesson file: a scripted walk through "
                                                      "the lecture, stepped with PageDown / PageUp"))
        if self.lesson is not None:
            self._fill_steps_box()
        self._render()


def lesson_panel(window) -> LessonPanel | None:
    """The window's lesson panel, or None if it has none."""
    panel = getattr(window, "panels", {}).get(NAME)
    return panel if isinstance(panel, LessonPanel) else None


def install_lesson(window) -> LessonPanel | None:
    """Give `window` lessons: ``window.open_lesson(path) -> bool``, File > Open lesson…
    (Ctrl+Shift+O), and the presenter-clicker keys (PageDown / PageUp from any focus).

    Call once, after the menus are built; calling it again does nothing. Returns the
    lesson panel (None if ``panel_lesson`` is not among the window's panels).
    """
    panel = lesson_panel(window)
    if panel is None or getattr(window, "_lesson_installed", False):
        return panel
    window._lesson_installed = True
    window.open_lesson = panel.open_path
    window.lesson_panel = panel
    menu = getattr(window, "_menus", {}).get("file")
    if menu is not None:
        act = QAction(window)
        act.setObjectName("action_open_lesson")
        act.setShortcut(QKeySequence("Ctrl+Shift+O"))
        act.triggered.connect(lambda _checked=False: panel.open_dialog())
        actions = menu.actions()
        opener = getattr(window, "actions_by_name", {}).get("open")
        before = None
        if opener is not None and opener in actions:
            i = actions.index(opener)
            before = actions[i + 1] if i + 1 < len(actions) else None
        if before is not None:
            menu.insertAction(before, act)
        else:
            menu.addAction(act)
        window.addAction(act)  # the shortcut works with the menu bar hidden (projector mode)
        window._open_lesson_action = act
        if hasattr(window, "actions_by_name"):
            window.actions_by_name["open_lesson"] = act  # no source_text: translated here
    panel.place()
    panel.retranslate()
    from ..clicker import install_clicker
    install_clicker(window)
    return panel
